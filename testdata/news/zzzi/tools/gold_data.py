"""The gold of news set zzzi, as data. Read by build_gold.py.

DOCS: short id -> (file name, publication date, title).
ENTITIES: (name, type, aliases); every alias occurs in some article.
ROWS: one fact each, made by R(s, p, o, modality, quotes, ...), where quotes
maps a short doc id to the span (or list of spans) of that article that
states the fact; the docs of a row are exactly the keys of its quotes.
"""

DOCS = {
    "01": ("zzzi01_burundi_uganda_talks.txt", "2026-03-03",
           "Burundi's Ndayishimiye meets Museveni in Kampala as M23 presses on Uvira"),
    "02": ("zzzi02_boulos_kigali.txt", "2026-03-05",
           "U.S. envoy Boulos presses Kagame in Kigali, heads to Kinshasa"),
    "03": ("zzzi03_nuuk_ministers.txt", "2026-02-24",
           "Nordic foreign ministers meet in Nuuk, pledge Arctic cooperation with Greenland"),
    "04": ("zzzi04_tanganyika_front.txt", "2026-03-08",
           "On Lake Tanganyika, an old border becomes a new front line"),
    "05": ("zzzi05_norway_russia_north.txt", "2026-02-26",
           "At the top of Europe, Norway keeps one door to Russia open"),
    "06": ("zzzi06_iceland_finland_bets.txt", "2026-03-01",
           "Icebreakers, referendums and recognition: how the smaller Nordics are hedging their bets"),
    "07": ("zzzi07_arusha_summit.html", "2026-03-11",
           "Tanzania calls Great Lakes summit in Arusha as fighting flares near Uvira"),
    "08": ("zzzi08_frederiksen_nuuk.html", "2026-03-04",
           "Frederiksen pledges Arctic ships in Nuuk as Greenland rules out independence under pressure"),
}

P, C, O, CI, R_, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"

ENTITIES = [
    # --- cluster A: Great Lakes -------------------------------------------
    ("Yoweri Museveni", P, ["Museveni"]),
    ("Évariste Ndayishimiye", P, ["Evariste Ndayishimiye", "Ndayishimiye"]),
    ("Paul Kagame", P, ["Kagame"]),
    ("Félix Tshisekedi", P, ["Felix Tshisekedi", "Tshisekedi"]),
    ("Samia Suluhu Hassan", P, ["Samia"]),
    ("Olivier Nduhungirehe", P, ["Nduhungirehe"]),
    ("Massad Boulos", P, ["Boulos"]),
    ("Donald Trump", P, ["Trump"]),
    ("Muhoozi Kainerugaba", P, ["General Muhoozi Kainerugaba"]),
    ("Patrick Muyaya", P, []),
    ("Celestin Kambale", P, ["Father Celestin Kambale"]),
    ("Lawrence Kanyuka", P, []),
    ("James Kabarebe", P, []),
    ("Therese Kayikwamba Wagner", P, []),
    ("Corneille Nangaa", P, []),
    ("Veronica Nduva", P, []),
    ("Jean-Pierre Habonimana", P, []),
    ("Tina Salama", P, []),
    ("Peter Mugisha", P, ["Major Peter Mugisha"]),
    ("Faure Gnassingbé", P, []),
    ("Tundu Lissu", P, []),
    ("Neema Mwakalinga", P, []),
    ("Uganda", C, ["Ugandan"]),
    ("Rwanda", C, ["Rwandan"]),
    ("Burundi", C, ["Burundian"]),
    ("Tanzania", C, ["Tanzanian", "Dodoma"]),
    ("Democratic Republic of the Congo", C, ["Congo", "Kinshasa", "Congolese", "Congolese government"]),
    ("United States", C, ["U.S.", "Washington", "White House", "American"]),
    ("Belgium", C, ["Belgian government", "Belgian"]),
    ("Qatar", C, []),
    ("Togo", C, []),
    ("M23", O, ["M23 rebels", "M23 rebel group", "AFC/M23", "AFC/M23 alliance", "AFC/M23 rebel alliance"]),
    ("Alliance Fleuve Congo", O, ["AFC"]),
    ("Allied Democratic Forces", O, ["ADF"]),
    ("FDLR", O, ["FDLR militia"]),
    ("Congolese army", O, []),
    ("Uganda People's Defence Forces", O, ["Uganda People\u2019s Defence Forces", "UPDF"]),
    ("Islamic State", O, []),
    ("East African Community", O, ["EAC"]),
    ("Southern African Development Community", O, []),
    ("African Union", O, []),
    ("U.S. Treasury", O, []),
    ("U.S. State Department", O, ["State Department"]),
    ("University of Burundi", O, []),
    ("Chadema", O, []),
    ("South Kivu", R_, []),
    ("North Kivu", R_, []),
    ("Ituri", R_, ["Ituri province"]),
    ("Katanga", R_, []),
    ("Kampala", CI, []),
    ("Kigali", CI, []),
    ("Uvira", CI, []),
    ("Beni", CI, []),
    ("Mambasa", CI, []),
    ("Goma", CI, []),
    ("Bukavu", CI, []),
    ("Bujumbura", CI, []),
    ("Gitega", CI, []),
    ("Arusha", CI, []),
    ("Dar es Salaam", CI, []),
    ("Kavumu airport", F, []),
    ("Rubaya coltan mine", F, []),
    ("Mwalika camp", F, ["Mwalika"]),
    ("Washington Accords", A, ["accords"]),
    ("Doha Framework", A, ["Doha process"]),
    # --- cluster B: Nordic countries and the Arctic ------------------------
    ("Vivian Motzfeldt", P, ["Motzfeldt"]),
    ("Lars Løkke Rasmussen", P, ["Lars Lokke Rasmussen", "Lokke Rasmussen"]),
    ("Espen Barth Eide", P, ["Eide"]),
    ("Maria Malmer Stenergard", P, []),
    ("Elina Valtonen", P, ["Valtonen"]),
    ("Þorgerður Katrín Gunnarsdóttir", P, ["Thorgerdur Katrin Gunnarsdottir"]),
    ("Jens-Frederik Nielsen", P, ["Nielsen"]),
    ("Mark Rutte", P, []),
    ("Maria Zakharova", P, []),
    ("Jeff Landry", P, ["Landry"]),
    ("Anita Anand", P, []),
    ("Jonas Gahr Støre", P, ["Støre"]),
    ("Marianne Sivertsen Næss", P, []),
    ("Tove Halvorsen", P, []),
    ("Kristrún Frostadóttir", P, ["Frostadóttir"]),
    ("Alexander Stubb", P, []),
    ("Ulf Kristersson", P, []),
    ("Sigrún Jónsdóttir", P, []),
    ("Mette Frederiksen", P, ["Frederiksen"]),
    ("Aqqaluk Petersen", P, []),
    ("JD Vance", P, ["Vance"]),
    ("Malik Kristiansen", P, []),
    ("Aksel V. Johannesen", P, []),
    ("Greenland", C, ["Greenlandic"]),
    ("Denmark", C, ["Danish", "Kingdom of Denmark", "Copenhagen"]),
    ("Norway", C, ["Norwegian", "Oslo"]),
    ("Sweden", C, []),
    ("Finland", C, ["Helsinki", "Finnish", "Finns"]),
    ("Iceland", C, ["Reykjavik", "Icelandic"]),
    ("Russia", C, ["Moscow", "Kremlin", "Russian"]),
    ("Ukraine", C, ["Kyiv"]),
    ("Canada", C, []),
    ("United Kingdom", C, ["Britain"]),
    ("Palestine", C, ["State of Palestine"]),
    ("China", C, []),
    ("Faroe Islands", C, ["Faroes"]),
    ("NATO", O, []),
    ("European Union", O, ["EU", "Brussels"]),
    ("Arctic Council", O, []),
    ("Joint Arctic Command", O, []),
    ("Russian Foreign Ministry", O, ["Russian foreign ministry"]),
    ("Northern Fleet", O, []),
    ("Arktikugol", O, []),
    ("Demokraatit", O, ["Demokraatit party"]),
    ("Naleraq", O, []),
    ("University of Iceland", O, []),
    ("Svalbard", R_, []),
    ("Kola Peninsula", R_, []),
    ("Nuuk", CI, []),
    ("Kirkenes", CI, []),
    ("Tromsø", CI, []),
    ("Barentsburg", CI, []),
    ("Storskog", F, []),
    ("Pituffik Space Base", F, ["Pituffik"]),
    ("Keflavík air base", F, []),
    ("Svalbard Treaty", A, ["1920 Svalbard Treaty"]),
    ("Defence of Greenland Agreement", A, []),
]

