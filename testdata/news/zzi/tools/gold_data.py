"""Gold entities and facts of news set zzi, with one evidence phrase per document.

Row helper R(s, p, o, modality, {doc: phrase}, ...): doc keys are "01".."08".
Options: req (default True), time, alt_s, alt_o, alt_p, role, commodity, remark.
"""

DOCS = {
    "01": "01_guyana_soldier_killed_in_cuyuni_river_ambush.txt",
    "02": "02_venezuela_denies_role_in_border_attack.txt",
    "03": "03_caricom_backs_guyana_after_border_killing.txt",
    "04": "04_cuyuni_border_a_century_unsettled.txt",
    "05": "05_iceland_pm_to_sign_north_atlantic_pact_in_nuuk.txt",
    "06": "06_iceland_and_greenland_sign_nuuk_agreement.txt",
    "07": "07_denmark_greenland_us_talks_washington.html",
    "08": "08_explainer_north_atlantic_security_iceland_greenland.html",
}

# title, publication date, publisher (all outlets invented)
META = {
    "01": ("Guyana says Venezuela shields gang after soldier killed on Cuyuni River", "2025-10-13", "Meridian Wire"),
    "02": ("Venezuela denies role in deadly attack on Guyanese soldiers", "2025-10-14", "Meridian Wire"),
    "03": ("CARICOM backs Guyana after border killing but stops short of blaming Venezuela", "2025-10-17", "Meridian Wire"),
    "04": ("On the Cuyuni, a border that a century of diplomacy never settled", "2025-10-26", "(newspaper)"),
    "05": ("Iceland's prime minister to sign North Atlantic pact with Greenland in Nuuk", "2026-03-10", "(newspaper)"),
    "06": ("Iceland and Greenland sign Nuuk Agreement as Washington watches", "2026-03-18", "(newspaper)"),
    "07": ("Denmark and Greenland hold new round of talks with US as Washington presses for bigger role", "2026-03-20", "The Arctic Ledger"),
    "08": ("Explainer: Why Iceland, Greenland and the Faroes matter again", "2026-03-27", "Nordurljos Review"),
}

ENTITIES = [
    # --- Persons, cluster A
    ("Irfaan Ali", "Person", ["Ali", "President Irfaan Ali"]),
    ("Nicolás Maduro", "Person", ["Nicolas Maduro", "Maduro", "President Nicolas Maduro"]),
    ("Hugh Todd", "Person", ["Todd", "Foreign Minister Hugh Todd"]),
    ("Marco Rubio", "Person", ["Rubio", "Secretary of State Marco Rubio"]),
    ("Christopher Landau", "Person", []),
    ("Omar Khan", "Person", ["Khan", "Brigadier Omar Khan"]),
    ("Shawn Fredericks", "Person", ["Fredericks", "Lance Corporal Shawn Fredericks"]),
    ("Yván Gil", "Person", ["Yvan Gil", "Gil", "Foreign Minister Yvan Gil"]),
    ("Neil Villamizar", "Person", ["Admiral Neil Villamizar"]),
    ("Juan Guaidó", "Person", ["Juan Guaido"]),
    ("Luiz Inácio Lula da Silva", "Person", ["Luiz Inacio Lula da Silva", "Lula"]),
    ("Celso Amorim", "Person", ["Amorim"]),
    ("Carmen Rojas", "Person", []),
    ("Andrew Holness", "Person", ["Holness"]),
    ("Carla Barnett", "Person", []),
    ("Kamla Persad-Bissessar", "Person", ["Persad-Bissessar"]),
    ("Mia Mottley", "Person", ["Mottley"]),
    ("Jennifer Geerlings-Simons", "Person", []),
    ("Hugo Chávez", "Person", ["Hugo Chavez"]),
    ("Terrance Drew", "Person", []),
    ("Rhonda Kissoon", "Person", ["Kissoon"]),
    ("Winston Fredericks", "Person", []),
    ("Julio Pérez", "Person", ["Julio Perez"]),
    # --- Persons, cluster B
    ("Kristrún Frostadóttir", "Person", ["Frostadóttir", "Kristrun Frostadottir", "Frostadottir"]),
    ("Jens-Frederik Nielsen", "Person", ["Nielsen"]),
    ("Þorgerður Katrín Gunnarsdóttir", "Person", ["Gunnarsdóttir"]),
    ("Lars Løkke Rasmussen", "Person", ["Løkke Rasmussen", "Lars Lokke Rasmussen", "Lokke Rasmussen"]),
    ("Donald Trump", "Person", ["Trump", "President Donald Trump", "U.S. President Donald Trump"]),
    ("Mark Rutte", "Person", []),
    ("Aksel V. Johannesen", "Person", []),
    ("Vivian Motzfeldt", "Person", ["Motzfeldt"]),
    ("JD Vance", "Person", ["Vance", "Vice President JD Vance"]),
    ("Hanna Katrín Friðriksson", "Person", []),
    ("Baldur Jónsson", "Person", ["Jónsson"]),
    ("Paninnguaq Kreutzmann", "Person", []),
    ("Karl Olsen", "Person", []),
    ("Mette Frederiksen", "Person", []),
    ("Mark Carney", "Person", ["Carney"]),
    ("Signe Albrechtsen", "Person", []),
    ("Einar Sigurðsson", "Person", []),
    # --- Countries
    ("Guyana", "Country", ["Guyanese government"]),
    ("Venezuela", "Country", ["Caracas", "Venezuelan government"]),
    ("Brazil", "Country", ["Brasilia"]),
    ("Suriname", "Country", ["Paramaribo"]),
    ("United States", "Country", ["U.S.", "US", "Washington"]),
    ("China", "Country", []),
    ("Jamaica", "Country", []),
    ("Barbados", "Country", []),
    ("Trinidad and Tobago", "Country", []),
    ("Saint Kitts and Nevis", "Country", ["St. Kitts and Nevis"]),
    ("United Kingdom", "Country", ["Britain"]),
    ("Iceland", "Country", []),
    ("Greenland", "Country", []),
    ("Denmark", "Country", ["Kingdom of Denmark", "Copenhagen", "the kingdom", "Danish realm"]),
    ("Faroe Islands", "Country", ["the Faroes"]),
    ("Norway", "Country", []),
    ("Canada", "Country", ["Ottawa"]),
    ("Russia", "Country", ["Moscow"]),
    ("Lithuania", "Country", []),
    ("Latvia", "Country", []),
    ("Estonia", "Country", []),
    ("Nigeria", "Country", []),
    # --- Organizations
    ("Caribbean Community", "Organization", ["CARICOM"]),
    ("International Court of Justice", "Organization", ["World Court"]),
    ("Guyana Defence Force", "Organization", ["GDF", "Guyana's army"]),
    ("National Bolivarian Armed Forces", "Organization", ["FANB", "Venezuelan armed forces"]),
    ("Los Cuyunes", "Organization", []),
    ("ExxonMobil", "Organization", []),
    ("Chevron", "Organization", []),
    ("CNOOC", "Organization", []),
    ("PDVSA", "Organization", []),
    ("U.S. State Department", "Organization", ["State Department"]),
    ("Central University of Venezuela", "Organization", []),
    ("Centre for Caribbean Security Studies", "Organization", []),
    ("NATO", "Organization", []),
    ("European Union", "Organization", ["EU", "Brussels"]),
    ("European Economic Community", "Organization", []),
    ("North Atlantic Policy Institute", "Organization", []),
    ("Danish Institute for Arctic Affairs", "Organization", []),
    ("University of Iceland", "Organization", []),
    ("Demokraatit", "Organization", []),
    ("Social Democratic Alliance", "Organization", []),
    ("Joint Arctic Command", "Organization", []),
    # --- Cities
    ("Georgetown", "City", []),
    ("Eteringbang", "City", []),
    ("Bartica", "City", []),
    ("Lethem", "City", []),
    ("Bonfim", "City", []),
    ("The Hague", "City", []),
    ("Nuuk", "City", []),
    ("Reykjavík", "City", ["Reykjavik"]),
    ("Tórshavn", "City", []),
    ("Aarhus", "City", []),
    ("Sisimiut", "City", []),
    # --- Regions
    ("Essequibo", "Region", ["Essequibo region", "Guayana Esequiba"]),
    ("Cuyuni River", "Region", ["Cuyuni"]),
    ("Cuyuni-Mazaruni", "Region", ["Cuyuni-Mazaruni region"]),
    ("Bolívar State", "Region", ["Bolivar state"]),
    ("Ankoko Island", "Region", []),
    ("Stabroek block", "Region", []),
    ("New River Triangle", "Region", []),
    ("Anguilla", "Region", []),
    ("Saint Vincent", "Region", ["St. Vincent"]),
    # --- Facilities
    ("Argyle International Airport", "Facility", []),
    ("Pituffik Space Base", "Facility", ["Pituffik", "Thule Air Base"]),
    ("Naval Air Station Keflavik", "Facility", ["Keflavík", "Keflavík airfield"]),
    # --- Agreements
    ("Argyle Declaration", "Agreement", ["2023 Argyle Declaration"]),
    ("Geneva Agreement", "Agreement", []),
    ("Paris Arbitral Award of 1899", "Agreement", ["1899 arbitral award", "1899 arbitration"]),
    ("PetroCaribe", "Agreement", ["PetroCaribe programme"]),
    ("Nuuk Agreement on North Atlantic Cooperation", "Agreement", ["Nuuk Agreement"]),
]

