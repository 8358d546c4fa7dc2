#!/usr/bin/env python3
"""Build and check the gold standard of news set zzz.

Every entity and every gold row lives in this file, each row with one
evidence phrase per document.  Running it

    python3 -B tools/build_gold.py            (from /work/newsets/zzz)

first proves that every check below rejects a bad row fed to it in memory,
then checks the real data, and only if both pass writes entities.jsonl,
triples.jsonl and selfcheck_statements.jsonl.  Any failure exits 1 and
writes nothing.  `--stats` also prints the count tables used in README.md.

Checks (tags in brackets):
  [evidence]   every evidence phrase lies inside one sentence of that
               document's body (tools/textutil.py decides bodies and sentences)
  [mention]    subject and object are named in that sentence by name or
               alias, or by a declared mention (pronoun, demonym, definite
               description) that is in the sentence while the entity is
               named somewhere in the same body
  [type]       entity types fit SCHEMA.md's signatures, for the main reading
               and for every alt_s/alt_p/alt_o reading
  [unit]       no (s, p, o, polarity) unit twice; symmetric predicates unordered
  [alias]      no alias (or name) shared by two entities under kgscore's
               normalisation; every alias occurs in some body
  [time]       a timed row gives, for every document, a time expression in
               the evidence sentence that resolves to the row's time: wire
               only from a stated year, newspaper/html against the
               publication date (weekday = latest such day before it;
               last/next month/year move by one; bare month = latest such month)
  [static]     no time on static predicates or on negated rows
  [qualifier]  a role on head_of/works_for, a commodity on imports_from
  [coverage]   all 34 predicates used; every entity used
  [ref]        names, predicates, modalities and documents exist
"""
import calendar
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

SCHEMA_MD = "/work/shared/SCHEMA.md"

DOCS = {
    "01": "zzz01_spain_mauritania_seasonal_work.txt",
    "02": "zzz02_italy_libya_coast_guard.txt",
    "03": "zzz03_iraq_turkey_water_financing.txt",
    "04": "zzz04_algeria_niger_expulsions.txt",
    "05": "zzz05_shatt_al_arab_salinity.txt",
    "06": "zzz06_syria_euphrates_dams.txt",
    "07": "zzz07_eu_morocco_ceuta_talks.html",
    "08": "zzz08_mosul_dam_kurdistan_water.html",
}

STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "allied_with", "diplomatic_relations_with"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- entities
P, C, O, CI, RG, A, F = ("Person", "Country", "Organization", "City", "Region",
                         "Agreement", "Facility")
ENTITIES = [
    # cluster A: people
    ("Pedro Sánchez", P, ["Sánchez", "Prime Minister Pedro Sánchez", "Spanish Prime Minister Pedro Sánchez"]),
    ("Mohamed Ould Ghazouani", P, ["Ghazouani", "President Mohamed Ould Ghazouani"]),
    ("Mohamed Salem Ould Merzoug", P, []),
    ("Fernando Grande-Marlaska", P, ["Grande-Marlaska"]),
    ("Fernando Clavijo", P, []),
    ("Oumar Sangaré", P, []),
    ("Magnus Brunner", P, ["Brunner"]),
    ("Matteo Piantedosi", P, ["Piantedosi"]),
    ("Abdul Hamid Dbeibah", P, ["Dbeibah"]),
    ("Imad Trabelsi", P, []),
    ("Khalifa Haftar", P, ["Haftar"]),
    ("Giorgia Meloni", P, ["Meloni"]),
    ("Kais Saied", P, ["Saied"]),
    ("Ibrahima Sow", P, ["Sow"]),
    ("Abdourahamane Tiani", P, ["General Abdourahamane Tiani"]),
    ("Mamadou Diallo", P, []),
    ("Ahmed Attaf", P, []),
    ("Abdelmadjid Tebboune", P, []),
    ("Assimi Goïta", P, ["General Assimi Goïta"]),
    ("Ibrahim Mahamadou", P, []),
    ("Amy Pope", P, []),
    ("Nasser Bourita", P, []),
    ("Hans Leijtens", P, []),
    ("Mohammed VI", P, ["King Mohammed VI"]),
    ("Aziz Akhannouch", P, []),
    ("Nadia El Amrani", P, []),
    # cluster B: people
    ("Hakan Fidan", P, ["Fidan"]),
    ("Fuad Hussein", P, []),
    ("Mohammed Shia al-Sudani", P, ["Sudani"]),
    ("Recep Tayyip Erdoğan", P, ["Erdoğan"]),
    ("Aoun Diab Abdullah", P, []),
    ("Mahmoud al-Mashhadani", P, []),
    ("Kadhim Jabbar", P, []),
    ("Hussein Abdul-Amir", P, ["Abdul-Amir"]),
    ("Abbas Araghchi", P, []),
    ("Abbas Aliabadi", P, []),
    ("Masoud Pezeshkian", P, []),
    ("Saddam Hussein", P, []),
    ("Salman al-Rikabi", P, []),
    ("Ahmed al-Sharaa", P, ["al-Sharaa"]),
    ("Mazloum Abdi", P, ["Abdi"]),
    ("Rezan Hemo", P, []),
    ("Asaad al-Shaibani", P, []),
    ("Bashar al-Assad", P, ["Assad"]),
    ("Khaled Darwish", P, []),
    ("Masrour Barzani", P, []),
    ("Sherzad Omar", P, []),
    ("Karwan Aziz", P, []),
    # countries
    ("Spain", C, ["Madrid"]),
    ("Mauritania", C, []),
    ("Morocco", C, ["Rabat"]),
    ("Algeria", C, ["Algiers"]),
    ("Mali", C, []),
    ("Niger", C, []),
    ("Burkina Faso", C, []),
    ("Libya", C, []),
    ("Tunisia", C, []),
    ("Italy", C, ["Rome"]),
    ("Senegal", C, []),
    ("Guinea", C, []),
    ("Russia", C, []),
    ("France", C, []),
    ("Sahrawi Arab Democratic Republic", C, ["Sahrawi republic"]),
    ("Iraq", C, ["Baghdad"]),
    ("Turkey", C, ["Ankara"]),
    ("Iran", C, []),
    ("Syria", C, ["Damascus"]),
    ("United States", C, ["U.S."]),
    ("Israel", C, []),
    ("Turkmenistan", C, []),
    ("Azerbaijan", C, []),
    ("Qatar", C, []),
    ("United Kingdom", C, ["Britain"]),
    # organizations
    ("European Union", O, ["EU", "Brussels"]),
    ("Alliance of Sahel States", O, []),
    ("Polisario Front", O, []),
    ("Government of the Canary Islands", O, ["Canary Islands regional government"]),
    ("Africa Corps", O, []),
    ("JNIM", O, []),
    ("Government of National Unity", O, []),
    ("Libyan National Army", O, []),
    ("Libyan Coast Guard", O, []),
    ("International Organization for Migration", O, ["IOM"]),
    ("Amnesty International", O, []),
    ("Economic Community of West African States", O, []),
    ("Tinfa Solidarity", O, []),
    ("Frontex", O, []),
    ("African Union", O, []),
    ("BRICS", O, []),
    ("Human Rights Watch", O, []),
    ("Tangier Centre for Migration Studies", O, []),
    ("Council of Representatives of Iraq", O, ["Iraqi parliament"]),
    ("Kurdistan Workers' Party", O, ["PKK"]),
    ("World Trade Organization", O, []),
    ("University of Basra", O, []),
    ("Syrian Democratic Forces", O, ["SDF"]),
    ("Syrian National Army", O, ["National Army"]),
    ("Islamic State", O, []),
    ("Peshmerga", O, []),
    ("Kurdistan Regional Government", O, []),
    ("Salahaddin University", O, []),
    ("OPEC", O, []),
    # cities
    ("Nouakchott", CI, []),
    ("Nouadhibou", CI, []),
    ("Tripoli", CI, []),
    ("Benghazi", CI, []),
    ("Tunis", CI, []),
    ("Zuwara", CI, []),
    ("Agadez", CI, []),
    ("Oran", CI, []),
    ("Niamey", CI, []),
    ("Tindouf", CI, []),
    ("Abuja", CI, []),
    ("Tinzaouaten", CI, []),
    ("Assamaka", CI, []),
    ("Warsaw", CI, []),
    ("Ceuta", CI, []),
    ("Melilla", CI, []),
    ("Geneva", CI, []),
    ("Basra", CI, []),
    ("Siba", CI, []),
    ("Tehran", CI, []),
    ("Erbil", CI, []),
    ("Kirkuk", CI, []),
    ("Duhok", CI, []),
    ("Moscow", CI, []),
    ("Raqqa", CI, []),
    # regions
    ("Canary Islands", RG, []),
    ("Western Sahara", RG, []),
    ("Azawad", RG, []),
    ("Dhi Qar", RG, ["Dhi Qar province"]),
    ("Qandil Mountains", RG, []),
    ("Kurdistan Region", RG, []),
    ("Northeast Syria", RG, ["the northeast"]),
    # facilities
    ("Mbera refugee camp", F, []),
    ("Es Sider", F, []),
    ("Ilisu Dam", F, ["Ilisu"]),
    ("Tishrin Dam", F, []),
    ("Tabqa Dam", F, []),
    ("Mosul Dam", F, []),
    # agreements
    ("EU-Tunisia memorandum of understanding", A, ["memorandum of understanding"]),
    ("Algiers peace accord", A, []),
    ("UN Watercourses Convention", A, ["U.N. Watercourses Convention"]),
    ("1987 Turkey-Syria water protocol", A, ["1987 protocol"]),
    ("Algiers Agreement", A, ["1975 Algiers Agreement"]),
]


