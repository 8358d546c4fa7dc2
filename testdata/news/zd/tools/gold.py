"""The zd gold: entities and facts, written once here and emitted as
entities.jsonl and triples.jsonl by build.py."""

D1 = "zd01_mali_guinea_fuel_corridor.txt"
D2 = "zd02_ecowas_standby_brigade.txt"
D3 = "zd03_trans_kalahari_rail_financing.txt"
D4 = "zd04_lome_ivorian_burkinabe_border_protocol.txt"
D5 = "zd05_chad_turkey_defence_accord.txt"
D6 = "zd06_gabon_china_owendo_port.txt"
D7 = "zd07_mozambique_rwanda_troop_accord.html"
D8 = "zd08_ghana_togo_maritime_treaty.html"
DOCS = [D1, D2, D3, D4, D5, D6, D7, D8]

# stated date of each document (dateline weekday, Published line, <time>)
DATES = {D1: "2026-02-12", D2: "2025-10-09", D3: "2026-05-13", D4: "2026-01-21",
         D5: "2025-11-18", D6: "2026-03-24", D7: "2025-12-03", D8: "2026-04-22"}

E = []
def ent(name, typ, *aliases):
    E.append({"name": name, "type": typ, "aliases": list(aliases)})

# ---- countries
ent("Mali", "Country", "Bamako", "Malian", "Republic of Mali", "Malian authorities", "Malian government")
ent("Guinea", "Country", "Guinean", "Republic of Guinea", "Guinea-Conakry")
ent("Senegal", "Country", "Dakar", "Senegalese")
ent("Cote d'Ivoire", "Country", "Côte d'Ivoire", "Ivory Coast", "Ivorian", "Abidjan", "Ivorian government")
ent("Burkina Faso", "Country", "Burkina", "Ouagadougou", "Burkinabe", "Burkinabè", "Burkinabe authorities")
ent("Niger", "Country", "Niamey", "Nigerien", "Republic of Niger")
ent("Nigeria", "Country", "Abuja", "Nigerian", "Federal Republic of Nigeria")
ent("Ghana", "Country", "Accra", "Ghanaian", "Republic of Ghana")
ent("Sierra Leone", "Country", "Freetown", "Sierra Leonean")
ent("Benin", "Country", "Beninese", "Porto-Novo", "Cotonou")
ent("Togo", "Country", "Togolese", "Togolese Republic")
ent("Botswana", "Country", "Gaborone", "Republic of Botswana")
ent("Namibia", "Country", "Windhoek", "Namibian")
ent("Zambia", "Country", "Lusaka", "Zambian")
ent("South Africa", "Country", "Pretoria", "South African")
ent("China", "Country", "Beijing", "Chinese", "People's Republic of China", "PRC")
ent("Chad", "Country", "N'Djamena", "Ndjamena", "Chadian")
ent("Turkey", "Country", "Ankara", "Türkiye", "Turkiye", "Turkish", "Turks")
ent("Sudan", "Country", "Sudanese", "Sudanese government", "Sudanese army-led government", "Port Sudan")
ent("United Arab Emirates", "Country", "UAE", "U.A.E.", "Emirates", "Emirati", "Abu Dhabi")
ent("Hungary", "Country", "Hungarian", "Budapest")
ent("Gabon", "Country", "Gabonese", "Gabonese Republic")
ent("Russia", "Country", "Moscow", "Russian", "Russian Federation")
ent("France", "Country", "Paris", "French")
ent("United States", "Country", "US", "U.S.", "USA", "United States of America", "Washington", "Americans", "American")
ent("Mozambique", "Country", "Maputo", "Mozambican", "Mozambican government")
ent("Rwanda", "Country", "Kigali", "Rwandan", "Rwandan government")
ent("Democratic Republic of Congo", "Country", "DRC", "DR Congo", "Democratic Republic of the Congo", "Congo", "Kinshasa", "Congolese")

# ---- organizations
ent("ECOWAS", "Organization", "Economic Community of West African States", "Ecowas", "bloc", "regional bloc",
    "ECOWAS Authority", "ECOWAS Authority of Heads of State and Government")
ent("ECOWAS Commission", "Organization", "Ecowas Commission", "Commission of ECOWAS")
ent("ECOWAS Standby Force", "Organization", "standby force", "brigade", "counterterrorism brigade", "ECOWAS brigade")
ent("Alliance of Sahel States", "Organization", "AES", "confederation", "Sahel confederation", "Confederation of Sahel States")
ent("Jama'at Nusrat al-Islam wal-Muslimin", "Organization", "JNIM", "Jama'at Nusrat al-Islam wal Muslimin",
    "Jamaat Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims")
ent("al-Qaeda", "Organization", "al Qaeda", "al-Qaida", "Al Qaeda")
ent("Africa Corps", "Organization", "Russia's Africa Corps", "Russian Africa Corps")
ent("Wagner Group", "Organization", "Wagner")
ent("Centre for Sahel Strategic Studies", "Organization", "Center for Sahel Strategic Studies")
ent("West Africa Security Forum", "Organization")
ent("European Union", "Organization", "EU", "Brussels")
ent("African Development Bank", "Organization", "AfDB", "bank", "African Development Bank Group")
ent("Africa Finance Corporation", "Organization", "AFC")
ent("Transnet", "Organization", "Transnet SOC")
ent("Kalahari Policy Institute", "Organization")
ent("Institut Sahélien de Prospective", "Organization", "Institut Sahelien de Prospective")
ent("Lake Chad Security Observatory", "Organization")
ent("Rapid Support Forces", "Organization", "RSF")
ent("African Union", "Organization", "AU", "pan-African body")
ent("Economic Community of Central African States", "Organization", "ECCAS", "CEEAC")
ent("Export-Import Bank of China", "Organization", "China Exim Bank", "Exim Bank of China", "China Eximbank")
ent("China Harbour Engineering Company", "Organization", "China Harbour", "CHEC")
ent("Omar Bongo University", "Organization", "Université Omar Bongo", "Universite Omar Bongo")
ent("Rwanda Defence Force", "Organization", "RDF", "Rwandan Defence Force", "Rwanda Defense Force")
ent("Islamic State Mozambique Province", "Organization", "ISM", "Islamic State's Mozambique Province",
    "al-Shabab", "IS Mozambique", "ISIS-Mozambique")
ent("Southern African Development Community", "Organization", "SADC")
ent("TotalEnergies", "Organization", "Total")
ent("Centre for Defence and Security Studies", "Organization", "Center for Defense and Security Studies")
ent("M23", "Organization", "M23 rebels", "March 23 Movement", "AFC/M23")
ent("International Tribunal for the Law of the Sea", "Organization", "ITLOS")
ent("Gulf of Guinea Maritime Institute", "Organization")