# Demonyms: count as a mention of the country in the builder's check that a
# row's subject and object are mentioned in each of its documents (they are
# not aliases: the scorer does not map them).
DEMONYMS = {"Canada": ["Canadian"], "Guyana": ["Guyanese"], "Venezuela": ["Venezuelan"]}

ROWS = []


def R(s, p, o, mod, ev, req=True, time=None, alt_s=None, alt_o=None, alt_p=None,
      role=None, commodity=None, remark=None):
    ROWS.append(dict(s=s, p=p, o=o, modality=mod, ev=ev, required=req, time=time,
                     alt_s=alt_s or [], alt_o=alt_o or [], alt_p=alt_p or [],
                     role=role, commodity=commodity, remark=remark))


A, REP, H, PL, NEG = "asserted", "reported", "hedged", "planned", "negated"

# ===================== Cluster A: Guyana, Venezuela, CARICOM (October 2025)
# --- offices and titles
R("Irfaan Ali", "head_of", "Guyana", A, {
    "01": "President Irfaan Ali, who was sworn in for a second five-year term",
    "02": "his Guyanese counterpart, Irfaan Ali",
    "04": "President Irfaan Ali is due to travel"}, role="president")
R("Nicolás Maduro", "head_of", "Venezuela", A, {
    "02": "President Nicolas Maduro, speaking at a military ceremony",
    "03": "the Venezuelan leader",
    "04": "Venezuelan President Nicolas Maduro"}, role="president")
R("Hugo Chávez", "head_of", "Venezuela", A, {
    "03": "the late Venezuelan president Hugo Chavez"}, role="president (late, former)")
R("Hugh Todd", "works_for", "Guyana", A, {
    "01": "Foreign Minister Hugh Todd told reporters",
    "03": "Foreign Minister Hugh Todd, speaking from Georgetown",
    "04": "Foreign Minister Hugh Todd held talks"}, role="foreign minister")
R("Marco Rubio", "works_for", "United States", A, {
    "01": "U.S. Secretary of State Marco Rubio",
    "04": "Secretary of State Marco Rubio visited Georgetown",
    "06": "Secretary of State Marco Rubio at the White House",
    "07": "met Secretary of State Marco Rubio at the State Department"},
  alt_o=["U.S. State Department", "Donald Trump"], role="secretary of state")
R("Christopher Landau", "works_for", "United States", A, {
    "01": "Deputy Secretary of State Christopher Landau",
    "04": "Deputy Secretary of State Christopher Landau"},
  alt_o=["U.S. State Department"], role="deputy secretary of state")
R("Omar Khan", "head_of", "Guyana Defence Force", A, {
    "01": "The army's chief of staff, Brigadier Omar Khan"},
  alt_p=["works_for"], role="chief of staff", remark="'the army' = the GDF")
R("Shawn Fredericks", "works_for", "Guyana Defence Force", A, {
    "01": "Lance Corporal Shawn Fredericks, 24, was killed on Sunday afternoon when gunmen firing from the Venezuelan bank ambushed a Guyana Defence Force (GDF) patrol boat"},
  alt_p=["member_of"], alt_o=["Guyana"], role="lance corporal")
R("Shawn Fredericks", "citizen_of", "Guyana", A, {
    "01": "shot dead a Guyanese soldier"}, req=False, remark="demonym only")
R("Yván Gil", "works_for", "Venezuela", A, {
    "02": "Foreign Minister Yvan Gil said in a statement",
    "03": "On Tuesday Foreign Minister Yvan Gil accused Guyana"}, role="foreign minister")
R("Neil Villamizar", "works_for", "Venezuela", REP, {
    "02": "whom Venezuela describes as the governor of \"Guayana Esequiba\""},
  role="governor of the self-declared state of Guayana Esequiba",
  remark="attributed to Venezuela")
R("Luiz Inácio Lula da Silva", "head_of", "Brazil", A, {
    "02": "Brazilian President Luiz Inacio Lula da Silva",
    "03": "President Luiz Inacio Lula da Silva's top foreign policy adviser",
    "04": "Brazilian President Luiz Inacio Lula da Silva"}, role="president")
R("Celso Amorim", "works_for", "Luiz Inácio Lula da Silva", A, {
    "02": "Celso Amorim, chief foreign policy adviser to Brazilian President Luiz Inacio Lula da Silva",
    "03": "Amorim, President Luiz Inacio Lula da Silva's top foreign policy adviser"},
  alt_o=["Brazil"], role="chief foreign policy adviser")
R("Carmen Rojas", "works_for", "Central University of Venezuela", A, {
    "02": "a political scientist at the Central University of Venezuela"}, role="political scientist")
R("Central University of Venezuela", "based_in", "Venezuela", A, {
    "02": "the Central University of Venezuela"}, req=False, remark="from the name only")
R("Andrew Holness", "head_of", "Jamaica", A, {
    "03": "Jamaican Prime Minister Andrew Holness"}, role="prime minister")
R("Andrew Holness", "head_of", "Caribbean Community", A, {
    "03": "Holness, who holds CARICOM's rotating chairmanship"}, role="chairman (rotating)")
R("Carla Barnett", "head_of", "Caribbean Community", A, {
    "03": "CARICOM Secretary-General Carla Barnett"}, role="secretary-general")
