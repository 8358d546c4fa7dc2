#!/usr/bin/env python3
"""Build the gold standard of news set zo.

Every gold row is written here once, with the phrase that supports it in
each article. Running this script checks the rows against the articles and
against SCHEMA.md and writes:

  entities.jsonl              gold entities with types and aliases
  triples.jsonl               one row per fact and polarity (eval/README.md format)
  selfcheck_statements.jsonl  one statement per gold row and document, in the
                              `kg export --format jsonl` shape of DESIGN.md

It stops with a list of errors (exit status 1) if an evidence phrase is not
in its article's cleaned body text, if a subject or object never occurs in its
article, if a type, predicate, modality or time breaks SCHEMA.md or a
predicate's signature, if a unit (subject, predicate, object, polarity)
repeats, or if an alias belongs to two entities.

Usage: python3 tools/build_gold.py   (from anywhere)
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

# ---------------------------------------------------------------- documents
DOCS = {
    "G": ("gulf_of_aden_bulk_carrier_strike.txt", "wire"),
    "I": ("igad_juba_envoys_machar_trial.txt", "wire"),
    "E": ("eac_budget_arrears_arusha.txt", "wire"),
    "B": ("berbera_corridor_investment_forum.txt", "newspaper"),
    "A": ("aussom_funding_shortfall.txt", "newspaper"),
    "K": ("kenya_uae_cepa_ratification.txt", "newspaper"),
    "S": ("sudan_quad_truce_jeddah.html", "html"),
    "C": ("cairo_tripartite_red_sea_summit.html", "html"),
}

# ------------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ANY = set(TYPES)
ACTOR = {"Person", "Country", "Organization"}
PRED = {  # predicate: (subject types, object types)
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
# relations that hold as a state: never carry a time
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "diplomatic_relations_with", "allied_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^(\d{3}|\d{4}(-\d{2}(-\d{2})?)?)$")

# ----------------------------------------------------------------- entities
ENTITIES = [
    # people
    ("Yahya Saree", "Person", ["Saree", "Yahya Sarea"]),
    ("Ramon Dizon", "Person", ["Dizon"]),
    ("Kaja Kallas", "Person", ["Kallas"]),
    ("Abdoulkader Houssein Omar", "Person", ["Abdoulkader Houssein"]),
    ("Workneh Gebeyehu", "Person", ["Workneh"]),
    ("Salva Kiir", "Person", ["Kiir", "Salva Kiir Mayardit", "President Salva Kiir"]),
    ("Riek Machar", "Person", ["Machar"]),
    ("Deng Akol Manyang", "Person", ["Manyang"]),
    ("David Majur Dak", "Person", ["Majur Dak", "General David Majur Dak"]),
    ("Paul Malong Awan", "Person", ["Paul Malong", "Malong"]),
    ("Beatrice Askul Moe", "Person", ["Beatrice Askul", "Askul Moe"]),
    ("Veronica Nduva", "Person", ["Nduva"]),
    ("Christelle Mbuyi Kalala", "Person", ["Mbuyi Kalala"]),
    ("Jean-Claude Ndikumana", "Person", ["Ndikumana"]),
    ("Samia Suluhu Hassan", "Person", ["Samia Suluhu", "President Samia Suluhu Hassan"]),
    ("Abdirahman Mohamed Abdullahi", "Person", ["Abdirahman Irro", "Irro", "Abdirahman Abdullahi"]),
    ("Sultan Ahmed bin Sulayem", "Person", ["bin Sulayem", "Sultan bin Sulayem"]),
    ("Hassan Sheikh Mohamud", "Person", ["Hassan Sheikh", "Mohamud", "President Hassan Sheikh Mohamud"]),
    ("Abdirahman Dahir Adan", "Person", ["Dahir Adan"]),
    ("Hodan Yusuf Ali", "Person", []),
    ("Mahmoud Ali Youssouf", "Person", ["Youssouf"]),
    ("Yoweri Museveni", "Person", ["Museveni", "Yoweri Kaguta Museveni"]),
    ("Abdiwali Hassan Gure", "Person", ["Gure"]),
    ("Hamza Abdi Barre", "Person", ["Hamza Barre"]),
    ("William Ruto", "Person", ["Ruto", "William Samoei Ruto"]),
    ("Mohamed bin Zayed Al Nahyan", "Person", ["Mohamed bin Zayed", "Sheikh Mohamed bin Zayed Al Nahyan",
                                               "Sheikh Mohamed bin Zayed", "MBZ"]),
    ("Esther Wambui Kamau", "Person", ["Wambui Kamau"]),
    ("Thani bin Ahmed Al Zeyoudi", "Person", ["Al Zeyoudi", "Thani Al Zeyoudi"]),
    ("Musalia Mudavadi", "Person", ["Mudavadi"]),
    ("Peter Odhiambo Were", "Person", []),
    ("Abdel Fattah al-Burhan", "Person", ["Burhan", "al-Burhan", "General Abdel Fattah al-Burhan",
                                          "Abdel Fattah Burhan"]),
    ("Mohamed Hamdan Dagalo", "Person", ["Hemedti", "Dagalo", "Hamdan Dagalo"]),
    ("Abdelaziz al-Hilu", "Person", ["al-Hilu", "Abdel Aziz al-Hilu"]),
    ("Mohamed Adam Ismail", "Person", []),
    ("Massad Boulos", "Person", ["Boulos"]),
    ("Badr Abdelatty", "Person", ["Abdelatty", "Badr Abdel Aty"]),
    ("Faisal bin Farhan", "Person", ["Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud"]),
    ("Kamil Idris", "Person", ["Kamil el-Tayeb Idris"]),
    ("Abdel Fattah al-Sisi", "Person", ["Sisi", "al-Sisi", "el-Sisi", "Abdel Fattah el-Sisi"]),
    ("Isaias Afwerki", "Person", ["Isaias", "Afwerki"]),
    ("Nebiat Getachew", "Person", ["Nebiat"]),
    ("Abiy Ahmed", "Person", ["Abiy", "Abiy Ahmed Ali"]),
    ("Yemane Gebremeskel", "Person", ["Yemane"]),
    # countries
    ("Yemen", "Country", ["Republic of Yemen"]),
    ("Israel", "Country", ["State of Israel"]),
    ("Philippines", "Country", ["Republic of the Philippines"]),
    ("Iran", "Country", ["Islamic Republic of Iran"]),
    ("Djibouti", "Country", ["Republic of Djibouti"]),
    ("Oman", "Country", ["Sultanate of Oman"]),
    ("United States", "Country", ["U.S.", "US", "USA", "United States of America", "America",
                                  "Washington", "Trump administration", "U.S. government"]),
    ("Saudi Arabia", "Country", ["Kingdom of Saudi Arabia"]),
    ("South Sudan", "Country", ["Republic of South Sudan"]),
    ("Sudan", "Country", ["Republic of the Sudan", "Sudanese government"]),
    ("Uganda", "Country", ["Republic of Uganda"]),
    ("Ethiopia", "Country", ["Federal Democratic Republic of Ethiopia"]),
    ("Kenya", "Country", ["Republic of Kenya"]),
    ("Somalia", "Country", ["Federal Republic of Somalia", "Federal Government of Somalia"]),
    ("Eritrea", "Country", ["State of Eritrea"]),
    ("Burundi", "Country", ["Republic of Burundi"]),
    ("Democratic Republic of Congo", "Country", ["Democratic Republic of the Congo", "DRC", "DR Congo",
                                                 "Congo", "Congo-Kinshasa"]),
    ("Rwanda", "Country", ["Republic of Rwanda"]),
    ("Tanzania", "Country", ["United Republic of Tanzania"]),
    ("Somaliland", "Country", ["Republic of Somaliland"]),
    ("United Arab Emirates", "Country", ["UAE", "U.A.E.", "Emirates"]),
    ("Turkey", "Country", ["Türkiye", "Turkiye", "Republic of Turkey"]),
    ("Taiwan", "Country", ["Republic of China"]),
    ("Egypt", "Country", ["Arab Republic of Egypt"]),
    ("Pakistan", "Country", ["Islamic Republic of Pakistan"]),
    # organizations
    ("Houthi movement", "Organization", ["Houthis", "Houthi", "Ansar Allah"]),
    ("European Union", "Organization", ["EU", "E.U."]),
    ("Intergovernmental Authority on Development", "Organization", ["IGAD"]),
    ("African Union", "Organization", ["AU"]),
    ("African Union Peace and Security Council", "Organization",
     ["AU Peace and Security Council", "Peace and Security Council",
      "African Union's Peace and Security Council", "PSC"]),
    ("Sudan People's Liberation Movement-in-Opposition", "Organization",
     ["SPLM-IO", "SPLM/A-IO", "Sudan People’s Liberation Movement-in-Opposition"]),
    ("White Army", "Organization", ["Nuer White Army"]),
    ("South Sudan People's Defence Forces", "Organization",
     ["SSPDF", "South Sudan People’s Defence Forces", "South Sudanese army"]),
    ("South Sudan United Front", "Organization", ["SSUF", "SSUF/A"]),
    ("East African Community", "Organization", ["EAC"]),
    ("M23", "Organization", ["March 23 Movement", "M23 rebels", "AFC/M23"]),
    ("RED-Tabara", "Organization", ["RED Tabara"]),
    ("African Development Bank", "Organization", ["AfDB"]),
    ("DP World", "Organization", ["Dubai Ports World"]),
    ("Arab League", "Organization", ["League of Arab States"]),
    ("SSC-Khatumo", "Organization", ["SSC Khatumo"]),
    ("African Union Commission", "Organization", ["AU Commission", "AUC"]),
    ("AUSOM", "Organization", ["African Union Support and Stabilization Mission in Somalia",
                               "AU Support and Stabilization Mission in Somalia"]),
    ("al-Shabaab", "Organization", ["al Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen"]),
    ("al-Qaeda", "Organization", ["al Qaeda", "al-Qaida"]),
    ("Islamic State Somalia", "Organization", ["Islamic State", "Islamic State in Somalia", "ISIS-Somalia",
                                               "IS-Somalia"]),
    ("UN Security Council", "Organization", ["U.N. Security Council", "Security Council",
                                             "United Nations Security Council", "UNSC"]),
    ("National Assembly of Kenya", "Organization", ["National Assembly", "Kenyan National Assembly",
                                                    "Kenya's National Assembly"]),
    ("AD Ports Group", "Organization", ["AD Ports", "Abu Dhabi Ports"]),
    ("Kenya Ports Authority", "Organization", ["KPA"]),
    ("Dock Workers Union", "Organization", ["Kenya Dock Workers Union"]),
    ("Sudanese Armed Forces", "Organization", ["SAF", "Sudanese army", "Sudan's army", "Sudan’s army"]),
    ("Rapid Support Forces", "Organization", ["RSF"]),
    ("Quad", "Organization", ["Sudan Quad"]),
    ("Transitional Sovereignty Council", "Organization", ["Sovereignty Council", "Sovereign Council"]),
    ("Sudan People's Liberation Movement-North", "Organization",
     ["SPLM-N", "Sudan People’s Liberation Movement-North", "SPLM-North"]),
    ("United Nations", "Organization", ["U.N.", "UN"]),
    # cities
    ("Sanaa", "City", ["Sana'a", "Sana’a"]),
    ("Aden", "City", []),
    ("Eilat", "City", []),
    ("Tehran", "City", []),
    ("Juba", "City", []),
    ("Addis Ababa", "City", []),
    ("Nasir", "City", []),
    ("Arusha", "City", []),
    ("Goma", "City", []),
    ("Bukavu", "City", []),
    ("Kigali", "City", []),
    ("Berbera", "City", []),
    ("Dubai", "City", []),
    ("Hargeisa", "City", []),
    ("Mogadishu", "City", []),
    ("Las Anod", "City", ["Laascaanood"]),
    ("Adan Yabaal", "City", []),
    ("Afgoye", "City", ["Afgooye"]),
    ("Kampala", "City", []),
    ("Abu Dhabi", "City", []),
    ("Dar es Salaam", "City", []),
    ("Nairobi", "City", []),
    ("Kadugli", "City", []),
    ("El Fasher", "City", ["al-Fashir", "El Fashir"]),
    ("Khartoum", "City", []),
    ("Omdurman", "City", []),
    ("Cairo", "City", []),
    ("Assab", "City", []),
    # regions
    ("Horn of Africa", "Region", []),
    ("Upper Nile", "Region", ["Upper Nile state"]),
    ("Sool", "Region", ["Sool region"]),
    ("Middle Shabelle", "Region", []),
    ("Jubaland", "Region", []),
    ("Puntland", "Region", []),
    ("South Kordofan", "Region", []),
    ("Darfur", "Region", []),
    ("Red Sea", "Region", []),
    ("Blue Nile", "Region", []),
    # agreements
    ("Revitalised Agreement on the Resolution of the Conflict in South Sudan", "Agreement",
     ["R-ARCSS", "Revitalised Agreement", "Revitalized Agreement on the Resolution of the Conflict in South Sudan",
      "2018 peace agreement"]),
    ("Ankara Declaration", "Agreement", []),
    ("Kenya-UAE Comprehensive Economic Partnership Agreement", "Agreement",
     ["Comprehensive Economic Partnership Agreement", "CEPA", "Kenya-UAE CEPA"]),
    ("Jeddah Declaration", "Agreement", ["Jeddah Declaration of Commitment to Protect the Civilians of Sudan"]),
    ("Cairo Declaration on Red Sea Security", "Agreement", ["Cairo Declaration"]),
    # facilities
    ("Camp Lemonnier", "Facility", []),
    ("Ittihadiya Palace", "Facility", ["Ittihadiya presidential palace", "Ittihadiya palace"]),
    ("TURKSOM", "Facility", ["TURKSOM base", "Camp TURKSOM"]),
    ("Grand Ethiopian Renaissance Dam", "Facility", ["GERD", "Renaissance Dam"]),
]

# --------------------------------------------------------------------- rows
ROWS = []


def R(s, p, o, m, ev, req=True, t=None, alt_s=(), alt_p=(), alt_o=(), note="", role="", commodity=""):
    """ev: {doc key: phrase or (phrase, {"m": modality, "t": time})}"""
    ROWS.append(dict(s=s, p=p, o=o, m=m, ev=ev, req=req, t=t, alt_s=list(alt_s), alt_p=list(alt_p),
                     alt_o=list(alt_o), note=note, role=role, commodity=commodity))


US, UAE, DRC = "United States", "United Arab Emirates", "Democratic Republic of Congo"
HOU, IGAD, AU, EAC = "Houthi movement", "Intergovernmental Authority on Development", "African Union", "East African Community"
SPLMIO, SSPDF, SPLMN = "Sudan People's Liberation Movement-in-Opposition", "South Sudan People's Defence Forces", "Sudan People's Liberation Movement-North"
RARCSS = "Revitalised Agreement on the Resolution of the Conflict in South Sudan"
CEPA = "Kenya-UAE Comprehensive Economic Partnership Agreement"
HSM, MBZ, BURHAN, HEMEDTI = "Hassan Sheikh Mohamud", "Mohamed bin Zayed Al Nahyan", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"
SAF, RSF, SISI = "Sudanese Armed Forces", "Rapid Support Forces", "Abdel Fattah al-Sisi"
CAIRODEC = "Cairo Declaration on Red Sea Security"

# ---- G: gulf_of_aden_bulk_carrier_strike.txt (wire, no year)
R("Yahya Saree", "works_for", HOU, "asserted", {"G": "Houthi military spokesman Yahya Saree"}, role="military spokesman")
R("Yahya Saree", "threatened", "Israel", "asserted", {"G": "He threatened Israel with further strikes"}, req=False,
  alt_s=[HOU], note="'He' refers back to Saree across sentences")
R("Eilat", "located_in", "Israel", "asserted", {"G": "the Israeli port of Eilat"}, req=False,
  note="demonym adjective only")
R(HOU, "killed", "Ramon Dizon", "reported",
  {"G": "the missile strike by the Houthis killed a Filipino crew member, Ramon Dizon"}, note="UKMTO said")
R("Ramon Dizon", "citizen_of", "Philippines", "asserted", {"G": "a Filipino crew member, Ramon Dizon"})
R("Kaja Kallas", "works_for", "European Union", "asserted", {"G": "Kaja Kallas, the EU's foreign policy chief"},
  role="foreign policy chief")
R("Kaja Kallas", "criticized", HOU, "asserted", {"G": "She condemned the Houthis"}, req=False,
  alt_s=["European Union"], note="'She' refers back to Kallas across sentences")
R("Iran", "supported", HOU, "asserted", {"G": "The Iran-backed Houthis"})
R("Iran", "supported", HOU, "negated",
  {"G": "denied on Wednesday that Tehran had supplied the Houthis with the missiles"}, alt_s=["Tehran"],
  note="polarity trap: Iran denies supplying the missiles; the same article calls the Houthis Iran-backed")
R(HOU, "took_control_of", "Sanaa", "asserted", {"G": "who seized Yemen's capital Sanaa in 2014"}, t="2014")
R("Sanaa", "capital_of", "Yemen", "asserted", {"G": "Yemen's capital Sanaa"})
R("Sanaa", "located_in", "Yemen", "asserted", {"G": "Yemen's capital Sanaa"}, req=False, note="entailed by capital_of")
R(HOU, "based_in", "Yemen", "asserted", {"G": "Yemen's Houthi movement"}, req=False, note="possessive only")
R("Abdoulkader Houssein Omar", "works_for", "Djibouti", "asserted",
  {"G": "Djibouti's foreign minister, Abdoulkader Houssein Omar"}, role="foreign minister")
R("Abdoulkader Houssein Omar", "criticized", HOU, "asserted", {"G": "Abdoulkader Houssein Omar, condemned the Houthis"},
  alt_s=["Djibouti"])
R("Djibouti", "contacted", "Yemen", "reported",
  {"G": "his government had contacted Yemen's internationally recognised government in Aden"},
  alt_s=["Abdoulkader Houssein Omar"], alt_o=["Aden"])
R("Djibouti", "contacted", "Oman", "reported", {"G": "as well as Oman, which has long served as a go-between"},
  alt_s=["Abdoulkader Houssein Omar"], note="'his government had contacted ... as well as Oman'")
R("Camp Lemonnier", "located_in", "Djibouti", "asserted", {"G": "hosts Camp Lemonnier"}, req=False, alt_p=["based_in"],
  note="'Djibouti ... hosts Camp Lemonnier'")
R("Djibouti", "located_in", "Horn of Africa", "asserted", {"G": "Djibouti, a Horn of Africa state"}, req=False,
  note="noun modifier reading")
R(US, "signed_agreement_with", HOU, "asserted",
  {"G": "The United States and the Houthis agreed to a ceasefire brokered by Oman in May 2025"}, t="2025-05")
R(US, "attacked", HOU, "asserted", {"G": "after seven weeks of U.S. strikes on the group in Yemen"}, t="2025",
  req=False, alt_o=["Yemen"], note="nominal 'U.S. strikes on the group'; 'the group' = the Houthis")
R(US, "attacked", HOU, "negated", {"G": "Washington had \"no plans at this stage\" to resume strikes on the Houthis"},
  note="polarity trap: no plans to resume strikes")
R(US, "sanctioned", HOU, "asserted", {"G": "Washington imposed fresh sanctions on the Houthis last month"},
  note="wire copy: 'last month' has no year, so no time")
R("Saudi Arabia", "in_conflict_with", HOU, "asserted",
  {"G": "Saudi Arabia, which led a military coalition against the Houthis from 2015"}, t="2015")
R("Saudi Arabia", "negotiating_with", HOU, "asserted", {"G": "has held on-and-off talks with the group since 2022"},
  t="2022", req=False, note="'the group' = the Houthis")

# ---- I: igad_juba_envoys_machar_trial.txt (wire, no year)
R(IGAD, "visited", "Juba", "planned", {"I": "will send a panel of three envoys to Juba next week"}, req=False,
  note="the bloc acts through envoys")
R("Workneh Gebeyehu", "head_of", IGAD, "asserted", {"I": "Workneh Gebeyehu, IGAD's executive secretary"},
  alt_p=["works_for"], role="executive secretary")
R(AU, "based_in", "Addis Ababa", "asserted",
  {"I": "the African Union headquarters in Addis Ababa", "A": "the AU's headquarters in Addis Ababa"})
R("Workneh Gebeyehu", "visited", "Addis Ababa", "asserted",
  {"I": "told reporters at the African Union headquarters in Addis Ababa"}, req=False,
  note="speaking there implies presence; IGAD sits in Djibouti")
R(IGAD, "met_with", "Salva Kiir", "planned", {"I": "the envoys would meet President Salva Kiir"}, req=False,
  note="subject is 'the envoys'")
R(IGAD, "met_with", "Riek Machar", "hedged", {"I": "might also seek a meeting with Machar"}, req=False,
  note="subject is 'the envoys'")
R("Riek Machar", "lives_in", "Juba", "asserted",
  {"I": "held under house arrest at his residence in the South Sudanese capital, Juba"}, req=False)
R("Juba", "capital_of", "South Sudan", "asserted", {"I": "the South Sudanese capital, Juba"})
R("Juba", "located_in", "South Sudan", "asserted", {"I": "the South Sudanese capital, Juba"}, req=False,
  note="entailed by capital_of")
R("Riek Machar", "head_of", SPLMIO, "asserted",
  {"I": "Machar, who leads the Sudan People's Liberation Movement-in-Opposition (SPLM-IO)"}, role="leader")
R("White Army", "took_control_of", "Nasir", "asserted", {"I": "White Army fighters overran the Upper Nile town of Nasir"},
  note="wire copy: 'In March' has no year")
R("White Army", "killed", "David Majur Dak", "asserted", {"I": "killed General David Majur Dak"})
R("David Majur Dak", "works_for", SSPDF, "asserted",
  {"I": "General David Majur Dak of the South Sudan People's Defence Forces (SSPDF)"}, role="general")
R("Nasir", "located_in", "Upper Nile", "asserted", {"I": "the Upper Nile town of Nasir"})
R(SPLMIO, "supported", "White Army", "reported", {"I": "The government says the SPLM-IO armed the White Army"})
R(SPLMIO, "supported", "White Army", "negated", {"I": "a charge the party denies"},
  note="polarity trap: the party denies arming the militia")
R("Deng Akol Manyang", "works_for", "Salva Kiir", "asserted",
  {"I": "Deng Akol Manyang, a spokesman for South Sudanese President Salva Kiir"}, alt_o=["South Sudan"],
  role="spokesman")
R("Salva Kiir", "head_of", "South Sudan", "asserted", {"I": "South Sudanese President Salva Kiir"}, role="president")
R("Deng Akol Manyang", "criticized", IGAD, "asserted", {"I": "accused IGAD of meddling"}, alt_s=["South Sudan"])
R(IGAD, "brokered", RARCSS, "asserted",
  {"I": "The Revitalised Agreement on the Resolution of the Conflict in South Sudan, which IGAD brokered"}, t="2018")
R("Salva Kiir", "signed_agreement_with", "Riek Machar", "asserted",
  {"I": "which Kiir and Machar signed in Addis Ababa in September 2018"}, t="2018-09",
  alt_s=["South Sudan"], alt_o=[SPLMIO])
R("Salva Kiir", "visited", "Addis Ababa", "asserted", {"I": "which Kiir and Machar signed in Addis Ababa in September 2018"},
  t="2018-09", req=False, note="inferred from signing there")
R("Riek Machar", "visited", "Addis Ababa", "asserted", {"I": "which Kiir and Machar signed in Addis Ababa in September 2018"},
  t="2018-09", req=False, note="inferred from signing there")
R(SSPDF, "in_conflict_with", "White Army", "asserted", {"I": "Clashes between the SSPDF and the White Army"})
R("Upper Nile", "located_in", "South Sudan", "asserted", {"I": "South Sudan's Upper Nile state"})
R("Uganda", "supported", "Salva Kiir", "asserted",
  {"I": "Uganda, which deployed troops to Juba in March to shore up Kiir's government"}, alt_o=["South Sudan"],
  req=False, note="loose: deploying troops 'to shore up Kiir's government'")
R("Uganda", "attacked", "White Army", "asserted", {"I": "has carried out air strikes on White Army positions near Nasir"})
R(IGAD, "based_in", "Djibouti", "asserted", {"I": "IGAD, which is headquartered in Djibouti"})
for _c in ["Ethiopia", "Kenya", "Uganda"]:
    R(_c, "member_of", IGAD, "asserted",
      {"I": "has eight member states, among them Ethiopia, Kenya and Uganda"})
R("Ethiopia", "borders", "Upper Nile", "asserted", {"I": "Neighbouring Ethiopia, which borders Upper Nile"})
R("Ethiopia", "borders", "South Sudan", "asserted", {"I": "Neighbouring Ethiopia"}, req=False,
  note="'Neighbouring' with South Sudan implied")
R("South Sudan", "negotiating_with", "South Sudan United Front", "asserted",
  {"I": "talks in Nairobi between South Sudan's government and holdout rebel groups, including the South Sudan United Front"},
  req=False, note="group reference: 'holdout rebel groups, including'")
R("Paul Malong Awan", "head_of", "South Sudan United Front", "asserted",
  {"I": "the South Sudan United Front of former army chief Paul Malong Awan"}, req=False, role="leader",
  note="genitive 'Front of ... Paul Malong Awan'")
R("African Union Peace and Security Council", "supported", IGAD, "asserted",
  {"I": "The African Union's Peace and Security Council endorsed the IGAD mission"}, alt_s=[AU])
R("South Sudan", "gained_independence_from", "Sudan", "asserted",
  {"I": "South Sudan, which won independence from Sudan in 2011"}, t="2011")
R("Sudan", "borders", "South Sudan", "asserted", {"I": "depends on oil exported through its northern neighbour"},
  req=False, note="'its northern neighbour' = Sudan by coreference")

# ---- E: eac_budget_arrears_arusha.txt (wire, no year)
_e3 = "gave three member states, Burundi, South Sudan and the Democratic Republic of Congo"
for _c in ["Burundi", "South Sudan", DRC]:
    R(EAC, "threatened", _c, "asserted", {"E": _e3},
      note="'East African Community ministers ... threatened to strip them of their voting rights'")
    R(_c, "member_of", EAC, "asserted", {"E": _e3}, req=False,
      note="'member states' of the bloc whose ministers act; implicit")
R("Beatrice Askul Moe", "works_for", "Kenya", "asserted",
  {"E": "Kenya's Cabinet Secretary for East African Community affairs, Beatrice Askul Moe"},
  role="Cabinet Secretary for East African Community affairs")
R(EAC, "based_in", "Arusha", "asserted", {"E": "the Arusha-based EAC secretariat"})
R("Veronica Nduva", "head_of", EAC, "asserted", {"E": "Veronica Nduva, the EAC's secretary general"},
  alt_p=["works_for"], role="secretary general")
for _c in ["Kenya", "Uganda", "Tanzania"]:
    R(_c, "member_of", EAC, "asserted",
      {"E": "The EAC's three founding members, Kenya, Uganda and Tanzania",
       "K": "Uganda and Tanzania, which revived the East African Community with Kenya in 2000"})
R("Somalia", "member_of", EAC, "asserted", {"E": "Somalia, which joined the EAC in March 2024"})
R("Christelle Mbuyi Kalala", "works_for", DRC, "asserted",
  {"E": "Congo's delegate, deputy minister for regional integration Christelle Mbuyi Kalala"},
  role="deputy minister for regional integration")
R("Christelle Mbuyi Kalala", "criticized", "Rwanda", "asserted", {"E": "after accusing Rwanda of backing the M23 rebels"},
  alt_s=[DRC])
R("Rwanda", "supported", "M23", "reported", {"E": "accusing Rwanda of backing the M23 rebels"})
R("Rwanda", "supported", "M23", "negated", {"E": "Rwanda denies supporting M23"},
  note="polarity trap: Rwanda's denial")
R("M23", "took_control_of", "Goma", "asserted", {"E": "who captured the eastern Congolese city of Goma in January 2025"},
  t="2025-01")
R("M23", "took_control_of", "Bukavu", "asserted", {"E": "Goma in January 2025 and Bukavu a month later"}, t="2025-02",
  req=False, note="ellipsis: 'and Bukavu a month later'")
R("Goma", "located_in", DRC, "asserted", {"E": "the eastern Congolese city of Goma"}, req=False,
  note="demonym adjective only")
R(DRC, "signed_agreement_with", "Rwanda", "asserted",
  {"E": "The two countries signed a peace agreement in Washington in June 2025"}, t="2025-06", req=False,
  note="'The two countries' refers back across sentences")
R("Burundi", "borders", "Rwanda", "asserted", {"E": "Burundi, which has kept its border with Rwanda closed"})
R("Burundi", "criticized", "Rwanda", "asserted", {"E": "accuses Kigali of sheltering the RED-Tabara rebel group"},
  alt_o=["Kigali"])
R("Rwanda", "supported", "RED-Tabara", "reported", {"E": "accuses Kigali of sheltering the RED-Tabara rebel group"},
  req=False, alt_s=["Kigali"], note="'sheltering' as support; metonymy")
R("Jean-Claude Ndikumana", "lives_in", "Kigali", "asserted", {"E": "who lives in the Rwandan capital, Kigali"})
R("Jean-Claude Ndikumana", "citizen_of", "Burundi", "asserted", {"E": "an exiled Burundian journalist"})
R("Kigali", "capital_of", "Rwanda", "asserted", {"E": "the Rwandan capital, Kigali"})
R("Kigali", "located_in", "Rwanda", "asserted", {"E": "the Rwandan capital, Kigali"}, req=False,
  note="entailed by capital_of")
R("Kenya", "imports_from", "Uganda", "asserted", {"E": "Kenya, which buys most of its imported sugar from Uganda"},
  commodity="sugar")
R(EAC, "contacted", "African Development Bank", "hedged",
  {"E": "the secretariat could seek a bridging loan from the African Development Bank"}, req=False,
  note="subject is 'the secretariat'")
R("Samia Suluhu Hassan", "head_of", "Tanzania", "asserted", {"E": "Tanzanian President Samia Suluhu Hassan"},
  role="president")
R("Samia Suluhu Hassan", "citizen_of", "Tanzania", "asserted", {"E": "Tanzanian President Samia Suluhu Hassan"},
  req=False, note="entailment of a demonym title")

# ---- B: berbera_corridor_investment_forum.txt (newspaper, 2026-02-19, a Thursday)
R("Abdirahman Mohamed Abdullahi", "head_of", "Somaliland", "asserted",
  {"B": "Somaliland's president, Abdirahman Mohamed Abdullahi"}, role="president")
R("Abdirahman Mohamed Abdullahi", "visited", "Berbera", "asserted",
  {"B": "on Tuesday opened a two-day investment forum in Berbera"}, t="2026-02-17", req=False,
  note="opening a forum there implies presence")
R("Berbera", "located_in", "Somaliland", "asserted", {"B": "Berbera, on Somaliland's Gulf of Aden coast"})
R("DP World", "based_in", "Dubai", "asserted", {"B": "Dubai-based DP World", "K": "Dubai-based DP World"})
R("DP World", "signed_agreement_with", "Somaliland", "reported",
  {"B": "On Tuesday the company signed an agreement with the Somaliland government"}, t="2026-02-17", req=False,
  note="'the company' refers back to DP World across sentences")
R("Sultan Ahmed bin Sulayem", "head_of", "DP World", "asserted", {"B": "Sultan Ahmed bin Sulayem, who chairs DP World"},
  role="chairman")
R("Sultan Ahmed bin Sulayem", "visited", "Berbera", "asserted", {"B": "flew into Berbera on Monday"}, t="2026-02-16")
R("Somalia", "threatened", "DP World", "asserted", {"B": "warned DP World and other foreign firms"}, t="2026-02-18",
  req=False, note="loose: a legal warning read as a threat; 'Somalia's foreign ministry ... warned DP World ... contracts ... would be \"null and void\"' (Wednesday)")
R("Somalia", "criticized", "Somaliland", "asserted",
  {"B": "called the event \"a flagrant violation of Somalia's sovereignty\""}, t="2026-02-18", req=False,
  note="object is the event Somaliland hosted")
R("Somaliland", "located_in", "Somalia", "reported", {"B": "Somalia, which regards Somaliland as part of its territory"},
  req=False, note="Somalia's view, not the paper's")
R(HSM, "head_of", "Somalia", "asserted",
  {"B": "Somali President Hassan Sheikh Mohamud", "A": "Somalia's president, Hassan Sheikh Mohamud",
   "C": "Somalia’s President Hassan Sheikh Mohamud"}, role="president")
R(HSM, "criticized", UAE, "asserted", {"B": "accused the UAE of \"trading in Somali land\""}, t="2026-02-18",
  alt_s=["Somalia"], note="'the same day' = Wednesday")
R("Somalia", "contacted", "Arab League", "reported",
  {"B": "his government had written to the Arab League and the African Union"}, alt_s=[HSM])
R("Somalia", "contacted", AU, "reported", {"B": "his government had written to the Arab League and the African Union"},
  alt_s=[HSM])
R("Somalia", "member_of", "Arab League", "asserted",
  {"B": "The Arab League, of which Somalia has been a member since 1974"})
R("Israel", "recognizes", "Somaliland", "asserted",
  {"B": "In December, Israel became the first country to formally recognise Somaliland"}, t="2025-12")
R(AU, "criticized", "Israel", "asserted", {"B": "a move condemned by the African Union and the Arab League"},
  t="2025-12", req=False, note="'a move' = Israel's recognition")
R("Arab League", "criticized", "Israel", "asserted", {"B": "a move condemned by the African Union and the Arab League"},
  t="2025-12", req=False, note="'a move' = Israel's recognition")
R(US, "recognizes", "Somaliland", "negated", {"B": "The United States has not recognised Somaliland"},
  note="polarity trap")
R("Ethiopia", "signed_agreement_with", "Somaliland", "asserted",
  {"B": "Ethiopia, which signed a memorandum of understanding with Somaliland in January 2024"}, t="2024-01")
R("Ethiopia", "recognizes", "Somaliland", "hedged", {"B": "could yet recognise Somaliland"},
  note="'could yet recognise', attributed to an Ethiopian official")
R("Turkey", "brokered", "Ankara Declaration", "asserted",
  {"B": "brokered by Turkey, produced the Ankara Declaration in December 2024",
   "A": "Turkey brokered the Ankara Declaration in December 2024",
   "C": "Turkey, which brokered the Ankara Declaration between Ethiopia and Somalia in December 2024"}, t="2024-12")
R("Ethiopia", "negotiating_with", "Somalia", "asserted", {"B": "Addis Ababa set the memorandum aside after talks with Mogadishu"},
  t="2024", req=False, alt_s=["Addis Ababa"], alt_o=["Mogadishu"], note="nominal 'talks with Mogadishu'; metonymy")
R(UAE, "supported", "Somaliland", "asserted", {"B": "The UAE, which also trains Somaliland's coast guard"})
R("Abdirahman Dahir Adan", "works_for", "Somaliland", "asserted",
  {"B": "Somaliland's foreign minister, Abdirahman Dahir Adan"}, role="foreign minister")
R("Somaliland", "negotiating_with", "Somalia", "negated",
  {"B": "Hargeisa would not hold talks with Mogadishu until Somalia stopped"},
  alt_s=["Hargeisa", "Abdirahman Dahir Adan"], alt_o=["Mogadishu"], note="'would not ... until': negated")
R("Saudi Arabia", "imports_from", "Somaliland", "asserted", {"B": "Saudi Arabia, the main buyer of Somaliland's livestock"},
  commodity="livestock", req=False, note="nominal 'the main buyer of'")
R("Taiwan", "allied_with", "Somaliland", "asserted", {"B": "Taiwan, which has close ties with Somaliland"})
R("Hargeisa", "capital_of", "Somaliland", "asserted", {"B": "the Somaliland capital, Hargeisa"})
R("Hargeisa", "located_in", "Somaliland", "asserted", {"B": "the Somaliland capital, Hargeisa"}, req=False,
  note="entailed by capital_of")
R("Somaliland", "borders", "Ethiopia", "asserted", {"B": "Somaliland, which borders Ethiopia"})
R("SSC-Khatumo", "took_control_of", "Las Anod", "asserted", {"B": "SSC-Khatumo forces seized Las Anod"}, t="2023-08",
  note="'... from Somaliland's army in August 2023'")
R("SSC-Khatumo", "in_conflict_with", "Somaliland", "asserted",
  {"B": "SSC-Khatumo forces seized Las Anod, the capital of the eastern Sool region, from Somaliland's army"},
  t="2023-08", req=False, note="loose: fighting implied by the seizure")
R("Las Anod", "capital_of", "Sool", "asserted", {"B": "Las Anod, the capital of the eastern Sool region"})
R("Las Anod", "located_in", "Sool", "asserted", {"B": "Las Anod, the capital of the eastern Sool region"}, req=False,
  note="entailed by capital_of")
R("Sool", "seceded_from", "Somaliland", "asserted", {"B": "Sool has since broken away from Somaliland"})
R("Ethiopia", "trades_with", "Djibouti", "asserted", {"B": "Ethiopia, whose foreign trade passes overwhelmingly through Djibouti"},
  req=False, note="transit rather than trade with Djibouti; loose")
R("Hodan Yusuf Ali", "lives_in", "Hargeisa", "asserted", {"B": "a Hargeisa-based logistics consultant"}, req=False,
  note="'Hargeisa-based' as residence")

# ---- A: aussom_funding_shortfall.txt (newspaper, 2025-11-27, a Thursday)
R("Mahmoud Ali Youssouf", "head_of", "African Union Commission", "asserted",
  {"A": "Mahmoud Ali Youssouf, the chairperson of the African Union Commission"}, alt_o=[AU], role="chairperson")
R("Mahmoud Ali Youssouf", "citizen_of", "Djibouti", "asserted", {"A": "Youssouf, a Djiboutian diplomat"})
R("Mahmoud Ali Youssouf", "met_with", HSM, "asserted",
  {"A": "a day after meeting Somalia's president, Hassan Sheikh Mohamud"}, t="2025-11-24",
  note="'spoke a day after meeting' with the speech on Tuesday 25 November")
R(HSM, "visited", "Addis Ababa", "asserted", {"A": "at the AU's headquarters in Addis Ababa"}, t="2025-11-24",
  req=False, note="inferred from the meeting place")
for _c in ["Uganda", "Ethiopia", "Kenya", "Djibouti"]:
    R(_c, "supported", "AUSOM", "asserted",
      {"A": "draws most of its soldiers from Uganda, Ethiopia, Kenya and Djibouti"}, req=False,
      note="troop contribution read as support; inverse phrasing")
R("Egypt", "supported", "AUSOM", "planned",
  {"A": "Egypt, which pledged troops for AUSOM last year",
   "C": "Egypt would also begin deploying troops to Somalia under the African Union mission, AUSOM"},
  note="a pledge (A) and a plan (C)")
R("Egypt", "supported", "AUSOM", "negated", {"A": "has yet to deploy them"},
  note="polarity trap: 'has yet to deploy them'")
R("Yoweri Museveni", "head_of", "Uganda", "asserted", {"A": "Ugandan President Yoweri Museveni"}, role="president")
R("Yoweri Museveni", "citizen_of", "Uganda", "asserted", {"A": "Ugandan President Yoweri Museveni"}, req=False,
  note="entailment of a demonym title")
R("Yoweri Museveni", "threatened", AU, "asserted",
  {"A": "warned the AU last month that Uganda would withdraw its soldiers"}, t="2025-10", alt_s=["Uganda"])
R(US, "supported", "AUSOM", "negated", {"A": "the United States had refused to fund AUSOM"},
  note="polarity trap; diplomats said")
R("European Union", "supported", "AUSOM", "asserted", {"A": "still covers part of the mission's costs"}, req=False,
  note="'the mission' = AUSOM across sentences")
R("al-Shabaab", "member_of", "al-Qaeda", "asserted", {"A": "Al-Shabaab, al-Qaeda's affiliate in East Africa"},
  req=False, note="loose: affiliate read as member")
R("al-Shabaab", "took_control_of", "Adan Yabaal", "asserted",
  {"A": "including Adan Yabaal, a Middle Shabelle town it captured in April"}, t="2025-04")
R("Adan Yabaal", "located_in", "Middle Shabelle", "asserted", {"A": "Adan Yabaal, a Middle Shabelle town"})
R("al-Shabaab", "killed", "Abdiwali Hassan Gure", "reported",
  {"A": "an al-Shabaab suicide bomber killed a district commissioner, Abdiwali Hassan Gure"}, t="2025-11-22",
  note="police said; Saturday")
R("al-Shabaab", "attacked", "Afgoye", "asserted", {"A": "in the town of Afgoye"}, t="2025-11-22",
  req=False, note="the bombing in Afgoye read as an attack on the town")
R("Somalia", "in_conflict_with", "al-Shabaab", "asserted",
  {"A": "Somalia's government has fought al-Shabaab for nearly two decades"})
R("Hamza Abdi Barre", "head_of", "Somalia", "asserted", {"A": "Prime Minister Hamza Abdi Barre"}, req=False,
  role="prime minister", note="country only from context ('Somali forces')")
R(US, "attacked", "Islamic State Somalia", "reported",
  {"A": "most of them against Islamic State fighters in the mountains of the Puntland region"}, t="2025",
  note="'this year'; according to U.S. Africa Command")
R(US, "attacked", "al-Shabaab", "reported", {"A": "and the rest against al-Shabaab"}, t="2025", req=False,
  note="ellipsis: 'the rest against al-Shabaab'")
R("Islamic State Somalia", "based_in", "Puntland", "asserted",
  {"A": "Islamic State fighters in the mountains of the Puntland region"}, req=False, note="loose")
R("Ethiopia", "normalized_relations_with", "Somalia", "asserted",
  {"A": ("the two neighbours restored full diplomatic relations in January", {"t": "2025-01"}),
   "C": "Somalia had restored full diplomatic relations with Ethiopia last year"}, t="2025",
  note="A: 'in January' (2025); C: 'last year' (2025)")
R("Ethiopia", "borders", "Somalia", "asserted", {"A": "the two neighbours"}, req=False,
  note="'the two neighbours'")
R("Ethiopia", "in_conflict_with", "Somalia", "asserted", {"A": "ended a year-long row"}, req=False,
  note="a past row over the Somaliland port deal")
R("Jubaland", "borders", "Kenya", "asserted", {"A": "Jubaland, the federal state that borders Kenya"})
R("Mahmoud Ali Youssouf", "visited", "Kampala", "planned",
  {"A": "he would travel to Kampala next week"}, t="2025-12",
  note="next week = the week of 1 December 2025")
R("Mahmoud Ali Youssouf", "met_with", "Yoweri Museveni", "planned", {"A": "next week to meet Museveni"}, t="2025-12")
R("Mahmoud Ali Youssouf", "contacted", "UN Security Council", "planned",
  {"A": "he would brief the U.N. Security Council in December"}, t="2025-12", req=False,
  note="a briefing read as contact")
R("AUSOM", "based_in", "Somalia", "asserted", {"A": "The African Union's mission in Somalia"}, req=False,
  note="'mission in Somalia'")

# ---- K: kenya_uae_cepa_ratification.txt (newspaper, 2025-09-16, a Tuesday)
R("Kenya", "party_to", CEPA, "asserted",
  {"K": "Kenya's National Assembly last Thursday ratified the Comprehensive Economic Partnership Agreement"},
  t="2025-09-11", alt_s=["National Assembly of Kenya"], note="'last Thursday' = 11 September 2025")
R("William Ruto", "signed_agreement_with", MBZ, "asserted",
  {"K": "signed the agreement in the Emirati capital, Abu Dhabi, in January"}, t="2025-01",
  alt_s=["Kenya"], alt_o=[UAE], note="'Kenyan President William Ruto and the UAE's president ... signed the agreement'; the states in alt")
R(UAE, "party_to", CEPA, "asserted", {"K": "the UAE ratified it in March"}, t="2025-03")
R("William Ruto", "head_of", "Kenya", "asserted", {"K": "Kenyan President William Ruto"}, role="president")
R("William Ruto", "citizen_of", "Kenya", "asserted", {"K": "Kenyan President William Ruto"}, req=False,
  note="entailment of a demonym title")
R(MBZ, "head_of", UAE, "asserted", {"K": "the UAE's president, Sheikh Mohamed bin Zayed Al Nahyan"}, role="president")
R("Abu Dhabi", "capital_of", UAE, "asserted", {"K": "the Emirati capital, Abu Dhabi"})
R("Abu Dhabi", "located_in", UAE, "asserted", {"K": "the Emirati capital, Abu Dhabi"}, req=False,
  note="entailed by capital_of")
R("William Ruto", "visited", "Abu Dhabi", "asserted", {"K": "signed the agreement in the Emirati capital, Abu Dhabi, in January"},
  t="2025-01", req=False, alt_o=[UAE], note="inferred from signing there")
R("William Ruto", "met_with", MBZ, "asserted", {"K": "signed the agreement in the Emirati capital, Abu Dhabi, in January"},
  t="2025-01", req=False, note="inferred from signing together")
R("Kenya", "trades_with", UAE, "reported",
  {"K": "Two-way trade between Kenya and the UAE reached about $3.6 billion last year"}, t="2024",
  note="according to Kenya's trade ministry; 'last year' = 2024")
R("Kenya", "imports_from", UAE, "asserted", {"K": "Kenya imports mostly refined petroleum from the Emirates"},
  commodity="refined petroleum")
R(UAE, "imports_from", "Kenya", "asserted", {"K": "the UAE buys Kenyan tea"}, commodity="tea")
R("Esther Wambui Kamau", "works_for", "Kenya", "asserted", {"K": "Esther Wambui Kamau, Kenya's chief negotiator"},
  role="chief negotiator")
R("Pakistan", "imports_from", "Kenya", "reported",
  {"K": "Kenyan tea had lost ground in Pakistan and Egypt, its two biggest markets"}, req=False, commodity="tea",
  note="'biggest markets' for Kenyan tea")
R("Egypt", "imports_from", "Kenya", "reported",
  {"K": "Kenyan tea had lost ground in Pakistan and Egypt, its two biggest markets"}, req=False, commodity="tea",
  note="'biggest markets' for Kenyan tea")
R("Thani bin Ahmed Al Zeyoudi", "works_for", UAE, "asserted",
  {"K": "Thani bin Ahmed Al Zeyoudi, the UAE's minister of state for foreign trade"},
  role="minister of state for foreign trade")
R(UAE, "negotiating_with", "Tanzania", "reported", {"K": "the Emirates was negotiating a similar accord with Tanzania"},
  alt_s=["Thani bin Ahmed Al Zeyoudi"])
R(UAE, "signed_agreement_with", "Tanzania", "hedged", {"K": "could conclude it \"within months\""},
  note="'could conclude it'")
R("Musalia Mudavadi", "works_for", "Kenya", "asserted",
  {"K": "Prime Cabinet Secretary Musalia Mudavadi, who is also foreign minister"}, req=False,
  role="Prime Cabinet Secretary and foreign minister", note="country only from context")
R("Kenya", "trades_with", "European Union", "reported",
  {"K": "would \"not cut Kenya's trade ties with the European Union\""},
  note="polarity trap: 'would not cut ... trade ties' keeps the tie")
R("Kenya", "signed_agreement_with", "European Union", "asserted",
  {"K": "an economic partnership agreement that Nairobi signed with the EU in December 2023"}, t="2023-12",
  alt_s=["Nairobi"])
R("Dar es Salaam", "located_in", "Tanzania", "asserted", {"K": "Tanzania's port of Dar es Salaam"})
R("AD Ports Group", "negotiating_with", "Kenya Ports Authority", "asserted",
  {"K": "AD Ports Group is negotiating with the state-run Kenya Ports Authority"})
R("Dock Workers Union", "threatened", "Kenya Ports Authority", "asserted",
  {"K": "The Dock Workers Union has threatened the KPA with a strike"})
R("Peter Odhiambo Were", "member_of", "National Assembly of Kenya", "asserted",
  {"K": "Peter Odhiambo Were, an opposition member for a Nairobi constituency"}, req=False,
  note="'member for a Nairobi constituency' of the National Assembly, by context")

# ---- S: sudan_quad_truce_jeddah.html (2026-01-22, a Thursday)
R(SAF, "criticized", "Quad", "asserted", {"S": "Sudan's army on Tuesday rejected a proposal by the so-called Quad"},
  t="2026-01-20", req=False, alt_o=[US, "Saudi Arabia", UAE, "Egypt"],
  note="loose: rejecting a proposal read as criticism; 'rejected a proposal ... accusing the four countries of putting it on a par with the RSF'")
for _c in [US, "Saudi Arabia", UAE, "Egypt"]:
    R(_c, "member_of", "Quad", "asserted",
      {"S": "the so-called Quad, made up of the United States, Saudi Arabia, the United Arab Emirates and Egypt"})
R(SAF, "in_conflict_with", RSF, "asserted",
  {"S": "The Sudanese Armed Forces (SAF), which have been at war with the RSF since April 2023"}, t="2023-04")
R(SAF, "negotiating_with", RSF, "negated",
  {"S": "they would not return to talks with the paramilitary until its fighters withdrew"},
  note="'would not return to talks ... until': negated")
R("Saudi Arabia", "brokered", "Jeddah Declaration", "asserted",
  {"S": "The Jeddah Declaration, brokered by Saudi Arabia and the United States"}, t="2023-05")
R(US, "brokered", "Jeddah Declaration", "asserted",
  {"S": "The Jeddah Declaration, brokered by Saudi Arabia and the United States"}, t="2023-05")
R(SAF, "party_to", "Jeddah Declaration", "asserted", {"S": "signed by both warring parties in May 2023"}, t="2023-05",
  req=False, note="group reference 'both warring parties'")
R(RSF, "party_to", "Jeddah Declaration", "asserted", {"S": "signed by both warring parties in May 2023"}, t="2023-05",
  req=False, note="group reference 'both warring parties'")
R(SAF, "signed_agreement_with", RSF, "asserted", {"S": "signed by both warring parties in May 2023"}, t="2023-05",
  req=False, note="group reference 'both warring parties'")
R(BURHAN, "head_of", "Transitional Sovereignty Council", "asserted",
  {"S": "The chairman of the army-led Sovereignty Council, General Abdel Fattah al-Burhan"}, alt_o=["Sudan"],
  role="chairman")
R(BURHAN, "head_of", SAF, "asserted", {"S": "who is also the army's commander-in-chief"}, req=False,
  role="commander-in-chief", note="'the army' = SAF by coreference")
R(BURHAN, "visited", "Omdurman", "asserted", {"S": "told troops in Omdurman on Wednesday"}, t="2026-01-21", req=False,
  note="speaking to troops there implies presence")
R(HEMEDTI, "head_of", RSF, "asserted", {"S": "RSF commander Mohamed Hamdan Dagalo"}, role="commander")
R(HEMEDTI, "criticized", SAF, "asserted", {"S": "accused the Sudanese army of"}, t="2026-01-21", alt_s=[RSF])
R(RSF, "blockaded", "Kadugli", "asserted", {"S": "have tightened their siege of Kadugli"},
  note="'the RSF and its ally ... have tightened their siege of Kadugli'")
R(SPLMN, "blockaded", "Kadugli", "asserted", {"S": "have tightened their siege of Kadugli"},
  note="coordinated subject")
R(RSF, "allied_with", SPLMN, "asserted",
  {"S": "the RSF and its ally, the Sudan People's Liberation Movement-North (SPLM-N)"})
R("Abdelaziz al-Hilu", "head_of", SPLMN, "asserted", {"S": "faction led by Abdelaziz al-Hilu"}, role="leader")
R("Kadugli", "capital_of", "South Kordofan", "asserted", {"S": "Kadugli, the capital of South Kordofan state"})
R("Kadugli", "located_in", "South Kordofan", "asserted", {"S": "Kadugli, the capital of South Kordofan state"},
  req=False, note="entailed by capital_of")
R(RSF, "attacked", "Kadugli", "reported", {"S": "The RSF struck Kadugli's main market with drones on Sunday"},
  t="2026-01-18", note="the Sudan Doctors Network said")
R(RSF, "killed", "Mohamed Adam Ismail", "reported", {"S": "among them a local doctor, Mohamed Adam Ismail"},
  t="2026-01-18", note="'killing at least 23 people, among them a local doctor, Mohamed Adam Ismail'")
R(RSF, "took_control_of", "El Fasher", "asserted", {"S": "The paramilitary captured El Fasher"}, t="2025-10",
  req=False, note="'The paramilitary' = RSF across sentences")
R("El Fasher", "located_in", "Darfur", "asserted", {"S": "El Fasher, the army's last stronghold in Darfur"}, req=False,
  note="'last stronghold in Darfur'")
R(RSF, "blockaded", "El Fasher", "asserted", {"S": "after an 18-month siege"}, req=False,
  note="siege by 'the paramilitary' across sentences")
R("United Nations", "criticized", RSF, "asserted",
  {"S": "United Nations investigators have accused its fighters of mass killings there"}, req=False,
  note="'its fighters' = the RSF's")
R("Sudan", "criticized", UAE, "asserted", {"S": "Sudan's government accuses the UAE of supplying the RSF with weapons"})
R(UAE, "supported", RSF, "reported", {"S": "Sudan's government accuses the UAE of supplying the RSF with weapons"})
R(UAE, "supported", RSF, "negated", {"S": "a charge the Emirates denies"}, note="polarity trap: the UAE denies it")
R("Sudan", "diplomatic_relations_with", UAE, "negated", {"S": "it cut diplomatic relations with Abu Dhabi in May 2025"},
  alt_o=["Abu Dhabi"], note="relations cut in May 2025; a state, so no time")
R("Kamil Idris", "head_of", "Sudan", "asserted", {"S": "Prime Minister Kamil Idris"}, req=False, role="prime minister",
  note="country only from context")
R("Sudan", "criticized", "Kenya", "asserted", {"S": "accusing Nairobi of complicity"}, t="2025-02",
  alt_s=["Khartoum"], alt_o=["Nairobi"], note="'Khartoum also recalled its ambassador to Kenya last February, accusing Nairobi of complicity'")
R("Kenya", "supported", RSF, "reported",
  {"S": "after it hosted the signing of a charter for an RSF-led parallel government"}, req=False, alt_s=["Nairobi"],
  note="Khartoum's accusation of complicity; hosting read as support")
R("Sudan", "diplomatic_relations_with", "Kenya", "reported",
  {"S": "the country would not cut ties with Kenya"},
  note="polarity trap: 'would not cut ties' keeps the tie")
R("Massad Boulos", "works_for", US, "asserted", {"S": "Massad Boulos, the senior U.S. adviser for Africa"},
  role="senior adviser for Africa")
R("Massad Boulos", "met_with", "Badr Abdelatty", "asserted",
  {"S": "met Egyptian Foreign Minister Badr Abdelatty in Cairo on Sunday"}, t="2026-01-18")
R("Massad Boulos", "visited", "Cairo", "asserted", {"S": "met Egyptian Foreign Minister Badr Abdelatty in Cairo on Sunday"},
  t="2026-01-18", req=False, alt_o=["Egypt"], note="inferred from meeting there")
R("Badr Abdelatty", "works_for", "Egypt", "asserted",
  {"S": "Egyptian Foreign Minister Badr Abdelatty", "C": "Egyptian Foreign Minister Badr Abdelatty"},
  role="foreign minister")
R("Faisal bin Farhan", "works_for", "Saudi Arabia", "asserted", {"S": "Saudi Foreign Minister Prince Faisal bin Farhan"},
  role="foreign minister")
R("Faisal bin Farhan", "contacted", BURHAN, "reported", {"S": "spoke to Burhan by telephone on Monday"}, t="2026-01-19",
  alt_s=["Saudi Arabia"], note="the Saudi Press Agency reported")
R(US, "sanctioned", BURHAN, "asserted", {"S": "Washington imposed sanctions on both Burhan and Hemedti in January 2025"},
  t="2025-01")
R(US, "sanctioned", HEMEDTI, "asserted", {"S": "Washington imposed sanctions on both Burhan and Hemedti in January 2025"},
  t="2025-01")
R("Egypt", "borders", "Sudan", "asserted", {"S": "Egypt, which borders Sudan to the north"})
R("Egypt", "supported", SAF, "asserted", {"S": "is the army's main regional backer"}, req=False,
  note="'the army' = SAF by coreference")
R("Sudan", "candidate_for", AU, "asserted", {"S": "Sudan is seeking readmission to the African Union"})
R(AU, "sanctioned", "Sudan", "asserted", {"S": "which suspended it after the October 2021 coup"}, t="2021-10", req=False,
  note="suspension read as a sanction")

# ---- C: cairo_tripartite_red_sea_summit.html (2026-03-04, a Wednesday)
for _c in ["Egypt", "Eritrea", "Somalia"]:
    R(_c, "party_to", CAIRODEC, "asserted",
      {"C": "Egypt, Eritrea and Somalia signed a Cairo Declaration on Red Sea Security on Monday"}, t="2026-03-02")
R(SISI, "head_of", "Egypt", "asserted", {"C": "Egyptian President Abdel Fattah al-Sisi"}, role="president")
R(SISI, "citizen_of", "Egypt", "asserted", {"C": "Egyptian President Abdel Fattah al-Sisi"}, req=False,
  note="entailment of a demonym title")
R("Isaias Afwerki", "head_of", "Eritrea", "asserted", {"C": "Eritrea's President Isaias Afwerki"}, role="president")
R(SISI, "met_with", "Isaias Afwerki", "asserted",
  {"C": "Abdel Fattah al-Sisi hosted Eritrea's President Isaias Afwerki"}, t="2026-03",
  note="hosting; the day (Monday) is only in the previous sentence")
R(SISI, "met_with", HSM, "asserted",
  {"C": "hosted Eritrea's President Isaias Afwerki and Somalia's President Hassan Sheikh Mohamud"}, t="2026-03")
R("Isaias Afwerki", "met_with", HSM, "asserted", {"C": "the third summit of the three leaders"}, t="2026-03",
  req=False, note="group reference 'the three leaders'")
R("Isaias Afwerki", "visited", "Cairo", "asserted", {"C": "at the Ittihadiya presidential palace in Cairo"}, t="2026-03",
  req=False, alt_o=["Egypt"], note="inferred from being hosted there")
R(HSM, "visited", "Cairo", "asserted", {"C": "at the Ittihadiya presidential palace in Cairo"}, t="2026-03",
  req=False, alt_o=["Egypt"], note="inferred from being hosted there")
R("Ittihadiya Palace", "located_in", "Cairo", "asserted", {"C": "the Ittihadiya presidential palace in Cairo"})
R("Assab", "located_in", "Eritrea", "asserted", {"C": "the Eritrean port of Assab"}, req=False,
  note="demonym adjective only")
R("Egypt", "supported", "Somalia", "planned",
  {"C": "Egypt would also begin deploying troops to Somalia"}, req=False, note="troops sent under AUSOM")
R("Nebiat Getachew", "works_for", "Ethiopia", "asserted",
  {"C": "Ethiopia's foreign ministry spokesperson, Nebiat Getachew"}, role="foreign ministry spokesperson")
R("Nebiat Getachew", "criticized", "Egypt", "asserted", {"C": "accused Egypt of trying to encircle Ethiopia"},
  t="2026-03-03", alt_s=["Ethiopia"], alt_o=["Eritrea", "Somalia"],
  note="alt_o: 'the three countries were building \"a hostile axis\"'")
R("Egypt", "in_conflict_with", "Ethiopia", "asserted",
  {"C": "Egypt and Ethiopia have been locked for more than a decade in a dispute"},
  note="long-running dispute over the GERD")
R("Grand Ethiopian Renaissance Dam", "located_in", "Blue Nile", "asserted",
  {"C": "the hydropower project on the Blue Nile"}, req=False, note="'on the Blue Nile'")
R(SISI, "threatened", "Ethiopia", "asserted", {"C": "Sisi warned Ethiopia that Egypt would"}, t="2026-03",
  alt_s=["Egypt"], note="'At the summit' (Monday)")
R("Abiy Ahmed", "head_of", "Ethiopia", "asserted", {"C": "Prime Minister Abiy Ahmed, who has called access to the Red Sea"},
  role="prime minister", req=False, note="country only from context: '... an \"existential\" matter for Ethiopia'")
R("Ethiopia", "attacked", "Eritrea", "negated", {"C": "Ethiopia would not invade Eritrea to obtain a port"},
  alt_s=["Abiy Ahmed"], note="polarity trap: 'would not invade'")
R("Eritrea", "gained_independence_from", "Ethiopia", "asserted",
  {"C": "Eritrea won independence from Ethiopia in 1993"}, t="1993")
R("Eritrea", "in_conflict_with", "Ethiopia", "asserted",
  {"C": "Eritrea, which fought a border war with Ethiopia from 1998 to 2000"}, t="1998",
  note="Egypt-Ethiopia has no time; this row keeps the war's start year")
R("Eritrea", "borders", "Ethiopia", "asserted", {"C": "fought a border war with Ethiopia"}, req=False,
  note="implied by 'border war'")
R("Yemane Gebremeskel", "works_for", "Eritrea", "asserted", {"C": "its information minister, Yemane Gebremeskel"},
  role="information minister", note="'Eritrea ... is unconvinced: its information minister'")
R("Yemane Gebremeskel", "criticized", "Ethiopia", "asserted", {"C": "accused Addis Ababa on Tuesday"}, t="2026-03-03",
  alt_s=["Eritrea"], alt_o=["Addis Ababa"])
R("Ethiopia", "party_to", "Ankara Declaration", "asserted",
  {"C": "the Ankara Declaration between Ethiopia and Somalia in December 2024"}, t="2024-12", req=False,
  note="'between Ethiopia and Somalia'")
R("Somalia", "party_to", "Ankara Declaration", "asserted",
  {"C": "the Ankara Declaration between Ethiopia and Somalia in December 2024"}, t="2024-12", req=False,
  note="'between Ethiopia and Somalia'")
R("Turkey", "supported", "Somalia", "asserted", {"C": "trains Somali troops at its TURKSOM base"}, req=False,
  note="object only as a demonym ('Somali troops')")
R("TURKSOM", "located_in", "Mogadishu", "asserted", {"C": "its TURKSOM base in the Somali capital, Mogadishu"},
  alt_p=["based_in"])
R("Mogadishu", "capital_of", "Somalia", "asserted", {"C": "the Somali capital, Mogadishu"})
R("Mogadishu", "located_in", "Somalia", "asserted", {"C": "the Somali capital, Mogadishu"}, req=False,
  note="entailed by capital_of")
R("Egypt", "signed_agreement_with", "Somalia", "asserted",
  {"C": "Egypt signed a defence protocol with Somalia in August 2024"}, t="2024-08")
R("Egypt", "supported", "Somalia", "asserted", {"C": "delivered weapons to Mogadishu weeks later"}, t="2024",
  alt_o=["Mogadishu"], note="'Egypt signed ... in August 2024 and delivered weapons to Mogadishu weeks later'")
R("Djibouti", "candidate_for", CAIRODEC, "reported", {"C": "has been invited to join the Cairo Declaration"},
  note="Abdelatty said")
R("Egypt", "borders", "Red Sea", "asserted", {"C": "Egypt and Eritrea both border the Red Sea"}, req=False,
  note="a coast read as a border")
R("Eritrea", "borders", "Red Sea", "asserted", {"C": "Egypt and Eritrea both border the Red Sea"}, req=False,
  note="a coast read as a border")
R("Somalia", "located_in", "Horn of Africa", "asserted", {"C": "Somalia and Eritrea are the two Horn of Africa members"},
  req=False, note="noun modifier reading")
R("Eritrea", "located_in", "Horn of Africa", "asserted", {"C": "Somalia and Eritrea are the two Horn of Africa members"},
  req=False, note="noun modifier reading")


# ================================================================= machinery
def norm(s):
    """The scorer's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def fold(s):
    """Same length as s: curly quotes to straight, for matching only."""
    return s.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))


