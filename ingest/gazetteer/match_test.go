package gazetteer_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/gazetteer"
)

// show renders matches as "text=id" ("text=id*" for a demonym).
func show(ms []gazetteer.Match) string {
	var b []string
	for _, m := range ms {
		s := m.Text + "=" + m.Entry.ID
		if m.Demonym {
			s += "*"
		}
		b = append(b, s)
	}
	return strings.Join(b, " | ")
}

func TestMatch(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name, text, want string
	}{
		{"acronym with dots",
			"Officials in the U.S. said the plan had support.",
			"U.S.=US"},
		{"an abbreviation needs its period",
			"He runs La Valette museum near Morgan City, La., and visits Conn. often.",
			"La=us_la | Conn=us_ct"},
		{"acronym case",
			"The US told us that the UK and the uk differ.",
			"US=US | UK=GB"},
		{"possessive",
			"Azerbaijan's foreign ministry and NATO's chief spoke.",
			"Azerbaijan=AZ | NATO=nato"},
		{"curly possessive",
			"Azerbaijan’s leader and Côte d’Ivoire’s minister met.",
			"Azerbaijan=AZ | Côte d’Ivoire=CI"},
		{"hyphenated pair",
			"The Azerbaijan-Armenia peace talks resumed.",
			"Azerbaijan=AZ | Armenia=AM"},
		{"en dash pair",
			"The U.S.–China trade war deepened.",
			"U.S.=US | China=CN"},
		{"hyphenated name",
			"Fighting in Nagorno-Karabakh and Nagorno Karabakh ended.",
			"Nagorno-Karabakh=nagorno_karabakh | Nagorno Karabakh=nagorno_karabakh"},
		{"longest match",
			"The United Arab Emirates and the United Kingdom signed.",
			"United Arab Emirates=AE | United Kingdom=GB"},
		{"longest match over a city",
			"Strikes hit Gaza City and southern Gaza.",
			"Gaza City=gaza_city | Gaza=gaza"},
		{"leading lower-case word counts less",
			"Settlers in the West Bank clashed with troops; the West condemned it.",
			"West Bank=west_bank | the West=western_world"},
		{"demonyms",
			"Azerbaijani President Ilham Aliyev hosted Emirati and Kazakh officials and two Americans.",
			"Azerbaijani=AZ* | Ilham Aliyev=ilham_aliyev | Emirati=AE* | Kazakh=KZ* | Americans=US*"},
		{"country names that are words need capitals",
			"Chad and Jordan met in Georgia; a chad, a jordan, a turkey.",
			"Chad=TD | Jordan=JO | Georgia=GE"},
		{"month and pronoun are not entities",
			"In May, the president told us about March.",
			""},
		{"whole words only",
			"Usability of Iranian-made drones and Irani goods; Israelite history.",
			"Iranian=IR*"},
		{"organizations and acronyms",
			"NATO, the EU, the IAEA and OPEC+ met; Nato and the African Union too.",
			"NATO=nato | EU=eu | IAEA=iaea | OPEC+=opec_plus | Nato=nato | African Union=african_union"},
		{"news agency",
			"Reuters and the Associated Press reported, citing Xinhua.",
			"Reuters=reuters | Associated Press=associated_press | Xinhua=xinhua"},
		{"agreements",
			"Kazakhstan joined the Abraham Accords, not the JCPOA.",
			"Kazakhstan=KZ | Abraham Accords=abraham_accords | JCPOA=jcpoa"},
		{"people",
			"Mohammed bin Salman, known as MBS, met Recep Tayyip Erdogan and Zelensky.",
			"Mohammed bin Salman=mohammed_bin_salman | MBS=mohammed_bin_salman | Recep Tayyip Erdogan=recep_tayyip_erdogan | Zelensky=volodymyr_zelenskyy"},
		{"surname after a title",
			"President Trump and Prime Minister Pashinyan spoke to Mr. Aliyev.",
			"Trump=donald_trump | Pashinyan=nikol_pashinyan | Aliyev=ilham_aliyev"},
		{"surname after another given name",
			"Hunter Biden and first lady Melania Trump attended, as did Trump.",
			"Trump=donald_trump"},
		{"surname before another name",
			"Shares of Lai Sun Garment rose; Trump Tower was sold. Trump Monday said no.",
			"Trump=donald_trump"},
		{"names that are also surnames or company words",
			"Reporting by Steve Holland; Union Pacific and Canadian Pacific shares fell.",
			"Canadian=CA*"},
		{"plural possessive",
			"The Philippines' economy and the Emirates' airline grew.",
			"Philippines=PH | the Emirates=AE"},
		{"surname at the start of a sentence",
			"When Putin spoke, Lavrov listened. Melania Trump smiled.",
			"Putin=vladimir_putin | Lavrov=sergei_lavrov"},
		{"surname in a title-case headline",
			"Trump Meets Putin in Alaska Summit\nThe two leaders met.",
			"Trump=donald_trump | Putin=vladimir_putin | Alaska=us_ak"},
		{"cities",
			"Talks moved from Baku to Erbil, Kyiv and New York, then Tel Aviv.",
			"Baku=baku | Erbil=erbil | Kyiv=kyiv | New York=new_york | Tel Aviv=tel_aviv"},
		{"regions",
			"Central Asia, the South Caucasus, the Sahel, the Strait of Hormuz and the South China Sea.",
			"Central Asia=central_asia | South Caucasus=caucasus | Sahel=sahel | Strait of Hormuz=strait_of_hormuz | South China Sea=south_china_sea"},
		{"New Mexico is not Mexico",
			"Flights from New Mexico and New Jersey to Mexico.",
			"New Mexico=us_nm | New Jersey=us_nj | Mexico=MX"},
		{"Saint and St.",
			"Ships left St. Petersburg for St Lucia and Saint Petersburg.",
			"St. Petersburg=saint_petersburg | St Lucia=LC | Saint Petersburg=saint_petersburg"},
		{"Trump administration is the country",
			"The Trump administration imposed tariffs.",
			"Trump administration=US"},
		{"all-caps headline",
			"AZERBAIJAN AND ARMENIA SIGN DEAL",
			"AZERBAIJAN=AZ | ARMENIA=AM"},
		{"diacritics folded",
			"Turkiye, Türkiye and Turkey; Erdoğan and Erdogan.",
			"Turkiye=TR | Türkiye=TR | Turkey=TR | Erdoğan=recep_tayyip_erdogan | Erdogan=recep_tayyip_erdogan"},
		{"line-wrapped name",
			"talks with the United\nArab Emirates",
			"United\nArab Emirates=AE"},
		{"paragraph break splits names",
			"the United\n\nKingdom",
			""},
		{"comma splits names",
			"Saudi, Arabia",
			"Saudi=SA*"},
		{"NoMatch entries are not matched",
			"Victoria said the talks in Washington, D.C. went well.",
			"Washington, D.C.=washington_dc"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := g.Match(tt.text)
			if got := show(ms); got != tt.want {
				t.Errorf("Match(%q)\n got: %s\nwant: %s", tt.text, got, tt.want)
			}
			for _, m := range ms {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets %d:%d give %q, Text is %q", m.Start, m.End, tt.text[m.Start:m.End], m.Text)
				}
			}
		})
	}
}