R("Kamla Persad-Bissessar", "head_of", "Trinidad and Tobago", A, {
    "03": "Trinidad and Tobago Prime Minister Kamla Persad-Bissessar"}, role="prime minister")
R("Mia Mottley", "head_of", "Barbados", A, {
    "03": "Barbadian Prime Minister Mia Mottley"}, role="prime minister")
R("Jennifer Geerlings-Simons", "head_of", "Suriname", A, {
    "03": "Suriname's President Jennifer Geerlings-Simons"}, role="president")
R("Terrance Drew", "head_of", "Saint Kitts and Nevis", A, {
    "03": "CARICOM's regular summit is due to be held in St. Kitts and Nevis early next year, when Prime Minister Terrance Drew takes over"},
  req=False, role="prime minister", remark="implied by context, country not named with the title")
R("Terrance Drew", "head_of", "Caribbean Community", PL, {
    "03": "when Prime Minister Terrance Drew takes over the chairmanship from Holness"},
  time="2026", role="chairman (rotating)", remark="'early next year'")
R("Rhonda Kissoon", "head_of", "Centre for Caribbean Security Studies", A, {
    "04": "heads the Centre for Caribbean Security Studies"}, role="head")
# --- nationality and residence
R("Rhonda Kissoon", "citizen_of", "Guyana", A, {
    "04": "who holds Guyanese and Canadian citizenship"})
R("Rhonda Kissoon", "citizen_of", "Canada", A, {
    "04": "who holds Guyanese and Canadian citizenship"})
R("Shawn Fredericks", "lives_in", "Bartica", A, {
    "04": "in Bartica, the river town where he grew up and where, until the army posted him upriver in June, he lived with his mother"})
R("Winston Fredericks", "lives_in", "Bartica", A, {
    "04": "a boat captain who has lived in Bartica for forty years"})
R("Julio Pérez", "lives_in", "Eteringbang", A, {
    "04": "a Venezuelan gold buyer who has lived in Eteringbang since 2015"})
R("Julio Pérez", "citizen_of", "Venezuela", A, {
    "04": "a Venezuelan gold buyer"}, req=False, remark="demonym only")
# --- seats and geography
R("Caribbean Community", "based_in", "Georgetown", A, {
    "03": "Georgetown, where the bloc has its secretariat"}, remark="the secretariat")
R("International Court of Justice", "based_in", "The Hague", A, {
    "01": "the International Court of Justice in The Hague"})
R("Centre for Caribbean Security Studies", "based_in", "Georgetown", A, {
    "04": "a research group based in Georgetown"})
R("Los Cuyunes", "based_in", "Bolívar State", A, {
    "01": "run illegal gold mines in Venezuela's Bolivar state"}, alt_o=["Venezuela"])
R("PDVSA", "based_in", "Venezuela", A, {
    "02": "Venezuela's state oil company PDVSA"})
R("CNOOC", "based_in", "China", A, {
    "01": "China's CNOOC"})
R("Georgetown", "capital_of", "Guyana", A, {
    "01": "told reporters in Georgetown, the capital"})
R("Georgetown", "located_in", "Guyana", A, {
    "01": "told reporters in Georgetown, the capital"}, req=False, remark="entailed by capital_of")
R("Eteringbang", "located_in", "Guyana", A, {
    "01": "Eteringbang, a gold-mining outpost in the Cuyuni-Mazaruni region"}, req=False,
  remark="implied (Cuyuni-Mazaruni is a Guyanese region)")
R("Bolívar State", "located_in", "Venezuela", A, {
    "01": "Venezuela's Bolivar state"})
R("Eteringbang", "located_in", "Cuyuni-Mazaruni", A, {
    "01": "Eteringbang, a gold-mining outpost in the Cuyuni-Mazaruni region"})
R("Essequibo", "located_in", "Guyana", A, {
    "01": "is administered by Guyana",
    "03": "the Essequibo region, which makes up about two-thirds of Guyana's land area",
    "04": "that Guyana has administered since independence"},
  remark="administered by Guyana, claimed by Venezuela")
R("Ankoko Island", "located_in", "Cuyuni River", A, {
    "01": "Ankoko Island, a speck of land in the Cuyuni",
    "04": "Ankoko Island in the Cuyuni"}, req=False)
R("Argyle International Airport", "located_in", "Saint Vincent", A, {
    "03": "Argyle International Airport on St. Vincent"})
R("Bonfim", "located_in", "Brazil", A, {
    "04": "the Brazilian town of Bonfim"})
R("Lethem", "located_in", "Guyana", A, {
    "04": "the Takutu River bridge that links Lethem with the Brazilian town of Bonfim"},
  req=False, remark="implied: the bridge on the southern border")
R("Guyana", "borders", "Venezuela", A, {
    "01": "borders Venezuela, Brazil and Suriname",
    "02": "accused its eastern neighbour"})
R("Guyana", "borders", "Brazil", A, {
    "01": "borders Venezuela, Brazil and Suriname",
    "02": "Brazil, which borders both Venezuela and Guyana",
    "04": "The southern border with Brazil"})
R("Guyana", "borders", "Suriname", A, {
    "01": "borders Venezuela, Brazil and Suriname",
    "04": "To the east, Suriname still claims the New River Triangle"})
R("Brazil", "borders", "Venezuela", A, {
    "02": "Brazil, which borders both Venezuela and Guyana"})
# --- memberships
R("Guyana", "member_of", "Caribbean Community", A, {
    "01": "of which Guyana is a founding member",
    "03": "Guyana, one of the four founding members of the bloc in 1973",
    "04": "Both countries belong to the Caribbean Community"}, time="1973")
R("Barbados", "member_of", "Caribbean Community", A, {
    "03": "alongside Barbados, Jamaica and Trinidad and Tobago"}, time="1973")
R("Jamaica", "member_of", "Caribbean Community", A, {
    "03": "alongside Barbados, Jamaica and Trinidad and Tobago"}, time="1973")
R("Trinidad and Tobago", "member_of", "Caribbean Community", A, {
    "03": "alongside Barbados, Jamaica and Trinidad and Tobago"}, time="1973")
R("Suriname", "member_of", "Caribbean Community", A, {
    "04": "Both countries belong to the Caribbean Community"})
R("Venezuela", "member_of", "Caribbean Community", NEG, {
    "03": "Venezuela is not a member of CARICOM"})
R("Brazil", "member_of", "Caribbean Community", NEG, {
    "03": "Brazil, which is not a CARICOM member either"})
# --- the attack and the accusations
R("Los Cuyunes", "killed", "Shawn Fredericks", REP, {
    "01": "The GDF blamed the ambush on Los Cuyunes",
    "04": "Guyana's army says the attackers belonged to Los Cuyunes"},
  time="2025-10-12", remark="according to the Guyanese army")
R("Los Cuyunes", "attacked", "Guyana Defence Force", REP, {
    "01": "The GDF blamed the ambush on Los Cuyunes",
    "02": "the gang that Guyana's army blames for Sunday's ambush on the Cuyuni River",
    "04": "Guyana's army says the attackers belonged to Los Cuyunes"},
  time="2025-10-12", alt_o=["Guyana"])