INLINE = r"a|span|em|strong|b|i|time|abbr|small|sup|sub|label|input|img|button|cite|q"


def clean_html(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "\n", raw)
    raw = re.sub(r"(?s)<!--.*?-->", "\n", raw)
    raw = re.sub(r"(?i)<!DOCTYPE[^>]*>", "\n", raw)
    raw = re.sub(r"(?i)</?(?:%s)\b[^>]*>" % INLINE, "", raw)
    raw = re.sub(r"<[^>]+>", "\n", raw)
    raw = html.unescape(raw)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", ln).strip() for ln in raw.split("\n")]
    return "\n".join(ln for ln in lines if ln)


WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2} \([^)]+\) - ")


def load_doc(key, errors):
    fname, style = DOCS[key]
    raw = open(os.path.join(CORPUS, fname), encoding="utf-8").read()
    d = {"file": fname, "style": style}
    if style == "html":
        text = clean_html(raw)
        m = re.search(r'(?s)<div class="article-body">(.*?)</div>', raw)
        body = clean_html(m.group(1)) if m else ""
        h1 = re.search(r"(?s)<h1[^>]*>(.*?)</h1>", raw)
        d["title"] = clean_html(h1.group(1)) if h1 else ""
        tm = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})', raw)
        d["published"] = tm.group(1) if tm else ""
        for part in ["<!DOCTYPE html>", "<title>", '<meta name="description"', "cookie", "<nav", "breadcrumb",
                     "<article", "<h1", "<time datetime=", "byline", "<figure", "<figcaption>", "<aside",
                     "newsletter", "<footer"]:
            if part.lower() not in raw.lower():
                errors.append(f"{fname}: page lacks {part!r}")
    else:
        text = raw
        lines = raw.split("\n")
        if style == "wire":
            d["title"] = lines[0].strip()
            d["published"] = ""
            start = next((i for i, ln in enumerate(lines) if WIRE_DATELINE.match(ln)), None)
            end = next((i for i, ln in enumerate(lines) if ln.startswith("(Reporting by")), None)
            if start is None or end is None:
                errors.append(f"{fname}: wire copy needs a dateline without a year and a credit line")
                body = ""
            else:
                body = "\n".join(lines[start:end]).strip()
        else:
            d["title"] = lines[0].strip()
            m = re.match(r"^Published: (\d{4}-\d{2}-\d{2})$", lines[1])
            d["published"] = m.group(1) if m else ""
            if not m or not lines[2].startswith("By ") or lines[3].strip():
                errors.append(f"{fname}: newspaper piece needs title, Published:, By and a blank line")
            body = "\n".join(lines[4:]).strip()
    off = text.find(body) if body else -1
    if off < 0:
        errors.append(f"{fname}: body not found in cleaned text")
        off = 0
    d.update(text=text, ftext=fold(text), body=body, fbody=fold(body), body_off=off)
    d["words"] = len(body.split())
    return d


