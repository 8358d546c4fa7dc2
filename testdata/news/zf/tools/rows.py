# Gold rows for news set zf, one per (document, fact), written by hand.
# R(doc(s), s, p, o, modality, time, required, quote(s), why, alt_s, alt_p, alt_o)
# doc is "zfNN" or a list; quote is one string (single doc) or a dict doc -> quote.
ROWS = []


def R(doc, s, p, o, mod, time, req, quote, why="", alt_s=None, alt_p=None, alt_o=None):
    docs = doc if isinstance(doc, list) else [doc]
    quotes = quote if isinstance(quote, dict) else {docs[0]: quote}
    assert set(quotes) == set(docs), (s, p, o)
    ROWS.append(dict(docs=docs, s=s, p=p, o=o, modality=mod, time=time, required=req,
                     quotes=quotes, why=why, alt_s=alt_s or [], alt_p=alt_p or [], alt_o=alt_o or []))


A, REP, H, PL, N = "asserted", "reported", "hedged", "planned", "negated"

# ---------------------------------------------------------------- multi-document facts
R(["zf02", "zf04", "zf07"], "Donald Trump", "head_of", "United States", A, None, True,
  {"zf02": "U.S. President Donald Trump", "zf04": "U.S. President Donald Trump", "zf07": "U.S. President Donald Trump"}, "president")
R(["zf04", "zf07"], "Howard Lutnick", "works_for", "United States", A, None, True,
  {"zf04": "Commerce Secretary Howard Lutnick", "zf07": "Commerce Secretary Howard Lutnick"}, "commerce secretary",
  alt_p=["head_of"], alt_o=["U.S. Commerce Department", "Donald Trump"])
R(["zf04", "zf07"], "Jamieson Greer", "works_for", "United States", A, None, True,
  {"zf04": "U.S. Trade Representative Jamieson Greer", "zf07": "U.S. Trade Representative Jamieson Greer"}, "trade representative",
  alt_p=["head_of"], alt_o=["Office of the U.S. Trade Representative", "Donald Trump"])
R(["zf01", "zf05"], "European Union", "sanctioned", "Russia", A, None, True,
  {"zf01": "The European Union, which has sanctioned Russia over its war in Ukraine",
   "zf05": "European Union sanctions against Russia"}, "EU sanctions on Russia")
R(["zf06", "zf08"], "Russia", "attacked", "Ukraine", A, None, True,
  {"zf06": "during Russian attacks on Ukrainian ports across the Danube",
   "zf08": "pounded by Russian missile and drone attacks"}, "ongoing strikes", alt_p=["in_conflict_with"])
for c in ["Mexico", "United States", "Canada"]:
    R(["zf02", "zf04"], c, "party_to", "USMCA", A, None, False,
      {"zf02": "the trade pact the three countries are due to review next year",
       "zf04": "the dispute-settlement rules of the Canada-United States-Mexico Agreement"},
      "party read from the pact's name or a group phrase")

# ---------------------------------------------------------------- zf01 Sweden-Poland seabed patrols (2025-11-18)
d = "zf01"
R(d, "Sweden", "signed_agreement_with", "Poland", REP, "2025-11-18", True,
  "Sweden and Poland signed an agreement on Tuesday", "patrol accord, per the two governments",
  alt_s=["Pål Jonson"], alt_o=["Władysław Kosiniak-Kamysz"])
R(d, "Sweden", "party_to", "Southern Baltic Patrol Agreement", A, "2025-11-18", True,
  "the two ministries called the Southern Baltic Patrol Agreement", "signatory")
R(d, "Poland", "party_to", "Southern Baltic Patrol Agreement", A, "2025-11-18", True,
  "the two ministries called the Southern Baltic Patrol Agreement", "signatory")
R(d, "Pål Jonson", "works_for", "Sweden", A, None, True, "Swedish Defence Minister Pål Jonson", "defence minister")
R(d, "Władysław Kosiniak-Kamysz", "works_for", "Poland", A, None, True,
  "his Polish counterpart, Władysław Kosiniak-Kamysz", "defence minister, also deputy prime minister")
R(d, "Pål Jonson", "met_with", "Władysław Kosiniak-Kamysz", A, "2025-11-18", True,
  "signed the accord in Stockholm after meeting for about two hours", "")
R(d, "Władysław Kosiniak-Kamysz", "visited", "Stockholm", A, "2025-11-18", False,
  "signed the accord in Stockholm", "visit inferred from where he signed", alt_o=["Sweden"])
R(d, "Sweden", "allied_with", "Poland", REP, None, True,
  "one of Sweden's closest partners in the region", "Jonson's words", alt_s=["Pål Jonson"])
R(d, "Władysław Kosiniak-Kamysz", "criticized", "Russia", A, None, True,
  "accused Russia of waging a hybrid campaign against NATO's eastern flank", "accusation", alt_s=["Poland"])
R(d, "Russia", "attacked", "Poland", N, None, False, "Moscow has denied deliberately targeting Poland",
  "Russian denial; 'Moscow' is metonymic")
R(d, "Russia", "attacked", "Poland", REP, None, False,
  "pointing to the sabotage of a railway line in eastern Poland at the weekend and to the Russian drones that entered Polish airspace in September",
  "Kosiniak-Kamysz's accusation, denied by Moscow")
R(d, "Swedish Navy", "based_in", "Karlskrona", A, None, True, "where the Swedish navy has its main base", "main base")
R(d, "Władysław Kosiniak-Kamysz", "visited", "Karlskrona", PL, "2025-11-19", True,
  "Kosiniak-Kamysz is due to visit Karlskrona on Wednesday", "planned visit", alt_o=["Sweden"])