ROWS = []


def R(s, p, o, modality, quotes, time=None, req=True, alt_s=None, alt_p=None,
      alt_o=None, role=None, commodity=None, why=None):
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, quotes=quotes, time=time,
                     required=req, alt_s=alt_s or [], alt_p=alt_p or [],
                     alt_o=alt_o or [], role=role, commodity=commodity, why=why))


A_, RP, H, PL, N = "asserted", "reported", "hedged", "planned", "negated"

# =========================================================================
# Cluster A: Great Lakes (01, 02, 04, 07)
# =========================================================================

# --- leaders and office-holders ---
R("Yoweri Museveni", "head_of", "Uganda", A_,
  {"01": "Ugandan President Yoweri Museveni"}, role="president")
R("Évariste Ndayishimiye", "head_of", "Burundi", A_,
  {"01": "Burundian President Evariste Ndayishimiye",
   "04": "Burundi’s president, Évariste Ndayishimiye"}, role="president")
R("Paul Kagame", "head_of", "Rwanda", A_,
  {"01": "Rwandan President Paul Kagame",
   "02": ["Rwandan President Paul Kagame", "Kagame, who has led Rwanda since 2000"]},
  role="president")
R("Félix Tshisekedi", "head_of", "Democratic Republic of the Congo", A_,
  {"01": "his Congolese counterpart, Felix Tshisekedi",
   "02": "Congolese President Felix Tshisekedi",
   "07": "Congolese President Félix Tshisekedi"}, role="president")
R("Samia Suluhu Hassan", "head_of", "Tanzania", A_,
  {"07": "Tanzanian President Samia Suluhu Hassan"}, role="president")
R("Donald Trump", "head_of", "United States", A_,
  {"01": "U.S. President Donald Trump's senior adviser",
   "03": "U.S. President Donald Trump backed away"}, role="president",
  why="the one fact shared by both clusters")
R("Faure Gnassingbé", "head_of", "Togo", A_,
  {"07": "Togo’s leader, Faure Gnassingbé"}, role="leader")
R("Corneille Nangaa", "head_of", "Alliance Fleuve Congo", A_,
  {"04": "Corneille Nangaa, the former election chief who leads the AFC"}, role="leader")
R("Veronica Nduva", "head_of", "East African Community", A_,
  {"04": "Veronica Nduva, the EAC’s secretary-general"}, role="secretary-general")
R("Tundu Lissu", "head_of", "Chadema", A_,
  {"07": "Its leader, Tundu Lissu"}, role="leader",
  why="'Its' refers back to Chadema in the previous sentence")
R("Muhoozi Kainerugaba", "head_of", "Uganda People's Defence Forces", A_,
  {"04": "General Muhoozi Kainerugaba, the commander of the Uganda People’s Defence Forces (UPDF)",
   "07": "The Ugandan army chief, General Muhoozi Kainerugaba"},
  alt_p=["works_for"], role="commander / army chief")
R("Muhoozi Kainerugaba", "works_for", "Uganda", A_,
  {"01": "Uganda's army chief, General Muhoozi Kainerugaba",
   "07": "The Ugandan army chief, General Muhoozi Kainerugaba"}, role="army chief")
R("Olivier Nduhungirehe", "works_for", "Rwanda", A_,
  {"01": "Rwanda's foreign minister, Olivier Nduhungirehe",
   "02": "Foreign Minister Olivier Nduhungirehe told reporters after Wednesday's meeting that Rwanda",
   "07": "Rwanda’s foreign minister, Olivier Nduhungirehe"}, role="foreign minister")
R("Massad Boulos", "works_for", "Donald Trump", A_,
  {"01": "Massad Boulos, U.S. President Donald Trump's senior adviser for Africa",
   "02": "Massad Boulos, the senior U.S. adviser for Africa"},
  alt_o=["United States"], role="senior adviser for Africa")
R("Patrick Muyaya", "works_for", "Democratic Republic of the Congo", A_,
  {"01": "Congolese government spokesman Patrick Muyaya"}, role="government spokesman")
R("James Kabarebe", "works_for", "Rwanda", A_,
  {"02": "James Kabarebe, Rwanda's minister of state for regional integration"},
  role="minister of state for regional integration")
R("Therese Kayikwamba Wagner", "works_for", "Democratic Republic of the Congo", A_,
  {"02": "Congo's foreign minister, Therese Kayikwamba Wagner"}, role="foreign minister")
R("Lawrence Kanyuka", "works_for", "M23", A_,
  {"02": "Lawrence Kanyuka, a spokesman for the AFC/M23 alliance",
   "07": "Lawrence Kanyuka, the rebels’ spokesman"}, role="spokesman")
R("Tina Salama", "works_for", "Félix Tshisekedi", A_,
  {"07": "his spokeswoman, Tina Salama"}, alt_o=["Democratic Republic of the Congo"],
  role="spokeswoman")
R("Peter Mugisha", "works_for", "Uganda People's Defence Forces", A_,
  {"07": "the UPDF spokesman, Major Peter Mugisha"}, role="spokesman")
R("Faure Gnassingbé", "works_for", "African Union", A_,
  {"07": "whom the African Union appointed last year as its mediator for eastern Congo"},
  role="mediator", time="2025")
R("Neema Mwakalinga", "works_for", "Tanzania", A_,
  {"07": "Neema Mwakalinga, a spokeswoman for Tanzania’s foreign ministry"},
  role="foreign ministry spokeswoman")
R("Jean-Pierre Habonimana", "works_for", "University of Burundi", A_,
  {"04": "a Burundian political scientist at the University of Burundi"},
  role="political scientist")

