package boilerplate

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A synthetic site: every page has the site's menu and footer, a share
// row, an article of its own and, in its middle, a box of teasers from a
// pool the site shows beside its articles. The words are made up, so no page of any
// corpus is copied here.
var (
	siteMenu     = []string{"Home", "World", "Business", "Science", "Culture", "Sport", "Weather"}
	siteFooter   = []string{"About the Harbour Gazette", "Contact the newsroom", "Privacy and cookies", "All content copyright the Harbour Gazette"}
	siteShareRow = []string{"Pass this on", "Mastodon", "Bluesky", "Mail"}
	proseWords   = strings.Fields("the of and to in a is that for it was on with as by at from this be are have has an which were its not but their they after had been more would who will than when about into over also")
	nounWords    = strings.Fields("harbour council ferry bridge island market school river weather festival budget station library museum tide harvest lighthouse orchard quarry tram")
)

// articleLine returns the k-th paragraph of article n: a sentence of
// prose words and nouns that no other article has.
func articleLine(n, k int) string {
	r := rand.New(rand.NewPCG(uint64(n), uint64(k)))
	var b strings.Builder
	fmt.Fprintf(&b, "Report %d.%d:", n, k)
	for i := range 18 + r.IntN(10) {
		w := proseWords[r.IntN(len(proseWords))]
		if i%3 == 1 {
			w = nounWords[r.IntN(len(nounWords))] + fmt.Sprint(r.IntN(1000))
		}
		b.WriteString(" " + w)
	}
	b.WriteString(".")
	return b.String()
}

// sitePage returns page n of the synthetic site, with paras paragraphs.
func sitePage(n, paras int) string {
	var lines []string
	lines = append(lines, siteMenu...)
	lines = append(lines, fmt.Sprintf("Headline number %d about the town", n), fmt.Sprintf("Updated %d March 2024", 1+n%28))
	lines = append(lines, siteShareRow...)
	for k := range paras {
		if k == paras/2 {
			// The site's box of other stories, in the middle of the
			// article, where the zone stages leave it.
			lines = append(lines, "Harbour desk selection")
			for j := range 3 {
				lines = append(lines, fmt.Sprintf("Teaser story %s %d", nounWords[(n+j)%3], (n+j)%3))
			}
		}
		lines = append(lines, articleLine(n, k))
	}
	lines = append(lines, siteFooter...)
	return strings.Join(lines, "\n\n") + "\n"
}

// learnAll learns pages in the given order.
func learnAll(pages []string) *Profile {
	p := NewProfile()
	for _, s := range pages {
		p.LearnText(s)
	}
	return p
}

// profileBytes is the profile's file.
func profileBytes(t testing.TB, p *Profile) []byte {
	t.Helper()
	b, err := p.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// siteSample returns n pages of the synthetic site.
func siteSample(n, paras int) []string {
	pages := make([]string, n)
	for i := range pages {
		pages[i] = sitePage(i, paras)
	}
	return pages
}

// bulkSample returns n pages of the site's menu and lines lines of their
// own, cheap to make: enough of them pass the exact profile's cap.
func bulkSample(n, lines int) []string {
	pages := make([]string, n)
	var b strings.Builder
	for i := range pages {
		b.Reset()
		b.WriteString(strings.Join(siteMenu, "\n"))
		for k := range lines {
			b.WriteString("\nitem ")
			b.WriteString(strconv.Itoa(i))
			b.WriteString(" line ")
			b.WriteString(strconv.Itoa(k))
			b.WriteString(" of the ")
			b.WriteString(nounWords[(i+k)%len(nounWords)])
			b.WriteString(" ledger kept at the harbour office today")
		}
		pages[i] = b.String()
	}
	return pages
}

func TestProfileOrderFree(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name   string
		pages  []string
		sketch bool
	}{
		{"exact", siteSample(40, 6), false},
		{"sketch", bulkSample(700, 100), true}, // 70,000 lines of their own: past exactCap
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			want := learnAll(tt.pages)
			if got := want.sketch != nil; got != tt.sketch {
				t.Fatalf("sketch mode %v, want %v", got, tt.sketch)
			}
			wantBytes := profileBytes(t, want)
			r := rand.New(rand.NewPCG(1, 2))
			for range 3 {
				shuffled := slices.Clone(tt.pages)
				r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
				if got := profileBytes(t, learnAll(shuffled)); !bytes.Equal(got, wantBytes) {
					t.Fatalf("learning the pages in another order gave another profile (%d bytes, want %d)", len(got), len(wantBytes))
				}
			}
			// A page learned twice counts twice; its lines once each.
			twice := learnAll(append(slices.Clone(tt.pages[:1]), tt.pages[0]))
			if got := twice.Seen("Home"); got != 2 {
				t.Errorf("Seen(Home) after one page learned twice = %d, want 2", got)
			}
		})
	}
}