R(d, "Karlskrona", "located_in", "Sweden", A, None, True, "Karlskrona, a port town in southern Sweden", "")
R(d, "Ulf Kristersson", "head_of", "Sweden", A, None, True, "Swedish Prime Minister Ulf Kristersson", "prime minister")
R(d, "Donald Tusk", "head_of", "Poland", A, None, True, "Polish Prime Minister Donald Tusk", "prime minister")
R(d, "Ulf Kristersson", "contacted", "Donald Tusk", REP, "2025-11-17", True,
  "Swedish Prime Minister Ulf Kristersson discussed the arrangement with Polish Prime Minister Donald Tusk in a telephone call on Monday",
  "phone call, per Kristersson's office", alt_s=["Donald Tusk"], alt_o=["Ulf Kristersson"])
R(d, "CTF Baltic", "based_in", "Rostock", A, None, True,
  "CTF Baltic, the German-led NATO maritime headquarters in the German port city of Rostock", "")
R(d, "Rostock", "located_in", "Germany", A, None, True, "the German port city of Rostock", "")
R(d, "CTF Baltic", "member_of", "NATO", A, None, False, "the German-led NATO maritime headquarters",
  "a NATO command rather than a member")
R(d, "Sweden", "member_of", "NATO", A, "2024-03", True, "Sweden, which joined NATO in March 2024", "accession")
R(d, "Gotland", "located_in", "Sweden", A, None, True, "its Baltic island of Gotland", "")
R(d, "Poland", "member_of", "NATO", A, None, False, "one of the alliance's fastest-growing militaries",
  "membership only implied")
R(d, "Bornholm", "located_in", "Denmark", A, None, True, "Denmark, whose island of Bornholm", "")
R(d, "Denmark", "party_to", "Southern Baltic Patrol Agreement", H, "2026", True,
  "is expected to join the arrangement next year", "expected to join, per two officials", alt_p=["candidate_for"])
R(d, "Russia", "in_conflict_with", "Ukraine", A, None, True, "its war in Ukraine", "", alt_p=["attacked"])
R(d, "Agnieszka Wrona", "works_for", "Vistula Maritime Institute", A, None, True,
  "Agnieszka Wrona, a senior fellow at the Gdansk-based Vistula Maritime Institute", "senior fellow")
R(d, "Vistula Maritime Institute", "based_in", "Gdańsk", A, None, True, "the Gdansk-based Vistula Maritime Institute", "")
R(d, "Linnea Ekdahl", "works_for", "Nordkust Wire", A, None, False, "Reporting by Linnea Ekdahl", "agency credit")
R(d, "Tomasz Zieliński", "works_for", "Nordkust Wire", A, None, False, "Tomasz Zielinski in Warsaw", "agency credit")
R(d, "Mark Heller", "works_for", "Nordkust Wire", A, None, False, "Editing by Mark Heller", "agency credit")

# ---------------------------------------------------------------- zf02 Mexico-US arms tracing (2025-10-15)
d = "zf02"
R(d, "Mexico", "signed_agreement_with", "United States", REP, "2025-10-15", True,
  "Mexico and the United States signed an agreement on Wednesday", "tracing agreement, per Garcia Harfuch")
R(d, "Omar García Harfuch", "works_for", "Mexico", A, None, True,
  "Mexican Security Minister Omar Garcia Harfuch", "security minister", alt_o=["Claudia Sheinbaum"])
R(d, "Pam Bondi", "works_for", "United States", A, None, True, "U.S. Attorney General Pam Bondi", "attorney general",
  alt_o=["Donald Trump", "U.S. Justice Department"])
R(d, "Omar García Harfuch", "met_with", "Pam Bondi", A, "2025-10-15", True,
  "Garcia Harfuch said after talks with U.S. Attorney General Pam Bondi", "talks on Wednesday")
R(d, "Pam Bondi", "visited", "Mexico City", A, "2025-10-14", True, "Bondi, who arrived in Mexico City on Tuesday", "",
  alt_o=["Mexico"])
R(d, "Pam Bondi", "met_with", "Claudia Sheinbaum", REP, "2025-10-15", True,
  "also met Mexican President Claudia Sheinbaum at the National Palace on Wednesday morning", "per the Mexican presidency")
R(d, "Claudia Sheinbaum", "head_of", "Mexico", A, None, True, "Mexican President Claudia Sheinbaum", "president")
R(d, "Mexico City", "capital_of", "Mexico", A, None, False, "in the Mexican capital",
  "needs 'the Mexican capital' resolved to Mexico City")
R(d, "Binational Tracing Unit", "based_in", "Mexico City", PL, None, True, "The unit will be based in Mexico City", "future seat")
R(d, "Pam Bondi", "criticized", "Sinaloa Cartel", A, None, True,
  "Bondi accused the Sinaloa Cartel and the Jalisco New Generation Cartel", "accusation")
R(d, "Pam Bondi", "criticized", "Jalisco New Generation Cartel", A, None, True,
  "Bondi accused the Sinaloa Cartel and the Jalisco New Generation Cartel", "accusation")
for c in ["Sinaloa Cartel", "Jalisco New Generation Cartel"]:
    R(d, "United States", "sanctioned", c, A, "2025-02", False,
      "The Trump administration designated both groups as foreign terrorist organizations in February",
      "terrorist designation read as a sanction; 'both groups' needs resolving", alt_s=["Donald Trump"])