# ---- people
ent("Abdoulaye Diop", "Person", "Diop")
ent("Morissanda Kouyate", "Person", "Kouyate", "Morissanda Kouyaté", "Kouyaté")
ent("Amadou Oury Bah", "Person", "Bah", "Oury Bah")
ent("Assimi Goita", "Person", "Goita", "Assimi Goïta", "Goïta", "General Assimi Goita")
ent("Mamadi Doumbouya", "Person", "Doumbouya")
ent("Fatoumata Sangare", "Person", "Sangare", "Fatoumata Sangaré")
ent("Omar Alieu Touray", "Person", "Touray")
ent("Ebuka Nwosu", "Person", "Nwosu", "Major General Ebuka Nwosu")
ent("Julius Maada Bio", "Person", "Bio", "Maada Bio")
ent("Bola Tinubu", "Person", "Tinubu", "Bola Ahmed Tinubu")
ent("Kwame Asante-Darko", "Person", "Asante-Darko")
ent("Duma Boko", "Person", "Boko")
ent("Netumbo Nandi-Ndaitwah", "Person", "Nandi-Ndaitwah")
ent("Sidi Ould Tah", "Person", "Ould Tah")
ent("Hakainde Hichilema", "Person", "Hichilema")
ent("Mulambo Haimbe", "Person", "Haimbe")
ent("Thato Mokgosi", "Person", "Mokgosi")
ent("Léon Kacou Adom", "Person", "Leon Kacou Adom", "Kacou Adom", "Adom", "Kacou Houadja Léon Adom")
ent("Karamoko Jean-Marie Traoré", "Person", "Karamoko Jean-Marie Traore", "Jean-Marie Traoré", "Jean-Marie Traore")
ent("Faure Gnassingbé", "Person", "Gnassingbé", "Gnassingbe", "Faure Gnassingbe")
ent("Ibrahim Traoré", "Person", "Traoré", "Traore", "Ibrahim Traore", "Captain Ibrahim Traoré")
ent("Alassane Ouattara", "Person", "Ouattara")
ent("Jean-Baptiste Kaboré", "Person", "Kaboré", "Kabore", "Jean-Baptiste Kabore")
ent("Kaja Kallas", "Person", "Kallas")
ent("Samuel Okudzeto Ablakwa", "Person", "Ablakwa", "Okudzeto Ablakwa")
ent("Robert Dussey", "Person", "Dussey")
ent("John Dramani Mahama", "Person", "John Mahama", "Mahama")
ent("Yaşar Güler", "Person", "Güler", "Guler", "Yasar Guler")
ent("Abakar Hissein Brahim", "Person", "Hissein Brahim", "General Abakar Hissein Brahim")
ent("Mahamat Idriss Déby", "Person", "Déby", "Deby", "Mahamat Idriss Deby", "Mahamat Déby")
ent("Recep Tayyip Erdoğan", "Person", "Erdoğan", "Erdogan", "Recep Tayyip Erdogan")
ent("Mahamat Zene Adoum", "Person", "Zene Adoum", "Adoum")
ent("Abdourahamane Tiani", "Person", "Tiani", "General Abdourahamane Tiani")
ent("Brice Clotaire Oligui Nguema", "Person", "Oligui Nguema", "Oligui", "Brice Oligui Nguema")
ent("Xi Jinping", "Person", "Xi")
ent("Arnaud Mintsa Obiang", "Person", "Mintsa Obiang")
ent("Wang Yi", "Person", "Wang")
ent("Ali Bongo Ondimba", "Person", "Ali Bongo", "Bongo")
ent("Serge Ndong-Essono", "Person", "Ndong-Essono")
ent("Maria Manuela Lucas", "Person", "Lucas", "Maria Manuela dos Santos Lucas")
ent("Juvenal Marizamunda", "Person", "Marizamunda")
ent("Daniel Chapo", "Person", "Chapo")
ent("Paul Kagame", "Person", "Kagame")
ent("Dércio Matsinhe", "Person", "Matsinhe", "Dercio Matsinhe")
ent("Esi Boateng", "Person", "Boateng")

# ---- places, facilities, agreements
ent("Conakry", "City", "Guinean capital")
ent("Lomé", "City", "Lome", "Togolese capital")
ent("Libreville", "City", "Gabonese capital")
ent("Kaduna", "City")
ent("Walvis Bay", "City", "port of Walvis Bay", "Namibian port of Walvis Bay")
ent("Shanghai", "City")
ent("Mocímboa da Praia", "City", "Mocimboa da Praia")
ent("Palma", "City")
ent("Hamburg", "City")
ent("Cabo Delgado", "Region", "Cabo Delgado province", "Cape Delgado")
ent("Trans-Kalahari Railway", "Facility", "Trans-Kalahari railway", "Trans Kalahari Railway", "TKR")
ent("Port-Bouët base", "Facility", "Port-Bouet base", "Port-Bouët", "Port-Bouet")
ent("Adji Kosseï air base", "Facility", "Adji Kossei air base", "Adji Kosseï base", "Adji Kossei base", "Adji Kosseï", "Adji Kossei")
ent("Camp de Gaulle", "Facility", "Camp de Gaulle base")
ent("Owendo port", "Facility", "Owendo", "port of Owendo")
ent("Conakry-Bamako Energy Corridor Agreement", "Agreement", "Conakry-Bamako energy corridor agreement")
ent("Trans-Kalahari Railway Financing Agreement", "Agreement")
ent("Lomé Border Protocol", "Agreement", "Lome Border Protocol")
ent("Chad-Turkey Defence Cooperation Framework Agreement", "Agreement", "Chad-Turkey Defense Cooperation Framework Agreement")
ent("Owendo Port Expansion Agreement", "Agreement")
ent("Mozambique-Rwanda Status of Forces Agreement", "Agreement", "status-of-forces agreement", "Mozambique-Rwanda SOFA")
ent("Ghana-Togo Maritime Boundary Treaty", "Agreement", "maritime boundary treaty")

