package gazetteer_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/gazetteer"
	"github.com/kg-project/kg/schema"
)

func TestDefaultCounts(t *testing.T) {
	g := gazetteer.Default()
	c := g.Count()
	min := map[schema.EntityType]int{
		schema.Country:      250,
		schema.City:         340,
		schema.Region:       150,
		schema.Organization: 180,
		schema.Agreement:    30,
		schema.Person:       200,
		schema.Facility:     30,
	}
	for typ, n := range min {
		if c[typ] < n {
			t.Errorf("%d entries of type %s, want at least %d", c[typ], typ, n)
		}
	}
	sovereign := 0
	for _, e := range g.Entries() {
		if e.Sovereign {
			sovereign++
			if _, ok := g.Capital(e.ID); !ok {
				t.Errorf("%s (%s) has no capital", e.ID, e.Name)
			}
		}
	}
	if sovereign != 197 {
		t.Errorf("%d sovereign states, want 197 (193 UN members, Palestine, Vatican, Kosovo, Taiwan)", sovereign)
	}
	if un := len(g.Members("un")); un != 193 {
		t.Errorf("the UN has %d members, want 193", un)
	}
	// HasMembers agrees with Members: a body and a region with members,
	// a country and an unknown id without
	for id, want := range map[string]bool{"un": true, "nato": true, "AZ": false, "no-such-id": false} {
		if got := g.HasMembers(id); got != want || got != (len(g.Members(id)) > 0) {
			t.Errorf("HasMembers(%q) = %v, want %v (Members: %d)", id, got, want, len(g.Members(id)))
		}
	}
}

func TestLookup(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name    string
		id      string // "" for no entry
		demonym bool
	}{
		{"United States", "US", false},
		{"U.S.", "US", false},
		{"US", "US", false},
		{"USA", "US", false},
		{"U.S.A.", "US", false},
		{"America", "US", false},
		{"United States of America", "US", false},
		{"American", "US", true},
		{"Americans", "US", true},
		{"us", "", false},
		{"UK", "GB", false},
		{"U.K.", "GB", false},
		{"Britain", "GB", false},
		{"Great Britain", "GB", false},
		{"British", "GB", true},
		{"UAE", "AE", false},
		{"U.A.E.", "AE", false},
		{"the Emirates", "AE", false},
		{"Emirati", "AE", true},
		{"azerbaijan", "AZ", false},
		{"Azerbaijan's", "AZ", false},
		{"Republic of Azerbaijan", "AZ", false},
		{"Azerbaijani", "AZ", true},
		{"Azeri", "AZ", true},
		{"Kazakh", "KZ", true},
		{"Kazakhstani", "KZ", true},
		{"Kyrgyz", "KG", true},
		{"Kyrgyz Republic", "KG", false},
		{"Turkiye", "TR", false},
		{"Türkiye", "TR", false},
		{"Turkey", "TR", false},
		{"Turkish", "TR", true},
		{"Czechia", "CZ", false},
		{"Burma", "MM", false},
		{"Burmese", "MM", true},
		{"Ivory Coast", "CI", false},
		{"Côte d'Ivoire", "CI", false},
		{"Cote d’Ivoire", "CI", false},
		{"Ivorian", "CI", true},
		{"DPRK", "KP", false},
		{"North Korean", "KP", true},
		{"ROK", "KR", false},
		{"State of Palestine", "PS", false},
		{"Palestinian Territories", "PS", false},
		{"Palestinian", "PS", true},
		{"Vatican", "VA", false},
		{"Kosovo", "XK", false},
		{"Taiwan", "TW", false},
		{"USSR", "soviet_union", false},
		{"U.S.S.R.", "soviet_union", false},
		{"Soviet", "soviet_union", true},
		{"Yugoslavia", "yugoslavia", false},
		{"Macedonia", "MK", false},
		{"Swaziland", "SZ", false},
		{"Nagorno Karabakh", "nagorno_karabakh", false},
		{"Karabakh", "nagorno_karabakh", false},
		{"Artsakh", "nagorno_karabakh", false},
		{"Gaza Strip", "gaza", false},
		{"South Caucasus", "caucasus", false},
		{"Kiev", "kyiv", false},
		{"Erbil", "erbil", false},
		{"Nato", "nato", false},
		{"NATO", "nato", false},
		{"nato", "nato", false}, // Lookup ignores the case of a capitalized name
		{"ISIL", "islamic_state", false},
		{"Daesh", "islamic_state", false},
		{"State Department", "us_state_department", false},
		{"Abraham Accord", "abraham_accords", false},
		{"Iran nuclear deal", "jcpoa", false},
		{"MBS", "mohammed_bin_salman", false},
		{"Mohammad bin Salman", "mohammed_bin_salman", false},
		{"Erdogan", "recep_tayyip_erdogan", false},
		{"Zelensky", "volodymyr_zelenskyy", false},
		{"Associated Press", "associated_press", false},
		{"the accords", "", false},
		{"May", "", false},
		{"Azerbaijan Armenia", "", false},
		{"Baku, Azerbaijan", "", false},
		{"Washington, D.C.", "washington_dc", false}, // a name punctuation breaks
		{"Radio Free Europe/Radio Liberty", "rferl", false},
		{"Victoria", "victoria_seychelles", false}, // NoMatch entries are found by Lookup
		{"Singapore", "SG", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := g.Lookup(tt.name)
			if tt.id == "" {
				if ok {
					t.Fatalf("Lookup(%q) = %s, want nothing", tt.name, e.ID)
				}
				return
			}
			if !ok || e.ID != tt.id {
				t.Fatalf("Lookup(%q) = %v, %v; want %s", tt.name, e, ok, tt.id)
			}
			_, dem := g.IsDemonym(tt.name)
			if dem != tt.demonym {
				t.Errorf("IsDemonym(%q) = %v, want %v", tt.name, dem, tt.demonym)
			}
		})
	}
}