R(d, "Sinaloa Cartel", "based_in", "Sinaloa", A, None, True,
  "The Sinaloa Cartel, based in Mexico's northwestern state of Sinaloa", "")
R(d, "Sinaloa", "located_in", "Mexico", A, None, True, "Mexico's northwestern state of Sinaloa", "")
for f in ["CIBanco", "Intercam", "Vector"]:
    R(d, "U.S. Treasury Department", "criticized", f, A, "2025-06", True,
      "In June, the U.S. Treasury Department accused three Mexican financial firms, CIBanco, Intercam and Vector",
      "accusation of handling cartel money", alt_s=["United States"])
    R(d, f, "based_in", "Mexico", A, None, False, "three Mexican financial firms, CIBanco, Intercam and Vector",
      "nationality adjective on a firm")
R(d, "Claudia Sheinbaum", "contacted", "Donald Trump", A, "2025", True,
  "Sheinbaum, who has spoken with U.S. President Donald Trump by telephone several times this year", "phone calls",
  alt_s=["Donald Trump"], alt_o=["Claudia Sheinbaum"])
R(d, "Claudia Sheinbaum", "visited", "United States", N, "2025", True,
  "said she had no plans to travel to Washington before the end of the year", "no trip planned")
R(d, "Donald Trump", "threatened", "Mexico", A, "2025-07", True,
  "Trump threatened in July to raise tariffs on most Mexican imports to 30%", "tariff threat", alt_s=["United States"])
R(d, "United States", "negotiating_with", "Mexico", A, None, True,
  "to allow negotiations between the two governments to continue", "trade negotiations")
R(d, "United States", "sanctioned", "Mexico", A, None, False, "Washington already charges a 25% tariff on Mexican goods",
  "tariff; 'Washington' is metonymic")
R(d, "Ronald Johnson", "met_with", "Omar García Harfuch", A, "2025-10-15", False, "attended Wednesday's talks",
  "attendance read as meeting", alt_o=["Pam Bondi"])
R(d, "Ronald Johnson", "works_for", "United States", A, None, True, "U.S. Ambassador Ronald Johnson", "ambassador")
R(d, "Ronald Johnson", "lives_in", "Mexico City", A, None, False, "who took up his post in Mexico City this year",
  "residence inferred from the post")
R(d, "Valeria Ortiz Cano", "works_for", "Centro Atalaya", A, None, True,
  "Valeria Ortiz Cano, a security analyst at Centro Atalaya", "analyst")
R(d, "Centro Atalaya", "based_in", "Mexico City", A, None, True, "Centro Atalaya, a think tank in Mexico City", "")
R(d, "Diego Ramírez Solís", "works_for", "Meridiano Wire", A, None, False, "Reporting by Diego Ramirez Solis", "agency credit")
R(d, "Karen Whitfield", "works_for", "Meridiano Wire", A, None, False, "Additional reporting by Karen Whitfield", "agency credit")
R(d, "Paul Sandoval", "works_for", "Meridiano Wire", A, None, False, "Editing by Paul Sandoval", "agency credit")

# ---------------------------------------------------------------- zf03 EIB loan for Rail Baltica in Latvia (2026-02-12)
d = "zf03"
R(d, "European Investment Bank", "signed_agreement_with", "Latvia", REP, "2026-02-12", True,
  "The European Investment Bank signed a 600 million euro ($650 million) loan with Latvia on Thursday", "loan agreement, per the lender",
  alt_s=["Nadia Calviño"], alt_o=["Evika Siliņa"])
R(d, "European Investment Bank", "supported", "Rail Baltica", REP, None, True,
  "to help pay for the Latvian section of Rail Baltica", "loan, per the lender", alt_o=["Latvia"])
R(d, "European Investment Bank", "based_in", "Luxembourg", A, None, True, "the Luxembourg-based lender", "")
R(d, "Nadia Calviño", "head_of", "European Investment Bank", A, None, True, "EIB President Nadia Calviño", "president")
R(d, "Evika Siliņa", "head_of", "Latvia", A, None, True, "Latvian Prime Minister Evika Siliņa", "prime minister")
R(d, "Nadia Calviño", "visited", "Riga", A, "2026-02-12", True, "in Riga, the Latvian capital, during a one-day visit", "",
  alt_o=["Latvia"])
R(d, "Riga", "capital_of", "Latvia", A, None, True, "Riga, the Latvian capital", "")
R(d, "Riga", "located_in", "Latvia", A, None, False, "Riga, the Latvian capital", "entailed by capital_of")
R(d, "Nadia Calviño", "met_with", "Evika Siliņa", A, "2026-02-12", True,
  "The two met at the State Chancellery before the signing", "")
R(d, "Kaunas", "located_in", "Lithuania", A, None, True, "the Lithuanian city of Kaunas", "")
R(d, "European Union", "supported", "Rail Baltica", A, None, True,
  "The European Union has paid for most of the work done so far", "grants")
R(d, "Atis Švinka", "works_for", "Latvia", A, None, True, "Latvian Transport Minister Atis Švinka", "transport minister")
R(d, "Apostolos Tzitzikostas", "works_for", "European Commission", A, None, True,
  "EU Transport Commissioner Apostolos Tzitzikostas", "commissioner", alt_o=["European Union"])