# title forms as the texts print them before a name
TITLED = {
    "Mamadi Doumbouya": ["President Mamadi Doumbouya", "Guinean President Mamadi Doumbouya"],
    "Amadou Oury Bah": ["Prime Minister Amadou Oury Bah", "Guinean Prime Minister Amadou Oury Bah"],
    "Abdoulaye Diop": ["Malian Foreign Minister Abdoulaye Diop"],
    "Omar Alieu Touray": ["ECOWAS Commission President Omar Alieu Touray"],
    "Julius Maada Bio": ["President Julius Maada Bio"],
    "Bola Tinubu": ["President Bola Tinubu", "Nigerian President Bola Tinubu"],
    "Duma Boko": ["President Duma Boko"],
    "Netumbo Nandi-Ndaitwah": ["President Netumbo Nandi-Ndaitwah", "Namibian President Netumbo Nandi-Ndaitwah"],
    "Sidi Ould Tah": ["AfDB President Sidi Ould Tah"],
    "Hakainde Hichilema": ["President Hakainde Hichilema", "Zambian President Hakainde Hichilema"],
    "Léon Kacou Adom": ["Ivorian Foreign Minister Léon Kacou Adom"],
    "Alassane Ouattara": ["President Alassane Ouattara"],
    "Kaja Kallas": ["EU foreign policy chief Kaja Kallas"],
    "Robert Dussey": ["Togolese Foreign Minister Robert Dussey"],
    "Yaşar Güler": ["Turkish Defence Minister Yaşar Güler"],
    "Mahamat Idriss Déby": ["President Mahamat Idriss Déby"],
    "Recep Tayyip Erdoğan": ["President Recep Tayyip Erdoğan"],
    "Brice Clotaire Oligui Nguema": ["President Brice Clotaire Oligui Nguema"],
    "Xi Jinping": ["President Xi Jinping", "Chinese President Xi Jinping"],
    "Wang Yi": ["Chinese Foreign Minister Wang Yi"],
    "Ali Bongo Ondimba": ["President Ali Bongo Ondimba"],
    "Daniel Chapo": ["President Daniel Chapo"],
    "Paul Kagame": ["President Paul Kagame", "Rwandan President Paul Kagame"],
    "Maria Manuela Lucas": ["Foreign Minister Maria Manuela Lucas"],
    "Juvenal Marizamunda": ["Defence Minister Juvenal Marizamunda"],
    "John Dramani Mahama": ["President John Dramani Mahama"],
}
for _e in E:
    _e["aliases"] += [a for a in TITLED.get(_e["name"], []) if a not in _e["aliases"]]

T = []
def t(s, p, o, docs, mod="asserted", time=None, req=True, alt_s=None, alt_p=None, alt_o=None, note=None, role=None):
    row = {"s": s, "p": p, "o": o, "docs": list(docs), "modality": mod}
    if time:
        row["time"] = time
    row["required"] = req
    if alt_s: row["alt_s"] = alt_s
    if alt_p: row["alt_p"] = alt_p
    if alt_o: row["alt_o"] = alt_o
    if role: row["role"] = role
    if note: row["note"] = note
    T.append(row)

NOT_REQ_FORMER = "former leader"

# ================= shared across documents
t("Mali", "member_of", "Alliance of Sahel States", [D1, D2])
t("Burkina Faso", "member_of", "Alliance of Sahel States", [D1, D2])
t("Niger", "member_of", "Alliance of Sahel States", [D1, D2])
for c in ["Mali", "Burkina Faso", "Niger"]:
    t(c, "member_of", "ECOWAS", [D1, D2, D4], "negated", "2025-01", req=False,
      note="'quit/left ECOWAS in January 2025': not a member any more; an inference from the leaving event")
t("Omar Alieu Touray", "head_of", "ECOWAS Commission", [D2, D8], alt_p=["works_for"], alt_o=["ECOWAS"],
  role="president", note="'ECOWAS Commission President Omar Alieu Touray'")
t("Faure Gnassingbé", "head_of", "Togo", [D4, D8], role="President of the Council of Ministers",
  note="'Togo's President of the Council of Ministers, Faure Gnassingbé'")
t("Robert Dussey", "works_for", "Togo", [D4, D8], alt_o=["Faure Gnassingbé"], role="foreign minister")
t("Samuel Okudzeto Ablakwa", "works_for", "Ghana", [D4, D8], alt_o=["John Dramani Mahama"], role="foreign minister")
t("Ghana", "borders", "Burkina Faso", [D4, D8], note="D4 'shares borders with both countries'; D8 'sharing a long border with Burkina Faso'")
t("Ghana", "borders", "Cote d'Ivoire", [D4, D8], note="D4 'shares borders with both countries'; D8 'its western neighbour'")
t("Togo", "member_of", "ECOWAS", [D4, D8])
t("Cote d'Ivoire", "member_of", "ECOWAS", [D2, D4], note="D2 'four member states'; D4 'ECOWAS, which Togo and Cote d'Ivoire still belong to'")

# ================= D1 Mali-Guinea fuel corridor (Thursday 2026-02-12)
t("Mali", "signed_agreement_with", "Guinea", [D1], time="2026-02-12")
t("Mali", "party_to", "Conakry-Bamako Energy Corridor Agreement", [D1], time="2026-02-12")
t("Guinea", "party_to", "Conakry-Bamako Energy Corridor Agreement", [D1], time="2026-02-12")
t("Mali", "borders", "Guinea", [D1], note="'its southwestern neighbour Guinea'")
t("Conakry", "capital_of", "Guinea", [D1], note="'Conakry, the Guinean capital'")
t("Conakry", "located_in", "Guinea", [D1], req=False, note="entailed by capital_of")
t("Abdoulaye Diop", "works_for", "Mali", [D1], alt_o=["Assimi Goita"], role="foreign minister")
t("Morissanda Kouyate", "works_for", "Guinea", [D1], alt_o=["Mamadi Doumbouya"], role="foreign minister")
t("Amadou Oury Bah", "head_of", "Guinea", [D1], alt_p=["works_for"], role="prime minister",
  note="'Guinean Prime Minister Amadou Oury Bah'; head of government under the president")
t("Abdoulaye Diop", "visited", "Conakry", [D1], time="2026-02-12", req=False, alt_o=["Guinea"],
  note="inferred: signed the deal in Conakry")
t("Abdoulaye Diop", "met_with", "Morissanda Kouyate", [D1], time="2026-02-12", req=False, note="inferred from the signing")
t("Assimi Goita", "head_of", "Mali", [D1], role="transitional president")
t("Mamadi Doumbouya", "head_of", "Guinea", [D1], role="president")
t("Assimi Goita", "contacted", "Mamadi Doumbouya", [D1], "reported", "2026-02-11", alt_s=["Mali"], alt_o=["Guinea"],
  note="'spoke by telephone ... on Wednesday ..., according to a statement'")
t("Mamadi Doumbouya", "visited", "Mali", [D1], "hedged", "2026-03", note="'is expected to visit Bamako in March'")
t("Jama'at Nusrat al-Islam wal-Muslimin", "blockaded", "Mali", [D1], time="2025-09",
  note="'has blockaded fuel deliveries to Mali since September 2025'")
t("Jama'at Nusrat al-Islam wal-Muslimin", "member_of", "al-Qaeda", [D1], req=False, alt_p=["allied_with"],
  note="'al Qaeda-linked': a link, not stated membership")