func TestProfileMergeEqualsUnion(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name   string
		pages  []string
		sketch bool // the union is a sketch
	}{
		{"exact shards, exact union", siteSample(30, 5), false},
		{"exact shards, union past the cap", bulkSample(700, 100), true},
		{"sketch shards", bulkSample(2100, 100), true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			union := learnAll(tt.pages)
			if got := union.sketch != nil; got != tt.sketch {
				t.Fatalf("the union is a sketch: %v, want %v", got, tt.sketch)
			}
			want := profileBytes(t, union)
			n := len(tt.pages)
			for _, cut := range [][2]int{{n / 3, 2 * n / 3}, {1, n - 1}, {0, n / 2}} {
				a, b, c := learnAll(tt.pages[:cut[0]]), learnAll(tt.pages[cut[0]:cut[1]]), learnAll(tt.pages[cut[1]:])
				// (a+b)+c
				ab := a.Clone()
				ab.Merge(b)
				ab.Merge(c)
				// a+(c+b), into an empty profile
				cb := NewProfile()
				cb.Merge(c)
				cb.Merge(b)
				acb := a.Clone()
				acb.Merge(cb)
				for name, p := range map[string]*Profile{"(a+b)+c": ab, "a+(c+b)": acb} {
					if got := profileBytes(t, p); !bytes.Equal(got, want) {
						t.Errorf("shards %v, %s: merged profile differs from the profile of all pages (%d bytes, want %d)", cut, name, len(got), len(want))
					}
				}
			}
			// Merging a profile with itself doubles it, as learning its
			// pages twice does.
			self := learnAll(tt.pages[:3])
			self.Merge(self)
			if got, want := profileBytes(t, self), profileBytes(t, learnAll(append(slices.Clone(tt.pages[:3]), tt.pages[:3]...))); !bytes.Equal(got, want) {
				t.Error("p.Merge(p) differs from learning p's pages twice")
			}
		})
	}
}