R(d, "Latvia", "borders", "Russia", A, None, True, "Latvia, which borders Russia and Belarus", "")
R(d, "Latvia", "borders", "Belarus", A, None, True, "Latvia, which borders Russia and Belarus", "")
R(d, "Latvia", "member_of", "NATO", A, "2004", True, "has been a NATO member since 2004", "")
R(d, "European Investment Bank", "negotiating_with", "Estonia", REP, None, True,
  "the bank was in talks with Estonia about a similar loan", "per Calviño")
R(d, "European Investment Bank", "negotiating_with", "Lithuania", N, None, True,
  "but was not in talks with Lithuania", "per Calviño")
R(d, "European Investment Bank", "signed_agreement_with", "Latvia", PL, "2027", True,
  "the EIB planned to sign a second loan with Latvia next year", "second loan")
R(d, "European Investment Bank", "member_of", "European Union", A, None, False,
  "the lending arm of the European Union", "an EU body rather than a member")
R(d, "Kristaps Ozols", "works_for", "Daugava Policy Centre", A, None, True,
  "Kristaps Ozols, an economist at the Riga-based Daugava Policy Centre", "economist")
R(d, "Daugava Policy Centre", "based_in", "Riga", A, None, True, "the Riga-based Daugava Policy Centre", "")
R(d, "Ilze Kalniņa", "works_for", "Hansa Press", A, None, False, "Reporting by Ilze Kalnina in Riga", "agency credit")
R(d, "Jonas Petraitis", "works_for", "Hansa Press", A, None, False, "Writing by Jonas Petraitis", "agency credit")
R(d, "Anne Marsh", "works_for", "Hansa Press", A, None, False, "Editing by Anne Marsh", "agency credit")

# ---------------------------------------------------------------- zf04 Canada-US softwood lumber (2025-09-18)
d = "zf04"
R(d, "Dominic LeBlanc", "works_for", "Canada", A, None, True,
  "Dominic LeBlanc, the minister responsible for Canada-U.S. trade", "minister", alt_o=["Mark Carney"])
R(d, "Dominic LeBlanc", "met_with", "Howard Lutnick", A, "2025-09-16", True,
  "met Commerce Secretary Howard Lutnick in Washington on Tuesday", "")
R(d, "Dominic LeBlanc", "visited", "United States", A, "2025-09-16", True,
  "met Commerce Secretary Howard Lutnick in Washington on Tuesday", "Washington stands for the United States in this set")
R(d, "United States", "signed_agreement_with", "Canada", N, None, True,
  "the United States would not sign a separate lumber agreement with Canada",
  "per a Canadian official; also 'failed to agree on a replacement'")
R(d, "Canada", "negotiating_with", "United States", A, None, True,
  "negotiations on a broader economic and security deal were still under way", "")
R(d, "Dominic LeBlanc", "criticized", "U.S. Commerce Department", A, "2025-09-17", True,
  "LeBlanc accused the U.S. Commerce Department", "accusation on Wednesday", alt_s=["Canada"], alt_o=["United States"])
R(d, "U.S. Commerce Department", "sanctioned", "Canada", A, "2025-08", True,
  "The Commerce Department raised its combined anti-dumping and countervailing duties on most Canadian softwood to 35.19 per cent in August",
  "duties", alt_s=["United States"])
R(d, "United States", "sanctioned", "Canada", H, "2025", False, "could lead to further tariffs later this year",
  "possible national-security tariffs; weak hedge")
R(d, "United States", "imports_from", "Canada", A, None, True,
  "Canadian mills supply roughly a quarter of the softwood lumber used in the United States", "commodity: softwood lumber",
  alt_p=["trades_with"])
R(d, "British Columbia", "located_in", "Canada", A, None, True, "British Columbia, Canada's largest lumber-producing province", "")
R(d, "Canada", "trades_with", "United States", A, None, True,
  "Canada and the United States are each other's largest trading partners", "")
for c in ["Canada", "United States"]:
    R(d, c, "party_to", "Softwood Lumber Agreement", A, "2006", False,
      "The 2006 Softwood Lumber Agreement between the two countries", "former party: the deal expired in 2015")
R(d, "Canada", "signed_agreement_with", "United States", A, "2006", False,
  "The 2006 Softwood Lumber Agreement between the two countries", "the expired 2006 deal")
R(d, "Mark Carney", "head_of", "Canada", A, None, True, "Prime Minister Mark Carney", "prime minister")
R(d, "Canada", "sanctioned", "United States", A, None, True,
  "Canada still imposes counter-tariffs on U.S. steel, aluminum and automobiles", "counter-tariffs")
R(d, "Donald Trump", "sanctioned", "Canada", A, "2025-08-01", True,
  "U.S. President Donald Trump had raised tariffs on Canadian goods not covered by the trade pact to 35 per cent on Aug. 1",
  "tariffs", alt_s=["United States"])
R(d, "Gord Tremblay", "head_of", "Interior Mills Coalition", A, None, True,
  "Gord Tremblay, president of the Interior Mills Coalition", "president")
R(d, "Interior Mills Coalition", "based_in", "Kelowna", A, None, True, "a Kelowna-based group", "")
R(d, "Marie-Claude Gendron", "works_for", "Rideau Trade Institute", A, None, True,
  "Marie-Claude Gendron, a trade economist at the Ottawa-based Rideau Trade Institute", "economist")
R(d, "Rideau Trade Institute", "based_in", "Canada", A, None, True, "the Ottawa-based Rideau Trade Institute",
  "Ottawa resolves to Canada in this set")
R(d, "Canada", "negotiating_with", "United States", PL, "2026-07", False,
  "which Canada, the United States and Mexico are scheduled to begin in July 2026", "scheduled joint review")