# --- nationality and residence ---
R("Celestin Kambale", "citizen_of", "Democratic Republic of the Congo", A_,
  {"01": "Father Celestin Kambale, a Congolese priest"})
R("Jean-Pierre Habonimana", "citizen_of", "Burundi", A_,
  {"04": "Jean-Pierre Habonimana, a Burundian political scientist"})
R("Celestin Kambale", "lives_in", "Beni", A_,
  {"01": "a Congolese priest who had lived in Beni for two decades"})

# --- meetings, visits, calls ---
R("Évariste Ndayishimiye", "met_with", "Yoweri Museveni", A_,
  {"01": "Burundian President Evariste Ndayishimiye held talks with Ugandan President Yoweri Museveni in Kampala on Monday"},
  time="2026-03-02")
R("Évariste Ndayishimiye", "visited", "Kampala", A_,
  {"01": "held talks with Ugandan President Yoweri Museveni in Kampala on Monday"},
  time="2026-03-02", alt_o=["Uganda"])
R("Yoweri Museveni", "contacted", "Paul Kagame", RP,
  {"01": "He said he had spoken by telephone with Rwandan President Paul Kagame on Sunday"},
  time="2026-03-01")
R("Yoweri Museveni", "contacted", "Félix Tshisekedi", H,
  {"01": "said Museveni was also expected to telephone Tshisekedi later this week"},
  time="2026-03", why="'expected to': not yet done")
R("Massad Boulos", "visited", "Kigali", PL,
  {"01": "Massad Boulos, U.S. President Donald Trump's senior adviser for Africa, was due in Kigali and Kinshasa"},
  time="2026-03-04", alt_o=["Rwanda"], why="'was due in': a plan at publication")
R("Massad Boulos", "visited", "Democratic Republic of the Congo", PL,
  {"01": "was due in Kigali and Kinshasa"}, time="2026-03",
  why="Kinshasa stands for the country (alias); 'was due in'")
R("Massad Boulos", "visited", "Kigali", A_,
  {"02": "met Rwandan President Paul Kagame in Kigali on Wednesday"},
  time="2026-03-04", alt_o=["Rwanda"])
R("Massad Boulos", "met_with", "Paul Kagame", A_,
  {"02": "Massad Boulos, the senior U.S. adviser for Africa, met Rwandan President Paul Kagame in Kigali on Wednesday"},
  time="2026-03-04")
R("Massad Boulos", "visited", "Democratic Republic of the Congo", A_,
  {"02": "Boulos flew on to Kinshasa on Thursday",
   "07": "After talks with Tshisekedi in Kinshasa last Thursday, Massad Boulos said"},
  time="2026-03-05")
R("Massad Boulos", "met_with", "Félix Tshisekedi", PL,
  {"02": "was due to meet Congolese President Felix Tshisekedi later in the day"},
  time="2026-03-05", why="02 was written before the meeting; 07 reports it held")
R("Massad Boulos", "met_with", "Félix Tshisekedi", A_,
  {"07": "After talks with Tshisekedi in Kinshasa last Thursday, Massad Boulos said"},
  time="2026-03-05")
R("Paul Kagame", "met_with", "Félix Tshisekedi", A_,
  {"04": "Kagame and Tshisekedi last met in December"},
  time="2025-12")
R("Félix Tshisekedi", "met_with", "Paul Kagame", N,
  {"07": "Tshisekedi has refused to meet Kagame again until then"},
  why="refusal until a condition is met")
R("Muhoozi Kainerugaba", "visited", "Kigali", A_,
  {"04": "travelled to Kigali and met Kagame"}, time="2022", alt_o=["Rwanda"])
R("Muhoozi Kainerugaba", "met_with", "Paul Kagame", A_,
  {"04": "travelled to Kigali and met Kagame"}, time="2022")
R("Évariste Ndayishimiye", "visited", "Arusha", PL,
  {"07": "Burundi’s Évariste Ndayishimiye has already said he will attend"},
  time="2026-04", alt_o=["Tanzania"], why="'will attend' the Arusha summit")
R("Félix Tshisekedi", "visited", "Arusha", N,
  {"07": "will not travel to Arusha unless Rwandan troops begin to leave Congo"},
  alt_o=["Tanzania"])

# --- geography ---
R("Uvira", "located_in", "Democratic Republic of the Congo", A_,
  {"01": "Uvira, the last large Congolese town before the Burundian border"})
R("Uvira", "located_in", "South Kivu", A_,
  {"04": "Uvira, a town of some 600,000 people in South Kivu"})
R("South Kivu", "located_in", "Democratic Republic of the Congo", A_,
  {"01": "Congo's South Kivu province"})
R("Ituri", "located_in", "Democratic Republic of the Congo", A_,
  {"01": "Congo's Ituri province"})
R("Katanga", "located_in", "Democratic Republic of the Congo", A_,
  {"04": "the mineral-rich province of Katanga broke away from the new state"},
  req=False, why="a province of the new state, until it broke away")
R("Bujumbura", "located_in", "Burundi", A_,
  {"04": "Bujumbura is Burundi’s largest city"})
R("Gitega", "capital_of", "Burundi", A_,
  {"04": "it lost its status as the capital to Gitega"}, time="2019")
R("Bujumbura", "capital_of", "Burundi", N,
  {"04": "Bujumbura is Burundi’s largest city and its port, although it lost its status as the capital to Gitega"},
  why="no longer the capital: a trap for 'largest city ... capital'")
R("Goma", "capital_of", "North Kivu", A_,
  {"04": "Goma, the capital of North Kivu"})
R("Bukavu", "capital_of", "South Kivu", A_,
  {"04": "Bukavu, the capital of South Kivu"})
R("Rubaya coltan mine", "located_in", "North Kivu", A_,
  {"04": "the Rubaya coltan mine in North Kivu"})
R("Mwalika camp", "located_in", "Ituri", A_,
  {"07": "an ADF camp at Mwalika, in Ituri province"})
R("Arusha", "located_in", "Tanzania", A_,
  {"07": "Arusha, the northern Tanzanian city"})
R("Dar es Salaam", "located_in", "Tanzania", A_,
  {"02": "the Tanzanian port of Dar es Salaam"})
R("East African Community", "based_in", "Arusha", A_,
  {"04": "The East African Community, which is based in Arusha",
   "07": "Arusha, the northern Tanzanian city that hosts the EAC’s headquarters"})
R("Uganda", "borders", "Democratic Republic of the Congo", A_,
  {"01": "Uganda, which borders both Congo and Rwanda"})
R("Uganda", "borders", "Rwanda", A_,
  {"01": ["Uganda, which borders both Congo and Rwanda", "their shared border"]})
R("Burundi", "borders", "Rwanda", A_,
  {"02": "closed its border with Rwanda in January 2024",
   "04": "Burundi and Rwanda have not restored normal relations since an attempted coup in Bujumbura in 2015, and their border has been shut since January 2024"})
R("Tanzania", "borders", "Burundi", A_,
  {"07": "Tanzania, which borders Burundi, Rwanda and Uganda"})
