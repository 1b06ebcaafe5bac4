package boilerplate

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shapes of page-chrome lines that have no words to match: temperatures,
// clocks and dates. They are only tried on short lines.
var (
	temperatureShape = regexp.MustCompile(`^-?\d{1,3}(?:[.,]\d{1,2})?\s*°?\s*[CF]$|^-?\d{1,3}(?:[.,]\d{1,2})?\s*°$`)
	// A clock written with ':' stands alone ("10:41"); one written with
	// '.' needs its "am" or time zone ("10.41am", "10.41 GMT"): alone,
	// "10.41" is a price or a figure in a table as often.
	clockShape = regexp.MustCompile(`(?i)^\d{1,2}(?::\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|\.\d{2}(?:\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?|\s+[A-Z]{2,4}))$`)
	// A numeric date keeps one separator: 3.6.2024, 06/03/24, 2024-06-03;
	// "3.8/5" is a rating.
	numericDateShape = regexp.MustCompile(`^\d{1,4}(?:\.\d{1,2}\.|/\d{1,2}/|-\d{1,2}-)\d{1,4}$`)
	// A timestamp is a numeric date and a clock, in either order, joined
	// by at most a comma and a word ("8:17 PM on 05/23/2013",
	// "23.05.2013, 20:17 Uhr", "2013-05-23 20:17"), as a byline's date
	// line has them.
	timestampShape = regexp.MustCompile(`(?i)^(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?,?\s+(?:\pL{1,3}\s+)?\d{1,4}(?:\.\d{1,2}\.|/\d{1,2}/|-\d{1,2}-)\d{1,4}|\d{1,4}(?:\.\d{1,2}\.|/\d{1,2}/|-\d{1,2}-)\d{1,4},?\s+(?:\pL{1,3}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?(?:\s+[A-Z]{2,4})?)$`)
)

// dateWords are month and weekday names and their abbreviations in the
// built-in languages, lower case.
var dateWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
		januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
		janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche
		enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo
		gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica
		janeiro fevereiro março maio junho julho setembro outubro novembro dezembro segunda terça quarta quinta sexta
		januari februari maart juni juli augustus oktober maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
		styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca sierpień sierpnia
		wrzesień września październik października listopad listopada grudzień grudnia sty lut kwi cze lip wrz paź gru
		poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę`) {
		m[w] = true
	}
	return m
}()

// computeHeaderShape reports whether line i is a temperature, a clock, a
// date or a timestamp.
func (d *doc) computeHeaderShape(i int) bool {
	li := &d.lines[i]
	s := d.text[li.start:li.end]
	if len(s) > 60 || li.ws.words > 8 || li.ws.words == 0 || !li.ws.digits {
		return false // every shape has a digit
	}
	// Every one of the four shapes starts with a digit, or a minus sign
	// before one, and each regexp runs only on lines with what its matches
	// need (see mayBe…; a timestamp has a clock's ':'): most short lines
	// with a digit ("5 min read", "Page 2", a list number) are ruled out
	// without running one.
	if len(s) <= 24 && (s[0] == '-' || '0' <= s[0] && s[0] <= '9') &&
		(mayBeTemperature(s) && temperatureShape.MatchString(s) ||
			mayBeClock(s) && clockShape.MatchString(s) ||
			mayBeNumericDate(s) && numericDateShape.MatchString(s)) {
		return true
	}
	if len(s) <= 40 && '0' <= s[0] && s[0] <= '9' && strings.IndexByte(s, ':') > 0 && timestampShape.MatchString(s) {
		return true
	}
	return li.ws.words >= 2 && isDateLine(s)
}

// mayBeTemperature reports whether s ends as every match of
// temperatureShape does: with C, F or a degree sign.
func mayBeTemperature(s string) bool {
	c := s[len(s)-1]
	return c == 'C' || c == 'F' || strings.HasSuffix(s, "°")
}

// hasClock reports whether s holds a time of day ("22:15"): a date line's,
// which no headline has.
func hasClock(s string) bool {
	for k := 1; k+2 < len(s); k++ {
		if s[k] == ':' && isDigit(s[k-1]) && isDigit(s[k+1]) && isDigit(s[k+2]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// mayBeClock reports whether s has the separator every match of
// clockShape has after its first one or two bytes (digits): ':' or '.'.
func mayBeClock(s string) bool {
	return len(s) > 1 && (s[1] == ':' || s[1] == '.') || len(s) > 2 && (s[2] == ':' || s[2] == '.')
}

// mayBeNumericDate reports whether s is made only of the bytes every
// match of numericDateShape is made of: digits, '.', '/' and '-'.
func mayBeNumericDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != '.' && c != '/' && c != '-' {
			return false
		}
	}
	return true
}

// isDateLine reports whether s is a written date: a month or weekday name,
// a number, and little else ("Saturday, May 18, 2024", "18 mai 2024").
func isDateLine(s string) bool {
	named, numbers, other := 0, 0, 0
	var buf [16]byte
	for start := 0; start < len(s); {
		if c := s[start]; c < utf8.RuneSelf && byteClass[c] == bcNone {
			start++ // ASCII that is no letter or digit, without a look at the Unicode tables
			continue
		}
		r, n := utf8.DecodeRuneInString(s[start:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			start += n
			continue
		}
		end := start
		k := 0
		for end < len(s) {
			if c := s[end]; c < utf8.RuneSelf {
				// ASCII: a letter or a digit by byteClass, in lower case
				// by lowerASCII, as unicode.ToLower has it.
				if byteClass[c] == bcNone {
					break
				}
				if k < len(buf) {
					buf[k] = lowerASCII(c)
					k++
				} else {
					k = len(buf) + 1
				}
				end++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			if k+n <= len(buf) {
				k += utf8.EncodeRune(buf[k:], unicode.ToLower(r))
			} else {
				k = len(buf) + 1
			}
			end += n
		}
		switch {
		case k >= dateWordLen[0] && k <= dateWordLen[1] && dateWords[string(buf[:k])]:
			named++
		case s[start] >= '0' && s[start] <= '9':
			numbers++
		default:
			if other++; other > 2 {
				return false // too many other words, whatever follows
			}
		}
		start = end
	}
	return named > 0 && numbers > 0 && other <= 2
}

// dateWordLen holds the lengths in bytes of the shortest and the longest
// of dateWords: a word of another length is none of them, and isDateLine
// does not look it up.
var dateWordLen = func() [2]int {
	r := [2]int{math.MaxInt, 0}
	for w := range dateWords {
		r[0], r[1] = min(r[0], len(w)), max(r[1], len(w))
	}
	return r
}()

// placeName reports whether line i is one or two capitalised words and
// nothing else, like a city name in a weather strip.
func (d *doc) placeName(i int) bool {
	li := &d.lines[i]
	if li.ws.words == 0 || li.ws.words > 2 || li.ws.capWords != li.ws.words {
		return false
	}
	for _, r := range d.text[li.start:li.end] {
		if !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '.' {
			return false
		}
	}
	return true
}

// personName reports whether s is two to four capitalised name words
// ("Marco Rubio", "Mary-Ann O'Neil", "Martin Luther King Jr.").
func personName(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
				return false
			}
		}
		n++
	}
	return n >= 2 && n <= 4
}