func TestMatchOffsets(t *testing.T) {
	g := gazetteer.Default()
	text := "Ilham Aliyev's visit to the UAE’s capital."
	ms := g.Match(text)
	want := []struct {
		start, end int
		id         string
	}{
		{0, 12, "ilham_aliyev"},
		{28, 31, "AE"},
	}
	if len(ms) != len(want) {
		t.Fatalf("Match = %s", show(ms))
	}
	for i, w := range want {
		if ms[i].Start != w.start || ms[i].End != w.end || ms[i].Entry.ID != w.id {
			t.Errorf("match %d = %d:%d %s, want %d:%d %s", i, ms[i].Start, ms[i].End, ms[i].Entry.ID, w.start, w.end, w.id)
		}
	}
}

func TestMatchConcurrent(t *testing.T) {
	g := gazetteer.Default()
	text := strings.Repeat(newsText, 3)
	want := show(g.Match(text))
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() { done <- show(g.Match(text)) }()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Fatal("concurrent Match gave a different result")
		}
	}
}

// newsText is news-like text written for the benchmark.
const newsText = `BAKU, Azerbaijan (Wire) — Azerbaijan's President Ilham Aliyev said on Tuesday
that his government was ready to sign a peace treaty with Armenia, after talks in
Washington brokered by the United States. Armenian Prime Minister Nikol Pashinyan
told reporters in Yerevan that the document, initialled by both foreign ministers,
would open the region to trade routes running from Central Asia to Turkey and Europe.

The U.S. special envoy Steve Witkoff, who also handles talks with Russia and Iran,
said the Trump administration hoped more countries would join the Abraham Accords.
Kazakhstan announced last month that it would join the accords, the first Central
Asian nation to do so. Saudi Arabia has said it will not normalize relations with
Israel without a path to a Palestinian state, a position Crown Prince Mohammed bin
Salman repeated in a call with Emmanuel Macron of France.

Officials in Moscow were cautious. Kremlin spokesman Dmitry Peskov said Russia,
which has peacekeepers' history in Nagorno-Karabakh, respected the sovereignty of
the South Caucasus states. Iran's foreign ministry warned against any corridor
along its border, and Tehran summoned the Azerbaijani ambassador. In Ankara,
Recep Tayyip Erdogan welcomed the deal, while the European Union and NATO said they
supported a lasting settlement. China's Xi Jinping and India's Narendra Modi did not
comment. The United Nations Secretary-General António Guterres urged restraint.

Markets in Dubai, Istanbul and New York rose on the news. Oil from the Caspian Sea,
shipped through Georgia and the Black Sea, could reach the Mediterranean faster, a
Reuters analysis said. Analysts at the International Monetary Fund and the World
Bank said the UAE, Qatar and Israel might invest in new pipelines. "This is a
historic day," said a diplomat in Geneva who asked not to be named, adding that the
OSCE and the EU would monitor the border. Fighting in Gaza, Ukraine and Sudan
continued, and the Houthis attacked ships in the Red Sea near the Bab el-Mandeb.
`

