package export

import (
	"bufio"
	"strings"
	"unicode"
	"unicode/utf8"
)

// keep reports whether r may appear in exported text: a character XML 1.0
// allows that is not a control character, or a tab or newline.
func keep(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return true
	case r < 0x20 || r == 0x7f:
		return false
	case r < 0x80:
		return true
	case r <= 0x9f: // C1 controls: allowed by XML, rendered as junk by every tool
		return false
	case r >= 0xd800 && r <= 0xdfff, r == 0xfffe, r == 0xffff:
		return false
	}
	return r <= utf8.MaxRune
}

// clean returns s as valid UTF-8 (invalid bytes become U+FFFD) without the
// characters keep rejects; "\r\n" and a lone "\r" become "\n". It returns s
// itself when there is nothing to change.
func clean(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\n' || c == '\t' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 || !keep(r) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				b.WriteByte('\n')
			}
		case keep(r):
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// oneLine is clean(s) with runs of white space (newlines, tabs and
// Unicode line separators included) folded to one space and trimmed: for
// labels and other one-line fields.
func oneLine(s string) string {
	s = clean(s)
	prevSpace := true // at the start, a space would be leading
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	if prevSpace && s != "" {
		return strings.TrimRight(s, " ")
	}
	return s
}

// xmlEscape writes s as XML character data, or as an attribute value when
// attr is set (then tabs and newlines are written as references so that
// they survive attribute normalisation). It cleans as it goes, so any
// string is safe.
func xmlEscape(w *bufio.Writer, s string, attr bool) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		n := 1
		switch {
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '"':
			esc = "&quot;"
		case c == '\'':
			esc = "&apos;"
		case c == '\n' && attr:
			esc = "&#10;"
		case c == '\t' && attr:
			esc = "&#9;"
		case c >= 0x20 && c < 0x7f || c == '\n' || c == '\t':
			i++
			continue
		default:
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n <= 1:
				esc = "\uFFFD"
			case r == '\r':
				esc = "\n"
				if attr {
					esc = "&#10;"
				}
				if i+1 < len(s) && s[i+1] == '\n' {
					esc = ""
				}
			case !keep(r):
				esc = ""
			default:
				i += n
				continue
			}
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		i += n
		last = i
	}
	w.WriteString(s[last:])
}

const hexDigits = "0123456789abcdef"

// jsonString writes s as a JSON string. Invalid UTF-8 becomes U+FFFD,
// control characters are escaped, and U+2028 and U+2029 too (JavaScript
// source cannot hold them raw).
func jsonString(w *bufio.Writer, s string) {
	w.WriteByte('"')
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			w.WriteString(s[last:i])
			switch c {
			case '"':
				w.WriteString(`\"`)
			case '\\':
				w.WriteString(`\\`)
			case '\n':
				w.WriteString(`\n`)
			case '\t':
				w.WriteString(`\t`)
			case '\r':
				w.WriteString(`\r`)
			default:
				w.WriteString(`\u00`)
				w.WriteByte(hexDigits[c>>4])
				w.WriteByte(hexDigits[c&0xf])
			}
			i++
			last = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			w.WriteString(s[last:i])
			w.WriteString(`\ufffd`)
			i++
			last = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			w.WriteString(s[last:i])
			w.WriteString(`\u202`)
			w.WriteByte(hexDigits[r&0xf])
			i += n
			last = i
			continue
		}
		i += n
	}
	w.WriteString(s[last:])
	w.WriteByte('"')
}

// dotString writes s as a quoted DOT string: quotes and backslashes
// escaped, newlines as DOT's \n line break, tabs as spaces, other control
// characters and invalid UTF-8 cleaned away. Quoting every id and value
// means keywords (node, edge, graph, strict, ...) never need special care.
func dotString(w *bufio.Writer, s string) { quoted(w, s, " ") }

// nqString writes s as an N-Quads string literal (STRING_LITERAL_QUOTE).
func nqString(w *bufio.Writer, s string) { quoted(w, s, `\t`) }

// quoted writes clean(s) between double quotes with quotes, backslashes
// and newlines backslash-escaped and each tab written as tab: the string
// syntax DOT and N-Quads share.
func quoted(w *bufio.Writer, s, tab string) {
	s = clean(s)
	w.WriteByte('"')
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '"':
			esc = `\"`
		case '\\':
			esc = `\\`
		case '\n':
			esc = `\n`
		case '\t':
			esc = tab
		default:
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		last = i + 1
	}
	w.WriteString(s[last:])
	w.WriteByte('"')
}

// nqIRI writes iri as an N-Quads IRIREF, percent-encoding the bytes an
// IRIREF may not hold (space, controls, <>"{}|^`\), bytes of invalid
// UTF-8 and a '%' that does not start an escape.
func nqIRI(w *bufio.Writer, iri string) {
	w.WriteByte('<')
	for i := 0; i < len(iri); {
		c := iri[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(iri[i:])
			if r == utf8.RuneError && n == 1 || !keep(r) {
				for j := 0; j < n; j++ {
					pct(w, iri[i+j])
				}
			} else {
				w.WriteString(iri[i : i+n])
			}
			i += n
			continue
		}
		switch {
		case c <= 0x20 || c == 0x7f || strings.IndexByte(`<>"{}|^`+"`"+`\`, c) >= 0:
			pct(w, c)
		case c == '%' && !(i+2 < len(iri) && isHex(iri[i+1]) && isHex(iri[i+2])):
			pct(w, c)
		default:
			w.WriteByte(c)
		}
		i++
	}
	w.WriteByte('>')
}

func pct(w *bufio.Writer, c byte) {
	const upper = "0123456789ABCDEF"
	w.WriteByte('%')
	w.WriteByte(upper[c>>4])
	w.WriteByte(upper[c&0xf])
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
