#!/usr/bin/env python3
"""Build the gold standard of news set zzy and check it.

Usage (from /work/newsets/zzy):
    python3 -B tools/build_gold.py             check, then write entities.jsonl,
                                               triples.jsonl, selfcheck_statements.jsonl
    python3 -B tools/build_gold.py --selftest  feed one bad row per check in memory

The hand annotation is below: ENTITIES (name, type, aliases) and ROWS. Each
row gives, for every document that states the fact, the evidence phrase (a
verbatim piece of one body sentence) and, for a dated row, the time cue in
that sentence, which the builder resolves against the document's
publication date (wire copy: only a cue naming a year). Any failed check
prints the errors, exits 1 and writes nothing.
"""

DOCS = {
    "01": "zzy01_mercosur_summit_asuncion.txt",
    "02": "zzy02_falklands_oil_protest.txt",
    "03": "zzy03_malacca_patrols_piracy.txt",
    "04": "zzy04_itaipu_talks_resume.txt",
    "05": "zzy05_brunei_malaysia_borneo.txt",
    "06": "zzy06_singapore_malaysia_retreat.txt",
    "07": "zzy07_kast_milei_gas.html",
    "08": "zzy08_luconia_coast_guard.html",
}

P, C, O, CI, R, A, F = ("Person", "Country", "Organization", "City", "Region",
                        "Agreement", "Facility")

ENTITIES = [
    # --- people, cluster A
    ("Santiago Peña", P, ["Peña"]),
    ("Yamandú Orsi", P, ["Orsi"]),
    ("Javier Milei", P, ["Milei"]),
    ("Donald Trump", P, []),
    ("Luiz Inácio Lula da Silva", P, ["Lula"]),
    ("Rodrigo Paz", P, []),
    ("Luis Lacalle Pou", P, []),
    ("Pablo Quirno", P, ["Quirno"]),
    ("Yvette Cooper", P, []),
    ("Leona Clifton", P, []),
    ("Margaret Thatcher", P, []),
    ("Mauro Vieira", P, []),
    ("Rubén Ramírez Lezcano", P, []),
    ("Jair Bolsonaro", P, []),
    ("Julio Benegas", P, []),
    ("José Antonio Kast", P, ["Kast"]),
    ("Gabriel Boric", P, ["Boric"]),
    ("Carla Bruzzone", P, []),
    ("Ignacio Larraín", P, ["Larraín"]),
    # --- people, cluster B
    ("Chan Chun Sing", P, []),
    ("Mohamed Khaled Nordin", P, []),
    ("Krishnan Pillai", P, []),
    ("I Made Wirata", P, ["Wirata"]),
    ("Rizal Hamid", P, ["Hamid"]),
    ("Anwar Ibrahim", P, ["Anwar"]),
    ("Hassanal Bolkiah", P, ["Sultan Hassanal Bolkiah"]),
    ("Prabowo Subianto", P, ["President Prabowo Subianto"]),
    ("Nurul Ain Abdullah", P, []),
    ("Bernard Then", P, []),
    ("Lawrence Wong", P, ["Wong"]),
    ("Sultan Ibrahim", P, []),
    ("Vivian Balakrishnan", P, []),
    ("Mohamad Hasan", P, []),
    ("Tan Wei Ling", P, []),
    ("Guo Jiakun", P, []),
    ("Wang Yi", P, []),
    ("Kao Kim Hourn", P, []),
    ("Ferdinand Marcos Jr.", P, []),
    # --- countries
    ("Argentina", C, ["Argentine", "Buenos Aires"]),
    ("Brazil", C, ["Brazilian"]),
    ("Paraguay", C, ["Paraguayan"]),
    ("Uruguay", C, ["Uruguayan"]),
    ("Chile", C, ["Chilean"]),
    ("Bolivia", C, []),
    ("United Kingdom", C, ["Britain", "British", "London", "Foreign Office"]),
    ("United States", C, ["U.S.", "Washington"]),
    ("China", C, ["Chinese", "Beijing"]),
    ("Taiwan", C, []),
    ("France", C, []),
    ("Israel", C, []),
    ("Spain", C, []),
    ("Holy See", C, ["Vatican"]),
    ("Malaysia", C, ["Malaysian", "Wisma Putra"]),
    ("Singapore", C, ["Singaporean", "the city-state"]),
    ("Indonesia", C, ["Indonesian"]),
    ("Brunei", C, ["Bruneian", "the sultanate"]),
    ("Thailand", C, []),
    ("India", C, []),
    ("Japan", C, []),
    ("Saudi Arabia", C, []),
    ("Iraq", C, []),
    ("Philippines", C, ["Philippine"]),
    ("Australia", C, []),
    ("New Zealand", C, []),
    ("Timor-Leste", C, []),
    ("Palestine", C, []),
    # --- organizations
    ("Mercosur", O, []),
    ("European Union", O, ["EU"]),
    ("BRICS", O, []),
    ("ASEAN", O, []),
    ("Navitas Petroleum", O, ["Navitas"]),
    ("Rockhopper Exploration", O, ["Rockhopper"]),
    ("Falkland Islands Government", O, []),
    ("Legislative Assembly of the Falkland Islands", O, ["Legislative Assembly"]),
    ("ABIN", O, []),
    ("Instituto Paraguayo de Energía", O, []),
    ("YPF", O, []),
    ("ENAP", O, []),
    ("Republican Party", O, []),
    ("La Libertad Avanza", O, []),
    ("ReCAAP Information Sharing Centre", O, ["ReCAAP centre"]),
    ("Malaysian Maritime Enforcement Agency", O, []),
    ("Universiti Brunei Darussalam", O, []),
    ("Abu Sayyaf", O, []),
    ("People's Justice Party", O, []),
    ("International Court of Justice", O, []),
    ("Five Power Defence Arrangements", O, ["FPDA"]),
    ("Straits Policy Centre", O, []),
    ("China Coast Guard", O, []),
    ("Petronas", O, []),
    # --- cities
    ("Asunción", CI, []),
    ("Stanley", CI, []),
    ("Mendoza", CI, []),
    ("Santiago", CI, []),
    ("Antofagasta", CI, []),
    ("Kuala Lumpur", CI, []),
    ("Putrajaya", CI, []),
    ("Batam", CI, []),
    ("Bandar Seri Begawan", CI, []),
    ("Jakarta", CI, []),
    ("Nusantara", CI, []),
    ("Johor Bahru", CI, []),
    ("The Hague", CI, []),
    # --- regions
    ("Falkland Islands", R, ["Falklands", "Malvinas"]),
    ("Rio Grande do Sul", R, []),
    ("Vaca Muerta", R, []),
    ("Neuquén", R, []),
    ("Riau Islands", R, []),
    ("Sumatra", R, []),
    ("Sarawak", R, []),
    ("Limbang", R, []),
    ("Borneo", R, []),
    ("Kalimantan", R, []),
    ("East Kalimantan", R, []),
    ("Sabah", R, []),
    ("Johor", R, []),
    ("South China Sea", R, []),
    ("Luconia Shoals", R, []),
    # --- agreements
    ("EU-Mercosur agreement", A, []),
    ("Treaty of Asunción", A, []),
    ("Itaipu Treaty", A, []),
    ("Treaty of Peace and Friendship", A, []),
    ("Malacca Strait Patrols", A, []),
    ("ReCAAP agreement", A, ["ReCAAP"]),
    ("2009 Exchange of Letters", A, ["Exchange of Letters"]),
    ("Heart of Borneo Declaration", A, []),
    ("United Nations Convention on the Law of the Sea", A, []),
    # --- facilities
    ("Istana Nurul Iman", F, []),
]


def R_(s, p, o, mod, ev, req=True, time=None, role=None, com=None, note=None,
       alt_p=None, alt_s=None, alt_o=None):
    return dict(s=s, p=p, o=o, modality=mod, ev=ev, required=req, time=time,
                role=role, commodity=com, note=note, alt_p=alt_p or [],
                alt_s=alt_s or [], alt_o=alt_o or [])


AS, RE, HE, PL, NE = "asserted", "reported", "hedged", "planned", "negated"

