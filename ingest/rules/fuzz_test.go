package rules_test

import (
	"fmt"
	"math"
	"regexp"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/ingest/rules"
	"github.com/kg-project/kg/schema"
)

// fuzzSeeds are texts with the constructions the extractor reads, and odd
// layouts around them.
var fuzzSeeds = []string{
	"Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday, officials said.",
	"Harbour talks resume\n\nWASHINGTON, March 3, 2024 (Reuters) - U.S. Secretary of State Marco Rubio visited Baku. Mr. Rubio met Azerbaijani President Ilham Aliyev.\n",
	"Turkey may join the talks next month, according to diplomats. Russia denied that it had attacked Ukraine's ports.",
	"The region's nations, including:\n- Kazakhstan\n- Uzbekistan\nsigned the accord in 2020 and 2021.",
	"Dr. J. R. Smith, a U.N. envoy, said: \"We will not recognize them until 2030.\" He left.",
	"...!?\n\n \u00a0\u2028 A. B. C. e.g. i.e. U.S.A. \xff\xfe\n",
	"Qatar will not recognize Israel until a Palestinian state exists. In 2020, the UAE, Bahrain and Morocco agreed to normalize relations with Israel.",
}

// FuzzSegment checks that sentences are spans of the text, in order and
// apart: text[Start:End] == Text, Start <= End, and each one starts where
// or after the previous one ended.
func FuzzSegment(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		defer watchdog(text, "")()
		checkSentences(t, text, rules.Segment(text))
		// What the extractor segments is cleaned text.
		clean := ingest.Clean(text)
		checkSentences(t, clean, rules.Segment(clean))
	})
}

func checkSentences(t *testing.T, text string, sents []rules.Sentence) {
	t.Helper()
	prev := 0
	for i, s := range sents {
		if s.Start < prev || s.End < s.Start || s.End > len(text) {
			t.Fatalf("sentence %d spans %d-%d after %d in %d bytes: %q", i, s.Start, s.End, prev, len(text), text)
		}
		if text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d: text[%d:%d] = %q, Text = %q", i, s.Start, s.End, text[s.Start:s.End], s.Text)
		}
		prev = s.End
	}
}

// timeRE matches what Statement.Time holds: an ISO 8601 prefix, or three
// digits for a decade.
var timeRE = regexp.MustCompile(`^\d{3,4}(-\d{2}(-\d{2})?)?$`)

// FuzzExtract runs the extractor on cleaned arbitrary text with an
// arbitrary publication date. It must not panic, and every statement must
// be one the graph stores: a known predicate accepting its entity types,
// a known modality, named entities of known types, a confidence in [0, 1],
// and offsets of a span of the text that is its Sentence.
func FuzzExtract(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, []string{"", "2024-03-03", "1987-02-26", "2025", "0000-13-45"}[i%5])
	}
	x := rules.New(nil)
	x.Now = time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)
	// the same with the learned pair classifier (kg ingest --learned)
	xl := rules.New(nil)
	xl.Now = x.Now
	pairs, err := rules.DefaultPairModel()
	if err != nil {
		f.Fatal(err)
	}
	xl.Pairs = pairs
	f.Fuzz(func(t *testing.T, text, published string) {
		defer watchdog(text, published)()
		doc := ingest.Prepare(ingest.Raw{Source: "fuzz", Text: text, Published: published})
		ex := x
		if len(text)%2 == 1 {
			ex = xl
		}
		stmts, err := ex.Extract(doc)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		for i, st := range stmts {
			where := func() string { return st.Subject.Name + " " + string(st.Predicate) + " " + st.Object.Name }
			if !st.Predicate.Valid() {
				t.Errorf("statement %d (%s): unknown predicate", i, where())
			} else if !st.Predicate.Accepts(st.Subject.Type, st.Object.Type) {
				t.Errorf("statement %d (%s): %s does not accept %s -> %s", i, where(), st.Predicate, st.Subject.Type, st.Object.Type)
			}
			if m, err := schema.ParseModality(string(st.Modality)); err != nil || m != st.Modality {
				t.Errorf("statement %d (%s): modality %q", i, where(), st.Modality)
			}
			for _, e := range []schema.Entity{st.Subject, st.Object} {
				if ty, err := schema.ParseType(string(e.Type)); e.Name == "" || err != nil || ty != e.Type || !utf8.ValidString(e.Name) {
					t.Errorf("statement %d (%s): entity %q of type %q", i, where(), e.Name, e.Type)
				}
			}
			if math.IsNaN(st.Confidence) || st.Confidence < 0 || st.Confidence > 1 {
				t.Errorf("statement %d (%s): confidence %v", i, where(), st.Confidence)
			}
			if st.Start < 0 || st.End < st.Start || st.End > len(doc.Text) {
				t.Fatalf("statement %d (%s): offsets %d-%d in %d bytes", i, where(), st.Start, st.End, len(doc.Text))
			}
			if doc.Text[st.Start:st.End] != st.Sentence {
				t.Errorf("statement %d (%s): text[%d:%d] = %q, Sentence = %q", i, where(), st.Start, st.End, doc.Text[st.Start:st.End], st.Sentence)
			}
			// Publication dates before year 1000 are not dates (rules.ParseDate),
			// so no relative time comes out as a negative year (seeds year-zero,
			// year-one).
			if st.Time != "" && !timeRE.MatchString(st.Time) {
				t.Errorf("statement %d (%s): time %q (published %q)", i, where(), st.Time, published)
			}
		}
	})
}

// hangLimit is how long one fuzz input may take. Inputs are small: a
// normal run takes microseconds.
const hangLimit = 20 * time.Second

// watchdog crashes the fuzzing process when the input takes longer than
// hangLimit (Go's fuzzer has no time limit per input, and a crash makes it
// save the input); the caller stops it when done.
func watchdog(text, published string) (stop func()) {
	start := time.Now()
	t := time.AfterFunc(hangLimit, func() {
		panic(fmt.Sprintf("still running after %s on text %q, published %q", time.Since(start).Round(time.Second), text, published))
	})
	return func() { t.Stop() }
}
