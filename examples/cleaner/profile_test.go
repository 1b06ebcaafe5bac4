package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// sitePage is page n of a made-up site: its menu, an article of its own
// and, in the middle of it, the site's box of other stories.
func sitePage(n int) string {
	var b strings.Builder
	b.WriteString("Home\n\nTown\n\nPort\n\n")
	for k := range 4 {
		if k == 2 {
			b.WriteString("Harbour desk selection\n\n")
			for j := range 3 {
				fmt.Fprintf(&b, "Tide table for pier %d\n\n", (n+j)%3)
			}
		}
		fmt.Fprintf(&b, "Paragraph %d of report %d: the crew on pier %d counted the boats at dawn, and the ferry left on time as the harbour master had planned for this week.\n\n", k, n, n*7+k)
	}
	b.WriteString("Harbour Gazette, printed on the quay\n")
	return b.String()
}

// siteFiles writes pages 1 to n of the site into dir.
func siteFiles(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := 1; i <= n; i++ {
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("page%d.txt", i), sitePage(i)))
	}
	return paths
}

func readProfileFile(t *testing.T, path string) *boilerplate.Profile {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := boilerplate.ReadProfile(f)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLearnAndProfile(t *testing.T) {
	dir := t.TempDir()
	pages := siteFiles(t, dir, 4)
	prof := filepath.Join(dir, "site.profile")
	code, _, stderr := runCLI(t, "", append([]string{"-learn", prof}, pages...)...)
	if code != exitOK {
		t.Fatalf("-learn: exit %d: %s", code, stderr)
	}
	if fi, err := os.Stat(prof); err != nil || fi.Mode().Perm() != 0o644 {
		t.Fatalf("profile file: %v, %v", fi, err)
	}
	if p := readProfileFile(t, prof); p.Pages() != 4 || p.Seen("Harbour desk selection") != 4 {
		t.Fatalf("profile of %d pages", p.Pages())
	}
	// The same pages as JSON Lines records, on two workers: the same
	// profile, byte for byte.
	var recs []string
	for i := 1; i <= 4; i++ {
		recs = append(recs, jsonOf(map[string]string{"id": fmt.Sprint(i), "text": sitePage(i)}))
	}
	prof2 := filepath.Join(dir, "records.profile")
	if code, _, stderr := runCLI(t, strings.Join(recs, "\n")+"\n", "-jsonl", "-workers", "2", "-learn", prof2); code != exitOK {
		t.Fatalf("-jsonl -learn: exit %d: %s", code, stderr)
	}
	a, _ := os.ReadFile(prof)
	b, _ := os.ReadFile(prof2)
	if string(a) != string(b) {
		t.Error("learning the records gave another profile than learning the files")
	}

	_, plain, _ := runCLI(t, "", pages[0])
	code, out, stderr := runCLI(t, "", "-profile", prof, "-explain", pages[0])
	if code != exitOK {
		t.Fatalf("-profile: exit %d: %s", code, stderr)
	}
	if !strings.Contains(plain, "Tide table for pier 1") {
		t.Fatalf("without the profile the box goes already:\n%s", plain)
	}
	for _, gone := range []string{"Tide table for pier 1", "Tide table for pier 2"} {
		if strings.Contains(out, gone) {
			t.Errorf("-profile kept %q:\n%s", gone, out)
		}
	}
	for k := range 4 {
		if want := fmt.Sprintf("Paragraph %d of report 1:", k); !strings.Contains(out, want) {
			t.Errorf("-profile removed %q:\n%s", want, out)
		}
	}
	if !strings.Contains(stderr, boilerplate.ProfileSiteRepeated) {
		t.Errorf("-explain names no %s:\n%s", boilerplate.ProfileSiteRepeated, stderr)
	}
	// -json carries the evidence: seen on the 3 other pages of 3.
	_, js, _ := runCLI(t, "", "-profile", prof, "-json", pages[0])
	if !strings.Contains(js, `"profile": {`) || !strings.Contains(js, `"seen": 3`) || !strings.Contains(js, `"pages": 3`) {
		t.Errorf("-json lacks the profile evidence:\n%s", js)
	}
	// Learned from the other pages only, the profile says so with
	// -profile-others; without it, the page's own lines are taken off
	// and a profile of one other page shows nothing.
	one := filepath.Join(dir, "one.profile")
	runCLI(t, "", "-learn", one, pages[1])
	if _, out, _ := runCLI(t, "", "-profile", one, "-profile-others", pages[0]); strings.Contains(out, "Tide table for pier 1") {
		t.Errorf("-profile-others with the other page's profile kept the box:\n%s", out)
	}
	if _, out, _ := runCLI(t, "", "-profile", one, pages[0]); out != plain {
		t.Errorf("a profile taken to hold the page, of one page: the output changed:\n%s", out)
	}
}

func TestProfileFlagsBad(t *testing.T) {
	dir := t.TempDir()
	pages := siteFiles(t, dir, 2)
	bad := writeFile(t, dir, "bad.profile", "Home\nTown\n")
	code, _, stderr := runCLI(t, "", "-profile", bad, pages[0])
	if code != exitUsage || !strings.Contains(stderr, "not a boilerstrip profile") || !strings.Contains(stderr, "bad.profile") {
		t.Errorf("-profile of a text file: exit %d, %q", code, stderr)
	}
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"profiles without jsonl", []string{"-profiles", dir, pages[0]}, "-profiles needs -jsonl"},
		{"profiles not a folder", []string{"-jsonl", "-profiles", pages[0]}, "not a folder"},
		{"learn with json", []string{"-learn", filepath.Join(dir, "x.profile"), "-json", pages[0]}, "-learn writes a profile"},
		{"profile and profiles", []string{"-jsonl", "-profile", bad, "-profiles", dir}, "cannot be combined"},
		{"learn over an input", []string{"-learn", pages[1], pages[0], pages[1]}, "is the input"},
		{"profile missing", []string{"-profile", filepath.Join(dir, "absent.profile"), pages[0]}, "absent.profile"},
	} {
		code, _, stderr := runCLI(t, "", tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("%s: exit %d, stderr %q; want %d and %q", tt.name, code, stderr, exitUsage, tt.want)
		}
	}
	if b, _ := os.ReadFile(pages[1]); string(b) != sitePage(2) {
		t.Error("-learn over an input changed the input")
	}
}

