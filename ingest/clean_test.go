package ingest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// shared is where the project's shared corpus lives, seen from this
// package's directory.
const shared = "../../shared"

func TestClean(t *testing.T) {
	const body1 = "The foreign ministers of Arland and Beltra met in Velmore on Monday to discuss the harbour dispute, officials said."
	const body2 = "Both sides agreed to meet again in May, according to a joint statement released after the talks."
	tests := []struct {
		name string
		in   string
		want string
	}{
		{
			name: "empty",
			in:   " \n\t\n",
			want: "",
		},
		{
			name: "whitespace normalised, paragraphs kept",
			in:   "  Harbour talks resume  \r\n\r\n\r\n" + body1 + "  \n\n\n\n" + strings.ReplaceAll(body2, " ", " \u00a0"),
			want: "Harbour talks resume\n\n" + body1 + "\n\n" + body2,
		},
		{
			name: "lines of a paragraph kept on their own lines",
			in:   "What it changes\n" + body1 + "\n" + body2,
			want: "What it changes\n" + body1 + "\n" + body2,
		},
		{
			name: "invisible characters dropped",
			in:   "Vel\u200bmore\u00ad is a port.\n",
			want: "Velmore is a port.",
		},
		{
			name: "bullet menu and labels",
			in: "Daily Meridian\n  • Home\n  • World\n    US News\n  • Business\n  • Asia Cup 2025\n\nSections\n\n  • Live TV\n  • Opinion\n\n" +
				"Harbour talks resume\n\n" + body1,
			want: "Harbour talks resume\n\n" + body1,
		},
		{
			name: "run of short title-case lines",
			in:   body1 + "\n\nPrefer\nMeridian\nOn\nGoogle\n\n" + body2,
			want: body1 + "\n\n" + body2,
		},
		{
			name: "footer navigation words",
			in:   body1 + "\n\nAbout Us Contact Us Privacy Policy Cookie Policy Terms Of Use\nHome Video Shorts Live TV",
			want: body1,
		},
		{
			name: "share buttons",
			in:   "Whatsapp Facebook Twitter\n" + body1 + "\nShare this article\n\nShare on X | Email | Print\n\n" + body2,
			want: body1 + "\n\n" + body2,
		},
		{
			name: "advertisement markers",
			in: body1 + "\n\nAdvertisement\n\nADVERTISEMENT\n\n- Advertisement -\n\nSTORY CONTINUES BELOW THIS AD\n\n" +
				"Story continues below advertisement\n\n" + body2 + "\n\n\u00a0\n\u00a0\nFly Erbil Advertisment",
			want: body1 + "\n\n" + body2,
		},
		{
			name: "calls to subscribe and follow",
			in:   body1 + "\n\nSubscribe\nSubscribe Join Us\nSign up for our newsletter\nFind us on YouTube\nFollow us on Instagram\n\n" + body2,
			want: body1 + "\n\n" + body2,
		},
		{
			name: "read more teasers",
			in:   body1 + "\n\nALSO READ: Beltra names new envoy to Arland\n\nRead more\n\n" + body2,
			want: body1 + "\n\n" + body2,
		},
		{
			name: "label over links to other stories",
			in: body1 + "\n\nMore from World\nFloods close the Velmore bridge for a week\n\nBeltra opens new rail link to the coast\n\n" + body2 +
				"\n\nLatest News\n\nTop Stories\n\nWhy the harbour deal matters to Arland\n\nCouncil backs the budget after a long night",
			want: body1 + "\n\n" + body2,
		},
		{
			name: "trending line",
			in:   "Trending: Harbour strike, Budget 2026, Cup final\nArland Cup Final Beltra Trending\n\n" + body1,
			want: body1,
		},
		{
			name: "headline written twice is a link",
			in: body1 + "\n\nFloods close the Velmore bridge for a week Floods close the Velmore bridge for a week\n\n" +
				"Rail link opens to the coast in Beltra Rail link opens to the coast in Beltra Council backs budget after long night Council backs budget after long night\n\n" + body2,
			want: body1 + "\n\n" + body2,
		},
		{
			name: "headline repeated on the next line is a link",
			in:   body1 + "\n\nFloods close the Velmore bridge for a week\n\nFloods close the Velmore bridge for a week\n\n" + body2,
			want: body1 + "\n\n" + body2,
		},
		{
			name: "long sentence-case headline between paragraphs is a link",
			in:   body1 + "\n\nWhy the harbour deal was not on the table in Velmore this week\n\n" + body2,
			want: body1 + "\n\n" + body2,
		},
		{
			name: "section headings between paragraphs are kept",
			in: body1 + "\n\nObstacles remain\n\n" + body2 + "\n\nArland's Strategic Position in the Harbour Talks\n\n" + body1[4:] +
				"\n\nWill the harbour talks between the two old rivals succeed this year?\n\n" + body2[5:],
			want: body1 + "\n\nObstacles remain\n\n" + body2 + "\n\nArland's Strategic Position in the Harbour Talks\n\n" + body1[4:] +
				"\n\nWill the harbour talks between the two old rivals succeed this year?\n\n" + body2[5:],
		},
		{
			name: "own headline repeated at the top is kept once",
			in:   "Harbour talks resume in Velmore\nHarbour talks resume in Velmore\n\n" + body1,
			want: "Harbour talks resume in Velmore\n\n" + body1,
		},
		{
			name: "photo captions with a credit",
			in: "Harbour talks resume\n\nArland's trade minister. (AFP)\nArland's trade minister. (AFP)\n\n" + body1 +
				"\n\nThe Velmore harbour at dawn. File image/ Reuters\n\nPhoto: Staff photographer\n\n" + body2,
			want: "Harbour talks resume\n\n" + body1 + "\n\n" + body2,
		},
		{
			name: "repeated caption without a credit is kept once",
			in:   body1 + "\n\nThe harbour of Velmore seen from the north.\nThe harbour of Velmore seen from the north.\n\n" + body2,
			want: body1 + "\n\nThe harbour of Velmore seen from the north.\n\n" + body2,
		},
		{
			name: "date and byline lines above the text",
			in:   "Harbour talks resume\n\nStaff Reporter • March 3, 2024, 09:15:00 GMT\nPublished: 3 March 2024\nJan 5, 2025\n\n" + body1,
			want: "Harbour talks resume\n\n" + body1,
		},
		{
			name: "headline with a date is kept",
			in:   "Arland and Beltra to sign harbour pact on March 3, 2024\n\n" + body1,
			want: "Arland and Beltra to sign harbour pact on March 3, 2024\n\n" + body1,
		},
		{
			name: "copyright and cookie footers",
			in: body1 + "\n\nCopyright @ 2024. Daily Meridian - All Rights Reserved\n\n© 2024 Meridian Media\n\n" +
				"We use cookies to improve your experience. By using this site you accept our cookie policy.",
			want: body1,
		},
		{
			name: "everything after the end of the article",
			in:   body1 + "\n\nEnd of Article\n\nImpact Shorts\n\nThe mayor of Ostrava Minor opened a new school on Friday, the city said.\n\n" + body2,
			want: body1,
		},
		{
			name: "teaser between blocks of junk in the footer",
			in: body1 + "\n\nAdvertisement\nLatest News\nFind us on YouTube\nSubscribe\n\nImpact Shorts\n\n" +
				"The mayor of Ostrava Minor opened a new school on Friday, the city said in a statement.\n\n" +
				"More Impact Shorts\n\nTop Stories\n\nFloods close the Velmore bridge\n\nFloods close the Velmore bridge\n\n" +
				"Rail link opens to the coast\n\nRail link opens to the coast\n\n(source: Reuters)",
			want: body1 + "\n\n(source: Reuters)",
		},
		{
			name: "end marker before any text is only dropped",
			in:   "End of Article\n\n" + body1,
			want: body1,
		},
		{
			name: "exact repeats of a paragraph",
			in:   body1 + "\n\n" + body2 + "\n\n" + body1,
			want: body1 + "\n\n" + body2,
		},
		{
			name: "asset names",
			in:   "site-logo\n" + body1,
			want: body1,
		},
		{
			name: "quotes, headings, agency credits kept",
			in: "OBSTACLES REMAIN\n\n“We worked hard for this,” the minister said. “And it is close.”\n\nWhat comes next\n\n" + body1 +
				"\n\n(Reporting by Ana Pell; Editing by Tom Rusk)\n\n(source: Reuters)\n\nREUTER",
			want: "OBSTACLES REMAIN\n\n“We worked hard for this,” the minister said. “And it is close.”\n\nWhat comes next\n\n" + body1 +
				"\n\n(Reporting by Ana Pell; Editing by Tom Rusk)\n\n(source: Reuters)\n\nREUTER",
		},
		{
			name: "list introduced by a colon is kept",
			in:   "The envoy will visit five capitals, including:\n- Velmore\n- Ostrava Minor\n- Port Ell\n- Hallow\n" + body2,
			want: "The envoy will visit five capitals, including:\n- Velmore\n- Ostrava Minor\n- Port Ell\n- Hallow\n" + body2,
		},
		{
			name: "list of figures is kept",
			in: "Reserve holdings were as follows.\n\n- U.S. dlrs 5.98 billion vs 4.47 billion,\n    - gold 874.0 mln vs 864.1 mln\n" +
				"    - special drawing rights 191.8 mln vs 188.6 mln,\n",
			want: "Reserve holdings were as follows.\n\n- U.S. dlrs 5.98 billion vs 4.47 billion,\n- gold 874.0 mln vs 864.1 mln\n" +
				"- special drawing rights 191.8 mln vs 188.6 mln,",
		},
		{
			name: "hard-wrapped paragraphs are joined, short last lines kept",
			in: "Showers continued throughout the week in\nthe Hallow cocoa zone, alleviating the drought since early\n" +
				"January and improving prospects for the coming harvest,\nthe Hallow growers association said in its review.\n\n" +
				"The dry period means the harvest will be late this year.\n\n" +
				"Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos, against 151,000 bags in the same week\n" +
				"last year.\n    Exporters said prices were steady and that buyers\nwere waiting for the new crop.\n REUTER",
			want: "Showers continued throughout the week in the Hallow cocoa zone, alleviating the drought since early " +
				"January and improving prospects for the coming harvest, the Hallow growers association said in its review.\n\n" +
				"The dry period means the harvest will be late this year.\n\n" +
				"Arrivals for the week ended February 22 were 155,221 bags of 60 kilos, against 151,000 bags in the same week last year.\n\n" +
				"Exporters said prices were steady and that buyers were waiting for the new crop.\n\nREUTER",
		},
		{
			name: "results table and figures kept",
			in: "Shr 52 cts vs 49 cts\n    Shr diluted 1.95 dlrs vs 1.99 dlrs\n    Net 1,751,609 vs 1,622,503\n    Year\n" +
				"    Shr 2.10 dlrs vs 1.99 dlrs\n    Shr diluted 1.95 dlrs vs 1.99 dlrs\n",
			want: "Shr 52 cts vs 49 cts\nShr diluted 1.95 dlrs vs 1.99 dlrs\nNet 1,751,609 vs 1,622,503\nYear\n" +
				"Shr 2.10 dlrs vs 1.99 dlrs\nShr diluted 1.95 dlrs vs 1.99 dlrs",
		},
		{
			name: "table columns keep their spacing",
			in:   "Prices were as follows\n  Wheat    73,684\n  Corn     17,979\n  Grain\n  Sorghum   4,391\n",
			want: "Prices were as follows\nWheat   73,684\nCorn   17,979\nGrain\nSorghum   4,391",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean:\n%s\nwant:\n%s\nwhy:\n%s", got, tt.want, explainText(tt.in))
			}
			if again := Clean(got); again != got {
				t.Errorf("Clean is not idempotent:\n%s\nthen:\n%s", got, again)
			}
		})
	}
}