t("Jama'at Nusrat al-Islam wal-Muslimin", "attacked", "Mali", [D1], req=False, note="'setting fire to hundreds of tankers'")
t("Jama'at Nusrat al-Islam wal-Muslimin", "in_conflict_with", "Mali", [D1], req=False, note="inferred from the blockade")
t("Africa Corps", "supported", "Mali", [D1], "planned", alt_s=["Russia"],
  note="'sources said Russia's Africa Corps ... would help escort the convoys'")
t("Africa Corps", "based_in", "Mali", [D1], time="2025", note="'deployed in Mali since it took over from the Wagner Group last year'")
t("Wagner Group", "based_in", "Mali", [D1], req=False, note="implied by 'took over from the Wagner Group'; past")
t("Russia", "supported", "Guinea", [D1], "negated",
  note="'Guinean officials denied that Guinea had received any military assistance from Moscow'")
t("Guinea", "candidate_for", "Alliance of Sahel States", [D1], "negated", note="'rejected speculation that Guinea was preparing to join'")
t("Fatoumata Sangare", "works_for", "Centre for Sahel Strategic Studies", [D1], role="security researcher")
t("Centre for Sahel Strategic Studies", "based_in", "Mali", [D1], note="'Bamako-based'")
t("Senegal", "allied_with", "Mali", [D1], req=False, note="'has kept cordial relations with the Malian authorities'")
t("Guinea", "negotiating_with", "United Arab Emirates", [D1], "reported", note="'Kouyate said ... Guinea was also in talks with the UAE'")
t("Mali", "met_with", "Guinea", [D1], "planned", "2026-04", req=False, note="joint commission's first session in Bamako in April")
t("Guinea", "supported", "Mali", [D1], "planned", req=False, note="'Guinea will reserve storage tanks ... for Malian importers'")

# ================= D2 ECOWAS standby brigade (Thursday 2025-10-09)
t("ECOWAS Standby Force", "member_of", "ECOWAS", [D2], req=False, note="implied by the name")
t("ECOWAS Commission", "member_of", "ECOWAS", [D2, D8], req=False, note="implied by the name")
t("Nigeria", "member_of", "ECOWAS", [D2], note="'four member states'; 'Nigeria, the bloc's largest military power'")
t("Senegal", "member_of", "ECOWAS", [D2], note="'four member states, Nigeria, Ghana, Senegal and Cote d'Ivoire'")
t("Nigeria", "supported", "ECOWAS Standby Force", [D2], "planned", alt_o=["ECOWAS"],
  note="'offered to host the brigade's logistics base ... and to provide two battalions'")
t("Ghana", "supported", "ECOWAS Standby Force", [D2], "planned", alt_o=["ECOWAS"], note="'pledged a battalion'")
t("Senegal", "supported", "ECOWAS Standby Force", [D2], "planned", alt_o=["ECOWAS"], note="'will send special forces'")
t("Cote d'Ivoire", "supported", "ECOWAS Standby Force", [D2], "planned", req=False, alt_o=["ECOWAS"],
  note="one of the four member states the troops are 'drawn mainly from'")
t("ECOWAS Standby Force", "based_in", "Kaduna", [D2], "planned", req=False, alt_o=["Nigeria"], note="only offered by Nigeria")
t("Kaduna", "located_in", "Nigeria", [D2], req=False, note="implied by Nigeria's offer")
t("Ebuka Nwosu", "works_for", "Nigeria", [D2], alt_o=["ECOWAS", "Bola Tinubu"], role="Nigerian officer, heads the planning cell")
t("Julius Maada Bio", "head_of", "Sierra Leone", [D2], role="president")
t("Julius Maada Bio", "head_of", "ECOWAS", [D2], alt_p=["works_for"], role="chairman of the ECOWAS Authority",
  note="'the current chairman of the ECOWAS Authority of Heads of State and Government'")
t("Sierra Leone", "member_of", "ECOWAS", [D2], req=False, note="implied by Bio's chairmanship")
t("European Union", "supported", "ECOWAS Standby Force", [D2], "hedged", alt_o=["ECOWAS"],
  note="'is expected to contribute ... two diplomats said'")
t("Russia", "supported", "Alliance of Sahel States", [D2], note="'which relies on Russian military help'")
t("Mali", "criticized", "ECOWAS Standby Force", [D2], time="2025-10-09", alt_o=["ECOWAS"], note="'Bamako dismissed the brigade'")
t("Alliance of Sahel States", "criticized", "ECOWAS", [D2], time="2025-10-09", note="'accused ECOWAS of serving French interests'")
t("Alliance of Sahel States", "negotiating_with", "ECOWAS", [D2], "negated", note="'said it would not negotiate with the bloc'")
t("Omar Alieu Touray", "criticized", "Alliance of Sahel States", [D2], time="2025-10-09", alt_s=["ECOWAS", "ECOWAS Commission"],
  note="'Touray rejected the accusation'")
t("ECOWAS", "negotiating_with", "Alliance of Sahel States", [D2], "hedged", alt_s=["Omar Alieu Touray", "ECOWAS Commission"],
  note="'ECOWAS remained ready to hold talks with the AES'")
t("Jama'at Nusrat al-Islam wal-Muslimin", "attacked", "Benin", [D2], time="2025-04",
  note="'deadly attacks'; 'In April, JNIM fighters killed 54 Beninese soldiers'")
t("ECOWAS Standby Force", "based_in", "Benin", [D2], "hedged", note="'is expected to be the first country to host units of the brigade'")
t("ECOWAS Standby Force", "based_in", "Togo", [D2], "hedged", note="'together with Togo'")
t("Benin", "borders", "Niger", [D2], note="'near Benin's borders with Niger and Burkina Faso'")
t("Benin", "borders", "Burkina Faso", [D2])
t("Benin", "member_of", "ECOWAS", [D2], req=False, note="implied")
t("Kwame Asante-Darko", "works_for", "West Africa Security Forum", [D2], role="researcher")
t("West Africa Security Forum", "based_in", "Ghana", [D2], note="'Accra-based'")
t("Bola Tinubu", "head_of", "Nigeria", [D2], role="president")
t("Bola Tinubu", "head_of", "ECOWAS", [D2], req=False, alt_p=["works_for"], note="former chairman of the Authority (until June)")
t("Bola Tinubu", "supported", "ECOWAS Standby Force", [D2], time="2023", alt_s=["Nigeria"], note="'has pushed for the force since 2023'")