R("Tanzania", "borders", "Rwanda", A_,
  {"07": "Tanzania, which borders Burundi, Rwanda and Uganda"})
R("Tanzania", "borders", "Uganda", A_,
  {"07": "Tanzania, which borders Burundi, Rwanda and Uganda"})

# --- history ---
R("Democratic Republic of the Congo", "gained_independence_from", "Belgium", A_,
  {"04": "The Democratic Republic of the Congo won independence from Belgium in June 1960"},
  time="1960-06")
R("Rwanda", "gained_independence_from", "Belgium", A_,
  {"04": "Rwanda and Burundi followed Congo out of Belgian rule in 1962"}, time="1962")
R("Burundi", "gained_independence_from", "Belgium", A_,
  {"04": "Rwanda and Burundi followed Congo out of Belgian rule in 1962"}, time="1962")
R("Katanga", "seceded_from", "Democratic Republic of the Congo", A_,
  {"04": "within two weeks the mineral-rich province of Katanga broke away from the new state"},
  time="1960", why="'the new state' = the Congo of the previous clause")

# --- agreements ---
R("Rwanda", "signed_agreement_with", "Democratic Republic of the Congo", A_,
  {"01": "Kagame and his Congolese counterpart, Felix Tshisekedi, signed the accords in December 2025",
   "02": "Kagame and Tshisekedi signed the Washington Accords in December 2025",
   "04": "Kagame and Tshisekedi last met in December, when they signed the Washington Accords"},
  time="2025-12", alt_s=["Paul Kagame"], alt_o=["Félix Tshisekedi"])
R("Rwanda", "party_to", "Washington Accords", A_,
  {"01": "Kagame and his Congolese counterpart, Felix Tshisekedi, signed the accords",
   "02": "Kagame and Tshisekedi signed the Washington Accords in December 2025",
   "04": "Kagame and Tshisekedi last met in December, when they signed the Washington Accords"},
  time="2025-12", alt_s=["Paul Kagame"])
R("Democratic Republic of the Congo", "party_to", "Washington Accords", A_,
  {"01": "Kagame and his Congolese counterpart, Felix Tshisekedi, signed the accords",
   "02": "Kagame and Tshisekedi signed the Washington Accords in December 2025",
   "04": "Kagame and Tshisekedi last met in December, when they signed the Washington Accords"},
  time="2025-12", alt_s=["Félix Tshisekedi"])
R("Donald Trump", "brokered", "Washington Accords", A_,
  {"02": "the Washington Accords in December 2025, a Trump-brokered deal"},
  time="2025-12", alt_s=["United States"])
R("Qatar", "brokered", "Doha Framework", A_,
  {"01": "The Doha framework, mediated by Qatar"}, time="2025-11")
R("Democratic Republic of the Congo", "party_to", "Doha Framework", A_,
  {"01": "signed in November 2025 by the Congolese government and the AFC/M23 rebel alliance"},
  time="2025-11")
R("M23", "party_to", "Doha Framework", A_,
  {"01": "signed in November 2025 by the Congolese government and the AFC/M23 rebel alliance"},
  time="2025-11")
R("Democratic Republic of the Congo", "signed_agreement_with", "M23", A_,
  {"01": "The Doha framework, mediated by Qatar and signed in November 2025 by the Congolese government and the AFC/M23 rebel alliance"},
  time="2025-11")
R("Rwanda", "party_to", "Doha Framework", N,
  {"01": "Rwanda \"is not a party to the Doha process and never will be\""})

# --- alliances, organizations ---
R("Rwanda", "supported", "M23", A_,
  {"01": ["the Rwanda-backed M23 rebel group", "accuses Rwanda of arming the rebels"],
   "02": ["urged him to end support for M23 rebels",
          "Rwandan troops were fighting alongside the M23"]},
  alt_p=["allied_with"],
  why="agency voice ('Rwanda-backed') and attributed claims (Burundi, U.N. experts); both POS")
R("Rwanda", "supported", "M23", N,
  {"01": "Rwanda denies backing M23",
   "02": "Rwanda denies supporting the rebels",
   "07": "again denied that Rwanda supports the rebels"},
  why="Rwanda's denial: a separate NEG unit beside the POS one")
R("Burundi", "supported", "Congolese army", A_,
  {"01": "kept several thousand soldiers in Congo's South Kivu province since 2023 to fight alongside the Congolese army",
   "02": "Burundi, whose troops fight beside the Congolese army",
   "07": "the Congolese army and its Burundian allies"},
  time="2023", alt_p=["allied_with"], alt_o=["Democratic Republic of the Congo"])
R("Burundi", "supported", "FDLR", RP,
  {"01": "accuses Burundi of sheltering the FDLR"}, req=False,
  why="Rwanda's accusation; 'sheltering' is weak support")
R("Allied Democratic Forces", "allied_with", "Islamic State", A_,
  {"01": "a militia with Ugandan roots that has pledged allegiance to Islamic State"},
  alt_p=["member_of"])
R("M23", "allied_with", "Alliance Fleuve Congo", A_,
  {"04": "The M23, which is allied with the political coalition known as the Alliance Fleuve Congo (AFC)"},
  alt_p=["member_of"])
R("Congolese army", "allied_with", "FDLR", RP,
  {"02": "accusing the Congolese army of still fighting side by side with the FDLR"},
  alt_p=["supported"], req=False, why="Nduhungirehe's accusation")
R("Democratic Republic of the Congo", "member_of", "East African Community", A_,
  {"04": "admitted Congo as a member in 2022"}, time="2022")
R("Burundi", "member_of", "East African Community", A_,
  {"04": "Burundi, Rwanda, Uganda and Tanzania are also members"})
R("Rwanda", "member_of", "East African Community", A_,
  {"04": "Burundi, Rwanda, Uganda and Tanzania are also members"})
R("Uganda", "member_of", "East African Community", A_,
  {"04": "Burundi, Rwanda, Uganda and Tanzania are also members"})
R("Tanzania", "member_of", "East African Community", A_,
  {"04": ["Burundi, Rwanda, Uganda and Tanzania are also members",
          "Tanzania, which belongs to both blocs"]})
R("Tanzania", "member_of", "Southern African Development Community", A_,
  {"04": "Tanzania, which belongs to both blocs"},
  why="'both blocs' = the EAC and SADC of the previous sentences")
R("Southern African Development Community", "supported", "Democratic Republic of the Congo", A_,
  {"04": "The Southern African Development Community sent troops to help Kinshasa in 2023"},
  time="2023")
R("Uganda", "normalized_relations_with", "Rwanda", A_,
  {"01": "Uganda and Rwanda restored relations in 2022",
   "04": "It restored relations with Rwanda in 2022"}, time="2022")
R("Burundi", "normalized_relations_with", "Rwanda", N,
  {"04": "Burundi and Rwanda have not restored normal relations"})
R("Rwanda", "diplomatic_relations_with", "Belgium", N,
  {"02": "Rwanda cut diplomatic ties with Belgium, the former colonial power, in March 2025"},
  time="2025-03")