# Demonyms accepted as a declared mention of a country that the body may
# not name outright ("a 22-year-old Senegalese").
DEMONYMS = {
    "Spain": ["Spanish"], "Mauritania": ["Mauritanian"], "Morocco": ["Moroccan"],
    "Algeria": ["Algerian"], "Mali": ["Malian"], "Niger": ["Nigerien"], "Italy": ["Italian"],
    "Tunisia": ["Tunisian"], "Senegal": ["Senegalese"], "Guinea": ["Guinean"],
    "Iraq": ["Iraqi"], "Turkey": ["Turkish"], "Iran": ["Iranian"], "Syria": ["Syrian"],
    "Israel": ["Israeli"], "Azerbaijan": ["Azerbaijani"], "European Union": ["European"],
}

# ---------------------------------------------------------------- rows
def ev(q, s=None, o=None, t=None):
    """Evidence: phrase q; s/o = mention of subject/object in the sentence when
    it is not a name or alias (pronoun, demonym, description); t = the time
    expression in the sentence that dates the fact."""
    return {"q": q, "s": s, "o": o, "t": t}


def R(s, p, o, mod, evs, time=None, req=True, role=None, commodity=None,
      alt_s=None, alt_p=None, alt_o=None, note=None):
    return {"s": s, "p": p, "o": o, "modality": mod, "ev": evs, "time": time,
            "required": req, "role": role, "commodity": commodity,
            "alt_s": alt_s, "alt_p": alt_p, "alt_o": alt_o, "extra": note}


AS, RE, HE, PL, NE = "asserted", "reported", "hedged", "planned", "negated"