R("Venezuela", "supported", "Los Cuyunes", REP, {
    "01": "These criminals operate under the protection of elements of the Venezuelan armed forces"},
  alt_s=["National Bolivarian Armed Forces"], remark="Guyana's accusation ('shielding an armed gang')")
R("Venezuela", "supported", "Los Cuyunes", NEG, {
    "02": "had \"no connection whatsoever\" with Los Cuyunes",
    "04": "Venezuela's government denies any link to them"},
  alt_s=["National Bolivarian Armed Forces"], remark="denial")
R("Guyana", "criticized", "Venezuela", A, {
    "01": "Guyana accused Venezuela on Monday of shielding an armed gang"},
  time="2025-10-13", alt_s=["Hugh Todd"])
R("Venezuela", "attacked", "Guyana", NEG, {
    "02": "Venezuela on Tuesday denied any role in a deadly weekend attack on Guyanese soldiers"},
  alt_s=["National Bolivarian Armed Forces"], alt_o=["Guyana Defence Force"],
  remark="denial; also 'Venezuela did not attack anyone'")
R("Venezuela", "attacked", "Guyana", H, {
    "01": "if it attacked Guyana or ExxonMobil",
    "04": "a full invasion was improbable"}, req=False,
  remark="01: conditional in Rubio's warning; 04: an analyst's low-probability hedge")
R("Venezuela", "attacked", "ExxonMobil", H, {
    "01": "if it attacked Guyana or ExxonMobil"}, req=False, time="2025-03",
  remark="conditional in Rubio's warning")
R("Venezuela", "criticized", "Guyana", A, {
    "02": "accused its eastern neighbour of using the killing",
    "03": "Foreign Minister Yvan Gil accused Guyana of using the weekend killing"},
  time="2025-10-14", alt_s=["Yván Gil"])
R("Yván Gil", "criticized", "ExxonMobil", A, {
    "02": "Guyana and its patrons at ExxonMobil want to turn a police matter into a war"},
  alt_s=["Venezuela"], time="2025-10-14")
R("Guyana", "allied_with", "ExxonMobil", REP, {
    "02": "Guyana and its patrons at ExxonMobil"}, req=False, remark="Gil's hostile framing")
R("Nicolás Maduro", "threatened", "Guyana", A, {
    "02": "If Guyana lets the Pentagon in through the back door, it will bear the consequences"},
  time="2025-10-14", alt_s=["Venezuela"], alt_o=["Irfaan Ali"])
R("Nicolás Maduro", "criticized", "United States", A, {
    "02": "Maduro has condemned the deployment as a plot to topple him"}, alt_s=["Venezuela"])
R("Venezuela", "threatened", "Guyana", NEG, {
    "02": "agreed not to threaten or use force against each other",
    "03": "pledged not to threaten or use force against one another"},
  req=False, time="2023-12", alt_s=["Nicolás Maduro"], alt_o=["Irfaan Ali"],
  remark="pledge in the Argyle Declaration (mutual)")
R("Venezuela", "blockaded", "Cuyuni River", REP, {
    "02": "Venezuelan coast guard boats had blockaded a stretch of the Cuyuni"},
  time="2025-10", remark="Guyanese officials' claim; 'last week'")
R("Venezuela", "blockaded", "Cuyuni River", NEG, {
    "02": "Venezuela had \"blockaded nothing and nobody\""}, alt_s=["Yván Gil"], remark="Gil's denial")
R("Venezuela", "blockaded", "Stabroek block", H, {
    "04": "Caracas could try to blockade parts of the Stabroek block"})
R("United States", "supported", "Guyana", A, {
    "01": "Washington \"stands firmly with Guyana\""},
  time="2025-10-13", alt_s=["U.S. State Department"])
R("United States", "allied_with", "Guyana", REP, {
    "04": "Washington now calls Guyana a close security partner"})
R("Marco Rubio", "threatened", "Venezuela", A, {
    "01": "warned then that it would be \"a very bad day\" for the Venezuelan government"},
  time="2025-03", alt_s=["United States"])
R("Kamla Persad-Bissessar", "supported", "United States", A, {
    "03": "a vocal supporter of the U.S. naval campaign"}, alt_s=["Trinidad and Tobago"])
R("Caribbean Community", "supported", "Guyana", A, {
    "03": "Caribbean leaders on Friday backed Guyana's"}, time="2025-10-17")
R("Suriname", "supported", "Guyana", A, {
    "03": "said Paramaribo supported the statement \"without reservation\""}, req=False,
  remark="supports the CARICOM statement backing Guyana")
R("Caribbean Community", "criticized", "Venezuela", NEG, {
    "03": "but stopped short of blaming Venezuela"}, time="2025-10-17")
R("United States", "diplomatic_relations_with", "Venezuela", NEG, {
    "02": "The United States and Venezuela have had no diplomatic relations since 2019"})
R("United States", "sanctioned", "PDVSA", A, {
    "02": "PDVSA has been under U.S. sanctions since the same year"},
  time="2019", alt_o=["Venezuela"])
R("United States", "supported", "Juan Guaidó", A, {
    "02": "Washington recognised opposition leader Juan Guaido as interim president"},
  req=False, time="2019", remark="recognition of a person as interim president")
# --- contacts, meetings, visits, talks
R("Irfaan Ali", "contacted", "Marco Rubio", REP, {
    "01": "spoke by telephone with U.S. Secretary of State Marco Rubio"},
  time="2025-10-13", alt_s=["Guyana"], alt_o=["United States"])
R("Marco Rubio", "visited", "Georgetown", A, {
    "01": "Rubio visited Georgetown in March",
    "04": "Secretary of State Marco Rubio visited Georgetown in March"},
  time="2025-03", alt_o=["Guyana"])
R("Hugh Todd", "visited", "United States", PL, {
    "01": "he would travel to Washington next week"}, time="2025-10")
R("Hugh Todd", "met_with", "Christopher Landau", PL, {
    "01": "for talks with Deputy Secretary of State Christopher Landau"},
  time="2025-10", alt_p=["negotiating_with"])
R("Hugh Todd", "visited", "United States", A, {
    "04": "Foreign Minister Hugh Todd held talks in Washington this week"}, time="2025-10")
R("Hugh Todd", "met_with", "Christopher Landau", A, {
    "04": "held talks in Washington this week with Deputy Secretary of State Christopher Landau"},
  time="2025-10", alt_p=["negotiating_with"])
R("Guyana", "negotiating_with", "Venezuela", NEG, {
    "01": "Guyana will not negotiate its borders with Venezuela at a bilateral table"},
  alt_s=["Hugh Todd"])
R("Andrew Holness", "contacted", "Nicolás Maduro", PL, {
    "03": "he intended to speak with Maduro"}, alt_o=["Venezuela"])
R("Andrew Holness", "contacted", "Nicolás Maduro", NEG, {
    "03": "he had not yet spoken to the Venezuelan leader since the attack"}, alt_o=["Venezuela"])
R("Celso Amorim", "visited", "Venezuela", PL, {
    "03": "would fly to Caracas and then to Georgetown next week"}, time="2025-10")
R("Celso Amorim", "visited", "Georgetown", PL, {
    "03": "would fly to Caracas and then to Georgetown next week"}, time="2025-10", alt_o=["Guyana"])
R("Irfaan Ali", "visited", "Brazil", PL, {
    "04": "President Irfaan Ali is due to travel to Brasilia in November"}, time="2025-11")