# ================= D3 Trans-Kalahari Railway (Wednesday 2026-05-13)
t("Botswana", "signed_agreement_with", "Namibia", [D3], time="2026-05-13")
t("Botswana", "signed_agreement_with", "African Development Bank", [D3], time="2026-05-13")
t("Namibia", "signed_agreement_with", "African Development Bank", [D3], time="2026-05-13")
for x in ["Botswana", "Namibia", "African Development Bank"]:
    t(x, "party_to", "Trans-Kalahari Railway Financing Agreement", [D3], time="2026-05-13")
t("Duma Boko", "head_of", "Botswana", [D3], role="president")
t("Netumbo Nandi-Ndaitwah", "head_of", "Namibia", [D3], role="president")
t("Sidi Ould Tah", "head_of", "African Development Bank", [D3], alt_p=["works_for"], role="president")
t("Netumbo Nandi-Ndaitwah", "visited", "Botswana", [D3], time="2026-05-12", note="'flew in from Windhoek on Tuesday'; signed in Gaborone")
t("Sidi Ould Tah", "visited", "Botswana", [D3], time="2026-05-13", req=False, note="inferred: signed in Gaborone")
t("Duma Boko", "met_with", "Netumbo Nandi-Ndaitwah", [D3], time="2026-05-13", req=False, note="inferred from the joint signing")
t("Duma Boko", "met_with", "Sidi Ould Tah", [D3], time="2026-05-13", req=False, note="inferred from the joint signing")
t("Netumbo Nandi-Ndaitwah", "met_with", "Sidi Ould Tah", [D3], time="2026-05-13", req=False, note="inferred from the joint signing")
t("Botswana", "borders", "Namibia", [D3], note="'the two neighbours'")
t("African Development Bank", "supported", "Trans-Kalahari Railway", [D3], "planned", alt_o=["Botswana", "Namibia"],
  note="'The bank will lend $600 million'")
t("Africa Finance Corporation", "supported", "Trans-Kalahari Railway", [D3], "planned",
  note="co-financier, 'the leaders said'")
t("African Development Bank", "supported", "Zambia", [D3], "planned", req=False, note="feasibility study on extending the line")
t("Trans-Kalahari Railway", "located_in", "Botswana", [D3], req=False, note="implied")
t("Trans-Kalahari Railway", "located_in", "Namibia", [D3], req=False, note="implied")
t("Hakainde Hichilema", "head_of", "Zambia", [D3], role="president")
t("Mulambo Haimbe", "works_for", "Zambia", [D3], alt_o=["Hakainde Hichilema"], role="foreign minister")
t("Hakainde Hichilema", "visited", "Botswana", [D3], "negated", req=False, note="'did not attend'")
t("Mulambo Haimbe", "visited", "Botswana", [D3], time="2026-05-13", req=False, note="inferred: sent to the ceremony")
t("Zambia", "supported", "Trans-Kalahari Railway", [D3], "reported", alt_s=["Mulambo Haimbe"],
  note="'who said Lusaka \"fully supports\" the railway'")
t("South Africa", "criticized", "Trans-Kalahari Railway", [D3], "negated", note="'Pretoria has not criticised the project'")
t("Transnet", "based_in", "South Africa", [D3], note="'South Africa's state logistics group Transnet'")
t("Botswana", "contacted", "South Africa", [D3], "reported", "2026-04", note="'had briefed their South African counterparts last month'")
t("Botswana", "negotiating_with", "China", [D3], "negated", note="'had not negotiated with Beijing on the railway since last year'")
t("China", "negotiating_with", "Botswana", [D3], time="2023", req=False,
  note="a Chinese state contractor held talks with Botswana in 2023 (company, not the state)")
t("Walvis Bay", "located_in", "Namibia", [D3], note="'the Namibian port of Walvis Bay'")
t("Thato Mokgosi", "works_for", "Kalahari Policy Institute", [D3], role="economist")
t("Kalahari Policy Institute", "based_in", "Botswana", [D3], note="'Gaborone-based'")
t("Duma Boko", "visited", "Namibia", [D3], "hedged", "2026-07", note="'is expected to visit Namibia in July'")

# ================= D4 Lomé border protocol (Tuesday 2026-01-20, published 2026-01-21)
t("Cote d'Ivoire", "signed_agreement_with", "Burkina Faso", [D4], time="2026-01-20")
t("Cote d'Ivoire", "party_to", "Lomé Border Protocol", [D4], time="2026-01-20")
t("Burkina Faso", "party_to", "Lomé Border Protocol", [D4], time="2026-01-20")
t("Lomé", "capital_of", "Togo", [D4], note="'Lomé, the Togolese capital'")
t("Lomé", "located_in", "Togo", [D4], req=False, note="entailed by capital_of")
t("Léon Kacou Adom", "works_for", "Cote d'Ivoire", [D4], alt_o=["Alassane Ouattara"], role="foreign minister")
t("Karamoko Jean-Marie Traoré", "works_for", "Burkina Faso", [D4], alt_o=["Ibrahim Traoré"], role="foreign minister")
t("Togo", "brokered", "Lomé Border Protocol", [D4], alt_s=["Faure Gnassingbé"], note="'who mediated months of discreet talks'")
t("Cote d'Ivoire", "negotiating_with", "Burkina Faso", [D4], note="'months of discreet talks between the two governments'")
t("Cote d'Ivoire", "borders", "Burkina Faso", [D4], note="'their 580-km border'")
t("Burkina Faso", "criticized", "Cote d'Ivoire", [D4], note="'Ouagadougou has repeatedly accused Abidjan'")
t("Cote d'Ivoire", "criticized", "Burkina Faso", [D4], req=False, note="'charges the Ivorian government has always rejected'")
t("Ibrahim Traoré", "head_of", "Burkina Faso", [D4], role="junta leader")
t("Burkina Faso", "candidate_for", "ECOWAS", [D4], "negated",
  note="'does not mean that Burkina Faso is returning to ECOWAS'")
t("Alassane Ouattara", "head_of", "Cote d'Ivoire", [D4], role="president")
t("Alassane Ouattara", "met_with", "Ibrahim Traoré", [D4], "hedged", "2026", note="'is expected to meet Traoré ... later this year'")
t("Jean-Baptiste Kaboré", "works_for", "Institut Sahélien de Prospective", [D4], role="analyst")
t("Institut Sahélien de Prospective", "based_in", "Burkina Faso", [D4], note="'Ouagadougou-based'")
t("Cote d'Ivoire", "allied_with", "France", [D4], "reported", req=False, note="the captain's view, quoted by an analyst")
t("Cote d'Ivoire", "took_control_of", "Port-Bouët base", [D4], time="2025-02",
  note="'France handed over its last military base ... to the Ivorian army in February 2025'")