func TestJSONLProfiles(t *testing.T) {
	dir := t.TempDir()
	profiles := filepath.Join(dir, "profiles")
	if err := os.Mkdir(profiles, 0o755); err != nil {
		t.Fatal(err)
	}
	pages := siteFiles(t, dir, 4)
	if code, _, stderr := runCLI(t, "", append([]string{"-learn", filepath.Join(profiles, "example.org.profile")}, pages...)...); code != exitOK {
		t.Fatal(stderr)
	}
	writeFile(t, profiles, "broken.test.profile", "not a profile")
	recs := []string{
		jsonOf(map[string]string{"id": "site", "url": "https://www.example.org/news/1", "text": sitePage(1)}),
		jsonOf(map[string]string{"id": "other", "url": "https://other.test/1", "text": sitePage(1)}),
		jsonOf(map[string]string{"id": "nourl", "text": sitePage(1)}),
		jsonOf(map[string]string{"id": "broken", "url": "http://broken.test:8080/x", "text": sitePage(1)}),
		jsonOf(map[string]string{"id": "escape", "url": "https://../../etc/1", "text": sitePage(1)}),
	}
	code, out, _ := runCLI(t, strings.Join(recs, "\n")+"\n", "-jsonl", "-explain", "-profiles", profiles)
	if code != exitFail {
		t.Errorf("exit %d, want %d (one record's profile is broken)", code, exitFail)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(recs) {
		t.Fatalf("%d output lines for %d records:\n%s", len(lines), len(recs), out)
	}
	for i, want := range []struct {
		profiled bool
		err      string
	}{{true, ""}, {false, ""}, {false, ""}, {false, "not a boilerstrip profile"}, {false, ""}} {
		var rec struct {
			ID    string `json:"id"`
			Text  string `json:"text"`
			Error string `json:"error"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &rec); err != nil {
			t.Fatal(err)
		}
		if want.err != "" {
			if !strings.Contains(rec.Error, want.err) {
				t.Errorf("record %s: error %q, want %q", rec.ID, rec.Error, want.err)
			}
			continue
		}
		if got := !strings.Contains(rec.Text, "Tide table for pier 1"); got != want.profiled {
			t.Errorf("record %s: cleaned with the site's profile %v, want %v:\n%s", rec.ID, got, want.profiled, rec.Text)
		}
		if got := strings.Contains(lines[i], boilerplate.ProfileSiteRepeated); got != want.profiled {
			t.Errorf("record %s: removals by %s %v, want %v", rec.ID, boilerplate.ProfileSiteRepeated, got, want.profiled)
		}
	}
}
