#!/usr/bin/env python3
"""Build the gold standard of news set zn.

Every gold row is written here once, with the phrase of each article that
supports it. The script checks the rows against the articles and against
SCHEMA.md, then writes entities.jsonl, triples.jsonl and
selfcheck_statements.jsonl (one statement per row and document, in the
`kg export --format jsonl` shape of DESIGN.md) next to the corpus.

It stops with an error (exit status 1) when
  - an evidence phrase is missing from its article's cleaned body text
    (HTML: tags removed, entities unescaped; never bylines, credits,
    captions, asides, newsletter boxes or footers), or spans two sentences;
  - a subject, object or alternative reading never occurs in its article;
  - a type, predicate, modality or time breaks SCHEMA.md, or a row breaks a
    predicate's signature (alternatives included);
  - a static relation carries a time, or a wire copy gets a time whose year
    is not written in the supporting sentence;
  - a unit (subject, predicate, object, polarity) repeats;
  - an alias belongs to two entities, or an entity is never used.

Usage: python3 tools/build_gold.py   (from anywhere)
"""
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

# ---------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
ANY = TYPES
ACTOR = {"Person", "Country", "Organization"}
SIGNATURES = {
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, {"City", "Region", "Country"}),
    "based_in": ({"Organization", "Facility"}, {"City", "Region", "Country"}),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (ACTOR, ACTOR),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
    "negotiating_with": (ANY, ANY),
    "contacted": (ANY, ANY),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (ANY, ANY),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": (ANY, ANY),
    "diplomatic_relations_with": (ANY, ANY),
    "allied_with": (ANY, ANY),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ANY, ANY),
    "criticized": (ANY, ANY),
    "threatened": (ANY, ANY),
    "sanctioned": (ANY, ANY),
    "in_conflict_with": (ANY, ANY),
    "attacked": (ANY, ANY),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ANY, ANY),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": (ANY, ANY),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
# relations that hold as a state: never a time
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "diplomatic_relations_with",
          "allied_with", "trades_with"}
TIME_RE = re.compile(r"^(\d{3}|\d{4}(-\d{2}(-\d{2})?)?)$")

# ---------------------------------------------------------------- documents
A1 = "sco_bishkek_foreign_ministers.txt"
A2 = "cpc_terminal_drone_strike.txt"
A3 = "tajikistan_russia_migrant_labour.txt"
A4 = "gwadar_convoy_attack.txt"
A5 = "eu_central_asia_raw_materials.txt"
A6 = "caspian_summit_tehran.txt"
A7 = "turkic_states_turkestan_summit.html"
A8 = "tapi_herat_section_opens.html"
STYLE = {A1: "wire", A2: "wire", A3: "wire", A4: "newspaper", A5: "newspaper",
         A6: "newspaper", A7: "html", A8: "html"}
PUBLISHER = {A1: "Steppe Wire", A2: "Caspian Press Agency", A3: "Meridian News Service",
             A4: "", A5: "", A6: "", A7: "Steppe & Sea Review", A8: "Pamir Post Online"}

# ---------------------------------------------------------------- entities
E = []


def ent(name, typ, *aliases):
    E.append({"name": name, "type": typ, "aliases": list(aliases)})


# people
ent("Jeenbek Kulubaev", "Person", "Kulubaev", "Zheenbek Kulubaev", "Foreign Minister Jeenbek Kulubaev")
ent("Wang Yi", "Person", "Foreign Minister Wang Yi", "Chinese Foreign Minister Wang Yi")
ent("Yermek Kosherbayev", "Person", "Kosherbayev", "Yermek Kosherbaev")
ent("Sergei Lavrov", "Person", "Lavrov", "Sergey Lavrov", "Russian Foreign Minister Sergei Lavrov")
ent("Subrahmanyam Jaishankar", "Person", "Jaishankar", "S. Jaishankar", "S Jaishankar")
ent("Ishaq Dar", "Person", "Dar")
ent("Sirojiddin Muhriddin", "Person", "Muhriddin", "Sirodjidin Mukhriddin")
ent("Bakhtiyor Saidov", "Person", "Saidov")
ent("Nurlan Yermekbayev", "Person", "Yermekbayev", "Nurlan Yermekbaev")
ent("Abbas Araghchi", "Person", "Araghchi", "Abbas Araqchi")
ent("Nurbol Zhaksylykov", "Person", "Zhaksylykov")
ent("Yerlan Akkenzhenov", "Person", "Akkenzhenov")
ent("Dmitry Peskov", "Person", "Peskov", "Dmitri Peskov")
ent("Heorhii Tykhyi", "Person", "Tykhyi", "Georgiy Tykhy", "Heorhiy Tykhyi")
ent("Kassym-Jomart Tokayev", "Person", "Tokayev", "Kassym Jomart Tokayev", "President Kassym-Jomart Tokayev",
    "Kazakh President Kassym-Jomart Tokayev")
ent("Ilham Aliyev", "Person", "Aliyev", "President Ilham Aliyev", "Azerbaijani President Ilham Aliyev")
ent("Volodymyr Zelensky", "Person", "Zelensky", "Zelenskiy", "Volodymyr Zelenskyy")
ent("Galym Ospanov", "Person", "Ospanov")
ent("Kokhir Rasulzoda", "Person", "Rasulzoda", "Qohir Rasulzoda")
ent("Alexei Overchuk", "Person", "Overchuk", "Alexey Overchuk")
ent("Emomali Rahmon", "Person", "Rahmon", "Emomali Rakhmon", "President Emomali Rahmon")
ent("Firdavs Nazarov", "Person", "Nazarov")
ent("Zhou Minghui", "Person")
ent("Li Haotian", "Person")
ent("Mohsin Naqvi", "Person", "Naqvi")
ent("Jiang Zaidong", "Person")
ent("Shehbaz Sharif", "Person", "Shahbaz Sharif", "Prime Minister Shehbaz Sharif")
ent("Li Qiang", "Person", "Premier Li Qiang")
ent("Guo Jiakun", "Person")
ent("Asim Munir", "Person", "Munir", "Field Marshal Asim Munir", "Syed Asim Munir")
ent("Kaja Kallas", "Person", "Kallas")
ent("Shavkat Mirziyoyev", "Person", "Mirziyoyev", "President Shavkat Mirziyoyev")
ent("Jozef Sikela", "Person", "Sikela", "Jozef S\u00edkela", "S\u00edkela")
ent("Ursula von der Leyen", "Person", "von der Leyen")
ent("Eduards Stiprais", "Person", "Stiprais")
ent("Masoud Pezeshkian", "Person", "Pezeshkian")
ent("Vladimir Putin", "Person", "Putin", "President Vladimir Putin")
ent("Serdar Berdimuhamedov", "Person", "Serdar Berdymukhamedov", "President Serdar Berdimuhamedov")
ent("Gurbanguly Berdimuhamedov", "Person", "Gurbanguly Berdymukhamedov")
ent("Recep Tayyip Erdogan", "Person", "Erdogan", "Erdo\u011fan", "Recep Tayyip Erdo\u011fan", "Tayyip Erdogan")
ent("Sadyr Japarov", "Person", "Japarov", "Sadyr Zhaparov")
ent("Kubanychbek Omuraliev", "Person", "Omuraliev")
ent("Abdul Ghani Baradar", "Person", "Baradar", "Mullah Baradar")
ent("Amir Khan Muttaqi", "Person", "Muttaqi")
ent("Ali Pervaiz Malik", "Person", "Malik")
ent("Hibatullah Akhundzada", "Person", "Akhundzada", "Haibatullah Akhundzada")
# countries
ent("Kazakhstan", "Country", "Republic of Kazakhstan")
ent("Kyrgyzstan", "Country", "Kyrgyz Republic")
ent("Tajikistan", "Country", "Republic of Tajikistan")
ent("Uzbekistan", "Country", "Republic of Uzbekistan")
ent("Turkmenistan", "Country")
ent("Afghanistan", "Country", "Taliban government", "Taliban administration", "Islamic Emirate of Afghanistan")
ent("Pakistan", "Country", "Islamic Republic of Pakistan")
ent("India", "Country", "Republic of India")
ent("China", "Country", "People's Republic of China", "PRC")
ent("Russia", "Country", "Russian Federation")
ent("Iran", "Country", "Islamic Republic of Iran")
ent("Belarus", "Country", "Republic of Belarus")
ent("Azerbaijan", "Country", "Republic of Azerbaijan")
ent("Turkey", "Country", "T\u00fcrkiye", "Turkiye", "Republic of Turkey")
ent("Ukraine", "Country")
ent("United States", "Country", "U.S.", "US", "USA", "United States of America", "America", "Washington",
    "U.S. government")