# --- talks ---
R("Democratic Republic of the Congo", "negotiating_with", "Rwanda", N,
  {"01": "Kinshasa welcomed \"every neighbour who stands with the Congolese people\" but would not hold direct talks with Rwanda"})
R("M23", "negotiating_with", "United States", H,
  {"02": "the rebels were \"ready to talk\" directly to Washington"}, req=False,
  alt_s=["Lawrence Kanyuka"])

# --- criticism, threats, sanctions ---
R("Burundi", "criticized", "Rwanda", A_,
  {"01": "accuses Rwanda of arming the rebels",
   "04": "has gone further than most of his neighbours in blaming Rwanda"},
  alt_s=["Évariste Ndayishimiye"])
R("Rwanda", "criticized", "Burundi", A_,
  {"01": "in turn accuses Burundi of sheltering the FDLR"})
R("Évariste Ndayishimiye", "criticized", "Paul Kagame", A_,
  {"04": "He has accused Paul Kagame of planning to"})
R("Rwanda", "attacked", "Burundi", H,
  {"04": "Burundian officials have warned that Rwanda might attack across the border"},
  why="a warning of what 'might' happen")
R("Muhoozi Kainerugaba", "threatened", "Allied Democratic Forces", A_,
  {"01": "threatened on Sunday to \"wipe out\" the ADF"}, time="2026-03-01")
R("U.S. Treasury", "sanctioned", "James Kabarebe", A_,
  {"02": "In February 2025 the U.S. Treasury sanctioned James Kabarebe"},
  time="2025-02", alt_s=["United States"])
R("United States", "sanctioned", "Rwanda", N,
  {"02": "Washington has not, however, imposed sanctions on Rwanda itself"})
R("United States", "sanctioned", "Rwanda", H,
  {"07": "it was “considering all options”, including sanctions on Rwanda, if the M23 did not pull back"},
  alt_s=["U.S. State Department"], why="conditional, under consideration")
R("Rwanda", "criticized", "Belgium", A_,
  {"02": "accusing the Belgian government of lobbying for European sanctions"}, time="2025-03")
R("Olivier Nduhungirehe", "criticized", "Congolese army", RP,
  {"02": "accusing the Congolese army of still fighting side by side with the FDLR"},
  alt_s=["Rwanda"])
R("Rwanda", "criticized", "Democratic Republic of the Congo", RP,
  {"02": "\"We have done our part under the Washington Accords. Kinshasa has not,\" he said"},
  alt_s=["Olivier Nduhungirehe"], req=False)
R("Democratic Republic of the Congo", "criticized", "Rwanda", RP,
  {"02": "rejected that on Thursday, calling it \"a pretext for occupation\""},
  alt_s=["Therese Kayikwamba Wagner"], alt_o=["Olivier Nduhungirehe"], req=False)
R("M23", "criticized", "Democratic Republic of the Congo", RP,
  {"02": "accused Kinshasa of bombing villages in South Kivu with drones"},
  alt_s=["Lawrence Kanyuka"])
R("Democratic Republic of the Congo", "attacked", "South Kivu", RP,
  {"02": "accused Kinshasa of bombing villages in South Kivu with drones"},
  req=False, why="the rebels' accusation; the target is villages in the province")

# --- fighting ---
R("Uganda", "in_conflict_with", "Allied Democratic Forces", A_,
  {"01": "where they have fought the Allied Democratic Forces (ADF) since 2021"},
  time="2021", alt_p=["attacked"])
R("Democratic Republic of the Congo", "in_conflict_with", "M23", A_,
  {"01": "fighting between the army and the rebels has continued in both Kivu provinces"},
  alt_s=["Congolese army"], why="'the army' and 'the rebels' refer back to the Congolese government and AFC/M23")
R("Allied Democratic Forces", "killed", "Celestin Kambale", RP,
  {"01": ["killed at least 30 people in a raid on a parish near Mambasa last month",
          "Among the dead was Father Celestin Kambale"]}, time="2026-02")
R("Allied Democratic Forces", "attacked", "Mambasa", RP,
  {"01": "a raid on a parish near Mambasa last month"}, time="2026-02", req=False,
  why="the target was a parish near the town")
R("M23", "took_control_of", "Uvira", A_,
  {"02": "the M23 has seized Uvira",
   "04": "Since December, when M23 rebels stormed the town"},
  time="2025-12", alt_p=["attacked"])
R("M23", "blockaded", "Uvira", RP,
  {"02": "Residents say the rebels still blockade the town from the surrounding hills"})
R("M23", "took_control_of", "Goma", A_,
  {"04": "captured Goma, the capital of North Kivu, in January 2025"}, time="2025-01")
R("M23", "took_control_of", "Bukavu", A_,
  {"04": "and Bukavu, the capital of South Kivu, the following month"}, time="2025-02")
R("M23", "took_control_of", "Kavumu airport", A_,
  {"04": "together with Kavumu airport outside it"}, time="2025-02")
R("M23", "took_control_of", "Rubaya coltan mine", A_,
  {"04": "It has controlled the Rubaya coltan mine in North Kivu since 2024"}, time="2024")
R("M23", "attacked", "Congolese army", RP,
  {"07": "M23 fighters shelled positions held by the Congolese army and its Burundian allies at Kiliba"},
  time="2026-03-09")
R("M23", "attacked", "Burundi", RP,
  {"07": "shelled positions held by the Congolese army and its Burundian allies"},
  time="2026-03-09", req=False, why="Burundian troops stand for Burundi")
R("Congolese army", "attacked", "M23", RP,
  {"07": "responded to drone strikes by the Congolese army on its positions"},
  alt_s=["Democratic Republic of the Congo"])
R("Uganda People's Defence Forces", "took_control_of", "Mwalika camp", RP,
  {"07": "the Uganda People’s Defence Forces said on Sunday that it had captured an ADF camp at Mwalika"},
  time="2026-03", alt_s=["Uganda"])
R("Uganda People's Defence Forces", "attacked", "Allied Democratic Forces", RP,
  {"07": "after two days of air and ground assaults on the Islamist militia"},
  time="2026-03", alt_s=["Uganda"])

# --- trade ---
R("Burundi", "imports_from", "Tanzania", A_,
  {"02": "It imports most of its fuel from Tanzania"}, commodity="fuel",
  alt_p=["trades_with"])
R("Uganda", "trades_with", "Democratic Republic of the Congo", A_,
  {"04": "Congo is also one of Uganda’s largest export markets"})
R("Democratic Republic of the Congo", "imports_from", "Uganda", A_,
  {"04": "Congo is also one of Uganda’s largest export markets"}, req=False)

# =========================================================================
# Cluster B: Nordic countries and the Arctic (03, 05, 06, 08)
# =========================================================================

# --- office-holders ---
R("Jens-Frederik Nielsen", "head_of", "Greenland", A_,
  {"03": "Greenland's prime minister, Jens-Frederik Nielsen",
   "08": "Greenland’s premier, Jens-Frederik Nielsen"}, role="prime minister")
R("Jens-Frederik Nielsen", "head_of", "Demokraatit", A_,
  {"08": "Nielsen, who leads the Demokraatit party"}, role="party leader")