R(d, "Dominic LeBlanc", "contacted", "Jamieson Greer", H, "2025-09", True,
  "LeBlanc is expected to speak with U.S. Trade Representative Jamieson Greer next week", "expected call")
R(d, "Hannah Okafor", "works_for", "The Northern Ledger", A, None, False,
  "Hannah Okafor is The Northern Ledger's Washington correspondent.", "byline")

# ---------------------------------------------------------------- zf05 Lithuania and Kaliningrad transit (2025-12-04)
d = "zf05"
R(d, "Russia", "threatened", "Lithuania", A, "2025-12-03", True,
  "prompting the Kremlin to threaten Lithuania", "threat of retaliation on Wednesday", alt_s=["Dmitry Peskov"])
R(d, "Russian Foreign Ministry", "criticized", "Lithuania", A, "2025-12-03", True,
  "accused Lithuania of imposing an \"economic blockade\"",
  "Zakharova speaking for the ministry; the lead says 'accuse Vilnius'", alt_s=["Russia", "Maria Zakharova"])
R(d, "Russia", "criticized", "Lithuania", A, "2022-06", False, "drawing furious protests from Moscow",
  "2022 protests read as criticism")
R(d, "Belarus", "allied_with", "Russia", A, None, True, "Belarus, Russia's closest ally", "")
R(d, "Lithuania", "borders", "Belarus", A, None, True, "Transit trains enter Lithuania from Belarus",
  "also 'its border crossings with Belarus'")
R(d, "Kaliningrad", "located_in", "Russia", A, None, True, "the Kaliningrad region, a Russian exclave", "")
R(d, "Kaliningrad", "borders", "Lithuania", A, None, True, "a Russian exclave wedged between Lithuania and Poland", "")
R(d, "Kaliningrad", "borders", "Poland", A, None, True, "a Russian exclave wedged between Lithuania and Poland", "")
R(d, "Baltic Fleet", "based_in", "Kaliningrad", A, None, True, "which is home to Russia's Baltic Fleet", "")
R(d, "Dmitry Peskov", "works_for", "Russia", A, None, True, "Kremlin spokesman Dmitry Peskov", "spokesman")
R(d, "Maria Zakharova", "works_for", "Russian Foreign Ministry", A, None, True,
  "Maria Zakharova, the foreign ministry's spokeswoman", "spokeswoman", alt_o=["Russia"])
R(d, "Lithuania", "blockaded", "Kaliningrad", REP, None, False,
  "accused Lithuania of imposing an \"economic blockade\" on Kaliningrad", "Zakharova's accusation, denied by Vilnius")
R(d, "Lithuania", "blockaded", "Kaliningrad", N, None, True, "denied that Lithuania was blockading Kaliningrad", "Budrys's denial")
R(d, "Russian Foreign Ministry", "contacted", "Lithuania", A, "2025-12-03", False,
  "The ministry summoned Lithuania's charge d'affaires in Moscow on Wednesday", "summons read as contact", alt_s=["Russia"])
R(d, "Kęstutis Budrys", "works_for", "Lithuania", A, None, True, "Foreign Minister Kęstutis Budrys", "foreign minister")
R(d, "Inga Ruginienė", "head_of", "Lithuania", A, None, True, "Prime Minister Inga Ruginienė", "prime minister")
R(d, "Lithuania", "borders", "Poland", A, None, True, "neighbouring Poland", "")
R(d, "Lithuania", "contacted", "European Commission", REP, None, False,
  "the decision had been coordinated with the European Commission", "coordination read as contact")
R(d, "Lithuania", "contacted", "Poland", REP, None, False,
  "coordinated with the European Commission and with neighbouring Poland", "coordination read as contact")
R(d, "Lithuania", "contacted", "European Commission", PL, None, False,
  "Lithuania would ask the Commission to update its 2022 guidance", "planned request")
R(d, "Radosław Sikorski", "works_for", "Poland", A, None, True, "Polish Foreign Minister Radosław Sikorski", "foreign minister")
R(d, "Radosław Sikorski", "contacted", "Kęstutis Budrys", A, "2025-12-03", True,
  "who spoke with Budrys by telephone on Wednesday", "phone call",
  alt_s=["Kęstutis Budrys"], alt_o=["Radosław Sikorski"])
R(d, "Poland", "supported", "Lithuania", REP, None, False, "Poland \"stands fully behind Vilnius.\"",
  "Sikorski's words; 'Vilnius' is metonymic",
  alt_s=["Radosław Sikorski"])
R(d, "Kaja Kallas", "works_for", "European Union", A, None, True,
  "The European Union's foreign policy chief, Kaja Kallas", "foreign policy chief", alt_o=["European Commission"])
R(d, "Kaja Kallas", "supported", "Lithuania", REP, None, False,
  "sanctions were \"decided by 27 member states, not by one.\"", "backing only implied")
R(d, "Gitanas Nausėda", "head_of", "Lithuania", A, None, True, "President Gitanas Nausėda", "president")
R(d, "Gitanas Nausėda", "head_of", "State Defence Council", A, None, True, "who chairs Lithuania's State Defence Council", "chairman")
R(d, "State Defence Council", "based_in", "Lithuania", A, None, False, "Lithuania's State Defence Council", "possessive")
R(d, "Rūta Vaitkutė", "works_for", "Eastern Flank Studies Centre", A, None, True,
  "Rūta Vaitkutė, a researcher at the Vilnius-based Eastern Flank Studies Centre", "researcher")