func TestLookupAllAmbiguous(t *testing.T) {
	g := gazetteer.Default()
	all := g.LookupAll("Singapore")
	if len(all) != 2 || all[0].Type != schema.Country || all[1].Type != schema.City {
		t.Fatalf("LookupAll(Singapore) = %v, want the country then the city", ids(all))
	}
	all = g.LookupAll("Congolese")
	if len(all) != 2 || all[0].ID != "CD" || all[1].ID != "CG" {
		t.Fatalf("LookupAll(Congolese) = %v, want [CD CG]", ids(all))
	}
}

func TestSharedDemonym(t *testing.T) {
	g := gazetteer.Default()
	if got := ids(g.SharedDemonym("congolese")); len(got) != 2 || got[0] != "CD" || got[1] != "CG" {
		t.Errorf("SharedDemonym(congolese) = %v, want [CD CG]", got)
	}
	if got := g.SharedDemonym("Azerbaijani"); got != nil {
		t.Errorf("SharedDemonym(Azerbaijani) = %v, want nil: one state's", ids(got))
	}
}

func ids(es []*gazetteer.Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func TestGetAndEntity(t *testing.T) {
	g := gazetteer.Default()
	for _, id := range []string{"AZ", "az", "AZE"} {
		e, ok := g.Get(id)
		if !ok || e.ID != "AZ" {
			t.Fatalf("Get(%q) = %v, %v", id, e, ok)
		}
	}
	az, _ := g.Get("AZ")
	ent := g.Entity(az)
	if ent.Name != "Azerbaijan" || ent.Type != schema.Country || ent.ISO != "AZ" || ent.QID != "Q227" {
		t.Errorf("Entity(AZ) = %+v", ent)
	}
	if az.ISO3 != "AZE" || az.Official != "Republic of Azerbaijan" || az.Subregion != "Western Asia" {
		t.Errorf("AZ gountries facts: %q %q %q", az.ISO3, az.Official, az.Subregion)
	}
	for _, a := range ent.Aliases {
		if a == "Azerbaijani" {
			t.Errorf("Entity aliases hold the demonym %q", a)
		}
	}
	us, _ := g.Get("US")
	if g.Entity(us).Name != "United States" || us.QID != "Q30" {
		t.Errorf("US = %q %q", us.Name, us.QID)
	}
	mbs, _ := g.Get("mohammed_bin_salman")
	if mbs.Leads != "SA" || !strings.Contains(mbs.Role, "crown prince") {
		t.Errorf("MBS leads %q as %q", mbs.Leads, mbs.Role)
	}
	reuters, _ := g.Get("reuters")
	if !reuters.Agency {
		t.Error("Reuters is not marked as an agency")
	}
	if nato, _ := g.Get("nato"); nato.Agency {
		t.Error("NATO is marked as an agency")
	}
}

func TestBorders(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		a, b string
		want bool
	}{
		{"AZ", "IR", true},
		{"AZ", "RU", true},
		{"IR", "AZ", true},
		{"AZ", "AM", true},
		{"AZ", "IL", false},
		{"AZE", "irn", true},
		{"XK", "RS", true}, // gountries spells Kosovo KOS
		{"RS", "XK", true},
		{"US", "CA", true},
		{"US", "RU", false},
		{"AZ", "AZ", false},
		{"AZ", "nowhere", false},
	}
	for _, tt := range tests {
		if got := g.Borders(tt.a, tt.b); got != tt.want {
			t.Errorf("Borders(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestContainsAndCapitals(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		container, id string
		want          bool
	}{
		{"AZ", "baku", true},
		{"caucasus", "baku", true},
		{"caucasus", "AZ", true},
		{"central_asia", "KZ", true},
		{"asia", "KZ", true},
		{"central_asia", "almaty", true},
		{"middle_east", "jerusalem", true},
		{"IQ", "erbil", true},
		{"IQ", "kurdistan_region", true},
		{"levant", "SY", true},
		{"middle_east", "levant", true},
		{"baltic_states", "EE", true},
		{"europe", "EE", true},
		{"sahel", "ML", true},
		{"horn_of_africa", "SO", true},
		{"southeast_asia", "VN", true},
		{"AZ", "nagorno_karabakh", true},
		{"UA", "kharkiv", true},
		{"CN", "HK", true},
		{"DK", "GL", true},
		{"AZ", "yerevan", false},
		{"central_asia", "AZ", false},
		{"south_asia", "IR", false},
		{"central_america", "MX", false},
		{"AZ", "AZ", false},
		{"nato", "TR", false}, // membership is not containment
	}
	for _, tt := range tests {
		if got := g.Contains(tt.container, tt.id); got != tt.want {
			t.Errorf("Contains(%s, %s) = %v, want %v", tt.container, tt.id, got, tt.want)
		}
	}
	capitals := map[string]string{"AZ": "baku", "US": "washington_dc", "KZ": "astana", "UA": "kyiv", "LU": "luxembourg_city", "SZ": "mbabane", "XK": "pristina", "BF": "ouagadougou"}
	for country, city := range capitals {
		c, ok := g.Capital(country)
		if !ok || c.ID != city {
			t.Errorf("Capital(%s) = %v, want %s", country, c, city)
			continue
		}
		if c.Type != schema.City || c.CapitalOf != country || c.Country != country {
			t.Errorf("capital %s: type %s, capital_of %s, country %s", c.ID, c.Type, c.CapitalOf, c.Country)
		}
	}
	// (a town of a territory no state is recognised to hold, Western
	// Sahara's Laayoune, is placed in the territory instead)
	for _, e := range g.Entries() {
		if e.Type == schema.City && e.Country == "" && len(e.In) == 0 {
			t.Errorf("city %s has no country and lies in nothing", e.ID)
		}
	}
}

func TestMembership(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		org, id string
		want    bool
	}{
		{"nato", "TR", true},
		{"nato", "FI", true},
		{"nato", "AZ", false},
		{"eu", "DE", true},
		{"eu", "GB", false},
		{"csto", "AM", true},
		{"sco", "IN", true},
		{"gcc", "QA", true},
		{"brics", "ID", true},
		{"g20", "eu", true},
		{"ots", "AZ", true},
		{"african_union", "MA", true},
		{"un", "PS", false},
	}
	for _, tt := range tests {
		if got := g.IsMember(tt.org, tt.id); got != tt.want {
			t.Errorf("IsMember(%s, %s) = %v, want %v", tt.org, tt.id, got, tt.want)
		}
	}
}

func TestDefaultIsReadOnly(t *testing.T) {
	err := gazetteer.Default().LoadFile("testdata/user.yaml")
	if !errors.Is(err, gazetteer.ErrReadOnly) {
		t.Fatalf("LoadFile on Default: %v, want ErrReadOnly", err)
	}
}

func TestLoadFile(t *testing.T) {
	g := gazetteer.New()
	before := g.Len()
	for _, f := range []string{"testdata/user.yaml", "testdata/user.json"} {
		if err := g.LoadFile(f); err != nil {
			t.Fatalf("LoadFile(%s): %v", f, err)
		}
	}
	if got, want := g.Len(), before+5; got != want {
		t.Errorf("%d entries after loading, want %d", got, want)
	}
	tests := []struct{ name, id string }{
		{"Lankaran", "lankaran"},
		{"Lenkoran", "lankaran"},
		{"Şuşa", "shusha"},
		{"Shushi", "shusha"}, // built-in aliases stay
		{"Czechia", "CZ"},
		{"Czech Republic", "CZ"}, // a replaced name becomes an alias
		{"Land of Fire", "AZ"},
		{"Azerbaijanian", "AZ"},
		{"Azerbaijani", "AZ"},
		{"Example", "aryeh_example"},
		{"AZCC", "azcc"},
		{"Baki", "baku"},
		{"Caspian region", "caspian_region"},
	}
	for _, tt := range tests {
		e, ok := g.Lookup(tt.name)
		if !ok || e.ID != tt.id {
			t.Errorf("Lookup(%q) = %v, %v; want %s", tt.name, e, ok, tt.id)
		}
	}
	if cz, _ := g.Get("CZ"); cz.Name != "Czechia" {
		t.Errorf("CZ is called %q, want Czechia", cz.Name)
	}
	if !g.Contains("AZ", "lankaran") || !g.Contains("nagorno_karabakh", "gandzasar") || !g.Contains("caspian_region", "KZ") {
		t.Error("containment of loaded entries is missing")
	}
	if ms := g.Match("Trade with Lenkoran and Baki grew."); len(ms) != 2 || ms[0].Entry.ID != "lankaran" || ms[1].Entry.ID != "baku" {
		t.Errorf("Match after LoadFile = %v", ms)
	}
	// The shared default is untouched.
	if _, ok := gazetteer.Default().Lookup("Lenkoran"); ok {
		t.Error("LoadFile on a copy changed Default")
	}
	if cz, _ := gazetteer.Default().Get("CZ"); cz.Name != "Czech Republic" {
		t.Errorf("Default CZ is called %q", cz.Name)
	}
}

func TestLoadFileErrors(t *testing.T) {
	tests := []struct {
		file string
		want []string // substrings of the error
	}{
		{"testdata/bad_ref.yaml", []string{"testdata/bad_ref.yaml:2:", `"nowhere_city"`, `country: unknown id "ZZ"`}},
		{"testdata/bad_stands_for.yaml", []string{"testdata/bad_stands_for.yaml:2:", `stands_for: unknown id "no_such_body"`, "testdata/bad_stands_for.yaml:3:", "stands_for is for cities"}},
		{"testdata/bad_type.yaml", []string{"testdata/bad_type.yaml:1:", "Somewhere", "unknown entity type"}},
		{"testdata/bad_syntax.yaml", []string{"testdata/bad_syntax.yaml:", "yaml"}},
		{"testdata/bad_field.yaml", []string{"testdata/bad_field.yaml:2:", `unknown field "alias"`}},
		{"testdata/bad_alias.yaml", []string{"testdata/bad_alias.yaml:1:", `"the republic" has no capital letter`}},
		{"testdata/bad.json", []string{"testdata/bad.json:3:", "countri"}},
		{"testdata/missing.yaml", []string{"testdata/missing.yaml", "no such file"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			g := gazetteer.New()
			n := g.Len()
			err := g.LoadFile(tt.file)
			if err == nil {
				t.Fatal("no error")
			}
			var le *gazetteer.LoadError
			if !errors.As(err, &le) || le.File != tt.file {
				t.Errorf("error %v is not a LoadError for %s", err, tt.file)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if g.Len() != n {
				t.Errorf("a failed load changed the gazetteer: %d entries, had %d", g.Len(), n)
			}
			if _, ok := g.Lookup("Ok City"); ok {
				t.Error("a failed load kept an entry")
			}
		})
	}
}

func TestLoadReader(t *testing.T) {
	g := gazetteer.New()
	err := g.Load(strings.NewReader(`[{"name": "Ganja Gate", "type": "Facility", "country": "AZ"}]`), "inline", gazetteer.JSON)
	if err != nil {
		t.Fatal(err)
	}
	e, ok := g.Lookup("Ganja Gate")
	if !ok || e.ID != "ganja_gate" || e.Type != schema.Facility {
		t.Fatalf("Lookup(Ganja Gate) = %+v", e)
	}
	err = g.Load(strings.NewReader("- {name: Nameless}\n"), "inline.yaml", gazetteer.YAML)
	if err == nil || !strings.Contains(err.Error(), "inline.yaml:1:") || !strings.Contains(err.Error(), "needs a type") {
		t.Fatalf("Load of an untyped entry: %v", err)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Gaza City":        "gaza_city",
		"Côte d'Ivoire":    "cote_divoire",
		"Nagorno-Karabakh": "nagorno_karabakh",
		"U.S. Congress":    "u_s_congress",
	} {
		if got := gazetteer.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCities(t *testing.T) {
	g := gazetteer.Default()
	lookups := map[string]string{
		"Philadelphia":      "philadelphia",
		"St. Louis":         "st_louis",
		"Saint Louis":       "st_louis",
		"Winston-Salem":     "winston_salem",
		"the Bronx":         "bronx",
		"Lincoln":           "lincoln", // nomatch entries are found by Lookup
		"Köln":              "cologne",
		"Cologne":           "cologne",
		"Kyoto":             "kyoto",
		"Krivoy Rog":        "kryvyi_rih",
		"Port Elizabeth":    "gqeberha",
		"Xi'an":             "xian",
		"Cox's Bazar":       "coxs_bazar",
		"New York":          "new_york",
		"San José":          "san_jose", // Costa Rica's capital, not the Californian city
		"Georgia":           "GE",
		"Washington":        "washington_dc",
		"North Little Rock": "north_little_rock",
	}
	for name, id := range lookups {
		if e, ok := g.Lookup(name); !ok || e.ID != id {
			t.Errorf("Lookup(%q) = %v, %v; want %s", name, e, ok, id)
		}
	}
	contains := []struct {
		container, id string
		want          bool
	}{
		{"us_pa", "philadelphia", true},
		{"US", "philadelphia", true},
		{"us_ny", "manhattan", true}, // through New York City
		{"new_york", "brooklyn", true},
		{"us_tx", "houston", true},
		{"us_mo", "st_louis", true},
		{"us_il", "east_st_louis", true},
		{"us_ny", "us_ny", false},
		{"us_ca", "portland", false},
		{"donbas", "horlivka", true},
		{"UA", "kerch", true},
		{"england", "liverpool", true},
		{"GB", "liverpool", true},
		{"kurdistan_region", "erbil", true},
		{"IQ", "erbil", true},
	}
	for _, tt := range contains {
		if got := g.Contains(tt.container, tt.id); got != tt.want {
			t.Errorf("Contains(%s, %s) = %v, want %v", tt.container, tt.id, got, tt.want)
		}
	}
	// Every US city but the capital names its state.
	for _, e := range g.Entries() {
		if e.Type != schema.City || e.Country != "US" || e.ID == "washington_dc" {
			continue
		}
		state := false
		for _, r := range e.In {
			if strings.HasPrefix(r, "us_") || r == "new_york" {
				state = true
			}
		}
		if !state {
			t.Errorf("US city %s names no state in its in list %v", e.ID, e.In)
		}
	}
}

func TestCityNoMatch(t *testing.T) {
	g := gazetteer.Default()
	text := "Austin Jackson of Lincoln Financial flew from Philadelphia to Madison Square Garden, " +
		"then to Florence Pugh's premiere in Nice, Mobile phones in hand, and on to East Lansing, Mich."
	var got []string
	for _, m := range g.Match(text) {
		got = append(got, m.Entry.ID)
	}
	want := []string{"philadelphia", "east_lansing", "us_mi"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Match = %v, want %v", got, want)
	}
}
