package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark of a sentence. Start and End are byte
// offsets into the document text.
type Token struct {
	Start, End int
	Text       string
	Lower      string
	Cap        bool // starts with an upper-case letter
	Word       bool // letters or digits (not punctuation)
}

// Tokenize splits s, which starts at byte offset base of the document,
// into tokens. Words keep inner hyphens, apostrophes and the dots of
// initialisms ("U.S.", "al-Sharaa", "O'Brien"); a possessive "'s" is a
// token of its own.
func Tokenize(s string, base int) []Token {
	toks := make([]Token, 0, len(s)/5)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			if (r == '\'' || r == '’') && i > 0 && isPossessiveAt(s, i+size) {
				toks = append(toks, mkTok(s, base, i, i+size+1, false))
				i += size + 1
				continue
			}
			toks = append(toks, mkTok(s, base, i, i+size, false))
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += sz
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
				if j+sz < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+sz:])
					if isWordRune(r3) {
						if (r2 == '\'' || r2 == '’') && isPossessiveAt(s, j+sz) {
							break
						}
						if r2 == '.' && !initialism(s[i:j]) {
							break
						}
						j += sz
						continue
					}
				}
				// Final dot of an initialism ("U.S.") or of a middle
				// initial ("John F. Kennedy").
				if r2 == '.' && initialism(s[i:j]) && (strings.Contains(s[i:j], ".") || unicode.IsUpper(r)) {
					j += sz
				}
			}
			break
		}
		toks = append(toks, mkTok(s, base, i, j, true))
		i = j
	}
	return toks
}

// initialism reports whether w looks like "U" or "U.S": single letters
// separated by dots.
func initialism(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

func isPossessiveAt(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	if i+1 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func mkTok(s string, base, i, j int, word bool) Token {
	t := s[i:j]
	r, _ := utf8.DecodeRuneInString(t)
	return Token{Start: base + i, End: base + j, Text: t, Lower: strings.ToLower(t), Cap: unicode.IsUpper(r), Word: word}
}