t("Port-Bouët base", "located_in", "Cote d'Ivoire", [D4], note="'its last military base in the country, at Port-Bouët near Abidjan'")
t("European Union", "supported", "Lomé Border Protocol", [D4], "planned", alt_s=["Kaja Kallas"],
  note="'Kallas said Brussels would support its implementation'")
t("Kaja Kallas", "works_for", "European Union", [D4], alt_p=["head_of"], role="foreign policy chief")
t("Africa Corps", "supported", "Burkina Faso", [D4], alt_s=["Russia"], note="'Russia, whose Africa Corps trains Burkinabe special forces'")
t("Samuel Okudzeto Ablakwa", "visited", "Burkina Faso", [D4], time="2026-01", note="'visited Ouagadougou last week'")
t("Ghana", "negotiating_with", "Burkina Faso", [D4], time="2026-01", alt_s=["Samuel Okudzeto Ablakwa"],
  note="'for talks on border security with the Burkinabe authorities'")
t("Cote d'Ivoire", "met_with", "Burkina Faso", [D4], "planned", "2026-04", note="'would meet again in Abidjan in April'")
t("Léon Kacou Adom", "visited", "Lomé", [D4], time="2026-01-20", req=False, alt_o=["Togo"], note="inferred from the signing in Lomé")
t("Karamoko Jean-Marie Traoré", "visited", "Lomé", [D4], time="2026-01-20", req=False, alt_o=["Togo"], note="inferred")
t("Léon Kacou Adom", "met_with", "Karamoko Jean-Marie Traoré", [D4], time="2026-01-20", req=False, note="inferred")
t("Burkina Faso", "trades_with", "Togo", [D4], req=False, note="'Lomé's port has become a vital outlet for Burkinabe trade'")

# ================= D5 Chad-Turkey (Monday 2025-11-17, published 2025-11-18)
t("Chad", "signed_agreement_with", "Turkey", [D5], time="2025-11-17")
t("Chad", "party_to", "Chad-Turkey Defence Cooperation Framework Agreement", [D5], time="2025-11-17")
t("Turkey", "party_to", "Chad-Turkey Defence Cooperation Framework Agreement", [D5], time="2025-11-17")
t("Yaşar Güler", "works_for", "Turkey", [D5], alt_o=["Recep Tayyip Erdoğan"], role="defence minister")
t("Yaşar Güler", "visited", "Chad", [D5], time="2025-11-17", note="'on his first visit to Chad, signed the accord in N'Djamena'")
t("Abakar Hissein Brahim", "works_for", "Chad", [D5], alt_o=["Mahamat Idriss Déby"], role="army chief of staff")
t("Yaşar Güler", "met_with", "Mahamat Idriss Déby", [D5], time="2025-11-17", note="'after talks with President Mahamat Idriss Déby'")
t("Mahamat Idriss Déby", "head_of", "Chad", [D5], role="president")
t("Recep Tayyip Erdoğan", "head_of", "Turkey", [D5], role="president")
t("Recep Tayyip Erdoğan", "contacted", "Mahamat Idriss Déby", [D5], time="2025-11-17", note="letter handed over by Güler")
t("Mahamat Idriss Déby", "visited", "Turkey", [D5], "planned", req=False, note="only invited to Ankara")
t("Turkey", "supported", "Chad", [D5], "planned", note="'Turkey will deliver ... drones ... and train Chadian pilots', per a statement")
t("Chad", "imports_from", "Turkey", [D5], "planned", req=False, role="drones", note="commodity: drones")
t("Adji Kosseï air base", "located_in", "Chad", [D5], note="'the Adji Kosseï air base in N'Djamena'")
t("Chad", "took_control_of", "Adji Kosseï air base", [D5], time="2025-01-30",
  note="'the Chadian army took over the Adji Kosseï base when the last French troops left on January 30'")
for c in ["Mali", "Burkina Faso", "Niger"]:
    t(c, "imports_from", "Turkey", [D5], role="drones", alt_p=["trades_with"], note="'has sold drones to Mali, Burkina Faso and Niger'")
t("Chad", "allied_with", "United Arab Emirates", [D5], note="'deepened ties with the United Arab Emirates'")
t("United Arab Emirates", "supported", "Chad", [D5], time="2023", note="'pledged a $1.5 billion loan to N'Djamena in 2023'")
t("Chad", "allied_with", "Hungary", [D5], note="'and with Hungary'")
t("Hungary", "supported", "Chad", [D5], "planned", note="'plans to send a small contingent of soldiers'")
t("Chad", "borders", "Sudan", [D5], note="'neighbouring Sudan'")
t("Sudan", "criticized", "Chad", [D5], note="'has accused N'Djamena'")
t("Chad", "supported", "Rapid Support Forces", [D5], "negated", note="'Chad denies supplying the RSF'")
t("United Arab Emirates", "supported", "Rapid Support Forces", [D5], "reported", req=False,
  note="part of Sudan's accusation: weapons from the Emirates")
t("Sudan", "in_conflict_with", "Rapid Support Forces", [D5], req=False, note="'the war in neighbouring Sudan'; army-led government vs paramilitary RSF")
t("Mahamat Zene Adoum", "works_for", "Lake Chad Security Observatory", [D5], role="researcher")
t("Lake Chad Security Observatory", "based_in", "Chad", [D5], note="'N'Djamena-based'")
t("Yaşar Güler", "visited", "Niger", [D5], "hedged", "2025-11-18", note="'was expected to leave for Niamey on Tuesday'")
t("Yaşar Güler", "met_with", "Abdourahamane Tiani", [D5], "hedged", "2025-11-18", alt_p=["negotiating_with"],
  note="'for talks with Niger's military leader'")
t("Abdourahamane Tiani", "head_of", "Niger", [D5], role="military leader")

# ================= D6 Gabon-China (Monday 2026-03-23, published 2026-03-24)
t("Brice Clotaire Oligui Nguema", "head_of", "Gabon", [D6], role="president")
t("Xi Jinping", "head_of", "China", [D6], role="president")
t("Gabon", "allied_with", "China", [D6], time="2026-03-23", alt_s=["Brice Clotaire Oligui Nguema"], alt_o=["Xi Jinping"],
  note="'comprehensive strategic cooperative partnership'")
t("Brice Clotaire Oligui Nguema", "met_with", "Xi Jinping", [D6], time="2026-03-23")
t("Brice Clotaire Oligui Nguema", "visited", "China", [D6], time="2026-03", note="state visit, third day on Monday")
t("Gabon", "signed_agreement_with", "China", [D6], "reported", "2026-03-23", note="'A joint statement said the two countries had signed 12 agreements'")
t("Gabon", "party_to", "Owendo Port Expansion Agreement", [D6], "reported", "2026-03-23")
t("China", "party_to", "Owendo Port Expansion Agreement", [D6], "reported", "2026-03-23")
t("China", "supported", "Gabon", [D6], "planned", alt_s=["Export-Import Bank of China", "China Harbour Engineering Company", "Wang Yi"],
  note="state lenders 'pledged to finance'; Wang: 'Beijing would support Gabon's bid'")