ent("Italy", "Country")
ent("Netherlands", "Country", "the Netherlands", "Holland")
ent("Israel", "Country", "State of Israel")
ent("Hungary", "Country")
ent("Qatar", "Country")
ent("Soviet Union", "Country", "USSR", "U.S.S.R.")
ent("Turkish Republic of Northern Cyprus", "Country", "TRNC", "Northern Cyprus")
# organizations
ent("Shanghai Cooperation Organisation", "Organization", "SCO", "Shanghai Cooperation Organization")
ent("Taliban", "Organization", "the Taliban")
ent("Caspian Pipeline Consortium", "Organization", "CPC")
ent("Chevron", "Organization", "Chevron Corp")
ent("Rosneft", "Organization")
ent("Lukoil", "Organization")
ent("Kremlin", "Organization", "the Kremlin")
ent("Collective Security Treaty Organization", "Organization", "CSTO", "Collective Security Treaty Organisation")
ent("Eurasian Economic Union", "Organization", "EAEU", "EEU")
ent("Islamic State Khorasan Province", "Organization", "ISKP", "ISIS-K", "IS-K", "Islamic State-Khorasan")
ent("Balochistan Liberation Army", "Organization", "BLA")
ent("China Communications Construction Company", "Organization", "CCCC")
ent("European Union", "Organization", "EU", "E.U.")
ent("European Commission", "Organization", "the Commission")
ent("Azerbaijan Airlines", "Organization", "AZAL")
ent("Organization of Turkic States", "Organization", "OTS", "Organisation of Turkic States", "Turkic Council")
ent("Halk Maslahaty", "Organization", "People's Council", "People\u2019s Council")
ent("Asian Development Bank", "Organization", "ADB")
# cities
for c in ["Bishkek", "Beijing", "Moscow", "Kabul", "Islamabad", "New Delhi", "Novorossiysk", "Aktau",
          "Astana", "Baku", "Kyiv", "Almaty", "Dushanbe", "Krasnogorsk", "Yekaterinburg", "Gwadar",
          "Turbat", "Tashkent", "Samarkand", "Brussels", "Tehran", "Turkestan", "Istanbul", "Herat",
          "Kandahar", "Multan", "Ashgabat", "Manila"]:
    ent(c, "City")
# regions
ent("Central Asia", "Region", "Central Asian states", "Central Asian nations", "Central Asian countries")
ent("Balochistan", "Region", "Balochistan province", "Baluchistan")
ent("Caspian Sea", "Region", "the Caspian", "Caspian")
# agreements
ent("memorandum on organised recruitment", "Agreement", "organised recruitment memorandum",
    "memorandum on organized recruitment")
ent("China-Pakistan Economic Corridor", "Agreement", "CPEC", "China Pakistan Economic Corridor")
ent("memorandum on critical raw materials", "Agreement", "critical raw materials memorandum",
    "raw materials pact")
ent("Caspian Maritime Safety Agreement", "Agreement")
ent("Convention on the Legal Status of the Caspian Sea", "Agreement", "Caspian Convention",
    "Aktau convention")
ent("Agreement on a Single Customs Window", "Agreement", "single customs window agreement")
ent("TAPI intergovernmental agreement", "Agreement", "intergovernmental agreement on the project",
    "2010 agreement", "TAPI agreement")
ent("Doha ceasefire", "Agreement", "Doha ceasefire agreement")
# facilities
ent("CPC marine terminal", "Facility", "CPC terminal", "Caspian Pipeline Consortium terminal")
ent("Tengiz field", "Facility", "Tengiz", "Tengiz oilfield")
ent("201st military base", "Facility", "Russia's 201st military base", "201st base")
ent("Crocus City Hall", "Facility", "Crocus City Hall concert venue")
ent("Gwadar Port Authority complex", "Facility", "Gwadar Port Authority")
ent("Saadabad Palace", "Facility", "Saadabad Palace complex")
ent("Trans-Caspian Gas Pipeline", "Facility", "Trans-Caspian pipeline", "TCP")
ent("Mausoleum of Khoja Ahmed Yasawi", "Facility", "Khoja Ahmed Yasawi mausoleum", "Mausoleum of Khoja Ahmed Yassawi")
ent("Galkynysh gas field", "Facility", "Galkynysh")
ent("TAPI pipeline", "Facility", "TAPI", "Turkmenistan\u2013Afghanistan\u2013Pakistan\u2013India pipeline",
    "Turkmenistan-Afghanistan-Pakistan-India pipeline", "TAPI gas pipeline")

# ---------------------------------------------------------------- rows
ROWS = []
T, F = True, False


def R(s, p, o, modality, required, ev, time=None, alt_s=(), alt_p=(), alt_o=(), role=None,
      commodity=None, note=None):
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, required=required, ev=ev, time=time,
                     alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o), role=role,
                     commodity=commodity, note=note))


SCO = "Shanghai Cooperation Organisation"
CSTO = "Collective Security Treaty Organization"
EAEU = "Eurasian Economic Union"
OTS = "Organization of Turkic States"
BLA = "Balochistan Liberation Army"
CCCC = "China Communications Construction Company"
CPC = "Caspian Pipeline Consortium"
EU = "European Union"
TRNC = "Turkish Republic of Northern Cyprus"
MOR = "memorandum on organised recruitment"
CRM = "memorandum on critical raw materials"
CMSA = "Caspian Maritime Safety Agreement"
CONV = "Convention on the Legal Status of the Caspian Sea"
SCW = "Agreement on a Single Customs Window"
TAPIA = "TAPI intergovernmental agreement"
GB = "Gurbanguly Berdimuhamedov"
SB = "Serdar Berdimuhamedov"

# ---- shared across articles
R("Jeenbek Kulubaev", "works_for", "Kyrgyzstan", "asserted", T,
  {A1: "Kyrgyz Foreign Minister Jeenbek Kulubaev", A5: "Kyrgyz Foreign Minister Jeenbek Kulubaev"},
  role="foreign minister")
R("Yermek Kosherbayev", "works_for", "Kazakhstan", "asserted", T,
  {A1: "Kazakh Foreign Minister Yermek Kosherbayev", A5: "Yermek Kosherbayev of Kazakhstan"},
  role="foreign minister")
R("Bakhtiyor Saidov", "works_for", "Uzbekistan", "asserted", T,
  {A1: "Uzbek Foreign Minister Bakhtiyor Saidov", A5: "Bakhtiyor Saidov of Uzbekistan"},
  role="foreign minister")
R("Abbas Araghchi", "works_for", "Iran", "asserted", T,
  {A1: "Iranian Foreign Minister Abbas Araghchi", A6: "Iranian Foreign Minister Abbas Araghchi"},
  role="foreign minister")
R("Abbas Araghchi", "criticized", "United States", "asserted", T,
  {A1: "used his speech to condemn U.S. sanctions on Iran", A6: "Abbas Araghchi also accused the United States"},
  alt_s=["Iran"])
R("United States", "sanctioned", "Iran", "asserted", T,
  {A1: "U.S. sanctions on Iran", A6: "Washington has imposed sanctions on Iran's oil exports"})
R("Russia", "recognizes", "Afghanistan", "asserted", T,
  {A1: "Russia, which last year became the first country to formally recognise the Taliban government",
   A8: "Russia is the only country that recognises the Taliban administration"},
  note="the Taliban government stands for Afghanistan; no time: the wire copy has no year")
R("Pakistan", "criticized", "India", "reported", T,
  {A1: "a charge Pakistan's foreign ministry rejected as", A4: "Islamabad accuses India of backing the BLA"},
  alt_s=["Islamabad"], note="A1: rejecting India's charge; A4: accusing India")
R("Kazakhstan", "located_in", "Central Asia", "asserted", T, {A2: "Kazakhstan, Central Asia's largest economy"})
R("Tajikistan", "located_in", "Central Asia", "asserted", F,
  {A3: "Tajikistan, one of Moscow's closest allies in Central Asia"}, note="loose: 'allies in Central Asia'")
R("Aktau", "located_in", "Kazakhstan", "asserted", T,
  {A2: "the Kazakh port of Aktau", A5: "the Kazakh port of Aktau", A6: "the Kazakh port of Aktau"})
R("Russia", "attacked", "Ukraine", "asserted", T,
  {A2: "since it launched its full-scale invasion of Ukraine in February 2022",
   A5: "since its full-scale invasion of Ukraine in 2022"}, time="2022",
  note="A2 says February 2022, A5 only 2022")
R("Russia", "in_conflict_with", "Ukraine", "asserted", F,
  {A2: "since it launched its full-scale invasion of Ukraine", A5: "since its full-scale invasion of Ukraine"},
  note="entailed by the invasion")
R("Kassym-Jomart Tokayev", "head_of", "Kazakhstan", "asserted", T,
  {A2: "Kazakh President Kassym-Jomart Tokayev", A6: "President Kassym-Jomart Tokayev of Kazakhstan",
   A7: "Kazakh President Kassym-Jomart Tokayev"}, role="president")
R("Ilham Aliyev", "head_of", "Azerbaijan", "asserted", T,
  {A2: "Azerbaijani President Ilham Aliyev", A6: "President Ilham Aliyev of Azerbaijan",
   A7: "Azerbaijani President Ilham Aliyev"}, role="president")