ABBR = {"U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "St.", "No.", "Lt.", "Col.", "Sgt.", "Jr.", "Sr."}
SPLIT = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def sentence_at(text, start, end):
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    bounds, prev = [], 0
    for m in SPLIT.finditer(line):
        word = line[:m.start() + 1].split()[-1] if line[:m.start() + 1].split() else ""
        if word in ABBR:
            continue
        bounds.append((prev, m.end()))
        prev = m.end()
    bounds.append((prev, len(line)))
    ss = [b for b in bounds if b[0] <= start - ls < b[1] or b[0] < end - ls <= b[1]]
    s0, s1 = ss[0][0], ss[-1][1]
    sent = line[s0:s1].rstrip()
    return ls + s0, ls + s0 + len(sent), sent


def occurs(doc, names):
    for n in names:
        if re.search(r"(?<!\w)" + re.escape(fold(n)) + r"(?!\w)", doc["fbody"], re.I):
            return True
    return False


def main():
    errors = []
    docs = {k: load_doc(k, errors) for k in DOCS}

    # entities
    ent, alias_owner = {}, {}
    for name, typ, aliases in ENTITIES:
        if typ not in TYPES:
            errors.append(f"entity {name}: type {typ} not in SCHEMA.md")
        if name in ent:
            errors.append(f"entity {name} listed twice")
        ent[name] = (typ, aliases)
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias {a!r} belongs to {alias_owner[k]} and {name}")
            alias_owner[k] = name
    canon = lambda s: alias_owner.get(norm(s), s)
    names_of = lambda e: [e] + ent[e][1]

    def unit(s, p, o, pol):
        s, o = canon(s), canon(o)
        if p in SYMMETRIC and s > o:
            s, o = o, s
        return (s, p, o, pol)

    main_units, used = {}, set()
    for i, r in enumerate(ROWS):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['m']})"
        for e in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if e not in ent:
                errors.append(f"{tag}: {e!r} is not a gold entity")
        if any(e not in ent for e in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]):
            continue
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
        for p in [r["p"]] + r["alt_p"]:
            if p not in PRED:
                errors.append(f"{tag}: predicate {p} not in SCHEMA.md")
                continue
            st, ot = PRED[p]
            for s in [r["s"]] + r["alt_s"]:
                for o in [r["o"]] + r["alt_o"]:
                    ts, to = ent[s][0], ent[o][0]
                    ok = (ts in st and to in ot) or (p in SYMMETRIC and to in st and ts in ot)
                    if not ok:
                        errors.append(f"{tag}: {s} ({ts}) {p} {o} ({to}) breaks the signature")
        if r["m"] not in POLARITY:
            errors.append(f"{tag}: modality {r['m']} not in SCHEMA.md")
            continue
        if not isinstance(r["req"], bool):
            errors.append(f"{tag}: required must be true or false")
        if r["p"] in ("head_of", "works_for") and not r["role"]:
            errors.append(f"{tag}: role missing")
        if r["p"] == "imports_from" and not r["commodity"]:
            errors.append(f"{tag}: commodity missing")
        if r["t"] is not None:
            if not TIME_RE.match(r["t"]):
                errors.append(f"{tag}: time {r['t']} is not an ISO 8601 prefix")
            if r["p"] in STATIC:
                errors.append(f"{tag}: static relation with a time")
        pol = POLARITY[r["m"]]
        u = unit(r["s"], r["p"], r["o"], pol)
        if u in main_units:
            errors.append(f"{tag}: unit repeats row {main_units[u]}")
        main_units[u] = i
        r["_docs"] = {}
        for key, ev in r["ev"].items():
            if key not in docs:
                errors.append(f"{tag}: unknown document {key}")
                continue
            d = docs[key]
            phrase, extra = (ev if isinstance(ev, tuple) else (ev, {}))
            m = extra.get("m", r["m"])
            t = extra.get("t", r["t"])
            if POLARITY.get(m) != pol:
                errors.append(f"{tag}: per-document modality {m} changes the polarity")
            if (t is None) != (r["t"] is None) or (t and not t.startswith(r["t"])):
                errors.append(f"{tag}: per-document time {t} does not refine row time {r['t']}")
            bi = d["fbody"].find(fold(phrase))
            if bi < 0:
                errors.append(f"{tag}: evidence not in the body of {d['file']}: {phrase!r}")
                continue
            if d["fbody"].find(fold(phrase), bi + 1) >= 0 and len(phrase) < 25:
                errors.append(f"{tag}: short evidence occurs twice in {d['file']}: {phrase!r}")
            start = d["body_off"] + bi
            s0, s1, sent = sentence_at(d["text"], start, start + len(phrase))
            for e in (r["s"], r["o"]):
                if not occurs(d, names_of(e)):
                    errors.append(f"{tag}: {e} never occurs in {d['file']}")
            if t:
                if d["style"] == "wire":
                    if t[:4] not in sent:
                        errors.append(f"{tag}: wire copy {d['file']} gives time {t} without the year in the sentence")
                elif pol == "POS" and t > d["published"][:len(t)]:
                    errors.append(f"{tag}: time {t} after publication {d['published']}")
            r["_docs"][key] = dict(m=m, t=t, sentence=sent, start=s0, end=s1, phrase=phrase)
        for e in r["alt_s"] + r["alt_o"]:
            if not any(occurs(docs[k], names_of(e)) for k in r["ev"] if k in docs):
                errors.append(f"{tag}: alternative {e} occurs in none of its documents")

    # an alternative reading must not be another row's main unit
    for i, r in enumerate(ROWS):
        if "_docs" not in r:
            continue
        pol = POLARITY[r["m"]]
        for s in [r["s"]] + r["alt_s"]:
            for p in [r["p"]] + r["alt_p"]:
                for o in [r["o"]] + r["alt_o"]:
                    u = unit(s, p, o, pol)
                    j = main_units.get(u)
                    if j is not None and j != i:
                        errors.append(f"row {i}: alternative {u} is the main unit of row {j}")
    for name in ent:
        if name not in used:
            errors.append(f"entity {name} is used by no row")
    for k, d in docs.items():
        if not 350 <= d["words"] <= 650:
            errors.append(f"{d['file']}: body has {d['words']} words")

    if errors:
        print("build_gold: %d error(s)" % len(errors), file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            first = next(iter(r["_docs"].values()))
            note = "'" + first["phrase"] + "'" + ("; " + r["note"] if r["note"] else "")
            row = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [docs[k]["file"] for k in r["_docs"]],
                   "modality": r["m"]}
            if r["t"]:
                row["time"] = r["t"]
            row["required"] = r["req"]
            for a in ("alt_s", "alt_p", "alt_o"):
                if r[a]:
                    row[a] = r[a]
            row["note"] = note
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            for k, x in r["_docs"].items():
                d = docs[k]
                st = {"subject": r["s"], "subject_type": ent[r["s"]][0], "predicate": r["p"],
                      "object": r["o"], "object_type": ent[r["o"]][0], "modality": x["m"],
                      "time": x["t"] or "", "role": r["role"], "confidence": 1.0,
                      "source": "corpus/" + d["file"], "title": d["title"], "published": d["published"],
                      "sentence": x["sentence"], "start": x["start"], "end": x["end"], "rule": "gold"}
                if r["commodity"]:
                    st["commodity"] = r["commodity"]
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
    n_req = sum(r["req"] for r in ROWS)
    print(f"build_gold: {len(ROWS)} rows ({n_req} required), {len(ENTITIES)} entities, "
          f"{sum(len(r['_docs']) for r in ROWS)} statements")


if __name__ == "__main__":
    main()