R("Irfaan Ali", "met_with", "Luiz Inácio Lula da Silva", PL, {
    "04": "to meet Brazilian President Luiz Inacio Lula da Silva"}, time="2025-11")
R("Luiz Inácio Lula da Silva", "visited", "Georgetown", A, {
    "04": "Lula visited Georgetown in February 2024"}, time="2024-02", alt_o=["Guyana"])
R("Irfaan Ali", "met_with", "Nicolás Maduro", A, {
    "02": "Maduro and Ali, meeting on the Caribbean island of St. Vincent"}, time="2023-12")
R("Irfaan Ali", "met_with", "Nicolás Maduro", NEG, {
    "02": "The two leaders have not met since."})
R("Irfaan Ali", "visited", "Saint Vincent", A, {
    "02": "Maduro and Ali, meeting on the Caribbean island of St. Vincent"}, req=False, time="2023-12")
R("Nicolás Maduro", "visited", "Saint Vincent", A, {
    "02": "Maduro and Ali, meeting on the Caribbean island of St. Vincent"}, req=False, time="2023-12")
# --- agreements
R("Caribbean Community", "brokered", "Argyle Declaration", A, {
    "02": "Brazil and the Caribbean Community (CARICOM) mediated the Argyle Declaration",
    "03": "brokered by CARICOM and Brazil"}, time="2023-12")
R("Brazil", "brokered", "Argyle Declaration", A, {
    "02": "Brazil and the Caribbean Community (CARICOM) mediated the Argyle Declaration",
    "03": "brokered by CARICOM and Brazil",
    "04": "whose government helped broker the Argyle Declaration"},
  time="2023-12", alt_s=["Luiz Inácio Lula da Silva"])
R("Guyana", "party_to", "Argyle Declaration", A, {
    "02": "in which Maduro and Ali, meeting on the Caribbean island of St. Vincent, agreed",
    "03": "Guyana and Venezuela pledged not to threaten",
    "04": "the Argyle Declaration between Ali and Venezuelan President Nicolas Maduro in 2023"},
  time="2023-12", alt_s=["Irfaan Ali"])
R("Venezuela", "party_to", "Argyle Declaration", A, {
    "02": "in which Maduro and Ali, meeting on the Caribbean island of St. Vincent, agreed",
    "03": "Guyana and Venezuela pledged not to threaten",
    "04": "the Argyle Declaration between Ali and Venezuelan President Nicolas Maduro in 2023"},
  time="2023-12", alt_s=["Nicolás Maduro"])
R("Guyana", "signed_agreement_with", "Venezuela", A, {
    "02": "in which Maduro and Ali, meeting on the Caribbean island of St. Vincent, agreed",
    "03": "signed at Argyle International Airport on St. Vincent in December 2023",
    "04": "the Argyle Declaration between Ali and Venezuelan President Nicolas Maduro in 2023"},
  time="2023-12", alt_s=["Irfaan Ali"], alt_o=["Nicolás Maduro"])
R("United Kingdom", "party_to", "Geneva Agreement", A, {
    "04": "Britain and Venezuela signed the Geneva Agreement"}, time="1966-02")
R("Venezuela", "party_to", "Geneva Agreement", A, {
    "04": "Britain and Venezuela signed the Geneva Agreement"}, time="1966-02")
R("Guyana", "party_to", "Geneva Agreement", A, {
    "04": "Guyana became a party to it on independence"}, time="1966")
R("United Kingdom", "signed_agreement_with", "Venezuela", A, {
    "04": "Britain and Venezuela signed the Geneva Agreement"}, time="1966-02")
R("Venezuela", "criticized", "Paris Arbitral Award of 1899", A, {
    "01": "Venezuela argues that an 1899 arbitration that drew the boundary was a fraud",
    "04": "declaring the award \"null and void\" in 1962"},
  remark="rejects the award (04 dates the rejection to 1962)")
R("Jamaica", "party_to", "PetroCaribe", A, {
    "03": "under the PetroCaribe programme"}, req=False, remark="bought oil under the programme")
R("Venezuela", "party_to", "PetroCaribe", A, {
    "03": "the PetroCaribe programme, launched in 2005 by the late Venezuelan president Hugo Chavez"},
  req=False, time="2005", alt_s=["Hugo Chávez"])
# --- territory and history
R("Venezuela", "in_conflict_with", "Guyana", A, {
    "01": "The long-running dispute flared again in December 2023",
    "04": "Latin America's oldest boundary quarrel"}, remark="territorial dispute over Essequibo")
R("Suriname", "in_conflict_with", "Guyana", A, {
    "03": "whose country has its own unresolved border quarrel with Guyana over the New River Triangle",
    "04": "Suriname still claims the New River Triangle"})
R("Venezuela", "took_control_of", "Ankoko Island", A, {
    "01": "a speck of land in the Cuyuni that Venezuela has occupied since 1966",
    "04": "Venezuelan troops seized the Guyanese half of Ankoko Island"}, time="1966",
  remark="04: October 1966, the Guyanese half")
R("Venezuela", "took_control_of", "Essequibo", NEG, {
    "04": "that Caracas has never governed"})
R("Guyana", "took_control_of", "New River Triangle", A, {
    "04": "a forested wedge that Guyanese troops took over in 1969"}, time="1969")
R("Guyana", "gained_independence_from", "United Kingdom", A, {
    "04": "three months before Guyana gained independence from Britain"}, time="1966")
R("Anguilla", "seceded_from", "Saint Kitts and Nevis", A, {
    "03": "Anguilla, which broke away from St. Kitts and Nevis in 1967"}, time="1967")
# --- economy
R("Jamaica", "imports_from", "Venezuela", A, {
    "03": "Jamaica and several smaller islands bought Venezuelan oil on easy credit terms"},
  commodity="oil", alt_p=["trades_with"])
R("Guyana", "imports_from", "Brazil", A, {
    "04": "Guyana imports most of the food and building materials sold in the Rupununi"},
  commodity="food, building materials", alt_p=["trades_with"])
R("ExxonMobil", "allied_with", "Chevron", A, {
    "01": "ExxonMobil and its partners Chevron and China's CNOOC"}, req=False, remark="business partners")
R("ExxonMobil", "allied_with", "CNOOC", A, {
    "01": "ExxonMobil and its partners Chevron and China's CNOOC"}, req=False, remark="business partners")

# ===================== Cluster B: Iceland, Greenland, North Atlantic (March 2026)
# --- offices and titles
R("Kristrún Frostadóttir", "head_of", "Iceland", A, {
    "05": "Iceland's Prime Minister Kristrún Frostadóttir",
    "06": "Icelandic Prime Minister Kristrún Frostadóttir",
    "07": "Iceland's Prime Minister Kristrun Frostadottir",
    "08": "Prime Minister Kristrún Frostadóttir has promised"}, role="prime minister")
R("Kristrún Frostadóttir", "head_of", "Social Democratic Alliance", A, {
    "06": "Frostadóttir, who leads Iceland's Social Democratic Alliance"}, alt_p=["member_of"], role="leader")
R("Jens-Frederik Nielsen", "head_of", "Greenland", A, {
    "05": "Greenland's Prime Minister Jens-Frederik Nielsen",
    "06": "her Greenlandic counterpart, Jens-Frederik Nielsen",
    "07": "Greenland's Prime Minister Jens-Frederik Nielsen did not travel",
    "08": "Greenland's Prime Minister Jens-Frederik Nielsen have said"}, role="prime minister")
