package pos_test

import (
	"bufio"
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	prose "github.com/jdkato/prose/v2"

	"github.com/kg-project/kg/ingest/pos"
)

// sentences reads testdata/news.txt: news-like sentences written for these
// tests, one a line.
func sentences(t testing.TB) []string {
	t.Helper()
	f, err := os.Open("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			out = append(out, s)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// proseTag runs prose's own pipeline (its tokenizer and tagger, no
// segmentation or entities) on one sentence, with one model loaded once.
func proseTag(t testing.TB, text string) (tokens, tags []string) {
	t.Helper()
	proseOnce.Do(func() { proseModel = prose.ModelFromData("pos-test") })
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false),
		prose.WithExtraction(false), prose.UsingModel(proseModel))
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range doc.Tokens() {
		tokens = append(tokens, tok.Text)
		tags = append(tags, tok.Tag)
	}
	return tokens, tags
}

// proseTokens is prose's tokenizer alone.
func proseTokens(t testing.TB, text string) []string {
	t.Helper()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false),
		prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tok := range doc.Tokens() {
		out = append(out, tok.Text)
	}
	return out
}

// trusted says which of prose's reported tags are its real predictions.
// prose's tokenizer caches the *Token values of each whitespace-separated
// span, so every occurrence of a repeated span shares tokens and reports
// the tag predicted for its last occurrence (the predictions themselves
// are unaffected: the tagger carries its previous tags in locals). A
// token whose text is unique in the sentence, or the last occurrence of a
// repeated text, carries its own prediction.
func trusted(tokens []string) []bool {
	last := map[string]int{}
	for i, tok := range tokens {
		last[tok] = i
	}
	ok := make([]bool, len(tokens))
	for i, tok := range tokens {
		ok[i] = last[tok] == i
	}
	return ok
}

func TestAgreementWithProse(t *testing.T) {
	tg := pos.Default()
	var compared, agreed, skipped, total int
	for _, s := range sentences(t) {
		tokens, want := proseTag(t, s)
		got := tg.Tag(tokens)
		total += len(tokens)
		for i, ok := range trusted(tokens) {
			if !ok {
				skipped++
				continue
			}
			compared++
			if got[i] == want[i] {
				agreed++
			} else {
				t.Logf("disagree: %q: pos %s, prose %s in %q", tokens[i], got[i], want[i], s)
			}
		}
	}
	rate := float64(agreed) / float64(compared)
	t.Logf("agreement with prose's tagger: %d/%d tokens = %.4f%% (%d tokens in all, %d earlier repeats skipped)",
		agreed, compared, 100*rate, total, skipped)
	if total < 2000 {
		t.Errorf("only %d tokens in testdata/news.txt, want about 2,000", total)
	}
	if rate < 0.995 {
		t.Errorf("agreement %.4f < 0.995", rate)
	}
}

// TestMatchesReference checks every token (repeats included) against a
// port of prose's tagger over prose's maps: on the news sentences, on
// tokens that exercise each rule and normalization, and on the Penn
// Treebank sample shipped in prose's module (100k tokens) if present.
func TestMatchesReference(t *testing.T) {
	r := reference(t)
	tg := pos.Default()
	check := func(name string, tokens []string) (diff int) {
		want := r.tag(tokens)
		got := tg.Tag(tokens)
		for i := range tokens {
			if got[i] != want[i] {
				diff++
				if diff <= 10 {
					t.Errorf("%s: token %d %q: pos %q, reference %q", name, i, tokens[i], got[i], want[i])
				}
			}
		}
		return diff
	}

	n := 0
	for _, s := range sentences(t) {
		toks := proseTokens(t, s)
		n += len(toks)
		check("news", toks)
	}

	odd := []string{
		"-", ":-)", "xD", "8D", "http://example.com/a?b=c", "www.gov.az", "3.55", "1,234.56",
		"3.5%", "a@b.com", "@user", "user@", "0", "00", "*", "*T*-1", "*-12", "*?*", "*EXP*-2",
		"-LRB-", "-XYZ-", "-xyz-", "well-known", "-123", "+123", "-12", "1990", "1990s", "42",
		"4.5", "Éric", "İstanbul", "ÀB", "\xff\xfe", "a\xffB", "naïve", "Straße", "ΣΑΣ", "NATO",
		"U.S.", "Jan.", "e.g.", "a.m.", "'s", "n't", "``", "''", "$", "%", "—", "–", "…",
		"a b", "New York", "", "X", "x", "the", "The", "THE", "Azerbaijan", "AZERBAIJAN",
		"-START-", "-END-", "!HYPHEN", "!YEAR", "12-", "-", "Kyiv's", "co-operation",
	}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 300; k++ {
		toks := make([]string, 1+rng.Intn(12))
		for i := range toks {
			if rng.Intn(3) == 0 {
				toks[i] = odd[rng.Intn(len(odd))]
			} else {
				toks[i] = randomWord(rng)
			}
		}
		// prose panics on an empty token (it reads w[0]); pos does not,
		// but there is nothing to compare.
		if toks[0] == "" {
			toks[0] = "x"
		}
		for i := range toks {
			if toks[i] == "" {
				toks[i] = "y"
			}
		}
		n += len(toks)
		check("odd", toks)
	}

	if tokens := treebankTokens(t); tokens != nil {
		n += len(tokens)
		if d := check("treebank", tokens); d > 0 {
			t.Errorf("treebank: %d of %d tokens differ", d, len(tokens))
		}
	}
	t.Logf("%d tokens checked against the reference port; %d exact ties in the reference", n, r.ties)
}

