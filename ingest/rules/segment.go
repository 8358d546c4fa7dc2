package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of a document's text. Start and End are byte offsets
// into the text the sentence was cut from.
type Sentence struct {
	Start, End int
	Text       string
}

// abbreviations end with a period that does not end a sentence. Lowercase,
// without the final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "adm": true,
	"gov": true, "pres": true, "rev": true, "hon": true, "st": true, "jr": true, "sr": true,
	"no": true, "inc": true, "corp": true, "co": true, "ltd": true, "vs": true, "etc": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"approx": true, "dept": true, "est": true, "fig": true, "op": true, "cf": true, "e.g": true,
	"i.e": true, "a.m": true, "p.m": true, "u.s": true, "u.k": true, "u.n": true, "e.u": true,
	"u.s.a": true, "u.a.e": true, "d.c": true, "u.s.s.r": true,
}

// sentenceStarters are capitalized function words that, after an
// abbreviation such as "U.S.", show that a new sentence has begun.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "But": true, "And": true, "In": true, "On": true, "At": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true, "His": true,
	"Her": true, "Their": true, "Its": true, "As": true, "While": true, "When": true,
	"However": true, "Meanwhile": true, "Officials": true, "Both": true, "Since": true,
	"After": true, "Before": true, "Despite": true, "According": true,
}

// Segment splits text into sentences with byte offsets. Line breaks always
// end a sentence (headlines and captions stand alone); inside a line, a
// period, question or exclamation mark ends one when the next word starts a
// new sentence and the period does not close an abbreviation or an initial.
func Segment(text string) []Sentence {
	var out []Sentence
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		// A line ending in a colon and the bullet lines after it are one
		// sentence: "... nations, including:\n- Kazakhstan\n- Uzbekistan".
		if strings.HasSuffix(strings.TrimRight(text[lineStart:lineEnd], " \t\r"), ":") {
			for lineEnd < len(text) && isBullet(text[lineEnd+1:]) {
				next := strings.IndexByte(text[lineEnd+1:], '\n')
				if next < 0 {
					lineEnd = len(text)
				} else {
					lineEnd = lineEnd + 1 + next
				}
				nl = lineEnd - lineStart
				if lineEnd == len(text) {
					nl = -1
				}
			}
		}
		out = segmentLine(text, lineStart, lineEnd, out)
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	return out
}

func segmentLine(text string, start, end int, out []Sentence) []Sentence {
	emit := func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Sentence{Start: s, End: e, Text: text[s:e]})
		}
	}
	s := start
	for i := start; i < end; i++ {
		c := text[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		// Extend over closing quotes and brackets and repeated marks.
		j := i + 1
		for j < end {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '.' || r == '!' || r == '?' {
				j += size
				continue
			}
			break
		}
		if j >= end {
			break
		}
		if !isSpaceByte(text[j]) {
			continue
		}
		k := j
		for k < end && isSpaceByte(text[k]) {
			k++
		}
		if k >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '‘' || next == '(') {
			continue
		}
		if c == '.' && !endsSentence(text[s:i+1], nextWord(text[k:end])) {
			continue
		}
		emit(s, j)
		s = k
		i = k - 1
	}
	emit(s, end)
	return out
}

// isBullet reports whether a line starts a bulleted list item.
func isBullet(line string) bool {
	line = strings.TrimLeft(line, " \t")
	for _, b := range []string{"- ", "• ", "* ", "– ", "· "} {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	return false
}

// endsSentence decides whether the period closing prefix ends a sentence,
// given the word that follows.
func endsSentence(prefix, next string) bool {
	w := lastWord(prefix[:len(prefix)-1])
	if w == "" {
		return true
	}
	lw := strings.ToLower(w)
	// A single capital letter is an initial ("John F. Kennedy").
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return false
	}
	if abbreviations[lw] {
		// "U.S." and friends end sentences often; trust a following
		// function word.
		if strings.Contains(lw, ".") {
			return sentenceStarters[next]
		}
		return false
	}
	// Dotted initialisms not in the list ("N.A.T.O.").
	if strings.Count(w, ".") >= 1 && len(w) <= 8 && !strings.ContainsAny(w, "0123456789") {
		return sentenceStarters[next]
	}
	return true
}

func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || r == '.' || unicode.IsDigit(r) {
			i -= size
			continue
		}
		break
	}
	return strings.TrimLeft(s[i:], ".")
}

func nextWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}