R(d, "Eastern Flank Studies Centre", "based_in", "Lithuania", A, None, True, "the Vilnius-based Eastern Flank Studies Centre",
  "Vilnius resolves to Lithuania in this set")
R(d, "Lithuania", "imports_from", "Russia", N, None, True, "Lithuania no longer buys Russian electricity or gas", "")
R(d, "Lithuania", "member_of", "European Union", A, "2004", True, "Lithuania, which joined both the EU and NATO in 2004", "")
R(d, "Lithuania", "member_of", "NATO", A, "2004", True, "Lithuania, which joined both the EU and NATO in 2004", "")
R(d, "Lithuania", "supported", "Ukraine", A, None, True, "among the most vocal supporters of Ukraine", "")
R(d, "Kęstutis Budrys", "visited", "Brussels", PL, "2025-12-15", True,
  "Budrys said he would raise the transit dispute with his EU counterparts in Brussels on Dec. 15", "planned trip")

# ---------------------------------------------------------------- zf06 Romania and the U.S. (2025-11-06)
d = "zf06"
R(d, "Oana Țoiu", "works_for", "Romania", A, None, True, "Foreign Minister Oana Țoiu", "foreign minister")
R(d, "Oana Țoiu", "visited", "United States", A, "2025-11-04", True,
  "Foreign Minister Oana Țoiu won assurances in Washington on Tuesday", "Washington stands for the United States in this set")
R(d, "Mihail Kogălniceanu Air Base", "located_in", "Romania", A, None, True,
  "the Mihail Kogălniceanu air base in southeastern Romania", "")
R(d, "Oana Țoiu", "met_with", "Christopher Landau", REP, "2025-11-04", True,
  "Țoiu met Deputy Secretary of State Christopher Landau at the State Department", "per Romania's foreign ministry")
R(d, "Oana Țoiu", "met_with", "Senate Armed Services Committee", REP, "2025-11-04", True,
  "later held talks with members of the Senate Armed Services Committee", "per Romania's foreign ministry")
R(d, "Christopher Landau", "works_for", "United States", A, None, True, "Deputy Secretary of State Christopher Landau",
  "deputy secretary of state", alt_o=["U.S. State Department"])
R(d, "Romania", "member_of", "NATO", A, None, False, "one of NATO's largest in Europe", "membership only implied")
R(d, "Romania", "borders", "Ukraine", A, None, True, "Romania, which shares a border of more than 600 km with Ukraine", "")
R(d, "Russia", "attacked", "Romania", N, None, True,
  "Bucharest has said it does not believe Russia is deliberately attacking Romanian territory", "Romanian view")
R(d, "Romania", "allied_with", "United States", A, None, False,
  "The country has been one of Washington's most dependable allies in the region",
  "'the country' is Romania and 'Washington' is metonymic")
R(d, "NATO battle group in Romania", "based_in", "Romania", A, None, False,
  "France leads the NATO battle group stationed in Romania", "stationed read as based")
R(d, "Aegis Ashore Deveselu", "located_in", "Romania", A, None, True,
  "the U.S. Aegis Ashore missile defence site at Deveselu, in the south of the country", "")
R(d, "Romania", "supported", "Ukraine", A, "2024", True, "donated a Patriot air defence system to Ukraine last year", "donation")
R(d, "Nicușor Dan", "head_of", "Romania", A, None, True, "President Nicușor Dan, who took office in May", "president")
R(d, "Ilie Bolojan", "head_of", "Romania", A, None, True, "Prime Minister Ilie Bolojan's coalition", "prime minister")
R(d, "Romania", "member_of", "European Union", A, None, False, "the largest budget deficit in the European Union",
  "membership only implied")
R(d, "Ionuț Moșteanu", "works_for", "Romania", A, None, True, "Defence Minister Ionuț Moșteanu", "defence minister")
R(d, "Romania", "negotiating_with", "United States", REP, None, True,
  "Romania was in talks with the United States about buying additional air defence systems", "per Moșteanu")
R(d, "Romania", "signed_agreement_with", "United States", H, "2026", False, "a contract could be signed next year", "hedge")
R(d, "Romania", "signed_agreement_with", "United States", A, "2024", False,
  "Romania agreed last year to buy 32 F-35 fighter jets from the United States", "purchase deal read as an agreement")
R(d, "Romania", "imports_from", "United States", PL, None, False,
  "Romania agreed last year to buy 32 F-35 fighter jets from the United States", "commodity: F-35 jets, delivered later",
  alt_p=["trades_with"])
R(d, "Pete Hegseth", "works_for", "United States", A, None, True, "U.S. Defense Secretary Pete Hegseth", "defense secretary",
  alt_p=["head_of"], alt_o=["U.S. Department of Defense"])
R(d, "Pete Hegseth", "visited", "Romania", H, "2026", True,
  "is expected to visit Romania in the first half of next year", "expected trip")
R(d, "Andrei Mureșan", "head_of", "Carpathian Security Forum", A, None, True,
  "Andrei Mureșan, director of the Bucharest-based Carpathian Security Forum", "director", alt_p=["works_for"])
R(d, "Carpathian Security Forum", "based_in", "Romania", A, None, True, "the Bucharest-based Carpathian Security Forum",
  "Bucharest resolves to Romania in this set")
R(d, "Câmpia Turzii Air Base", "located_in", "Transylvania", A, None, True, "the Câmpia Turzii air base in Transylvania", "")
R(d, "Oana Țoiu", "met_with", "U.S. Department of Defense", N, None, True,
  "She did not meet Pentagon officials during the trip", "")