R("Mette Frederiksen", "head_of", "Denmark", A_,
  {"08": "Danish Prime Minister Mette Frederiksen"}, role="prime minister")
R("Jonas Gahr Støre", "head_of", "Norway", A_,
  {"05": "Prime Minister Jonas Gahr Støre came to this port town near the frontier to tell residents that Oslo"},
  role="prime minister")
R("Kristrún Frostadóttir", "head_of", "Iceland", A_,
  {"06": "Iceland’s prime minister, Kristrún Frostadóttir"}, role="prime minister")
R("Alexander Stubb", "head_of", "Finland", A_,
  {"06": "Finland has chosen a different bet. In October, President Alexander Stubb"},
  role="president")
R("Ulf Kristersson", "head_of", "Sweden", A_,
  {"06": "Sweden, too, has leaned on Washington under Prime Minister Ulf Kristersson"},
  role="prime minister")
R("Mark Rutte", "head_of", "NATO", A_,
  {"03": "NATO Secretary General Mark Rutte"}, role="secretary-general")
R("Aksel V. Johannesen", "head_of", "Faroe Islands", A_,
  {"08": "The Faroe Islands, the kingdom’s other self-governing territory, are watching closely. Their prime minister, Aksel V. Johannesen"},
  role="prime minister")
R("Vivian Motzfeldt", "works_for", "Greenland", A_,
  {"03": "Greenland's foreign minister, Vivian Motzfeldt",
   "08": "Vivian Motzfeldt, Greenland’s foreign minister"}, role="foreign minister")
R("Lars Løkke Rasmussen", "works_for", "Denmark", A_,
  {"03": "Denmark's Lars Lokke Rasmussen",
   "08": "Lars Løkke Rasmussen, Denmark’s foreign minister"}, role="foreign minister")
R("Espen Barth Eide", "works_for", "Norway", A_,
  {"03": "Norway's Espen Barth Eide",
   "05": "Norway’s foreign minister, Espen Barth Eide"}, role="foreign minister")
R("Maria Malmer Stenergard", "works_for", "Sweden", A_,
  {"03": "Sweden's Maria Malmer Stenergard"}, role="foreign minister")
R("Elina Valtonen", "works_for", "Finland", A_,
  {"03": "Finland's Elina Valtonen",
   "06": "Finland’s foreign minister, Elina Valtonen"}, role="foreign minister")
R("Þorgerður Katrín Gunnarsdóttir", "works_for", "Iceland", A_,
  {"03": "Iceland's Thorgerdur Katrin Gunnarsdottir",
   "06": "Her foreign minister, Þorgerður Katrín Gunnarsdóttir"},
  alt_o=["Kristrún Frostadóttir"], role="foreign minister")
R("Maria Zakharova", "works_for", "Russian Foreign Ministry", A_,
  {"03": "Maria Zakharova, the Russian foreign ministry's spokeswoman",
   "05": "Maria Zakharova, the Russian foreign ministry spokeswoman"},
  alt_o=["Russia"], role="spokeswoman")
R("Jeff Landry", "works_for", "Donald Trump", A_,
  {"03": "Jeff Landry, whom Trump named special envoy for Greenland in December",
   "08": "Jeff Landry, Trump’s special envoy for Greenland"},
  alt_o=["United States"], role="special envoy for Greenland")
R("Anita Anand", "works_for", "Canada", A_,
  {"03": "Canada's foreign minister, Anita Anand"}, role="foreign minister")
R("Marianne Sivertsen Næss", "works_for", "Norway", A_,
  {"05": "Norway’s fisheries minister, Marianne Sivertsen Næss"}, role="fisheries minister")
R("JD Vance", "works_for", "United States", A_,
  {"08": "U.S. Vice President JD Vance"}, alt_o=["Donald Trump"], role="vice president")
R("Sigrún Jónsdóttir", "works_for", "University of Iceland", A_,
  {"06": "an Icelandic fisheries economist at the University of Iceland"},
  role="fisheries economist")
R("Aqqaluk Petersen", "member_of", "Naleraq", A_,
  {"08": "Only Naleraq, the most pro-independence of the big parties, stayed out. One of its lawmakers, Aqqaluk Petersen"})

# --- nationality and residence ---
R("Sigrún Jónsdóttir", "citizen_of", "Iceland", A_,
  {"06": "Sigrún Jónsdóttir, an Icelandic fisheries economist"})
R("Tove Halvorsen", "lives_in", "Kirkenes", A_,
  {"05": "Residents of Kirkenes are used to living with the neighbour. Tove Halvorsen, a retired fish-factory worker who has lived in the town since 1971"},
  why="'the town' refers back to Kirkenes")
R("Malik Kristiansen", "lives_in", "Nuuk", A_,
  {"08": "Malik Kristiansen, a fisherman who lives in Nuuk"})

# --- the Nuuk meeting (03) ---
for guest, span in [
        ("Lars Løkke Rasmussen", "Denmark's Lars Lokke Rasmussen"),
        ("Espen Barth Eide", "Norway's Espen Barth Eide"),
        ("Maria Malmer Stenergard", "Sweden's Maria Malmer Stenergard"),
        ("Elina Valtonen", "Finland's Elina Valtonen"),
        ("Þorgerður Katrín Gunnarsdóttir", "Iceland's Thorgerdur Katrin Gunnarsdottir")]:
    R("Vivian Motzfeldt", "met_with", guest, A_,
      {"03": ["Greenland's foreign minister, Vivian Motzfeldt, hosted", span]},
      time="2026-02-23", why="hosted in Nuuk on Monday")
    q = {"03": [span, "in Nuuk, the first time the group has met in Greenland"]}
    if guest == "Espen Barth Eide":
        q["05"] = "Eide, who flew back from a meeting of Nordic ministers in Nuuk"
    R(guest, "visited", "Nuuk", A_, q, time="2026-02-23", alt_o=["Greenland"])
R("Nuuk", "capital_of", "Greenland", A_,
  {"03": ["NUUK, Feb 24 (Meridian News) - Nordic foreign ministers gathered in Greenland's capital on Monday",
          "in Nuuk, the first time the group has met in Greenland"],
   "08": "Nuuk, the Greenlandic capital"},
  why="03: the dateline city is 'Greenland's capital'")
R("Joint Arctic Command", "based_in", "Nuuk", A_,
  {"03": "Joint Arctic Command, the Danish military headquarters based in Nuuk"})

# --- Washington and Greenland ---
R("Denmark", "negotiating_with", "United States", RP,
  {"03": ["a working group set up with Washington in January was making \"slow but real\" progress",
          "We are talking to our American friends every week"],
   "08": "the talks between Copenhagen and Washington are continuing"},
  time="2026-01", alt_s=["Lars Løkke Rasmussen"])
R("Denmark", "negotiating_with", "United States", N,
  {"03": "We are not negotiating about sovereignty"}, req=False, alt_s=["Lars Løkke Rasmussen"],
  why="denies talks on one subject while affirming talks in general")
