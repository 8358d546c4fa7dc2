package rules

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/schema"
)

// Monitoring reports (FBIS, BBC Monitoring, the Open Source Center) open
// each item with a source line that names the outlet, where it publishes
// or broadcasts from, and its language:
//
//	LD2804174994 Moscow INTERFAX in English 1601 GMT 28 Apr 94
//	Yeltsin Orders Audit MK1401103094 Moscow MOSKOVSKIY KOMSOMOLETS in Russian 14 Jan 94 p 1
//	(Editorial Report) Panama City Circuito RPC Television in Spanish at 0200 GMT on 9 March
//	Tokyo NIHON KEIZAI SHIMBUN
//
// The outlet is based in the place. sourceLine reads the line before
// names are discovered, so that "Paris Radio Monte Carlo" is not taken for
// one name.

// itemID is a monitoring item's reference: two letters and ten digits.
var itemID = regexp.MustCompile(`^[A-Z]{2}[0-9]{10}$`)

// languages follow "in" in a source line.
var languages = map[string]bool{
	"english": true, "french": true, "spanish": true, "russian": true, "arabic": true, "chinese": true,
	"german": true, "portuguese": true, "turkish": true, "japanese": true, "korean": true, "persian": true,
	"farsi": true, "serbo-croatian": true, "croatian": true, "serbian": true, "bosnian": true, "hebrew": true,
	"italian": true, "polish": true, "ukrainian": true, "mandarin": true, "cantonese": true, "vietnamese": true,
	"thai": true, "indonesian": true, "malay": true, "hindi": true, "urdu": true, "pashto": true, "dari": true,
	"greek": true, "romanian": true, "bulgarian": true, "hungarian": true, "czech": true, "slovak": true,
	"dutch": true, "swedish": true, "norwegian": true, "danish": true, "finnish": true, "estonian": true,
	"latvian": true, "lithuanian": true, "armenian": true, "georgian": true, "azeri": true, "kazakh": true,
	"uzbek": true, "albanian": true, "macedonian": true, "slovene": true, "khmer": true, "burmese": true,
	"tagalog": true, "swahili": true, "amharic": true, "somali": true, "hausa": true, "belarusian": true,
}

// sourceLine finds a source line in s and makes its outlet a mention; it
// returns the outlet and place mentions, or nil.
func (d *doc) sourceLine(s *sentence) (outlet, place *mention) {
	i := 0
	// "(Editorial Report)", "(Text)"
	if s.lower(0) == "(" {
		for i < len(s.toks) && i < 6 && s.toks[i].Text != ")" {
			i++
		}
		i++
	}
	// the item's reference, perhaps after the item's headline
	id := -1
	for k := i; k < len(s.toks); k++ {
		if itemID.MatchString(s.toks[k].Text) {
			id = k
			break
		}
	}
	if id >= 0 {
		i = id + 1
	}
	p := s.mentionAt(i)
	if p == nil || p.from != i || p.demonym || !(p.ent.typ == schema.City || p.ent.typ == schema.Region || p.ent.typ == schema.Country) {
		return nil, nil
	}
	// the outlet: capitalized words up to "in <language>" or the end
	from, to := p.to, p.to
	for to < len(s.toks) && (nameTok(s.toks[to]) || s.toks[to].Text == "-" || s.toks[to].Text == "&") && !(s.lower(to) == "in" && languages[s.lower(to+1)]) {
		to++
	}
	if to == from || to-from > 6 || !nameTok(s.toks[from]) {
		return nil, nil
	}
	switch {
	case s.lower(to) == "in" && languages[s.lower(to+1)]:
	case to == len(s.toks) && id < 0 && i == 0 && allCapsSpan(s.toks[from:to]) && !allCaps(s.toks[p.from].Text):
		// "Tokyo NIHON KEIZAI SHIMBUN": a line of its own, the outlet in
		// capitals after a place that is not ("CHICAGO CORN" is a
		// headline)
	case to == len(s.toks) && id >= 0:
	default:
		return nil, nil
	}
	if id < 0 && i > 0 && s.lower(0) != "(" {
		return nil, nil
	}
	// a known outlet keeps its gazetteer entry; anything else is named as
	// printed
	if m := s.mentionAt(from); m != nil && m.from == from && m.to == to && m.ent.typ == schema.Organization {
		return m, p
	}
	kept := s.ments[:0]
	for _, m := range s.ments {
		if m.to <= from || m.from >= to {
			kept = append(kept, m)
		}
	}
	name := spanText(d.text, s.toks, from, to)
	o := &mention{from: from, to: to, ent: d.discovered(schema.Organization, name)}
	s.ments = mergeMentions(kept, []*mention{o})
	return o, p
}

func allCapsSpan(toks []Token) bool {
	for _, t := range toks {
		if t.Word && strings.ToUpper(t.Text) != t.Text {
			return false
		}
	}
	return true
}