ROWS = [
    # ======================= cluster A: western Mediterranean migration
    # --- zzz01 Spain-Mauritania
    R("Pedro Sánchez", "head_of", "Spain", AS, {
        "01": ev("Spanish Prime Minister Pedro Sánchez", o="Spanish"),
        "07": ev("Prime Minister Pedro Sánchez")}, role="prime minister"),
    R("Spain", "signed_agreement_with", "Mauritania", AS, {
        "01": ev("signed a labour migration agreement with Mauritania", s="Spanish")},
        alt_s=["Pedro Sánchez"], note="labour migration deal signed by Sánchez; the wire gives no year"),
    R("Pedro Sánchez", "visited", "Nouakchott", RE, {
        "01": ev("who flew into Nouakchott on Monday")}, alt_o=["Mauritania"],
        note="wire: 'on Monday' without a year, so no time"),
    R("Pedro Sánchez", "met_with", "Mohamed Ould Ghazouani", RE, {
        "01": ev("held more than two hours of talks with President Mohamed Ould Ghazouani")}),
    R("Mohamed Ould Ghazouani", "head_of", "Mauritania", AS, {
        "01": ev("President Mohamed Ould Ghazouani", o="the West African country")}, role="president"),
    R("Mohamed Salem Ould Merzoug", "works_for", "Mauritania", AS, {
        "01": ev("Foreign Minister Mohamed Salem Ould Merzoug")}, role="foreign minister"),
    R("Fernando Grande-Marlaska", "works_for", "Spain", AS, {
        "01": ev("Interior Minister Fernando Grande-Marlaska", o="Spanish")}, role="interior minister"),
    R("Nouadhibou", "located_in", "Mauritania", AS, {
        "01": ev("Nouadhibou, the Mauritanian fishing port", o="Mauritanian")}),
    R("Canary Islands", "located_in", "Spain", AS, {
        "01": ev("the Canary Islands, a Spanish archipelago", o="Spanish")}),
    R("European Union", "signed_agreement_with", "Mauritania", AS, {
        "01": ev("partnership the European Union signed with Mauritania in February 2024", t="February 2024")},
        time="2024-02"),
    R("Nouakchott", "capital_of", "Mauritania", AS, {
        "01": ev("Nouakchott, the Mauritanian capital", o="Mauritanian")}),
    R("Nouakchott", "located_in", "Mauritania", AS, {
        "01": ev("Nouakchott, the Mauritanian capital", o="Mauritanian")}, req=False,
        note="entailed by capital_of"),
    R("Fernando Clavijo", "head_of", "Government of the Canary Islands", AS, {
        "01": ev("Fernando Clavijo, president of the Canary Islands regional government")}, role="president"),
    R("Fernando Clavijo", "criticized", "Spain", AS, {
        "01": ev("accused Madrid of leaving the islands")}, alt_s=["Government of the Canary Islands"]),
    R("Mali", "in_conflict_with", "JNIM", AS, {
        "01": ev("the army and Russian paramilitaries of the Africa Corps are battling the al Qaeda-linked group JNIM",
                 s="their country's")}),
    R("Africa Corps", "in_conflict_with", "JNIM", AS, {
        "01": ev("Russian paramilitaries of the Africa Corps are battling the al Qaeda-linked group JNIM")}),
    R("Mauritania", "borders", "Mali", AS, {
        "01": ev("Mauritania shares a 2,200-km border with Mali")},
        note="also 'Unlike its eastern neighbour' in zzz01"),
    R("Mbera refugee camp", "located_in", "Mauritania", AS, {
        "01": ev("the Mbera refugee camp in its southeast")}),
    R("Oumar Sangaré", "citizen_of", "Mali", AS, {
        "01": ev("Oumar Sangaré, a 27-year-old Malian mechanic", o="Malian")}),
    R("Oumar Sangaré", "lives_in", "Nouadhibou", AS, {
        "01": ev("who lives in Nouadhibou")}),
    R("Mauritania", "member_of", "Alliance of Sahel States", NE, {
        "01": ev("Mauritania has not joined the Alliance of Sahel States")}),
    R("Mali", "member_of", "Alliance of Sahel States", AS, {
        "01": ev("the bloc that Mali formed with Niger and Burkina Faso"),
        "04": ev("Mali, Niger and Burkina Faso, which together make up the Alliance of Sahel States")}),
    R("Niger", "member_of", "Alliance of Sahel States", AS, {
        "01": ev("the bloc that Mali formed with Niger and Burkina Faso"),
        "04": ev("Mali, Niger and Burkina Faso, which together make up the Alliance of Sahel States")}),
    R("Burkina Faso", "member_of", "Alliance of Sahel States", AS, {
        "01": ev("the bloc that Mali formed with Niger and Burkina Faso"),
        "04": ev("Mali, Niger and Burkina Faso, which together make up the Alliance of Sahel States")}),
    R("Mauritania", "recognizes", "Sahrawi Arab Democratic Republic", AS, {
        "01": ev("Mauritania has recognised the Sahrawi Arab Democratic Republic", t="1984")}, time="1984",
        note="'since 1984'"),
    R("Spain", "recognizes", "Sahrawi Arab Democratic Republic", NE, {
        "01": ev("Spain does not recognise it", o="it"),
        "07": ev("neither does Spain")}),
    R("Spain", "supported", "Morocco", AS, {
        "01": ev("in 2022 backed Morocco's plan for autonomy", t="2022"),
        "07": ev("Prime Minister Pedro Sánchez backed Morocco's autonomy plan", t="2022")},
        time="2022", alt_s=["Pedro Sánchez"], note="backing for Morocco's Western Sahara autonomy plan"),
    R("Spain", "signed_agreement_with", "Senegal", HE, {
        "01": ev("Asked whether Spain would offer a similar deal to Senegal")}, req=False,
        note="polarity trap: 'did not rule it out' is a possibility, not a denial"),
    R("Spain", "trades_with", "Mauritania", AS, {
        "01": ev("Spain is one of Mauritania's biggest trading partners")}),
    R("Spain", "imports_from", "Mauritania", AS, {
        "01": ev("buys much of the octopus caught in Mauritanian waters")}, commodity="octopus",
        alt_p=["trades_with"]),
    R("Magnus Brunner", "works_for", "European Union", AS, {
        "01": ev("The EU's migration commissioner, Magnus Brunner"),
        "07": ev("Magnus Brunner, the European commissioner for internal affairs and migration", o="European")},
        role="commissioner for internal affairs and migration"),
    R("Magnus Brunner", "visited", "Nouakchott", HE, {
        "01": ev("is expected to visit Nouakchott next month")}, alt_o=["Mauritania"]),
    # --- zzz07 EU-Morocco
    R("Magnus Brunner", "visited", "Morocco", RE, {
        "07": ev("travelled to Rabat on Tuesday for the opening round", t="on Tuesday")}, time="2026-04-21"),
    R("Magnus Brunner", "met_with", "Nasser Bourita", RE, {
        "07": ev("met Foreign Minister Nasser Bourita", t="on Tuesday")}, time="2026-04-21"),
    R("Nasser Bourita", "works_for", "Morocco", AS, {
        "07": ev("Foreign Minister Nasser Bourita")}, role="foreign minister"),
    R("European Union", "negotiating_with", "Morocco", AS, {
        "07": ev("The European Union and Morocco opened formal negotiations on Tuesday", t="on Tuesday")},
        time="2026-04-21"),
    R("European Union", "signed_agreement_with", "Morocco", PL, {
        "07": ev("Brussels and Rabat said they aimed to sign the partnership")}),
    R("Morocco", "signed_agreement_with", "European Union", NE, {
        "07": ev("Morocco has never concluded the readmission agreement that Brussels has sought")},
        note="the readmission agreement sought since 2003"),
    R("Ceuta", "located_in", "Spain", AS, {
        "07": ev("Ceuta and Melilla, Spain's two cities on the North African coast")}),
    R("Melilla", "located_in", "Spain", AS, {
        "07": ev("Ceuta and Melilla, Spain's two cities on the North African coast")}),
    R("Frontex", "based_in", "Warsaw", AS, {
        "07": ev("Frontex, the EU border agency based in Warsaw")}),
    R("Hans Leijtens", "head_of", "Frontex", AS, {
        "07": ev("its executive director, Hans Leijtens")}, role="executive director"),
    R("Spain", "normalized_relations_with", "Morocco", AS, {
        "07": ev("Relations between Madrid and Rabat, strained for decades over Western Sahara, were restored in 2022",
                 t="2022")}, time="2022"),
    R("Morocco", "took_control_of", "Western Sahara", AS, {
        "07": ev("Morocco took control of most of Western Sahara", t="1975")}, time="1975"),
    R("Polisario Front", "in_conflict_with", "Morocco", AS, {
        "07": ev("the Polisario Front has fought Moroccan forces for its independence", o="Moroccan")}),
    R("Algeria", "supported", "Polisario Front", AS, {
        "04": ev("it remains the main backer of the Polisario Front", s="it"),
        "07": ev("ever since with Algerian support", s="Algerian")}),
    R("Polisario Front", "based_in", "Tindouf", AS, {
        "04": ev("which is based in the Algerian city of Tindouf")}),
    R("Tindouf", "located_in", "Algeria", AS, {
        "04": ev("the Algerian city of Tindouf", o="Algerian")}),
    R("Algeria", "recognizes", "Sahrawi Arab Democratic Republic", AS, {
        "07": ev("Algeria, which recognises the Sahrawi Arab Democratic Republic")}),
    R("Algeria", "sanctioned", "Spain", AS, {
        "07": ev("freezing trade with Spain in 2022", t="2022")}, time="2022"),
    R("Algeria", "normalized_relations_with", "Spain", AS, {
        "07": ev("restored normal relations with Madrid only in late 2023", t="late 2023")}, time="2023"),
    R("Morocco", "recognizes", "Sahrawi Arab Democratic Republic", NE, {
        "07": ev("Morocco does not recognise the Sahrawi republic")}),
    R("Spain", "trades_with", "Morocco", AS, {
        "07": ev("Spain is Morocco's largest trading partner")}),
    R("Spain", "imports_from", "Morocco", AS, {
        "07": ev("Spanish supermarkets import large volumes of Moroccan tomatoes", s="Spanish", o="Moroccan")},
        commodity="tomatoes", alt_p=["trades_with"]),
    R("Morocco", "imports_from", "Spain", AS, {
        "07": ev("Morocco in turn has imported natural gas from Spain")}, commodity="natural gas",
        alt_p=["trades_with"]),
    R("Spain", "imports_from", "Algeria", AS, {
        "07": ev("Spain still imports Algerian gas", o="Algerian")}, commodity="natural gas",
        alt_p=["trades_with"]),
    R("Mohammed VI", "head_of", "Morocco", AS, {
        "07": ev("Under King Mohammed VI, Morocco")}, role="king"),
    R("Morocco", "member_of", "African Union", AS, {
        "07": ev("Morocco rejoined the African Union")}),
    R("Morocco", "candidate_for", "Economic Community of West African States", AS, {
        "07": ev("applied the same year to join the Economic Community of West African States", t="2017")},
        time="2017", note="'rejoined the African Union in 2017 and applied the same year'"),
    R("Morocco", "member_of", "Economic Community of West African States", NE, {
        "07": ev("which it has still not been allowed to enter")}),
    R("Algeria", "candidate_for", "BRICS", AS, {
        "07": ev("Algeria's own bid to join the BRICS group")}),
    R("Algeria", "member_of", "BRICS", NE, {
        "07": ev("the country is not a member")}),
    R("Human Rights Watch", "criticized", "Morocco", AS, {
        "07": ev("Human Rights Watch has criticised Morocco")}),
    R("Nadia El Amrani", "works_for", "Tangier Centre for Migration Studies", AS, {
        "07": ev("Nadia El Amrani, a researcher at the Tangier Centre for Migration Studies")}, role="researcher"),
    R("Aziz Akhannouch", "head_of", "Morocco", AS, {
        "07": ev("Head of Government Aziz Akhannouch")}, role="head of government"),
    # --- zzz02 Italy-Libya-Tunisia
    R("Matteo Piantedosi", "works_for", "Italy", AS, {
        "02": ev("Italian Interior Minister Matteo Piantedosi", o="Italian")}, role="interior minister"),
    R("Italy", "supported", "Libyan Coast Guard", PL, {
        "02": ev("pledged on Wednesday to hand six more patrol boats to the Libyan coast guard", s="Italian")},
        alt_s=["Matteo Piantedosi"], note="a pledge of boats"),
    R("Italy", "supported", "International Organization for Migration", PL, {
        "02": ev("said Italy would also pay for voluntary return flights run by the International Organization for Migration")},
        req=False, note="paying for IOM return flights"),
    R("Matteo Piantedosi", "visited", "Libya", AS, {
        "02": ev("on his second visit to Libya this year")}, alt_o=["Tripoli"]),
    R("Matteo Piantedosi", "met_with", "Abdul Hamid Dbeibah", AS, {
        "02": ev("after talks in Tripoli with Prime Minister Abdul Hamid Dbeibah")}),
    R("Matteo Piantedosi", "met_with", "Imad Trabelsi", AS, {
        "02": ev("after talks in Tripoli with Prime Minister Abdul Hamid Dbeibah and Interior Minister Imad Trabelsi")}),
    R("Abdul Hamid Dbeibah", "head_of", "Government of National Unity", AS, {
        "02": ev("Prime Minister Abdul Hamid Dbeibah and Interior Minister Imad Trabelsi of the Government of National Unity")},
        role="prime minister", alt_o=["Libya"]),
    R("Imad Trabelsi", "works_for", "Government of National Unity", AS, {
        "02": ev("Interior Minister Imad Trabelsi of the Government of National Unity")},
        role="interior minister", alt_o=["Libya"]),
    R("International Organization for Migration", "based_in", "Geneva", AS, {
        "02": ev("the Geneva-based U.N. agency")}),
    R("Tripoli", "capital_of", "Libya", AS, {
        "02": ev("Tripoli, the capital")}),
    R("Matteo Piantedosi", "visited", "Benghazi", NE, {
        "02": ev("He did not travel to Benghazi", s="He")}),
    R("Matteo Piantedosi", "met_with", "Khalifa Haftar", NE, {
        "02": ev("had no plans to meet Khalifa Haftar", s="He")}),
    R("Khalifa Haftar", "head_of", "Libyan National Army", AS, {
        "02": ev("Khalifa Haftar, the eastern commander whose Libyan National Army")}, role="commander"),
    R("Government of National Unity", "based_in", "Tripoli", AS, {
        "02": ev("The Tripoli-based government", s="The Tripoli-based government")}),
    R("Libyan National Army", "took_control_of", "Benghazi", AS, {
        "02": ev("His forces captured Benghazi from Islamist militias in 2017", s="His forces", t="2017")},
        time="2017"),
    R("Libyan National Army", "attacked", "Tripoli", AS, {
        "02": ev("attacked Tripoli in April 2019", s="His forces", t="April 2019")}, time="2019-04"),
    R("Libyan National Army", "blockaded", "Es Sider", AS, {
        "02": ev("they blockaded the country's main oil terminals, among them Es Sider, for much of 2020",
                 s="His forces", t="2020")}, time="2020"),
    R("Italy", "signed_agreement_with", "Khalifa Haftar", NE, {
        "02": ev("Italy has signed no comparable agreement with Haftar")}),
    R("Giorgia Meloni", "head_of", "Italy", AS, {
        "02": ev("Prime Minister Giorgia Meloni's government")}, role="prime minister"),
    R("Italy", "diplomatic_relations_with", "Libya", AS, {
        "02": ev("Rome never cut diplomatic ties with Libya")},
        note="polarity trap: 'never cut ties' affirms the relation"),
    R("Tunisia", "signed_agreement_with", "European Union", AS, {
        "02": ev("the country signed a memorandum of understanding with the European Union in July 2023",
                 t="July 2023")}, time="2023-07"),
    R("Tunisia", "party_to", "EU-Tunisia memorandum of understanding", AS, {
        "02": ev("the country signed a memorandum of understanding with the European Union in July 2023",
                 t="July 2023")}, time="2023-07"),
    R("European Union", "party_to", "EU-Tunisia memorandum of understanding", AS, {
        "02": ev("signed a memorandum of understanding with the European Union in July 2023", t="July 2023")},
        time="2023-07"),
    R("Giorgia Meloni", "brokered", "EU-Tunisia memorandum of understanding", AS, {
        "02": ev("Meloni helped broker that accord", o="that accord", t="2023")}, time="2023"),
    R("Giorgia Meloni", "visited", "Tunis", AS, {
        "02": ev("she travelled to Tunis three times in the summer of 2023", s="she", t="2023")},
        time="2023", alt_o=["Tunisia"]),
    R("Giorgia Meloni", "met_with", "Kais Saied", AS, {
        "02": ev("she travelled to Tunis three times in the summer of 2023 to see Tunisian President Kais Saied",
                 s="she", t="2023")}, time="2023"),
    R("Kais Saied", "head_of", "Tunisia", AS, {
        "02": ev("Tunisian President Kais Saied", o="Tunisian")}, role="president"),
    R("Amnesty International", "criticized", "EU-Tunisia memorandum of understanding", AS, {
        "02": ev("Amnesty International have criticised the accord", o="the accord")}),
    R("Amnesty International", "criticized", "Tunisia", AS, {
        "02": ev("accusing Tunisian security forces of dumping migrants in the desert", o="Tunisian")}),
    R("European Union", "supported", "Libyan Coast Guard", AS, {
        "02": ev("The European Union has helped train and equip the Libyan coast guard since 2017", t="2017")},
        time="2017"),
    R("Libyan Coast Guard", "killed", "Ibrahima Sow", RE, {
        "02": ev("a coast guard crew shot dead Ibrahima Sow", s="coast guard")},
        note="survivors' account; the coast guard denies it (next row)"),
    R("Libyan Coast Guard", "killed", "Ibrahima Sow", NE, {
        "02": ev("The coast guard denied killing Sow", s="The coast guard")}),
    R("Ibrahima Sow", "citizen_of", "Senegal", AS, {
        "02": ev("Ibrahima Sow, a 22-year-old Senegalese", o="Senegalese")}),
    R("Zuwara", "located_in", "Libya", AS, {
        "02": ev("Zuwara, a port in western Libya")}),
    R("Abdourahamane Tiani", "head_of", "Niger", AS, {
        "02": ev("its military government, led by General Abdourahamane Tiani"),
        "04": ev("Niger's leader, General Abdourahamane Tiani")}, role="military leader"),
    R("Agadez", "located_in", "Niger", AS, {
        "02": ev("Agadez, the desert city in northern Niger"),
        "04": ev("In Agadez, the northern Nigerien city", o="Nigerien")}),
    R("Italy", "trades_with", "Libya", AS, {
        "02": ev("Italy is Libya's biggest trading partner")}),
    R("Italy", "imports_from", "Libya", AS, {
        "02": ev("it imports natural gas from Libya")}, commodity="natural gas", alt_p=["trades_with"]),
    R("Abdul Hamid Dbeibah", "visited", "Italy", HE, {
        "02": ev("Dbeibah is expected to travel to Rome in April")}),
    R("Abdul Hamid Dbeibah", "met_with", "Giorgia Meloni", HE, {
        "02": ev("Dbeibah is expected to travel to Rome in April for talks with Meloni")}),
    # --- zzz04 Algeria-Niger-Mali
    R("Mamadou Diallo", "citizen_of", "Guinea", AS, {
        "04": ev("Mamadou Diallo, a 24-year-old Guinean", o="Guinean")}),
    R("Mamadou Diallo", "lives_in", "Oran", AS, {
        "04": ev("who lived and worked in Oran")}, req=False, note="past residence"),
    R("Oran", "located_in", "Algeria", AS, {
        "04": ev("Oran, Algeria's second city")}),
    R("Niger", "criticized", "Algeria", AS, {
        "04": ev("its foreign ministry summoned Algeria's ambassador in Niamey for the third time in two years, "
                 "calling the treatment of migrants", s="its foreign ministry")},
        note="the ministry stands for Niger; 'an affront to African dignity'"),
    R("Ahmed Attaf", "works_for", "Algeria", AS, {
        "04": ev("Foreign Minister Ahmed Attaf")}, role="foreign minister"),
    R("Abdelmadjid Tebboune", "head_of", "Algeria", AS, {
        "04": ev("Algeria's president, Abdelmadjid Tebboune")}, role="president"),
    R("Abdelmadjid Tebboune", "contacted", "Abdourahamane Tiani", AS, {
        "04": ev("spoke by phone with Niger's leader, General Abdourahamane Tiani, in January", t="in January")},
        time="2026-01", alt_s=["Algeria"], alt_o=["Niger"]),
    R("Algeria", "borders", "Niger", AS, {
        "04": ev("Algeria shares nearly 1,000 kilometres of desert border with Niger")}),
    R("Algeria", "borders", "Mali", AS, {
        "04": ev("Algeria shares nearly 1,000 kilometres of desert border with Niger and more than 1,300 with Mali")}),
    R("Algeria", "attacked", "Mali", AS, {
        "04": ev("Algerian air defences shot down a Malian army drone", s="Algerian", o="Malian", t="Last April")},
        time="2025-04", note="shooting down a Malian army drone"),
    R("Tinzaouaten", "located_in", "Mali", AS, {
        "04": ev("Tinzaouaten, a Malian border town", o="Malian")}),
    R("Assimi Goïta", "head_of", "Mali", AS, {
        "04": ev("Mali's transitional president, General Assimi Goïta")}, role="transitional president"),
    R("Assimi Goïta", "criticized", "Algeria", AS, {
        "04": ev("accused Algeria of sponsoring terrorism")}, alt_s=["Mali"]),
    R("Algeria", "criticized", "Assimi Goïta", AS, {
        "04": ev("a charge Algiers rejected")}, req=False, alt_o=["Mali"],
        note="rejecting Goïta's charge"),
    R("Algeria", "diplomatic_relations_with", "Mali", RE, {
        "04": ev("Algeria and Mali never broke off diplomatic relations")},
        note="polarity trap: 'never broke off' affirms the relation"),
    R("Algeria", "brokered", "Algiers peace accord", AS, {
        "04": ev("In 2015 Algeria brokered the Algiers peace accord", t="2015")}, time="2015"),
    R("Azawad", "seceded_from", "Mali", AS, {
        "04": ev("whose 2012 uprising had proclaimed an independent state of Azawad in northern Mali", t="2012")},
        time="2012"),
    R("Azawad", "located_in", "Mali", AS, {
        "04": ev("Azawad in northern Mali")}),
    R("Mali", "member_of", "Economic Community of West African States", NE, {
        "04": ev("none of them is a member any longer", s="The three juntas")}),
    R("Niger", "member_of", "Economic Community of West African States", NE, {
        "04": ev("none of them is a member any longer", s="The three juntas")}),
    R("Burkina Faso", "member_of", "Economic Community of West African States", NE, {
        "04": ev("none of them is a member any longer", s="The three juntas")}),
    R("Economic Community of West African States", "based_in", "Abuja", AS, {
        "04": ev("The Abuja-based bloc", s="bloc")}),
    R("Economic Community of West African States", "sanctioned", "Niger", AS, {
        "04": ev("The Abuja-based bloc had imposed sanctions on Niger after the July 2023 coup", s="bloc", t="2023")},
        time="2023"),
    R("Niger", "allied_with", "Russia", AS, {
        "04": ev("pushed Niger's new rulers, who expelled French troops later that year, to draw close to Russia")}),
    R("Algeria", "diplomatic_relations_with", "Morocco", NE, {
        "04": ev("It has had no diplomatic relations with Morocco", s="It")}),
    R("Algeria", "criticized", "Morocco", AS, {
        "04": ev("since August 2021, when it accused the kingdom of \"hostile acts\"", s="it", t="August 2021")},
        time="2021-08"),
    R("International Organization for Migration", "based_in", "Assamaka", AS, {
        "04": ev("the International Organization for Migration, which runs a transit centre in Assamaka")},
        req=False, note="a transit centre, not the seat (Geneva)"),
    R("Tinfa Solidarity", "based_in", "Agadez", AS, {
        "04": ev("Tinfa Solidarity, a local group based in Agadez")}),
    R("Ibrahim Mahamadou", "works_for", "Tinfa Solidarity", AS, {
        "04": ev("Ibrahim Mahamadou of Tinfa Solidarity")}, role="aid worker"),
    R("Amy Pope", "head_of", "International Organization for Migration", AS, {
        "04": ev("IOM Director General Amy Pope")}, role="director general"),
    R("Amy Pope", "visited", "Niamey", AS, {
        "04": ev("who visited Niamey in February", t="in February")}, time="2026-02", alt_o=["Niger"]),
    R("Niger", "gained_independence_from", "France", AS, {
        "04": ev("Niger, which gained independence from France in 1960", t="1960")}, time="1960"),
    R("Assamaka", "located_in", "Niger", AS, {
        "04": ev("Assamaka, the first town on the Niger side of the frontier")}, req=False),

    # ======================= cluster B: water and borders (Tigris, Euphrates, Shatt al-Arab)
    # --- zzz03 Iraq-Turkey
    R("Iraq", "signed_agreement_with", "Turkey", AS, {
        "03": ev("Iraq and Turkey signed an agreement on Thursday")},
        alt_s=["Fuad Hussein", "Mohammed Shia al-Sudani"], alt_o=["Hakan Fidan", "Recep Tayyip Erdoğan"],
        note="the water financing deal (no year in the wire); the 2024 framework deal signed by Erdoğan "
             "and Sudani is the same unit, so the row carries no time"),
    R("Hakan Fidan", "works_for", "Turkey", AS, {
        "03": ev("Turkish Foreign Minister Hakan Fidan", o="Turkish"),
        "06": ev("his Turkish counterpart, Hakan Fidan", o="Turkish")}, role="foreign minister"),
    R("Hakan Fidan", "visited", "Iraq", AS, {
        "03": ev("who arrived in Baghdad on Wednesday")}),
    R("Fuad Hussein", "works_for", "Iraq", AS, {
        "03": ev("his Iraqi counterpart Fuad Hussein"),
        "05": ev("Foreign Minister Fuad Hussein", o="Iraqi")}, role="foreign minister"),
    R("Hakan Fidan", "met_with", "Mohammed Shia al-Sudani", AS, {
        "03": ev("after holding talks with Prime Minister Mohammed Shia al-Sudani")}),
    R("Hakan Fidan", "met_with", "Fuad Hussein", AS, {
        "03": ev("signed the deal with his Iraqi counterpart Fuad Hussein")}, req=False),
    R("Mohammed Shia al-Sudani", "head_of", "Iraq", AS, {
        "03": ev("Prime Minister Mohammed Shia al-Sudani"),
        "08": ev("Iraqi Prime Minister Mohammed Shia al-Sudani", o="Iraqi")}, role="prime minister"),
    R("Hakan Fidan", "visited", "Erbil", NE, {
        "03": ev("He did not travel on to Erbil", s="He")}),
    R("Recep Tayyip Erdoğan", "head_of", "Turkey", AS, {
        "03": ev("Turkish President Recep Tayyip Erdoğan", o="Turkish"),
        "08": ev("Turkish President Recep Tayyip Erdoğan", o="Turkish")}, role="president"),
    R("Recep Tayyip Erdoğan", "visited", "Iraq", AS, {
        "03": ev("Turkish President Recep Tayyip Erdoğan visited Baghdad in April 2024", t="April 2024")},
        time="2024-04"),
    R("Iraq", "criticized", "Turkey", AS, {
        "03": ev("Baghdad has long accused Ankara"),
        "05": ev("Iraqi officials blame two neighbours: Turkey", s="Iraqi")}),
    R("Ilisu Dam", "located_in", "Turkey", AS, {
        "03": ev("the Ilisu, a giant Turkish dam", o="Turkish")}),
    R("Aoun Diab Abdullah", "works_for", "Iraq", AS, {
        "03": ev("Water Resources Minister Aoun Diab Abdullah"),
        "05": ev("Iraq's water resources minister, Aoun Diab Abdullah")}, role="water resources minister"),
    R("Recep Tayyip Erdoğan", "met_with", "Mahmoud al-Mashhadani", AS, {
        "03": ev("after meeting Iraqi parliament speaker Mahmoud al-Mashhadani")},
        note="'In July' without a year in the wire, so no time"),
    R("Mahmoud al-Mashhadani", "head_of", "Council of Representatives of Iraq", AS, {
        "03": ev("Iraqi parliament speaker Mahmoud al-Mashhadani")}, role="speaker", alt_p=["works_for"]),
    R("Mahmoud al-Mashhadani", "visited", "Turkey", AS, {
        "03": ev("who had flown to Ankara")}),
    R("Kadhim Jabbar", "lives_in", "Dhi Qar", AS, {
        "03": ev("who lives in Dhi Qar province")}),
    R("Dhi Qar", "located_in", "Iraq", AS, {
        "03": ev("Dhi Qar province in southern Iraq")}),
    R("Turkey", "party_to", "UN Watercourses Convention", NE, {
        "03": ev("Turkey has not signed the 1997 U.N. Watercourses Convention"),
        "05": ev("Iran, like Turkey, has not joined the 1997 U.N. Watercourses Convention")}),
    R("Iraq", "party_to", "UN Watercourses Convention", AS, {
        "03": ev("the 1997 U.N. Watercourses Convention, which Iraq and Syria have joined")}),
    R("Syria", "party_to", "UN Watercourses Convention", AS, {
        "03": ev("the 1997 U.N. Watercourses Convention, which Iraq and Syria have joined")}),
    R("Iran", "party_to", "UN Watercourses Convention", NE, {
        "05": ev("Iran, like Turkey, has not joined the 1997 U.N. Watercourses Convention")}),
    R("Turkey", "party_to", "1987 Turkey-Syria water protocol", AS, {
        "03": ev("a 1987 protocol in which Turkey promised a minimum flow", t="1987"),
        "06": ev("Under a 1987 protocol, Turkey promised", t="1987")}, time="1987"),
    R("Syria", "signed_agreement_with", "Iraq", AS, {
        "03": ev("a 1990 accord under which Syria and Iraq split what crosses", t="1990")}, time="1990"),
    R("Turkey", "trades_with", "Iraq", AS, {
        "03": ev("Turkey is one of Iraq's biggest trading partners")}),
    R("Turkey", "imports_from", "Iraq", AS, {
        "03": ev("it resumed buying crude oil from Iraq in September")}, commodity="crude oil",
        alt_p=["trades_with"], note="'in September' without a year in the wire, so no time"),
    R("Kurdistan Workers' Party", "in_conflict_with", "Turkey", AS, {
        "03": ev("which has waged an insurgency against the Turkish state since 1984", o="Turkish", t="1984")},
        time="1984"),
    R("Kurdistan Workers' Party", "in_conflict_with", "Turkey", NE, {
        "08": ev("The PKK, which has announced its dissolution, is no longer at war with Turkey")},
        note="'no longer at war'; zzz03 dates the insurgency from 1984 (positive row)"),
    R("Turkey", "attacked", "Kurdistan Workers' Party", AS, {
        "03": ev("For years Turkey struck PKK bases")}),
    R("Kurdistan Workers' Party", "based_in", "Qandil Mountains", AS, {
        "03": ev("PKK bases in the Qandil mountains")}),
    R("Qandil Mountains", "located_in", "Iraq", AS, {
        "03": ev("the Qandil mountains of northern Iraq")}),
    R("Iraq", "candidate_for", "World Trade Organization", AS, {
        "03": ev("Iraq, which has sought membership of the World Trade Organization since 2004", t="2004")},
        time="2004"),
    R("Iraq", "threatened", "Turkey", AS, {
        "03": ev("Sudani's government once threatened to take Ankara to international arbitration",
                 s="Sudani's government")}),
    # --- zzz05 Iraq-Iran, Shatt al-Arab
    R("Hussein Abdul-Amir", "lives_in", "Siba", AS, {
        "05": ev("The 58-year-old farmer, who lives in Siba", s="The 58-year-old farmer")}),
    R("Iraq", "borders", "Iran", AS, {
        "05": ev("along the border between Iraq and Iran")}),
    R("Basra", "located_in", "Iraq", AS, {
        "05": ev("Basra, Iraq's main port city")}),
    R("Iraq", "criticized", "Iran", AS, {
        "05": ev("Iran, which they accuse of diverting the Karun", s="Iraqi")}),
    R("Fuad Hussein", "contacted", "Abbas Araghchi", RE, {
        "05": ev("Foreign Minister Fuad Hussein telephoned his Iranian counterpart, Abbas Araghchi", t="On Monday")},
        time="2025-10-13", alt_s=["Iraq"], alt_o=["Iran"]),
    R("Abbas Araghchi", "works_for", "Iran", AS, {
        "05": ev("his Iranian counterpart, Abbas Araghchi", o="Iranian")}, role="foreign minister"),
    R("Abbas Aliabadi", "works_for", "Iran", AS, {
        "05": ev("Iran's energy minister, Abbas Aliabadi")}, role="energy minister"),
    R("Tehran", "capital_of", "Iran", AS, {
        "05": ev("Tehran, the Iranian capital", o="Iranian")}),
    R("Masoud Pezeshkian", "head_of", "Iran", AS, {
        "05": ev("President Masoud Pezeshkian", o="Iranian")}, role="president"),
    R("Iraq", "negotiating_with", "Iran", RE, {
        "05": ev("Experts from the two countries are holding talks on a joint monitoring system")}),
    R("Iraq", "signed_agreement_with", "Iran", NE, {
        "05": ev("Iraq and Iran have never concluded a water-sharing treaty")},
        note="no water-sharing treaty; the 2023 security agreement is the positive row"),
    R("Algeria", "brokered", "Algiers Agreement", AS, {
        "05": ev("The 1975 Algiers Agreement, which Algeria brokered", t="1975")}, time="1975"),
    R("Iran", "party_to", "Algiers Agreement", AS, {
        "05": ev("The 1975 Algiers Agreement, which Algeria brokered between the shah's Iran and Iraq", t="1975")},
        time="1975", req=False),
    R("Iraq", "party_to", "Algiers Agreement", AS, {
        "05": ev("The 1975 Algiers Agreement, which Algeria brokered between the shah's Iran and Iraq", t="1975")},
        time="1975", req=False),
    R("Saddam Hussein", "head_of", "Iraq", AS, {
        "05": ev("Iraq's then president, Saddam Hussein")}, role="president (historical)"),
    R("Iraq", "attacked", "Iran", AS, {
        "05": ev("tore it up in 1980 before invading Iran", t="1980")}, time="1980", alt_s=["Saddam Hussein"]),
    R("Iraq", "in_conflict_with", "Iran", AS, {
        "05": ev("before invading Iran, starting an eight-year war", t="1980")}, time="1980",
        note="the 1980-1988 war"),
    R("Iran", "allied_with", "Iraq", AS, {
        "05": ev("Iran has become Iraq's most powerful neighbour and its closest ally")}),
    R("Iraq", "signed_agreement_with", "Iran", AS, {
        "05": ev("In March 2023 the two governments signed a border security agreement", o="the two governments",
                 t="March 2023")},
        time="2023-03"),
    R("Kurdistan Region", "located_in", "Iraq", AS, {
        "05": ev("Iraq's Kurdistan Region")}),
    R("Iraq", "imports_from", "Iran", AS, {
        "05": ev("Iraq also imports natural gas and electricity from Iran")},
        commodity="natural gas and electricity", alt_p=["trades_with"],
        note="polarity trap nearby: 'no longer relies on Iran alone' keeps this positive"),
    R("United States", "sanctioned", "Iran", AS, {
        "05": ev("U.S. sanctions on Iran")}),
    R("Iraq", "imports_from", "Turkmenistan", AS, {
        "05": ev("it has begun receiving gas from Turkmenistan", t="this year")}, time="2025",
        commodity="natural gas", alt_p=["trades_with"]),
    R("Iran", "in_conflict_with", "Israel", AS, {
        "05": ev("its 12-day war with Israel in June", t="in June")}, time="2025-06"),
    R("Israel", "attacked", "Iran", AS, {
        "05": ev("Israeli and U.S. strikes hit its nuclear sites", s="Israeli", t="in June")}, time="2025-06"),
    R("United States", "attacked", "Iran", AS, {
        "05": ev("Israeli and U.S. strikes hit its nuclear sites", t="in June")}, time="2025-06"),
    R("Salman al-Rikabi", "works_for", "University of Basra", AS, {
        "05": ev("Salman al-Rikabi, a hydrologist at the University of Basra")}, role="hydrologist"),
    R("Tishrin Dam", "located_in", "Syria", AS, {
        "06": ev("the Tishrin Dam in northern Syria")}),
    R("Turkey", "attacked", "Syrian Democratic Forces", AS, {
        "06": ev("Turkish drones struck positions of the Syrian Democratic Forces", s="Turkish", t="In January")},
        time="2025-01"),
    R("Turkey", "supported", "Syrian National Army", AS, {
        "06": ev("the Turkish-backed Syrian National Army", s="Turkish")}),
    R("Syrian National Army", "attacked", "Tishrin Dam", AS, {
        "06": ev("the Turkish-backed Syrian National Army tried to storm it", o="it", t="In January")},
        time="2025-01", req=False, note="an attempt to storm the dam"),
    R("Syrian National Army", "killed", "Rezan Hemo", RE, {
        "06": ev("Shelling by the Syrian National Army killed Rezan Hemo", t="in January")}, time="2025-01"),
    R("Ahmed al-Sharaa", "head_of", "Syria", AS, {
        "06": ev("Syrian President Ahmed al-Sharaa", o="Syrian")}, role="president"),
    R("Mazloum Abdi", "head_of", "Syrian Democratic Forces", AS, {
        "06": ev("SDF commander Mazloum Abdi")}, role="commander"),
    R("Syria", "signed_agreement_with", "Syrian Democratic Forces", AS, {
        "06": ev("signed an agreement in Damascus in March", t="in March")}, time="2025-03",
        alt_s=["Ahmed al-Sharaa"], alt_o=["Mazloum Abdi"]),
    R("Syrian Democratic Forces", "took_control_of", "Tabqa Dam", AS, {
        "06": ev("which the SDF captured from Islamic State in 2017", t="2017")}, time="2017"),
    R("Syria", "took_control_of", "Tabqa Dam", NE, {
        "06": ev("Government forces have not taken control of the dam", s="Government forces", o="the dam")}),
    R("Islamic State", "took_control_of", "Tabqa Dam", AS, {
        "06": ev("Islamic State had seized it in 2014", o="it", t="2014")}, time="2014"),
    R("Northeast Syria", "seceded_from", "Syria", NE, {
        "06": ev("the northeast will not break away from Syria")}),
    R("Turkey", "threatened", "Syrian Democratic Forces", AS, {
        "06": ev("Ankara, which regards the SDF as an extension of the Kurdistan Workers' Party (PKK), has threatened")}),
    R("United States", "supported", "Syrian Democratic Forces", AS, {
        "06": ev("has backed the SDF")}),
    R("Turkey", "allied_with", "Syria", AS, {
        "06": ev("Turkey is now al-Sharaa's closest foreign ally", o="al-Sharaa's")}, alt_o=["Ahmed al-Sharaa"]),
    R("Asaad al-Shaibani", "works_for", "Syria", AS, {
        "06": ev("Syria's foreign minister, Asaad al-Shaibani")}, role="foreign minister"),
    R("Asaad al-Shaibani", "visited", "Turkey", AS, {
        "06": ev("visited Ankara last month", t="last month")}, time="2025-08"),
    R("Asaad al-Shaibani", "met_with", "Hakan Fidan", AS, {
        "06": ev("held talks with his Turkish counterpart, Hakan Fidan", t="last month")}, time="2025-08"),
    R("Syria", "imports_from", "Azerbaijan", AS, {
        "06": ev("Syria has received Azerbaijani natural gas", o="Azerbaijani", t="early August")},
        time="2025-08", commodity="natural gas", alt_p=["trades_with"]),
    R("Qatar", "supported", "Syria", AS, {
        "06": ev("under an arrangement paid for by Qatar")}, note="paying for Syria's gas"),
    R("Syria", "imports_from", "Turkey", AS, {
        "06": ev("Turkey has begun supplying electricity to northern Syria")}, commodity="electricity",
        alt_p=["trades_with"]),
    R("Syria", "criticized", "Turkey", AS, {
        "06": ev("have accused Turkey of breaching the deal", s="Syrian")}),
    R("Syria", "gained_independence_from", "France", AS, {
        "06": ev("Syria, which gained independence from France in 1946", t="1946")}, time="1946"),
    R("Syria", "borders", "Turkey", AS, {
        "06": ev("shares a 900-kilometre border with Turkey")}),
    R("Syria", "borders", "Iraq", AS, {
        "06": ev("a long desert frontier with Iraq")}),
    R("Syria", "diplomatic_relations_with", "Iraq", AS, {
        "06": ev("never cut ties with Baghdad even at the height of its civil war")},
        note="polarity trap: 'never cut ties' affirms the relation"),
    R("Iran", "supported", "Bashar al-Assad", AS, {
        "06": ev("Iran, the main foreign backer of Bashar al-Assad")}),
    R("Iran", "normalized_relations_with", "Syria", NE, {
        "06": ev("has not restored relations with the new government", o="the new government")}),
    R("Syria", "imports_from", "Iran", NE, {
        "06": ev("Syria has not imported Iranian oil since", o="Iranian")}, commodity="oil"),
    R("Bashar al-Assad", "lives_in", "Moscow", AS, {
        "06": ev("Assad now lives in exile in Moscow")}),
    R("Khaled Darwish", "lives_in", "Raqqa", AS, {
        "06": ev("Khaled Darwish, an agronomist who lives in Raqqa")}),
    # --- zzz08 Mosul Dam, Kurdistan Region
    R("Mosul Dam", "located_in", "Iraq", AS, {
        "08": ev("The Mosul Dam, Iraq's largest reservoir")}),
    R("Islamic State", "took_control_of", "Mosul Dam", AS, {
        "08": ev("Islamic State fighters seized it in August 2014", o="it", t="August 2014")}, time="2014-08"),
    R("Peshmerga", "took_control_of", "Mosul Dam", AS, {
        "08": ev("Kurdish Peshmerga forces retook it within days", o="it", t="August 2014")}, time="2014-08"),
    R("United States", "attacked", "Islamic State", AS, {
        "08": ev("U.S. air strikes against the militants", t="August 2014")}, time="2014-08"),
    R("United States", "supported", "Peshmerga", AS, {
        "08": ev("Kurdish Peshmerga forces retook it within days with the help of U.S. air strikes")},
        req=False),
    R("Kurdistan Region", "borders", "Turkey", AS, {
        "08": ev("the Kurdistan Region, which borders Turkey")}),
    R("Kurdistan Region", "borders", "Iran", AS, {
        "08": ev("the Kurdistan Region, which borders Turkey, Iran and Syria")}),
    R("Kurdistan Region", "borders", "Syria", AS, {
        "08": ev("the Kurdistan Region, which borders Turkey, Iran and Syria")}),
    R("Kurdistan Regional Government", "criticized", "Iran", AS, {
        "08": ev("The Kurdistan Regional Government has accused Iran")}),
    R("Iran", "criticized", "Kurdistan Regional Government", AS, {
        "08": ev("a charge Iranian officials reject", s="Iranian")}, req=False,
        note="rejecting the KRG's charge"),
    R("Masrour Barzani", "head_of", "Kurdistan Regional Government", AS, {
        "08": ev("Prime Minister Masrour Barzani of the Kurdistan Regional Government")}, role="prime minister"),
    R("Masrour Barzani", "visited", "Tehran", RE, {
        "08": ev("he visited Tehran in October", t="in October")}, time="2025-10", alt_o=["Iran"]),
    R("Masrour Barzani", "met_with", "Masoud Pezeshkian", RE, {
        "08": ev("met President Masoud Pezeshkian", t="in October")}, time="2025-10"),
    R("Mohammed Shia al-Sudani", "contacted", "Recep Tayyip Erdoğan", AS, {
        "08": ev("telephoned Turkish President Recep Tayyip Erdoğan", t="On Monday")}, time="2025-11-24",
        alt_s=["Iraq"], alt_o=["Turkey"]),
    R("Iraq", "negotiating_with", "Turkey", AS, {
        "08": ev("Iraqi and Turkish officials are still negotiating", s="Iraqi", o="Turkish")}),
    R("Kurdistan Regional Government", "in_conflict_with", "Iraq", AS, {
        "08": ev("the long-running dispute between the government in Baghdad and the Kurdistan Regional Government")}),
    R("Kurdistan Regional Government", "based_in", "Erbil", AS, {
        "08": ev("the Kurdistan Regional Government, based in Erbil")}),
    R("Erbil", "capital_of", "Kurdistan Region", AS, {
        "08": ev("Erbil, the capital of the Kurdistan Region")}),
    R("Kurdistan Regional Government", "signed_agreement_with", "Iraq", AS, {
        "08": ev("The two sides signed an agreement in September", s="The two sides", t="in September")},
        time="2025-09", note="the deal that restarted Kurdish oil exports"),
    R("Kurdistan Region", "seceded_from", "Iraq", NE, {
        "08": ev("never broke away from Iraq")}),
    R("Iraq", "blockaded", "Kurdistan Region", AS, {
        "08": ev("Baghdad responded by imposing an air blockade on the region", t="2017")}, time="2017"),
    R("Iraq", "took_control_of", "Kirkuk", AS, {
        "08": ev("sending troops to retake Kirkuk", t="2017")}, time="2017"),
    R("Sherzad Omar", "lives_in", "Duhok", AS, {
        "08": ev("Sherzad Omar, a wheat farmer who lives in Duhok")}),
    R("Duhok", "located_in", "Kurdistan Region", AS, {
        "08": ev("Duhok, a city in the Kurdistan Region")}),
    R("Karwan Aziz", "works_for", "Salahaddin University", AS, {
        "08": ev("Karwan Aziz, a hydrologist at Salahaddin University")}, role="hydrologist"),
    R("Salahaddin University", "based_in", "Erbil", AS, {
        "08": ev("Salahaddin University in Erbil")}),
    R("Iraq", "member_of", "OPEC", AS, {
        "08": ev("Iraq, which has been a member of OPEC")}),
    R("Iraq", "gained_independence_from", "United Kingdom", AS, {
        "08": ev("predate its independence from Britain in 1932", t="1932")}, time="1932"),
    R("Erbil", "located_in", "Kurdistan Region", AS, {
        "08": ev("Erbil, the capital of the Kurdistan Region")}, req=False, note="entailed by capital_of"),
]