R("Tajikistan", "member_of", CSTO, "asserted", T,
  {A3: "both countries belong to the Moscow-based Collective Security Treaty Organization",
   A5: "Kazakhstan, Kyrgyzstan and Tajikistan are members of the Collective Security Treaty Organization"})
R("Shavkat Mirziyoyev", "head_of", "Uzbekistan", "asserted", T,
  {A5: "Uzbek President Shavkat Mirziyoyev", A7: "Uzbek President Shavkat Mirziyoyev"}, role="president")
R(SB, "head_of", "Turkmenistan", "asserted", T,
  {A6: "President Serdar Berdimuhamedov of Turkmenistan", A8: "Turkmen President Serdar Berdimuhamedov"},
  role="president")
R(GB, "head_of", "Halk Maslahaty", "asserted", T,
  {A7: "the former president who now chairs the Halk Maslahaty", A8: "who chairs the Halk Maslahaty"},
  role="chairman", note="'former president': no head_of Turkmenistan")
R("Halk Maslahaty", "based_in", "Turkmenistan", "asserted", F,
  {A7: "Turkmenistan was represented by Gurbanguly Berdimuhamedov", A8: "the former Turkmen president who chairs the Halk Maslahaty"},
  note="'the country's People's Council' / 'the country's supreme representative body'")

# ---- A1 SCO foreign ministers in Bishkek (wire, no year)
R("Bishkek", "capital_of", "Kyrgyzstan", "asserted", T, {A1: "Bishkek, the Kyrgyz capital"})
R("Bishkek", "located_in", "Kyrgyzstan", "asserted", F, {A1: "Bishkek, the Kyrgyz capital"},
  note="entailed by capital_of")
R(SCO, "based_in", "Beijing", "asserted", T, {A1: "the SCO, which is headquartered in Beijing"})
for c in ["China", "Russia"]:
    R(c, "member_of", SCO, "asserted", T, {A1: "Besides China and Russia, its founders, the SCO's members include"},
      note="founders read as members")
for c in ["India", "Pakistan", "Iran", "Belarus"]:
    R(c, "member_of", SCO, "asserted", T, {A1: "the SCO's members include India, Pakistan, Iran, Belarus"},
      note="also 'since Iran joined the bloc in 2023'" if c == "Iran" else None)
R("Kyrgyzstan", "member_of", SCO, "asserted", F, {A1: "Kyrgyzstan holds the rotating chairmanship of the SCO"},
  note="entailed by the chairmanship; the Central Asian members are not named")
R("Turkmenistan", "candidate_for", SCO, "negated", T, {A1: "has never sought membership"},
  note="'Turkmenistan ... has never sought membership'")
R("Turkmenistan", "member_of", SCO, "negated", F, {A1: "has never sought membership"},
  note="implied by never having sought membership")
R("Wang Yi", "works_for", "China", "asserted", T, {A1: "Chinese Foreign Minister Wang Yi"}, role="foreign minister")
R("Wang Yi", "met_with", "Jeenbek Kulubaev", "asserted", T, {A1: "Chinese Foreign Minister Wang Yi met Kulubaev"})
R("Wang Yi", "met_with", "Yermek Kosherbayev", "asserted", T,
  {A1: "met Kulubaev and Kazakh Foreign Minister Yermek Kosherbayev on the sidelines"})
R("Wang Yi", "met_with", "Sergei Lavrov", "reported", F,
  {A1: "He later held separate talks with Russian Foreign Minister Sergei Lavrov, according to a Chinese readout"},
  note="'He' is Wang Yi of the previous sentence")
R("Sergei Lavrov", "works_for", "Russia", "asserted", T, {A1: "Russian Foreign Minister Sergei Lavrov"},
  role="foreign minister")
R("Subrahmanyam Jaishankar", "works_for", "India", "asserted", T,
  {A1: "Indian External Affairs Minister Subrahmanyam Jaishankar"}, role="external affairs minister")
R("Ishaq Dar", "works_for", "Pakistan", "asserted", T,
  {A1: "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar"}, role="deputy prime minister and foreign minister")
R("Subrahmanyam Jaishankar", "met_with", "Ishaq Dar", "negated", T,
  {A1: "sat at the same table but did not meet bilaterally"}, alt_s=["India"], alt_o=["Pakistan"])
R("India", "criticized", "Pakistan", "reported", T,
  {A1: "accused Islamabad of failing to act against militant groups"}, alt_s=["New Delhi"], alt_o=["Islamabad"],
  note="'An Indian official ... accused Islamabad'")
R("India", "in_conflict_with", "Pakistan", "asserted", T,
  {A1: "India and Pakistan, nuclear-armed neighbours, fought a four-day conflict in May 2025"}, time="2025-05")
R("India", "borders", "Pakistan", "asserted", F, {A1: "India and Pakistan, nuclear-armed neighbours"},
  note="'neighbours' read as sharing a border")
R("Afghanistan", "candidate_for", SCO, "planned", F,
  {A1: "pressed for Afghanistan to be invited to the August summit as a guest of the chair"},
  note="loose: Russia wants Afghanistan invited to the summit as a guest")
R("Tajikistan", "borders", "Afghanistan", "asserted", T, {A1: "Tajikistan shares a 1,340-km border with Afghanistan"})
R("Sirojiddin Muhriddin", "works_for", "Tajikistan", "asserted", F, {A1: "Its foreign minister, Sirojiddin Muhriddin"},
  role="foreign minister", note="'Its' is Tajikistan of the previous sentence")
R("Sirojiddin Muhriddin", "criticized", "Taliban", "asserted", T,
  {A1: "Sirojiddin Muhriddin, accused the Taliban of failing to rein in fighters"}, alt_s=["Tajikistan"],
  alt_o=["Afghanistan"])
R("Uzbekistan", "negotiating_with", "Afghanistan", "reported", T,
  {A1: "Uzbekistan \"will not walk away\" from its talks with Kabul"}, alt_s=["Bakhtiyor Saidov"],
  alt_o=["Kabul", "Taliban"], note="trap: 'will not walk away from its talks' holds the talks")
R("Nurlan Yermekbayev", "head_of", SCO, "asserted", T, {A1: "SCO Secretary-General Nurlan Yermekbayev"},
  role="secretary-general")
R("Azerbaijan", "candidate_for", SCO, "reported", T, {A1: "considering an application from Azerbaijan"},
  note="application to upgrade from dialogue partner")

# ---- A2 CPC terminal strike (wire, no year)
R("Kazakhstan", "criticized", "Ukraine", "asserted", T, {A2: "Kazakhstan lodged a formal protest with Ukraine"})
R("Kazakhstan", "contacted", "Ukraine", "reported", F,
  {A2: "adding that Ukraine's charge d'affaires had been summoned"}, note="summoning read as contact")
R("Ukraine", "attacked", "CPC marine terminal", "reported", T,
  {A2: "what it said were Ukrainian naval drones struck the CPC marine terminal"},
  note="Kazakhstan's attribution; Ukraine neither confirmed nor denied")
R("CPC marine terminal", "located_in", "Novorossiysk", "asserted", F,
  {A2: "the CPC marine terminal near the Russian Black Sea port of Novorossiysk"}, note="'near'")
R("CPC marine terminal", "located_in", "Russia", "asserted", F,
  {A2: "the CPC marine terminal near the Russian Black Sea port of Novorossiysk"}, note="entailment")
R("Novorossiysk", "located_in", "Russia", "asserted", T, {A2: "the Russian Black Sea port of Novorossiysk"})
R("Nurbol Zhaksylykov", "works_for", "Kazakhstan", "asserted", F,
  {A2: "foreign ministry spokesman Nurbol Zhaksylykov"}, role="foreign ministry spokesman",
  note="the Kazakh ministry only from context")
R("Kazakhstan", "borders", "Russia", "asserted", T,
  {A2: "shares the world's longest continuous land border with Russia"})
R("Tengiz field", "located_in", "Kazakhstan", "asserted", T, {A2: "the Tengiz field in western Kazakhstan"})
R("Italy", "imports_from", "Kazakhstan", "asserted", T,
  {A2: "Italy and the Netherlands are the largest buyers of Kazakh crude"}, alt_p=["trades_with"], commodity="crude oil")
R("Netherlands", "imports_from", "Kazakhstan", "asserted", T,
  {A2: "Italy and the Netherlands are the largest buyers of Kazakh crude"}, alt_p=["trades_with"], commodity="crude oil")
R("Chevron", "based_in", "United States", "asserted", F, {A2: "U.S. major Chevron"})
R("Chevron", "member_of", CPC, "asserted", F, {A2: "is the consortium's largest foreign shareholder"},
  note="shareholder read as member")
R("Rosneft", "member_of", CPC, "asserted", F, {A2: "Russian oil companies Rosneft and Lukoil also hold stakes"},
  note="shareholder read as member")
R("Lukoil", "member_of", CPC, "asserted", F, {A2: "Russian oil companies Rosneft and Lukoil also hold stakes"},
  note="shareholder read as member")