func BenchmarkMatch(b *testing.B) {
	g := gazetteer.Default()
	text := strings.Repeat(newsText, 40) // about 90 KB
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n = len(g.Match(text))
	}
	b.ReportMetric(float64(n)/40, "matches/copy")
}

func BenchmarkLookup(b *testing.B) {
	g := gazetteer.Default()
	names := []string{"Azerbaijan", "U.S.", "Kazakhstani", "United Arab Emirates", "nobody"}
	for i := 0; i < b.N; i++ {
		g.Lookup(names[i%len(names)])
	}
}

func ExampleGazetteer_Match() {
	g := gazetteer.Default()
	for _, m := range g.Match("Azerbaijan's Aliyev met U.S. and Emirati officials in Abu Dhabi.") {
		fmt.Printf("%d-%d %q %s %s demonym=%v\n", m.Start, m.End, m.Text, m.Entry.Type, m.Entry.Name, m.Demonym)
	}
	// Output:
	// 0-10 "Azerbaijan" Country Azerbaijan demonym=false
	// 13-19 "Aliyev" Person Ilham Aliyev demonym=false
	// 24-28 "U.S." Country United States demonym=false
	// 33-40 "Emirati" Country United Arab Emirates demonym=true
	// 54-63 "Abu Dhabi" City Abu Dhabi demonym=false
}

func ExampleGazetteer_Lookup() {
	g := gazetteer.Default()
	for _, name := range []string{"Kazakhstani", "USA", "us", "Kiev"} {
		if e, ok := g.Lookup(name); ok {
			fmt.Printf("%s: %s %s (%s)\n", name, e.Type, e.Name, e.ID)
		} else {
			fmt.Printf("%s: none\n", name)
		}
	}
	// Output:
	// Kazakhstani: Country Kazakhstan (KZ)
	// USA: Country United States (US)
	// us: none
	// Kiev: City Kyiv (kyiv)
}