# ---------------------------------------------------------------- helpers
def norm(s):
    """kgscore's normalisation of a name."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


REFERENCE_HEADS = {"he", "she", "it", "they", "his", "her", "its", "their", "the", "government"}


def is_reference(m):
    """A declared mention must be a pronoun or a description, not a stray name."""
    return m[0].islower() or m.split()[0].lower() in REFERENCE_HEADS or "'s" in m


def mention_re(text):
    flags = re.IGNORECASE if " " in text else 0
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", flags)


def named(entity, text):
    return any(mention_re(a).search(text) for a in [entity["name"]] + entity["aliases"])


def load_signatures(path=SCHEMA_MD):
    """predicate -> (subject types or None, object types or None) from SCHEMA.md."""
    sigs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) != 4 or not re.fullmatch(r"[a-z_]+", cells[0]) or cells[0] == "predicate":
                continue
            sig = cells[1]
            arrow = "↔" if "↔" in sig else "→"
            left, right = [x.strip() for x in sig.split(arrow, 1)]
            ls = [t.strip() for t in left.split(",") if t.strip()] or None
            rs = ls if right == "same" else ([t.strip() for t in right.split(",") if t.strip()] or None)
            sigs[cells[0]] = (ls, rs)
    return sigs


MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}


def resolve(expr, style, published):
    """Resolve a time expression to an ISO prefix, or None."""
    e = expr.lower().strip()
    m = re.search(r"\b(1[89]\d|20\d)0s\b", e)
    if m:
        return m.group(1)
    m = re.search(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b", e)
    if m:
        return f"{m.group(3)}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    m = re.search(r"\b(" + "|".join(MONTHS) + r")\s+(\d{4})\b", e)
    if m:
        return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", e)
    if m:
        return m.group(1)
    if style == "wire" or not published:
        return None      # a wire document dates only by a stated year
    pub = dt.date.fromisoformat(published)
    for name, wd in WEEKDAYS.items():
        if re.search(r"\b" + name + r"\b", e):
            back = (pub.weekday() - wd) % 7 or 7
            return (pub - dt.timedelta(days=back)).isoformat()
    if re.search(r"\b(last|next) month\b", e):
        step = -1 if "last" in e else 1
        y, mth = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return f"{y}-{mth + 1:02d}"
    if re.search(r"\b(last|next|this) year\b", e):
        return str(pub.year + (-1 if "last" in e else 1 if "next" in e else 0))
    m = re.search(r"\b(" + "|".join(MONTHS) + r")\b", e)
    if m:
        mth = MONTHS[m.group(1)]
        year = pub.year if mth <= pub.month else pub.year - 1
        return f"{year}-{mth:02d}"
    return None


# ---------------------------------------------------------------- checks
def load_docs():
    return {k: textutil.load(os.path.join(ROOT, "corpus", v)) for k, v in DOCS.items()}


def find_sentence(doc, phrase):
    """The (start, end, text) of a sentence that wholly contains phrase, or None."""
    sents = doc.sentences()
    for m in re.finditer(re.escape(phrase), doc.body):
        for s, e, text in sents:
            if s <= m.start() and m.end() <= e:
                return s, e, text
    return None


def validate(entities, rows, docs, sigs):
    errs = []

    def err(tag, msg):
        errs.append((tag, msg))

    ents = {}
    for e in entities:
        if e["name"] in ents:
            err("ref", f"entity {e['name']!r} listed twice")
        ents[e["name"]] = e
    # [alias]
    owner = {}
    for e in entities:
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in owner and owner[k] != e["name"]:
                err("alias", f"{a!r} is shared by {owner[k]!r} and {e['name']!r}")
            owner.setdefault(k, e["name"])
        for a in e["aliases"]:
            if not any(mention_re(a).search(d.body) for d in docs.values()):
                err("alias", f"alias {a!r} of {e['name']!r} occurs in no body")

    used_p, used_e, units = set(), set(), {}
    for i, r in enumerate(rows):
        tag = f"row {i} {r['s']} {r['p']} {r['o']} ({r['modality']})"
        if r["p"] not in sigs:
            err("ref", f"{tag}: unknown predicate")
            continue
        if r["modality"] not in POLARITY:
            err("ref", f"{tag}: unknown modality")
            continue
        missing = [n for n in [r["s"], r["o"]] + (r["alt_s"] or []) + (r["alt_o"] or []) if n not in ents]
        if missing:
            err("ref", f"{tag}: unknown entities {missing}")
            continue
        if not r["ev"]:
            err("ref", f"{tag}: no evidence")
        used_p.add(r["p"])
        used_e.update([r["s"], r["o"]] + (r["alt_s"] or []) + (r["alt_o"] or []))
        # [type]
        for s in [r["s"]] + (r["alt_s"] or []):
            for p in [r["p"]] + (r["alt_p"] or []):
                for o in [r["o"]] + (r["alt_o"] or []):
                    if p not in sigs:
                        err("ref", f"{tag}: unknown alt predicate {p}")
                        continue
                    ls, rs = sigs[p]
                    st, ot = ents[s]["type"], ents[o]["type"]
                    if (ls and st not in ls) or (rs and ot not in rs):
                        err("type", f"{tag}: {s} ({st}) {p} {o} ({ot}) does not fit {ls} -> {rs}")
        # [unit]
        a, b = norm(r["s"]), norm(r["o"])
        if r["p"] in SYMMETRIC and a > b:
            a, b = b, a
        unit = (a, r["p"], b, POLARITY[r["modality"]])
        if unit in units:
            err("unit", f"{tag}: repeats the unit of row {units[unit]}")
        units[unit] = i
        # [static]
        if r["time"] and (r["p"] in STATIC or r["modality"] == "negated"):
            err("static", f"{tag}: static or negated row carries time {r['time']}")
        # [qualifier]
        if r["p"] in ("head_of", "works_for") and not r["role"]:
            err("qualifier", f"{tag}: no role")
        if r["p"] == "imports_from" and not r["commodity"]:
            err("qualifier", f"{tag}: no commodity")
        # per document
        for d, e in r["ev"].items():
            if d not in docs:
                err("ref", f"{tag}: unknown document {d}")
                continue
            doc = docs[d]
            hit = find_sentence(doc, e["q"])
            if not hit:
                err("evidence", f"{tag}: zzz{d}: {e['q']!r} is not inside one body sentence")
                continue
            sent = hit[2]
            # [mention]
            for role, name in (("s", r["s"]), ("o", r["o"])):
                ent = ents[name]
                if e[role]:
                    if not mention_re(e[role]).search(sent):
                        err("mention", f"{tag}: zzz{d}: mention {e[role]!r} of {name} not in the sentence")
                    elif e[role] in DEMONYMS.get(name, []):
                        pass
                    elif not is_reference(e[role]):
                        err("mention", f"{tag}: zzz{d}: {e[role]!r} is neither a name, an alias, a known "
                                       f"demonym of {name}, a pronoun nor a description")
                    elif not named(ent, doc.body):
                        err("mention", f"{tag}: zzz{d}: {name} is never named in the body")
                elif not named(ent, sent):
                    err("mention", f"{tag}: zzz{d}: {name} is not named in the sentence: {sent!r}")
            # [time]
            if r["time"]:
                if not e["t"]:
                    err("time", f"{tag}: zzz{d}: timed row without a time expression")
                    continue
                if e["t"] not in sent:
                    err("time", f"{tag}: zzz{d}: time expression {e['t']!r} not in the sentence")
                    continue
                if doc.style == "wire" and not re.search(r"\b\d{4}\b", e["t"]):
                    err("time", f"{tag}: zzz{d}: wire time without a stated year ({e['t']!r})")
                    continue
                got = resolve(e["t"], doc.style, doc.published)
                if got != r["time"]:
                    err("time", f"{tag}: zzz{d}: {e['t']!r} resolves to {got}, row says {r['time']}")
            elif e["t"]:
                err("time", f"{tag}: zzz{d}: time expression given but the row has no time")
    # [coverage]
    for p in sorted(set(sigs) - used_p):
        err("coverage", f"predicate {p} unused")
    for n in sorted(set(ents) - used_e):
        err("coverage", f"entity {n} unused")
    return errs


# ---------------------------------------------------------------- self-test
def selftest(entities, rows, docs, sigs):
    """Feed each check a bad row (or entity) in memory; it must complain."""
    import copy

    def row(**kw):
        p = kw.pop("_p", "head_of")
        r = copy.deepcopy(next(x for x in rows if x["p"] == p))
        r.update(kw)
        return r

    wire_timed = next(x for x in rows if x["time"] and any(docs[d].style == "wire" for d in x["ev"]))
    wd = next(d for d in wire_timed["ev"] if docs[d].style == "wire")
    paper_timed = next(x for x in rows if x["time"] and all(docs[d].style != "wire" for d in x["ev"]))
    d1 = docs["01"]
    s1, s2 = d1.sentences()[0], d1.sentences()[1]
    straddle = d1.body[s1[1] - 10:s2[0] + 10]
    cases = [
        ("evidence", "phrase across two sentences",
         lambda E, Rw: Rw.append(row(ev={"01": ev(straddle)}))),
        ("evidence", "phrase not in the document",
         lambda E, Rw: Rw.append(row(ev={"01": ev("no such phrase anywhere")}))),
        ("mention", "subject not named in the sentence",
         lambda E, Rw: Rw.append(row(s="Giorgia Meloni", o="Italy", ev={"01": ev("President Mohamed Ould Ghazouani",
                                                                           o="the West African country")}))),
        ("mention", "declared mention absent from the sentence",
         lambda E, Rw: Rw.append(row(s="Pedro Sánchez", o="Spain", ev={"01": ev("President Mohamed Ould Ghazouani",
                                                                         s="Sánchez", o="Madrid")}))),
        ("mention", "declared mention that is a stray name, not a reference",
         lambda E, Rw: Rw.append(row(s="Pedro Sánchez", o="Spain", modality="hedged",
                                     ev={"01": ev("Spanish Prime Minister Pedro Sánchez", o="Mauritanians")}))),
        ("type", "capital_of with a Country subject",
         lambda E, Rw: Rw.append(row(_p="capital_of", s="Libya", o="Libya"))),
        ("type", "alt_p that does not fit",
         lambda E, Rw: Rw.append(row(_p="imports_from", alt_p=["capital_of"]))),
        ("unit", "a repeated unit",
         lambda E, Rw: Rw.append(copy.deepcopy(Rw[0]))),
        ("unit", "a symmetric unit written the other way round",
         lambda E, Rw: Rw.append(row(_p="borders", s=next(x for x in Rw if x["p"] == "borders")["o"],
                                     o=next(x for x in Rw if x["p"] == "borders")["s"]))),
        ("alias", "alias shared by two entities",
         lambda E, Rw: next(e for e in E if e["name"] == "Italy")["aliases"].append("the Madrid")),
        ("alias", "alias that occurs in no body",
         lambda E, Rw: next(e for e in E if e["name"] == "Italy")["aliases"].append("Bel Paese")),
        ("time", "wire time without a stated year",
         lambda E, Rw: Rw.append(row(_p="visited", time="2026-02",
                                     ev={"01": ev("who flew into Nouakchott on Monday", t="on Monday")}))),
        ("time", "timed row whose evidence has no time expression",
         lambda E, Rw: Rw.append(dict(copy.deepcopy(wire_timed), modality="hedged",
                                      ev={wd: dict(wire_timed["ev"][wd], t=None)}))),
        ("time", "time that does not match the resolution",
         lambda E, Rw: Rw.append(dict(copy.deepcopy(paper_timed), modality="hedged", time="1999"))),
        ("static", "time on a static predicate",
         lambda E, Rw: Rw.append(row(time="2025", modality="hedged"))),
        ("static", "time on a negated row",
         lambda E, Rw: Rw.append(dict(copy.deepcopy(paper_timed), modality="negated"))),
        ("qualifier", "head_of without a role",
         lambda E, Rw: Rw.append(row(role=None, modality="hedged"))),
        ("qualifier", "imports_from without a commodity",
         lambda E, Rw: Rw.append(row(_p="imports_from", commodity=None, modality="hedged"))),
        ("coverage", "a predicate left unused",
         lambda E, Rw: Rw.__setitem__(slice(None), [x for x in Rw if x["p"] != "blockaded"])),
        ("coverage", "an entity left unused",
         lambda E, Rw: E.append({"name": "Lampedusa", "type": "Region", "aliases": []})),
        ("ref", "unknown entity",
         lambda E, Rw: Rw.append(row(o="Atlantis"))),
    ]
    from collections import Counter
    base = Counter(t for t, _ in validate(entities, rows, docs, sigs))
    failures = []
    for want, what, mutate in cases:
        E, Rw = copy.deepcopy(entities), copy.deepcopy(rows)
        mutate(E, Rw)
        got = Counter(t for t, _ in validate(E, Rw, docs, sigs))
        if got[want] <= base[want]:      # the bad input must add an error of its own kind
            failures.append(f"check [{want}] did not catch: {what}")
    return failures, len(cases)


# ---------------------------------------------------------------- output
def note_of(r):
    parts = []
    if r["role"]:
        parts.append(f"role: {r['role']}")
    if r["commodity"]:
        parts.append(f"commodity: {r['commodity']}")
    parts.append("; ".join(f"zzz{d}: '{e['q']}'" for d, e in sorted(r["ev"].items())))
    if r["extra"]:
        parts.append(r["extra"])
    return "; ".join(parts)


def triple_of(r):
    t = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [DOCS[d] for d in sorted(r["ev"])],
         "modality": r["modality"]}
    if r["time"]:
        t["time"] = r["time"]
    t["required"] = r["required"]
    for k in ("alt_s", "alt_p", "alt_o"):
        if r[k]:
            t[k] = r[k]
    t["note"] = note_of(r)
    return t


def statements_of(r, ents, docs):
    for d, e in sorted(r["ev"].items()):
        doc = docs[d]
        s, end, sent = find_sentence(doc, e["q"])
        yield {"subject": r["s"], "subject_type": ents[r["s"]]["type"], "predicate": r["p"],
               "object": r["o"], "object_type": ents[r["o"]]["type"], "modality": r["modality"],
               "time": r["time"] or "", "role": r["role"] or "", "commodity": r["commodity"] or "",
               "confidence": 1.0, "source": "corpus/" + DOCS[d], "title": doc.title,
               "published": doc.published, "sentence": sent, "start": s, "end": end, "rule": "gold"}


def stats(entities, rows):
    from collections import Counter
    out = []
    by_p = Counter(r["p"] for r in rows)
    req_p = Counter(r["p"] for r in rows if r["required"])
    out.append("| predicate | rows | required |\n|---|---|---|")
    for p in sorted(by_p):
        out.append(f"| {p} | {by_p[p]} | {req_p[p]} |")
    out.append("")
    mods = Counter(r["modality"] for r in rows)
    out.append("| modality | rows |\n|---|---|")
    for m in ("asserted", "reported", "hedged", "planned", "negated"):
        out.append(f"| {m} | {mods[m]} |")
    out.append("")
    out.append("| document | rows citing it | required | negated |\n|---|---|---|---|")
    for d, f in DOCS.items():
        rs = [r for r in rows if d in r["ev"]]
        out.append(f"| {f} | {len(rs)} | {sum(r['required'] for r in rs)} | "
                   f"{sum(r['modality'] == 'negated' for r in rs)} |")
    out.append("")
    types = Counter(e["type"] for e in entities)
    out.append("entities by type: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    out.append(f"rows {len(rows)}, required {sum(r['required'] for r in rows)}, "
               f"negated {mods['negated']}, predicates {len(by_p)}, entities {len(entities)}")
    out.append("")
    out.append("negated rows:")
    for r in rows:
        if r["modality"] == "negated":
            out.append(f"- {r['s']} {r['p']} {r['o']} ({', '.join('zzz' + d for d in sorted(r['ev']))}): "
                       + "; ".join(f"'{e['q']}'" for e in r["ev"].values()))
    return "\n".join(out)


def main():
    docs = load_docs()
    sigs = load_signatures()
    entities = [{"name": n, "type": t, "aliases": list(a)} for n, t, a in ENTITIES]
    rows = ROWS
    failures, n = selftest(entities, rows, docs, sigs)
    if failures:
        print("self-test of the checks failed:", *failures, sep="\n  ")
        sys.exit(1)
    errs = validate(entities, rows, docs, sigs)
    if errs:
        for t, m in errs:
            print(f"[{t}] {m}")
        print(f"{len(errs)} errors; nothing written")
        sys.exit(1)
    ents = {e["name"]: e for e in entities}
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in entities:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(triple_of(r), ensure_ascii=False) + "\n")
    n_st = 0
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            for st in statements_of(r, ents, docs):
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
                n_st += 1
    print(f"self-test: {n} bad inputs, each caught")
    print(f"wrote {len(entities)} entities, {len(rows)} rows "
          f"({sum(r['required'] for r in rows)} required, "
          f"{sum(r['modality'] == 'negated' for r in rows)} negated), {n_st} statements")
    if "--stats" in sys.argv:
        print(stats(entities, rows))


if __name__ == "__main__":
    main()