R("Rosneft", "based_in", "Russia", "asserted", F, {A2: "Russian oil companies Rosneft and Lukoil"})
R("Lukoil", "based_in", "Russia", "asserted", F, {A2: "Russian oil companies Rosneft and Lukoil"})
R("United States", "sanctioned", "Rosneft", "asserted", T,
  {A2: "both have been under U.S. sanctions since October 2025"}, time="2025-10")
R("United States", "sanctioned", "Lukoil", "asserted", T,
  {A2: "both have been under U.S. sanctions since October 2025"}, time="2025-10")
R("Yerlan Akkenzhenov", "works_for", "Kazakhstan", "asserted", F, {A2: "Energy Minister Yerlan Akkenzhenov"},
  role="energy minister", note="the country only from context")
R("Kazakhstan", "signed_agreement_with", "Azerbaijan", "reported", F,
  {A2: "Astana and Baku agreed in January to raise those volumes"}, alt_s=["Astana"], alt_o=["Baku"],
  note="loose: 'agreed to' need not be a signed deal; no time: the wire copy has no year")
R("Dmitry Peskov", "works_for", "Kremlin", "asserted", T, {A2: "Kremlin spokesman Dmitry Peskov"},
  alt_o=["Russia"], role="spokesman")
R("Dmitry Peskov", "criticized", "Ukraine", "asserted", F,
  {A2: "Kremlin spokesman Dmitry Peskov called the strike \"an act of international terrorism\""},
  alt_s=["Russia", "Kremlin"], note="the strike is tied to Ukraine only in another sentence")
R("Russia", "criticized", "Ukraine", "asserted", T,
  {A2: "Russia has accused Kyiv of targeting energy infrastructure"}, alt_o=["Kyiv"])
R("Heorhii Tykhyi", "works_for", "Ukraine", "asserted", F,
  {A2: "In Kyiv, foreign ministry spokesman Heorhii Tykhyi"}, role="foreign ministry spokesman",
  note="'In Kyiv, foreign ministry spokesman'")
R("Ukraine", "in_conflict_with", "Kazakhstan", "negated", T,
  {A2: "said Ukraine \"has no quarrel with Kazakhstan\""}, alt_s=["Heorhii Tykhyi"])
R("Kassym-Jomart Tokayev", "contacted", "Ilham Aliyev", "reported", T,
  {A2: "spoke by telephone on Tuesday with Azerbaijani President Ilham Aliyev"},
  alt_s=["Kazakhstan"], alt_o=["Azerbaijan"])
R("Kassym-Jomart Tokayev", "contacted", "Volodymyr Zelensky", "negated", T,
  {A2: "Tokayev has not spoken to Ukrainian President Volodymyr Zelensky"})
R("Volodymyr Zelensky", "head_of", "Ukraine", "asserted", T, {A2: "Ukrainian President Volodymyr Zelensky"},
  role="president")
R("Kazakhstan", "allied_with", "Russia", "reported", T,
  {A2: "Astana had no plans to cut its ties with Moscow, which it called \"a strategic ally\""},
  alt_s=["Astana"], alt_o=["Moscow"], note="trap: 'no plans to cut its ties' holds the tie")
R("Galym Ospanov", "lives_in", "Almaty", "asserted", F, {A2: "Galym Ospanov, an energy analyst in Almaty"},
  note="works in Almaty; residence loosely implied")

# ---- A3 Tajikistan-Russia labour memorandum (wire, no year)
R("Tajikistan", "signed_agreement_with", "Russia", "asserted", T,
  {A3: "Tajikistan and Russia signed a memorandum on organised recruitment"})
for c in ["Tajikistan", "Russia"]:
    R(c, "party_to", MOR, "asserted", F, {A3: "Tajikistan and Russia signed a memorandum on organised recruitment"},
      note="a bilateral deal is gold as signed_agreement_with; party_to follows")
R("Dushanbe", "capital_of", "Tajikistan", "asserted", T, {A3: "Dushanbe, the Tajik capital"})
R("Dushanbe", "located_in", "Tajikistan", "asserted", F, {A3: "Dushanbe, the Tajik capital"}, note="entailed by capital_of")
R("Kokhir Rasulzoda", "head_of", "Tajikistan", "asserted", F, {A3: "by Prime Minister Kokhir Rasulzoda"},
  alt_p=["works_for"], role="prime minister", note="the country only from context")
R("Alexei Overchuk", "works_for", "Russia", "asserted", T, {A3: "Russian Deputy Prime Minister Alexei Overchuk"},
  role="deputy prime minister")
R("Alexei Overchuk", "met_with", "Emomali Rahmon", "asserted", T, {A3: "who later met President Emomali Rahmon"})
R("Alexei Overchuk", "visited", "Dushanbe", "asserted", F,
  {A3: "The memorandum was signed in Dushanbe, the Tajik capital, by Prime Minister Kokhir Rasulzoda and Russian Deputy Prime Minister Alexei Overchuk"},
  alt_o=["Tajikistan"], note="a visit implied by signing in Dushanbe")
R("Emomali Rahmon", "head_of", "Tajikistan", "asserted", F, {A3: "who later met President Emomali Rahmon"}, role="president",
  note="'President' with the country only from context")
R("Tajikistan", "imports_from", "Russia", "asserted", T, {A3: "Tajikistan buys almost all of its fuel from Russia"},
  alt_p=["trades_with"], commodity="fuel")
R("Islamic State Khorasan Province", "attacked", "Crocus City Hall", "reported", T,
  {A3: "Islamic State Khorasan Province (ISKP) claimed the March 2024 attack on the Crocus City Hall"},
  time="2024-03", note="a claim of responsibility")
R("Crocus City Hall", "located_in", "Krasnogorsk", "asserted", T,
  {A3: "the Crocus City Hall concert venue in Krasnogorsk"})
R("Emomali Rahmon", "criticized", "Russia", "asserted", F, {A3: "Rahmon has publicly criticised those raids"},
  note="'those raids' are the Russian police raids of the previous sentence")
R("Tajikistan", "criticized", "Russia", "asserted", T, {A3: "Dushanbe protested to Moscow"},
  alt_s=["Dushanbe"], alt_o=["Moscow"], note="no time: 'last year' in a wire copy")
R("Tajikistan", "allied_with", "Russia", "asserted", T,
  {A3: "Tajikistan, one of Moscow's closest allies in Central Asia"}, alt_o=["Moscow"])
R("201st military base", "located_in", "Tajikistan", "asserted", T,
  {A3: "Tajikistan, one of Moscow's closest allies in Central Asia, hosts Russia's 201st military base"},
  alt_p=["based_in"])
R("Russia", "member_of", CSTO, "asserted", T,
  {A3: "both countries belong to the Moscow-based Collective Security Treaty Organization"})
R(CSTO, "based_in", "Moscow", "asserted", T, {A3: "the Moscow-based Collective Security Treaty Organization"})
R("Tajikistan", "member_of", EAEU, "negated", T, {A3: "Tajikistan has not joined the Russia-led Eurasian Economic Union"})
R("Kyrgyzstan", "member_of", EAEU, "asserted", F, {A3: "Unlike neighbouring Kyrgyzstan, Tajikistan has not joined"},
  note="implicature of 'unlike'")
R("Tajikistan", "borders", "Kyrgyzstan", "asserted", F,
  {A3: "Unlike neighbouring Kyrgyzstan"}, note="'neighbouring', 'the two neighbours'")
R("Tajikistan", "candidate_for", EAEU, "hedged", F, {A3: "Overchuk said membership \"remains an option\""})
R("Tajikistan", "candidate_for", EAEU, "negated", F, {A3: "Tajik officials have given no sign they intend to apply"})
R("Tajikistan", "signed_agreement_with", "Kyrgyzstan", "asserted", T,
  {A3: "Tajikistan signed a border treaty with Kyrgyzstan in March 2025"}, time="2025-03")
R("Tajikistan", "in_conflict_with", "Kyrgyzstan", "asserted", T,
  {A3: "ending decades of disputes that erupted into deadly fighting in 2021 and 2022"},
  note="past dispute, ended by the treaty; no single time")
R("Tajikistan", "normalized_relations_with", "Kyrgyzstan", "asserted", T,
  {A3: "the two neighbours have since normalised relations"})
R("Firdavs Nazarov", "lives_in", "Yekaterinburg", "asserted", T,
  {A3: "Firdavs Nazarov, a 31-year-old Tajik bricklayer who has lived in Yekaterinburg for six years"})
R("Firdavs Nazarov", "citizen_of", "Tajikistan", "asserted", T, {A3: "a 31-year-old Tajik bricklayer"})
R("Emomali Rahmon", "visited", "Moscow", "hedged", T, {A3: "Rahmon is expected to travel to Moscow in May"},
  alt_o=["Russia"], note="'is expected to'; no time in a wire copy")
