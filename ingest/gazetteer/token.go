package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is one word of a text, with what matching needs to know about it
// and about the gap that precedes it. Text and aliases are cut into tokens
// the same way, so an alias matches wherever its tokens follow each other.
//
// A word is a run of letters and digits, with apostrophes inside it
// ("d'Ivoire", "People's") and an optional trailing '+' ("OPEC+"). Single
// letters joined by dots form one token ("U.S.", "U.S.A.", "D.C."). Tokens
// are normalized before hashing: lower case, Latin diacritics folded
// ("Türkiye" = "turkiye"), curly apostrophes read as straight ones.
type token struct {
	start, end int32 // byte offsets of the word in the text
	base       int32 // end without a possessive "'s"; end when there is none
	h, hb      uint64
	// join: only spaces, at most one line break, at most one hyphen or
	// en dash and at most one dot or comma right after the previous word
	// separate this word from it, so the two may belong to one name.
	join bool
	// punct: the gap before this word starts with a '.' ("St. Petersburg")
	// or a ',' ("Washington, D.C."), or 0.
	punct byte
	// brk: the gap before this word holds a sentence or clause break
	// (. ! ? : ; a quote, a parenthesis, a line break) or this is the
	// first word.
	brk bool
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix combines the hash of an n-gram with the hash of its next token.
func mix(h, t uint64) uint64 {
	h ^= t + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	return h * fnvPrime
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }

// wordAt reports whether a letter or digit starts at s[i].
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return isASCIIAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// letterAt reports whether a letter starts at s[i].
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isApostrophe reports whether r is read as an apostrophe.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02bc' || r == '\u2018'
}

// acronymEnd returns the end of a dotted acronym ("U.S.", "U.A.E.", "D.C",
// two or more single ASCII letters each followed by a dot, the last dot
// optional) starting at s[i], or -1.
func acronymEnd(s string, i int) int {
	j, k := i, 0
	for j < len(s) && isASCIILetter(s[j]) && !wordAt(s, j+1) {
		k++
		if j+1 < len(s) && s[j+1] == '.' {
			j += 2
			continue
		}
		j++
		break
	}
	if k < 2 {
		return -1
	}
	return j
}

// tokenize appends the tokens of s to toks.
func tokenize(s string, toks []token) []token {
	n := len(s)
	var (
		bad      bool // the gap holds something that separates names
		brk      = true
		punct    byte
		newlines int
		dashes   int
		gapStart = true // no gap byte seen yet since the last word
	)
	i := 0
	for i < n {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIIAlnum(c) {
				switch c {
				case ' ', '\t', '\r':
				case '\n':
					newlines++
					brk = true
					if newlines > 1 {
						bad = true
					}
				case '-':
					dashes++
					if dashes > 1 {
						bad = true
					}
				case '.', ',':
					if c == '.' {
						brk = true
					}
					if gapStart {
						punct = c
					} else {
						bad = true
					}
				case '!', '?', ':', ';', '"', '(', ')', '[', ']':
					brk = true
					bad = true
				default:
					bad = true
				}
				gapStart = false
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				switch {
				case r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u200b':
				case r == '\u2013' || r == '\u2010' || r == '\u2011':
					dashes++
					if dashes > 1 {
						bad = true
					}
				case r == '\u201c' || r == '\u201d' || r == '\u2018' || r == '\u2019' || r == '\u2014' || r == '\u2026':
					brk = true
					bad = true
				default:
					bad = true
				}
				gapStart = false
				i += size
				continue
			}
		}

		// A word starts at i.
		t := token{start: int32(i), join: len(toks) > 0 && !bad, punct: punct, brk: brk}
		if e := acronymEnd(s, i); e >= 0 {
			h := uint64(fnvOffset)
			for j := i; j < e; j++ {
				if isASCIILetter(s[j]) {
					h = (h ^ uint64(s[j]|0x20)) * fnvPrime
					h = (h ^ '.') * fnvPrime
				}
			}
			t.end, t.base, t.h, t.hb = int32(e), int32(e), h, h
			i = e
		} else {
			h := uint64(fnvOffset)
			hApos, apos, aposLen := uint64(0), -1, 0
			j := i
		word:
			for j < n {
				c := s[j]
				if c < utf8.RuneSelf {
					switch {
					case c >= 'A' && c <= 'Z':
						h = (h ^ uint64(c+'a'-'A')) * fnvPrime
					case isASCIIAlnum(c):
						h = (h ^ uint64(c)) * fnvPrime
					case c == '\'' && letterAt(s, j+1):
						hApos, apos, aposLen = h, j, 1
						h = (h ^ '\'') * fnvPrime
					case c == '+' && !wordAt(s, j+1):
						h = (h ^ '+') * fnvPrime
						j++
						break word
					default:
						break word
					}
					j++
					continue
				}
				r, size := utf8.DecodeRuneInString(s[j:])
				switch {
				case isApostrophe(r) && letterAt(s, j+size):
					hApos, apos, aposLen = h, j, size
					h = (h ^ '\'') * fnvPrime
				case unicode.IsLetter(r) || unicode.IsDigit(r):
					for _, b := range foldRune(r) {
						h = (h ^ uint64(b)) * fnvPrime
					}
				case unicode.Is(unicode.Mn, r):
					// A combining mark: part of the word, folded away.
				default:
					break word
				}
				j += size
			}
			t.end, t.base, t.h, t.hb = int32(j), int32(j), h, h
			// A possessive: the word ends in "'s" after at least one letter.
			if apos > i && j == apos+aposLen+1 && s[j-1]|0x20 == 's' {
				t.base, t.hb = int32(apos), hApos
			}
			i = j
		}
		toks = append(toks, t)
		bad, brk, punct, gapStart = false, false, 0, true
		newlines, dashes = 0, 0
	}
	return toks
}