// explainText lists the units of one cleaning pass with the reason each
// dropped one is dropped.
func explainText(text string) string {
	var b strings.Builder
	for _, u := range classifyText(text) {
		fmt.Fprintf(&b, "  %-24s| %s\n", u.junk, u.text)
	}
	return b.String()
}

func TestCleanPlainASCII(t *testing.T) {
	tests := map[string]bool{
		"":                             true,
		"short":                        true,
		"a line of plain ASCII text ~": true,
		"tab\tinside a long line":      false,
		"caf\u00e9 in a long line":     false,
		"del \x7f in a long line":      false,
		"a long line ending in \x01":   false,
		"\x1f":                         false,
	}
	for s, want := range tests {
		if got := plainASCII(s); got != want {
			t.Errorf("plainASCII(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCleanConcurrent runs Clean from several goroutines (its buffers are
// pooled); run it with -race.
func TestCleanConcurrent(t *testing.T) {
	texts := []string{
		"Harbour talks resume\n\nAdvertisement\n\nThe ministers met in Velmore on Monday, officials said.",
		"Showers continued throughout the week in\nthe Hallow cocoa zone, alleviating the drought since early\nJanuary, the growers said.",
	}
	want := []string{Clean(texts[0]), Clean(texts[1])}
	done := make(chan bool)
	for g := range 4 {
		go func() {
			defer func() { done <- true }()
			for i := range 200 {
				k := (g + i) % 2
				if got := Clean(texts[k]); got != want[k] {
					t.Errorf("Clean = %q, want %q", got, want[k])
					return
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}

func TestCleanInvalidUTF8(t *testing.T) {
	got := Clean("Velmore\xff harbour\xc3 talks resumed on Monday.\n")
	if !utf8.ValidString(got) {
		t.Fatalf("Clean returned invalid UTF-8: %q", got)
	}
	if want := "Velmore\uFFFD harbour\uFFFD talks resumed on Monday."; got != want {
		t.Errorf("Clean = %q, want %q", got, want)
	}
}

// readSeeds returns the seed articles of the shared corpus, skipping the
// test when they are absent.
func readSeeds(t *testing.T) map[string]string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(shared, "corpus/seeds/*.txt"))
	if len(files) == 0 {
		t.Skipf("seed articles not found in %s/corpus/seeds; they live in the shared corpus beside the repository", shared)
	}
	seeds := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seeds[filepath.Base(f)[:3]] = string(b)
	}
	return seeds
}

// sentences splits the long lines of text into rough sentences, for
// measuring how much of an article survives cleaning.
func sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if strings.Count(line, " ") < 15 {
			continue // headlines, menus, captions
		}
		for _, s := range strings.SplitAfter(line, ". ") {
			if s = strings.TrimSpace(s); len(s) > 30 {
				out = append(out, s)
			}
		}
	}
	return out
}

func TestCleanSeeds(t *testing.T) {
	seeds := readSeeds(t)
	junk := []string{"Advertisement", "Advertisment", "ADVERTISEMENT", "STORY CONTINUES", "Whatsapp Facebook Twitter",
		"Subscribe", "End of Article", "Latest News", "Trending", "Impact Shorts", "Top Stories", "More from World",
		"Copyright", "Cookie Policy", "(AFP)", "File image", "• ", "fp-logo", "Fly Erbil",
		// Headlines of other stories dropped into the body of 002.
		"Trump urges Nato", "With eyes on Nobel", "Why Mossad", "Russian drones over Poland", "Erika Kirk"}
	for id, text := range seeds {
		t.Run(id, func(t *testing.T) {
			got := Clean(text)
			for _, line := range strings.Split(got, "\n") {
				for _, j := range junk {
					if strings.Contains(line, j) {
						t.Errorf("junk %q left in line %q", j, line)
					}
				}
			}
			// Body sentences survive.
			body := text
			if i := strings.Index(body, "End of Article"); i >= 0 {
				body = body[:i]
			}
			var in []string
			for _, s := range sentences(body) {
				if !containsAny(s, junk) {
					in = append(in, s)
				}
			}
			kept := 0
			for _, s := range in {
				if strings.Contains(got, s) {
					kept++
				} else {
					t.Logf("lost: %q", s)
				}
			}
			if len(in) == 0 || kept*100 < len(in)*98 {
				t.Errorf("kept %d of %d body sentences, want at least 98%%", kept, len(in))
			}
			// Every line but the headline is unique.
			seen := map[string]bool{}
			for _, line := range strings.Split(got, "\n") {
				if line != "" && seen[line] {
					t.Errorf("line repeated: %q", line)
				}
				seen[line] = true
			}
			if Clean(got) != got {
				t.Errorf("Clean is not idempotent on seed %s", id)
			}
		})
	}

	// 002 starts with its headline and standfirst.
	got := Clean(seeds["002"])
	lines := strings.Split(got, "\n")
	if want := "Trump pushes to expand Abraham Accords with Azerbaijan, Central Asian nations, say sources"; lines[0] != want {
		t.Errorf("002 starts with %q, want the headline %q", lines[0], want)
	}
	if len(lines) < 3 || !strings.HasPrefix(lines[2], "The Trump administration is in advanced talks") {
		t.Errorf("002: standfirst not after the headline:\n%s", strings.Join(lines[:min(5, len(lines))], "\n"))
	}
	if !strings.HasSuffix(got, "“And it’s pretty close.”") {
		t.Errorf("002 does not end with the last paragraph of the article:\n…%s", got[max(0, len(got)-300):])
	}
	// 000, 001, 003 and 004 lose nothing but their junk lines.
	dropped := map[string]bool{
		"U.S. President Donald Trump. (AFP)": true, // a caption, twice
		"Fly Erbil Advertisment":             true,
		"Latest News":                        true,
	}
	for _, id := range []string{"000", "001", "003", "004"} {
		got := Clean(seeds[id])
		for _, line := range strings.Split(seeds[id], "\n") {
			line = strings.Join(strings.Fields(line), " ")
			if line != "" && !dropped[line] && !strings.Contains(got, line) {
				t.Errorf("%s lost line %q", id, line)
			}
		}
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// reuters returns up to n texts of the shared Reuters-21578 corpus,
// skipping when it is absent.
func reuters(tb testing.TB, n int) []string {
	tb.Helper()
	f, err := os.Open(filepath.Join(shared, "corpus/reuters21578/reuters21578.jsonl"))
	if err != nil {
		tb.Skipf("Reuters-21578 not found in %s/corpus/reuters21578: %v", shared, err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() && len(texts) < n {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, rec.Text)
	}
	return texts
}

// TestCleanReuters checks that newswire text, which has no boilerplate,
// keeps nearly all its words, and that cleaning is idempotent on it.
func TestCleanReuters(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	texts := reuters(t, 1<<30)
	var words, lost int
	for _, text := range texts {
		got := Clean(text)
		in, out := len(strings.Fields(text)), len(strings.Fields(got))
		words += in
		lost += in - out
		if Clean(got) != got {
			t.Errorf("not idempotent on:\n%s", text)
		}
	}
	// What goes is repeated paragraphs and separator lines ("- - -").
	if lost*1000 > words {
		t.Errorf("lost %d of %d words, want at most 0.1%%", lost, words)
	}
	t.Logf("%d stories, lost %d of %d words", len(texts), lost, words)
}

// BenchmarkClean measures Clean on newswire text (Reuters-21578 when
// present, else the testdata texts repeated).
func BenchmarkClean(b *testing.B) {
	var texts []string
	if _, err := os.Stat(filepath.Join(shared, "corpus/reuters21578/reuters21578.jsonl")); err == nil {
		texts = reuters(b, 4000)
	} else {
		files, _ := filepath.Glob("testdata/load/*.*")
		for range 200 {
			for _, f := range files {
				data, _ := os.ReadFile(f)
				texts = append(texts, string(data))
			}
		}
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Clean(t)
		}
	}
}

// BenchmarkCleanSeeds measures Clean on the seed web pages.
func BenchmarkCleanSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(shared, "corpus/seeds/*.txt"))
	if len(files) == 0 {
		b.Skip("seed articles not found")
	}
	var texts []string
	size := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			Clean(t)
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add("Harbour talks resume\n\nAdvertisement\n\nThe ministers met on Monday.\n")
	f.Add("  • Home\n  • World\nTrending:\n\nA B C A B C\n\n\u00a0\r\n")
	f.Add("Short line\nwrapped text that goes on for a while and\nends here.\n")
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out of %q: %q", s, got)
		}
		if again := Clean(got); again != got {
			t.Fatalf("not idempotent on %q:\n%q\nthen\n%q", s, got, again)
		}
	})
}

func ExampleClean() {
	page := `Daily Meridian
  • Home
  • World
Harbour talks resume in Velmore
Whatsapp Facebook Twitter

VELMORE (Meridian) – Negotiators from Arland and Beltra met on Monday
to resume talks on a shared port, officials said.

Advertisement

"We are closer than ever," the Arland trade minister said.

Copyright © 2024 Daily Meridian. All rights reserved.`
	fmt.Println(Clean(page))
	// Output:
	// Harbour talks resume in Velmore
	//
	// VELMORE (Meridian) – Negotiators from Arland and Beltra met on Monday to resume talks on a shared port, officials said.
	//
	// "We are closer than ever," the Arland trade minister said.
}
