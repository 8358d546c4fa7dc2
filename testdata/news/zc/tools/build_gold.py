#!/usr/bin/env python3
"""Builds entities.jsonl and triples.jsonl for news set zc, and a statements
file (selfcheck_statements.jsonl) with one statement per gold row and document."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

A = "eaeu_almaty_border_inspections.txt"
B = "greece_albania_icj_compromis.txt"
C = "iceland_greenland_norway_capelin.txt"
D = "world_bank_aral_sea_karakalpakstan.txt"
E = "coe_aggression_tribunal_host_deal.txt"
F = "montenegro_eu_chapters_croatia.txt"
G = "osce_cassis_central_asia_tour.html"
H = "moldova_ukraine_dniester_hydro.html"

PUBLISHED = {A: "", B: "", C: "", D: "2025-10-09", E: "2025-11-27",
             F: "2025-12-17", G: "2026-03-12", H: "2026-02-20"}

ENT = []
def ent(typ, name, *aliases):
    ENT.append({"name": name, "type": typ, "aliases": list(aliases)})

P = lambda n, *a: ent("Person", n, *a)
K = lambda n, *a: ent("Country", n, *a)
O = lambda n, *a: ent("Organization", n, *a)
CI = lambda n, *a: ent("City", n, *a)
RG = lambda n, *a: ent("Region", n, *a)
AG = lambda n, *a: ent("Agreement", n, *a)
FA = lambda n, *a: ent("Facility", n, *a)

# --- people
P("Adylbek Kasymaliev", "Kasymaliev", "Kyrgyz Cabinet Chairman Adylbek Kasymaliev", "Cabinet Chairman Adylbek Kasymaliev")
P("Olzhas Bektenov", "Bektenov", "Kazakh Prime Minister Olzhas Bektenov", "Prime Minister Olzhas Bektenov")
P("Mikhail Mishustin", "Mishustin")
P("Alexander Turchin", "Turchin", "Aleksandr Turchin")
P("Mher Grigoryan", "Grigoryan", "Deputy Prime Minister Mher Grigoryan")
P("Nikol Pashinyan", "Pashinyan", "Prime Minister Nikol Pashinyan")
P("Bakytzhan Sagintayev", "Sagintayev")
P("Aida Temirbekova", "Temirbekova")
P("Giorgos Gerapetritis", "Gerapetritis", "George Gerapetritis", "Greek Foreign Minister Giorgos Gerapetritis")
P("Elisa Spiropali", "Spiropali")
P("Kyriakos Mitsotakis", "Mitsotakis", "Prime Minister Kyriakos Mitsotakis")
P("Edi Rama", "Rama", "Albanian Prime Minister Edi Rama", "Prime Minister Edi Rama")
P("Fredi Beleri", "Beleri")
P("Sali Berisha", "Berisha")
P("Eleni Karvouni", "Karvouni")
P("Hanna Katrín Friðriksson", "Hanna Katrin Fridriksson", "Fridriksson", "Friðriksson")
P("Marianne Sivertsen Næss", "Marianne Sivertsen Naess", "Sivertsen Naess", "Sivertsen Næss", "Norwegian Fisheries Minister Marianne Sivertsen Naess")
P("Jens-Frederik Nielsen", "Nielsen", "Premier Jens-Frederik Nielsen")
P("Kristrún Frostadóttir", "Kristrun Frostadottir", "Frostadottir", "Frostadóttir", "Icelandic Prime Minister Kristrun Frostadottir")
P("Gudrun Bjarnadottir", "Bjarnadottir", "Guðrún Bjarnadóttir")
P("Ajay Banga", "Banga", "World Bank President Ajay Banga")
P("Shavkat Mirziyoyev", "Mirziyoyev", "President Shavkat Mirziyoyev")
P("Bakhtiyor Saidov", "Saidov", "Foreign Minister Bakhtiyor Saidov")
P("Timur Nazarov", "Nazarov")
P("David van Weel", "van Weel", "Dutch Foreign Minister David van Weel")
P("Alain Berset", "Berset")
P("Andrii Sybiha", "Sybiha", "Andriy Sybiha", "Ukrainian Foreign Minister Andrii Sybiha")
P("Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "President Volodymyr Zelensky")
P("Vladimir Putin", "Putin", "President Vladimir Putin")
P("Dmitry Peskov", "Peskov", "Kremlin spokesman Dmitry Peskov")
P("Kaja Kallas", "Kallas")
P("Dick Schoof", "Schoof", "Prime Minister Dick Schoof")
P("Rob Jetten", "Jetten")
P("Lotte Brinkman", "Brinkman")
P("Marie Bjerre", "Bjerre")
P("Marta Kos", "Kos")
P("Milojko Spajić", "Milojko Spajic", "Spajic", "Spajić", "Prime Minister Milojko Spajic")
P("Maida Gorčević", "Maida Gorcevic", "Gorcevic", "Gorčević")
P("Andrej Plenković", "Andrej Plenkovic", "Plenkovic", "Plenković", "Croatian Prime Minister Andrej Plenkovic")
P("Gordan Grlić Radman", "Gordan Grlic Radman", "Grlic Radman", "Grlić Radman", "Croatian Foreign Minister Gordan Grlic Radman")
P("Vesna Dragović", "Vesna Dragovic", "Dragovic", "Dragović")
P("Ignazio Cassis", "Cassis", "Swiss Foreign Minister Ignazio Cassis")
P("Serdar Berdimuhamedov", "President Serdar Berdimuhamedov", "Turkmen President Serdar Berdimuhamedov", "Serdar Berdymukhamedov")
P("Gurbanguly Berdimuhamedov", "Gurbanguly Berdymukhamedov")
P("Rashid Meredov", "Meredov", "Foreign Minister Rashid Meredov")
P("Kassym-Jomart Tokayev", "Tokayev", "President Kassym-Jomart Tokayev")
P("Feridun Sinirlioğlu", "Feridun Sinirlioglu", "Sinirlioglu", "Sinirlioğlu", "OSCE Secretary General Feridun Sinirlioglu")
P("Marat Seitkali", "Seitkali")
P("Alexandru Munteanu", "Munteanu", "Prime Minister Alexandru Munteanu", "Moldovan Prime Minister Alexandru Munteanu")
P("Yulia Svyrydenko", "Svyrydenko", "Ukrainian Prime Minister Yulia Svyrydenko")
P("Maia Sandu", "Sandu", "President Maia Sandu")
P("Vadim Krasnoselsky", "Krasnoselsky")
P("Ion Cebotari", "Cebotari")

# --- countries
K("Kazakhstan", "Republic of Kazakhstan", "Kazakh government")
K("Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz government")
K("Russia", "Russian Federation", "Russian government")
K("Belarus", "Republic of Belarus")
K("Armenia", "Republic of Armenia")
K("Uzbekistan", "Republic of Uzbekistan", "Uzbek government")
K("Greece", "Hellenic Republic", "Greek government")
K("Albania", "Republic of Albania", "Albanian government")
K("Kosovo", "Republic of Kosovo")
K("Iceland", "Icelandic government")
K("Greenland", "Greenland's government", "Greenlandic government", "Government of Greenland")
K("Norway", "Norwegian government")
K("Denmark", "Kingdom of Denmark")
K("Japan")
K("United Kingdom", "Britain", "UK", "U.K.", "Great Britain")
K("Netherlands", "Dutch government", "Kingdom of the Netherlands", "Holland")
K("Ukraine", "Ukrainian government")
K("United States", "U.S.", "US", "USA", "United States of America")
K("Montenegro", "Montenegrin government")
K("Croatia", "Croatian government")
K("Serbia")
K("Switzerland", "Swiss Confederation")
K("Turkmenistan", "Turkmen government")
K("Afghanistan")
K("Tajikistan")
K("Moldova", "Republic of Moldova", "Moldovan government")
K("China", "People's Republic of China", "PRC")
K("Turkey", "Türkiye", "Turkiye")

# --- organizations
O("Eurasian Economic Union", "EAEU", "EEU", "Eurasian Union")
O("Eurasian Economic Commission")
O("European Economic Community")
O("Court of the Eurasian Economic Union", "EAEU court", "Eurasian Economic Union Court", "Court of the EAEU")
O("Centre for Eurasian Trade Studies")
O("State Revenue Committee", "Kazakhstan's State Revenue Committee")
O("International Court of Justice", "ICJ")
O("Constitutional Court of Albania", "Albania's Constitutional Court")
O("European Union", "EU", "E.U.")
O("NATO", "North Atlantic Treaty Organization")
O("European Parliament")
O("Aegean Policy Institute")
O("Democratic Party of Albania", "Democratic Party", "Albania's opposition Democratic Party")
O("Arctic Council")
O("North Atlantic Resource Forum")
O("Marine and Freshwater Research Institute", "Iceland's Marine and Freshwater Research Institute")
O("World Bank", "World Bank Group")
O("Human Rights Watch", "HRW")
O("Centre for Water Policy Analysis")
O("Oliy Majlis", "Uzbekistan's parliament")
O("Council of Europe", "CoE")
O("Special Tribunal for the Crime of Aggression against Ukraine", "Special Tribunal", "aggression tribunal", "Ukraine aggression tribunal")
O("International Centre for the Prosecution of the Crime of Aggression", "ICPA", "International Centre")
O("Eurojust")
O("International Criminal Court", "ICC")
O("D66", "Democrats 66")
O("Hague Institute for Accountability")
O("European Commission", "Commission")
O("Adriatic Governance Centre")
O("OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe")
O("OSCE Centre in Ashgabat")
O("People's Council", "Halk Maslahaty")
O("Taliban", "Taliban-led government")
O("Altyn Orda Institute")
O("Ukrhydroenergo")
O("Dniester Basin Institute")

# --- cities
for c in ["Moscow", "Minsk", "Bishkek", "Almaty", "Tashkent", "Tirana", "Athens",
          "Himara", "Nuuk", "Nukus", "Astana", "Strasbourg", "Brussels", "Zagreb",
          "Podgorica", "Ashgabat", "Dushanbe", "Vienna", "Kabul", "Novodnistrovsk",
          "Zaporizhzhia", "Tiraspol"]:
    CI(c)
CI("The Hague", "Den Haag")
CI("Oslo")
CI("Reykjavik", "Reykjavík")
CI("Washington", "Washington, D.C.", "Washington DC")
CI("Chisinau", "Chișinău", "Kishinev")
CI("Kyiv", "Kiev")

# --- regions
RG("Karakalpakstan", "Republic of Karakalpakstan")
RG("Aral Sea", "Aral")
RG("Dashoguz province", "Dashoguz", "Dashoguz region")
RG("Crimea")
RG("Transnistria", "Transdniestria", "Pridnestrovie")
RG("Chernivtsi Oblast", "Chernivtsi region")
RG("Western Balkans")

# --- agreements
AG("Greece-Albania ICJ compromis", "compromis", "special agreement")
AG("2009 Greece-Albania maritime agreement", "2009 maritime agreement")
AG("Iceland-Greenland-Norway capelin agreement", "capelin agreement", "capelin deal")
AG("2018 capelin arrangement", "2018 arrangement")
AG("Special Tribunal host-state agreement", "host-state agreement")
AG("Agreement establishing the Special Tribunal", "agreement establishing the Special Tribunal for the Crime of Aggression against Ukraine")
AG("OSCE-Turkmenistan border training memorandum", "memorandum of understanding")
AG("Kyrgyzstan-Tajikistan border treaty", "Kyrgyz-Tajik border treaty")
AG("Dniester monitoring protocol", "protocol")
AG("Dniester basin treaty", "2012 treaty on the Dniester basin", "Dniester River Basin Treaty")

# --- facilities
FA("Kok-Aral Dam", "Kok-Aral dam", "Kokaral Dam")
FA("Dniester Hydropower Complex", "Dniester hydropower complex", "Dniester HPP")
FA("Dnipro Hydroelectric Station", "Dnipro hydroelectric station", "DniproHES", "Dnipro HPP")

ROWS = []
def R(doc, s, p, o, mod="asserted", time=None, req=True, alt_s=None, alt_p=None, alt_o=None, note=None):
    ROWS.append(dict(docs=[doc], s=s, p=p, o=o, modality=mod, time=time, required=req,
                     alt_s=alt_s, alt_p=alt_p, alt_o=alt_o, note=note))

# ===== A: EAEU, Almaty (wire; intended Friday 2026-02-13, no year in text)
R(A, "Adylbek Kasymaliev", "head_of", "Kyrgyzstan", alt_p=["works_for"], note="'Kyrgyz Cabinet Chairman'")
R(A, "Olzhas Bektenov", "head_of", "Kazakhstan", alt_p=["works_for"], note="'Kazakh Prime Minister'")
R(A, "Mikhail Mishustin", "head_of", "Russia", alt_p=["works_for"], note="'the Russian prime minister'")
R(A, "Alexander Turchin", "head_of", "Belarus", alt_p=["works_for"], note="'his Belarusian counterpart'")
R(A, "Mher Grigoryan", "works_for", "Armenia", alt_o=["Nikol Pashinyan"], note="'Deputy Prime Minister'")
R(A, "Nikol Pashinyan", "head_of", "Armenia", note="'Prime Minister Nikol Pashinyan'")
R(A, "Bakytzhan Sagintayev", "head_of", "Eurasian Economic Commission", alt_p=["works_for"], note="'chairman of the board'")
R(A, "Eurasian Economic Commission", "based_in", "Moscow", note="'the union's executive body in Moscow'")
R(A, "Eurasian Economic Commission", "member_of", "Eurasian Economic Union", req=False, note="'the union's executive body'")
R(A, "Kyrgyzstan", "criticized", "Kazakhstan", alt_s=["Adylbek Kasymaliev", "Bishkek"], note="'Bishkek accusing its larger neighbour'; Kasymaliev's complaint")
R(A, "Olzhas Bektenov", "criticized", "Kyrgyzstan", mod="reported", alt_s=["Kazakhstan"], alt_o=["Adylbek Kasymaliev"], note="'rejected the accusation ... his office said'")
R(A, "Kazakhstan", "borders", "Kyrgyzstan", note="'their shared border'")
R(A, "Kazakhstan", "in_conflict_with", "Kyrgyzstan", req=False, note="trade dispute over inspections")
R(A, "Kyrgyzstan", "member_of", "Eurasian Economic Union", time="2015", note="'joined the union in 2015'; also in the list of five")
for c in ["Russia", "Belarus", "Kazakhstan", "Armenia"]:
    R(A, c, "member_of", "Eurasian Economic Union", note="'the five member states - Russia, Belarus, Kazakhstan, Kyrgyzstan and Armenia'")
R(A, "Uzbekistan", "candidate_for", "Eurasian Economic Union", mod="negated", note="observer 'but has not applied for full membership'")
R(A, "Kyrgyzstan", "trades_with", "Russia", note="'Russia remains its largest trading partner'")
R(A, "Adylbek Kasymaliev", "met_with", "Olzhas Bektenov", mod="negated", note="'did not hold a separate meeting on the sidelines'")
R(A, "Adylbek Kasymaliev", "met_with", "Olzhas Bektenov", mod="hedged", note="'expected to meet next month ... in Tashkent' (no year in text)")
R(A, "Adylbek Kasymaliev", "visited", "Tashkent", mod="hedged", req=False, alt_o=["Uzbekistan"])
R(A, "Olzhas Bektenov", "visited", "Tashkent", mod="hedged", req=False, alt_o=["Uzbekistan"])
R(A, "Court of the Eurasian Economic Union", "based_in", "Minsk", note="'the EAEU court in Minsk'")
R(A, "Aida Temirbekova", "works_for", "Centre for Eurasian Trade Studies", note="'an analyst at'")
R(A, "Centre for Eurasian Trade Studies", "based_in", "Bishkek", note="'a Bishkek-based research group'")
R(A, "State Revenue Committee", "based_in", "Kazakhstan", req=False, note="'Kazakhstan's State Revenue Committee'")

# ===== B: Greece-Albania compromis (wire; intended Tuesday 2025-11-18, no year in text)
R(B, "Giorgos Gerapetritis", "works_for", "Greece", alt_o=["Kyriakos Mitsotakis"], note="'Greek Foreign Minister'")
R(B, "Elisa Spiropali", "works_for", "Albania", alt_o=["Edi Rama"], note="'his Albanian counterpart'")
R(B, "Kyriakos Mitsotakis", "head_of", "Greece", req=False, note="country implicit: 'Prime Minister Kyriakos Mitsotakis' in a Greek context")
R(B, "Edi Rama", "head_of", "Albania", note="'Albanian Prime Minister Edi Rama'")
R(B, "Greece", "signed_agreement_with", "Albania", alt_s=["Giorgos Gerapetritis"], alt_o=["Elisa Spiropali"], note="the compromis signed on Tuesday; also the 2009 agreement")
R(B, "Greece", "party_to", "Greece-Albania ICJ compromis")
R(B, "Albania", "party_to", "Greece-Albania ICJ compromis")
R(B, "Greece", "party_to", "2009 Greece-Albania maritime agreement", time="2009", note="'a 2009 maritime agreement that the two countries had signed'")
R(B, "Albania", "party_to", "2009 Greece-Albania maritime agreement", time="2009")
R(B, "Greece", "negotiating_with", "Albania", note="'nine rounds of talks'; 'two hours of talks'")
R(B, "Giorgos Gerapetritis", "met_with", "Elisa Spiropali")
R(B, "Giorgos Gerapetritis", "visited", "Tirana", alt_o=["Albania"], note="'arrived in Tirana on Monday evening'")
R(B, "International Court of Justice", "based_in", "The Hague", note="'the court in The Hague'")
R(B, "Constitutional Court of Albania", "based_in", "Albania", req=False)
R(B, "Edi Rama", "visited", "Athens", mod="hedged", alt_o=["Greece"], note="'is expected to visit Athens early next year, according to an official'")
R(B, "Greece", "member_of", "European Union", time="1981", note="'an EU member since 1981'")
R(B, "Albania", "candidate_for", "European Union", note="'Albania's accession talks'")
R(B, "Albania", "member_of", "European Union", mod="planned", time="2030", alt_s=["Edi Rama"], note="'joining the European Union by 2030 the central promise'")
R(B, "Greece", "threatened", "Albania", time="2023", req=False, alt_p=["criticized"], alt_s=["Athens"], alt_o=["Tirana"], note="'Athens had warned Tirana in 2023'")
R(B, "Fredi Beleri", "member_of", "European Parliament", note="'after winning a seat in the European Parliament'")
R(B, "Himara", "located_in", "Albania", req=False)
R(B, "Albania", "recognizes", "Kosovo", time="2008")
R(B, "Greece", "recognizes", "Kosovo", mod="negated", note="'one of five EU states that have never done so'")
R(B, "Greece", "member_of", "NATO", req=False, note="'the two NATO allies'")
R(B, "Albania", "member_of", "NATO", req=False, note="'the two NATO allies'")
R(B, "Greece", "in_conflict_with", "Albania", req=False, note="'a dispute that has long soured relations'")
R(B, "Eleni Karvouni", "works_for", "Aegean Policy Institute")
R(B, "Aegean Policy Institute", "based_in", "Athens")
R(B, "Sali Berisha", "head_of", "Democratic Party of Albania", note="'led by former prime minister Sali Berisha'")
R(B, "Sali Berisha", "head_of", "Albania", req=False, note="'former prime minister' (past)")
R(B, "Democratic Party of Albania", "based_in", "Albania", req=False)
R(B, "Democratic Party of Albania", "criticized", "Edi Rama", mod="reported", req=False, alt_s=["Sali Berisha"], alt_o=["Albania"])

# ===== C: capelin (wire; intended Wednesday 2026-03-04, no year in text)
for c in ["Iceland", "Greenland", "Norway"]:
    R(C, c, "party_to", "Iceland-Greenland-Norway capelin agreement")
R(C, "Iceland", "signed_agreement_with", "Greenland", alt_s=["Hanna Katrín Friðriksson", "Reykjavik"], alt_o=["Jens-Frederik Nielsen"])
R(C, "Iceland", "signed_agreement_with", "Norway", alt_s=["Hanna Katrín Friðriksson", "Reykjavik"], alt_o=["Marianne Sivertsen Næss", "Oslo"], note="'signed for Reykjavik ... for Oslo'")
R(C, "Greenland", "signed_agreement_with", "Norway", alt_s=["Jens-Frederik Nielsen"], alt_o=["Marianne Sivertsen Næss", "Oslo"])
R(C, "Iceland", "negotiating_with", "Greenland", req=False)
R(C, "Iceland", "negotiating_with", "Norway", req=False)
R(C, "Greenland", "negotiating_with", "Norway", req=False)
R(C, "Hanna Katrín Friðriksson", "works_for", "Iceland", alt_o=["Kristrún Frostadóttir"], note="'Iceland's Minister of Industries'")
R(C, "Marianne Sivertsen Næss", "works_for", "Norway", note="'Norwegian Fisheries Minister'")
R(C, "Jens-Frederik Nielsen", "head_of", "Greenland", note="'Premier'")
R(C, "Kristrún Frostadóttir", "head_of", "Iceland", note="'Icelandic Prime Minister'")
R(C, "Jens-Frederik Nielsen", "met_with", "Kristrún Frostadóttir", note="'held talks with'")
R(C, "Jens-Frederik Nielsen", "visited", "Reykjavik", alt_o=["Iceland"], note="'flew in from Nuuk on Tuesday'")
R(C, "Reykjavik", "capital_of", "Iceland", note="'the Icelandic capital, Reykjavik'")
R(C, "Reykjavik", "located_in", "Iceland", req=False, note="entailed by capital_of")
R(C, "Greenland", "located_in", "Denmark", note="'a self-governing territory within the Kingdom of Denmark'")
R(C, "Greenland", "member_of", "European Union", mod="negated", note="'is not a member of the European Union'")
R(C, "Greenland", "member_of", "European Economic Community", mod="negated", time="1985", req=False, note="'left the European Economic Community in 1985'")
R(C, "Denmark", "supported", "Iceland-Greenland-Norway capelin agreement", req=False, note="'welcomed the agreement'")
R(C, "Greenland", "criticized", "2018 capelin arrangement", req=False, alt_s=["Nuuk"], note="'officials in Nuuk had criticised as outdated'")
R(C, "Japan", "imports_from", "Iceland", alt_p=["trades_with"], note="capelin roe; 'its largest buyer'")
R(C, "Norway", "imports_from", "Iceland", alt_p=["trades_with"], note="capelin meal and oil")
for c in ["Norway", "European Union", "United Kingdom"]:
    R(C, "Iceland", "in_conflict_with", c, req=False, note="mackerel: 'remains at odds with'")
R(C, "European Union", "party_to", "Iceland-Greenland-Norway capelin agreement", mod="negated", note="'is not a party to the capelin deal'")
R(C, "Iceland", "met_with", "Greenland", mod="planned", req=False, note="'will meet again in Nuuk in October'")
R(C, "Iceland", "met_with", "Norway", mod="planned", req=False)
R(C, "Greenland", "met_with", "Norway", mod="planned", req=False)
R(C, "Russia", "negotiating_with", "Iceland", mod="negated", req=False, note="'was not involved in the negotiations'")
R(C, "Russia", "negotiating_with", "Greenland", mod="negated", req=False)
R(C, "Russia", "signed_agreement_with", "Norway", req=False, note="'a separate bilateral arrangement with Norway'")
R(C, "Gudrun Bjarnadottir", "works_for", "North Atlantic Resource Forum")
R(C, "North Atlantic Resource Forum", "based_in", "Reykjavik", note="'Reykjavik-based'")
R(C, "Denmark", "member_of", "Arctic Council", note="'which chairs the Arctic Council until 2027'")
R(C, "Iceland", "member_of", "Arctic Council", note="'whose eight members include Iceland and Norway'")
R(C, "Norway", "member_of", "Arctic Council")
R(C, "Marine and Freshwater Research Institute", "based_in", "Iceland", req=False)

# ===== D: World Bank, Aral Sea (published 2025-10-09; board vote Tuesday 2025-10-07)
R(D, "World Bank", "supported", "Karakalpakstan", time="2025-10-07", alt_o=["Uzbekistan"], note="$320 million approved on Tuesday")
R(D, "Ajay Banga", "head_of", "World Bank", note="'World Bank President'")
R(D, "Uzbekistan", "member_of", "World Bank", time="1992", note="'joined the bank in 1992'")
R(D, "Shavkat Mirziyoyev", "head_of", "Uzbekistan")
R(D, "Karakalpakstan", "located_in", "Uzbekistan", note="'the autonomous republic in western Uzbekistan'")
R(D, "Nukus", "capital_of", "Karakalpakstan", note="'Nukus, Karakalpakstan's capital'")
R(D, "Nukus", "located_in", "Karakalpakstan", req=False, note="entailed by capital_of")
R(D, "Uzbekistan", "signed_agreement_with", "World Bank", mod="planned", time="2025-11", alt_s=["Tashkent"], note="'would be signed in November'")
R(D, "Bakhtiyor Saidov", "works_for", "Uzbekistan", alt_o=["Shavkat Mirziyoyev"], note="'Foreign Minister'")
R(D, "Bakhtiyor Saidov", "visited", "Washington", mod="planned", time="2025-10", alt_o=["United States"], note="'due to lead ... delegation ... in Washington next week'")
R(D, "Bakhtiyor Saidov", "met_with", "Ajay Banga", mod="planned", time="2025-10", note="'where he plans to meet Banga'")
R(D, "Human Rights Watch", "criticized", "Uzbekistan", time="2022", note="'accused security forces that year'")
R(D, "Aral Sea", "located_in", "Uzbekistan", req=False, note="'which Uzbekistan shares with Kazakhstan'")
R(D, "Aral Sea", "located_in", "Kazakhstan", req=False)
R(D, "World Bank", "supported", "Kazakhstan", time="2005", alt_o=["Kok-Aral Dam"], note="'completed in 2005 with World Bank support'")
R(D, "Kok-Aral Dam", "located_in", "Kazakhstan", req=False)
R(D, "Kazakhstan", "contacted", "World Bank", mod="negated", alt_s=["Astana"], note="'Astana had not approached the bank'")
R(D, "Dashoguz province", "located_in", "Turkmenistan", note="'Turkmenistan, whose Dashoguz province'")
R(D, "China", "trades_with", "Uzbekistan", note="'Uzbekistan's largest trading partner'")
R(D, "China", "supported", "Karakalpakstan", req=False, alt_o=["Uzbekistan"], note="'has financed solar plants in Karakalpakstan'")
R(D, "Timur Nazarov", "works_for", "Centre for Water Policy Analysis")
R(D, "Centre for Water Policy Analysis", "based_in", "Tashkent", note="'Tashkent-based'")
R(D, "Oliy Majlis", "based_in", "Uzbekistan", req=False, note="'Uzbekistan's parliament, the Oliy Majlis'")

# ===== E: Council of Europe tribunal host deal (published 2025-11-27; signing Wednesday 2025-11-26)
R(E, "Netherlands", "signed_agreement_with", "Council of Europe", time="2025-11-26", alt_s=["David van Weel"], alt_o=["Alain Berset"])
R(E, "Netherlands", "party_to", "Special Tribunal host-state agreement", time="2025-11-26")
R(E, "Council of Europe", "party_to", "Special Tribunal host-state agreement", time="2025-11-26")
R(E, "David van Weel", "works_for", "Netherlands", alt_o=["Dick Schoof"], note="'Dutch Foreign Minister'")
R(E, "Alain Berset", "head_of", "Council of Europe", alt_p=["works_for"], note="'the secretary general of the Council of Europe'")
R(E, "Andrii Sybiha", "works_for", "Ukraine", alt_o=["Volodymyr Zelensky"], note="'Ukrainian Foreign Minister'")
R(E, "David van Weel", "visited", "Strasbourg", time="2025-11-26", note="signed in Strasbourg")
R(E, "Andrii Sybiha", "visited", "Strasbourg", time="2025-11-26", note="attended the ceremony in Strasbourg")
R(E, "David van Weel", "met_with", "Alain Berset", time="2025-11-26", req=False)
R(E, "Volodymyr Zelensky", "head_of", "Ukraine", note="'President Volodymyr Zelensky'")
R(E, "Ukraine", "signed_agreement_with", "Council of Europe", time="2025-06-25", alt_s=["Volodymyr Zelensky"], alt_o=["Alain Berset"], note="'signed in Strasbourg on June 25'")
R(E, "Ukraine", "party_to", "Agreement establishing the Special Tribunal", time="2025-06-25", alt_s=["Volodymyr Zelensky"])
R(E, "Council of Europe", "party_to", "Agreement establishing the Special Tribunal", time="2025-06-25", alt_s=["Alain Berset"])
R(E, "Volodymyr Zelensky", "visited", "Strasbourg", time="2025-06-25")
R(E, "Volodymyr Zelensky", "met_with", "Alain Berset", time="2025-06-25", req=False)
R(E, "Russia", "attacked", "Ukraine", time="2022-02", note="'full-scale invasion of Ukraine in February 2022'")
R(E, "International Centre for the Prosecution of the Crime of Aggression", "based_in", "The Hague", note="'hosted by Eurojust in The Hague'")
R(E, "Eurojust", "based_in", "The Hague", req=False)
R(E, "Netherlands", "member_of", "Council of Europe", time="1949", note="'a founding member of the Council of Europe in 1949'")
R(E, "International Criminal Court", "based_in", "Netherlands", alt_o=["The Hague"], note="'already hosts the International Criminal Court'")
R(E, "Special Tribunal for the Crime of Aggression against Ukraine", "based_in", "The Hague", mod="planned", alt_o=["Netherlands"], note="'will sit in The Hague'")
R(E, "Vladimir Putin", "head_of", "Russia", req=False, note="'President Vladimir Putin' (country implicit)")
R(E, "Dmitry Peskov", "works_for", "Russia", alt_o=["Vladimir Putin", "Kremlin"], note="'Kremlin spokesman'")
R(E, "Dmitry Peskov", "criticized", "Special Tribunal for the Crime of Aggression against Ukraine", alt_s=["Russia", "Moscow", "Kremlin"], note="'legally null'; 'Moscow dismissed the ceremony'")
R(E, "Russia", "member_of", "Council of Europe", mod="negated", time="2022-03", req=False, note="'expelled from the Council of Europe in March 2022'")
R(E, "European Union", "supported", "Special Tribunal for the Crime of Aggression against Ukraine", note="'pledged 10 million euros towards its start-up costs'")
R(E, "Kaja Kallas", "works_for", "European Union", note="'EU foreign policy chief'")
R(E, "United States", "member_of", "Special Tribunal for the Crime of Aggression against Ukraine", mod="negated", alt_p=["party_to"], alt_s=["Washington"], note="'has not joined the tribunal'")
R(E, "United States", "member_of", "International Centre for the Prosecution of the Crime of Aggression", mod="negated", time="2025-03", req=False, note="'pulled out of the International Centre in March'")
R(E, "Dick Schoof", "head_of", "Netherlands", note="'Prime Minister Dick Schoof's cabinet'")
R(E, "Rob Jetten", "head_of", "D66", note="'the centrist D66 party of Rob Jetten'")
R(E, "Rob Jetten", "supported", "Special Tribunal for the Crime of Aggression against Ukraine", mod="reported", note="'Jetten has said he supports the tribunal'")
R(E, "Lotte Brinkman", "works_for", "Hague Institute for Accountability", note="'a researcher at'")

# ===== F: Montenegro EU chapters (published 2025-12-17; conference Tuesday 2025-12-16)
R(F, "Montenegro", "negotiating_with", "European Union", note="'accession negotiations with the European Union'")
R(F, "Montenegro", "candidate_for", "European Union", time="2008-12", note="'applied for membership in December 2008'")
R(F, "Montenegro", "member_of", "European Union", mod="planned", time="2028", alt_s=["Milojko Spajić"], note="'the country would join the EU in 2028'")
R(F, "Croatia", "member_of", "European Union", time="2013", note="'joined the EU in 2013'")
R(F, "Montenegro", "member_of", "NATO", time="2017", note="'joined NATO in 2017'")
R(F, "Marie Bjerre", "works_for", "Denmark", note="'Denmark's minister for European affairs'")
R(F, "Marta Kos", "works_for", "European Union", alt_o=["European Commission"], note="'the European commissioner for enlargement'")
R(F, "Milojko Spajić", "head_of", "Montenegro", note="'Prime Minister Milojko Spajic'")
R(F, "Maida Gorčević", "works_for", "Montenegro", alt_o=["Milojko Spajić"], note="'His minister for European affairs'")
R(F, "Maida Gorčević", "visited", "Brussels", time="2025-12-16", note="'led the Montenegrin delegation in Brussels'")
R(F, "Milojko Spajić", "met_with", "Andrej Plenković", time="2025-12-05", note="'in Zagreb on Dec. 5'")
R(F, "Milojko Spajić", "visited", "Zagreb", time="2025-12-05", alt_o=["Croatia"])
R(F, "Andrej Plenković", "head_of", "Croatia", note="'Croatian Prime Minister'")
R(F, "Gordan Grlić Radman", "works_for", "Croatia", alt_o=["Andrej Plenković"], note="'Croatian Foreign Minister'")
R(F, "Croatia", "threatened", "Montenegro", time="2025-11", alt_o=["Podgorica"], note="'signalled last month that it would block the fisheries chapter unless'")
R(F, "Montenegro", "sanctioned", "Russia", note="'aligned fully ... including its sanctions on Russia'")
R(F, "European Union", "sanctioned", "Russia", note="'the EU's ... sanctions on Russia'")
R(F, "Serbia", "sanctioned", "Russia", mod="negated", alt_o=["Moscow"], note="'has refused to impose sanctions on Moscow'")
R(F, "Serbia", "negotiating_with", "European Union", req=False, note="'whose talks have barely moved since 2021'")
R(F, "Albania", "negotiating_with", "European Union", req=False, note="'opened its last negotiating cluster in 2025'")
R(F, "Vesna Dragović", "works_for", "Adriatic Governance Centre", note="'a programme director at'")
R(F, "Adriatic Governance Centre", "based_in", "Podgorica", note="'a think tank in Podgorica'")
R(F, "Montenegro", "located_in", "Western Balkans", req=False, note="'the rest of the Western Balkans'")
R(F, "Denmark", "member_of", "European Union", req=False, note="holds the Council presidency")
R(F, "Marie Bjerre", "visited", "Brussels", time="2025-12-16", req=False, note="chaired the conference in Brussels")

# ===== G: OSCE, Cassis tour (published 2026-03-12; Ashgabat Tuesday 2026-03-10, Astana Wednesday 2026-03-11)
R(G, "Ignazio Cassis", "works_for", "Switzerland", note="'the Swiss foreign minister'")
R(G, "Ignazio Cassis", "head_of", "OSCE", alt_p=["works_for"], note="'holds the rotating chairmanship'")
R(G, "Ignazio Cassis", "visited", "Ashgabat", time="2026-03-10", alt_o=["Turkmenistan"])
R(G, "Ignazio Cassis", "visited", "Astana", time="2026-03-11", alt_o=["Kazakhstan"])
R(G, "Ignazio Cassis", "met_with", "Serdar Berdimuhamedov", time="2026-03-10")
R(G, "Ignazio Cassis", "met_with", "Rashid Meredov", time="2026-03-10")
R(G, "Serdar Berdimuhamedov", "head_of", "Turkmenistan")
R(G, "Rashid Meredov", "works_for", "Turkmenistan", alt_o=["Serdar Berdimuhamedov"], note="'Foreign Minister'")
R(G, "OSCE", "signed_agreement_with", "Turkmenistan", time="2026-03-10", alt_s=["Ignazio Cassis", "Switzerland"], note="memorandum of understanding on border-guard training")
R(G, "Turkmenistan", "party_to", "OSCE-Turkmenistan border training memorandum", time="2026-03-10")
R(G, "OSCE", "party_to", "OSCE-Turkmenistan border training memorandum", time="2026-03-10", alt_s=["Switzerland", "Ignazio Cassis"])
R(G, "OSCE Centre in Ashgabat", "based_in", "Ashgabat")
R(G, "Ignazio Cassis", "met_with", "Gurbanguly Berdimuhamedov", mod="negated", note="'was not received by'")
R(G, "Gurbanguly Berdimuhamedov", "head_of", "People's Council", note="'chairs the People's Council'")
R(G, "People's Council", "based_in", "Turkmenistan", req=False)
R(G, "Turkmenistan", "borders", "Afghanistan", note="'shares a border of more than 700 kilometres with Afghanistan'")
R(G, "Turkmenistan", "trades_with", "Afghanistan", alt_o=["Taliban", "Kabul"], note="'close trade ties with the Taliban-led government in Kabul'")
R(G, "Turkmenistan", "recognizes", "Afghanistan", mod="negated", alt_o=["Taliban"], note="'has not formally recognised it'")
R(G, "Russia", "recognizes", "Afghanistan", time="2025-07", alt_o=["Taliban"], note="'the first country to do so in July last year'")
R(G, "Ignazio Cassis", "met_with", "Kassym-Jomart Tokayev", time="2026-03-11")
R(G, "Kassym-Jomart Tokayev", "head_of", "Kazakhstan")
R(G, "Kassym-Jomart Tokayev", "supported", "Switzerland", mod="reported", req=False, alt_s=["Kazakhstan"], note="'backed a Swiss proposal', per Tokayev's office")
R(G, "Feridun Sinirlioğlu", "head_of", "OSCE", alt_p=["works_for"], note="'OSCE Secretary General'")
R(G, "Feridun Sinirlioğlu", "visited", "Turkmenistan", req=False, alt_o=["Ashgabat"], note="'accompanied on both legs'")
R(G, "Feridun Sinirlioğlu", "visited", "Kazakhstan", req=False, alt_o=["Astana"])
R(G, "Feridun Sinirlioğlu", "works_for", "Turkey", req=False, note="'a former Turkish foreign minister'")
R(G, "Kyrgyzstan", "signed_agreement_with", "Tajikistan", time="2025-03")
R(G, "Kyrgyzstan", "party_to", "Kyrgyzstan-Tajikistan border treaty", time="2025-03")
R(G, "Tajikistan", "party_to", "Kyrgyzstan-Tajikistan border treaty", time="2025-03")
R(G, "Kyrgyzstan", "borders", "Tajikistan", note="'their border'")
R(G, "Kyrgyzstan", "in_conflict_with", "Tajikistan", req=False, note="a conflict now ended")
R(G, "Ignazio Cassis", "visited", "Bishkek", mod="hedged", time="2026-05", alt_o=["Kyrgyzstan"], note="'is expected to travel to Bishkek and Dushanbe in May'")
R(G, "Ignazio Cassis", "visited", "Dushanbe", mod="hedged", time="2026-05", alt_o=["Tajikistan"])
R(G, "Ignazio Cassis", "visited", "Tashkent", mod="hedged", req=False, note="'could add a stop in Tashkent'")
R(G, "Ignazio Cassis", "visited", "Uzbekistan", mod="negated", note="'He did not visit Uzbekistan on this trip'")
R(G, "OSCE", "based_in", "Vienna", note="'The Vienna-based organisation'")
R(G, "Russia", "took_control_of", "Crimea", time="2014", note="'Russia's annexation of Crimea'")
R(G, "Russia", "attacked", "Ukraine", note="'Russia's full-scale invasion of Ukraine'")
R(G, "Marat Seitkali", "works_for", "Altyn Orda Institute")
R(G, "Altyn Orda Institute", "based_in", "Almaty", note="'Almaty-based'")
R(G, "Switzerland", "member_of", "OSCE", req=False, note="chairs the OSCE")

# ===== H: Moldova-Ukraine Dniester (published 2026-02-20; signing Thursday 2026-02-19)
R(H, "Moldova", "signed_agreement_with", "Ukraine", time="2026-02-19", alt_s=["Alexandru Munteanu"], alt_o=["Yulia Svyrydenko"], note="the protocol; also the 2012 treaty")
R(H, "Moldova", "party_to", "Dniester monitoring protocol", time="2026-02-19")
R(H, "Ukraine", "party_to", "Dniester monitoring protocol", time="2026-02-19")
R(H, "Alexandru Munteanu", "head_of", "Moldova", alt_p=["works_for"], note="'Moldovan Prime Minister'")
R(H, "Yulia Svyrydenko", "head_of", "Ukraine", alt_p=["works_for"], note="'Ukrainian Prime Minister'")
R(H, "Maia Sandu", "head_of", "Moldova", note="'President Maia Sandu'")
R(H, "Yulia Svyrydenko", "visited", "Chisinau", time="2026-02-19", alt_o=["Moldova"], note="'her first visit to Moldova'")
R(H, "Yulia Svyrydenko", "met_with", "Alexandru Munteanu", time="2026-02-19")
R(H, "Yulia Svyrydenko", "met_with", "Maia Sandu", time="2026-02-19")
R(H, "Chisinau", "capital_of", "Moldova", note="'the Moldovan capital, Chisinau'")
R(H, "Dniester Hydropower Complex", "located_in", "Novodnistrovsk", alt_o=["Chernivtsi Oblast", "Ukraine"], note="'at Novodnistrovsk in Ukraine's Chernivtsi region'")
R(H, "Novodnistrovsk", "located_in", "Chernivtsi Oblast", alt_o=["Ukraine"])
R(H, "Chernivtsi Oblast", "located_in", "Ukraine")
R(H, "Moldova", "borders", "Ukraine", note="'the two neighbours'")
R(H, "Moldova", "in_conflict_with", "Ukraine", req=False, note="'a dispute that has simmered ... for more than a decade'")
R(H, "European Union", "supported", "Moldova", note="'a 4 million euro grant to both countries'")
R(H, "European Union", "supported", "Ukraine")
R(H, "Moldova", "party_to", "Dniester basin treaty", time="2012", note="'a 2012 treaty on the Dniester basin, signed in Rome'")
R(H, "Ukraine", "party_to", "Dniester basin treaty", time="2012")
R(H, "Moldova", "criticized", "Ukrhydroenergo", note="'Moldovan officials have accused Ukrhydroenergo'")
R(H, "Ukrhydroenergo", "based_in", "Ukraine", req=False, note="'Ukraine's state hydropower company'")
R(H, "Russia", "attacked", "Dnipro Hydroelectric Station", mod="reported", time="2024-03", note="'Russian missiles destroyed ... in March 2024' (Ukrainian officials say)")
R(H, "Dnipro Hydroelectric Station", "located_in", "Zaporizhzhia", note="'the Dnipro hydroelectric station in Zaporizhzhia'")
R(H, "Yulia Svyrydenko", "met_with", "Vadim Krasnoselsky", mod="negated", note="'did not meet'")
R(H, "Vadim Krasnoselsky", "head_of", "Transnistria", req=False, note="'the leader of Transnistria' (Transnistria is a Region)")
R(H, "Russia", "supported", "Transnistria", note="'the Russian-backed region'")
R(H, "Transnistria", "seceded_from", "Moldova", time="199", note="'broke away from Moldova in the early 1990s'")
R(H, "Russia", "recognizes", "Transnistria", mod="negated", req=False, note="'has never formally recognised its independence' (Transnistria is a Region)")
R(H, "Ukraine", "contacted", "Tiraspol", mod="negated", req=False, alt_o=["Transnistria"], alt_s=["Yulia Svyrydenko"], note="'no contacts with Tiraspol were planned'")
R(H, "Moldova", "negotiating_with", "European Union", time="2024-06", note="'opened accession negotiations with the EU together in June 2024'")
R(H, "Ukraine", "negotiating_with", "European Union", time="2024-06")
R(H, "Moldova", "candidate_for", "European Union", req=False)
R(H, "Ukraine", "candidate_for", "European Union", req=False)
R(H, "Alexandru Munteanu", "visited", "Kyiv", mod="hedged", time="2026-04", alt_o=["Ukraine"], note="'is expected to travel to Kyiv in April'")
R(H, "Moldova", "signed_agreement_with", "Ukraine", mod="planned", time="2026-04", note="'plan to sign a broader energy-security agreement'")
R(H, "Ion Cebotari", "works_for", "Dniester Basin Institute")
R(H, "Dniester Basin Institute", "based_in", "Chisinau", note="'an independent research centre in Chisinau'")

# ---------------------------------------------------------------- checks
names = {}
for e in ENT:
    for a in [e["name"]] + e["aliases"]:
        k = a.strip().lower()
        if k in names and names[k] != e["name"]:
            sys.exit(f"alias clash: {a} -> {names[k]} and {e['name']}")
        names[k] = e["name"]
canon = {e["name"] for e in ENT}
extra_ok = {"Kremlin"}  # accepted spellings that are not entities
typ = {e["name"]: e["type"] for e in ENT}
for r in ROWS:
    for n in [r["s"], r["o"]] + (r["alt_s"] or []) + (r["alt_o"] or []):
        if n not in canon and n not in extra_ok:
            sys.exit(f"unknown entity {n!r} in {r}")

SYM = {"met_with", "negotiating_with", "normalized_relations_with", "diplomatic_relations_with",
       "allied_with", "in_conflict_with", "borders", "signed_agreement_with", "trades_with"}
POL = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT", "negated": "NEG"}
merged, order = {}, []
for r in ROWS:
    s, o = r["s"], r["o"]
    if r["p"] in SYM and s > o:
        s, o = o, s
    k = (s, r["p"], o, POL[r["modality"]])
    if k in merged:
        m = merged[k]
        for d in r["docs"]:
            if d not in m["docs"]:
                m["docs"].append(d)
        m["required"] = m["required"] or r["required"]
        m["time"] = m["time"] or r["time"]
        for a in ("alt_s", "alt_p", "alt_o"):
            if r[a]:
                m[a] = sorted(set((m[a] or []) + r[a]))
        if r["note"]:
            m["note"] = "; ".join(x for x in [m["note"], r["note"]] if x)
        print("merged", k, m["docs"], file=sys.stderr)
    else:
        merged[k] = dict(r)
        order.append(k)

with open(os.path.join(OUT, "entities.jsonl"), "w", encoding="utf-8") as f:
    for e in ENT:
        f.write(json.dumps(e, ensure_ascii=False) + "\n")
rows_out = []
with open(os.path.join(OUT, "triples.jsonl"), "w", encoding="utf-8") as f:
    for k in order:
        r = merged[k]
        out = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": r["docs"], "modality": r["modality"]}
        if r["time"]:
            out["time"] = r["time"]
        out["required"] = r["required"]
        for a in ("alt_s", "alt_p", "alt_o"):
            if r[a]:
                out[a] = r[a]
        if r["note"]:
            out["note"] = r["note"]
        rows_out.append(out)
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

# self-check statements: one per gold row and document, in the export format
def title_of(doc):
    t = open(os.path.join(OUT, "corpus", doc), encoding="utf-8").read()
    if doc.endswith(".html"):
        return re.search(r"<h1>(.*?)</h1>", t, re.S).group(1).strip()
    first = t.split("\n", 1)[0]
    return "" if re.match(r"^[A-Z .'-]+, [A-Z][a-z]{2,} \d+ \(", first) else first.strip()
with open(os.path.join(OUT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
    for r in rows_out:
        for d in r["docs"]:
            f.write(json.dumps({
                "subject": r["s"], "subject_type": typ[r["s"]], "predicate": r["p"],
                "object": r["o"], "object_type": typ[r["o"]], "modality": r["modality"],
                "time": r.get("time", ""), "role": "", "confidence": 1.0,
                "source": "corpus/" + d, "title": title_of(d), "published": PUBLISHED[d],
                "sentence": "", "start": 0, "end": 0, "rule": "gold"}, ensure_ascii=False) + "\n")
print(len(rows_out), "rows;", sum(r["required"] for r in rows_out), "required;", len(ENT), "entities", file=sys.stderr)