R("Emomali Rahmon", "negotiating_with", "Russia", "hedged", F,
  {A3: "migration is likely to feature in his talks there"}, alt_s=["Tajikistan"],
  note="'his talks there' (in Moscow), 'likely'")

# ---- A4 Gwadar convoy attack (newspaper, 2026-03-12; Tuesday = 2026-03-10)
for v in ["Zhou Minghui", "Li Haotian"]:
    R(BLA, "killed", v, "reported", T, {A4: "its fighters had killed the engineers, Zhou Minghui and Li Haotian"},
      time="2026-03-10", note="BLA claim; the ambush was on Tuesday")
    R(v, "works_for", CCCC, "asserted", T,
      {A4: "Zhou Minghui and Li Haotian, both employees of China Communications Construction Company"},
      role="engineer")
    R(v, "citizen_of", "China", "asserted", F,
      {A4: "Two Chinese engineers and a Pakistani police constable were killed"},
      note="named only in the next sentence")
R(BLA, "threatened", "China", "reported", T, {A4: "warned China to \"leave Balochistan or bury more of its people here\""},
  time="2026-03")
R("Gwadar", "located_in", "Balochistan", "asserted", T, {A4: "Gwadar, in Pakistan's southwestern Balochistan province"})
R("Balochistan", "located_in", "Pakistan", "asserted", T, {A4: "Pakistan's southwestern Balochistan province"})
R("Gwadar", "located_in", "Pakistan", "asserted", F, {A4: "Gwadar, in Pakistan's southwestern Balochistan province"},
  note="entailment")
R("China", "signed_agreement_with", "Pakistan", "asserted", T, {A4: "that Beijing and Islamabad signed in 2015"},
  time="2015", alt_s=["Beijing"], alt_o=["Islamabad"], note="CPEC")
R("China", "party_to", "China-Pakistan Economic Corridor", "asserted", F,
  {A4: "that Beijing and Islamabad signed in 2015"}, time="2015", note="'Beijing' for China")
R("Pakistan", "party_to", "China-Pakistan Economic Corridor", "asserted", F,
  {A4: "that Beijing and Islamabad signed in 2015"}, time="2015", note="'Islamabad' for Pakistan")
R("Mohsin Naqvi", "works_for", "Pakistan", "asserted", F, {A4: "Interior Minister Mohsin Naqvi"},
  role="interior minister", note="the country only from context")
R("Mohsin Naqvi", "visited", "Gwadar", "asserted", T, {A4: "Mohsin Naqvi flew to Gwadar on Wednesday"}, time="2026-03-11")
R("Mohsin Naqvi", "met_with", "Jiang Zaidong", "asserted", T, {A4: "met Chinese Ambassador Jiang Zaidong"},
  time="2026-03-11")
R("Jiang Zaidong", "works_for", "China", "asserted", T, {A4: "Chinese Ambassador Jiang Zaidong"}, role="ambassador")
R("Jiang Zaidong", "visited", "Gwadar", "asserted", F, {A4: "who had travelled from Islamabad"}, time="2026-03-11",
  note="travelled to the meeting in Gwadar")
R("Shehbaz Sharif", "head_of", "Pakistan", "asserted", F, {A4: "Prime Minister Shehbaz Sharif"},
  role="prime minister", note="the country only from context")
R("Shehbaz Sharif", "contacted", "Li Qiang", "reported", T,
  {A4: "Shehbaz Sharif telephoned Chinese Premier Li Qiang the same evening"}, time="2026-03-11",
  alt_s=["Pakistan"], alt_o=["China"])
R("Li Qiang", "head_of", "China", "asserted", T, {A4: "Chinese Premier Li Qiang"}, alt_p=["works_for"], role="premier")
R("Guo Jiakun", "works_for", "China", "asserted", F, {A4: "In Beijing, foreign ministry spokesperson Guo Jiakun"},
  role="foreign ministry spokesperson", note="'In Beijing, foreign ministry spokesperson'")
R("China", "supported", "Pakistan", "planned", T,
  {A4: "China would \"firmly support\" Pakistan's fight against terrorism"}, alt_s=["Guo Jiakun"])
R(BLA, "attacked", "Gwadar Port Authority complex", "asserted", T,
  {A4: "In March 2024, BLA fighters stormed the Gwadar Port Authority complex"}, time="2024-03")
R("China", "allied_with", "Pakistan", "asserted", T, {A4: "Beijing, Pakistan's closest ally"}, alt_s=["Beijing"])
R("China", "negotiating_with", "Pakistan", "asserted", T,
  {A4: "Beijing and Islamabad have been negotiating a joint security framework since last summer"},
  alt_s=["Beijing"], alt_o=["Islamabad"], note="attributed to two officials; ongoing, no time")
R("Asim Munir", "works_for", "Pakistan", "asserted", F, {A4: "Army chief Field Marshal Asim Munir"},
  role="army chief", note="the country only from context")
R("Asim Munir", "visited", "Turbat", "asserted", T,
  {A4: "visited the wounded at a military hospital in Turbat on Wednesday"}, time="2026-03-11")
R("Asim Munir", "threatened", BLA, "asserted", T,
  {A4: "vowed that BLA fighters would be \"hunted down wherever they hide\""}, alt_s=["Pakistan"], time="2026-03")
R("Pakistan", "in_conflict_with", BLA, "asserted", T,
  {A4: "Pakistani forces have fought the BLA and other separatist groups in Balochistan for two decades"})
R("India", "supported", BLA, "reported", F, {A4: "Islamabad accuses India of backing the BLA"},
  note="Pakistan's accusation, which India denies")
R("India", "supported", BLA, "negated", T, {A4: "a charge New Delhi denies"}, alt_s=["New Delhi"],
  note="trap: the denial must stay negated")
R("United States", "sanctioned", BLA, "asserted", T,
  {A4: "imposed sanctions on the group in August last year"}, time="2025-08")

# ---- A5 EU-Central Asia raw materials (newspaper, 2026-04-22; Tuesday = 2026-04-21)
for c in ["Kazakhstan", "Uzbekistan"]:
    R(EU, "signed_agreement_with", c, "asserted", T,
      {A5: "The European Union signed a memorandum on critical raw materials with Kazakhstan and Uzbekistan"},
      time="2026-04-21")
    R(c, "party_to", CRM, "asserted", F,
      {A5: "The European Union signed a memorandum on critical raw materials with Kazakhstan and Uzbekistan"},
      time="2026-04-21", note="follows from signing with the EU")
R(EU, "party_to", CRM, "asserted", T,
  {A5: "The European Union signed a memorandum on critical raw materials"}, time="2026-04-21")
R("Kaja Kallas", "works_for", EU, "asserted", T, {A5: "EU foreign policy chief Kaja Kallas"}, role="foreign policy chief")
for c in ["Kyrgyzstan", "Tajikistan"]:
    R(c, "party_to", CRM, "planned", T,
      {A5: "Kyrgyzstan and Tajikistan said they would sign the memorandum later this year"}, time="2026")
R("Turkmenistan", "party_to", CRM, "negated", T,
  {A5: "while Turkmenistan, which sent only a deputy minister to the meeting, did not sign it"},
  note="trap: 'did not sign'")
R("Kaja Kallas", "met_with", "Shavkat Mirziyoyev", "asserted", T,
  {A5: "Kallas, who also met Uzbek President Shavkat Mirziyoyev on Tuesday evening"}, time="2026-04-21")
R("Kaja Kallas", "visited", "Tashkent", "asserted", F, {A5: "she told a news conference in Tashkent"},
  time="2026-04", alt_o=["Uzbekistan"])
R("Tashkent", "capital_of", "Uzbekistan", "asserted", T, {A5: "Tashkent, the Uzbek capital"})
R("Jozef Sikela", "works_for", "European Commission", "asserted", T,
  {A5: "Jozef Sikela, the European Commission's commissioner for international partnerships"},
  alt_o=[EU], role="commissioner for international partnerships")
for c, ev in [("Kazakhstan", "including upgrades to the Kazakh port of Aktau"),
              ("Uzbekistan", "and to rail links in Uzbekistan")]:
    R(EU, "supported", c, "planned", F, {A5: ev}, alt_s=["Jozef Sikela", "European Commission"],
      note="announced Global Gateway money")
R(EU, "trades_with", "Central Asia", "asserted", F,
  {A5: "Trade between the EU and the five Central Asian states reached 54 billion euros last year"},
  note="group: the five states")
R("China", "trades_with", "Central Asia", "asserted", F, {A5: "the region's second-largest trading partner after China"},
  note="group: the region")
R("China", "imports_from", "Turkmenistan", "asserted", T, {A5: "China, which buys most of Turkmenistan's natural gas"},
  alt_p=["trades_with"], commodity="natural gas")
for c in ["Russia", "China"]:
    R("Uzbekistan", "trades_with", c, "reported", T,
      {A5: "Uzbekistan \"will not cut its trade with Russia or China to please anyone,\""},
      alt_s=["Bakhtiyor Saidov"], note="trap: 'will not cut its trade' holds the trade")
