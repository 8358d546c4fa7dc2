#!/usr/bin/env python3
"""Build and check the gold standard of news set zzh (stdlib only).

Every entity and every gold row lives in this file. Each row carries one
evidence phrase per document that states it. The script checks the rows
against the article bodies (read from ../corpus) and against SCHEMA.md, and
only when every check passes writes

    ../entities.jsonl
    ../triples.jsonl
    ../selfcheck_statements.jsonl   (one statement per row and document, in
                                     the `kg export --format jsonl` shape)

Usage: build_gold.py [--stats]      exits 1 and writes nothing on a failure
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
sys.path.insert(0, HERE)
import textutil  # noqa: E402

DOCS = {
    "01": "zzh01_serbia_azeri_crude.txt",
    "02": "zzh02_kosovo_serbia_talks.txt",
    "03": "zzh03_bosnia_growth_plan.txt",
    "04": "zzh04_tirana_gas_declaration.txt",
    "05": "zzh05_morocco_sahel_atlantic.txt",
    "06": "zzh06_ecowas_aes_talks.txt",
    "07": "zzh07_russia_mali_fuel.html",
    "08": "zzh08_aes_joint_force.html",
}

# --------------------------------------------------------------------------
# Schema (SCHEMA.md)
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
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
    "negotiating_with": (None, None),
    "contacted": (None, None),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": (None, None),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (None, None),
    "diplomatic_relations_with": (None, None),
    "allied_with": (None, None),
    "recognizes": ({C}, {C}),
    "supported": (None, None),
    "criticized": (None, None),
    "threatened": (None, None),
    "sanctioned": (None, None),
    "in_conflict_with": (None, None),
    "attacked": (None, None),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (None, None),
    "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": (None, None),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
# relations that hold as a state: never given a time
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "allied_with", "diplomatic_relations_with"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# --------------------------------------------------------------------------
# Entities: name, type, aliases (surface forms the bodies use)
ENTITIES = [
    # --- people, Western Balkans cluster
    ("Aleksandar Vucic", P, ["Vucic", "Serbian President Aleksandar Vucic", "President Aleksandar Vucic"]),
    ("Parviz Shahbazov", P, ["Shahbazov", "Azerbaijani Energy Minister Parviz Shahbazov", "Energy Minister Parviz Shahbazov"]),
    ("Dubravka Djedovic Handanovic", P, ["Djedovic Handanovic", "Energy Minister Dubravka Djedovic Handanovic"]),
    ("Vladimir Putin", P, ["Putin", "Russian President Vladimir Putin", "President Vladimir Putin"]),
    ("Nenad Ilic", P, ["Ilic"]),
    ("Peter Sorensen", P, ["Sorensen", "EU special representative Peter Sorensen"]),
    ("Petar Petkovic", P, ["Petkovic"]),
    ("Besnik Bislimi", P, ["Bislimi", "Deputy Prime Minister Besnik Bislimi"]),
    ("Albin Kurti", P, ["Kurti", "Prime Minister Albin Kurti", "caretaker Prime Minister Albin Kurti"]),
    ("Marta Kos", P, ["Kos", "EU Enlargement Commissioner Marta Kos", "Enlargement Commissioner Marta Kos"]),
    ("Denis Becirovic", P, ["Becirovic"]),
    ("Sinisa Karan", P, ["Karan"]),
    ("Milorad Dodik", P, ["Dodik"]),
    ("Christian Schmidt", P, ["Schmidt"]),
    ("Amra Hadzic", P, ["Hadzic"]),
    ("Edi Rama", P, ["Rama", "Albanian Prime Minister Edi Rama", "Prime Minister Edi Rama"]),
    ("Milojko Spajic", P, ["Spajic", "Montenegrin Prime Minister Milojko Spajic", "Prime Minister Milojko Spajic"]),
    ("Hristijan Mickoski", P, ["Mickoski", "Prime Minister Hristijan Mickoski"]),
    ("Elira Hoxha", P, ["Hoxha"]),
    # --- people, Sahel cluster
    ("Nasser Bourita", P, ["Bourita", "Foreign Minister Nasser Bourita"]),
    ("Abdoulaye Diop", P, ["Diop", "Foreign Minister Abdoulaye Diop"]),
    ("Mohammed VI", P, ["King Mohammed VI"]),
    ("Youssef Alaoui", P, ["Alaoui"]),
    ("Omar Alieu Touray", P, ["Touray", "ECOWAS Commission President Omar Alieu Touray"]),
    ("Bakary Yaou Sangare", P, ["Sangare", "Foreign Minister Bakary Yaou Sangare"]),
    ("Abdourahamane Tiani", P, ["Tiani", "General Abdourahamane Tiani"]),
    ("Mohamed Bazoum", P, ["Bazoum", "President Mohamed Bazoum"]),
    ("John Mahama", P, ["Mahama", "Ghanaian President John Mahama", "President John Mahama"]),
    ("Julius Maada Bio", P, ["Bio", "President Julius Maada Bio"]),
    ("Ibrahim Traore", P, ["Traore", "Captain Ibrahim Traore"]),
    ("Aissatou Ba", P, []),
    ("Yunus-Bek Yevkurov", P, ["Yevkurov", "Deputy Defence Minister Yunus-Bek Yevkurov"]),
    ("Assimi Goita", P, ["Goita", "General Assimi Goita"]),
    ("Drissa Coulibaly", P, ["Coulibaly", "Lieutenant Colonel Drissa Coulibaly"]),
    ("Fatoumata Diarra", P, ["Diarra"]),
    ("Oumar Sangho", P, ["Sangho"]),
    ("Hamadou Cisse", P, ["Cisse"]),
    # --- countries
    ("Serbia", C, ["Serbian"]),
    ("Azerbaijan", C, ["Azerbaijani"]),
    ("Russia", C, ["Russian"]),
    ("United States", C, ["U.S.", "Washington"]),
    ("Croatia", C, ["Croatian"]),
    ("Ukraine", C, []),
    ("Bulgaria", C, []),
    ("Kosovo", C, []),
    ("Spain", C, []),
    ("Bosnia and Herzegovina", C, ["Bosnia", "Bosnian"]),
    ("Albania", C, ["Albanian"]),
    ("Montenegro", C, ["Montenegrin"]),
    ("North Macedonia", C, ["North Macedonian"]),
    ("Italy", C, []),
    ("Greece", C, []),
    ("Morocco", C, ["Moroccan"]),
    ("Mali", C, ["Malian"]),
    ("Burkina Faso", C, ["Burkinabe"]),
    ("Niger", C, ["Nigerien"]),
    ("Mauritania", C, []),
    ("Algeria", C, ["Algerian"]),
    ("Nigeria", C, ["Nigerian"]),
    ("Ghana", C, ["Ghanaian"]),
    ("Sierra Leone", C, []),
    ("Côte d'Ivoire", C, ["Ivory Coast"]),
    ("Togo", C, []),
    ("Senegal", C, ["Senegalese"]),
    ("Benin", C, []),
    ("France", C, ["French"]),
    ("Chad", C, ["Chadian"]),
    # --- organizations
    ("Naftna Industrija Srbije", O, ["NIS"]),
    ("Gazprom Neft", O, []),
    ("SOCAR", O, []),
    ("JANAF", O, []),
    ("European Union", O, ["EU"]),
    ("Balkan Energy Policy Forum", O, []),
    ("NATO", O, []),
    ("KFOR", O, []),
    ("SNSD", O, []),
    ("Centre for European Integration Studies", O, []),
    ("Institute for Regional Policy", O, []),
    ("Alliance of Sahel States", O, ["AES"]),
    ("Polisario Front", O, ["Polisario"]),
    ("Atlantic Policy Institute", O, []),
    ("ECOWAS", O, ["Economic Community of West African States"]),
    ("JNIM", O, ["Jama'at Nusrat al-Islam wal-Muslimin"]),
    ("al Qaeda", O, []),
    ("West Africa Security Network", O, []),
    ("Africa Corps", O, []),
    ("Wagner Group", O, ["Wagner"]),
    ("Sahel Security Observatory", O, []),
    ("Unified Force of the Alliance of Sahel States", O, ["FU-AES"]),
    ("Orano", O, []),
    ("Rosatom", O, []),
    # --- cities
    ("Belgrade", CI, []),
    ("Omisalj", CI, []),
    ("Novi Sad", CI, []),
    ("Baku", CI, []),
    ("Ohrid", CI, []),
    ("Sarajevo", CI, []),
    ("Banja Luka", CI, []),
    ("Moscow", CI, []),
    ("Tirana", CI, []),
    ("Fier", CI, []),
    ("Podgorica", CI, []),
    ("Dakhla", CI, []),
    ("Rabat", CI, []),
    ("Tinzaouaten", CI, []),
    ("Abuja", CI, []),
    ("Niamey", CI, []),
    ("Bamako", CI, []),
    ("Ouagadougou", CI, []),
    ("Kidal", CI, []),
    ("Djibo", CI, []),
    ("Arlit", CI, []),
    ("Dakar", CI, []),
    # --- regions
    ("Republika Srpska", R, ["Serb Republic"]),
    ("Western Sahara", R, []),
    ("Azawad", R, []),
    ("Sahel", R, ["central Sahel"]),
    # --- agreements
    ("Brussels Agreement", A, []),
    ("Ohrid Agreement", A, []),
    ("Dayton Agreement", A, ["Dayton accords"]),
    ("Tirana Gas Declaration", A, []),
    ("Prespa Agreement", A, []),
    ("Atlantic Access Framework Agreement", A, []),
    ("Niamey Treaty", A, []),
    # --- facilities
    ("Pancevo refinery", F, []),
    ("Trans Adriatic Pipeline", F, ["TAP"]),
    ("Somair mine", F, ["Somair uranium mine", "Somair"]),
]

# --------------------------------------------------------------------------
ROWS = []


def R(s, p, o, mod, ev, time=None, req=True, note=None, alt_s=None, alt_p=None,
      alt_o=None, role=None, commodity=None):
    ROWS.append(dict(s=s, p=p, o=o, modality=mod, ev=ev, time=time, required=req,
                     note=note, alt_s=alt_s, alt_p=alt_p, alt_o=alt_o, role=role,
                     commodity=commodity))


# ===== zzh01 wire, Belgrade, Tue 4 Nov 2025: Serbia-Azerbaijan crude deal
R("Serbia", "signed_agreement_with", "Azerbaijan", "asserted",
  {"01": "Serbia signed a crude oil supply agreement with Azerbaijan on Tuesday"},
  note="wire: weekday only, so no time")
R("Serbia", "signed_agreement_with", "Azerbaijan", "planned",
  {"01": "to sign a broader agreement with Azerbaijan"}, alt_s=["Aleksandar Vucic"],
  note="polarity trap: the signed deal is asserted, the broader one is planned")
R("Parviz Shahbazov", "works_for", "Azerbaijan", "asserted",
  {"01": "Azerbaijani Energy Minister Parviz Shahbazov"}, role="energy minister")
R("Parviz Shahbazov", "visited", "Belgrade", "reported",
  {"01": "who flew to Belgrade for the ceremony"}, note="'..., officials said'")
R("Parviz Shahbazov", "met_with", "Aleksandar Vucic", "reported",
  {"01": "met Serbian President Aleksandar Vucic at the presidency beforehand"})
R("Aleksandar Vucic", "head_of", "Serbia", "asserted",
  {"01": "Serbian President Aleksandar Vucic at the presidency",
   "02": "Serbian President Aleksandar Vucic on Tuesday",
   "03": "an ally of Serbian President Aleksandar Vucic",
   "04": "Serbian President Aleksandar Vucic, who was invited"}, role="president")
R("SOCAR", "based_in", "Azerbaijan", "asserted",
  {"01": "the Azerbaijani state oil company SOCAR"}, req=False,
  note="nationality adjective on a company: seat or ownership")
R("Omisalj", "located_in", "Croatia", "asserted", {"01": "the Croatian port of Omisalj"})
R("Pancevo refinery", "located_in", "Serbia", "asserted",
  {"01": "the Pancevo refinery in northern Serbia"})
R("Serbia", "imports_from", "Azerbaijan", "planned",
  {"01": "SOCAR will ship up to 1.5 million tonnes of crude a year"}, req=False,
  commodity="crude oil", note="future shipments to the Serbian refinery; Serbia only implied")
R("Serbia", "imports_from", "Azerbaijan", "asserted",
  {"01": "Azerbaijan has sold gas to Serbia since 2023"}, time="2023", commodity="natural gas",
  note="'has sold gas to Serbia' = Serbia imports from Azerbaijan (converse)")
R("United States", "sanctioned", "Naftna Industrija Srbije", "asserted",
  {"01": "The United States imposed sanctions on NIS"}, time="2025-01",
  note="explicit 'in January 2025' in the sentence")
R("United States", "sanctioned", "Russia", "asserted",
  {"01": "as part of a package targeting Russia's oil sector"}, time="2025-01", req=False,
  note="sanctions on Russia's oil sector")
R("Gazprom Neft", "based_in", "Russia", "asserted", {"01": "Russia's Gazprom Neft"}, req=False)
R("JANAF", "based_in", "Croatia", "asserted", {"01": "Croatian pipeline operator JANAF"}, req=False)
R("Naftna Industrija Srbije", "based_in", "Novi Sad", "asserted", {"01": "Novi Sad-based NIS"})
R("Dubravka Djedovic Handanovic", "works_for", "Serbia", "asserted",
  {"01": "Serbia's Energy Minister Dubravka Djedovic Handanovic"}, role="energy minister")
R("Serbia", "candidate_for", "European Union", "asserted",
  {"01": "a candidate for European Union membership since 2012"}, time="2012")
R("Serbia", "imports_from", "Russia", "asserted",
  {"01": "imports most of its natural gas from Russia",
   "04": "Serbia still imports most of its gas from Russia"}, commodity="natural gas")
R("Serbia", "allied_with", "Russia", "asserted", {"01": "from Russia, its traditional ally"})
R("Serbia", "sanctioned", "Russia", "negated",
  {"01": "Serbia will not impose sanctions on Russia"}, note="'Vucic has repeatedly said ... will not'")
R("Russia", "attacked", "Ukraine", "asserted", {"01": "Russia over its invasion of Ukraine"},
  note="nominal 'its invasion of Ukraine'")
R("Russia", "in_conflict_with", "Ukraine", "asserted", {"01": "Russia over its invasion of Ukraine"},
  req=False)
R("Serbia", "trades_with", "European Union", "asserted",
  {"01": "the EU, by far Serbia's biggest trading partner"})
R("Aleksandar Vucic", "contacted", "Vladimir Putin", "negated",
  {"01": "he had not spoken to Russian President Vladimir Putin"})
R("Vladimir Putin", "head_of", "Russia", "asserted",
  {"01": "Russian President Vladimir Putin about the crisis",
   "03": "met Russian President Vladimir Putin in Moscow"}, role="president")
R("Serbia", "borders", "Bulgaria", "asserted", {"01": "a pipeline link with neighbouring Bulgaria"})
R("Aleksandar Vucic", "visited", "Baku", "planned",
  {"01": "Vucic said he would travel to Baku early next year"}, note="wire: 'next year' gets no time")
R("Nenad Ilic", "works_for", "Balkan Energy Policy Forum", "asserted",
  {"01": "Nenad Ilic, an analyst at the Belgrade-based Balkan Energy Policy Forum"}, role="analyst")
R("Balkan Energy Policy Forum", "based_in", "Belgrade", "asserted",
  {"01": "the Belgrade-based Balkan Energy Policy Forum"})

# ===== zzh02 wire, Brussels, Wed 12 Nov 2025: Kosovo-Serbia dialogue
R("Kosovo", "met_with", "Serbia", "reported",
  {"02": "Negotiators from Kosovo and Serbia met in Brussels on Wednesday"},
  note="'..., the European Union's envoy said'")
R("Peter Sorensen", "works_for", "European Union", "asserted",
  {"02": "EU special representative Peter Sorensen"}, role="special representative")
R("Petar Petkovic", "works_for", "Serbia", "asserted",
  {"02": "Serbia's chief negotiator Petar Petkovic"}, role="chief negotiator")
R("Besnik Bislimi", "works_for", "Kosovo", "asserted",
  {"02": "Kosovo's Deputy Prime Minister Besnik Bislimi"}, role="deputy prime minister")
R("Peter Sorensen", "met_with", "Petar Petkovic", "asserted",
  {"02": "Peter Sorensen hosted Serbia's chief negotiator Petar Petkovic"})
R("Peter Sorensen", "met_with", "Besnik Bislimi", "asserted",
  {"02": "hosted Serbia's chief negotiator Petar Petkovic and Kosovo's Deputy Prime Minister Besnik Bislimi"})
R("Petar Petkovic", "met_with", "Besnik Bislimi", "asserted",
  {"02": "Petkovic and Bislimi last sat at the same table in March"},
  note="also implied by the joint session hosted by Sorensen")
R("Petar Petkovic", "met_with", "Besnik Bislimi", "planned",
  {"02": "Petkovic and Bislimi would meet again in Brussels in January"})
R("Peter Sorensen", "contacted", "Albin Kurti", "reported",
  {"02": "Sorensen said he had telephoned Kosovo's caretaker Prime Minister Albin Kurti"})
R("Peter Sorensen", "contacted", "Aleksandar Vucic", "reported",
  {"02": "Albin Kurti and Serbian President Aleksandar Vucic on Tuesday to prepare the meeting"})
R("Albin Kurti", "head_of", "Kosovo", "asserted",
  {"02": "Kosovo's caretaker Prime Minister Albin Kurti and",
   "04": "Kosovo's caretaker Prime Minister Albin Kurti for"}, role="caretaker prime minister")
R("Petar Petkovic", "criticized", "Albin Kurti", "asserted",
  {"02": "Petkovic accused Kurti of stoking tensions"})
R("Kosovo", "sanctioned", "Serbia", "reported",
  {"02": "blocking imports of Serbian goods since 2023"}, time="2023", req=False,
  alt_s=["Albin Kurti"], note="an import ban named inside Petkovic's accusation")
R("Besnik Bislimi", "criticized", "Petar Petkovic", "asserted",
  {"02": "Bislimi rejected the accusation"}, req=False, note="object only by reference")
R("Besnik Bislimi", "criticized", "Serbia", "asserted",
  {"02": "said Serbia was still financing parallel structures in the north in breach of past commitments"},
  req=False)
R("Kosovo", "gained_independence_from", "Serbia", "asserted",
  {"02": "declared independence from Serbia in 2008"}, time="2008",
  note="'a former Serbian province' is NOT located_in Serbia")
R("NATO", "attacked", "Serbia", "asserted", {"02": "NATO had bombed Serbia in 1999"}, time="1999")
R("Serbia", "recognizes", "Kosovo", "negated", {"02": "Serbia refuses to recognise Kosovo's statehood"})
R("Spain", "recognizes", "Kosovo", "negated",
  {"02": "as do five EU member states including Spain"},
  note="negation carried by 'as do' after 'refuses to recognise'")
R("United States", "recognizes", "Kosovo", "asserted",
  {"02": "the United States and most of the bloc's members recognise it"}, note="'it' = Kosovo")
R("Spain", "member_of", "European Union", "asserted", {"02": "five EU member states including Spain"})
R("European Union", "brokered", "Brussels Agreement", "asserted",
  {"02": "The EU brokered the 2013 Brussels Agreement"}, time="2013")
R("Kosovo", "party_to", "Brussels Agreement", "asserted",
  {"02": "which both Kosovo and Serbia signed"}, time="2013")
R("Serbia", "party_to", "Brussels Agreement", "asserted",
  {"02": "which both Kosovo and Serbia signed"}, time="2013")
R("Kosovo", "signed_agreement_with", "Serbia", "asserted",
  {"02": "which both Kosovo and Serbia signed"}, time="2013", req=False)
R("Kosovo", "normalized_relations_with", "Serbia", "planned",
  {"02": "in a bid to normalise their relations"}, req=False, note="an aim, not a fact")
R("Serbia", "party_to", "Ohrid Agreement", "negated", {"02": "was never signed by Serbia"})
R("Ohrid", "located_in", "North Macedonia", "asserted",
  {"02": "the North Macedonian lakeside city of Ohrid"})
R("Aleksandar Vucic", "met_with", "Albin Kurti", "negated",
  {"02": "Vucic and Kurti have not held face-to-face talks since that Ohrid summit"})
R("Aleksandar Vucic", "met_with", "Albin Kurti", "asserted",
  {"02": "since that Ohrid summit in March 2023"}, time="2023-03", req=False,
  note="presupposed by 'not ... since that Ohrid summit'")
R("European Union", "sanctioned", "Kosovo", "asserted",
  {"02": "The EU imposed punitive measures on Kosovo in 2023"}, time="2023")
R("Serbia", "in_conflict_with", "Kosovo", "reported",
  {"02": "the long-running dispute between Serbia and Kosovo"})
R("Kosovo", "candidate_for", "European Union", "asserted",
  {"02": "Kosovo, which applied for EU membership in December 2022"}, time="2022-12")
R("Kosovo", "candidate_for", "NATO", "asserted",
  {"02": "is also seeking to join NATO", "04": "Kosovo wanted to join NATO"},
  note="04 reports it ('Kurti told reporters')")
R("KFOR", "based_in", "Kosovo", "asserted",
  {"02": "KFOR peacekeeping force still has about 4,500 troops in Kosovo"})
R("KFOR", "member_of", "NATO", "asserted", {"02": "NATO's KFOR peacekeeping force"}, req=False,
  note="a NATO-led mission")

# ===== zzh03 wire, Sarajevo, Mon 1 Dec 2025: Kos in Bosnia
R("European Union", "supported", "Bosnia and Herzegovina", "negated",
  {"03": "The European Union will not release Bosnia's share of its Western Balkans growth plan until"},
  note="'will not ... until' (condition not yet met); polarity trap with the donor sentence")
R("Marta Kos", "works_for", "European Union", "asserted",
  {"03": "EU Enlargement Commissioner Marta Kos"}, alt_o=["European Commission"],
  role="enlargement commissioner")
R("Marta Kos", "visited", "Bosnia and Herzegovina", "asserted",
  {"03": "on her second visit to Bosnia and Herzegovina this year"}, note="wire: 'this year' gets no time")
R("Marta Kos", "visited", "Sarajevo", "asserted",
  {"03": "met members of the country's three-member presidency in Sarajevo"})
R("Sarajevo", "capital_of", "Bosnia and Herzegovina", "asserted", {"03": "Sarajevo, the Bosnian capital"})
R("Marta Kos", "met_with", "Denis Becirovic", "asserted",
  {"03": "including its Bosniak member Denis Becirovic"})
R("Denis Becirovic", "works_for", "Bosnia and Herzegovina", "asserted",
  {"03": "its Bosniak member Denis Becirovic"}, req=False, alt_p=["head_of"],
  role="member of the presidency", note="member of the collective head of state")
R("European Union", "supported", "Bosnia and Herzegovina", "asserted",
  {"03": "The EU is Bosnia's biggest donor"})
R("European Union", "trades_with", "Bosnia and Herzegovina", "asserted",
  {"03": "The EU is Bosnia's biggest donor and trading partner"})
R("Marta Kos", "visited", "Banja Luka", "asserted", {"03": "Kos later travelled to Banja Luka"})
R("Banja Luka", "capital_of", "Republika Srpska", "asserted",
  {"03": "Banja Luka, the de facto capital of the Serb Republic"})
R("Marta Kos", "met_with", "Sinisa Karan", "asserted", {"03": "where she met Sinisa Karan"})
R("Sinisa Karan", "member_of", "SNSD", "asserted",
  {"03": "as the candidate of the ruling SNSD party"}, req=False, note="party's candidate")
R("Marta Kos", "met_with", "Milorad Dodik", "negated",
  {"03": "Kos did not meet SNSD leader Milorad Dodik"})
R("Milorad Dodik", "head_of", "SNSD", "asserted", {"03": "SNSD leader Milorad Dodik"}, role="leader")
R("Milorad Dodik", "criticized", "Christian Schmidt", "asserted",
  {"03": "Dodik has long rejected Schmidt's authority"})
R("United States", "brokered", "Dayton Agreement", "asserted",
  {"03": "The United States brokered the Dayton accords in 1995"}, time="1995")
R("United States", "sanctioned", "Milorad Dodik", "asserted",
  {"03": "first blacklisted Dodik in 2017"}, time="2017",
  note="removal from the list in October is not a negation")
R("European Union", "sanctioned", "Milorad Dodik", "negated",
  {"03": "The EU has never imposed sanctions on Dodik"},
  note="'Hungary has blocked such a step' is not blockaded")
R("Milorad Dodik", "allied_with", "Aleksandar Vucic", "asserted",
  {"03": "Dodik, an ally of Serbian President Aleksandar Vucic"})
R("Milorad Dodik", "allied_with", "Russia", "asserted",
  {"03": "an ally of Serbian President Aleksandar Vucic and of Russia"})
R("Milorad Dodik", "met_with", "Vladimir Putin", "asserted",
  {"03": "met Russian President Vladimir Putin in Moscow in April 2025"}, time="2025-04")
R("Milorad Dodik", "visited", "Moscow", "asserted",
  {"03": "met Russian President Vladimir Putin in Moscow in April 2025"}, time="2025-04")
R("Milorad Dodik", "threatened", "Bosnia and Herzegovina", "asserted",
  {"03": "has repeatedly threatened that the Serb Republic will secede from Bosnia"})
R("Republika Srpska", "seceded_from", "Bosnia and Herzegovina", "planned",
  {"03": "the Serb Republic will secede from Bosnia"}, req=False,
  note="content of a threat; polarity trap with 'has never formally broken away'")
R("Republika Srpska", "located_in", "Bosnia and Herzegovina", "asserted",
  {"03": "The Serb Republic, one of Bosnia's two autonomous regions"})
R("Republika Srpska", "seceded_from", "Bosnia and Herzegovina", "negated",
  {"03": "has never formally broken away from the country"})
R("Bosnia and Herzegovina", "candidate_for", "European Union", "asserted",
  {"03": "Bosnia was granted EU candidate status in December 2022"}, time="2022-12")
R("European Union", "negotiating_with", "Bosnia and Herzegovina", "planned",
  {"03": "EU leaders agreed in March 2024 to open accession talks"}, req=False,
  note="agreed to open talks; the process has stalled")
R("Amra Hadzic", "works_for", "Centre for European Integration Studies", "asserted",
  {"03": "Amra Hadzic, a political analyst at the Sarajevo-based Centre for European Integration Studies"},
  role="political analyst")
R("Centre for European Integration Studies", "based_in", "Sarajevo", "asserted",
  {"03": "the Sarajevo-based Centre for European Integration Studies"})
R("Sinisa Karan", "allied_with", "Milorad Dodik", "asserted", {"03": "Karan, who is close to Dodik"})
R("Marta Kos", "visited", "Montenegro", "planned",
  {"03": "Kos will travel on to Montenegro on Tuesday"})

# ===== zzh04 newspaper, 2025-11-20: Tirana Gas Declaration (Tuesday = 2025-11-18)
T4 = "2025-11-18"
SIGN4 = "Albania, Montenegro, North Macedonia and Kosovo signed the Tirana Gas Declaration on Tuesday"
for c in ["Albania", "Montenegro", "North Macedonia", "Kosovo"]:
    R(c, "party_to", "Tirana Gas Declaration", "asserted", {"04": SIGN4}, time=T4)
for a, b in [("Albania", "Montenegro"), ("Albania", "North Macedonia"), ("Albania", "Kosovo"),
             ("Montenegro", "North Macedonia"), ("Montenegro", "Kosovo"), ("North Macedonia", "Kosovo")]:
    R(a, "signed_agreement_with", b, "asserted", {"04": SIGN4}, time=T4, req=False,
      note="pairwise reading of a four-party signing")
R("Edi Rama", "head_of", "Albania", "asserted", {"04": "Albanian Prime Minister Edi Rama"},
  role="prime minister")
R("Milojko Spajic", "head_of", "Montenegro", "asserted",
  {"04": "Montenegrin Prime Minister Milojko Spajic"}, role="prime minister")
R("Hristijan Mickoski", "head_of", "North Macedonia", "asserted",
  {"04": "North Macedonia's Prime Minister Hristijan Mickoski"}, role="prime minister")
R("Edi Rama", "met_with", "Milojko Spajic", "asserted",
  {"04": "Rama hosted Montenegrin Prime Minister Milojko Spajic"}, time=T4)
R("Edi Rama", "met_with", "Hristijan Mickoski", "asserted",
  {"04": "North Macedonia's Prime Minister Hristijan Mickoski and"}, time=T4)
R("Edi Rama", "met_with", "Albin Kurti", "asserted",
  {"04": "Kosovo's caretaker Prime Minister Albin Kurti for Tuesday's ceremony"}, time=T4)
for who in ["Milojko Spajic", "Hristijan Mickoski", "Albin Kurti"]:
    R(who, "visited", "Tirana", "asserted", {"04": "for Tuesday's ceremony in Tirana"}, time=T4)
R("Tirana", "capital_of", "Albania", "asserted", {"04": "Tirana, the Albanian capital"})
R("Italy", "imports_from", "Azerbaijan", "asserted",
  {"04": "has carried Azerbaijani gas to Italy since 2020"}, time="2020", commodity="natural gas")
R("Trans Adriatic Pipeline", "located_in", "Greece", "asserted", {"04": "crossing Greece and Albania"},
  req=False)
R("Trans Adriatic Pipeline", "located_in", "Albania", "asserted", {"04": "crossing Greece and Albania"},
  req=False)
R("Fier", "located_in", "Albania", "asserted", {"04": "from Fier in Albania"})
R("Podgorica", "capital_of", "Montenegro", "asserted", {"04": "Podgorica, the Montenegrin capital"})
R("Aleksandar Vucic", "visited", "Tirana", "negated", {"04": "did not travel to Tirana"})
R("Edi Rama", "allied_with", "Aleksandar Vucic", "asserted",
  {"04": "Rama, who has long cultivated a personal rapport with Vucic"}, req=False,
  note="personal rapport: close ties at most")
R("Aleksandar Vucic", "met_with", "Albin Kurti", "planned",
  {"04": "he hoped to bring Vucic and Kurti together in Tirana next year"}, time="2026",
  note="cross-document trap with the negated meeting in 02")
for c in ["Albania", "Montenegro", "North Macedonia"]:
    R(c, "member_of", "NATO", "asserted",
      {"04": "Albania, Montenegro and North Macedonia are all NATO members"},
      note="joined 2009, 2017, 2020; static, no time")
R("Kosovo", "member_of", "NATO", "negated", {"04": "Kosovo is not a member of NATO"},
  note="trap with candidate_for Kosovo NATO")
R("North Macedonia", "party_to", "Prespa Agreement", "asserted",
  {"04": "the 2018 Prespa Agreement with Greece"}, time="2018")
R("Greece", "party_to", "Prespa Agreement", "asserted",
  {"04": "the 2018 Prespa Agreement with Greece"}, time="2018")
R("North Macedonia", "signed_agreement_with", "Greece", "asserted",
  {"04": "the 2018 Prespa Agreement with Greece"}, time="2018")
R("North Macedonia", "normalized_relations_with", "Greece", "asserted",
  {"04": "the two neighbours normalised relations"}, time="2018")
R("North Macedonia", "borders", "Greece", "asserted", {"04": "the two neighbours"}, req=False)
R("Hristijan Mickoski", "criticized", "Bulgaria", "asserted",
  {"04": "accused Bulgaria on Tuesday"}, time=T4,
  note="'as Bulgaria demands' / blocking the EU bid is not blockaded")
R("Montenegro", "candidate_for", "European Union", "asserted",
  {"04": "has closed more negotiating chapters than any other candidate"})
R("Montenegro", "member_of", "European Union", "planned", {"04": "aims to join the EU by 2028"})
R("Montenegro", "negotiating_with", "European Union", "asserted",
  {"04": "has closed more negotiating chapters"}, req=False)
R("Elira Hoxha", "works_for", "Institute for Regional Policy", "asserted",
  {"04": "Elira Hoxha, an energy analyst at the Tirana-based Institute for Regional Policy"},
  role="energy analyst")
R("Institute for Regional Policy", "based_in", "Tirana", "asserted",
  {"04": "the Tirana-based Institute for Regional Policy"})
R("Bosnia and Herzegovina", "party_to", "Tirana Gas Declaration", "negated",
  {"04": "did not sign the Tirana Gas Declaration"})

# ===== zzh05 newspaper, 2026-01-22: Morocco-AES Atlantic deal (Mon = 01-19, Sun = 01-18)
SIGN5 = "Morocco and the Alliance of Sahel States signed the Atlantic Access Framework Agreement"
R("Morocco", "party_to", "Atlantic Access Framework Agreement", "asserted", {"05": SIGN5},
  time="2026-01-19")
R("Alliance of Sahel States", "party_to", "Atlantic Access Framework Agreement", "asserted",
  {"05": SIGN5}, time="2026-01-19")
R("Morocco", "signed_agreement_with", "Alliance of Sahel States", "asserted", {"05": SIGN5},
  time="2026-01-19")
R("Dakhla", "located_in", "Western Sahara", "asserted", {"05": "Dakhla, in Western Sahara"})
R("Nasser Bourita", "works_for", "Morocco", "asserted",
  {"05": "Foreign Minister Nasser Bourita signed for Morocco"}, role="foreign minister")
R("Abdoulaye Diop", "works_for", "Mali", "asserted",
  {"05": "Mali's Foreign Minister Abdoulaye Diop"}, role="foreign minister")
R("Abdoulaye Diop", "visited", "Rabat", "asserted", {"05": "who arrived in Rabat on Sunday"},
  time="2026-01-18")
R("Nasser Bourita", "met_with", "Abdoulaye Diop", "reported",
  {"05": "Bourita held talks with Diop on Sunday evening"}, time="2026-01-18",
  alt_p=["negotiating_with"])
R("Mohammed VI", "head_of", "Morocco", "asserted", {"05": "Morocco's King Mohammed VI"}, role="king")
R("Rabat", "capital_of", "Morocco", "asserted", {"05": "Rabat, the Moroccan capital"})
for c in ["Mali", "Burkina Faso", "Niger"]:
    R(c, "member_of", "Alliance of Sahel States", "asserted",
      {"05": "Mali, Burkina Faso and Niger, all ruled by military governments, formed the Alliance of Sahel States",
       "08": "Mali, Burkina Faso and Niger set up the Alliance of Sahel States"},
      note="founders; static, no time")
R("Mali", "borders", "Mauritania", "asserted", {"05": "Mali, which borders Mauritania and Algeria"})
R("Mali", "borders", "Algeria", "asserted",
  {"05": "Mali, which borders Mauritania and Algeria", "08": "Algeria, which borders both Mali and Niger"})
R("Mali", "borders", "Morocco", "negated", {"05": "borders Mauritania and Algeria but not Morocco"})
R("Mauritania", "member_of", "Alliance of Sahel States", "negated",
  {"05": "Mauritania, which is not a member of the AES"})
R("Morocco", "took_control_of", "Western Sahara", "asserted",
  {"05": "Morocco has controlled most of Western Sahara since Spain withdrew in 1975"}, time="1975")
R("Algeria", "supported", "Polisario Front", "asserted", {"05": "the Polisario Front, which Algeria backs"})
R("Polisario Front", "criticized", "Morocco", "asserted",
  {"05": "a claim contested by the Polisario Front"}, req=False)
R("Polisario Front", "in_conflict_with", "Morocco", "asserted", {"05": "fought a war with Morocco"},
  note="war until 1991, hostilities resumed in 2020: no single time")
R("Algeria", "diplomatic_relations_with", "Morocco", "negated",
  {"05": "Algeria severed diplomatic ties with Morocco in August 2021"},
  note="ties cut and not restored: negated state, no time")
R("Algeria", "borders", "Morocco", "asserted",
  {"05": "the land border between the two neighbours has been closed since 1994"},
  note="a closed border is not a blockade")
for c in ["Mali", "Burkina Faso", "Niger"]:
    R("Morocco", "diplomatic_relations_with", c, "asserted",
      {"05": "has kept diplomatic relations with Mali, Burkina Faso and Niger"})
R("Algeria", "attacked", "Mali", "asserted",
  {"05": "Algeria's army shot down a Malian drone", "08": "the Algerian army shot down a Malian drone"},
  time="2025-04", note="'in April last year' / 'since April last year' against 2026 dates")
R("Tinzaouaten", "located_in", "Mali", "asserted", {"05": "the Malian border town of Tinzaouaten"})
R("Morocco", "trades_with", "Mali", "hedged", {"05": "the corridor could multiply trade between Morocco and Mali"})
R("Youssef Alaoui", "works_for", "Atlantic Policy Institute", "asserted",
  {"05": "Youssef Alaoui, a researcher at the Rabat-based Atlantic Policy Institute"}, role="researcher")
R("Atlantic Policy Institute", "based_in", "Rabat", "asserted",
  {"05": "the Rabat-based Atlantic Policy Institute"})

# ===== zzh06 newspaper, 2026-02-12: ECOWAS-AES talks in Abuja (Tue = 02-10)
T6 = "2026-02-10"
R("ECOWAS", "negotiating_with", "Alliance of Sahel States", "asserted",
  {"06": "the Alliance of Sahel States opened formal negotiations on Tuesday"}, time=T6)
R("Omar Alieu Touray", "head_of", "ECOWAS", "asserted",
  {"06": "ECOWAS Commission President Omar Alieu Touray"}, alt_o=["ECOWAS Commission"],
  alt_p=["works_for"], role="president of the ECOWAS Commission")
R("ECOWAS", "based_in", "Abuja", "asserted", {"06": "the bloc's headquarters in Abuja"})
R("Abuja", "capital_of", "Nigeria", "asserted", {"06": "Abuja, the Nigerian capital"})
R("Bakary Yaou Sangare", "works_for", "Niger", "asserted",
  {"06": "Niger's Foreign Minister Bakary Yaou Sangare"}, role="foreign minister")
R("Omar Alieu Touray", "met_with", "Bakary Yaou Sangare", "asserted",
  {"06": "welcomed a delegation led by Niger's Foreign Minister Bakary Yaou Sangare"}, time=T6)
R("Bakary Yaou Sangare", "visited", "Abuja", "asserted",
  {"06": "welcomed a delegation led by Niger's Foreign Minister Bakary Yaou Sangare"}, time=T6,
  req=False, note="implied by leading the delegation to Abuja")
R("ECOWAS", "met_with", "Alliance of Sahel States", "reported",
  {"06": "Delegations of ECOWAS and the AES met for six hours on Tuesday"}, time=T6)
R("ECOWAS", "met_with", "Alliance of Sahel States", "planned",
  {"06": "will meet again in Niamey in April"}, time="2026-04")
for c in ["Mali", "Burkina Faso", "Niger"]:
    R(c, "member_of", "ECOWAS", "negated", {"06": "are no longer ECOWAS members"},
      note="left on 29 January 2025")
R("Nigeria", "borders", "Niger", "asserted", {"06": "shares a long border with Niger"})
R("Nigeria", "trades_with", "Niger", "asserted", {"06": "the disruption of cross-border trade since 2023"},
  req=False)
R("ECOWAS", "sanctioned", "Alliance of Sahel States", "negated",
  {"06": "ECOWAS had no plans to impose sanctions on the AES"})
R("ECOWAS", "sanctioned", "Niger", "asserted", {"06": "ECOWAS imposed sweeping sanctions on Niger"},
  time="2023-07")
R("ECOWAS", "threatened", "Niger", "asserted", {"06": "threatened to use force"}, time="2023-07")
R("Mohamed Bazoum", "head_of", "Niger", "asserted", {"06": "ousted President Mohamed Bazoum"},
  req=False, note="former head of state")
R("ECOWAS", "supported", "Mohamed Bazoum", "asserted",
  {"06": "ECOWAS has repeatedly called for his release"}, req=False,
  note="calls for the detained president's release")
R("Abdourahamane Tiani", "head_of", "Niger", "asserted",
  {"06": "Tiani was sworn in as Niger's president",
   "08": "Niger's head of state, General Abdourahamane Tiani"}, role="president")
R("John Mahama", "head_of", "Ghana", "asserted", {"06": "Ghanaian President John Mahama"}, role="president")
for c in ["Mali", "Burkina Faso", "Niger"]:
    R("John Mahama", "visited", c, "asserted",
      {"06": "who toured Mali, Burkina Faso and Niger in March last year"}, time="2025-03")
R("Julius Maada Bio", "head_of", "Sierra Leone", "asserted",
  {"06": "Sierra Leone's President Julius Maada Bio"}, role="president")
R("Julius Maada Bio", "head_of", "ECOWAS", "asserted", {"06": "the current chairman of ECOWAS"},
  role="chairman")
R("Côte d'Ivoire", "trades_with", "Burkina Faso", "asserted",
  {"06": "Ivory Coast remains Burkina Faso's biggest trading partner"})
R("Ibrahim Traore", "head_of", "Burkina Faso", "asserted",
  {"06": "Burkina Faso's leader, Captain Ibrahim Traore",
   "08": "Burkina Faso's president, Captain Ibrahim Traore"}, role="president")
R("Ibrahim Traore", "criticized", "Côte d'Ivoire", "asserted",
  {"06": "has accused Ivory Coast of sheltering people plotting against his government"})
R("Togo", "member_of", "ECOWAS", "asserted", {"06": "Togo, an ECOWAS member"})
R("Togo", "candidate_for", "Alliance of Sahel States", "reported",
  {"06": "has said it is considering joining the AES"})
R("Senegal", "member_of", "ECOWAS", "asserted", {"06": "Senegal, also an ECOWAS member"})
R("Senegal", "trades_with", "Mali", "asserted",
  {"05": "ships most of its cotton and gold through ports in Senegal",
   "06": "Senegalese truckers who serve the Malian market"}, req=False,
  note="05: transit through Senegalese ports")
R("Côte d'Ivoire", "trades_with", "Mali", "asserted",
  {"05": "through ports in Senegal and Ivory Coast"}, req=False,
  note="transit through Ivorian ports")
R("JNIM", "attacked", "Benin", "asserted",
  {"06": "attacked army posts in northern Benin in April last year"}, time="2025-04")
R("JNIM", "based_in", "Sahel", "asserted",
  {"06": "operates across the Sahel", "07": "al Qaeda's affiliate in the Sahel"}, req=False)
R("Aissatou Ba", "works_for", "West Africa Security Network", "asserted",
  {"06": "Aissatou Ba, a researcher at the Dakar-based West Africa Security Network"}, role="researcher")
R("West Africa Security Network", "based_in", "Dakar", "asserted",
  {"06": "the Dakar-based West Africa Security Network"})

# ===== zzh07 html, 2026-03-05: Yevkurov in Bamako (Tue = 03-03, Sun = 03-01)
R("Yunus-Bek Yevkurov", "works_for", "Russia", "asserted",
  {"07": "Russian Deputy Defence Minister Yunus-Bek Yevkurov"}, role="deputy defence minister")
R("Yunus-Bek Yevkurov", "visited", "Bamako", "asserted",
  {"07": "Yevkurov arrived in Bamako on Tuesday"}, time="2026-03-03")
R("Assimi Goita", "head_of", "Mali", "asserted",
  {"07": "Mali's transitional president, General Assimi Goita, as",
   "08": "Mali's transitional president, General Assimi Goita, and"}, role="transitional president")
R("Bamako", "capital_of", "Mali", "asserted", {"07": "fuel deliveries to the Malian capital"},
  note="'Bamako ... the Malian capital' in one sentence")
R("Yunus-Bek Yevkurov", "met_with", "Assimi Goita", "reported",
  {"07": "Yevkurov and Goita met for three hours"}, time="2026-03-03")
R("Mali", "signed_agreement_with", "Russia", "reported",
  {"07": "Mali and Russia then signed an agreement"}, time="2026-03-03")
R("Mali", "imports_from", "Russia", "planned",
  {"07": "Russia will deliver 160,000 tonnes of fuel and lubricants to Mali"}, commodity="fuel")
R("Russia", "supported", "Mali", "planned",
  {"07": "Russia will deliver 160,000 tonnes of fuel and lubricants to Mali"}, req=False)
R("JNIM", "member_of", "al Qaeda", "asserted", {"07": "al Qaeda's affiliate in the Sahel"},
  note="06 'al Qaeda-linked' is not membership")
R("JNIM", "blockaded", "Bamako", "asserted", {"07": "has blockaded Bamako since September"},
  time="2025-09")
R("JNIM", "attacked", "Africa Corps", "reported", {"07": "JNIM fighters ambushed Africa Corps troops"},
  time="2026-03-01")
R("JNIM", "killed", "Drissa Coulibaly", "reported",
  {"07": "killing Lieutenant Colonel Drissa Coulibaly"}, time="2026-03-01")
R("Drissa Coulibaly", "works_for", "Mali", "asserted", {"07": "a Malian army officer"},
  role="army officer")
R("Africa Corps", "based_in", "Mali", "asserted", {"07": "has been deployed in Mali"},
  note="'Wagner Group pulled out' gets no row")
R("Wagner Group", "supported", "Mali", "asserted",
  {"07": "Wagner fighters had helped Mali's army retake Kidal"}, time="2023-11")
R("Mali", "took_control_of", "Kidal", "asserted", {"07": "helped Mali's army retake Kidal"},
  time="2023-11")
R("Azawad", "seceded_from", "Mali", "asserted",
  {"07": "declared Azawad, their name for northern Mali, independent from Mali in 2012"}, time="2012")
R("Azawad", "located_in", "Mali", "asserted", {"07": "Azawad, their name for northern Mali"})
R("JNIM", "attacked", "Bamako", "negated", {"07": "JNIM has not attacked Bamako itself since September 2024"},
  note="polarity trap with the September 2024 attack in the same sentence")
R("JNIM", "attacked", "Bamako", "asserted",
  {"07": "when its fighters struck a gendarmerie school and the military airport there"}, time="2024-09")
R("JNIM", "attacked", "Bamako", "hedged",
  {"07": "warned that JNIM might try to strike Bamako again"},
  note="third polarity of the same triple in one document")
R("Fatoumata Diarra", "citizen_of", "Mali", "asserted", {"07": "Fatoumata Diarra, a Malian trader"})
R("Fatoumata Diarra", "lives_in", "Bamako", "asserted", {"07": "who lives in Bamako"})
R("Russia", "supported", "Mali", "asserted",
  {"07": "Russia has supplied Mali with fighter jets, helicopters and drones"})
R("Mali", "gained_independence_from", "France", "asserted",
  {"07": "Mali, which gained independence from France in 1960"}, time="1960")
R("Yunus-Bek Yevkurov", "visited", "Ouagadougou", "negated",
  {"07": "Yevkurov did not travel on to Ouagadougou during this trip"})
R("Yunus-Bek Yevkurov", "visited", "Ouagadougou", "asserted",
  {"07": "he has visited the capitals of all three Sahel allies several times since 2023"}, req=False,
  note="earlier visits, by reference only ('the capitals')")
R("Oumar Sangho", "works_for", "Sahel Security Observatory", "asserted",
  {"07": "Oumar Sangho, a security researcher at the Bamako-based Sahel Security Observatory"},
  role="security researcher")
R("Sahel Security Observatory", "based_in", "Bamako", "asserted",
  {"07": "the Bamako-based Sahel Security Observatory"})
R("Mali", "negotiating_with", "JNIM", "negated", {"07": "Mali's junta has rejected calls for talks with JNIM"})
R("Mali", "criticized", "JNIM", "asserted",
  {"07": "which Goita's government describes as a terrorist group"}, req=False, alt_s=["Assimi Goita"])

# ===== zzh08 html, 2026-03-20: AES joint force in Niamey (Wed = 03-18)
T8 = "2026-03-18"
R("Abdourahamane Tiani", "met_with", "Assimi Goita", "asserted",
  {"08": "General Abdourahamane Tiani, hosted Mali's transitional president, General Assimi Goita"}, time=T8)
R("Abdourahamane Tiani", "met_with", "Ibrahim Traore", "asserted",
  {"08": "and Burkina Faso's president, Captain Ibrahim Traore, at the ceremony in Niamey"}, time=T8)
R("Assimi Goita", "met_with", "Ibrahim Traore", "asserted",
  {"08": "General Assimi Goita, and Burkina Faso's president, Captain Ibrahim Traore, at the ceremony"},
  time=T8, req=False, note="co-guests")
for who in ["Assimi Goita", "Ibrahim Traore"]:
    R(who, "visited", "Niamey", "asserted", {"08": "at the ceremony in Niamey"}, time=T8)
R("Unified Force of the Alliance of Sahel States", "based_in", "Niamey", "planned",
  {"08": "will be based in Niamey"})
for c in ["Mali", "Burkina Faso", "Niger"]:
    R(c, "party_to", "Niamey Treaty", "asserted",
      {"08": "under the Niamey Treaty, which they signed in July 2024"}, time="2024-07")
for a, b in [("Mali", "Burkina Faso"), ("Mali", "Niger"), ("Burkina Faso", "Niger")]:
    R(a, "signed_agreement_with", b, "asserted",
      {"08": "under the Niamey Treaty, which they signed in July 2024"}, time="2024-07", req=False,
      note="pairwise reading of a three-party treaty")
R("Chad", "borders", "Niger", "asserted", {"08": "Chad, which borders Niger"})
R("Chad", "member_of", "Alliance of Sahel States", "negated",
  {"08": "has been courted by the AES but is not a member"})
R("Chad", "candidate_for", "Alliance of Sahel States", "asserted",
  {"08": "has been courted by the AES"}, req=False)
R("Russia", "supported", "Alliance of Sahel States", "asserted",
  {"08": "Russia, which arms the Alliance of Sahel States"})
R("Algeria", "borders", "Niger", "asserted", {"08": "Algeria, which borders both Mali and Niger"})
R("Mali", "criticized", "Algeria", "asserted",
  {"08": "Mali has accused Algeria of supporting jihadist groups"}, time="2025-04")
R("Algeria", "criticized", "Mali", "asserted", {"08": "Algeria has rejected the accusation"},
  req=False, note="object only by reference")
R("Niger", "took_control_of", "Somair mine", "asserted",
  {"08": "Niger nationalised the Somair uranium mine at Arlit in June last year"}, time="2025-06")
R("Somair mine", "located_in", "Arlit", "asserted", {"08": "the Somair uranium mine at Arlit"})
R("Orano", "criticized", "Niger", "asserted", {"08": "Orano, which has condemned the move"})
R("Orano", "based_in", "France", "asserted", {"08": "French nuclear group Orano"}, req=False)
R("Russia", "imports_from", "Niger", "negated",
  {"08": "they have not sold any of the roughly 1,500 tonnes of uranium concentrate stockpiled at the site to Russia"},
  commodity="uranium", note="'Nigerien officials say': reported denial")
R("Russia", "imports_from", "Niger", "hedged", {"08": "Russia could buy part of it"}, commodity="uranium",
  note="polarity trap with the denial in the same sentence")
R("Niger", "signed_agreement_with", "Rosatom", "asserted",
  {"08": "a memorandum Niger signed with the Russian state nuclear company Rosatom in July last year"},
  time="2025-07")
R("Rosatom", "based_in", "Russia", "asserted", {"08": "the Russian state nuclear company Rosatom"},
  req=False)
R("JNIM", "took_control_of", "Djibo", "asserted",
  {"08": "JNIM fighters briefly took control of the Burkinabe town of Djibo"}, time="2025-05")
R("Djibo", "located_in", "Burkina Faso", "asserted", {"08": "the Burkinabe town of Djibo"})
R("Niger", "borders", "Benin", "asserted", {"08": "has kept its border with Benin closed since 2023"},
  note="a closed border is not a blockade")
R("Niger", "criticized", "Benin", "asserted", {"08": "accuses Benin of hosting French troops"})
R("Benin", "criticized", "Niger", "asserted", {"08": "which Benin denies"}, req=False)
R("Hamadou Cisse", "citizen_of", "Niger", "asserted", {"08": "a former Nigerien army officer"})
R("Hamadou Cisse", "works_for", "Niger", "asserted", {"08": "a former Nigerien army officer"},
  req=False, role="army officer (former)", note="former post")
R("Hamadou Cisse", "lives_in", "Niamey", "asserted", {"08": "who lives in Niamey"})


# --------------------------------------------------------------------------
def norm(s):  # as shared/tools/kgscore
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    errors, warnings = [], []
    etype = {}
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if name in etype:
            errors.append("entity listed twice: " + name)
        if typ not in TYPES:
            errors.append("bad type %s for %s" % (typ, name))
        etype[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append("alias %r belongs to %s and %s" % (a, alias_owner[k], name))
            alias_owner[k] = name
    forms = {name: [name] + aliases for name, _, aliases in ENTITIES}

    bodies, sents, meta = {}, {}, {}
    for k, fn in DOCS.items():
        b = textutil.body(os.path.join(CORPUS, fn))
        bodies[k] = b["text"]
        sents[k] = textutil.split_sentences(b["text"])
        meta[k] = b
        n = len(b["text"].split())
        if not 450 <= n <= 520:
            errors.append("%s: body has %d words" % (fn, n))

    def sentence_of(k, phrase):
        text = bodies[k]
        start = text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            for (ss, se, st) in sents[k]:
                if ss <= start and end <= se:
                    return ss, se, st
            start = text.find(phrase, start + 1)
        return None

    alltext = "\n".join(bodies.values())
    for name, _, aliases in ENTITIES:
        for a in aliases:
            if not occurs(a, alltext):
                errors.append("alias %r of %s is used in no body" % (a, name))

    used = set()
    units = {}
    for i, r in enumerate(ROWS):
        tag = "row %d %s %s %s (%s)" % (i, r["s"], r["p"], r["o"], r["modality"])
        for x in (r["s"], r["o"]):
            if x not in etype:
                errors.append(tag + ": unknown entity " + x)
        if r["p"] not in SIG:
            errors.append(tag + ": unknown predicate")
            continue
        if r["modality"] not in MODALITIES:
            errors.append(tag + ": bad modality")
        ss, os_ = SIG[r["p"]]
        if ss and etype.get(r["s"]) not in ss:
            errors.append(tag + ": subject type %s not allowed" % etype.get(r["s"]))
        if os_ and etype.get(r["o"]) not in os_:
            errors.append(tag + ": object type %s not allowed" % etype.get(r["o"]))
        for alt in (r["alt_p"] or []):
            if alt not in SIG:
                errors.append(tag + ": bad alt_p " + alt)
        t = r["time"]
        if t is not None:
            if not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", t):
                errors.append(tag + ": bad time " + t)
            if r["p"] in STATIC:
                errors.append(tag + ": static relation with a time")
            if r["modality"] == "negated":
                errors.append(tag + ": negated row with a time")
        if r["commodity"] and r["p"] != "imports_from":
            errors.append(tag + ": commodity on non-imports_from")
        if r["role"] and r["p"] not in ("head_of", "works_for"):
            errors.append(tag + ": role on " + r["p"])
        if not r["ev"]:
            errors.append(tag + ": no evidence")
        for k, phrase in r["ev"].items():
            if k not in DOCS:
                errors.append(tag + ": unknown doc " + k)
                continue
            hit = sentence_of(k, phrase)
            if hit is None:
                if phrase in bodies[k]:
                    errors.append(tag + ": evidence crosses a sentence in %s: %r" % (k, phrase))
                else:
                    errors.append(tag + ": evidence not in body of %s: %r" % (k, phrase))
                continue
            for x in (r["s"], r["o"]):
                if x in forms and not any(occurs(f, bodies[k]) for f in forms[x]):
                    errors.append(tag + ": entity %s not in body of %s" % (x, k))
                elif x in forms and not any(occurs(f, hit[2]) for f in forms[x]):
                    warnings.append(tag + ": %s not named in the evidence sentence of %s" % (x, k))
            if t is not None and meta[k]["style"] == "wire":
                if t[:4] not in hit[2] and not (len(t) == 3 and t in hit[2]):
                    errors.append(tag + ": wire %s gives no explicit year %s in the sentence" % (k, t[:4]))
        used.update([r["s"], r["o"]])
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, r["p"], o, POLARITY.get(r["modality"]))
        if u in units:
            errors.append(tag + ": repeats the unit of row %d" % units[u])
        units[u] = i
    for name in etype:
        if name not in used:
            errors.append("entity never used: " + name)

    for w in warnings:
        print("note:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        sys.exit(1)

    # ---- write
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            row = {"s": r["s"], "p": r["p"], "o": r["o"],
                   "docs": [DOCS[k] for k in sorted(r["ev"])], "modality": r["modality"]}
            if r["time"]:
                row["time"] = r["time"]
            row["required"] = r["required"]
            for a in ("alt_s", "alt_p", "alt_o"):
                if r[a]:
                    row[a] = r[a]
            notes = []
            if r["role"]:
                notes.append("role: " + r["role"])
            if r["commodity"]:
                notes.append("commodity: " + r["commodity"])
            notes.append("; ".join("%s '%s'" % (DOCS[k][:5], r["ev"][k]) for k in sorted(r["ev"])))
            if r["note"]:
                notes.append(r["note"])
            row["note"] = " | ".join(notes)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            for k in sorted(r["ev"]):
                ss, se, st = sentence_of(k, r["ev"][k])
                m = meta[k]
                f.write(json.dumps({
                    "subject": r["s"], "subject_type": etype[r["s"]],
                    "predicate": r["p"],
                    "object": r["o"], "object_type": etype[r["o"]],
                    "modality": r["modality"], "time": r["time"] or "",
                    "role": r["role"] or "", "commodity": r["commodity"] or "",
                    "confidence": 1.0,
                    "source": "corpus/" + DOCS[k], "title": m["title"],
                    "published": m["published"], "sentence": st,
                    "start": ss, "end": se, "rule": "gold"}, ensure_ascii=False) + "\n")

    if "--stats" in sys.argv:
        stats(etype)
    else:
        print("ok: %d entities, %d rows written" % (len(ENTITIES), len(ROWS)))


def stats(etype):
    print("entities:", len(ENTITIES), dict(Counter(t for _, t, _ in ENTITIES)))
    print("rows:", len(ROWS), " required:", sum(r["required"] for r in ROWS))
    print("modality:", dict(Counter(r["modality"] for r in ROWS)))
    print("negated rows:", sum(r["modality"] == "negated" for r in ROWS),
          " required negated:", sum(r["modality"] == "negated" and r["required"] for r in ROWS))
    print("rows with time:", sum(1 for r in ROWS if r["time"]))
    pc = Counter(r["p"] for r in ROWS)
    print("predicates used: %d of %d" % (len(pc), len(SIG)))
    missing = [p for p in SIG if p not in pc]
    if missing:
        print("  MISSING:", missing)
    for p in SIG:
        print("  %-26s %d" % (p, pc[p]))
    print("per document (rows / required / negated):")
    for k, fn in DOCS.items():
        rs = [r for r in ROWS if k in r["ev"]]
        print("  %-36s %3d %3d %3d" % (fn, len(rs), sum(r["required"] for r in rs),
                                       sum(r["modality"] == "negated" for r in rs)))
    print("multi-document rows:", sum(1 for r in ROWS if len(r["ev"]) > 1))


if __name__ == "__main__":
    main()