for c in ["Denmark", "Norway", "Sweden", "Finland"]:
    q = {"03": "In January, Trump threatened tariffs of up to 25% on Denmark, Norway, Sweden, Finland"}
    if c in ("Denmark", "Finland"):
        q["06"] = "tariffs Washington threatened against Denmark, Finland and other Europeans in January"
    if c == "Denmark":
        q["08"] = "Washington threatened Denmark with tariffs"
    R("United States", "threatened", c, A_, q, time="2026-01", alt_s=["Donald Trump"])
    R("United States", "sanctioned", c, N,
      {"03": ["Trump threatened tariffs of up to 25% on Denmark, Norway, Sweden, Finland",
              "the tariffs never took effect"]},
      alt_s=["Donald Trump"], req=False, why="threatened tariffs that never took effect")
R("Donald Trump", "met_with", "Mark Rutte", A_,
  {"03": "He dropped the threat days later after talks with NATO Secretary General Mark Rutte at the World Economic Forum"},
  time="2026-01")
R("Greenland", "gained_independence_from", "Denmark", PL,
  {"03": "independence from Denmark remained a long-term goal for most Greenlanders"},
  why="a goal, not a fact")
R("Greenland", "gained_independence_from", "Denmark", N,
  {"08": "“Greenland will not break away from Denmark under pressure from anyone,” Nielsen told"},
  alt_p=["seceded_from"], why="'break away' is secession wording, but Greenland is typed Country")
R("Jeff Landry", "visited", "Greenland", N,
  {"03": "has not visited the island since his appointment"})
R("Jeff Landry", "visited", "Nuuk", PL,
  {"03": "Landry hoped to travel to Nuuk \"in the spring\""}, alt_o=["Greenland"])
R("Jeff Landry", "visited", "Greenland", PL,
  {"08": "is expected to make his first visit to the island in April"}, time="2026-04")
R("Vivian Motzfeldt", "met_with", "Jeff Landry", PL,
  {"03": "Motzfeldt said she would meet Landry \"with an open door and a clear message\""})
R("Vivian Motzfeldt", "contacted", "Anita Anand", RP,
  {"03": "she had also spoken by phone on Sunday with Canada's foreign minister, Anita Anand"},
  time="2026-02-22")

# --- Russia, NATO, Ukraine ---
R("Russia", "criticized", "Norway", A_,
  {"03": "accused Norway and Denmark of turning the Arctic into \"a NATO training ground\"",
   "05": "This month Moscow accused Norway of “creeping militarisation” of the islands"},
  time="2026-02", alt_s=["Maria Zakharova"])
R("Russia", "criticized", "Denmark", A_,
  {"03": "accused Norway and Denmark of turning the Arctic into \"a NATO training ground\""},
  time="2026-02", alt_s=["Maria Zakharova"])
R("Russia", "threatened", "Norway", RP,
  {"05": "warned that Russia “will not leave this unanswered”"}, time="2026-02",
  alt_s=["Maria Zakharova"], req=False, why="the target is implicit")
R("Finland", "borders", "Russia", A_,
  {"03": "Valtonen, whose country shares a 1,340-kilometre border with Russia",
   "05": "Helsinki closed all its crossing points with Russia"})
R("Norway", "borders", "Russia", A_,
  {"05": "Norway’s 198-kilometre land border with Russia"})
R("Storskog", "located_in", "Norway", A_,
  {"05": "Storskog, the only crossing on Norway’s 198-kilometre land border"}, req=False)
R("Norway", "member_of", "NATO", A_,
  {"03": "Norway and Denmark are founding members of NATO",
   "05": "Norway, a founding member of the alliance"})
R("Denmark", "member_of", "NATO", A_,
  {"03": "Norway and Denmark are founding members of NATO"})
R("Finland", "member_of", "NATO", A_,
  {"03": "while Finland joined in 2023",
   "05": "Finland joined NATO in April 2023"}, time="2023")
R("Sweden", "member_of", "NATO", A_,
  {"03": "and Sweden in 2024 after decades of non-alignment",
   "05": "and Sweden followed in March 2024"}, time="2024")
R("Iceland", "member_of", "NATO", A_,
  {"03": "Iceland, which has no army of its own, is also a member",
   "06": "is a founding member of NATO"})
R("Russia", "in_conflict_with", "Ukraine", A_,
  {"03": "Russia's war against Ukraine",
   "05": "the full-scale invasion of Ukraine in February 2022"}, time="2022")
R("Russia", "attacked", "Ukraine", A_,
  {"05": "the full-scale invasion of Ukraine in February 2022"}, time="2022-02",
  why="the invader is not named in the clause; Russia from context")
for c in ["Denmark", "Norway", "Sweden", "Finland"]:
    q = {"03": "Denmark, Norway, Sweden and Finland have backed Kyiv with weapons and money since 2022"}
    if c == "Norway":
        q["05"] = "it has become one of Kyiv’s largest donors"
    R(c, "supported", "Ukraine", A_, q, time="2022")
R("Finland", "criticized", "Russia", A_,
  {"05": "accusing Moscow of pushing migrants towards the border"}, time="2023")
R("Finland", "negotiating_with", "Russia", N,
  {"05": "has refused to discuss reopening them with the Kremlin"})
R("Norway", "member_of", "European Union", N,
  {"05": "Although it is not a member of the European Union"})
R("Norway", "sanctioned", "Russia", A_,
  {"05": "it has adopted every package of EU sanctions against Russia"}, time="2022")
R("European Union", "sanctioned", "Russia", A_,
  {"05": "every package of EU sanctions against Russia"})
R("Norway", "negotiating_with", "Russia", A_,
  {"05": ["each autumn Norwegian and Russian officials still sit down to set fishing quotas",
          "after talks that Norway’s fisheries minister"]})
R("Norway", "signed_agreement_with", "Russia", A_,
  {"05": "Last October the two countries signed a deal on cod quotas for 2026"}, time="2025-10")
R("Svalbard", "located_in", "Norway", A_,
  {"05": "Svalbard, the Arctic archipelago under Norwegian sovereignty"})
R("Norway", "party_to", "Svalbard Treaty", A_,
  {"05": "The 1920 Svalbard Treaty, which both Norway and Russia have signed"})
R("Russia", "party_to", "Svalbard Treaty", A_,
  {"05": "The 1920 Svalbard Treaty, which both Norway and Russia have signed"})
R("Arktikugol", "based_in", "Barentsburg", A_,
  {"05": "Arktikugol, based in the mining settlement of Barentsburg"})
R("Barentsburg", "located_in", "Svalbard", A_,
  {"05": "Nowhere is the balancing act more delicate than on Svalbard"}, req=False,
  why="implied by the paragraph, not stated in the sentence")
R("Northern Fleet", "based_in", "Kola Peninsula", A_,
  {"05": "Russia’s Northern Fleet, whose nuclear submarines are based on the Kola Peninsula"})
R("Jonas Gahr Støre", "visited", "Kirkenes", A_,
  {"05": ["KIRKENES — The lorries are few now at Storskog",
          "On Tuesday, Prime Minister Jonas Gahr Støre came to this port town"]},
  time="2026-02-24", req=False, why="'this port town' is the dateline town")