R("Jens-Frederik Nielsen", "member_of", "Demokraatit", A, {
    "06": "his liberal Demokraatit party won"}, alt_p=["head_of"])
R("Þorgerður Katrín Gunnarsdóttir", "works_for", "Iceland", A, {
    "05": "Foreign Minister Þorgerður Katrín Gunnarsdóttir"}, role="foreign minister")
R("Hanna Katrín Friðriksson", "works_for", "Iceland", A, {
    "06": "Hanna Katrín Friðriksson, Iceland's minister of industries"}, role="minister of industries (fisheries)")
R("Lars Løkke Rasmussen", "works_for", "Denmark", A, {
    "05": "Danish Foreign Minister Lars Løkke Rasmussen",
    "06": "Foreign Minister Lars Løkke Rasmussen said in a statement that the kingdom",
    "07": "Danish Foreign Minister Lars Lokke Rasmussen and Greenland's foreign minister"}, role="foreign minister")
R("Vivian Motzfeldt", "works_for", "Greenland", A, {
    "06": "Greenland's foreign minister, Vivian Motzfeldt",
    "07": "Greenland's foreign minister, Vivian Motzfeldt"}, role="foreign minister")
R("JD Vance", "works_for", "United States", A, {
    "06": "U.S. Vice President JD Vance",
    "07": "Vice President JD Vance did not attend"}, alt_o=["Donald Trump"], role="vice president")
R("Donald Trump", "head_of", "United States", A, {
    "05": "U.S. President Donald Trump",
    "07": "President Donald Trump's threat of tariffs",
    "08": "President Donald Trump has said since 2019"}, role="president")
R("Mark Rutte", "head_of", "NATO", A, {
    "05": "NATO Secretary-General Mark Rutte",
    "07": "NATO Secretary-General Mark Rutte"}, role="secretary-general")
R("Mette Frederiksen", "head_of", "Denmark", A, {
    "07": "Danish Prime Minister Mette Frederiksen",
    "08": "Danish Prime Minister Mette Frederiksen"}, role="prime minister")
R("Mark Carney", "head_of", "Canada", A, {
    "07": "Canadian Prime Minister Mark Carney"}, role="prime minister")
R("Aksel V. Johannesen", "head_of", "Faroe Islands", A, {
    "05": "Faroese Prime Minister Aksel V. Johannesen",
    "06": "Faroese Prime Minister Aksel V. Johannesen",
    "08": "the Faroe Islands, whose prime minister, Aksel V. Johannesen"}, role="prime minister")
R("Baldur Jónsson", "head_of", "North Atlantic Policy Institute", A, {
    "05": "Baldur Jónsson, director of the North Atlantic Policy Institute"}, role="director")
R("Signe Albrechtsen", "works_for", "Danish Institute for Arctic Affairs", A, {
    "07": "a senior fellow at the Danish Institute for Arctic Affairs"}, role="senior fellow")
R("Einar Sigurðsson", "works_for", "University of Iceland", A, {
    "08": "Einar Sigurðsson of the University of Iceland"}, role="academic")
R("Paninnguaq Kreutzmann", "lives_in", "Nuuk", A, {
    "06": "a teacher who has lived in Nuuk all her life"})
R("Karl Olsen", "lives_in", "Sisimiut", A, {
    "06": "a fisherman from Sisimiut"}, req=False, remark="'from' = home town")
# --- seats and geography
R("North Atlantic Policy Institute", "based_in", "Reykjavík", A, {
    "05": "an independent think tank in Reykjavík"})
R("Danish Institute for Arctic Affairs", "based_in", "Aarhus", A, {
    "07": "a think tank in Aarhus"})
R("Joint Arctic Command", "based_in", "Nuuk", A, {
    "06": "which is headquartered in Nuuk"})
R("Nuuk", "capital_of", "Greenland", A, {
    "05": "Nuuk, Greenland's capital",
    "06": "Greenland's capital, Nuuk",
    "07": "in Nuuk, the island's capital",
    "08": "its own parliament and government in Nuuk, its capital"})
R("Reykjavík", "capital_of", "Iceland", A, {
    "08": "the government in Reykjavík, the capital"})
R("Tórshavn", "capital_of", "Faroe Islands", A, {
    "08": "Tórshavn, the Faroese capital"})
R("Greenland", "located_in", "Denmark", A, {
    "05": "a semi-autonomous territory within the Kingdom of Denmark",
    "06": "is part of the Kingdom of Denmark",
    "08": "is a self-governing part of the Kingdom of Denmark"})
R("Faroe Islands", "located_in", "Denmark", A, {
    "05": "another self-governing part of the Danish realm",
    "08": "the other self-governing territory of the Danish realm"})
R("Pituffik Space Base", "located_in", "Greenland", A, {
    "06": "the Pituffik Space Base in Greenland's far northwest",
    "07": "the Pituffik Space Base in northwest Greenland",
    "08": "today it runs Pituffik Space Base, formerly Thule Air Base, in the far north"})
R("Naval Air Station Keflavik", "located_in", "Iceland", A, {
    "08": "Keflavík airfield in southwest Iceland"})
R("Canada", "borders", "Greenland", A, {
    "07": "Canada, which has shared a land border with Greenland since a 2022 deal divided tiny Hans Island"},
  time="2022")
R("Iceland", "borders", "Greenland", A, {
    "05": "Greenland is our closest neighbour to the west"}, req=False,
  remark="maritime neighbours only; in a quote")
# --- memberships
R("Iceland", "member_of", "NATO", A, {
    "05": "Iceland, a founding member of NATO",
    "06": "Iceland is a NATO member",
    "08": "joined NATO as a founding member in 1949"}, time="1949")
R("Denmark", "member_of", "NATO", A, {
    "07": "Denmark, a founding member of NATO"})
R("Denmark", "member_of", "European Union", A, {
    "07": "the European Union member with the most at stake in the Arctic"})
R("Iceland", "member_of", "European Union", NEG, {
    "05": "is not a member of the European Union",
    "06": "Iceland is not a member either"})
R("Greenland", "member_of", "European Union", NEG, {
    "06": "it is not a member of the EU today",
    "08": "Neither Greenland nor the Faroe Islands, the other self-governing territory of the Danish realm, is part of the European Union today"})
R("Faroe Islands", "member_of", "European Union", NEG, {
    "08": "Neither Greenland nor the Faroe Islands, the other self-governing territory of the Danish realm, is part of the European Union today"})
R("Greenland", "member_of", "European Economic Community", A, {
    "08": "Greenland joined the European Economic Community as part of Denmark in 1973"}, time="1973",
  remark="left in 1985")
R("Denmark", "member_of", "European Economic Community", A, {
    "08": "Greenland joined the European Economic Community as part of Denmark in 1973"},
  req=False, time="1973", remark="implied")
R("Iceland", "candidate_for", "European Union", A, {
    "08": "Iceland applied to join the EU in 2009"}, time="2009")
R("Iceland", "candidate_for", "European Union", H, {
    "05": "a referendum by 2027 on whether to resume the EU accession talks",
    "08": "has promised a referendum by 2027 on whether to resume them"},
  remark="referendum on resuming accession talks")
