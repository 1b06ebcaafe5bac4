package boilerplate

import (
	"strings"
	"unicode"
)

// Caption shapes that sit alone between two paragraphs of the article.

// personCaptions removes a person's name that the paragraph before or
// after names too (the photo of the person quoted), unless the name recurs
// as a line of its own, as speaker labels in an interview do.
func personCaptions(d *doc) {
	var counts map[string]int // short lines by text, counted on first use
	eachBetweenProse(d, func(i, prev, next int) {
		if !d.personCaption(i, prev, next) {
			return
		}
		if counts == nil {
			counts = d.shortLineCounts()
		}
		if counts[d.lineText(i)] == 1 {
			d.remove(i, Caption, HeuristicPerson)
		}
	})
}

// slugCaptions removes image alt text shaped like a file name: a
// capitalised word, then only content words and at least two numbers,
// ending in a year.
func slugCaptions(d *doc) {
	eachBetweenProse(d, func(i, _, _ int) {
		if d.slugShape(i) {
			d.remove(i, Caption, HeuristicSlug)
		}
	})
}

// eachBetweenProse calls fn for every line inside the article that no rule
// decides, no stage has removed and that stands between two kept
// paragraphs of prose, prev and next.
func eachBetweenProse(d *doc, fn func(i, prev, next int)) {
	if !d.zone.ok {
		return
	}
	for i := d.zone.s + 1; i < d.zone.e; i++ {
		if d.verdict[i].removed() || d.lines[i].rule >= 0 {
			continue
		}
		if prev, next, ok := d.betweenProse(i); ok {
			fn(i, prev, next)
		}
	}
}

// personCaption reports whether line i, between prose lines prev and next,
// is the name of a person that one of them quotes: the photo of the
// person quoted ("Patty Culhane" beside "…,” said Al Jazeera’s Patty
// Culhane."). It is no speaker label (it has no colon), and the name
// stands near a verb of speech (see quotes): a name over a paragraph that
// only mentions it is the paragraph's heading, as the products, courses
// and brands of a list have them ("Microsoft Excel" over "… Microsoft
// Excel remains a staple …").
func (d *doc) personCaption(i, prev, next int) bool {
	li := &d.lines[i]
	if li.ws.words > 4 || li.ws.capWords != li.ws.words || d.endsWithColon(i) {
		return false
	}
	name := d.lineText(i)
	if !personName(name) {
		return false
	}
	return quotes(d.lineText(prev), name) || quotes(d.lineText(next), name)
}

// quotes reports whether text names name within speechReach bytes of a
// verb of speech ("said", "sagte", "a déclaré", "según").
func quotes(text, name string) bool {
	for off := 0; ; {
		k := strings.Index(text[off:], name)
		if k < 0 {
			return false
		}
		at := off + k
		from, to := max(at-speechReach, 0), min(at+len(name)+speechReach, len(text))
		if hasSpeechVerb(text[from:to]) {
			return true
		}
		off = at + len(name)
	}
}

// speechReach is how far from a name its verb of speech may stand: a
// title and an affiliation between them ("said Al Jazeera’s senior
// correspondent Jane Roe") fit in it, another clause does not.
const speechReach = 48

// hasSpeechVerb reports whether s holds one of speechVerbs as a word.
func hasSpeechVerb(s string) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) <= maxSpeechVerb && speechVerbs[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// speechVerbs are the verbs (and prepositions) that attribute a quote, in
// the built-in languages, lower case.
var speechVerbs = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		said says told tells according asked asks added adds explained explains wrote writes noted notes stated argued recalled warned insisted claimed
		sagte sagt sagten erklärte erklärt betonte betont meinte meint laut schrieb fügte
		dit déclaré déclare selon explique expliqué affirme affirmé ajoute ajouté estime
		dijo dice afirmó explicó según declaró señaló aseguró añadió
		detto dichiarato secondo spiega spiegato afferma aggiunto
		disse diz afirmou explicou segundo declarou acrescentou
		zei zegt aldus volgens verklaarde vertelde schreef
		powiedział powiedziała mówi według stwierdził stwierdziła dodał dodała`) {
		m[w] = true
	}
	return m
}()

// maxSpeechVerb is the longest of speechVerbs in bytes.
const maxSpeechVerb = 14

// shortLineCounts counts the lines of up to maxNameLine bytes by their
// text, in one pass: a document full of name lines costs one pass, not one
// pass per line.
func (d *doc) shortLineCounts() map[string]int {
	counts := make(map[string]int)
	for i := range d.lines {
		if li := &d.lines[i]; li.end-li.start <= maxNameLine {
			counts[d.lineText(i)]++
		}
	}
	return counts
}

// maxNameLine is the longest line shortLineCounts counts: longer lines are no names.
const maxNameLine = 64

// slugShape reports whether line i looks like alt text made from an image
// file name: "Washington 28 state gathering 2017".
func (d *doc) slugShape(i int) bool {
	li := &d.lines[i]
	if li.ws.words < 4 || li.ws.words > 10 || li.ws.capWords > 2 || li.ws.numWords < 2 || li.endsSentence {
		return false
	}
	if d.lang >= 0 && li.ws.stops[d.lang] > 0 {
		return false
	}
	text := d.lineText(i)
	if !startsUpper(text) {
		return false
	}
	f := strings.Fields(text)
	last := f[len(f)-1]
	if len(last) != 4 || !(strings.HasPrefix(last, "19") || strings.HasPrefix(last, "20")) {
		return false
	}
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' {
			return false
		}
	}
	return true
}