ROWS = [
    # ================= cluster A: zzy01 Mercosur summit (wire)
    R_("Santiago Peña", "head_of", "Paraguay", AS,
       {"01": "Paraguayan President Santiago Peña",
        "04": "Paraguayan President Santiago Peña"}, role="president"),
    R_("Yamandú Orsi", "head_of", "Uruguay", AS,
       {"01": "Uruguayan President Yamandú Orsi"}, role="president"),
    R_("Yamandú Orsi", "head_of", "Mercosur", AS,
       {"01": "handed the rotating leadership of Mercosur to Uruguayan President Yamandú Orsi"},
       req=False, role="pro tempore president (rotating)"),
    R_("Mercosur", "signed_agreement_with", "European Union", AS,
       {"01": ("which Mercosur concluded with the European Union in Montevideo in December 2024", "December 2024")},
       time="2024-12", note="'concluded' the EU-Mercosur agreement"),
    R_("Mercosur", "party_to", "EU-Mercosur agreement", AS,
       {"01": ("The EU-Mercosur agreement, which Mercosur concluded", "December 2024")},
       req=False, time="2024-12", note="concluded, not yet in force: marginal"),
    R_("European Union", "party_to", "EU-Mercosur agreement", NE,
       {"01": "has still not been ratified by the European Union"},
       note="not ratified by the EU"),
    R_("France", "criticized", "EU-Mercosur agreement", AS,
       {"01": "France, whose farmers blocked motorways in protest over the winter, has criticized the EU-Mercosur agreement"}),
    R_("Asunción", "capital_of", "Paraguay", AS,
       {"01": "Asunción, the Paraguayan capital"}),
    R_("Argentina", "member_of", "Mercosur", AS,
       {"01": "Argentina, Brazil, Paraguay and Uruguay founded Mercosur"},
       note="founding member"),
    R_("Brazil", "member_of", "Mercosur", AS,
       {"01": "Argentina, Brazil, Paraguay and Uruguay founded Mercosur",
        "04": "Both Brazil and Paraguay are founding members of Mercosur"}),
    R_("Paraguay", "member_of", "Mercosur", AS,
       {"01": "Argentina, Brazil, Paraguay and Uruguay founded Mercosur",
        "04": "Both Brazil and Paraguay are founding members of Mercosur"}),
    R_("Uruguay", "member_of", "Mercosur", AS,
       {"01": "Argentina, Brazil, Paraguay and Uruguay founded Mercosur"}),
    R_("Bolivia", "member_of", "Mercosur", AS,
       {"01": "Bolivia, which became a full member of the bloc in 2024"},
       note="'the bloc' = Mercosur, named earlier in the sentence"),
    R_("Argentina", "party_to", "Treaty of Asunción", AS,
       {"01": ("founded Mercosur under the Treaty of Asunción in 1991", "1991")}, time="1991"),
    R_("Brazil", "party_to", "Treaty of Asunción", AS,
       {"01": ("founded Mercosur under the Treaty of Asunción in 1991", "1991")}, time="1991"),
    R_("Paraguay", "party_to", "Treaty of Asunción", AS,
       {"01": ("founded Mercosur under the Treaty of Asunción in 1991", "1991")}, time="1991"),
    R_("Uruguay", "party_to", "Treaty of Asunción", AS,
       {"01": ("founded Mercosur under the Treaty of Asunción in 1991", "1991")}, time="1991"),
    R_("Rodrigo Paz", "head_of", "Bolivia", AS,
       {"01": "Bolivia, which became a full member of the bloc in 2024, sent President Rodrigo Paz"},
       role="president"),
    R_("Luiz Inácio Lula da Silva", "head_of", "Brazil", AS,
       {"01": "Brazilian President Luiz Inácio Lula da Silva",
        "04": "The government of Brazilian President Luiz Inácio Lula da Silva"}, role="president"),
    R_("Brazil", "negotiating_with", "European Union", RE,
       {"01": "said Brazil would not accept new environmental conditions but was still negotiating with the European Union"},
       alt_s=["Luiz Inácio Lula da Silva"], note="Lula said; 'would not accept' is not a negation of the talks"),
    R_("Santiago Peña", "contacted", "Luiz Inácio Lula da Silva", RE,
       {"01": "Peña said he had telephoned Lula on the eve of the summit"},
       alt_s=["Paraguay"], alt_o=["Brazil"]),
    R_("Javier Milei", "head_of", "Argentina", AS,
       {"01": "Argentine President Javier Milei",
        "02": "Argentine President Javier Milei",
        "07": "Argentine President Javier Milei"}, role="president"),
    R_("Javier Milei", "allied_with", "Donald Trump", AS,
       {"01": "Argentine President Javier Milei, a close ally of U.S. President Donald Trump",
        "07": "counts U.S. President Donald Trump as an ally, as does Milei"}),
    R_("Donald Trump", "head_of", "United States", AS,
       {"01": "U.S. President Donald Trump",
        "07": "U.S. President Donald Trump"}, role="president"),
    R_("Argentina", "negotiating_with", "United States", RE,
       {"01": "Argentina is negotiating a reciprocal trade and investment agreement with the United States, Argentine officials said"}),
    R_("Argentina", "signed_agreement_with", "United States", NE,
       {"01": "But Argentina has not signed a final agreement with the United States"},
       note="only a framework was announced (November 2025)"),
    R_("Paraguay", "recognizes", "Taiwan", AS,
       {"01": "Paraguay is the only country in South America that recognizes Taiwan"}),
    R_("Paraguay", "diplomatic_relations_with", "Taiwan", AS,
       {"01": "Paraguay is the only country in South America that recognizes Taiwan"}, req=False,
       note="entailed by recognition"),
    R_("Paraguay", "recognizes", "China", NE,
       {"01": "recognizes Taiwan rather than China"}, req=False,
       note="negation carried by 'rather than'"),
    R_("Paraguay", "diplomatic_relations_with", "China", NE,
       {"01": "it has no diplomatic relations with Beijing"}),
    R_("China", "criticized", "Paraguay", AS,
       {"01": "China has repeatedly criticized Paraguay for that stance"}),
    R_("Paraguay", "trades_with", "China", AS,
       {"01": "Yet Paraguay has never stopped trading with China"},
       note="polarity trap: 'never stopped trading' is positive"),
    R_("Paraguay", "imports_from", "China", AS,
       {"01": "it imports most of its electronics and machinery from China"},
       com="electronics and machinery"),
    R_("Brazil", "trades_with", "China", AS,
       {"01": "Brazil, whose largest trading partner is China"}),
    R_("Uruguay", "negotiating_with", "China", PL,
       {"01": "said Uruguay still hoped to negotiate a trade deal with China"},
       alt_s=["Yamandú Orsi"]),
    R_("Luis Lacalle Pou", "head_of", "Uruguay", AS,
       {"01": "Luis Lacalle Pou, who spent much of his term as Uruguay's president"},
       role="former president"),
    R_("Uruguay", "signed_agreement_with", "China", PL,
       {"01": "seeking a bilateral agreement with Beijing"}, req=False,
       alt_s=["Luis Lacalle Pou"], note="a past aim of Lacalle Pou"),
    R_("Uruguay", "signed_agreement_with", "China", NE,
       {"01": "Uruguay never concluded a free trade agreement with China"}),
    R_("Yamandú Orsi", "visited", "China", HE,
       {"01": "Orsi is expected to visit China later this year"}),

    # ================= cluster A: zzy02 Falklands oil (wire)
    R_("Argentina", "criticized", "United Kingdom", AS,
       {"02": "Argentina lodged a formal protest with Britain"}),
    R_("Pablo Quirno", "works_for", "Argentina", AS,
       {"02": "Foreign Minister Pablo Quirno said the project"}, role="foreign minister"),
    R_("Navitas Petroleum", "based_in", "Israel", AS,
       {"02": "Israel's Navitas Petroleum"}),
    R_("Rockhopper Exploration", "based_in", "United Kingdom", AS,
       {"02": "its British partner Rockhopper Exploration"}, req=False,
       note="'British partner'"),
    R_("Pablo Quirno", "threatened", "Navitas Petroleum", AS,
       {"02": "Quirno warned that Navitas and Rockhopper could be barred from operating in Argentina"},
       alt_s=["Argentina"], note="'a threat the companies did not immediately address'"),
    R_("Pablo Quirno", "threatened", "Rockhopper Exploration", AS,
       {"02": "Quirno warned that Navitas and Rockhopper could be barred from operating in Argentina"},
       alt_s=["Argentina"]),
    R_("United Kingdom", "negotiating_with", "Argentina", NE,
       {"02": "Britain has refused to negotiate the islands' sovereignty with Argentina"}),
    R_("Yvette Cooper", "works_for", "United Kingdom", AS,
       {"02": "British Foreign Secretary Yvette Cooper"}, role="foreign secretary"),
    R_("United Kingdom", "contacted", "Argentina", NE,
       {"02": "London did not contact Buenos Aires"}, note="reported ('According to Argentine officials')"),
    R_("Falkland Islands Government", "based_in", "Stanley", AS,
       {"02": "The Falkland Islands Government, based in Stanley"}),
    R_("Stanley", "capital_of", "Falkland Islands", AS,
       {"02": "The Falkland Islands Government, based in Stanley, the islands' capital"},
       note="'the islands' capital'"),
    R_("Leona Clifton", "member_of", "Legislative Assembly of the Falkland Islands", AS,
       {"02": "Leona Clifton, a member of the Legislative Assembly"}),
    R_("Leona Clifton", "lives_in", "Stanley", AS,
       {"02": "Leona Clifton, a member of the Legislative Assembly who lives in Stanley"}),
    R_("Argentina", "took_control_of", "Falkland Islands", AS,
       {"02": ("Argentina seized the Falklands in April 1982", "April 1982")}, time="1982-04"),
    R_("United Kingdom", "took_control_of", "Falkland Islands", AS,
       {"02": ("Britain retook the islands in June 1982", "June 1982")}, time="1982-06"),
    R_("Argentina", "in_conflict_with", "United Kingdom", AS,
       {"02": "Argentina seized the Falklands in April 1982, and Britain retook the islands in June 1982 after a 74-day war"},
       note="the 1982 war and the long sovereignty dispute"),
    R_("United Kingdom", "blockaded", "Falkland Islands", AS,
       {"02": ("Britain declared a maritime exclusion zone around the Falklands in April 1982, in effect blockading the Argentine garrison there", "April 1982")},
       time="1982-04", alt_o=["Argentina"]),
    R_("United Kingdom", "attacked", "Argentina", AS,
       {"02": ("A British submarine sank the Argentine cruiser General Belgrano in May 1982", "May 1982")},
       time="1982-05"),
    R_("Argentina", "attacked", "United Kingdom", AS,
       {"02": ("Argentine aircraft attacked British warships throughout that month", "May 1982")},
       time="1982-05", note="same sentence as the Belgrano sinking, 'in May 1982'"),
    R_("Argentina", "normalized_relations_with", "United Kingdom", AS,
       {"02": ("Argentina and Britain restored diplomatic relations in 1990", "1990")}, time="1990"),
    R_("Argentina", "diplomatic_relations_with", "United Kingdom", AS,
       {"02": "Argentina and Britain restored diplomatic relations in 1990"}, req=False,
       note="entailed by the restoration"),
    R_("Margaret Thatcher", "head_of", "United Kingdom", AS,
       {"02": "former British Prime Minister Margaret Thatcher"}, role="former prime minister"),
    R_("Argentina", "blockaded", "Falkland Islands", NE,
       {"02": "Quirno said Argentina had no plans to blockade the Falklands"}),
    R_("Mercosur", "supported", "Argentina", AS,
       {"02": "The Mercosur trade bloc has backed Argentina's claim to the islands"}),
    R_("Mercosur", "sanctioned", "Falkland Islands", AS,
       {"02": ("In 2011 Mercosur members agreed to close their ports to ships flying the Falklands flag", "2011")},
       time="2011", req=False, alt_p=["blockaded"],
       note="port closure; London 'called an economic blockade'"),

    # ================= cluster A: zzy04 Itaipu (newspaper, 2026-02-12)
    R_("Brazil", "negotiating_with", "Paraguay", AS,
       {"04": ("Brazil and Paraguay resumed negotiations on Tuesday", "Tuesday")}, time="2026-02-10"),
    R_("Brazil", "party_to", "Itaipu Treaty", AS,
       {"04": ("the Itaipu Treaty, which Brazil and Paraguay signed in 1973", "1973")}, time="1973"),
    R_("Paraguay", "party_to", "Itaipu Treaty", AS,
       {"04": ("the Itaipu Treaty, which Brazil and Paraguay signed in 1973", "1973")}, time="1973"),
    R_("Brazil", "signed_agreement_with", "Paraguay", AS,
       {"04": ("the Itaipu Treaty, which Brazil and Paraguay signed in 1973", "1973")}, time="1973"),
    R_("Brazil", "imports_from", "Paraguay", AS,
       {"04": "Brazil imports most of Paraguay's half of the dam's output"},
       com="electricity", alt_p=["trades_with"]),
    R_("Mauro Vieira", "works_for", "Brazil", AS,
       {"04": "Brazilian Foreign Minister Mauro Vieira"}, role="foreign minister"),
    R_("Mauro Vieira", "visited", "Asunción", RE,
       {"04": ("Mauro Vieira flew to Asunción on Monday", "Monday")}, time="2026-02-09",
       alt_o=["Paraguay"]),
    R_("Mauro Vieira", "met_with", "Rubén Ramírez Lezcano", RE,
       {"04": ("met his Paraguayan counterpart, Rubén Ramírez Lezcano", "Monday")}, time="2026-02-09"),
    R_("Rubén Ramírez Lezcano", "works_for", "Paraguay", AS,
       {"04": "his Paraguayan counterpart, Rubén Ramírez Lezcano"}, role="foreign minister"),
    R_("Paraguay", "criticized", "Brazil", AS,
       {"04": ("In April, Paraguay's government accused Brazil of espionage", "April")}, time="2025-04"),
    R_("ABIN", "attacked", "Paraguay", RE,
       {"04": "ABIN, had hacked computers belonging to Paraguayan officials"}, req=False,
       note="a cyber intrusion, reported; marginal reading of attacked"),
    R_("ABIN", "based_in", "Brazil", AS,
       {"04": "Brazil's intelligence agency, ABIN"}, req=False),
    R_("Jair Bolsonaro", "head_of", "Brazil", AS,
       {"04": "Brazilian President Luiz Inácio Lula da Silva said the operation had been authorised under his predecessor, Jair Bolsonaro"},
       req=False, role="former president", note="'his predecessor'"),
    R_("Paraguay", "signed_agreement_with", "Brazil", NE,
       {"04": "Peña has also said Paraguay will not sign a revised Annex C with Brazil until"},
       note="'will not ... until' (condition not met)"),
    R_("Argentina", "imports_from", "Paraguay", RE,
       {"04": "Argentina, which already buys electricity from Paraguay's other giant dam"},
       com="electricity"),
    R_("Argentina", "imports_from", "Paraguay", HE,
       {"04": "He did not rule out selling power to neighbouring Argentina"},
       req=False, com="electricity", note="polarity trap: 'did not rule out' is hedged, not negated"),
    R_("Paraguay", "borders", "Argentina", AS,
       {"04": "Landlocked Paraguay, which borders Brazil, Argentina and Bolivia"}),
    R_("Paraguay", "borders", "Brazil", AS,
       {"04": "Landlocked Paraguay, which borders Brazil, Argentina and Bolivia"}),
    R_("Paraguay", "borders", "Bolivia", AS,
       {"04": "Landlocked Paraguay, which borders Brazil, Argentina and Bolivia"}),
    R_("Julio Benegas", "citizen_of", "Paraguay", AS,
       {"04": "Paraguayan economist Julio Benegas"}),
    R_("Julio Benegas", "works_for", "Instituto Paraguayo de Energía", AS,
       {"04": "Julio Benegas, who works for the Instituto Paraguayo de Energía"}, role="economist"),
    R_("Instituto Paraguayo de Energía", "based_in", "Asunción", AS,
       {"04": "the Instituto Paraguayo de Energía, a think tank based in Asunción"}),
    R_("Paraguay", "gained_independence_from", "Spain", AS,
       {"04": ("Paraguay, which borders Brazil, Argentina and Bolivia, declared independence from Spain in 1811", "1811")},
       time="1811"),
    R_("Paraguay", "in_conflict_with", "Brazil", AS,
       {"04": "in which Paraguay fought Brazil, Argentina and Uruguay"}, note="War of the Triple Alliance, 1864-1870"),
    R_("Paraguay", "in_conflict_with", "Argentina", AS,
       {"04": "in which Paraguay fought Brazil, Argentina and Uruguay"}),
    R_("Paraguay", "in_conflict_with", "Uruguay", AS,
       {"04": "in which Paraguay fought Brazil, Argentina and Uruguay"}),
    R_("Rio Grande do Sul", "located_in", "Brazil", AS,
       {"04": "Rio Grande do Sul, a Brazilian state"}),
    R_("Rio Grande do Sul", "borders", "Uruguay", AS,
       {"04": "Rio Grande do Sul, a Brazilian state on the border with Uruguay"}),
    R_("Rio Grande do Sul", "seceded_from", "Brazil", AS,
       {"04": ("Rio Grande do Sul, a Brazilian state on the border with Uruguay that broke away from Brazil in 1836", "1836")},
       time="1836"),
    R_("United States", "sanctioned", "Brazil", AS,
       {"04": ("the United States imposed tariffs of up to 50% on Brazilian goods in August", "August")},
       time="2025-08", note="tariffs"),
    R_("Brazil", "criticized", "United States", AS,
       {"04": "a move Lula's government criticized as an attack on Brazil's sovereignty"},
       note="trap: 'an attack on Brazil's sovereignty' is not an attack"),

    # ================= cluster A: zzy07 Kast and Milei (HTML, 2026-01-15)
    R_("José Antonio Kast", "met_with", "Javier Milei", RE,
       {"07": ("after the two men met in Buenos Aires last month", "last month")}, time="2025-12",
       note="'according to a joint statement'"),
    R_("José Antonio Kast", "visited", "Argentina", AS,
       {"07": ("Kast, who flew to Buenos Aires days after winning Chile's presidential runoff in December", "December")},
       time="2025-12", note="Buenos Aires stands for Argentina throughout the set"),
    R_("José Antonio Kast", "head_of", "Chile", PL,
       {"07": "will take office on March 11"}, role="president-elect"),
    R_("Gabriel Boric", "head_of", "Chile", AS,
       {"07": "outgoing Chilean President Gabriel Boric"}, role="president"),
    R_("Chile", "imports_from", "Argentina", AS,
       {"07": "Chile imports natural gas from Argentina"}, com="natural gas", alt_p=["trades_with"]),
    R_("Vaca Muerta", "located_in", "Neuquén", AS,
       {"07": "the Vaca Muerta shale formation in Argentina's Neuquén province"}),
    R_("Neuquén", "located_in", "Argentina", AS,
       {"07": "Argentina's Neuquén province"}),
    R_("YPF", "contacted", "ENAP", RE,
       {"07": "YPF, Argentina's state-controlled energy company, has contacted ENAP"},
       note="'according to two people familiar with the discussions'"),
    R_("YPF", "based_in", "Argentina", AS,
       {"07": "YPF, Argentina's state-controlled energy company"}),
    R_("ENAP", "based_in", "Chile", AS,
       {"07": "ENAP, Chile's state oil firm"}),
    R_("Carla Bruzzone", "citizen_of", "Argentina", AS,
       {"07": "Carla Bruzzone, an Argentine energy economist"}),
    R_("Carla Bruzzone", "lives_in", "Mendoza", AS,
       {"07": "an Argentine energy economist who lives in Mendoza"}),
    R_("Chile", "borders", "Argentina", AS,
       {"07": "Chile and Argentina share one of the longest land borders in the world"}),
    R_("Holy See", "brokered", "Treaty of Peace and Friendship", AS,
       {"07": "the Vatican brokered the Treaty of Peace and Friendship"}),
    R_("Chile", "signed_agreement_with", "Argentina", AS,
       {"07": ("the Treaty of Peace and Friendship that Chile and Argentina signed in 1984", "1984")},
       time="1984"),
    R_("Chile", "party_to", "Treaty of Peace and Friendship", AS,
       {"07": ("the Treaty of Peace and Friendship that Chile and Argentina signed in 1984", "1984")},
       time="1984"),
    R_("Argentina", "party_to", "Treaty of Peace and Friendship", AS,
       {"07": ("the Treaty of Peace and Friendship that Chile and Argentina signed in 1984", "1984")},
       time="1984"),
    R_("Chile", "in_conflict_with", "Argentina", AS,
       {"07": "came close to war in 1978 over three islands at the mouth of the Beagle Channel"},
       req=False, note="the Beagle Channel dispute; 'came close to war' is not war"),
    R_("Chile", "diplomatic_relations_with", "Argentina", AS,
       {"07": "Chile never broke off diplomatic relations with Argentina"},
       note="polarity trap: 'never broke off' is positive"),
    R_("Chile", "supported", "United Kingdom", AS,
       {"07": ("Chile quietly supported Britain during the 1982 Falklands war", "1982")}, time="1982"),
    R_("Bolivia", "in_conflict_with", "Chile", AS,
       {"07": "Bolivia, which lost its coastline to Chile in the War of the Pacific"}),
    R_("Chile", "took_control_of", "Antofagasta", AS,
       {"07": ("Chilean troops occupied the port of Antofagasta in 1879", "1879")}, time="1879"),
    R_("Chile", "negotiating_with", "Bolivia", NE,
       {"07": "Kast has said Chile will not negotiate sovereign access to the sea with Bolivia"},
       alt_s=["José Antonio Kast"]),
    R_("Chile", "diplomatic_relations_with", "Bolivia", NE,
       {"07": "Chile will not negotiate sovereign access to the sea with Bolivia, and the two countries have had no diplomatic relations since 1978"}),
    R_("José Antonio Kast", "member_of", "Republican Party", AS,
       {"07": "Kast, the founder of Chile's Republican Party"}, alt_p=["head_of"]),
    R_("José Antonio Kast", "allied_with", "Donald Trump", AS,
       {"07": "Kast, the founder of Chile's Republican Party, counts U.S. President Donald Trump as an ally"}),
    R_("Javier Milei", "member_of", "La Libertad Avanza", AS,
       {"07": "Milei, whose La Libertad Avanza party"}),
    R_("Argentina", "candidate_for", "BRICS", AS,
       {"07": ("turned down an invitation for Argentina to join the BRICS group", "December 2023")},
       time="2023", note="invited; turned the offer down in December 2023"),
    R_("Argentina", "member_of", "BRICS", NE,
       {"07": "turned down an invitation for Argentina to join the BRICS group"}),
    R_("Argentina", "allied_with", "United States", AS,
       {"07": "has steered Argentina closer to Washington than any president in decades"}, req=False),
    R_("Javier Milei", "criticized", "Gabriel Boric", AS,
       {"07": "Milei repeatedly criticized Boric"}),
    R_("Ignacio Larraín", "works_for", "José Antonio Kast", AS,
       {"07": "Ignacio Larraín, Kast's foreign policy adviser"}, role="foreign policy adviser",
       alt_o=["Chile"]),
    R_("Santiago", "capital_of", "Chile", AS,
       {"07": "Santiago, the Chilean capital"}),

    # ================= cluster B: zzy03 Malacca patrols (wire)
    R_("ReCAAP Information Sharing Centre", "based_in", "Singapore", AS,
       {"03": "The Singapore-based ReCAAP Information Sharing Centre"}),
    R_("Krishnan Pillai", "works_for", "ReCAAP Information Sharing Centre", AS,
       {"03": "Krishnan Pillai, an assistant director at the ReCAAP centre"}, role="assistant director"),
    R_("Chan Chun Sing", "works_for", "Singapore", AS,
       {"03": "Singapore's Defence Minister Chan Chun Sing"}, role="defence minister"),
    R_("Chan Chun Sing", "visited", "Kuala Lumpur", RE,
       {"03": "Chan Chun Sing travelled to Kuala Lumpur on Wednesday"}, alt_o=["Malaysia"],
       note="no year in the sentence: undated"),
    R_("Chan Chun Sing", "met_with", "Mohamed Khaled Nordin", RE,
       {"03": "met his Malaysian counterpart, Mohamed Khaled Nordin"},
       note="'the two ministries said in a joint statement'"),
    R_("Mohamed Khaled Nordin", "works_for", "Malaysia", AS,
       {"03": "his Malaysian counterpart, Mohamed Khaled Nordin"}, role="defence minister"),
    R_("Indonesia", "party_to", "Malacca Strait Patrols", AS,
       {"03": ("Indonesia, Malaysia and Singapore launched the Malacca Strait Patrols in 2004", "2004")}, time="2004"),
    R_("Malaysia", "party_to", "Malacca Strait Patrols", AS,
       {"03": ("Indonesia, Malaysia and Singapore launched the Malacca Strait Patrols in 2004", "2004")}, time="2004"),
    R_("Singapore", "party_to", "Malacca Strait Patrols", AS,
       {"03": ("Indonesia, Malaysia and Singapore launched the Malacca Strait Patrols in 2004", "2004")}, time="2004"),
    R_("Thailand", "party_to", "Malacca Strait Patrols", AS,
       {"03": ("Thailand joined the arrangement in 2008", "2008")}, time="2008",
       note="'the arrangement' = the Malacca Strait Patrols, named earlier in the sentence"),
    R_("Indonesia", "criticized", "United States", AS,
       {"03": ("Indonesia and Malaysia rejected a U.S. proposal in 2004", "2004")}, time="2004", req=False,
       note="rejected a proposal"),
    R_("Malaysia", "criticized", "United States", AS,
       {"03": ("Indonesia and Malaysia rejected a U.S. proposal in 2004", "2004")}, time="2004", req=False),
    R_("Malaysia", "party_to", "ReCAAP agreement", NE,
       {"03": "Neither Malaysia nor Indonesia is a party to the ReCAAP agreement"}),
    R_("Indonesia", "party_to", "ReCAAP agreement", NE,
       {"03": "Neither Malaysia nor Indonesia is a party to the ReCAAP agreement"}),
    R_("Singapore", "party_to", "ReCAAP agreement", AS,
       {"03": "Singapore is one of the 21 contracting parties to ReCAAP"}),
    R_("China", "party_to", "ReCAAP agreement", AS,
       {"03": "Singapore is one of the 21 contracting parties to ReCAAP, along with China"}),
    R_("Japan", "party_to", "ReCAAP agreement", AS,
       {"03": "Singapore is one of the 21 contracting parties to ReCAAP, along with China, Japan and India"}),
    R_("India", "party_to", "ReCAAP agreement", AS,
       {"03": "Singapore is one of the 21 contracting parties to ReCAAP, along with China, Japan and India"}),
    R_("I Made Wirata", "works_for", "Indonesia", AS,
       {"03": "First Admiral I Made Wirata, a spokesman for Indonesia's navy"}, role="navy spokesman"),
    R_("Riau Islands", "located_in", "Indonesia", AS,
       {"03": "the Riau Islands, an Indonesian province"}),
    R_("India", "candidate_for", "Malacca Strait Patrols", HE,
       {"03": "Wirata did not rule out inviting India to take part in the Malacca Strait Patrols"},
       note="polarity trap: 'did not rule out' is hedged, not negated"),
    R_("Indonesia", "signed_agreement_with", "Singapore", AS,
       {"03": ("Indonesia and Singapore signed an agreement in 2022", "2022")}, time="2022",
       note="flight information region agreement"),
    R_("Indonesia", "in_conflict_with", "Singapore", AS,
       {"03": "returned control of airspace over the Riau Islands to Indonesia, ending a dispute that had lasted decades"},
       req=False, note="a past airspace dispute"),
    R_("Sumatra", "located_in", "Indonesia", AS,
       {"03": "the Indonesian island of Sumatra"}),
    R_("China", "imports_from", "Saudi Arabia", AS,
       {"03": "China, which imports much of its crude oil from Saudi Arabia and Iraq"}, com="crude oil"),
    R_("China", "imports_from", "Iraq", AS,
       {"03": "China, which imports much of its crude oil from Saudi Arabia and Iraq"}, com="crude oil"),
    R_("Rizal Hamid", "lives_in", "Batam", AS,
       {"03": "Rizal Hamid, a tugboat captain who lives in Batam"}),
    R_("Batam", "located_in", "Riau Islands", AS,
       {"03": "Batam, an Indonesian island in the Riau Islands"}),
    R_("Batam", "located_in", "Indonesia", AS,
       {"03": "Batam, an Indonesian island"}, req=False, note="entailed"),
    R_("Malaysian Maritime Enforcement Agency", "based_in", "Putrajaya", AS,
       {"03": "The Malaysian Maritime Enforcement Agency, based in Putrajaya"}),

    # ================= cluster B: zzy05 Brunei (newspaper, 2026-03-05)
    R_("Anwar Ibrahim", "head_of", "Malaysia", AS,
       {"05": "Malaysian Prime Minister Anwar Ibrahim",
        "06": "his Malaysian counterpart Anwar Ibrahim",
        "08": "Anwar Ibrahim, Malaysia's prime minister"}, role="prime minister"),
    R_("Hassanal Bolkiah", "head_of", "Brunei", AS,
       {"05": "Brunei's Sultan Hassanal Bolkiah"}, role="sultan"),
    R_("Malaysia", "signed_agreement_with", "Brunei", AS,
       {"05": ("Malaysian Prime Minister Anwar Ibrahim and Brunei's Sultan Hassanal Bolkiah signed agreements on cross-border roads and electricity trading on Monday", "Monday")},
       time="2026-03-02", alt_s=["Anwar Ibrahim"], alt_o=["Hassanal Bolkiah"]),
    R_("Bandar Seri Begawan", "capital_of", "Brunei", AS,
       {"05": "Bandar Seri Begawan, the Bruneian capital"}),
    R_("Anwar Ibrahim", "visited", "Brunei", AS,
       {"05": ("Anwar arrived in the sultanate on Sunday", "Sunday")}, time="2026-03-01",
       alt_o=["Bandar Seri Begawan"]),
    R_("Anwar Ibrahim", "met_with", "Hassanal Bolkiah", AS,
       {"05": ("held talks with Hassanal Bolkiah on Monday morning", "Monday")}, time="2026-03-02"),
    R_("Istana Nurul Iman", "located_in", "Bandar Seri Begawan", AS,
       {"05": "Istana Nurul Iman, the royal palace on the outskirts of Bandar Seri Begawan"}),
    R_("Brunei", "imports_from", "Malaysia", PL,
       {"05": "Malaysia will supply electricity from hydroelectric dams in Sarawak to Brunei from 2028"},
       com="electricity"),
    R_("Sarawak", "located_in", "Malaysia", AS,
       {"05": "Malaysia's Sarawak state"}),
    R_("Limbang", "located_in", "Sarawak", AS,
       {"05": "Limbang, the district of Malaysia's Sarawak state"}),
    R_("Brunei", "party_to", "2009 Exchange of Letters", RE,
       {"05": ("Under a 2009 Exchange of Letters, Brunei and Malaysia settled their land and maritime boundaries", "2009")},
       time="2009"),
    R_("Malaysia", "party_to", "2009 Exchange of Letters", RE,
       {"05": ("Under a 2009 Exchange of Letters, Brunei and Malaysia settled their land and maritime boundaries", "2009")},
       time="2009"),
    R_("Brunei", "in_conflict_with", "Malaysia", NE,
       {"05": "the two countries no longer have a territorial dispute"}),
    R_("Brunei", "gained_independence_from", "United Kingdom", AS,
       {"05": ("Brunei, a sultanate of about 460,000 people that gained independence from Britain in 1984", "1984")},
       time="1984"),
    R_("Brunei", "located_in", "Borneo", AS,
       {"05": "is the smallest of the three countries on Borneo"}),
    R_("Brunei", "borders", "Indonesia", NE,
       {"05": "Brunei shares no land border with Indonesia"}),
    R_("Kalimantan", "located_in", "Indonesia", AS,
       {"05": "Indonesia, whose Kalimantan provinces"}),
    R_("Indonesia", "borders", "Malaysia", AS,
       {"05": "Indonesia shares a land border of more than 2,000 kilometres with Malaysia"}),
    R_("Nusantara", "located_in", "East Kalimantan", AS,
       {"05": "Nusantara, in East Kalimantan"}),
    R_("Nusantara", "capital_of", "Indonesia", PL,
       {"05": "Indonesia is building a new capital, Nusantara"}),
    R_("Jakarta", "capital_of", "Indonesia", AS,
       {"05": "it will replace Jakarta as the country's political capital"}, req=False,
       note="implied by 'replace Jakarta as ... capital'"),
    R_("Prabowo Subianto", "head_of", "Indonesia", AS,
       {"05": "Indonesia is building a new capital, Nusantara, in East Kalimantan, and President Prabowo Subianto"},
       role="president"),
    R_("Brunei", "party_to", "Heart of Borneo Declaration", AS,
       {"05": ("Brunei, Indonesia and Malaysia signed the Heart of Borneo Declaration in 2007", "2007")}, time="2007"),
    R_("Indonesia", "party_to", "Heart of Borneo Declaration", AS,
       {"05": ("Brunei, Indonesia and Malaysia signed the Heart of Borneo Declaration in 2007", "2007")}, time="2007"),
    R_("Malaysia", "party_to", "Heart of Borneo Declaration", AS,
       {"05": ("Brunei, Indonesia and Malaysia signed the Heart of Borneo Declaration in 2007", "2007")}, time="2007"),
    R_("Japan", "imports_from", "Brunei", AS,
       {"05": "Japan has long been the biggest buyer of Brunei's liquefied natural gas"},
       com="liquefied natural gas"),
    R_("Nurul Ain Abdullah", "works_for", "Universiti Brunei Darussalam", AS,
       {"05": "Nurul Ain Abdullah, an economist at Universiti Brunei Darussalam"}, role="economist"),
    R_("Nurul Ain Abdullah", "lives_in", "Bandar Seri Begawan", AS,
       {"05": "Nurul Ain Abdullah, an economist at Universiti Brunei Darussalam who lives in Bandar Seri Begawan"}),
    R_("Sabah", "located_in", "Malaysia", AS,
       {"05": "Sabah, the Malaysian state"}),
    R_("Sabah", "located_in", "Borneo", AS,
       {"05": "Sabah, the Malaysian state on Borneo's northern tip"}),
    R_("Abu Sayyaf", "killed", "Bernard Then", AS,
       {"05": ("Abu Sayyaf beheaded Malaysian hostage Bernard Then in 2015", "2015")}, time="2015"),
    R_("Bernard Then", "citizen_of", "Malaysia", AS,
       {"05": "Malaysian hostage Bernard Then"}),
    R_("Abu Sayyaf", "based_in", "Philippines", AS,
       {"05": "The Philippine militant group Abu Sayyaf"}, req=False),
    R_("Philippines", "in_conflict_with", "Malaysia", AS,
       {"05": "The Philippines has never formally dropped its claim to Sabah, and Malaysia's government regards the matter as closed"},
       note="polarity trap: 'never dropped its claim' is a standing dispute"),
    R_("Brunei", "criticized", "China", NE,
       {"05": "has never publicly criticized China over its expansive claims"}),
    R_("Brunei", "member_of", "ASEAN", AS,
       {"05": "Brunei and Malaysia are both members of ASEAN"}),
    R_("Malaysia", "member_of", "ASEAN", AS,
       {"05": "Brunei and Malaysia are both members of ASEAN",
        "08": "Malaysia, which in 1974 became the first ASEAN member"}),
    R_("Anwar Ibrahim", "member_of", "People's Justice Party", AS,
       {"05": "Anwar, whose People's Justice Party leads Malaysia's governing coalition"}),

    # ================= cluster B: zzy06 Singapore-Malaysia (newspaper, 2025-12-11)
    R_("Lawrence Wong", "head_of", "Singapore", AS,
       {"06": "Singapore's Prime Minister Lawrence Wong"}, role="prime minister"),
    R_("Lawrence Wong", "met_with", "Anwar Ibrahim", AS,
       {"06": ("Lawrence Wong and his Malaysian counterpart Anwar Ibrahim met on Monday", "Monday")},
       time="2025-12-08"),
    R_("Anwar Ibrahim", "visited", "Singapore", AS,
       {"06": ("Anwar arrived in the city-state on Sunday", "Sunday")}, time="2025-12-07"),
    R_("Johor Bahru", "capital_of", "Johor", AS,
       {"06": "Johor Bahru, the capital of the southern Malaysian state of Johor"}),
    R_("Johor", "located_in", "Malaysia", AS,
       {"06": "the southern Malaysian state of Johor"}),
    R_("Singapore", "signed_agreement_with", "Malaysia", AS,
       {"06": ("which Singapore and Malaysia agreed to create in an agreement signed in January 2025", "January 2025")},
       time="2025-01", note="Johor-Singapore Special Economic Zone agreement"),
    R_("Sultan Ibrahim", "head_of", "Malaysia", AS,
       {"06": "Malaysia's King, Sultan Ibrahim"}, role="king"),
    R_("Singapore", "imports_from", "Malaysia", AS,
       {"06": "Singapore no longer depends only on water imported from Malaysia"},
       com="raw water", alt_p=["trades_with"],
       note="polarity trap: 'no longer depends only on' still asserts the imports"),
    R_("Malaysia", "negotiating_with", "Singapore", PL,
       {"06": "Anwar said Malaysia and Singapore would keep negotiating a review of the water price"}),
    R_("Vivian Balakrishnan", "works_for", "Singapore", AS,
       {"06": "Singapore's Foreign Minister Vivian Balakrishnan"}, role="foreign minister"),
    R_("Mohamad Hasan", "works_for", "Malaysia", AS,
       {"06": "his Malaysian counterpart, Mohamad Hasan",
        "08": "Foreign Minister Mohamad Hasan is expected to raise the issue with Chinese Foreign Minister Wang Yi, who is likely to visit Kuala Lumpur, the Malaysian capital"},
       role="foreign minister"),
    R_("Vivian Balakrishnan", "contacted", "Mohamad Hasan", RE,
       {"06": "Vivian Balakrishnan said he had called his Malaysian counterpart, Mohamad Hasan"},
       note="'last week': undated"),
    R_("Singapore", "gained_independence_from", "Malaysia", AS,
       {"06": ("Singapore separated from Malaysia in 1965", "1965")}, time="1965"),
    R_("Singapore", "in_conflict_with", "Malaysia", AS,
       {"06": "the two neighbours have since quarrelled over water, airspace and the island of Pedra Branca"},
       req=False, note="quarrels, not conflict: marginal"),
    R_("International Court of Justice", "based_in", "The Hague", AS,
       {"06": "the International Court of Justice, based in The Hague"}),
    R_("Singapore", "allied_with", "Malaysia", AS,
       {"06": "Singapore and Malaysia remain close security partners"}),
    R_("Singapore", "member_of", "Five Power Defence Arrangements", AS,
       {"06": "Singapore and Malaysia remain close security partners, and both belong to the Five Power Defence Arrangements"}),
    R_("Malaysia", "member_of", "Five Power Defence Arrangements", AS,
       {"06": "Singapore and Malaysia remain close security partners, and both belong to the Five Power Defence Arrangements"}),
    R_("Australia", "member_of", "Five Power Defence Arrangements", AS,
       {"06": "the Five Power Defence Arrangements (FPDA) with Australia, Britain and New Zealand"}),
    R_("United Kingdom", "member_of", "Five Power Defence Arrangements", AS,
       {"06": "the Five Power Defence Arrangements (FPDA) with Australia, Britain and New Zealand"}),
    R_("New Zealand", "member_of", "Five Power Defence Arrangements", AS,
       {"06": "the Five Power Defence Arrangements (FPDA) with Australia, Britain and New Zealand"}),
    R_("Indonesia", "member_of", "Five Power Defence Arrangements", NE,
       {"06": "Indonesia has never joined the FPDA"}),
    R_("Tan Wei Ling", "citizen_of", "Singapore", AS,
       {"06": "Tan Wei Ling, a Singaporean economist"}),
    R_("Tan Wei Ling", "works_for", "Straits Policy Centre", AS,
       {"06": "a Singaporean economist at the Straits Policy Centre"}, role="economist"),
    R_("Straits Policy Centre", "based_in", "Singapore", AS,
       {"06": "the Straits Policy Centre, a think tank based in Singapore"}),

    # ================= cluster B: zzy08 Luconia (HTML, 2026-04-23)
    R_("Malaysia", "criticized", "China", RE,
       {"08": "Malaysia lodged a diplomatic protest with China"},
       note="'Malaysian officials said'; 'last week': undated"),
    R_("Petronas", "based_in", "Malaysia", AS,
       {"08": "the state energy company Petronas"}, req=False),
    R_("China Coast Guard", "based_in", "China", AS,
       {"08": "a China Coast Guard cutter"}, req=False),
    R_("Malaysia", "party_to", "United Nations Convention on the Law of the Sea", AS,
       {"08": "the United Nations Convention on the Law of the Sea, to which Malaysia and China are both parties"}),
    R_("China", "party_to", "United Nations Convention on the Law of the Sea", AS,
       {"08": "the United Nations Convention on the Law of the Sea, to which Malaysia and China are both parties"}),
    R_("Guo Jiakun", "works_for", "China", AS,
       {"08": "Chinese foreign ministry spokesperson Guo Jiakun"}, role="foreign ministry spokesperson"),
    R_("China", "criticized", "Malaysia", AS,
       {"08": ("Guo Jiakun rejected Malaysia's protest on Wednesday", "Wednesday")},
       time="2026-04-22", alt_s=["Guo Jiakun"]),
    R_("Luconia Shoals", "located_in", "South China Sea", AS,
       {"08": "Luconia Shoals, a cluster of reefs in the South China Sea"}),
    R_("Malaysia", "diplomatic_relations_with", "China", AS,
       {"08": "Malaysia, which in 1974 became the first ASEAN member to establish diplomatic relations with China"},
       alt_p=["normalized_relations_with"], note="established in 1974"),
    R_("Malaysia", "in_conflict_with", "China", AS,
       {"08": "has traditionally handled the dispute quietly"}, req=False,
       note="'the dispute' in the sentence naming Malaysia and China"),
    R_("China", "trades_with", "Malaysia", AS,
       {"08": "China has been Malaysia's largest trading partner for 16 consecutive years"}),
    R_("China", "imports_from", "Malaysia", AS,
       {"08": "China imports large volumes of palm oil from Malaysia"}, com="palm oil"),
    R_("Wang Yi", "works_for", "China", AS,
       {"08": "Chinese Foreign Minister Wang Yi"}, role="foreign minister"),
    R_("Mohamad Hasan", "met_with", "Wang Yi", HE,
       {"08": ("Mohamad Hasan is expected to raise the issue with Chinese Foreign Minister Wang Yi", "next month")},
       time="2026-05", req=False),
    R_("Wang Yi", "visited", "Kuala Lumpur", HE,
       {"08": ("Wang Yi, who is likely to visit Kuala Lumpur, the Malaysian capital, next month", "next month")},
       time="2026-05", alt_o=["Malaysia"]),
    R_("Kuala Lumpur", "capital_of", "Malaysia", AS,
       {"08": "Kuala Lumpur, the Malaysian capital"}),
    R_("ASEAN", "negotiating_with", "China", AS,
       {"08": "ASEAN and China are negotiating a code of conduct for the South China Sea"}),
    R_("ASEAN", "signed_agreement_with", "China", PL,
       {"08": "the bloc aimed to sign the code with China this year"},
       note="'the bloc' = ASEAN, named earlier in the sentence"),
    R_("Kao Kim Hourn", "head_of", "ASEAN", AS,
       {"08": "ASEAN Secretary-General Kao Kim Hourn"}, role="secretary-general"),
    R_("Timor-Leste", "member_of", "ASEAN", AS,
       {"08": "Timor-Leste, which became a member of ASEAN in October"}),
    R_("Philippines", "in_conflict_with", "China", AS,
       {"08": "The Philippines, which chairs ASEAN this year, is locked in a long-running dispute with China"}),
    R_("China", "attacked", "Philippines", AS,
       {"08": "Chinese vessels have repeatedly fired water cannon at Philippine boats"}, req=False,
       note="water cannon on boats: marginal"),
    R_("Ferdinand Marcos Jr.", "head_of", "Philippines", AS,
       {"08": "Philippine President Ferdinand Marcos Jr."}, role="president"),
    R_("Indonesia", "in_conflict_with", "China", NE,
       {"08": "Indonesia, which does not consider itself in conflict with China over the sea"}),
    R_("Indonesia", "signed_agreement_with", "China", AS,
       {"08": ("it signed a joint statement with China", "November 2024")}, time="2024-11",
       note="joint statement of November 2024"),
    R_("Indonesia", "member_of", "BRICS", AS,
       {"08": "Indonesia joined the BRICS group in January 2025"}),
    R_("Malaysia", "candidate_for", "BRICS", AS,
       {"08": "Malaysia, a BRICS partner country since the same month, is seeking full membership"},
       note="partner country, not member"),
    R_("Malaysia", "recognizes", "Palestine", AS,
       {"08": "Malaysia, Indonesia and Brunei recognise Palestine"}),
    R_("Indonesia", "recognizes", "Palestine", AS,
       {"08": "Malaysia, Indonesia and Brunei recognise Palestine"}),
    R_("Brunei", "recognizes", "Palestine", AS,
       {"08": "Malaysia, Indonesia and Brunei recognise Palestine"}),
    R_("Malaysia", "diplomatic_relations_with", "Israel", NE,
       {"08": "Malaysia, Indonesia and Brunei recognise Palestine and have no diplomatic relations with Israel"}),
    R_("Indonesia", "diplomatic_relations_with", "Israel", NE,
       {"08": "Malaysia, Indonesia and Brunei recognise Palestine and have no diplomatic relations with Israel"}),
    R_("Brunei", "diplomatic_relations_with", "Israel", NE,
       {"08": "Malaysia, Indonesia and Brunei recognise Palestine and have no diplomatic relations with Israel"}),
    R_("Singapore", "diplomatic_relations_with", "Israel", AS,
       {"08": "Singapore, which has had diplomatic relations with Israel since 1969"}),
    R_("Singapore", "recognizes", "Palestine", PL,
       {"08": "Singapore, which has had diplomatic relations with Israel since 1969, has said it will recognise Palestine when conditions allow"}),
    R_("Malaysia", "recognizes", "Israel", NE,
       {"08": "Malaysia will never recognise Israel"}),
    R_("Indonesia", "normalized_relations_with", "Israel", NE,
       {"08": "Indonesian officials have denied reports that Indonesia is preparing to normalise relations with Israel"}),
]