R("Iceland", "negotiating_with", "European Union", A, {
    "05": "the EU accession talks that Iceland froze in 2013",
    "08": "froze the accession talks in 2013"}, req=False, remark="past accession talks, frozen in 2013")
# --- the Nuuk Agreement
R("Kristrún Frostadóttir", "visited", "Nuuk", PL, {
    "05": "will travel to Nuuk next week"}, time="2026-03", alt_o=["Greenland"])
R("Kristrún Frostadóttir", "visited", "Greenland", A, {
    "06": "It was the first visit to Greenland by an Icelandic head of government in nine years"},
  time="2026-03-17", alt_o=["Nuuk"])
R("Kristrún Frostadóttir", "met_with", "Jens-Frederik Nielsen", PL, {
    "05": "Frostadóttir is due to meet Greenland's Prime Minister Jens-Frederik Nielsen on Tuesday, March 17"},
  time="2026-03-17")
R("Kristrún Frostadóttir", "met_with", "Jens-Frederik Nielsen", A, {
    "06": "after two hours of talks"}, time="2026-03-17", alt_p=["negotiating_with"])
R("Iceland", "signed_agreement_with", "Greenland", PL, {
    "05": "to sign a fisheries and search-and-rescue pact with Greenland"},
  time="2026-03-17", alt_s=["Kristrún Frostadóttir"], alt_o=["Jens-Frederik Nielsen"])
R("Iceland", "signed_agreement_with", "Greenland", A, {
    "06": "Iceland and Greenland signed a pact on fisheries",
    "07": "Greenland signed a fisheries and rescue pact with Iceland in Nuuk",
    "08": "Last week's Nuuk Agreement, under which Iceland and Greenland promised"},
  time="2026-03-17", alt_s=["Kristrún Frostadóttir"], alt_o=["Jens-Frederik Nielsen"])
R("Iceland", "party_to", "Nuuk Agreement on North Atlantic Cooperation", PL, {
    "05": "the two leaders are expected to sign what both governments are calling the Nuuk Agreement on North Atlantic Cooperation"},
  time="2026-03-17", alt_s=["Kristrún Frostadóttir"])
R("Greenland", "party_to", "Nuuk Agreement on North Atlantic Cooperation", PL, {
    "05": "the two leaders are expected to sign what both governments are calling the Nuuk Agreement on North Atlantic Cooperation"},
  time="2026-03-17", alt_s=["Jens-Frederik Nielsen"])
R("Iceland", "party_to", "Nuuk Agreement on North Atlantic Cooperation", A, {
    "06": "signed the Nuuk Agreement on North Atlantic Cooperation in the Inatsisartut",
    "07": "who signed the Nuuk Agreement with Nielsen",
    "08": "Last week's Nuuk Agreement, under which Iceland and Greenland promised"},
  time="2026-03-17", alt_s=["Kristrún Frostadóttir"])
R("Greenland", "party_to", "Nuuk Agreement on North Atlantic Cooperation", A, {
    "06": "signed the Nuuk Agreement on North Atlantic Cooperation in the Inatsisartut",
    "07": "who signed the Nuuk Agreement with Nielsen",
    "08": "Last week's Nuuk Agreement, under which Iceland and Greenland promised"},
  time="2026-03-17", alt_s=["Jens-Frederik Nielsen"])
R("Denmark", "party_to", "Nuuk Agreement on North Atlantic Cooperation", NEG, {
    "06": "Denmark's government was not a signatory"})
R("Faroe Islands", "party_to", "Nuuk Agreement on North Atlantic Cooperation", H, {
    "05": "could join the arrangement later this year",
    "06": "his government may join the agreement",
    "08": "has said his government may join"}, time="2026", alt_s=["Aksel V. Johannesen"])
R("Greenland", "negotiating_with", "Iceland", A, {
    "05": "Nielsen's government has negotiated the pact directly with Iceland"},
  alt_s=["Jens-Frederik Nielsen"], remark="according to Icelandic officials")
R("Þorgerður Katrín Gunnarsdóttir", "visited", "Nuuk", PL, {
    "05": "Frostadóttir will be accompanied in Nuuk by Gunnarsdóttir"}, req=False, time="2026-03",
  alt_o=["Greenland"])
R("Iceland", "negotiating_with", "Greenland", PL, {
    "06": "the two countries would negotiate a separate deal on shared fish stocks later this year"},
  time="2026", alt_s=["Hanna Katrín Friðriksson"])
R("Iceland", "supported", "Greenland", A, {
    "05": "a show of solidarity with the Arctic island"}, req=False)
# --- trade
R("Iceland", "trades_with", "Greenland", A, {
    "05": "Trade between Iceland and Greenland remains small"})
R("Greenland", "imports_from", "Iceland", A, {
    "05": "Icelandic firms sold fishing gear, food and engineering services worth about 4.2 billion kronur to Greenland last year"},
  time="2025", commodity="fishing gear, food, engineering services")
R("Iceland", "imports_from", "Greenland", A, {
    "05": "Greenland sold Iceland mostly frozen shrimp and halibut"},
  time="2025", commodity="frozen shrimp, halibut")
R("Denmark", "trades_with", "Greenland", A, {
    "08": "Denmark remains Greenland's largest trading partner by far"})
R("Denmark", "imports_from", "Greenland", A, {
    "08": "Danish companies buy most of the island's catch of cold-water shrimp and halibut"},
  commodity="cold-water shrimp, halibut")
R("Denmark", "supported", "Greenland", A, {
    "07": "has announced several packages of new spending on ships, drones and satellite surveillance for Greenland",
    "08": "Copenhagen pays an annual block grant"}, remark="07: defence spending for Greenland; 08: block grant of about DKK 4.3 billion")
R("Nigeria", "imports_from", "Iceland", A, {
    "08": "Nigeria is one of the biggest buyers of Icelandic stockfish"},
  commodity="stockfish, dried cod heads", alt_p=["trades_with"])
# --- the United States, Denmark and Greenland
R("Donald Trump", "threatened", "Denmark", A, {
    "05": "Donald Trump threatened to impose tariffs on Denmark",
    "07": "Trump threatened to slap tariffs on Denmark"}, time="2026-01", alt_s=["United States"])
R("Donald Trump", "threatened", "Norway", A, {
    "07": "Trump threatened to slap tariffs on Denmark, Norway and six other European allies"},
  time="2026-01", alt_s=["United States"])
R("United States", "sanctioned", "Denmark", NEG, {
    "05": "the tariffs never took effect",
    "07": "The tariffs were never imposed"}, alt_s=["Donald Trump"])
R("United States", "sanctioned", "Norway", NEG, {
    "07": "The tariffs were never imposed"}, req=False, alt_s=["Donald Trump"])
R("Donald Trump", "met_with", "Mark Rutte", A, {
    "05": "after talks with NATO Secretary-General Mark Rutte in Davos",
    "07": "after talks with NATO Secretary-General Mark Rutte at the World Economic Forum in Davos"},
  time="2026-01", alt_p=["negotiating_with"])
R("Denmark", "allied_with", "United States", A, {
    "05": "Denmark and several other European allies",
    "07": "Denmark, Norway and six other European allies"})
R("Norway", "allied_with", "United States", A, {
    "07": "Denmark, Norway and six other European allies"}, req=False)
R("Denmark", "criticized", "Donald Trump", A, {
    "05": "a demand that Denmark and Greenland have both rejected"}, alt_o=["United States"])