R(EU, "sanctioned", "Russia", "asserted", T, {A5: "The EU has sanctioned Russia since its full-scale invasion"},
  time="2022")
R(EU, "sanctioned", "Kyrgyzstan", "asserted", F, {A5: "whose country saw two of its banks listed by Brussels last year"},
  time="2025", alt_s=["Brussels"], note="loose: two Kyrgyz banks, not the state")
R("Jeenbek Kulubaev", "criticized", EU, "asserted", F,
  {A5: "criticised what he called the \"collective punishment\" of Kyrgyz businesses"},
  alt_s=["Kyrgyzstan"], note="the EU is implied, not named")
for c in ["Kazakhstan", "Kyrgyzstan"]:
    R(c, "member_of", CSTO, "asserted", T,
      {A5: "Kazakhstan, Kyrgyzstan and Tajikistan are members of the Collective Security Treaty Organization"})
R("Ursula von der Leyen", "head_of", "European Commission", "asserted", T,
  {A5: "Ursula von der Leyen, the president of the European Commission"}, role="president")
R("Ursula von der Leyen", "visited", "Samarkand", "asserted", T,
  {A5: "attended the first EU-Central Asia summit in the Uzbek city of Samarkand in April last year"},
  time="2025-04", alt_o=["Uzbekistan"])
R("Samarkand", "located_in", "Uzbekistan", "asserted", T, {A5: "the Uzbek city of Samarkand"})
R(EU, "allied_with", "Central Asia", "asserted", F,
  {A5: "the two sides agreed to upgrade their relations to a strategic partnership"}, note="group; loose")
R("Shavkat Mirziyoyev", "visited", "Brussels", "planned", T,
  {A5: "he would travel to Brussels for the second summit next year"}, time="2027")
R("Eduards Stiprais", "works_for", EU, "asserted", T,
  {A5: "Eduards Stiprais, the EU special representative for Central Asia"}, role="special representative")

# ---- A6 Caspian summit in Tehran (newspaper, 2026-06-10; Tuesday = 2026-06-09)
CASPIAN5 = ["Iran", "Russia", "Azerbaijan", "Kazakhstan", "Turkmenistan"]
for c in CASPIAN5:
    R(c, "party_to", CMSA, "asserted", F,
      {A6: "The leaders of the five Caspian Sea states signed the Caspian Maritime Safety Agreement in Tehran on Tuesday"},
      time="2026-06-09", note="group: 'the five Caspian Sea states'")
    R(c, "party_to", CONV, "asserted", F,
      {A6: "the Convention on the Legal Status of the Caspian Sea that the five countries signed in the Kazakh port of Aktau in 2018"},
      time="2018", note="group: 'the five countries'")
    R("Caspian Sea", "borders", c, "asserted", T,
      {A6: "is bordered by Russia, Kazakhstan, Turkmenistan, Iran and Azerbaijan"})
R("Masoud Pezeshkian", "head_of", "Iran", "asserted", T, {A6: "Iranian President Masoud Pezeshkian"}, role="president")
R("Vladimir Putin", "head_of", "Russia", "asserted", T, {A6: "President Vladimir Putin of Russia"}, role="president")
for g in ["Vladimir Putin", "Ilham Aliyev", "Kassym-Jomart Tokayev", SB]:
    R(g, "visited", "Tehran", "asserted", F,
      {A6: "at the Saadabad Palace in northern Tehran"}, time="2026-06-09", alt_o=["Iran"],
      note="hosted in Tehran")
R("Saadabad Palace", "located_in", "Tehran", "asserted", T, {A6: "the Saadabad Palace in northern Tehran"})
R("Tehran", "capital_of", "Iran", "asserted", T, {A6: "Tehran, the Iranian capital"})
for c in ["Turkmenistan", "Azerbaijan"]:
    R("Vladimir Putin", "threatened", c, "asserted", T,
      {A6: "Putin used his speech to warn Turkmenistan and Azerbaijan"}, time="2026-06-09", alt_s=["Russia"])
R(EU, "supported", "Trans-Caspian Gas Pipeline", "asserted", T, {A6: "which the European Union has backed"})
R("Turkmenistan", "negotiating_with", "Azerbaijan", "reported", T,
  {A6: "its talks with Azerbaijan on a 300-km subsea section were continuing"}, alt_s=[SB])
R("Turkmenistan", "supported", "Trans-Caspian Gas Pipeline", "reported", F,
  {A6: "said Turkmenistan \"will not abandon\" the pipeline"}, alt_s=[SB],
  note="trap: 'will not abandon' keeps the backing")
R("Ilham Aliyev", "met_with", SB, "asserted", T, {A6: "Aliyev, who met Serdar Berdimuhamedov on the sidelines"},
  time="2026-06")
R("Iran", "criticized", "Trans-Caspian Gas Pipeline", "asserted", F,
  {A6: "Iran, which has long objected to the pipeline on environmental grounds"})
R("Iran", "allied_with", "Russia", "asserted", F, {A6: "sided with Moscow"}, alt_o=["Moscow"], note="loose")
R("Israel", "attacked", "Iran", "asserted", T, {A6: "Israel and the United States struck Iranian nuclear sites in June last year"},
  time="2025-06")
R("United States", "attacked", "Iran", "asserted", T,
  {A6: "Israel and the United States struck Iranian nuclear sites in June last year"}, time="2025-06")
R("Vladimir Putin", "met_with", "Ilham Aliyev", "asserted", T,
  {A6: "Putin and Aliyev held their first formal talks since October last year"}, time="2026-06",
  alt_s=["Russia"], alt_o=["Azerbaijan"])
R("Azerbaijan", "normalized_relations_with", "Russia", "asserted", T,
  {A6: "when Russia and Azerbaijan patched up relations"}, time="2025-10",
  alt_s=["Ilham Aliyev"], alt_o=["Vladimir Putin"])
R("Russia", "attacked", "Azerbaijan Airlines", "reported", F,
  {A6: "that Putin acknowledged had been hit by Russian air defences in December 2024"}, time="2024-12",
  note="loose: the airline's jet, hit by Russian air defences")
R("Iran", "in_conflict_with", "Azerbaijan", "negated", T, {A6: "Iran had \"no dispute whatsoever\" with Azerbaijan"},
  alt_s=["Masoud Pezeshkian"], note="trap")
R("Iran", "criticized", "Azerbaijan", "negated", T, {A6: "denied reports that Tehran had protested to Baku"},
  alt_s=["Tehran", "Masoud Pezeshkian"], alt_o=["Baku"], note="trap: a denied protest")

# ---- A7 Turkic states in Turkestan (html, 2026-05-27; Tuesday = 2026-05-26)
R("Turkestan", "located_in", "Kazakhstan", "asserted", T, {A7: "the Kazakh city of Turkestan"})
R("Turkmenistan", "member_of", OTS, "negated", T, {A7: "Turkmenistan, which is not a full member of the organisation"},
  note="an observer only")
R("Recep Tayyip Erdogan", "head_of", "Turkey", "asserted", T, {A7: "Turkish President Recep Tayyip Erdogan"},
  role="president")
R("Sadyr Japarov", "head_of", "Kyrgyzstan", "asserted", T, {A7: "Kyrgyz President Sadyr Japarov"}, role="president")
R(GB, "visited", "Turkestan", "asserted", F, {A7: "Turkmenistan was represented by Gurbanguly Berdimuhamedov"},
  time="2026-05", alt_o=["Kazakhstan"], note="attended the summit in Turkestan")
for c in ["Turkey", "Azerbaijan", "Kazakhstan", "Uzbekistan", "Kyrgyzstan"]:
    R(c, "member_of", OTS, "asserted", F, {A7: "signed by the five full members"},
      note="group: 'the five full members', the leaders named in the second paragraph")
    R(c, "party_to", SCW, "asserted", F,
      {A7: "The Agreement on a Single Customs Window, signed by the five full members"}, time="2026-05-26",
      note="group: 'the five full members'")
R("Turkmenistan", "party_to", SCW, "negated", T,
  {A7: "did not sign, although Omuraliev said it could join the system later"}, note="trap: 'did not sign'")
R("Turkmenistan", "party_to", SCW, "hedged", F, {A7: "Omuraliev said it could join the system later"},
  alt_p=["candidate_for"])
R("Kubanychbek Omuraliev", "head_of", OTS, "asserted", T, {A7: "OTS Secretary-General Kubanychbek Omuraliev"},
  role="secretary-general")
R("Recep Tayyip Erdogan", "visited", "Turkestan", "asserted", T, {A7: "Erdogan, on his first visit to Turkestan"},
  time="2026-05", alt_o=["Kazakhstan"])
R("Mausoleum of Khoja Ahmed Yasawi", "located_in", "Turkestan", "asserted", T,
  {A7: "Mausoleum of Khoja Ahmed Yasawi in Turkestan"})
R("Recep Tayyip Erdogan", "met_with", "Kassym-Jomart Tokayev", "asserted", T,
  {A7: "Erdogan and Tokayev then held separate talks"}, time="2026-05", alt_s=["Turkey"], alt_o=["Kazakhstan"])