# ======================================================================
# The builder
# ======================================================================
import calendar
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import textutil  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PREDICATES = [
    "head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
    "located_in", "capital_of", "borders", "met_with", "visited",
    "negotiating_with", "contacted", "brokered", "party_to",
    "signed_agreement_with", "candidate_for", "normalized_relations_with",
    "diplomatic_relations_with", "allied_with", "recognizes", "supported",
    "criticized", "threatened", "sanctioned", "in_conflict_with", "attacked",
    "killed", "took_control_of", "blockaded", "seceded_from",
    "gained_independence_from", "imports_from", "trades_with"]
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in",
          "based_in", "located_in", "capital_of", "borders", "allied_with",
          "diplomatic_relations_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
ACTOR = {P, C, O}
ANY = {P, C, O, CI, R, A, F}
# SCHEMA.md signatures; predicates SCHEMA leaves open (written "->" or "<->")
# take an actor (Person, Country, Organization) as subject and anything as
# object; open symmetric ones need an actor on one side and an actor or a
# Region on the other (as the seed gold's "Israel in_conflict_with Gaza").
SIG = {
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, {CI, R, C}),
    "based_in": ({O, F}, {CI, R, C}),
    "located_in": ({CI, R, C, F}, {R, C, CI}),
    "capital_of": ({CI}, {C, R}),
    "borders": ({C, R}, {C, R}),
    "met_with": ({P, C, O}, {P, C, O}),
    "visited": ({P, O}, {C, CI, R}),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "candidate_for": ({C, O}, {A, O}),
    "recognizes": ({C}, {C}),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
}
OPEN_SYM_SIDE = ACTOR | {R}