// foldRune returns the normalized UTF-8 form of a letter or digit: lower
// case, with the Latin diacritics that news English drops removed.
func foldRune(r rune) string {
	if r < 0x250 {
		if f, ok := latinFold[r]; ok {
			return f
		}
	}
	return string(unicode.ToLower(r))
}

// latinFold maps accented Latin letters to their plain lower-case forms.
var latinFold = func() map[rune]string {
	m := make(map[rune]string)
	add := func(from, to string) {
		for _, r := range from {
			m[r] = to
		}
	}
	add("ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎ", "a")
	add("ÆæǼǽ", "ae")
	add("ÇçĆćĈĉĊċČč", "c")
	add("ÐðĎďĐđ", "d")
	add("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e")
	add("ĜĝĞğĠġĢģ", "g")
	add("ĤĥĦħ", "h")
	add("ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐ", "i")
	add("Ĵĵ", "j")
	add("Ķķ", "k")
	add("ĹĺĻļĽľĿŀŁł", "l")
	add("ÑñŃńŅņŇň", "n")
	add("ÒÓÔÕÖØòóôõöøŌōŎŏŐőǑǒ", "o")
	add("Œœ", "oe")
	add("ŔŕŖŗŘř", "r")
	add("ŚśŜŝŞşŠšȘș", "s")
	add("ß", "ss")
	add("ŢţŤťŦŧȚț", "t")
	add("Þþ", "th")
	add("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔ", "u")
	add("Ŵŵ", "w")
	add("ÝýÿŶŷŸ", "y")
	add("ŹźŻżŽž", "z")
	return m
}()

// caseKind is what an alias word asks of the case of the text.
type caseKind uint8

const (
	anyCase caseKind = iota // the alias word is lower case: any case matches
	capCase                 // capitalized: the text word must start with a capital
	upCase                  // an acronym (two or more letters, all capitals): so must the text word be
)

// caseOf classifies an alias word.
func caseOf(w string) caseKind {
	letters, upper := 0, 0
	first := true
	firstUpper := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			upper++
			if first {
				firstUpper = true
			}
		}
		first = false
	}
	switch {
	case letters >= 2 && upper == letters:
		return upCase
	case firstUpper:
		return capCase
	}
	return anyCase
}

// caseOK reports whether the text word w satisfies k.
func caseOK(w string, k caseKind) bool {
	switch k {
	case capCase:
		for _, r := range w {
			if unicode.IsLetter(r) {
				return unicode.IsUpper(r) || unicode.IsTitle(r)
			}
		}
		return false
	case upCase:
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c < utf8.RuneSelf {
				if c >= 'a' && c <= 'z' {
					return false
				}
				continue
			}
			r, size := utf8.DecodeRuneInString(w[i:])
			if unicode.IsLower(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// Fold returns s in lower case with the Latin diacritics that news
// English drops removed: "Jerí" and "Jeri" fold alike.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(foldRune(r))
	}
	return b.String()
}