# ---------------------------------------------------------------- zf07 EU-US steel talks (2026-02-24)
d = "zf07"
R(d, "European Union", "negotiating_with", "United States", A, "2026-02-23", True,
  "The European Union and the United States failed on Monday to agree on a quota system", "talks on Monday")
R(d, "European Union", "signed_agreement_with", "United States", N, "2026-02-23", True,
  "The European Union and the United States failed on Monday to agree on a quota system", "no deal")
R(d, "Maroš Šefčovič", "works_for", "European Commission", A, None, True, "EU trade chief Maroš Šefčovič",
  "trade commissioner (caption: 'EU trade commissioner')", alt_o=["European Union"])
for x in ["Jamieson Greer", "Howard Lutnick"]:
    R(d, "Maroš Šefčovič", "met_with", x, A, "2026-02-23", True,
      "spent more than four hours in talks with U.S. Trade Representative Jamieson Greer and Commerce Secretary Howard Lutnick in Washington",
      "talks on Monday")
R(d, "Maroš Šefčovič", "visited", "United States", A, "2026-02-23", True,
  "arrives at the Office of the U.S. Trade Representative in Washington on Monday",
  "caption; Washington stands for the United States in this set")
R(d, "United States", "sanctioned", "European Union", A, "2025-06", True,
  "European steel and aluminium have faced a 50% U.S. tariff since June 2025", "tariffs")
R(d, "Ursula von der Leyen", "head_of", "European Commission", A, None, True,
  "European Commission President Ursula von der Leyen", "president")
R(d, "European Union", "signed_agreement_with", "United States", A, "2025-07", True,
  "the framework agreement that U.S. President Donald Trump and European Commission President Ursula von der Leyen struck in Scotland in July 2025",
  "framework deal", alt_s=["Ursula von der Leyen"], alt_o=["Donald Trump"])
for c in ["European Union", "United States"]:
    R(d, c, "party_to", "EU-US framework agreement", A, "2025-07", True,
      "the framework agreement that U.S. President Donald Trump and European Commission President Ursula von der Leyen struck in Scotland in July 2025",
      "party to the deal")
R(d, "Donald Trump", "met_with", "Ursula von der Leyen", A, "2025-07", False, "struck in Scotland in July 2025",
  "meeting implied by the deal struck in person")
R(d, "Jamieson Greer", "criticized", "European Union", A, None, True,
  "Greer accused the EU in a statement of moving too slowly", "accusation", alt_s=["United States"])
R(d, "Bernd Lange", "member_of", "European Parliament", A, None, True,
  "Bernd Lange, the German Social Democrat who chairs the European Parliament's trade committee",
  "chairs its trade committee", alt_p=["works_for"])
R(d, "Bernd Lange", "citizen_of", "Germany", A, None, True, "the German Social Democrat", "nationality")
R(d, "Bernd Lange", "criticized", "United States", A, "2026-02-23", False,
  "accused Washington on Monday of \"moving the goalposts\"", "accusation; 'Washington' is metonymic")
R(d, "Office of the U.S. Trade Representative", "based_in", "United States", A, None, False,
  "the Office of the U.S. Trade Representative in Washington", "caption; seat read from the building's location")
R(d, "European Union", "sanctioned", "United States", N, None, True,
  "the EU would not, for now, reactivate the counter-tariffs on 93 billion euros of U.S. goods", "counter-tariffs stay suspended")
R(d, "European Commission", "sanctioned", "China", PL, None, False, "a measure aimed mainly at Chinese overcapacity",
  "proposed safeguard; target inferred", alt_s=["European Union"])
R(d, "European Union", "allied_with", "United States", H, None, False,
  "could form the basis of a \"metals alliance\" with the United States", "hedged, figurative")
R(d, "European Union", "trades_with", "United States", A, "2024", True,
  "The EU and the United States traded goods and services worth about 1.6 trillion euros in 2024", "")
R(d, "United States", "imports_from", "European Union", A, None, True,
  "EU steel exports to the United States have fallen sharply", "commodity: steel", alt_p=["trades_with"])
R(d, "Jamieson Greer", "visited", "Brussels", H, "2026-03", True, "Greer is expected to travel to Brussels in March",
  "expected trip, per two diplomats")
R(d, "European Commission", "based_in", "Brussels", A, None, True, "in Brussels, where the Commission has its headquarters", "")
R(d, "Sophie Marchetti", "works_for", "Lindenhof Institute for Trade", A, None, True,
  "Sophie Marchetti, a senior fellow at the Brussels-based Lindenhof Institute for Trade", "senior fellow")
R(d, "Lindenhof Institute for Trade", "based_in", "Brussels", A, None, True, "the Brussels-based Lindenhof Institute for Trade", "")

# ---------------------------------------------------------------- zf08 Slovakia-Ukraine in Uzhhorod (2026-03-05)
d = "zf08"
R(d, "Robert Fico", "head_of", "Slovakia", A, None, True, "Slovak Prime Minister Robert Fico", "prime minister")
R(d, "Yulia Svyrydenko", "head_of", "Ukraine", A, None, True, "Ukrainian Prime Minister Yulia Svyrydenko",
  "prime minister (caption; body: 'his Ukrainian counterpart')")
R(d, "Robert Fico", "met_with", "Yulia Svyrydenko", A, "2026-03-04", True,
  "met Svyrydenko in the western Ukrainian city of Uzhhorod", "also the caption")