def sig_ok(p, ts, to):
    if p in SIG:
        S, Ob = SIG[p]
        ok = ts in S and to in Ob
        if p in SYMMETRIC:
            ok = ok or (to in S and ts in Ob)
        return ok
    if p in SYMMETRIC:
        return (ts in ACTOR and to in OPEN_SYM_SIDE) or (to in ACTOR and ts in OPEN_SYM_SIDE)
    return ts in ACTOR and to in ANY


def norm(s):
    """kgscore's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def mention_re(name):
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)


MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
WEEKDAYS = {d: i for i, d in enumerate(calendar.day_name)}
MONTH_RE = "|".join(MONTHS)


def resolve(cue, published, wire):
    """Resolve a time cue to an ISO prefix; raise ValueError when it cannot.

    Wire copy has no publication date, so only a cue naming a year resolves.
    Otherwise: a weekday is the latest such day before publication; last or
    next month/year moves by one; a month without a year is the latest such
    month not after the publication month; a month and day without a year is
    the latest such date before publication.
    """
    m = re.search(rf"\b({MONTH_RE}) (\d{{1,2}}), (\d{{4}})\b", cue)
    if m:
        return f"{m.group(3)}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    m = re.search(rf"\b({MONTH_RE}) (\d{{4}})\b", cue)
    if m:
        return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    m = re.search(r"\b(1[5-9]\d|20\d)0s\b", cue)
    if m:
        return m.group(1)
    m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", cue)
    if m:
        return m.group(1)
    if wire:
        raise ValueError(f"wire cue {cue!r} names no year")
    pub = datetime.date.fromisoformat(published)
    low = cue.lower()
    if low == "last month":
        y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return f"{y}-{mo:02d}"
    if low == "next month":
        y, mo = (pub.year, pub.month + 1) if pub.month < 12 else (pub.year + 1, 1)
        return f"{y}-{mo:02d}"
    if low == "last year":
        return str(pub.year - 1)
    if low == "next year":
        return str(pub.year + 1)
    for name, wd in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", cue):
            back = (pub.weekday() - wd) % 7 or 7
            return (pub - datetime.timedelta(days=back)).isoformat()
    m = re.search(rf"\b({MONTH_RE}) (\d{{1,2}})\b", cue)
    if m:
        d = datetime.date(pub.year, MONTHS[m.group(1)], int(m.group(2)))
        if d >= pub:
            d = d.replace(year=pub.year - 1)
        return d.isoformat()
    m = re.search(rf"\b({MONTH_RE})\b", cue)
    if m:
        mo = MONTHS[m.group(1)]
        y = pub.year if mo <= pub.month else pub.year - 1
        return f"{y}-{mo:02d}"
    raise ValueError(f"cannot resolve time cue {cue!r}")


def load_docs():
    docs = {}
    for key, fname in DOCS.items():
        docs[key] = textutil.load(os.path.join(HERE, "corpus", fname))
    return docs


def evidence(row, key):
    ev = row["ev"][key]
    return (ev, None) if isinstance(ev, str) else ev


def unit(canon, row):
    s, o = canon.get(row["s"], row["s"]), canon.get(row["o"], row["o"])
    if row["p"] in SYMMETRIC and s > o:
        s, o = o, s
    return (s, row["p"], o, POLARITY.get(row["modality"], "?"))


def validate(entities, rows, docs):
    """Return a list of error strings; empty when the set is consistent."""
    errs = []
    etype = {}
    for name, typ, aliases in entities:
        if name in etype:
            errs.append(f"entity {name!r} listed twice")
        etype[name] = typ
        if typ not in ANY:
            errs.append(f"entity {name!r}: unknown type {typ!r}")
    # aliases: unique under kgscore's normalisation, and present in a body
    owner = {}
    for name, typ, aliases in entities:
        for a in [name] + list(aliases):
            k = norm(a)
            if k in owner and owner[k] != name:
                errs.append(f"alias {a!r} of {name!r} collides with {owner[k]!r} under normalisation")
            owner.setdefault(k, name)
        for a in aliases:
            if not any(mention_re(a).search(d.body) for d in docs.values()):
                errs.append(f"alias {a!r} of {name!r} occurs in no body")
    names = {name: [name] + list(aliases) for name, _, aliases in entities}
    canon = {name: name for name in names}

    used_p, used_e, seen = set(), set(), {}
    for i, r in enumerate(rows):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']}, {r['modality']})"
        p = r["p"]
        if p not in PREDICATES:
            errs.append(f"{tag}: unknown predicate")
            continue
        if r["modality"] not in POLARITY:
            errs.append(f"{tag}: unknown modality")
        if not isinstance(r["required"], bool):
            errs.append(f"{tag}: required must be true or false")
        for alt in r["alt_p"]:
            if alt not in PREDICATES:
                errs.append(f"{tag}: unknown alt_p {alt!r}")
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in etype:
                errs.append(f"{tag}: {n!r} is not an entity")
        if any(n not in etype for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]):
            continue
        used_p.add(p)
        used_e.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
        # signatures, main and alternative readings
        for s in [r["s"]] + r["alt_s"]:
            for pp in [p] + r["alt_p"]:
                for o in [r["o"]] + r["alt_o"]:
                    if pp in PREDICATES and not sig_ok(pp, etype[s], etype[o]):
                        errs.append(f"{tag}: {s} ({etype[s]}) {pp} {o} ({etype[o]}) breaks the signature")
        # one row per unit
        u = unit(canon, r)
        if u in seen:
            errs.append(f"{tag}: repeats the unit of row {seen[u]}")
        seen.setdefault(u, i)
        # qualifiers
        if p in ("head_of", "works_for") and not r["role"]:
            errs.append(f"{tag}: no role")
        if p == "imports_from" and not r["commodity"]:
            errs.append(f"{tag}: no commodity")
        if r["time"] and (p in STATIC or r["modality"] == "negated"):
            errs.append(f"{tag}: static or negated row carries a time")
        if r["time"] and not re.fullmatch(r"\d{3,4}(-\d{2}(-\d{2})?)?", r["time"]):
            errs.append(f"{tag}: bad time {r['time']!r}")
        if not r["ev"]:
            errs.append(f"{tag}: no document")
        for key in r["ev"]:
            if key not in docs:
                errs.append(f"{tag}: unknown document {key!r}")
                continue
            d = docs[key]
            phrase, cue = evidence(r, key)
            hits = [snt for snt in d.sentences if phrase in snt[2]]
            if len(hits) != 1:
                errs.append(f"{tag}: evidence {phrase!r} lies in {len(hits)} sentences of {d.name}, not one")
                continue
            sent = hits[0][2]
            for role_, n in (("subject", r["s"]), ("object", r["o"])):
                if not any(mention_re(a).search(sent) for a in names[n]):
                    errs.append(f"{tag}: {role_} {n!r} not named in the {d.name} sentence")
            if r["time"]:
                if not cue:
                    errs.append(f"{tag}: dated row without a time cue in {d.name}")
                    continue
                if cue not in sent:
                    errs.append(f"{tag}: time cue {cue!r} not in the {d.name} sentence")
                    continue
                try:
                    t = resolve(cue, d.published, d.style == "wire")
                except ValueError as e:
                    errs.append(f"{tag}: {d.name}: {e}")
                    continue
                if not t.startswith(r["time"]):
                    errs.append(f"{tag}: {d.name} cue {cue!r} resolves to {t}, not {r['time']}")
            elif cue:
                errs.append(f"{tag}: time cue given for an undated row")
    for p in PREDICATES:
        if p not in used_p:
            errs.append(f"predicate {p} is used by no row")
    for name in etype:
        if name not in used_e:
            errs.append(f"entity {name!r} is used by no row")
    return errs


def gold_lines(entities, rows, docs):
    ents = [{"name": n, "type": t, "aliases": list(a)} for n, t, a in entities]
    trip = []
    for r in rows:
        keys = sorted(r["ev"])
        notes = []
        if r["role"]:
            notes.append(f"role: {r['role']}")
        if r["commodity"]:
            notes.append(f"commodity: {r['commodity']}")
        if r["note"]:
            notes.append(r["note"])
        for k in keys:
            notes.append(f"{docs[k].name[:5]}: '{evidence(r, k)[0]}'")
        g = {"s": r["s"], "p": r["p"], "o": r["o"],
             "docs": [docs[k].name for k in keys], "modality": r["modality"]}
        if r["time"]:
            g["time"] = r["time"]
        g["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                g[k] = r[k]
        g["note"] = "; ".join(notes)
        trip.append(g)
    return ents, trip


def statements(entities, rows, docs):
    etype = {n: t for n, t, _ in entities}
    out = []
    for r in rows:
        for k in sorted(r["ev"]):
            d = docs[k]
            phrase, cue = evidence(r, k)
            s0, e0, sent = next(x for x in d.sentences if phrase in x[2])
            t = resolve(cue, d.published, d.style == "wire") if (r["time"] and cue) else ""
            out.append({
                "subject": r["s"], "subject_type": etype[r["s"]],
                "predicate": r["p"], "object": r["o"], "object_type": etype[r["o"]],
                "modality": r["modality"], "time": t, "role": r["role"] or "",
                "commodity": r["commodity"] or "", "confidence": 1.0,
                "source": f"corpus/{d.name}", "title": d.title,
                "published": d.published, "sentence": sent,
                "start": s0, "end": e0, "rule": "gold"})
    return out


def write_jsonl(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


def selftest(docs):
    """Feed one bad row (or entity) per check and make sure it is caught."""
    import copy
    base_e, base_r = ENTITIES, ROWS
    assert validate(base_e, base_r, docs) == [], "the real set must pass"

    def row(**kw):
        r = R_("Javier Milei", "head_of", "Argentina", AS,
               {"01": "Argentine President Javier Milei"}, role="president")
        r.update(kw)
        return r

    cases = {
        "evidence outside any sentence": (None, [row(s="Santiago Peña", o="Paraguay", ev={"01": "President Santiago Peña of Paraguay"})], "sentences of"),
        "evidence across two sentences": (None, [row(s="Santiago Peña", o="Paraguay", ev={"01": "the Paraguayan capital. \"We have"})], "sentences of"),
        "subject not named": (None, [row(s="Gabriel Boric", o="Argentina", p="criticized", role=None)], "not named"),
        "object not named": (None, [row(o="Chile", p="criticized", role=None)], "not named"),
        "type signature": (None, [row(p="capital_of", role=None)], "signature"),
        "alt type signature": (None, [row(p="criticized", role=None, alt_p=["capital_of"])], "signature"),
        "repeated unit": (None, [row(p="criticized", role=None, ev={"01": "China has repeatedly criticized Paraguay"}, s="China", o="Paraguay")], "repeats"),
        "repeated symmetric unit": (None, [row(s="Donald Trump", p="allied_with", o="Javier Milei", role=None)], "repeats"),
        "alias collision": ([("Buenos Aires", CI, [])], [], "collides"),
        "alias not in any body": ([("Montevideo Port", F, ["Puerto de Montevideo"])], [], "occurs in no body"),
        "wire time without year": (None, [row(s="Santiago Peña", p="contacted", o="Luiz Inácio Lula da Silva", role=None, modality=RE, time="2026", ev={"01": ("Peña said he had telephoned Lula on the eve of the summit", "on the eve")})], "names no year"),
        "time cue resolves elsewhere": (None, [row(s="José Antonio Kast", p="visited", o="Argentina", role=None, time="2026-01", ev={"07": ("Kast, who flew to Buenos Aires", "December")})], "resolves to"),
        "dated row without cue": (None, [row(s="José Antonio Kast", p="visited", o="Argentina", role=None, time="2025-12", ev={"07": "Kast, who flew to Buenos Aires"})], "without a time cue"),
        "time on static row": (None, [row(s="Santiago Peña", o="Paraguay", time="2026", ev={"04": ("Paraguayan President Santiago Peña", "Wednesday")})], "carries a time"),
        "time on negated row": (None, [row(s="Argentina", p="blockaded", o="Falkland Islands", role=None, modality=NE, time="1982", ev={"02": ("Quirno said Argentina had no plans to blockade the Falklands", "1982")})], "carries a time"),
        "missing role": (None, [row(s="Santiago Peña", o="Paraguay", role=None, ev={"04": "Paraguayan President Santiago Peña"}, p="works_for")], "no role"),
        "missing commodity": (None, [row(s="Uruguay", p="imports_from", o="China", role=None, ev={"01": "Uruguay never concluded a free trade agreement with China"})], "no commodity"),
        "unknown entity": (None, [row(o="Argentine Republic")], "is not an entity"),
    }
    for name, (extra_e, extra_r, expect) in cases.items():
        ents = list(base_e) + (extra_e or [])
        rws = [copy.deepcopy(r) for r in base_r]
        if name.startswith("repeated"):
            rws += extra_r
        elif extra_r:
            # replace the real head_of row of Milei so only the bad row is new
            rws = [r for r in rws if not (r["s"] == "Javier Milei" and r["p"] == "head_of")] + extra_r
            if not any(r["s"] == "Javier Milei" and r["p"] == "head_of" for r in extra_r):
                rws.append(copy.deepcopy(next(r for r in base_r if r["s"] == "Javier Milei" and r["p"] == "head_of")))
        errs = validate(ents, rws, docs)
        hit = [e for e in errs if expect in e]
        print(f"  selftest {name:32s} {'caught' if hit else 'MISSED'}: {hit[0] if hit else errs}")
        assert hit, name
    # a predicate left unused, an entity left unused
    rws = [r for r in base_r if r["p"] != "seceded_from"]
    assert any("seceded_from is used by no row" in e for e in validate(base_e, rws, docs))
    print(f"  selftest {'unused predicate':32s} caught")
    ents = list(base_e) + [("Montevideo", CI, [])]
    assert any("'Montevideo' is used by no row" in e for e in validate(ents, base_r, docs))
    print(f"  selftest {'unused entity':32s} caught")


def main():
    docs = load_docs()
    if "--selftest" in sys.argv:
        selftest(docs)
        return
    errs = validate(ENTITIES, ROWS, docs)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errs)} errors; nothing written", file=sys.stderr)
        sys.exit(1)
    ents, trip = gold_lines(ENTITIES, ROWS, docs)
    write_jsonl(os.path.join(HERE, "entities.jsonl"), ents)
    write_jsonl(os.path.join(HERE, "triples.jsonl"), trip)
    st = statements(ENTITIES, ROWS, docs)
    write_jsonl(os.path.join(HERE, "selfcheck_statements.jsonl"), st)
    req = sum(r["required"] for r in ROWS)
    neg = sum(r["modality"] == "negated" for r in ROWS)
    print(f"ok: {len(docs)} documents, {len(ents)} entities, {len(trip)} rows "
          f"({req} required, {neg} negated), {len(set(r['p'] for r in ROWS))} predicates, "
          f"{len(st)} self-check statements")


if __name__ == "__main__":
    main()