func randomWord(rng *rand.Rand) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.,'@*éİ"
	b := make([]rune, 1+rng.Intn(9))
	runes := []rune(alphabet)
	for i := range b {
		b[i] = runes[rng.Intn(len(runes))]
	}
	return string(b)
}

// proseDir is prose's module directory, or "" if the go command cannot
// say.
func proseDir() string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jdkato/prose/v2").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func treebankTokens(t testing.TB) []string {
	dir := proseDir()
	if dir == "" {
		t.Log("prose module directory not found; treebank check skipped")
		return nil
	}
	b, err := os.ReadFile(filepath.Join(dir, "testdata", "treebank_tokens.json"))
	if err != nil {
		t.Logf("treebank check skipped: %v", err)
		return nil
	}
	var toks []struct {
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &toks); err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(toks))
	for i, tok := range toks {
		out[i] = tok.Text
	}
	return out
}

// TestTreebankAccuracy measures accuracy on the Penn Treebank sample in
// prose's module, against prose's own baseline (0.957477).
func TestTreebankAccuracy(t *testing.T) {
	tokens := treebankTokens(t)
	if tokens == nil {
		t.Skip("no treebank sample")
	}
	b, err := os.ReadFile(filepath.Join(proseDir(), "testdata", "treebank_tags.json"))
	if err != nil {
		t.Skip(err)
	}
	var want []string
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	got := pos.Default().Tag(tokens)
	right := 0
	for i := range got {
		if got[i] == want[i] {
			right++
		}
	}
	acc := float64(right) / float64(len(want))
	t.Logf("treebank accuracy %.4f (%d tokens)", acc, len(want))
	if acc < 0.957477 {
		t.Errorf("accuracy %.4f below prose's baseline 0.957477", acc)
	}
}

func TestObviousTags(t *testing.T) {
	tokens := strings.Fields("The president of Azerbaijan met with the prime minister of Armenia in Brussels on Monday .")
	tags := pos.Default().Tag(tokens)
	for _, c := range []struct {
		i    int
		word string
		tag  string
	}{
		{0, "The", "DT"},
		{1, "president", "NN"},
		{2, "of", "IN"},
		{3, "Azerbaijan", "NNP"},
		{4, "met", "VBD"},
		{5, "with", "IN"},
		{6, "the", "DT"},
		{10, "Armenia", "NNP"},
		{14, "Monday", "NNP"},
		{15, ".", "."},
	} {
		if tokens[c.i] != c.word {
			t.Fatalf("token %d is %q, not %q", c.i, tokens[c.i], c.word)
		}
		if tags[c.i] != c.tag {
			t.Errorf("%q: got %s, want %s", c.word, tags[c.i], c.tag)
		}
	}
	// Repeated words are tagged in their own context (prose's tokenizer
	// would give both "Azerbaijan" and both "met" one tag).
	tokens = strings.Fields("Azerbaijan and Armenia met in Baku ; the ministers who met Azerbaijan 's envoy left .")
	tags = pos.Default().Tag(tokens)
	if tags[0] != "NNP" || tags[11] != "NNP" {
		t.Errorf("Azerbaijan: %s, %s; want NNP", tags[0], tags[11])
	}
	if tags[3] != "VBD" || tags[10] != "VBD" {
		t.Errorf("met: %s, %s; want VBD", tags[3], tags[10])
	}
	if got := pos.Default().Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
	// prose panics on an empty token; pos tags it like any unknown word.
	if got := pos.Default().Tag([]string{"", "Baku", ""}); len(got) != 3 || got[1] != "NNP" {
		t.Errorf("Tag with empty tokens = %q", got)
	}
}

func TestTagIntoNoAllocs(t *testing.T) {
	tg := pos.Default()
	tokens := strings.Fields("Prime Minister Nikol Pashinyan has accused Moscow of failing to protect Armenia during the 2023 offensive , officials in Yerevan said on Tuesday .")
	tags := make([]string, len(tokens))
	tg.TagInto(tokens, tags)
	if a := testing.AllocsPerRun(100, func() { tags = tg.TagInto(tokens, tags) }); a != 0 {
		t.Errorf("TagInto: %v allocations per call, want 0", a)
	}
	if got, want := strings.Join(tags, " "), strings.Join(tg.Tag(tokens), " "); got != want {
		t.Errorf("TagInto %s != Tag %s", got, want)
	}
}

func TestConcurrent(t *testing.T) {
	tg := pos.Default()
	var all [][]string
	for _, s := range sentences(t) {
		all = append(all, proseTokens(t, s))
	}
	want := make([][]string, len(all))
	for i, toks := range all {
		want[i] = tg.Tag(toks)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var tags []string
			for k := 0; k < 20; k++ {
				i := (g*7 + k*13) % len(all)
				tags = tg.TagInto(all[i], tags)
				if strings.Join(tags, " ") != strings.Join(want[i], " ") {
					select {
					case errs <- strings.Join(all[i], " "):
					default:
					}
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("concurrent tags differ for %q", s)
	}
}

// TestLoadCost reports what Default costs: a fresh load's time and the
// heap it keeps.
func TestLoadCost(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	tg, err := pos.LoadModel()
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("load %v, heap kept %.1f MB (allocated during load %.0f MB)", elapsed.Round(time.Millisecond),
		float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
	runtime.KeepAlive(tg)
}
