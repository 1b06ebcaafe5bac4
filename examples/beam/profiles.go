package main

import (
	"context"
	"fmt"
	nurl "net/url"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
	"github.com/boilerstrip/boilerstrip/internal/record"
)

// Site profiles, in two passes (--site_profiles). The first groups the
// records by the host of their url and learns each host's
// boilerplate.Profile with a CombineFn: each worker learns its share of a
// host's pages into a profile, and the profiles merge, which gives the
// profile of all of them whatever the split (a profile is a sum over
// pages). The second joins each host's records with its profile and
// cleans each record with it; a record's own lines are taken off the
// counts (the profile learned it), so the evidence about a page is the
// host's other pages. Records without a url, and whole files, share the
// host "" and are cleaned without a profile.

func init() {
	beam.RegisterCoder(reflect.TypeOf(siteProfile{}), encodeSiteProfile, decodeSiteProfile)
	register.Function2x0[Doc, func(string, Doc)](keyByHost)
	register.Emitter2[string, Doc]()
	register.Combiner3[siteProfile, Doc, []byte](&learnFn{})
	register.DoFn5x0[context.Context, string, func(*Doc) bool, func(*[]byte) bool, func(string)](&siteCleanFn{})
	register.Iter1[Doc]()
	register.Iter1[[]byte]()
}

// buildSites adds the two passes to s: docs are cleaned with their
// host's profile and the output lines returned.
func buildSites(s beam.Scope, docs beam.PCollection, clean cleanFn, maxBytes int) beam.PCollection {
	s = s.Scope("SiteProfiles")
	keyed := beam.ParDo(s.Scope("KeyByHost"), keyByHost, docs)
	profiles := beam.CombinePerKey(s.Scope("Learn"), &learnFn{MaxBytes: maxBytes}, keyed)
	joined := beam.CoGroupByKey(s.Scope("Join"), keyed, profiles)
	return beam.ParDo(s.Scope("CleanWithProfile"), &siteCleanFn{Clean: clean}, joined)
}

// keyByHost keys a Doc by the host of its record's url: lower-cased,
// without "www." and port, as the example cleaner's -profiles names its
// files. A whole file, a record without a url and a record that cannot be
// read have the host "".
func keyByHost(d Doc, emit func(string, Doc)) {
	host := ""
	if d.Err == "" && d.Line > 0 {
		if rec, err := record.Parse(d.Data); err == nil {
			host = hostOf(rec.URL)
		}
	}
	emit(host, d)
}

// hostOf returns the lower-case host of a URL without "www." and port.
func hostOf(raw string) string {
	u, err := nurl.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// A siteProfile is the accumulator of learnFn: a profile being learned.
// Its coder is the profile file format.
type siteProfile struct {
	p *boilerplate.Profile
}

func encodeSiteProfile(sp siteProfile) ([]byte, error) {
	if sp.p == nil {
		return boilerplate.NewProfile().MarshalBinary()
	}
	return sp.p.MarshalBinary()
}

func decodeSiteProfile(b []byte) (siteProfile, error) {
	p := boilerplate.NewProfile()
	if err := p.UnmarshalBinary(b); err != nil {
		return siteProfile{}, err
	}
	return siteProfile{p}, nil
}

// learnFn learns a host's profile from its Docs: text records as text,
// HTML records and files through htmlclean. A Doc that cannot be read is
// left out; it gives its error record in the second pass.
type learnFn struct {
	MaxBytes int // largest HTML page read; 0 means htmlclean's default

	html *htmlclean.Cleaner
}

// Setup builds the HTML cleaner that reads pages, once per instance.
func (fn *learnFn) Setup() error {
	c, err := htmlclean.New(htmlclean.Options{MaxInputSize: int64(fn.MaxBytes)})
	if err != nil {
		return err
	}
	fn.html = c
	return nil
}

// CreateAccumulator returns an empty profile.
func (fn *learnFn) CreateAccumulator() siteProfile {
	return siteProfile{boilerplate.NewProfile()}
}

// AddInput learns one Doc.
func (fn *learnFn) AddInput(a siteProfile, d Doc) siteProfile {
	if a.p == nil {
		a.p = boilerplate.NewProfile()
	}
	if d.Err != "" || d.Line == 0 {
		return a // whole files are not grouped by site
	}
	rec, err := record.Parse(d.Data)
	if err != nil {
		return a
	}
	if !rec.HTML {
		a.p.LearnText(rec.Input)
		return a
	}
	_ = fn.html.Learn(a.p, strings.NewReader(rec.Input)) // too large: left out
	return a
}

// MergeAccumulators adds b's pages to a.
func (fn *learnFn) MergeAccumulators(a, b siteProfile) siteProfile {
	if a.p == nil {
		return b
	}
	a.p.Merge(b.p)
	return a
}

// ExtractOutput returns the profile in the profile file format.
func (fn *learnFn) ExtractOutput(a siteProfile) []byte {
	b, err := encodeSiteProfile(a)
	if err != nil {
		panic(fmt.Sprintf("encoding a profile: %v", err)) // MarshalBinary does not fail
	}
	return b
}

// siteCleanFn cleans the Docs of one host with the host's profile. Its
// Cleaners are built once per instance, in Setup; each host's are
// derived from them (WithProfile), which shares their rules. A host's
// Docs are cleaned on Clean.Workers goroutines.
type siteCleanFn struct {
	Clean cleanFn
}

// Setup builds the Cleaners and counters.
func (fn *siteCleanFn) Setup() error { return fn.Clean.Setup() }

// ProcessElement cleans the Docs of host with its profile (none for the
// host "").
func (fn *siteCleanFn) ProcessElement(ctx context.Context, host string, docs func(*Doc) bool, profiles func(*[]byte) bool, emit func(string)) {
	cs := fn.Clean.cleaners
	var data []byte
	if host != "" && profiles(&data) {
		p := boilerplate.NewProfile()
		if err := p.UnmarshalBinary(data); err == nil {
			cs = cleaners{text: cs.text.WithProfile(p), html: cs.html.WithProfile(p)}
			fn.Clean.count(ctx, counterProfiles, 1)
		}
	}
	out := func(c cleaned) { fn.Clean.output(ctx, c, emit) }
	clean := func(d Doc) cleaned { return fn.Clean.cleanDocWith(cs, d) }
	if fn.Clean.workers() <= 1 {
		var d Doc
		for docs(&d) {
			out(clean(d))
		}
		return
	}
	p := newPool(fn.Clean.workers(), clean)
	var d Doc
	for docs(&d) {
		p.submit(d, out)
	}
	p.drain(out)
}

// counterProfiles counts the hosts cleaned with a profile.
const counterProfiles = "site_profiles"