R("Arctic Council", "based_in", "Tromsø", A_,
  {"05": "The Arctic Council, which is based in Tromsø"})
R("Russia", "member_of", "Arctic Council", A_,
  {"05": "Russia remains a member"})
R("China", "member_of", "Arctic Council", N,
  {"05": "is only an observer and not a member"})

# --- Iceland, Finland, Sweden, Norway (06) ---
R("Iceland", "candidate_for", "European Union", PL,
  {"06": "has promised a referendum by 2027 on whether to resume the country’s stalled talks to join the European Union"},
  time="2027", why="a promised vote on resuming the bid")
R("Iceland", "candidate_for", "European Union", A_,
  {"06": "Reykjavik applied in 2009 and froze the bid in 2013"}, time="2009")
R("Iceland", "negotiating_with", "European Union", H,
  {"06": "we can certainly negotiate with Brussels"}, req=False)
R("Iceland", "gained_independence_from", "Denmark", A_,
  {"06": "Iceland, which gained its independence from Denmark in 1944"}, time="1944")
R("Keflavík air base", "located_in", "Iceland", A_,
  {"06": "the Keflavík air base, where American and other allied aircraft rotate, is its main link"},
  req=False, why="'its' = Iceland")
R("Alexander Stubb", "met_with", "Donald Trump", A_,
  {"06": "President Alexander Stubb met Donald Trump at the White House"}, time="2025-10")
R("Alexander Stubb", "visited", "United States", A_,
  {"06": "President Alexander Stubb met Donald Trump at the White House"},
  time="2025-10", req=False, why="White House stands for the United States")
R("United States", "imports_from", "Finland", PL,
  {"06": "the United States would buy up to 11 icebreakers from Finland"},
  commodity="icebreakers", alt_p=["trades_with"])
R("Finland", "signed_agreement_with", "United States", A_,
  {"06": "the Finns signed a defence cooperation agreement with the United States in December 2023"},
  time="2023-12")
R("Finland", "gained_independence_from", "Russia", A_,
  {"06": "Finland, which declared independence from Russia in 1917"}, time="1917")
R("Norway", "gained_independence_from", "Sweden", A_,
  {"06": "Norway, which broke away from Sweden in 1905"}, time="1905",
  alt_p=["seceded_from"], why="'broke away' between two states: gained_independence_from")
R("Norway", "allied_with", "United Kingdom", A_,
  {"06": "works most closely with Britain on defence"})
R("Norway", "recognizes", "Palestine", A_,
  {"06": "Norway recognised the State of Palestine in May 2024"}, time="2024-05")
R("Sweden", "recognizes", "Palestine", A_,
  {"06": "Sweden did so in 2014"}, time="2014", why="ellipsis: 'did so'")
R("Iceland", "recognizes", "Palestine", A_,
  {"06": "and Iceland in 2011"}, time="2011", why="gapping: 'and Iceland in 2011'")
R("Denmark", "recognizes", "Palestine", N,
  {"06": ["Denmark and Finland have not.",
          "Copenhagen has no plans to do so this year"]})
R("Finland", "recognizes", "Palestine", N,
  {"06": "Denmark and Finland have not."})
R("Finland", "recognizes", "Palestine", H,
  {"06": "Helsinki could recognise Palestine “when it strengthens the chances of peace”"},
  alt_s=["Elina Valtonen"])
R("Iceland", "imports_from", "Norway", A_,
  {"06": "imports most of its fuel from Norway"}, commodity="fuel", alt_p=["trades_with"])
R("Iceland", "trades_with", "European Union", A_,
  {"06": "Iceland exports most of its catch to the European Union"}, req=False,
  why="trade with a bloc, not a country")

# --- Frederiksen in Nuuk (08) ---
R("Mette Frederiksen", "visited", "Nuuk", A_,
  {"08": "Mette Frederiksen arrived in Nuuk, the Greenlandic capital, on Tuesday"},
  time="2026-03-03", alt_o=["Greenland"])
R("Mette Frederiksen", "met_with", "Jens-Frederik Nielsen", A_,
  {"08": "arrived in Nuuk, the Greenlandic capital, on Tuesday for two days of talks with Greenland’s premier, Jens-Frederik Nielsen"},
  time="2026-03-03")
R("Denmark", "supported", "Greenland", A_,
  {"08": ["announced new inspection ships, long-range drones and a radar upgrade for the island",
          "Copenhagen will pay for all of it",
          "Denmark, which pays an annual block grant of about 4.5 billion crowns"]})
R("Aqqaluk Petersen", "criticized", "Mette Frederiksen", A_,
  {"08": "accused Frederiksen of treating Greenland as a military base"})
R("Pituffik Space Base", "located_in", "Greenland", A_,
  {"08": "Pituffik Space Base, the former Thule air base in northwest Greenland"})
R("United States", "party_to", "Defence of Greenland Agreement", A_,
  {"08": "the Defence of Greenland Agreement, which the United States and Denmark signed in 1951"},
  time="1951")
R("Denmark", "party_to", "Defence of Greenland Agreement", A_,
  {"08": "the Defence of Greenland Agreement, which the United States and Denmark signed in 1951"},
  time="1951")
R("United States", "signed_agreement_with", "Denmark", A_,
  {"08": "the Defence of Greenland Agreement, which the United States and Denmark signed in 1951"},
  time="1951")
R("JD Vance", "visited", "Greenland", A_,
  {"08": "U.S. Vice President JD Vance visited Greenland in March 2025"}, time="2025-03")
R("JD Vance", "criticized", "Denmark", A_,
  {"08": "where he accused Denmark of having “not done a good job” for Greenlanders"},
  time="2025-03")
R("JD Vance", "visited", "Nuuk", N,
  {"08": "He did not go to Nuuk"}, time="2025-03")
for other in ["Lars Løkke Rasmussen", "Vivian Motzfeldt"]:
    R("JD Vance", "met_with", other, A_,
      {"08": "In mid-January, Vance hosted Lars Løkke Rasmussen, Denmark’s foreign minister, and Vivian Motzfeldt, Greenland’s foreign minister, for talks"},
      time="2026-01", why="'hosted ... for talks'")
R("Mette Frederiksen", "contacted", "Donald Trump", RP,
  {"08": "Frederiksen said she had spoken to Trump by telephone last week"}, time="2026")
R("Greenland", "imports_from", "Denmark", A_,
  {"08": "Greenland buys most of its food and fuel from Denmark"},
  commodity="food, fuel", alt_p=["trades_with"])
R("Greenland", "member_of", "European Union", N,
  {"08": "is not a member of the European Union"})
R("Faroe Islands", "located_in", "Denmark", A_,
  {"08": "The Faroe Islands, the kingdom’s other self-governing territory"}, req=False,
  why="'the kingdom' = the Kingdom of Denmark, not named in the sentence")
R("Faroe Islands", "supported", "Greenland", RP,
  {"08": "the Faroes stood “shoulder to shoulder with Greenland”"},
  time="2026-02", alt_s=["Aksel V. Johannesen"], alt_p=["allied_with"])

