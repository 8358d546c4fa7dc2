package gazetteer

import (
	"embed"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/pariz/gountries"
	"gopkg.in/yaml.v3"

	"github.com/kg-project/kg/schema"
)

// The embedded data, merged in this order.
//
//go:embed data/*.yaml
var dataFS embed.FS

var dataFiles = []string{
	"countries.yaml",
	"regions.yaml",
	"organizations.yaml",
	"agreements.yaml",
	"cities.yaml",
	"facilities.yaml",
	"people.yaml",
}

// gcountry is the part of a gountries country record the gazetteer uses.
type gcountry struct {
	Name struct {
		Common   string `yaml:"common"`
		Official string `yaml:"official"`
	} `yaml:"name"`
	Borders []string `yaml:"borders"`
	Codes   struct {
		Alpha2 string `yaml:"alpha2"`
		Alpha3 string `yaml:"alpha3"`
	} `yaml:"codes"`
	Geo struct {
		Region    string `yaml:"region"`
		Subregion string `yaml:"subregion"`
		Capital   string `yaml:"capital"`
	} `yaml:"geo"`
}

// gountriesCountries reads the country records of gountries. It reads the
// packed country files directly, which takes a third of the time of
// gountries.New (that also parses every subdivision of the world), and
// falls back to gountries.New if the packing changes.
func gountriesCountries() ([]gcountry, error) {
	const dir = "data/yaml/countries"
	names, err := gountries.AssetDir(dir)
	if err != nil || len(names) < 200 {
		var out []gcountry
		for _, c := range gountries.New().FindAllCountries() {
			var g gcountry
			g.Name.Common, g.Name.Official = c.Name.Common, c.Name.Official
			g.Borders = c.Borders
			g.Codes.Alpha2, g.Codes.Alpha3 = c.Alpha2, c.Alpha3
			g.Geo.Region, g.Geo.Subregion, g.Geo.Capital = c.Region, c.SubRegion, c.Capital
			out = append(out, g)
		}
		return out, nil
	}
	out := make([]gcountry, 0, len(names))
	for _, n := range names {
		b, err := gountries.Asset(path.Join(dir, n))
		if err != nil {
			return nil, err
		}
		var g gcountry
		if err := yaml.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("gountries %s: %w", n, err)
		}
		if g.Codes.Alpha2 != "" {
			out = append(out, g)
		}
	}
	return out, nil
}

// subregionIn maps a gountries subregion to the gazetteer regions its
// countries lie in. Southern Asia is left to the data files: news English
// puts Iran in the Middle East, not South Asia.
var subregionIn = map[string][]string{
	"Central Asia":       {"central_asia"},
	"Western Asia":       {"western_asia"},
	"Eastern Asia":       {"east_asia"},
	"South-Eastern Asia": {"southeast_asia"},
	"Northern Africa":    {"north_africa"},
	"Western Africa":     {"west_africa"},
	"Eastern Africa":     {"east_africa"},
	"Middle Africa":      {"central_africa"},
	"Southern Africa":    {"southern_africa"},
	"Northern Europe":    {"northern_europe"},
	"Southern Europe":    {"southern_europe"},
	"Eastern Europe":     {"eastern_europe"},
	"Western Europe":     {"western_europe"},
	"Caribbean":          {"caribbean", "north_america"},
	"Central America":    {"central_america", "north_america"},
	"South America":      {"south_america"},
	"Northern America":   {"north_america"},
}

// subregionSkip lists where gountries' subregion misleads: Cyprus is not in
// Eastern Europe, and Mexico is North, not Central, America.
var subregionSkip = map[string]string{"CY": "eastern_europe", "MX": "central_america"}

var continentIn = map[string]string{
	"Africa":   "africa",
	"Asia":     "asia",
	"Europe":   "europe",
	"Oceania":  "oceania",
	"Americas": "americas",
}

// alpha3Extra maps the non-ISO codes gountries uses in border lists.
var alpha3Extra = map[string]string{"KOS": "XK"}

// build makes the built-in gazetteer.
func build() (*Gazetteer, error) {
	gcs, err := gountriesCountries()
	if err != nil {
		return nil, err
	}
	sort.Slice(gcs, func(i, j int) bool { return gcs[i].Codes.Alpha2 < gcs[j].Codes.Alpha2 })
	g := &Gazetteer{}
	capitals := make(map[string]string)
	byAlpha3 := make(map[string]string)
	geo := make(map[string]gcountry)
	for _, c := range gcs {
		e := &Entry{
			ID:        c.Codes.Alpha2,
			Name:      c.Name.Common,
			Type:      schema.Country,
			ISO:       c.Codes.Alpha2,
			ISO3:      c.Codes.Alpha3,
			Official:  c.Name.Official,
			Subregion: c.Geo.Subregion,
		}
		g.add(e)
		capitals[e.ID] = c.Geo.Capital
		byAlpha3[c.Codes.Alpha3] = e.ID
		geo[e.ID] = c
	}
	for k, v := range alpha3Extra {
		byAlpha3[k] = v
	}

	for _, f := range dataFiles {
		b, err := dataFS.ReadFile("data/" + f)
		if err != nil {
			return nil, err
		}
		items, defType, err := parse(b, "data/"+f, YAML)
		if err != nil {
			return nil, err
		}
		if err := g.merge(items, defType); err != nil {
			return nil, err
		}
	}

	// gountries facts: borders, regions, official names, capitals.
	for id, c := range geo {
		e := g.byID[id]
		for _, a3 := range c.Borders {
			// Borders are between countries: Hong Kong and Macau are cities here.
			if b, ok := byAlpha3[a3]; ok && e.Type == schema.Country && g.byID[b].Type == schema.Country {
				e.Borders = append(e.Borders, b)
			}
		}
		for _, r := range subregionIn[c.Geo.Subregion] {
			if subregionSkip[id] != r {
				e.In = append(e.In, r)
			}
		}
		if r, ok := continentIn[c.Geo.Region]; ok && e.Type == schema.Country {
			e.In = append(e.In, r)
		}
		if o := e.Official; o != "" && !strings.ContainsAny(o, "()") {
			e.Aliases = append(e.Aliases, o)
		}
	}
	// The capitals of sovereign states that neither a city nor a country
	// entry of the data names come from gountries.
	st := g.state()
	declared := make(map[string]bool)
	for _, e := range g.entries {
		if e.CapitalOf != "" {
			declared[e.CapitalOf] = true
		}
	}
	for _, e := range g.entries {
		if e.Type != schema.Country || !e.Sovereign || declared[e.ID] {
			continue
		}
		if _, ok := st.capitals[e.ID]; !ok && capitals[e.ID] != "" {
			st.capitals[e.ID] = capitals[e.ID]
		}
	}
	if err := g.validate(true); err != nil {
		return nil, err
	}
	g.finish()
	return g, nil
}