R(d, "Slovakia", "signed_agreement_with", "Ukraine", A, "2026-03-04", True,
  "The two governments signed a memorandum on the new 400-kilovolt line", "power-line memorandum",
  alt_s=["Robert Fico"], alt_o=["Yulia Svyrydenko"])
R(d, "Robert Fico", "visited", "Uzhhorod", A, "2026-03-04", True,
  "Fico crossed the border by car and met Svyrydenko in the western Ukrainian city of Uzhhorod", "", alt_o=["Ukraine"])
R(d, "Uzhhorod", "located_in", "Ukraine", A, None, True, "the western Ukrainian city of Uzhhorod",
  "also the caption 'Uzhhorod, Ukraine'")
R(d, "Juraj Blanár", "works_for", "Slovakia", A, None, True, "Foreign Minister Juraj Blanár accompanied him",
  "foreign minister", alt_o=["Robert Fico"])
R(d, "Juraj Blanár", "visited", "Uzhhorod", A, "2026-03-04", False, "Foreign Minister Juraj Blanár accompanied him",
  "inferred from accompanying Fico", alt_o=["Ukraine"])
R(d, "Robert Fico", "met_with", "Denys Shmyhal", A, "2024-01", True,
  "In January 2024, Fico held talks in the same city with Denys Shmyhal", "")
R(d, "Denys Shmyhal", "head_of", "Ukraine", A, None, False, "who was then Ukraine's prime minister", "former office holder")
R(d, "SEPS", "based_in", "Slovakia", A, None, True, "Slovak grid operator SEPS", "")
R(d, "Ukrenergo", "based_in", "Ukraine", A, None, True, "Ukraine's Ukrenergo", "")
R(d, "Slovakia", "borders", "Ukraine", A, None, True, "Slovakia, which shares a 97-km border with Ukraine", "")
R(d, "Ukraine", "imports_from", "Slovakia", A, None, True, "one of the main routes for electricity imports into Ukraine",
  "commodity: electricity (also arms sold to Kyiv)", alt_p=["trades_with"])
R(d, "Robert Fico", "threatened", "Ukraine", A, "2025-01", True,
  "He threatened in January 2025 to cut off electricity supplies to Ukraine", "", alt_s=["Slovakia"])
R(d, "Robert Fico", "criticized", "European Union", A, "2026-03-04", True,
  "On Wednesday Fico again criticized the European Union's plan", "")
R(d, "Slovakia", "imports_from", "Russia", A, None, True,
  "Slovakia still receives Russian gas through the TurkStream pipeline via Hungary and buys most of its crude oil from Russia",
  "commodity: gas, crude oil", alt_p=["trades_with"])
R(d, "European Union", "imports_from", "Russia", A, None, False,
  "the European Union's plan to phase out imports of Russian gas by the end of 2027", "imports implied by the plan to end them")
R(d, "Ukraine", "imports_from", "Russia", N, None, True,
  "Ukraine, which stopped buying gas directly from Russia a decade ago", "")
R(d, "Slovakia", "supported", "Ukraine", N, None, True,
  "his government would not send weapons to Ukraine from Slovak army stocks", "also 'ended state military aid to Kyiv'",
  alt_s=["Robert Fico"])
R(d, "Slovakia", "supported", "Ukraine", REP, None, True,
  "He said Slovakia supported Ukraine's bid to join the European Union", "political support for the EU bid",
  alt_s=["Robert Fico"])
R(d, "Ukraine", "candidate_for", "European Union", A, None, True, "Ukraine's bid to join the European Union", "")
R(d, "Ukraine", "candidate_for", "NATO", A, None, True, "its ambition to join NATO", "")
R(d, "Slovakia", "member_of", "NATO", A, None, True, "NATO, of which Slovakia is a member", "")
R(d, "Slovakia", "member_of", "European Union", A, None, False, "the only EU leader to attend", "membership only implied")
R(d, "Robert Fico", "visited", "Russia", A, "2025-05", True,
  "In May last year he travelled to Moscow for the Victory Day parade", "Moscow stands for Russia in this set")
R(d, "Robert Fico", "met_with", "Vladimir Putin", A, "2025-05", True, "met President Vladimir Putin in the Kremlin", "")
R(d, "Vladimir Putin", "head_of", "Russia", A, None, True, "President Vladimir Putin", "president")
R(d, "Volodymyr Zelensky", "contacted", "Robert Fico", REP, "2026-03-03", True,
  "President Volodymyr Zelensky spoke with Fico by phone on Tuesday", "per Zelensky's office",
  alt_s=["Robert Fico"], alt_o=["Volodymyr Zelensky"])
R(d, "Volodymyr Zelensky", "head_of", "Ukraine", A, None, True, "President Volodymyr Zelensky", "president")
R(d, "Yulia Svyrydenko", "visited", "Slovakia", H, "2026", True, "Svyrydenko is expected to visit Bratislava in the spring",
  "Bratislava stands for Slovakia in this set")
R(d, "Zuzana Hrabovská", "works_for", "Tatra Energy Institute", A, None, True,
  "Zuzana Hrabovská, an energy analyst at the Košice-based Tatra Energy Institute", "analyst")
R(d, "Tatra Energy Institute", "based_in", "Košice", A, None, True, "the Košice-based Tatra Energy Institute", "")
R(d, "Slovakia", "imports_from", "Ukraine", H, None, False,
  "could also carry electricity from Ukraine to Slovakia", "future possibility")