t("Libreville", "capital_of", "Gabon", [D6], note="'the Gabonese capital, Libreville'")
t("Libreville", "located_in", "Gabon", [D6], req=False, note="entailed by capital_of")
t("Owendo port", "located_in", "Gabon", [D6], req=False, note="'near the Gabonese capital'")
t("Export-Import Bank of China", "based_in", "China", [D6], req=False, note="implied by the name")
t("China Harbour Engineering Company", "based_in", "China", [D6], req=False, note="implied by the name")
t("Arnaud Mintsa Obiang", "works_for", "Gabon", [D6], alt_o=["Brice Clotaire Oligui Nguema"], role="presidential spokesman")
t("China", "trades_with", "Gabon", [D6], note="'Gabon's largest trading partner'")
t("China", "imports_from", "Gabon", [D6], role="manganese, timber", note="'the main buyer of its manganese and timber'")
t("Wang Yi", "works_for", "China", [D6], alt_o=["Xi Jinping"], role="foreign minister")
t("Wang Yi", "met_with", "Brice Clotaire Oligui Nguema", [D6], time="2026-03-22", note="'who met Oligui Nguema on Sunday'")
t("Gabon", "member_of", "African Union", [D6], time="2025-04", note="'readmission to the African Union in April 2025'")
t("African Union", "sanctioned", "Gabon", [D6], time="2023", req=False, note="the suspension imposed after the August 2023 coup")
t("Ali Bongo Ondimba", "head_of", "Gabon", [D6], req=False, note=NOT_REQ_FORMER)
t("Gabon", "member_of", "Economic Community of Central African States", [D6], note="'had restored Gabon's membership'")
t("Economic Community of Central African States", "based_in", "Libreville", [D6], alt_o=["Gabon"], note="'headquartered in Libreville'")
t("Gabon", "took_control_of", "Camp de Gaulle", [D6], time="2025-02", note="'handed its Camp de Gaulle base ... to the Gabonese army in February last year'")
t("Camp de Gaulle", "located_in", "Libreville", [D6], alt_o=["Gabon"])
t("France", "supported", "Gabon", [D6], req=False, note="'keeps a small training contingent there'")
t("Serge Ndong-Essono", "works_for", "Omar Bongo University", [D6], role="political scientist")
t("Omar Bongo University", "based_in", "Libreville", [D6], alt_o=["Gabon"])
t("Gabon", "negotiating_with", "United States", [D6], "planned", req=False, alt_s=["Brice Clotaire Oligui Nguema"], note="analyst's forecast")
t("Gabon", "negotiating_with", "Turkey", [D6], "planned", req=False, alt_s=["Brice Clotaire Oligui Nguema"], note="analyst's forecast")
t("Brice Clotaire Oligui Nguema", "visited", "Shanghai", [D6], "planned", "2026-03-24", alt_o=["China"],
  note="'is due to travel to Shanghai on Tuesday'")
t("Shanghai", "located_in", "China", [D6], req=False, note="implied")

# ================= D7 Mozambique-Rwanda (Tuesday 2025-12-02, page dated 2025-12-03)
t("Mozambique", "signed_agreement_with", "Rwanda", [D7], time="2025-12-02")
t("Mozambique", "party_to", "Mozambique-Rwanda Status of Forces Agreement", [D7], time="2025-12-02")
t("Rwanda", "party_to", "Mozambique-Rwanda Status of Forces Agreement", [D7], time="2025-12-02")
t("Maria Manuela Lucas", "works_for", "Mozambique", [D7], alt_o=["Daniel Chapo"], role="foreign minister")
t("Juvenal Marizamunda", "works_for", "Rwanda", [D7], alt_o=["Paul Kagame"], role="defence minister")
t("Juvenal Marizamunda", "visited", "Mozambique", [D7], time="2025-12-02", req=False, note="inferred: signed in Maputo")
t("Daniel Chapo", "head_of", "Mozambique", [D7], role="president")
t("Paul Kagame", "head_of", "Rwanda", [D7], role="president")
t("Rwanda", "in_conflict_with", "Islamic State Mozambique Province", [D7], alt_s=["Rwanda Defence Force"],
  note="'Rwandan troops who have been fighting Islamist insurgents'")
t("Islamic State Mozambique Province", "in_conflict_with", "Mozambique", [D7], req=False, note="inferred: 'the insurgency'")
t("Cabo Delgado", "located_in", "Mozambique", [D7], note="'the northern Mozambican province of Cabo Delgado'")
t("Rwanda", "supported", "Mozambique", [D7], time="2021-07", alt_s=["Rwanda Defence Force"],
  note="'sent about 1,000 soldiers ... in July 2021 at the request of the Mozambican government'")
t("Rwanda", "supported", "Mozambique", [D7], "planned", req=False, alt_s=["Juvenal Marizamunda", "Rwanda Defence Force"],
  note="'We will stay as long as Mozambique needs us'")
t("Rwanda Defence Force", "based_in", "Cabo Delgado", [D7], note="'around 4,000 personnel in the province'")
t("Rwanda Defence Force", "based_in", "Mocímboa da Praia", [D7], note="'the main base of the Rwandan contingent'")
t("Islamic State Mozambique Province", "took_control_of", "Mocímboa da Praia", [D7], time="2020", note="'a year after the insurgents seized it'")
t("Rwanda", "took_control_of", "Mocímboa da Praia", [D7], time="2021-08", alt_s=["Rwanda Defence Force"], note="'retook ... in August 2021'")
t("Mozambique", "took_control_of", "Mocímboa da Praia", [D7], time="2021-08")
t("Mocímboa da Praia", "located_in", "Cabo Delgado", [D7], note="'the port town of Mocímboa da Praia in Cabo Delgado'")
t("Daniel Chapo", "visited", "Rwanda", [D7], "hedged", "2026", note="'is expected to travel to Kigali early next year'")
t("Islamic State Mozambique Province", "attacked", "Palma", [D7], time="2021", note="'after insurgents attacked the nearby town of Palma in 2021'")
t("European Union", "supported", "Rwanda", [D7], time="2022", alt_o=["Rwanda Defence Force"],
  note="'has financed part of the Rwandan deployment since 2022'")