R("Kazakhstan", "signed_agreement_with", "Turkey", "asserted", T, {A7: "signed a defence-industry agreement"},
  time="2026-05", alt_s=["Kassym-Jomart Tokayev"], alt_o=["Recep Tayyip Erdogan"],
  note="'Erdogan and Tokayev ... signed a defence-industry agreement'")
R("Kazakhstan", "diplomatic_relations_with", "Turkey", "asserted", T,
  {A7: "Kazakhstan and Turkey established diplomatic relations in 1992"}, note="a standing relation: no time")
R("Turkey", "recognizes", TRNC, "asserted", T, {A7: "Turkey is the only country that recognises the TRNC"})
R("Azerbaijan", "recognizes", TRNC, "negated", T, {A7: "stopped short of recognising the TRNC"},
  note="trap: 'stands with Turkish Cypriots' but no recognition")
for c in ["Kazakhstan", "Uzbekistan", "Kyrgyzstan"]:
    R(c, "recognizes", TRNC, "negated", F, {A7: "none of the Central Asian members has signalled that it will do so"},
      note="group: 'none of the Central Asian members'")
R("Azerbaijan", "allied_with", "Turkey", "asserted", F, {A7: "whose country is Turkey"}, alt_s=["Ilham Aliyev"],
  note="'Aliyev, whose country is Turkey's closest ally'")
R("Hungary", "member_of", EU, "asserted", T, {A7: "Hungary, the only European Union member"})
R(OTS, "based_in", "Istanbul", "asserted", T, {A7: "The OTS, whose secretariat is based in Istanbul"})

# ---- A8 TAPI Herat section (html, 2026-01-22; Wednesday = 2026-01-21)
R("Herat", "located_in", "Afghanistan", "asserted", T, {A8: "the western Afghan city of Herat"})
R(GB, "visited", "Herat", "asserted", T, {A8: "opened the valve at a ceremony in Herat"}, time="2026-01-21",
  alt_o=["Afghanistan"])
R("Abdul Ghani Baradar", "works_for", "Afghanistan", "asserted", T,
  {A8: "deputy prime minister for economic affairs, Abdul Ghani Baradar"}, alt_o=["Taliban"],
  role="deputy prime minister for economic affairs")
R("Taliban", "took_control_of", "Kabul", "asserted", T, {A8: "since the Taliban seized Kabul in August 2021"},
  time="2021-08")
R(GB, "met_with", "Abdul Ghani Baradar", "asserted", T,
  {A8: "Gurbanguly Berdimuhamedov and Baradar later held talks"}, time="2026-01")
R("Galkynysh gas field", "located_in", "Turkmenistan", "asserted", T,
  {A8: "the Galkynysh gas field in southeastern Turkmenistan"})
R("Multan", "located_in", "Pakistan", "asserted", T, {A8: "Multan in Pakistan"})
for c in ["Turkmenistan", "Afghanistan", "Pakistan"]:
    R(c, "party_to", TAPIA, "asserted", F,
      {A8: "The four countries signed the intergovernmental agreement on the project"},
      time="2010-12", note="group: 'the four countries' of the TAPI name")
R("India", "party_to", TAPIA, "asserted", T, {A8: "India, which signed the 2010 agreement"}, time="2010",
  note="also one of 'the four countries' that signed in December 2010")
R("Ashgabat", "capital_of", "Turkmenistan", "asserted", T, {A8: "the Turkmen capital, Ashgabat"})
R("Afghanistan", "imports_from", "Turkmenistan", "asserted", T,
  {A8: "Afghanistan already imports electricity from Turkmenistan and Uzbekistan"}, alt_p=["trades_with"],
  commodity="electricity")
R("Afghanistan", "imports_from", "Uzbekistan", "asserted", T,
  {A8: "Afghanistan already imports electricity from Turkmenistan and Uzbekistan"}, alt_p=["trades_with"],
  commodity="electricity")
R("Afghanistan", "imports_from", "Turkmenistan", "planned", T,
  {A8: "it will buy about 500 million cubic metres of gas a year"}, commodity="natural gas",
  note="'will buy', said Muttaqi")
R("Amir Khan Muttaqi", "works_for", "Afghanistan", "asserted", T, {A8: "Afghan Foreign Minister Amir Khan Muttaqi"},
  alt_o=["Taliban"], role="foreign minister")
R("Ali Pervaiz Malik", "works_for", "Pakistan", "asserted", T, {A8: "Petroleum Minister Ali Pervaiz Malik"},
  role="petroleum minister")
R("Ali Pervaiz Malik", "visited", "Herat", "asserted", F, {A8: "who attended the ceremony"}, time="2026-01-21",
  alt_o=["Afghanistan"], note="the ceremony was in Herat")
R("Pakistan", "negotiating_with", "Turkmenistan", "reported", T,
  {A8: "Pakistan and Turkmenistan were still negotiating the price of gas and transit fees"})
R("Pakistan", "supported", "TAPI pipeline", "reported", F, {A8: "would \u201cnot abandon\u201d the project"},
  alt_s=["Islamabad", "Ali Pervaiz Malik"], note="trap: 'not abandon' keeps the backing")
R("Pakistan", "in_conflict_with", "Afghanistan", "asserted", F, {A8: "despite its tensions with Kabul"},
  alt_o=["Kabul", "Taliban"], note="loose: 'tensions'")
for c in ["Kabul", "Kandahar"]:
    R("Pakistan", "attacked", c, "asserted", T, {A8: "Pakistani air strikes hit Kabul and Kandahar"}, time="2025-10",
      alt_o=["Afghanistan"], note="'in October', before the January 2026 publication")
R("Taliban", "attacked", "Pakistan", "asserted", F, {A8: "Taliban forces attacked Pakistani border posts"},
  time="2025-10", alt_s=["Afghanistan"], note="object only as 'Pakistani border posts'")
for c in ["Qatar", "Turkey"]:
    R(c, "brokered", "Doha ceasefire", "asserted", T, {A8: "The Doha ceasefire brokered by Qatar and Turkey"},
      note="no time in its sentence")
R("Pakistan", "blockaded", "Afghanistan", "reported", F, {A8: "which Afghan officials describe as a blockade"},
  note="closure of Torkham and Chaman, called a blockade by Afghan officials")
R("Amir Khan Muttaqi", "criticized", "Pakistan", "asserted", T, {A8: "Muttaqi accused Pakistan of"},
  alt_s=["Afghanistan", "Taliban"])
R("Turkmenistan", "gained_independence_from", "Soviet Union", "asserted", T,
  {A8: "which gained independence from the Soviet Union in 1991"}, time="1991")
R("Turkmenistan", "recognizes", "Afghanistan", "negated", T,
  {A8: "does not formally recognise the Taliban government"}, note="trap: accepting an ambassador is not recognition")
R("Hibatullah Akhundzada", "head_of", "Taliban", "asserted", T, {A8: "Taliban supreme leader Hibatullah Akhundzada"},
  alt_o=["Afghanistan"], role="supreme leader")
R("Hibatullah Akhundzada", "lives_in", "Kandahar", "asserted", T, {A8: "who lives in Kandahar"})
R("India", "imports_from", "Turkmenistan", "hedged", F, {A8: "has not said whether it will buy TAPI gas"},
  commodity="natural gas", note="open question, neither planned nor denied")
R("Asian Development Bank", "based_in", "Manila", "asserted", T, {A8: "The Manila-based Asian Development Bank"})
R("Asian Development Bank", "supported", "TAPI pipeline", "asserted", T,
  {A8: "which has provided technical assistance to the TAPI project"})


# ================================================================ machinery
def die(msg):
    sys.exit("build_gold: ERROR: " + msg)


def clean_html(src):
    src = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", src)
    src = re.sub(r"(?is)<!--.*?-->", "", src)
    src = re.sub(r"(?is)<!DOCTYPE[^>]*>", "", src)
    src = re.sub(r"(?i)</?(p|div|li|ul|ol|h[1-6]|figcaption|figure|title|header|footer|nav|section|aside|article|"
                 r"form|main|body|head|html|button|label|br|meta|link|img|input)\b[^>]*>", "\n", src)
    src = re.sub(r"<[^>]+>", "", src)
    src = html.unescape(src)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in src.split("\n")]
    return "\n".join(ln for ln in lines if ln)


DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2} \([^)]+\) - ")
CREDIT = re.compile(r"^\(Reporting by [^;]+(; [^;]+)*; Editing by [^)]+\)$")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def load_doc(name):
    path = os.path.join(CORPUS, name)
    if not os.path.exists(path):
        die(f"missing article {path}")
    raw = open(path, encoding="utf-8").read()
    style = STYLE[name]
    if style == "html":
        full = clean_html(raw)
        m = re.search(r'(?s)<div class="article-body">(.*?)</div>', raw)
        if not m:
            die(f"{name}: no article-body div")
        body = clean_html(m.group(1))
        h1 = re.search(r"(?s)<h1>(.*?)</h1>", raw)
        tm = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})', raw)
        if not (h1 and tm):
            die(f"{name}: no h1 or time")
        for part in ("<!DOCTYPE html>", "<meta ", "cookie", "<nav", "breadcrumb", "<article", "<figure",
                     "<figcaption>", "<aside", "newsletter", "<footer"):
            if part.lower() not in raw.lower():
                die(f"{name}: page lacks {part}")
        title = html.unescape(h1.group(1)).strip()
        published = tm.group(1)
    else:
        lines = raw.split("\n")
        full = "\n".join(ln.rstrip() for ln in lines).strip("\n")
        title = lines[0].strip()
        if style == "wire":
            start = next((i for i, ln in enumerate(lines) if DATELINE.match(ln)), None)
            end = next((i for i, ln in enumerate(lines) if ln.startswith("(Reporting")), None)
            if start is None or end is None:
                die(f"{name}: wire copy without dateline or credit line")
            if not CREDIT.match(lines[end].strip()):
                die(f"{name}: bad credit line")
            if re.search(r"\b20\d\d\b", DATELINE.match(lines[start]).group(0)):
                die(f"{name}: dateline carries a year")
            if not any(w in lines[start] for w in WEEKDAYS):
                die(f"{name}: lead names no weekday")
            body = "\n".join(ln.strip() for ln in lines[start:end] if ln.strip())
            published = ""
        else:
            if not re.match(r"^Published: \d{4}-\d{2}-\d{2}$", lines[1]) or \
                    not re.match(r"^By [A-Z][a-z]+ [A-Z][a-z]+$", lines[2]) or lines[3].strip():
                die(f"{name}: newspaper header must be title, Published:, By, blank line")
            published = lines[1].split(": ")[1]
            body = "\n".join(ln.strip() for ln in lines[4:] if ln.strip())
    n_words = len(body.split())
    if not 350 <= n_words <= 650:
        die(f"{name}: body has {n_words} words, outside 350-650")
    return dict(name=name, full=full, body=body, title=title, published=published, style=style, words=n_words)


SENT_SPLIT = re.compile(r"(?<=[.!?])[\"\u201d\u2019)]?\s+(?=[\"\u201c(]?[A-Z0-9])")


def sentences(body):
    out = []
    for para in body.split("\n"):
        pos = 0
        for m in SENT_SPLIT.finditer(para):
            seg = para[pos:m.end()].strip()
            # keep closing quotes with the sentence they end
            out.append(seg)
            pos = m.end()
        out.append(para[pos:].strip())
    return [s for s in out if s]


def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def occurs(text, names):
    low = text.lower()
    for n in names:
        if re.search(r"(?<![\w])" + re.escape(n.lower()) + r"(?![\w])", low):
            return True
    return False


def main():
    docs = {n: load_doc(n) for n in STYLE}
    sents = {n: sentences(d["body"]) for n, d in docs.items()}

    # entities
    by_name, alias_owner = {}, {}
    for e in E:
        if e["type"] not in TYPES:
            die(f"entity {e['name']}: bad type {e['type']}")
        if e["name"] in by_name:
            die(f"entity {e['name']} listed twice")
        by_name[e["name"]] = e
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != e["name"]:
                die(f"alias '{a}' belongs to both {alias_owner[k]} and {e['name']}")
            alias_owner[k] = e["name"]
    canon = lambda s: alias_owner.get(norm(s), s)

    def spellings(name):
        e = by_name[name]
        return [e["name"]] + e["aliases"]

    units, used = {}, set()
    triples, statements = [], []
    for i, r in enumerate(ROWS):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['modality']})"
        if r["p"] not in SIGNATURES:
            die(f"{tag}: unknown predicate")
        for ap in r["alt_p"]:
            if ap not in SIGNATURES:
                die(f"{tag}: unknown alt predicate {ap}")
        if r["modality"] not in MODALITIES:
            die(f"{tag}: bad modality")
        if not isinstance(r["required"], bool):
            die(f"{tag}: required must be a bool")
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in by_name:
                die(f"{tag}: unknown entity {n}")
            used.add(n)
        for s in [r["s"]] + r["alt_s"]:
            for p in [r["p"]] + r["alt_p"]:
                for o in [r["o"]] + r["alt_o"]:
                    st, ot = SIGNATURES[p]
                    ts, to = by_name[s]["type"], by_name[o]["type"]
                    ok = (ts in st and to in ot) or (p in SYMMETRIC and to in st and ts in ot)
                    if not ok:
                        die(f"{tag}: reading {s} ({ts}) {p} {o} ({to}) breaks the signature")
        if r["role"] and r["p"] not in ("head_of", "works_for"):
            die(f"{tag}: role only on head_of/works_for")
        if r["commodity"] and r["p"] != "imports_from":
            die(f"{tag}: commodity only on imports_from")
        t = r["time"]
        if t is not None:
            if not TIME_RE.match(t):
                die(f"{tag}: bad time {t}")
            if r["p"] in STATIC:
                die(f"{tag}: static relation with a time")
        if not r["ev"]:
            die(f"{tag}: no evidence")
        # unit
        s, o = canon(r["s"]), canon(r["o"])
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        key = (s, r["p"], o, POLARITY[r["modality"]])
        if key in units:
            die(f"{tag}: unit repeats row {units[key]}")
        units[key] = i
        # evidence per document
        for doc, ev in r["ev"].items():
            if doc not in docs:
                die(f"{tag}: unknown document {doc}")
            d = docs[doc]
            if ev not in d["body"]:
                die(f"{tag}: evidence not in the body of {doc}: {ev!r}")
            hits = [snt for snt in sents[doc] if ev in snt]
            if not hits:
                die(f"{tag}: evidence spans two sentences in {doc}: {ev!r}")
            sentence = hits[0]
            for role, names in (("subject", [r["s"]]), ("object", [r["o"]]),
                                ("alt_s", r["alt_s"]), ("alt_o", r["alt_o"])):
                for n in names:
                    if not occurs(d["body"], spellings(n)):
                        die(f"{tag}: {role} {n} never occurs in {doc}")
            if t is not None and d["style"] == "wire":
                if t[:4] not in sentence and not (len(t) == 3 and t in sentence):
                    die(f"{tag}: wire copy {doc} gives no explicit year {t[:4]} in its sentence")
            if t is not None and d["published"] and r["modality"] not in ("planned", "hedged"):
                if t > d["published"][:len(t)]:
                    die(f"{tag}: time {t} after publication {d['published']} of {doc}")
            start = d["full"].find(sentence)
            if start < 0:
                die(f"{tag}: sentence not found in cleaned text of {doc}")
            statements.append({
                "subject": r["s"], "subject_type": by_name[r["s"]]["type"], "predicate": r["p"],
                "object": r["o"], "object_type": by_name[r["o"]]["type"], "modality": r["modality"],
                "time": t or "", "role": r["role"] or "", **({"commodity": r["commodity"]} if r["commodity"] else {}),
                "confidence": 1.0, "source": "corpus/" + doc, "title": d["title"], "published": d["published"],
                "sentence": sentence, "start": start, "end": start + len(sentence), "rule": "gold",
            })
        first = next(iter(r["ev"].values()))
        note = f"'{first}'" + (f"; {r['note']}" if r["note"] else "")
        row = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": list(r["ev"].keys()), "modality": r["modality"]}
        if t is not None:
            row["time"] = t
        row["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                row[k] = r[k]
        row["note"] = note
        triples.append(row)

    unused = [e["name"] for e in E if e["name"] not in used]
    if unused:
        die(f"entities never used by a row: {unused}")
    for n in docs:
        if not any(n in r["ev"] for r in ROWS):
            die(f"document {n} has no rows")

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in E:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for t in triples:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for s in statements:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")

    # summary
    req = sum(t["required"] for t in triples)
    print(f"rows={len(triples)} required={req} ({req / len(triples):.0%}) statements={len(statements)} "
          f"entities={len(E)}")
    print("rows with time:", sum("time" in t for t in triples),
          " rows with alt:", sum(any(k in t for k in ("alt_s", "alt_p", "alt_o")) for t in triples))
    print("entities by type:", dict(Counter(e["type"] for e in E)))
    preds = Counter(t["p"] for t in triples)
    print(f"predicates used ({len(preds)}):", dict(sorted(preds.items())))
    print("unused predicates:", sorted(set(SIGNATURES) - set(preds)))
    mods = defaultdict(lambda: [0, 0])
    for t in triples:
        mods[t["modality"]][0] += 1
        mods[t["modality"]][1] += t["required"]
    print("modality (rows, required):", dict(mods))
    for n, d in docs.items():
        rows = [t for t in triples if n in t["docs"]]
        print(f"  {n}: {d['style']} published={d['published'] or '-'} words={d['words']} "
              f"facts={len(rows)} required={sum(t['required'] for t in rows)}")


if __name__ == "__main__":
    main()