R("Greenland", "criticized", "Donald Trump", A, {
    "05": "a demand that Denmark and Greenland have both rejected"}, alt_o=["United States"])
R("Denmark", "in_conflict_with", "United States", A, {
    "05": "the dispute between Washington and Copenhagen over the island"}, req=False)
R("Iceland", "allied_with", "United States", REP, {
    "06": "Iceland is a NATO member and a friend of the United States"})
R("Iceland", "signed_agreement_with", "United States", A, {
    "05": "a 1951 defence agreement with the United States",
    "08": "Its defence rests on a 1951 agreement with the United States"}, time="1951")
R("Denmark", "signed_agreement_with", "United States", A, {
    "06": "under a 1951 defence agreement with Denmark"}, time="1951")
R("Denmark", "negotiating_with", "United States", A, {
    "06": "Talks between Denmark, Greenland and the United States in a working group",
    "07": "Denmark and Greenland held a fresh round of talks with the United States"}, time="2026")
R("Greenland", "negotiating_with", "United States", A, {
    "06": "Talks between Denmark, Greenland and the United States in a working group",
    "07": "Denmark and Greenland held a fresh round of talks with the United States"}, time="2026")
R("Denmark", "negotiating_with", "United States", PL, {
    "06": "A new round is due in Washington this week",
    "07": "would meet again in May"}, req=False, time="2026")
R("Greenland", "negotiating_with", "United States", PL, {
    "06": "A new round is due in Washington this week",
    "07": "would meet again in May"}, req=False, time="2026")
R("Denmark", "negotiating_with", "Greenland", A, {
    "06": "Talks between Denmark, Greenland and the United States in a working group"}, req=False,
  time="2026", remark="three-way talks; Denmark and Greenland are on the same side")
R("Denmark", "negotiating_with", "United States", NEG, {
    "07": "the kingdom will not negotiate about the sovereignty of any part of it"}, req=False,
  alt_s=["Lars Løkke Rasmussen"], remark="negation limited to sovereignty")
R("Lars Løkke Rasmussen", "met_with", "Marco Rubio", A, {
    "06": "met U.S. Vice President JD Vance and Secretary of State Marco Rubio at the White House",
    "07": "met Secretary of State Marco Rubio at the State Department"},
  time="2026", remark="06: January 2026; 07: 2026-03-19")
R("Vivian Motzfeldt", "met_with", "Marco Rubio", A, {
    "06": "met U.S. Vice President JD Vance and Secretary of State Marco Rubio at the White House",
    "07": "met Secretary of State Marco Rubio at the State Department"},
  time="2026", remark="06: January 2026; 07: 2026-03-19")
R("Lars Løkke Rasmussen", "met_with", "JD Vance", A, {
    "06": "met U.S. Vice President JD Vance and Secretary of State Marco Rubio at the White House"},
  time="2026-01")
R("Vivian Motzfeldt", "met_with", "JD Vance", A, {
    "06": "met U.S. Vice President JD Vance and Secretary of State Marco Rubio at the White House"},
  time="2026-01")
R("Lars Løkke Rasmussen", "met_with", "JD Vance", NEG, {
    "07": "Vice President JD Vance did not attend Thursday's session"}, req=False, time="2026-03-19")
R("Lars Løkke Rasmussen", "visited", "United States", A, {
    "07": "speak to reporters in Washington on Thursday"}, req=False, time="2026-03-19")
R("Vivian Motzfeldt", "visited", "United States", A, {
    "07": "speak to reporters in Washington on Thursday"}, req=False, time="2026-03-19")
R("Jens-Frederik Nielsen", "visited", "United States", NEG, {
    "07": "did not travel to Washington"}, time="2026-03-19")
R("Jens-Frederik Nielsen", "met_with", "Donald Trump", NEG, {
    "07": "He has never met Trump"})
R("Donald Trump", "visited", "Greenland", NEG, {
    "07": "Trump, for his part, has never set foot in Greenland"})
R("JD Vance", "visited", "Greenland", A, {
    "07": "Vance, who visited the Pituffik Space Base in northwest Greenland in March last year"},
  time="2025-03", remark="the visit was to Pituffik Space Base")
R("JD Vance", "criticized", "Denmark", A, {
    "07": "accused Denmark at the time"}, time="2025-03", alt_s=["United States"])
R("Greenland", "gained_independence_from", "Denmark", PL, {
    "06": "He said Greenland would one day be independent"}, alt_p=["seceded_from"],
  alt_s=["Jens-Frederik Nielsen"], remark="'but not today'")
R("Greenland", "gained_independence_from", "Denmark", NEG, {
    "07": "Nielsen's government has said it is not seeking to break away from Denmark in the near term",
    "08": "Greenlandic leaders say the island will not break away from Denmark simply to become American"},
  alt_p=["seceded_from"])
R("Mark Carney", "visited", "Nuuk", H, {
    "07": "Canadian Prime Minister Mark Carney is expected to visit the city in May"},
  time="2026-05", alt_o=["Greenland"])
R("Canada", "supported", "Denmark", A, {
    "07": "Ottawa has backed Denmark's position"})
R("Canada", "allied_with", "Denmark", PL, {
    "07": "Carney and Danish Prime Minister Mette Frederiksen have pledged to deepen Arctic defence cooperation"},
  req=False, alt_s=["Mark Carney"], alt_o=["Mette Frederiksen"])
# --- history of the North Atlantic
R("Iceland", "gained_independence_from", "Denmark", A, {
    "06": "Iceland went through this with Denmark and came out free in 1944",
    "08": "Iceland, which gained independence from Denmark in 1944"}, time="1944")
R("Iceland", "in_conflict_with", "United Kingdom", A, {
    "08": "Iceland fought Britain over fishing limits"}, remark="the Cod Wars, 1958-1976")
R("Iceland", "diplomatic_relations_with", "United Kingdom", NEG, {
    "08": "Iceland broke off diplomatic relations with Britain"}, req=False, time="1976-02")
R("Iceland", "normalized_relations_with", "United Kingdom", A, {
    "08": "Relations were restored that June"}, time="1976-06")
R("Iceland", "signed_agreement_with", "United Kingdom", A, {
    "08": "after a deal was signed in Oslo"}, time="1976-06")
R("Iceland", "recognizes", "Lithuania", A, {
    "08": "the first country to recognise the restored independence of Lithuania, Latvia and Estonia"}, time="1991")
R("Iceland", "recognizes", "Latvia", A, {
    "08": "the first country to recognise the restored independence of Lithuania, Latvia and Estonia"}, time="1991")
R("Iceland", "recognizes", "Estonia", A, {
    "08": "the first country to recognise the restored independence of Lithuania, Latvia and Estonia"}, time="1991")
R("Iceland", "diplomatic_relations_with", "Russia", A, {
    "08": "although it did not sever diplomatic relations with Russia"},
  remark="double negation: relations continue although the embassy was suspended in 2023")
R("European Union", "sanctioned", "Faroe Islands", A, {
    "08": "In 2013 the EU imposed sanctions on the islands"}, time="2013", commodity=None,
  remark="ban on Faroese herring and mackerel")
R("Faroe Islands", "in_conflict_with", "European Union", A, {
    "08": "The Faroes have clashed with Brussels before"}, time="2013", remark="dispute over fishing quotas")