t("European Union", "supported", "Rwanda", [D7], "hedged", req=False, alt_o=["Rwanda Defence Force"], note="'is considering new funding'")
t("Southern African Development Community", "supported", "Mozambique", [D7], req=False, note="its mission withdrew in July 2024")
t("TotalEnergies", "based_in", "France", [D7], note="'French energy group TotalEnergies'")
t("Dércio Matsinhe", "works_for", "Centre for Defence and Security Studies", [D7], role="researcher")
t("Centre for Defence and Security Studies", "based_in", "Mozambique", [D7], note="'Maputo-based'")
t("Democratic Republic of Congo", "criticized", "Rwanda", [D7], note="'accuses Rwanda of backing the M23 rebels'")
t("Rwanda", "supported", "M23", [D7], "negated", note="'a charge Kigali denies'")
t("Rwanda", "supported", "M23", [D7], "reported", req=False, note="the DRC's accusation")
t("M23", "based_in", "Democratic Republic of Congo", [D7], req=False, note="'the M23 rebels in its eastern provinces'")
t("Democratic Republic of Congo", "criticized", "European Union", [D7], req=False, note="'questioned why the EU helps pay'")

# ================= D8 Ghana-Togo maritime treaty (Tuesday 2026-04-21, page dated 2026-04-22)
t("Ghana", "signed_agreement_with", "Togo", [D8], time="2026-04-21")
t("Ghana", "party_to", "Ghana-Togo Maritime Boundary Treaty", [D8], time="2026-04-21")
t("Togo", "party_to", "Ghana-Togo Maritime Boundary Treaty", [D8], time="2026-04-21")
t("John Dramani Mahama", "head_of", "Ghana", [D8], role="president")
t("Faure Gnassingbé", "visited", "Ghana", [D8], time="2026-04-21", note="signed at Jubilee House in Accra; flew back on Tuesday evening")
t("John Dramani Mahama", "met_with", "Faure Gnassingbé", [D8], time="2026-04-21", note="'after a morning of talks'")
t("Omar Alieu Touray", "visited", "Ghana", [D8], time="2026-04-21", req=False, note="inferred: attended the ceremony in Accra")
t("Ghana", "borders", "Togo", [D8], note="'the land border between the two neighbours'")
t("Ghana", "negotiating_with", "Togo", [D8], note="'after years of negotiations in a joint commission'")
t("International Tribunal for the Law of the Sea", "based_in", "Hamburg", [D8], note="'Hamburg-based'")
t("Ghana", "in_conflict_with", "Cote d'Ivoire", [D8], req=False, note="'a long legal dispute over oil fields', settled in 2017")
t("Ghana", "member_of", "ECOWAS", [D2, D8], note="D2 'four member states'; D8 'Both countries are members of ECOWAS'")
t("Jama'at Nusrat al-Islam wal-Muslimin", "attacked", "Togo", [D8], time="2022", note="'has carried out attacks in northern Togo since 2022'")
t("Jama'at Nusrat al-Islam wal-Muslimin", "attacked", "Ghana", [D8], "negated", note="'Ghana has so far not been attacked by the group'")
t("Togo", "allied_with", "Alliance of Sahel States", [D8], note="'has also kept close ties with the AES'")
t("Togo", "candidate_for", "Alliance of Sahel States", [D8], "hedged", note="'has said it could consider joining the confederation'")
for c in ["Mali", "Burkina Faso", "Niger"]:
    t("John Dramani Mahama", "visited", c, [D8], time="2025", note="'visited Bamako, Ouagadougou and Niamey last year'")
t("United States", "supported", "Ghana", [D8], "planned", req=False, note="embassy: 'would support cooperation between the ... navies'")
t("United States", "supported", "Togo", [D8], "planned", req=False, note="embassy statement")
t("Esi Boateng", "works_for", "Gulf of Guinea Maritime Institute", [D8], role="senior fellow")
t("Gulf of Guinea Maritime Institute", "based_in", "Ghana", [D8], note="'Accra-based'")
t("Ghana", "met_with", "Togo", [D8], "planned", "2026-06", req=False, note="the joint commission 'will meet again in June'")

# ================= second pass: readings added after rereading the texts
ent("Chiúre", "Region", "Chiure", "Chiúre district", "Chiure district")
ent("Ancuabe", "Region", "Ancuabe district")
t("Mali", "trades_with", "Senegal", [D1], req=False, note="'Mali's dependence on the port of Dakar' (transit, not origin)")
t("Russia", "supported", "Mali", [D1], req=False, note="inferred: 'Russia's Africa Corps, which has been deployed in Mali'")
t("Africa Corps", "supported", "Mali", [D1], req=False, note="inferred from the deployment")
t("Julius Maada Bio", "supported", "ECOWAS Standby Force", [D2], req=False, note="'welcomed the decision'")
t("Faure Gnassingbé", "met_with", "Léon Kacou Adom", [D4], time="2026-01-20", req=False, note="inferred: hosted the ceremony")
t("Faure Gnassingbé", "met_with", "Karamoko Jean-Marie Traoré", [D4], time="2026-01-20", req=False, note="inferred: hosted the ceremony")
t("Cote d'Ivoire", "normalized_relations_with", "Burkina Faso", [D4], "planned", req=False, alt_s=["Alassane Ouattara"],
  note="'made the normalisation of ties with Ouagadougou one of his priorities'")
t("Yaşar Güler", "met_with", "Abakar Hissein Brahim", [D5], time="2025-11-17", req=False, note="inferred: signed the accord with him")
t("Gabon", "gained_independence_from", "France", [D6], req=False, note="inferred from 'Gabon's former colonial power'")
t("Juvenal Marizamunda", "met_with", "Daniel Chapo", [D7], time="2025-12-02", req=False, note="inferred: signed in the presence of Chapo")
t("Islamic State Mozambique Province", "attacked", "Chiúre", [D7], time="2025",
  note="'Militants have raided villages in the Chiúre and Ancuabe districts in recent months'")
t("Islamic State Mozambique Province", "attacked", "Ancuabe", [D7], time="2025")
t("Chiúre", "located_in", "Cabo Delgado", [D7], req=False, note="implied by context")
t("Ancuabe", "located_in", "Cabo Delgado", [D7], req=False, note="implied by context")
t("Mozambique", "supported", "Rwanda Defence Force", [D7], "planned", req=False, alt_o=["Rwanda"],
  note="'Mozambique will provide land, fuel and logistics for the Rwandan bases'")
t("Ghana", "criticized", "Togo", [D8], "negated", req=False, note="'a step Ghana has not publicly opposed'")
t("United States", "supported", "Ghana-Togo Maritime Boundary Treaty", [D8], req=False, note="'welcomed the treaty'")
t("European Union", "supported", "Ghana-Togo Maritime Boundary Treaty", [D8], req=False, note="'welcomed the treaty'")
