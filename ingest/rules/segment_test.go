package rules

import (
	"reflect"
	"testing"
	"time"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "Ann met Bob. Bob left.", []string{"Ann met Bob.", "Bob left."}},
		{"newline ends a sentence", "Headline without period\nBody starts here.", []string{"Headline without period", "Body starts here."}},
		{"abbreviated title", "Sen. Smith met Gen. Jones on Jan. 5 in Paris.", []string{"Sen. Smith met Gen. Jones on Jan. 5 in Paris."}},
		{"initial", "John F. Kennedy spoke. Then he left.", []string{"John F. Kennedy spoke.", "Then he left."}},
		{"U.S. mid-sentence", "The U.S. envoy met him. He agreed.", []string{"The U.S. envoy met him.", "He agreed."}},
		{"U.S. at end", "Talks were held in the U.S. The deal followed.", []string{"Talks were held in the U.S.", "The deal followed."}},
		{"quote closes", "\"We agree.\" The minister left.", []string{"\"We agree.\"", "The minister left."}},
		{"question", "Will they sign? Nobody knows.", []string{"Will they sign?", "Nobody knows."}},
		{"decimal", "Growth was 2.5 percent. Prices rose.", []string{"Growth was 2.5 percent.", "Prices rose."}},
		{"lowercase continues", "He said no. and left.", []string{"He said no. and left."}},
		{"blank lines", "One.\n\n\nTwo.", []string{"One.", "Two."}},
		{"bulleted list continues its sentence", "They include:\n- Chad\n- Niger\nNext line.", []string{"They include:\n- Chad\n- Niger", "Next line."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Segment(tc.in) {
				if tc.in[s.Start:s.End] != s.Text {
					t.Errorf("offsets %d-%d give %q, text is %q", s.Start, s.End, tc.in[s.Start:s.End], s.Text)
				}
				got = append(got, s.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Segment(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S. President Trump's envoy", []string{"U.S.", "President", "Trump", "'s", "envoy"}},
		{"Azerbaijan’s capital, Baku.", []string{"Azerbaijan", "’s", "capital", ",", "Baku", "."}},
		{"al-Sharaa and O'Brien met", []string{"al-Sharaa", "and", "O'Brien", "met"}},
		{"Muslim-majority countries—the UAE", []string{"Muslim-majority", "countries", "—", "the", "UAE"}},
		{"in the 1980s, 2.5%", []string{"in", "the", "1980s", ",", "2.5", "%"}},
		{"Nagorno-Karabakh.", []string{"Nagorno-Karabakh", "."}},
	}
	for _, tc := range tests {
		var got []string
		for _, tok := range Tokenize(tc.in, 100) {
			if tc.in[tok.Start-100:tok.End-100] != tok.Text {
				t.Errorf("%q: token offsets wrong for %q", tc.in, tok.Text)
			}
			got = append(got, tok.Text)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestFindTimes(t *testing.T) {
	pub := time.Date(2025, 8, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		pub  time.Time
		want []string
	}{
		{"He flew to Baku in March to meet the president.", pub, []string{"2025-03"}},
		{"The talks began in November.", pub, []string{"2024-11"}},
		{"They met on March 14, 2023 and again on 2 May 2024.", pub, []string{"2023-03-14", "2024-05-02"}},
		{"The deal was signed in 2020 and 2021.", pub, []string{"2020"}},
		{"They fought from 2014 to 2016, and again in 2022.", pub, []string{"2014", "2022"}},
		{"at odds since the late 1980s", pub, []string{"198"}},
		{"Reuters reported on Friday.", pub, []string{"2025-08-01"}},
		{"He met him later in the spring.", pub, []string{"2025"}},
		{"It may happen soon.", pub, nil},
		{"Prices rose last year.", pub, []string{"2024"}},
		{"Iran struck in June last year and will talk in March next year.", pub, []string{"2024-06", "2026-03"}},
		{"They met in March.", time.Time{}, nil},
		{"On 2025-03-14 they met.", pub, []string{"2025-03-14"}},
		{"Kiev radio at 1130 GMT, and in 1994 at 0400 local time.", pub, []string{"1994"}},
		{"On Feb. 12, 1809, he was born.", pub, []string{"1809-02-12"}},
	}
	for _, tc := range tests {
		var got []string
		for _, x := range FindTimes(Tokenize(tc.in, 0), tc.pub) {
			got = append(got, x.Value)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("FindTimes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestModalityCues(t *testing.T) {
	tests := []struct {
		in      string
		trigger string
		want    string
	}{
		{"Ann met Bob.", "met", "asserted"},
		{"Ann met Bob, sources said.", "met", "reported"},
		{"Ann did not meet Bob.", "meet", "negated"},
		{"Ann will meet Bob.", "meet", "planned"},
		{"Ann could meet Bob.", "meet", "hedged"},
		{"Ann plans to meet Bob.", "meet", "planned"},
		{"It was not clear whether Ann met Bob.", "met", "hedged"},
		{"The kingdom will not recognize Israel until Israel recognizes Palestine.", "recognize", "negated"},
		{"According to officials, Ann met Bob.", "met", "reported"},
	}
	for _, tc := range tests {
		toks := Tokenize(tc.in, 0)
		at := -1
		for i, tok := range toks {
			if tok.Lower == tc.trigger {
				at = i
				break
			}
		}
		if at < 0 {
			t.Fatalf("%q: no trigger %q", tc.in, tc.trigger)
		}
		got, _ := modalityOf(toks, 0, at, at+1, false)
		if string(got) != tc.want {
			t.Errorf("%q: modality %s, want %s", tc.in, got, tc.want)
		}
	}
}