func TestProfileNormalisation(t *testing.T) {
	t.Parallel()
	p := NewProfile()
	sentence := "The ferry carried %d passengers across the bay on its %d crossings yesterday."
	p.LearnText("Page 2 of 5\n\nSHARE THIS: \n\n12:30\n\nÉté à Paris\n\n" + fmt.Sprintf(sentence, 120, 14) + "\n")
	p.LearnText("Page 3 of 17\n\nShare this\n\n09:15\n\nété À PARIS\n\n" + fmt.Sprintf(sentence, 120, 14) + "\n")
	for _, tt := range []struct {
		line string
		want int
	}{
		{"Page 11 of 12", 2},      // runs of digits are one digit
		{"share-this!", 2},        // case and punctuation do not count
		{"Share these", 0},        // another line
		{"12:30", 0},              // a line with no letter is never counted
		{"ÉTÉ À PARIS", 2},        // Unicode case
		{"Page of", 0},            // the digits are there or not
		{"Page 2 of 5 more", 0},   // a whole line, not a part
		{"  Page 7 of 9  \t", 2},  // surrounding space
		{"Page 7 of 9 \u00a0", 2}, // and Unicode space
		{fmt.Sprintf(sentence, 120, 14), 2},
		{fmt.Sprintf(sentence, 121, 14), 0}, // a sentence's numbers count as they are
	} {
		if got := p.Seen(tt.line); got != tt.want {
			t.Errorf("Seen(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
	if got := (*Profile)(nil).Seen("Share this"); got != 0 {
		t.Errorf("nil profile: Seen = %d, want 0", got)
	}
}

func TestProfileFileRoundTrip(t *testing.T) {
	t.Parallel()
	for _, pages := range [][]string{nil, siteSample(12, 4), bulkSample(700, 100)} {
		p := learnAll(pages)
		var buf bytes.Buffer
		if _, err := p.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		q, err := ReadProfile(&buf)
		if err != nil {
			t.Fatalf("%d pages: %v", len(pages), err)
		}
		if !bytes.Equal(profileBytes(t, q), profileBytes(t, p)) || q.Pages() != len(pages) {
			t.Errorf("%d pages: the profile read back differs from the one written", len(pages))
		}
		if len(pages) > 0 && q.Seen("Home") != len(pages) {
			t.Errorf("%d pages: read back, Seen(Home) = %d", len(pages), q.Seen("Home"))
		}
	}
}

// TestReadProfileBad: data that is not a profile gives an error wrapping
// ErrBadProfile that says what is wrong, never a profile.
func TestReadProfileBad(t *testing.T) {
	t.Parallel()
	good := profileBytes(t, learnAll(siteSample(5, 3)))
	// withSum replaces the checksum of b by the right one, so that the
	// damage is seen by the checks after it.
	withSum := func(b []byte) []byte {
		b = slices.Clone(b)
		binary.LittleEndian.PutUint32(b[len(b)-4:], crc32.Checksum(b[:len(b)-4], castagnoli))
		return b
	}
	header := []byte(profileMagic)
	future := withSum(append(append(slices.Clone(header), 2, 0, 0, 0), 0, 0, 0, 0))
	flipped := slices.Clone(good)
	flipped[len(flipped)/2] ^= 0x20
	trailing := withSum(append(slices.Clone(good[:len(good)-4]), 7, 0, 0, 0, 0))
	// An exact profile whose one count is more than its pages.
	tooMany := withSum(append(append(slices.Clone(header), 1, 0, 1, 0, 1, 5, 2), 0, 0, 0, 0))
	for _, tt := range []struct {
		name, data, want string
	}{
		{"empty", "", "signature"},
		{"text", "Home\nWorld\nBusiness\n", "signature"},
		{"rule file", "@language en\nshare/x share line share this\n", "signature"},
		{"PNG", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "signature"},
		{"signature only", profileMagic, "truncated"},
		{"truncated", string(good[:len(good)-7]), "checksum"},
		{"damaged", string(flipped), "checksum"},
		{"future version", string(future), "version 2"},
		{"trailing bytes", string(trailing), "after the counts"},
		{"count past pages", string(tooMany), "count 2 of 1 pages"},
	} {
		p, err := ReadProfile(strings.NewReader(tt.data))
		if !errors.Is(err, ErrBadProfile) || p != nil {
			t.Errorf("%s: ReadProfile = %v, %v; want an error wrapping ErrBadProfile", tt.name, p, err)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q does not say %q", tt.name, err, tt.want)
		}
	}
	// A bad file leaves the profile it is read into as it was.
	p := learnAll(siteSample(3, 2))
	before := profileBytes(t, p)
	if err := p.UnmarshalBinary(flipped); err == nil || !bytes.Equal(profileBytes(t, p), before) {
		t.Errorf("UnmarshalBinary of a damaged file: err %v, profile changed %v", err, !bytes.Equal(profileBytes(t, p), before))
	}
}

// BenchmarkProfileLearn learns 100,000 pages of the synthetic site (each
// with six paragraphs of its own: 600,000 distinct lines, far past the
// exact profile's cap) and reports the heap the profile holds afterwards,
// which stays near the sketch's 1 MiB however many pages it learns.
func BenchmarkProfileLearn(b *testing.B) {
	const pages = 100_000
	var size int64
	for n := range pages {
		size += int64(len(sitePage(n, 6)))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	var retained uint64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		p := NewProfile()
		for n := range pages {
			p.LearnText(sitePage(n, 6))
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		retained = after.HeapAlloc - min(after.HeapAlloc, before.HeapAlloc)
		if p.Pages() != pages || p.Seen("Home") != pages {
			b.Fatalf("profile of %d pages, Home seen on %d", p.Pages(), p.Seen("Home"))
		}
		runtime.KeepAlive(p)
	}
	b.ReportMetric(float64(retained)/(1<<20), "profile-MiB")
}

// BenchmarkProfileLearnExact learns 300 pages, which stay under the cap:
// the exact profile's cost per page.
func BenchmarkProfileLearnExact(b *testing.B) {
	pages := siteSample(300, 6)
	var size int64
	for _, s := range pages {
		size += int64(len(s))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		learnAll(pages)
	}
}

// FuzzReadProfile: no input makes ReadProfile panic, and what it accepts
// it writes back byte for byte.
func FuzzReadProfile(f *testing.F) {
	for _, pages := range [][]string{nil, siteSample(3, 2)} {
		b, err := learnAll(pages).MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(profileMagic))
	f.Add([]byte("Home\nWorld\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ReadProfile(bytes.NewReader(data))
		if err != nil {
			return
		}
		if got := profileBytes(t, p); !bytes.Equal(got, data) {
			t.Errorf("read %d bytes, wrote %d others", len(data), len(got))
		}
	})
}

// TestProfileFormatStable pins the bytes of a small profile file: the
// fingerprints, the sketch's columns and the layout are the file format.
// If this test fails, files written by earlier builds would be misread:
// restore the old behaviour, or raise ProfileVersion (and say so in
// profilefile.go) and then change the bytes here.
func TestProfileFormatStable(t *testing.T) {
	t.Parallel()
	p := NewProfile()
	p.LearnText("Home\n\nPage 2 of 5\n\nÉté à Paris\n")
	p.LearnLines([]string{"Home", "Comments (12)"}, []string{"nav>ul>li", "div.meta>p"})
	const want = "894253500d0a1a0a010002010685f5efbac983808f1901e9c5ceb8fef5c6872702abade6fddbd5aebe1201f6e29b9aa0f4dcb51d019aadccbfb7839b960b019ad0ee849c8caad41101ac0b2ac1"
	if got := hex.EncodeToString(profileBytes(t, p)); got != want {
		t.Errorf("profile file of version %d changed:\n got %s\nwant %s", ProfileVersion, got, want)
	}
	// The sketch's columns of one fingerprint, likewise.
	var cols []int
	for r := range sketchDepth {
		cols = append(cols, sketchIndex(0x0123456789abcdef, r))
	}
	if got, want := fmt.Sprint(cols), "[5498 54643 12176 41684]"; got != want {
		t.Errorf("sketch columns %s, want %s", got, want)
	}
}
