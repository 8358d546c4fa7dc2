package rules

import "github.com/kg-project/kg/schema"

// Analysis is what the extractor saw in a document, for `kg inspect`.
type Analysis struct {
	Sentences  []AnalyzedSentence
	Statements []schema.Statement
}

// AnalyzedSentence is a sentence with its mentions and time expressions.
type AnalyzedSentence struct {
	Sentence
	Mentions []MentionInfo
	Times    []string
}

// MentionInfo is one mention: its text and offsets in the document, the
// entity it resolved to and how it is used.
type MentionInfo struct {
	Start, End int
	Text       string
	Entity     schema.Entity
	Members    []string // for group mentions ("the two countries")
	Use        string   // "", "demonym", "actor", "possessive"
	Known      bool     // from the gazetteer
}

// Inspect runs the extractor on doc and returns what it saw with the
// statements it made.
func (x *Extractor) Inspect(doc schema.Document) Analysis {
	a := x.analyze(doc)
	var out Analysis
	for _, s := range a.sents {
		as := AnalyzedSentence{Sentence: s.Sentence}
		for _, m := range s.ments {
			as.Mentions = append(as.Mentions, a.mentionInfo(s, m))
		}
		for _, t := range s.times {
			as.Times = append(as.Times, a.text[s.toks[t.From].Start:s.toks[t.To-1].End]+"="+t.Value)
		}
		out.Sentences = append(out.Sentences, as)
	}
	out.Statements = a.statements(doc)
	return out
}

func (d *doc) mentionInfo(s *sentence, m *mention) MentionInfo {
	mi := MentionInfo{
		Start: s.toks[m.from].Start, End: s.toks[m.to-1].End,
		Entity: m.ent.schemaEntity(d.g), Known: m.ent.entry != nil,
	}
	mi.Text = d.text[mi.Start:mi.End]
	for _, e := range m.members {
		mi.Members = append(mi.Members, e.name)
	}
	switch {
	case m.demonym:
		mi.Use = "demonym"
	case m.actor:
		mi.Use = "actor"
	case m.poss:
		mi.Use = "possessive"
	}
	return mi
}
