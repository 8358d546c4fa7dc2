package ingest_test

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/schema"
)

func TestCredits(t *testing.T) {
	tests := []struct {
		text, publisher string
		want            []string
	}{
		{"The ministry is in talks, Reuters reported on Friday, citing five sources.", "", []string{"Reuters"}},
		{"Talks went on late into the night.\n\n(source: Reuters)", "", []string{"Reuters"}},
		{"Source: AFP", "", []string{"AFP"}},
		{"WASHINGTON (AP) — The president said on Monday that talks would go on.", "", []string{"AP"}},
		{"BAKU (Reuters) - Talks resumed.", "", []string{"Reuters"}},
		{"\"We are working on it,\" an official told Reuters.", "", []string{"Reuters"}},
		{"According to the Associated Press, the talks stalled.", "", []string{"AP"}},
		{"according to Xinhua news agency, the plant closed.", "", []string{"Xinhua"}},
		{"Bloomberg News reported that the deal was near, and Reuters contributed to this report.", "", []string{"Reuters", "Bloomberg"}},
		{"The figures were in a Reuters report last week.", "", []string{"Reuters"}},
		// Not credits: photo credits, a name in passing, other words.
		{"U.S. President Donald Trump. (AFP)\nFile image/ Reuters", "", nil},
		{"Reuters Holdings said its profit rose.", "", nil},
		{"The APEC summit and the CAP reform were discussed. AP", "", nil},
		{"According to sources cited by a foreign news agency, talks went on.", "", nil},
		{"The senators reported on Friday.", "", nil},
		// A publisher does not credit itself.
		{"Iraq said its forces attacked, a spokesman told Reuters.", "Reuters", nil},
		{"An official told Reuters and the AP said so too.", "Thomson Reuters", []string{"AP"}},
	}
	for _, tc := range tests {
		t.Run(tc.text[:min(len(tc.text), 30)], func(t *testing.T) {
			if got := ingest.Credits(tc.text, tc.publisher); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Credits = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAgency(t *testing.T) {
	for pub, want := range map[string]string{
		"Reuters": "Reuters", "Thomson Reuters": "Reuters", "REUTERS": "Reuters", "The Associated Press": "AP",
		"AFP": "AFP", "Japan Times": "", "": "", "Kurdistan24": "",
	} {
		if got := ingest.Agency(pub); got != want {
			t.Errorf("Agency(%q) = %q, want %q", pub, got, want)
		}
	}
}

// A story and what becomes of it. All text here is made up for the test.
const (
	wire = `The government of Freedonia is in advanced talks to join the Northern Trade Compact, officials said on Tuesday.
The talks are among the most structured and serious of the negotiations the compact has held with candidate members this year.
Freedonia's foreign minister travelled to the compact's headquarters in March to meet the secretary-general and his deputies.
A senior aide to the minister met compact officials again later in the spring to discuss tariffs on grain and steel.
Officials said a deal could be reached within months or even weeks, though a border dispute with Sylvania remains unresolved.
The compact has twelve members, most of them small economies that depend on trade across the northern sea routes.
Sylvania has said it will not accept any agreement that leaves the question of the disputed river islands open.`

	// A copy with an advertisement and one sentence rewritten.
	copied = `The government of Freedonia is in advanced talks to join the Northern Trade Compact, officials said on Tuesday.
The talks are among the most structured and serious of the negotiations the compact has held with candidate members this year.
Freedonia's foreign minister went to the headquarters of the compact in March for a meeting with its secretary-general.
A senior aide to the minister met compact officials again later in the spring to discuss tariffs on grain and steel.
Subscribe now for unlimited access to all our stories.`

	// A rewrite in other words that credits the wire agency.
	credited = `Freedonia wants to join the Northern Trade Compact, Reuters reported on Tuesday, and the negotiations are said to be serious.
Its foreign minister visited compact headquarters in March, and an aide returned in spring to talk about grain and steel tariffs.
A deal may come within weeks, although Freedonia's border dispute with Sylvania over the river islands is unresolved.`

	// Another rewrite crediting the agency, in yet other words.
	credited2 = `Sources told Reuters that Freedonia is close to joining the Northern Trade Compact after serious negotiations.
The Freedonia foreign minister went to compact headquarters in March; grain and steel tariffs were discussed in the spring.
Sylvania, which disputes the river islands with Freedonia, rejects any deal that leaves them open.`

	// An independent piece on the same story, with no credit.
	blog = `Why would a small country like Freedonia want to join a trade bloc at all? The Northern Trade Compact offers cheaper shipping.
Critics in the capital argue that membership would hurt farmers, who fear competition from the bloc's grain exporters.
The unresolved quarrel with Sylvania over the river islands could still derail the whole project, our analyst believes.`

	// Another agency story, credited, on another subject.
	other = `Reuters reported on Wednesday that the central bank of Ruritania raised its main interest rate by half a point.
The bank said inflation had risen faster than expected because of higher import prices for fuel and food.
Economists had expected the increase, and the currency barely moved after the announcement in the capital.`
)

func doc(source, text, publisher, published string) schema.Document {
	return schema.Document{Source: source, Text: text, Hash: schema.ContentHash(text), Publisher: publisher, Published: published}
}

var storyDocs = []schema.Document{
	doc("wire", wire, "Reuters", "2025-08-01"),
	doc("copied", copied, "Daily Copy", "2025-08-02"),
	doc("credited", credited, "", ""),
	doc("credited2", credited2, "News Site", "2025-08-03"),
	doc("blog", blog, "", ""),
	doc("other", other, "", "2025-08-02"),
}

// groups is the partition of docs by their origins in o, as sorted lists of
// sources.
func groups(t *testing.T, o *ingest.Origins, docs []schema.Document) [][]string {
	t.Helper()
	by := map[string][]string{}
	for _, d := range docs {
		origin, ok := o.Origin(d.Hash)
		if !ok {
			t.Fatalf("%s has no origin", d.Source)
		}
		by[origin] = append(by[origin], d.Source)
	}
	var out [][]string
	for _, g := range by {
		sort.Strings(g)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func TestOrigins(t *testing.T) {
	want := [][]string{{"blog"}, {"copied", "credited", "credited2", "wire"}, {"other"}}
	// Every order of arrival gives the same groups.
	perms := permutations(len(storyDocs))
	for _, p := range perms {
		docs := make([]schema.Document, len(p))
		for i, j := range p {
			docs[i] = storyDocs[j]
		}
		o := ingest.NewOrigins()
		given := map[string]string{}
		for _, d := range docs {
			origin, sketch := o.Add(d)
			if origin == "" || sketch == "" {
				t.Fatalf("Add(%s) = %q, %q", d.Source, origin, sketch)
			}
			given[d.Hash] = origin
		}
		got := groups(t, o, docs)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("order %v: groups %q, want %q", p, got, want)
		}
		// Changes renames exactly the documents whose origin moved, to
		// the name of their group's first document.
		changes := o.Changes()
		for _, d := range docs {
			now, _ := o.Origin(d.Hash)
			if moved := given[d.Hash] != now; moved != (changes[d.Hash] != "") || moved && changes[d.Hash] != now {
				t.Errorf("order %v: %s given %s, now %s, change %q", p, d.Source, given[d.Hash], now, changes[d.Hash])
			}
		}
		first, _ := o.Origin(docs[0].Hash)
		if first != docs[0].Hash[:16] {
			t.Errorf("order %v: the first document's origin is %s, want its hash prefix", p, first)
		}
	}
}

func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := append(append(append([]int{}, p[:i]...), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}

// TestOriginsAcrossRuns stores what one run made and groups the next run's
// documents with it.
func TestOriginsAcrossRuns(t *testing.T) {
	type stored struct{ hash, origin, sketch string }
	var db []stored
	first := ingest.NewOrigins()
	for _, d := range []schema.Document{storyDocs[4], storyDocs[3], storyDocs[5]} { // blog, credited2, other
		origin, sketch := first.Add(d)
		db = append(db, stored{d.Hash, origin, sketch})
	}
	if len(first.Changes()) != 0 {
		t.Errorf("changes in a run of unrelated documents: %v", first.Changes())
	}
	// Add with a document known already gives its origin and no sketch.
	if origin, sketch := first.Add(storyDocs[4]); origin != db[0].origin || sketch != "" {
		t.Errorf("Add again = %q, %q", origin, sketch)
	}

	next := ingest.NewOrigins()
	for _, s := range db {
		if err := next.Known(s.hash, s.origin, s.sketch); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []schema.Document{storyDocs[1], storyDocs[0], storyDocs[2]} { // copied, wire, credited
		next.Add(d)
	}
	want := [][]string{{"blog"}, {"copied", "credited", "credited2", "wire"}, {"other"}}
	if got := groups(t, next, storyDocs); !reflect.DeepEqual(got, want) {
		t.Errorf("groups %q, want %q", got, want)
	}
	// The stored document keeps its name and the new ones join it: copied
	// came first with a name of its own, and takes credited2's once wire
	// links them.
	if changes := next.Changes(); len(changes) != 1 || changes[storyDocs[1].Hash] != db[1].origin {
		t.Errorf("changes %v, want copied renamed to credited2's %s", changes, db[1].origin)
	}
	// Stored documents with one origin stay together even without sketches.
	o := ingest.NewOrigins()
	o.Known("aaaaaaaaaaaaaaaaaaaa", "x", "")
	o.Known("bbbbbbbbbbbbbbbbbbbb", "x", "")
	o.Known("cccccccccccccccccccc", "", "")
	if a, _ := o.Origin("bbbbbbbbbbbbbbbbbbbb"); a != "x" {
		t.Errorf("origin of a stored document: %q", a)
	}
	if c, _ := o.Origin("cccccccccccccccccccc"); c != "cccccccccccccccc" {
		t.Errorf("a stored document without an origin is its own: %q", c)
	}
	for _, bad := range []string{"s0;;;;0;0;", "s1;x;;;0;0;", "s1;;;;1;0;AAAA", "s1;;Reuters;;0;0;", "garbage"} {
		if err := o.Known(schema.ContentHash(bad), "y", bad); err == nil {
			t.Errorf("Known accepted the sketch %q", bad)
		}
	}
}

// TestOriginsTemplates keeps apart notices that share only a template.
func TestOriginsTemplates(t *testing.T) {
	notices := []string{
		"Qtly div 10 cts vs 10 cts prior\nPay April 13\nRecord March 13",
		"Qtly div 10 cts vs 10 cts prior\nPay April Six\nRecord March 16",
		"Acme Corp said its board declared a quarterly dividend of ten cents a share, payable in April.\nThe company also said it named a new chief financial officer to succeed the retiring one.",
		"Zenith Corp said its board declared a quarterly dividend of ten cents a share, payable in April.\nThe company said first quarter sales rose sharply on strong demand for its new engines.",
	}
	o := ingest.NewOrigins()
	var docs []schema.Document
	for i, n := range notices {
		d := doc(string(rune('a'+i)), n, "Reuters", "2025-01-01")
		docs = append(docs, d)
		o.Add(d)
	}
	if got := groups(t, o, docs); len(got) != len(notices) {
		t.Errorf("template notices grouped: %q", got)
	}
	// A copy of a short notice is the same notice.
	for i, n := range notices {
		d := doc(string(rune('a'+i))+"-copy", n+"\n\nRepublished by a second site.", "", "")
		o.Add(d)
		want, _ := o.Origin(docs[i].Hash)
		if got, _ := o.Origin(d.Hash); got != want {
			t.Errorf("copy of %q: origin %s, want the original's %s", n, got, want)
		}
	}
}

// TestOriginsSeeds groups the five seed articles: 000-003 reproduce or
// credit one Reuters report, 004 is a blog post of its own, in any order.
func TestOriginsSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/seeds/0*.txt")
	if len(files) != 5 {
		t.Skip("../shared/corpus/seeds is absent: skipping")
	}
	var docs []schema.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := ingest.Clean(string(b))
		docs = append(docs, doc(filepath.Base(f)[:3], text, "", ""))
	}
	want := [][]string{{"000", "001", "002", "003"}, {"004"}}
	for _, p := range permutations(len(docs)) {
		o := ingest.NewOrigins()
		for _, i := range p {
			o.Add(docs[i])
		}
		if got := groups(t, o, docs); !reflect.DeepEqual(got, want) {
			t.Errorf("order %v: %q, want %q", p, got, want)
		}
	}
	for _, d := range docs {
		c := ingest.Credits(d.Text, "")
		if want := map[string]string{"000": "Reuters", "001": "Reuters", "003": "Reuters"}[d.Source]; strings.Join(c, ",") != want {
			t.Errorf("credits of %s: %q, want %q", d.Source, c, want)
		}
	}
}

func BenchmarkOriginsAdd(b *testing.B) {
	o := ingest.NewOrigins()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d := storyDocs[i%len(storyDocs)]
		d.Text += " " + strconv.Itoa(i)
		d.Hash = schema.ContentHash(d.Text)
		o.Add(d)
	}
}
