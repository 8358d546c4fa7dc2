"""Gold data for news set zzzm, read by build_gold.py.

DOCS maps a short key to the article file in ../corpus.
ENTITIES lists (name, type, aliases).
FACTS lists rows made with F(s, p, o, modality, evidence, **options), where
evidence is a list of (doc key, phrase[, time]): the phrase must occur in the
cleaned text of that document (quotes and apostrophes compared straight) and
the time is what that phrase's own sentence says, resolved against the
document's date. The row's time is derived from these (see build_gold.py).
Options: req (default True), alt_s, alt_p, alt_o, role, commodity, note,
time (explicit override), range_ok (a reason to accept a subject or object
type outside SCHEMA.md's domain or range).
"""

DOCS = {
    "01": "zzzm01_igad_djibouti_summit.txt",
    "02": "zzzm02_abiy_assab_speech.txt",
    "03": "zzzm03_nk_missile_seoul_tokyo.txt",
    "04": "zzzm04_somaliland_berbera.txt",
    "05": "zzzm05_lee_nara_visit.txt",
    "06": "zzzm06_korea_us_trade_deal.txt",
    "07": "zzzm07_red_sea_shipping.html",
    "08": "zzzm08_trump_abductee_families.html",
}

# Publication dates (the wire datelines carry no year; the newspaper and HTML
# pages state them; build_gold.py checks the stated ones).
PUBLISHED = {
    "01": "2025-11-19", "02": "2025-10-30", "03": "2025-11-20",
    "04": "2025-12-09", "05": "2025-12-12", "06": "2025-11-17",
    "07": "2025-12-03", "08": "2025-10-29",
}

P, C, O, CI, R, A, FA = ("Person", "Country", "Organization", "City",
                         "Region", "Agreement", "Facility")

ENTITIES = [
    # --- people, cluster A (Horn of Africa and Red Sea)
    ("Abiy Ahmed", P, ["Abiy", "Prime Minister Abiy Ahmed", "Ethiopian Prime Minister Abiy Ahmed", "Abiy Ahmed Ali"]),
    ("Isaias Afwerki", P, ["Isaias", "President Isaias Afwerki", "Eritrean President Isaias Afwerki", "Isaias Afewerki"]),
    ("Hassan Sheikh Mohamud", P, ["President Hassan Sheikh Mohamud", "Somali President Hassan Sheikh Mohamud", "Hassan Sheikh"]),
    ("Ismail Omar Guelleh", P, ["Guelleh", "President Ismail Omar Guelleh", "Ismail Omar Guelleh (IOG)"]),
    ("Mahmoud Ali Youssouf", P, ["Youssouf", "Mahmoud Youssouf"]),
    ("Abdel Fattah al-Burhan", P, ["Burhan", "al-Burhan", "General Abdel Fattah al-Burhan", "Abdel Fattah Burhan"]),
    ("Mohamed Hamdan Dagalo", P, ["Dagalo", "Hemedti", "Mohamed Hamdan Daglo"]),
    ("Kamil Idris", P, ["Idris", "Kamil el-Tayeb Idris"]),
    ("Yemane Gebremeskel", P, ["Yemane", "Information Minister Yemane Gebremeskel"]),
    ("Gedion Timothewos", P, ["Gedion"]),
    ("Recep Tayyip Erdogan", P, ["Erdogan", "Erdoğan", "Tayyip Erdogan", "Recep Tayyip Erdoğan"]),
    ("Tadesse Werede", P, ["Tadesse"]),
    ("Debretsion Gebremichael", P, ["Debretsion"]),
    ("Abdel Fattah al-Sisi", P, ["Sisi", "al-Sisi", "el-Sisi", "President Abdel Fattah al-Sisi"]),
    ("Abdirahman Mohamed Abdullahi", P, ["Irro", "Abdirahman Irro", "Abdirahman Mohamed Abdullahi Irro"]),
    ("Mohamed bin Zayed Al Nahyan", P, ["Mohamed bin Zayed", "MBZ", "Sheikh Mohamed bin Zayed"]),
    ("Abdisalam Abdi Ali", P, []),
    ("Abdullahi Hassan Nur", P, ["Colonel Abdullahi Hassan Nur"]),
    ("Fadumo Ismail", P, []),
    ("Osama Rabie", P, ["Rabie"]),
    ("Rashad al-Alimi", P, ["al-Alimi", "Rashad al-Alimi"]),
    ("Abdul-Malik al-Houthi", P, ["Abdul Malik al-Houthi", "Abdulmalik al-Houthi"]),
    ("Ahmed al-Rahawi", P, ["Ahmed Ghaleb al-Rahawi", "al-Rahawi", "Rahawi"]),
    ("Antonio Guterres", P, ["Guterres", "António Guterres"]),
    ("Lena Haddad", P, ["Haddad"]),
    # --- people, cluster B (Korean peninsula and Japan)
    ("Donald Trump", P, ["Trump", "President Trump", "U.S. President Donald Trump", "President Donald Trump"]),
    ("Lee Jae-myung", P, ["Lee", "President Lee Jae-myung", "South Korean President Lee Jae-myung", "Lee Jae myung"]),
    ("Sanae Takaichi", P, ["Takaichi", "Prime Minister Sanae Takaichi", "Japanese Prime Minister Sanae Takaichi"]),
    ("Kim Jong Un", P, ["Kim Jong-un", "Kim Jong-Un"]),
    ("Kim Yo Jong", P, ["Kim Yo-jong"]),
    ("Kim Jong Il", P, ["Kim Jong-il"]),
    ("Choe Son Hui", P, ["Choe"]),
    ("Sergei Lavrov", P, ["Lavrov"]),
    ("Xi Jinping", P, ["Xi", "President Xi Jinping"]),
    ("Li Qiang", P, ["Premier Li Qiang"]),
    ("Shinjiro Koizumi", P, ["Shinjiro"]),
    ("Junichiro Koizumi", P, ["Jun'ichiro Koizumi"]),
    ("Toshimitsu Motegi", P, ["Motegi"]),
    ("Shigeru Ishiba", P, ["Ishiba"]),
    ("Ahn Gyu-back", P, ["Ahn"]),
    ("Cho Hyun", P, ["Cho"]),
    ("Howard Lutnick", P, ["Lutnick"]),
    ("Megumi Yokota", P, ["Megumi"]),
    ("Sakie Yokota", P, []),
    ("Takuya Yokota", P, []),
    ("Aiko Shimizu", P, ["Shimizu"]),
    ("Yoon Seo-hee", P, []),
    ("Park Min-seo", P, []),
    # --- countries
    ("Ethiopia", C, ["Ethiopian", "Ethiopian government", "Federal Democratic Republic of Ethiopia"]),
    ("Eritrea", C, ["Eritrean", "Eritrean government", "State of Eritrea"]),
    ("Somalia", C, ["Somali", "Somali government", "Federal Republic of Somalia", "federal government of Somalia"]),
    ("Djibouti", C, ["Djiboutian", "Republic of Djibouti"]),
    ("Sudan", C, ["Sudanese", "Republic of the Sudan", "Sudanese government"]),
    ("Egypt", C, ["Egyptian", "Arab Republic of Egypt"]),
    ("Turkey", C, ["Türkiye", "Turkiye", "Turkish"]),
    ("Saudi Arabia", C, ["Saudi", "Kingdom of Saudi Arabia"]),
    ("United Arab Emirates", C, ["UAE", "U.A.E.", "Emirati", "Emirates"]),
    ("Yemen", C, ["Yemeni", "Republic of Yemen"]),
    ("Israel", C, ["Israeli", "State of Israel"]),
    ("Greece", C, ["Greek"]),
    ("Denmark", C, ["Danish"]),
    ("Lebanon", C, ["Lebanese"]),
    ("United States", C, ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America", "American",
                          "Washington", "U.S. government", "Trump administration"]),
    ("South Korea", C, ["Republic of Korea", "ROK", "South Korean", "S. Korea"]),
    ("North Korea", C, ["DPRK", "Democratic People's Republic of Korea", "North Korean"]),
    ("Japan", C, ["Japanese", "Japanese government"]),
    ("China", C, ["People's Republic of China", "PRC", "Chinese"]),
    ("Russia", C, ["Russian Federation", "Russian"]),
    ("Ukraine", C, ["Ukrainian"]),
    # --- organizations
    ("Intergovernmental Authority on Development", O, ["IGAD"]),
    ("African Union", O, ["AU", "A.U."]),
    ("African Union Commission", O, ["AU Commission", "AUC"]),
    ("Rapid Support Forces", O, ["RSF"]),
    ("Sudanese Armed Forces", O, ["SAF", "Sudanese army", "Sudan's army", "Sudanese military"]),
    ("United Nations", O, ["UN", "U.N."]),
    ("United Nations Security Council", O, ["UN Security Council", "U.N. Security Council", "Security Council", "UNSC"]),
    ("World Trade Organization", O, ["WTO"]),
    ("Tigray People's Liberation Front", O, ["TPLF", "Tigrayan forces"]),
    ("Tigray Interim Administration", O, ["Tigray Interim Regional Administration", "TIRA"]),
    ("East African Community", O, ["EAC"]),
    ("AUSSOM", O, ["African Union Support and Stabilization Mission in Somalia",
                   "African Union Support and Stabilisation Mission in Somalia"]),
    ("al-Shabaab", O, ["al Shabaab", "Shabaab", "Harakat al-Shabaab al-Mujahideen"]),
    ("al Qaeda", O, ["al-Qaeda", "al-Qaida", "al Qaida"]),
    ("DP World", O, ["Dubai Ports World"]),
    ("Houthis", O, ["Houthi", "Houthi movement", "Ansar Allah", "Houthi rebels"]),
    ("Suez Canal Authority", O, ["SCA"]),
    ("Israel Defense Forces", O, ["IDF", "Israeli military", "Israeli army"]),
    ("Operation Aspides", O, ["Aspides", "EUNAVFOR Aspides"]),
    ("Maersk", O, ["A.P. Moller-Maersk", "A.P. Moller - Maersk"]),
    ("Asan Institute for Policy Studies", O, ["Asan Institute"]),
    ("Liberal Democratic Party", O, ["LDP"]),
    ("NATO", O, ["North Atlantic Treaty Organization"]),
    ("Korea University", O, []),
    ("United States Forces Korea", O, ["USFK", "U.S. Forces Korea", "US Forces Korea"]),
    ("Hanwha", O, ["Hanwha Group", "Hanwha Ocean"]),
    ("Democratic Party of Korea", O, ["Democratic Party"]),
    ("Association of the Families of Victims Kidnapped by North Korea", O,
     ["families' association", "Kazokukai", "AFVKN"]),
    # --- regions
    ("Darfur", R, []),
    ("Red Sea", R, []),
    ("Gulf of Aden", R, []),
    ("Somaliland", R, ["Republic of Somaliland"]),
    ("Gaza", R, ["Gaza Strip"]),
    ("Korean Peninsula", R, []),
    ("Dokdo", R, ["Takeshima", "Dokdo islets", "Liancourt Rocks"]),
    ("Senkaku Islands", R, ["Senkakus", "Diaoyu Islands"]),
    ("Taiwan", R, []),
    ("Kursk", R, ["Kursk region"]),
    ("Demilitarized Zone", R, ["DMZ"]),
    # --- cities
    ("Djibouti City", CI, []),
    ("Addis Ababa", CI, []),
    ("Asmara", CI, []),
    ("Assab", CI, []),
    ("El Fasher", CI, ["al-Fashir", "El-Fasher"]),
    ("Mogadishu", CI, []),
    ("Hargeisa", CI, []),
    ("Berbera", CI, []),
    ("Abu Dhabi", CI, []),
    ("Dubai", CI, []),
    ("Balcad", CI, ["Balad"]),
    ("Cairo", CI, []),
    ("Sanaa", CI, ["Sana'a"]),
    ("Hodeidah", CI, ["Hudaydah", "Al Hudaydah"]),
    ("Ismailia", CI, []),
    ("Larissa", CI, []),
    ("Seoul", CI, []),
    ("Tokyo", CI, []),
    ("Pyongyang", CI, []),
    ("Beijing", CI, []),
    ("Moscow", CI, []),
    ("Nara", CI, []),
    ("Gyeongju", CI, []),
    ("Philadelphia", CI, []),
    ("Pyeongtaek", CI, []),
    ("Niigata", CI, []),
    ("Kawasaki", CI, []),
    # --- facilities
    ("Camp Lemonnier", FA, []),
    ("Yasukuni Shrine", FA, ["Yasukuni"]),
    ("Philly Shipyard", FA, ["Hanwha Philly Shipyard"]),
    ("Camp Humphreys", FA, []),
    # --- agreements
    ("Ankara Declaration", A, []),
    ("Pretoria agreement", A, ["Pretoria peace agreement", "Cessation of Hostilities Agreement"]),
    ("Ethiopia-Somaliland memorandum of understanding", A, ["Ethiopia-Somaliland MoU", "memorandum of understanding"]),
    ("Treaty on Comprehensive Strategic Partnership", A, ["Comprehensive Strategic Partnership Treaty"]),
    ("Treaty on Basic Relations", A, ["Treaty on Basic Relations between Japan and the Republic of Korea"]),
    ("CPTPP", A, ["Comprehensive and Progressive Agreement for Trans-Pacific Partnership"]),
    ("Pyongyang Declaration", A, ["Japan-DPRK Pyongyang Declaration"]),
]

FACTS = []


def F(s, p, o, m, ev, **kw):
    FACTS.append(dict(s=s, p=p, o=o, m=m, ev=ev, **kw))


# ===================================================================== head_of
F("Abiy Ahmed", "head_of", "Ethiopia", "asserted",
  [("01", "Ethiopian Prime Minister Abiy Ahmed"), ("02", "Ethiopian Prime Minister Abiy Ahmed")], role="prime minister")
F("Isaias Afwerki", "head_of", "Eritrea", "asserted",
  [("01", "Eritrean President Isaias Afwerki")], role="president")
F("Hassan Sheikh Mohamud", "head_of", "Somalia", "asserted",
  [("01", "Somali President Hassan Sheikh Mohamud"), ("04", "President Hassan Sheikh Mohamud, who met Abiy Ahmed")],
  role="president", note="04: bare title, country from the surrounding Somalia paragraph")
F("Ismail Omar Guelleh", "head_of", "Djibouti", "asserted",
  [("01", "Djibouti's President Ismail Omar Guelleh")], role="president")
F("Ismail Omar Guelleh", "head_of", "Intergovernmental Authority on Development", "asserted",
  [("01", "Ismail Omar Guelleh, who chairs the regional bloc")], role="chair",
  note="'the regional bloc' is IGAD, named in the sentence before")
F("Mohamed Hamdan Dagalo", "head_of", "Rapid Support Forces", "asserted",
  [("01", "The RSF, commanded by Mohamed Hamdan Dagalo")], alt_p=["works_for"], role="commander")
F("Mahmoud Ali Youssouf", "head_of", "African Union", "asserted",
  [("01", "the Djiboutian diplomat who chairs the African Union Commission"),
   ("02", "its Commission chairman, Mahmoud Ali Youssouf")], alt_o=["African Union Commission"], role="chairperson",
  note="02: possessive 'its' = the African Union")
F("Abdel Fattah al-Burhan", "head_of", "Sudanese Armed Forces", "asserted",
  [("01", "Sudan's army chief, General Abdel Fattah al-Burhan")], alt_p=["works_for"], alt_o=["Sudan"], role="army chief")
F("Recep Tayyip Erdogan", "head_of", "Turkey", "asserted",
  [("02", "Turkish President Recep Tayyip Erdogan")], role="president")
F("Tadesse Werede", "head_of", "Tigray Interim Administration", "asserted",
  [("02", "Tadesse Werede, president of the Tigray Interim Administration")], role="president")
F("Debretsion Gebremichael", "head_of", "Tigray People's Liberation Front", "asserted",
  [("02", "the TPLF's chairman, Debretsion Gebremichael")], role="chairman")
F("Abdel Fattah al-Sisi", "head_of", "Egypt", "asserted",
  [("02", "President Abdel Fattah al-Sisi hosted Isaias Afwerki in Cairo")], role="president",
  note="country from the sentence before")
F("Abdirahman Mohamed Abdullahi", "head_of", "Somaliland", "asserted",
  [("04", "Abdirahman Mohamed Abdullahi, the president of the breakaway region of Somaliland"),
   ("04", "Somaliland's leader, widely known as Irro")], req=False, role="president",
  range_ok="Somaliland is typed Region (it seceded); head_of's range is Country/Organization, so optional")
F("Mohamed bin Zayed Al Nahyan", "head_of", "United Arab Emirates", "asserted",
  [("04", "the UAE's president, Mohamed bin Zayed Al Nahyan")], role="president")
F("Osama Rabie", "head_of", "Suez Canal Authority", "asserted",
  [("07", "Osama Rabie, the chairman of the Ismailia-based authority")], role="chairman")
F("Rashad al-Alimi", "head_of", "Yemen", "asserted",
  [("07", "Yemen's internationally recognised government, headed by Rashad al-Alimi")], role="head of government")
F("Abdul-Malik al-Houthi", "head_of", "Houthis", "asserted",
  [("07", "Their leader, Abdul-Malik al-Houthi")], role="leader", note="'Their' = the Houthis (pronoun)")
F("Antonio Guterres", "head_of", "United Nations", "asserted",
  [("07", "U.N. Secretary-General Antonio Guterres")], role="secretary-general")
F("Donald Trump", "head_of", "United States", "asserted",
  [("03", "U.S. President Donald Trump"), ("06", "Presidents Lee Jae-myung and Donald Trump"),
   ("08", "U.S. President Donald Trump")], role="president")
F("Lee Jae-myung", "head_of", "South Korea", "asserted",
  [("03", "South Korean President Lee Jae-myung"), ("03", "Lee, who took office in June", "2025-06"),
   ("05", "South Korean President Lee Jae-myung"), ("06", "Presidents Lee Jae-myung and Donald Trump")],
  role="president", note="06: coordinated title 'Presidents X and Y'")
F("Sanae Takaichi", "head_of", "Japan", "asserted",
  [("03", "Japanese Prime Minister Sanae Takaichi"),
   ("03", "Takaichi, who became Japan's first female prime minister in October", "2025-10"),
   ("05", "Prime Minister Sanae Takaichi"), ("05", "has not visited the shrine since becoming prime minister"),
   ("08", "Prime Minister Sanae Takaichi"), ("08", "It was Takaichi's first summit since she took office on Oct. 21", "2025-10-21")],
  role="prime minister")
F("Sanae Takaichi", "head_of", "Liberal Democratic Party", "asserted",
  [("05", "she succeeded Shigeru Ishiba as leader of the Liberal Democratic Party")], role="leader")
F("Shigeru Ishiba", "head_of", "Liberal Democratic Party", "asserted",
  [("05", "she succeeded Shigeru Ishiba as leader of the Liberal Democratic Party")], req=False, role="leader",
  note="former leader, implied by 'succeeded'")
F("Kim Jong Un", "head_of", "North Korea", "asserted",
  [("03", "the powerful sister of leader Kim Jong Un"), ("06", "North Korean leader Kim Jong Un"),
   ("08", "North Korean leader Kim Jong Un")], role="leader")
F("Xi Jinping", "head_of", "China", "asserted",
  [("06", "Chinese President Xi Jinping"), ("08", "Chinese President Xi Jinping")], role="president")
F("Li Qiang", "head_of", "China", "asserted",
  [("05", "Chinese Premier Li Qiang")], alt_p=["works_for"], role="premier")
F("Junichiro Koizumi", "head_of", "Japan", "asserted",
  [("08", "after then-Prime Minister Junichiro Koizumi visited Pyongyang", "2002")], role="prime minister",
  note="'then-Prime Minister' in a 2002 sentence: a past office")
F("Kim Jong Il", "head_of", "North Korea", "asserted",
  [("08", "met leader Kim Jong Il", "2002")], role="leader")
F("Takuya Yokota", "head_of", "Association of the Families of Victims Kidnapped by North Korea", "asserted",
  [("08", "Yokota, 57, heads the Association of the Families of Victims Kidnapped by North Korea")], role="head",
  note="bare surname 'Yokota' shared by three people; here it is Takuya")

# =================================================================== works_for
F("Yemane Gebremeskel", "works_for", "Eritrea", "asserted",
  [("01", "Eritrea's information minister, Yemane Gebremeskel"), ("02", "Information Minister Yemane Gebremeskel")],
  role="information minister")
F("Kamil Idris", "works_for", "Abdel Fattah al-Burhan", "asserted",
  [("01", "His prime minister, Kamil Idris")], alt_p=["head_of"], alt_o=["Sudan"], role="prime minister",
  note="possessive pronoun 'His' = Burhan")
F("Gedion Timothewos", "works_for", "Ethiopia", "asserted",
  [("02", "Ethiopia's Foreign Minister Gedion Timothewos")], role="foreign minister")
F("Abdisalam Abdi Ali", "works_for", "Somalia", "asserted",
  [("04", "Somalia's foreign minister, Abdisalam Abdi Ali")], role="foreign minister")
F("Ahmed al-Rahawi", "works_for", "Houthis", "asserted",
  [("07", "the Houthi-run government's prime minister, Ahmed Ghaleb al-Rahawi")], alt_p=["head_of"], role="prime minister")
F("Shinjiro Koizumi", "works_for", "Japan", "asserted",
  [("03", "Japanese Defence Minister Shinjiro Koizumi"), ("05", "Japanese Defence Minister Shinjiro Koizumi"),
   ("08", "Shinjiro Koizumi, is now Takaichi's defence minister")], alt_o=["Sanae Takaichi"], role="defence minister")
F("Choe Son Hui", "works_for", "North Korea", "asserted",
  [("03", "North Korea's Foreign Minister Choe Son Hui"), ("08", "North Korea's Foreign Minister Choe Son Hui")],
  role="foreign minister")
F("Sergei Lavrov", "works_for", "Russia", "asserted",
  [("03", "her Russian counterpart, Sergei Lavrov"), ("08", "Russian Foreign Minister Sergei Lavrov")],
  role="foreign minister")
F("Yoon Seo-hee", "works_for", "Asan Institute for Policy Studies", "asserted",
  [("03", "Yoon Seo-hee, a researcher at the Asan Institute for Policy Studies")], role="researcher")
F("Toshimitsu Motegi", "works_for", "Japan", "asserted",
  [("05", "Japanese Foreign Minister Toshimitsu Motegi")], role="foreign minister")
F("Ahn Gyu-back", "works_for", "South Korea", "asserted",
  [("05", "his South Korean counterpart, Ahn Gyu-back"), ("06", "Defence Minister Ahn Gyu-back")],
  role="defence minister")
F("Park Min-seo", "works_for", "Korea University", "asserted",
  [("05", "Park Min-seo, a professor of international relations at Korea University")], role="professor")
F("Cho Hyun", "works_for", "South Korea", "asserted",
  [("06", "Foreign Minister Cho Hyun")], role="foreign minister")
F("Howard Lutnick", "works_for", "United States", "asserted",
  [("06", "Commerce Secretary Howard Lutnick")], alt_o=["Donald Trump"], role="commerce secretary")
F("Aiko Shimizu", "works_for", "Association of the Families of Victims Kidnapped by North Korea", "asserted",
  [("08", "advises the families' association")], role="adviser")

# =================================================================== member_of
F("Eritrea", "member_of", "Intergovernmental Authority on Development", "asserted",
  [("01", "Eritrea rejoined IGAD in 2023", "2023")])
F("Somalia", "member_of", "East African Community", "asserted",
  [("04", "Somalia joined the East African Community in March 2024", "2024-03")])
F("Somalia", "member_of", "United Nations Security Council", "asserted",
  [("04", "took up a non-permanent seat on the United Nations Security Council in January", "2025-01")])
F("Egypt", "member_of", "AUSSOM", "planned",
  [("04", "plans to deploy troops with the African Union Support and Stabilization Mission in Somalia (AUSSOM) early next year", "2026")],
  alt_p=["supported"])
F("Egypt", "member_of", "Operation Aspides", "negated",
  [("07", "Egypt, whose canal has lost billions of dollars in revenue, has not joined the mission")])
F("Japan", "member_of", "NATO", "negated",
  [("05", "Japan, which is not a member of NATO")])
F("Lee Jae-myung", "member_of", "Democratic Party of Korea", "asserted",
  [("06", "Lee's Democratic Party")])

# ================================================================== citizen_of
F("Mahmoud Ali Youssouf", "citizen_of", "Djibouti", "asserted",
  [("01", "Mahmoud Ali Youssouf, the Djiboutian diplomat")])
F("Megumi Yokota", "citizen_of", "Japan", "asserted",
  [("08", "Megumi, a Japanese schoolgirl")])
F("Lena Haddad", "citizen_of", "Lebanon", "asserted",
  [("07", "Lena Haddad, a Lebanese maritime security analyst")])

# ==================================================================== lives_in
F("Fadumo Ismail", "lives_in", "Berbera", "asserted",
  [("04", "Fadumo Ismail, a fish trader who lives in Berbera")])
F("Lena Haddad", "lives_in", "Djibouti City", "asserted",
  [("07", "a Lebanese maritime security analyst who lives in Djibouti City")])
F("Yoon Seo-hee", "lives_in", "Seoul", "asserted",
  [("03", "Asan Institute for Policy Studies who lives in Seoul")])
F("Sakie Yokota", "lives_in", "Kawasaki", "asserted",
  [("08", "Sakie Yokota, 89, who still lives in Kawasaki")])
F("Aiko Shimizu", "lives_in", "Niigata", "asserted",
  [("08", "Aiko Shimizu, a former diplomat who lives in Niigata")])
F("Megumi Yokota", "lives_in", "Niigata", "asserted",
  [("08", "on her way home from school in Niigata in 1977", "1977")], req=False)

# ==================================================================== based_in
F("African Union", "based_in", "Addis Ababa", "asserted",
  [("01", "the AU, which is headquartered in Addis Ababa")])
F("DP World", "based_in", "Dubai", "asserted",
  [("04", "the Dubai-based ports operator DP World")])
F("Suez Canal Authority", "based_in", "Ismailia", "asserted",
  [("07", "the Ismailia-based authority")], note="'the authority' = Suez Canal Authority of the sentence before")
F("Operation Aspides", "based_in", "Larissa", "asserted",
  [("07", "Operation Aspides, which is headquartered in Larissa, Greece")], alt_o=["Greece"])
F("United States Forces Korea", "based_in", "Pyeongtaek", "asserted",
  [("06", "is headquartered at Camp Humphreys in Pyeongtaek")], alt_o=["Camp Humphreys"])
F("Houthis", "based_in", "Yemen", "asserted",
  [("07", "Yemen's Houthi movement")], req=False)
F("Maersk", "based_in", "Denmark", "asserted",
  [("07", "Danish shipping group Maersk")], req=False)

# ================================================================== located_in
F("El Fasher", "located_in", "Darfur", "asserted",
  [("01", "the Darfur city of El Fasher")])
F("Assab", "located_in", "Eritrea", "asserted",
  [("01", "Asmara has accused Addis Ababa of eyeing its port of Assab"), ("07", "Assab, an Eritrean port")],
  note="01: 'its' = Asmara standing for Eritrea")
F("Assab", "located_in", "Red Sea", "asserted",
  [("02", "the Red Sea port of Assab")])
F("Berbera", "located_in", "Gulf of Aden", "asserted",
  [("04", "the port of Berbera on the Gulf of Aden")])
F("Somaliland", "located_in", "Somalia", "reported",
  [("04", "the federal government in Mogadishu regards the territory as part of Somalia")], req=False,
  note="Mogadishu's view, attributed")
F("Camp Lemonnier", "located_in", "Djibouti", "asserted",
  [("07", "Djibouti hosts Camp Lemonnier")])
F("Larissa", "located_in", "Greece", "asserted",
  [("07", "Larissa, Greece")])
F("Kursk", "located_in", "Russia", "asserted",
  [("03", "Russia's Kursk region")])
F("Nara", "located_in", "Japan", "asserted",
  [("05", "Nara, an ancient city in western Japan")])
F("Gyeongju", "located_in", "South Korea", "asserted",
  [("05", "the South Korean city of Gyeongju")])
F("Yasukuni Shrine", "located_in", "Tokyo", "asserted",
  [("05", "the Yasukuni Shrine in Tokyo")])
F("Philly Shipyard", "located_in", "Philadelphia", "asserted",
  [("06", "the Philly Shipyard in Philadelphia")])
F("Camp Humphreys", "located_in", "Pyeongtaek", "asserted",
  [("06", "Camp Humphreys in Pyeongtaek")])

# ================================================================== capital_of
F("Abu Dhabi", "capital_of", "United Arab Emirates", "asserted",
  [("04", "the Emirati capital, Abu Dhabi")])
F("Hargeisa", "capital_of", "Somaliland", "asserted",
  [("04", "Hargeisa, Somaliland's capital")])
F("Sanaa", "capital_of", "Yemen", "asserted",
  [("07", "the Yemeni capital, Sanaa")])
F("Pyongyang", "capital_of", "North Korea", "asserted",
  [("03", "Pyongyang, the North Korean capital")])
F("Mogadishu", "capital_of", "Somalia", "asserted",
  [("04", "the federal government in Mogadishu")], req=False, note="implied by the seat of the federal government")

# ===================================================================== borders
F("Ethiopia", "borders", "Eritrea", "asserted",
  [("01", "a theme that has alarmed neighbouring Eritrea"), ("02", "The two neighbours fought a border war")])
F("Somaliland", "borders", "Ethiopia", "asserted",
  [("04", "Somaliland, which borders Ethiopia and Djibouti")])
F("Somaliland", "borders", "Djibouti", "asserted",
  [("04", "Somaliland, which borders Ethiopia and Djibouti")])
F("Ethiopia", "borders", "Red Sea", "negated",
  [("07", "borders neither the Red Sea nor the Gulf of Aden")])
F("Ethiopia", "borders", "Gulf of Aden", "negated",
  [("07", "borders neither the Red Sea nor the Gulf of Aden")])
F("China", "borders", "North Korea", "asserted",
  [("08", "China, which shares a long border with North Korea")])

# ==================================================================== met_with
F("Ismail Omar Guelleh", "met_with", "Abiy Ahmed", "asserted",
  [("01", "Guelleh met Abiy on the sidelines")])
F("Hassan Sheikh Mohamud", "met_with", "Abiy Ahmed", "asserted",
  [("04", "who met Abiy Ahmed in Djibouti City last month", "2025-11")])
F("Abdel Fattah al-Sisi", "met_with", "Isaias Afwerki", "asserted",
  [("02", "hosted Isaias Afwerki in Cairo earlier this month", "2025-10")])
F("Abdirahman Mohamed Abdullahi", "met_with", "DP World", "asserted",
  [("04", "after four days of talks in the Emirati capital, Abu Dhabi, with government officials and executives of the Dubai-based ports operator DP World", "2025-12")],
  alt_s=["Somaliland"])
F("Abdirahman Mohamed Abdullahi", "met_with", "United Arab Emirates", "asserted",
  [("04", "after four days of talks in the Emirati capital, Abu Dhabi, with government officials", "2025-12")],
  req=False, note="'government officials' of the host country, implied")
F("Abdirahman Mohamed Abdullahi", "met_with", "Mohamed bin Zayed Al Nahyan", "negated",
  [("04", "He did not meet the UAE's president, Mohamed bin Zayed Al Nahyan")])
F("Lee Jae-myung", "met_with", "Sanae Takaichi", "asserted",
  [("05", "Lee hosted Takaichi in the South Korean city of Gyeongju on Oct. 30", "2025-10-30")])
F("Lee Jae-myung", "met_with", "Sanae Takaichi", "planned",
  [("05", "will travel to Nara next month for a summit with Prime Minister Sanae Takaichi", "2026-01")])
F("Sanae Takaichi", "met_with", "Li Qiang", "negated",
  [("05", "Takaichi and Chinese Premier Li Qiang did not meet at the Group of 20 summit last month", "2025-11")])
F("Shinjiro Koizumi", "met_with", "Ahn Gyu-back", "asserted",
  [("05", "Shinjiro Koizumi met his South Korean counterpart, Ahn Gyu-back, in Seoul last month", "2025-11")])
F("Choe Son Hui", "met_with", "Sergei Lavrov", "asserted",
  [("03", "visited Moscow last month and held talks with her Russian counterpart, Sergei Lavrov", "2025-10"),
   ("08", "held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Monday", "2025-10-27")])
F("Lee Jae-myung", "met_with", "Kim Jong Un", "planned",
  [("03", "he wants to meet Kim \"anywhere, at any time, without conditions\"")],
  note="'Kim' = Kim Jong Un from context (Kim Yo Jong is also named)")
F("Lee Jae-myung", "met_with", "Donald Trump", "asserted",
  [("06", "which Lee raised when the two men met at the Gyeongju National Museum on Oct. 29", "2025-10-29")])
F("Donald Trump", "met_with", "Kim Jong Un", "negated",
  [("06", "he did not meet North Korean leader Kim Jong Un")])
F("Donald Trump", "met_with", "Kim Jong Un", "hedged",
  [("06", "he would \"love to\" see him again"),
   ("06", "a meeting between the two men could still take place next year", "2026")],
  note="a wish ('would love to') and a possibility ('could'), both NONFACT")
F("Donald Trump", "met_with", "Xi Jinping", "asserted",
  [("06", "Instead Trump met Chinese President Xi Jinping on Oct. 30", "2025-10-30")])
F("Donald Trump", "met_with", "Sanae Takaichi", "asserted",
  [("08", "Trump and Takaichi held talks earlier in the day at the Akasaka Palace", "2025-10-28")])
F("Donald Trump", "met_with", "Takuya Yokota", "asserted",
  [("08", "Among those he met was Takuya Yokota")])
F("Junichiro Koizumi", "met_with", "Kim Jong Il", "asserted",
  [("08", "then-Prime Minister Junichiro Koizumi visited Pyongyang and met leader Kim Jong Il", "2002")])
F("Sanae Takaichi", "met_with", "Kim Jong Un", "planned",
  [("08", "she was ready to hold a summit with North Korean leader Kim Jong Un")])
F("Kim Jong Un", "met_with", "Xi Jinping", "asserted",
  [("08", "where he held talks with Chinese President Xi Jinping", "2025-09")])

# ===================================================================== visited
F("Abiy Ahmed", "visited", "Djibouti", "asserted",
  [("01", "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud flew to Djibouti")],
  alt_o=["Djibouti City"])
F("Hassan Sheikh Mohamud", "visited", "Djibouti", "asserted",
  [("01", "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud flew to Djibouti"),
   ("04", "who met Abiy Ahmed in Djibouti City last month", "2025-11")], alt_o=["Djibouti City"])
F("Isaias Afwerki", "visited", "Djibouti", "negated",
  [("01", "Eritrean President Isaias Afwerki did not travel to Djibouti")], alt_o=["Djibouti City"])
F("African Union", "visited", "Darfur", "planned",
  [("01", "would send a fact-finding team to Darfur next month", "2025-12")], req=False)
F("Isaias Afwerki", "visited", "Cairo", "asserted",
  [("02", "hosted Isaias Afwerki in Cairo earlier this month", "2025-10")], alt_o=["Egypt"])
F("Abdirahman Mohamed Abdullahi", "visited", "Abu Dhabi", "asserted",
  [("04", "returned to Hargeisa on Sunday after four days of talks in the Emirati capital, Abu Dhabi", "2025-12")],
  alt_o=["United Arab Emirates"])
F("Donald Trump", "visited", "South Korea", "asserted",
  [("03", "Trump's visit to South Korea last month", "2025-10"),
   ("06", "Trump spent less than 48 hours in South Korea during his Asian tour last month", "2025-10")])
F("Choe Son Hui", "visited", "Moscow", "asserted",
  [("03", "Choe Son Hui visited Moscow last month", "2025-10"),
   ("08", "held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Monday", "2025-10-27")],
  alt_o=["Russia"])
F("Lee Jae-myung", "visited", "Nara", "planned",
  [("05", "Lee Jae-myung will travel to Nara next month", "2026-01")], alt_o=["Japan"])
F("Sanae Takaichi", "visited", "Gyeongju", "asserted",
  [("05", "Lee hosted Takaichi in the South Korean city of Gyeongju on Oct. 30", "2025-10-30")],
  alt_o=["South Korea"])
F("Sanae Takaichi", "visited", "Yasukuni Shrine", "asserted",
  [("05", "used to make regular visits to the Yasukuni Shrine in Tokyo")], req=False,
  range_ok="visited's range has no Facility; optional")
F("Sanae Takaichi", "visited", "Yasukuni Shrine", "negated",
  [("05", "has not visited the shrine since becoming prime minister")], req=False,
  range_ok="visited's range has no Facility; optional")
F("Shinjiro Koizumi", "visited", "Seoul", "asserted",
  [("05", "Shinjiro Koizumi met his South Korean counterpart, Ahn Gyu-back, in Seoul last month", "2025-11")],
  alt_o=["South Korea"])
F("Donald Trump", "visited", "Demilitarized Zone", "negated",
  [("06", "He did not visit the Demilitarized Zone")])
F("Cho Hyun", "visited", "United States", "planned",
  [("06", "Foreign Minister Cho Hyun will travel to Washington next week", "2025-11")],
  note="'Washington' (an alias of United States) as destination")
F("Donald Trump", "visited", "Tokyo", "asserted",
  [("08", "Donald Trump met relatives of Japanese citizens abducted by North Korea in Tokyo on Tuesday", "2025-10-28")], alt_o=["Japan"])
F("Junichiro Koizumi", "visited", "Pyongyang", "asserted",
  [("08", "then-Prime Minister Junichiro Koizumi visited Pyongyang", "2002")], alt_o=["North Korea"])
F("Kim Jong Un", "visited", "Beijing", "asserted",
  [("08", "Kim Jong Un attended a military parade in Beijing in September", "2025-09")], alt_o=["China"])

# ============================================================ negotiating_with
F("Sudan", "negotiating_with", "Rapid Support Forces", "negated",
  [("01", "the army-led government would not negotiate with the RSF")],
  alt_s=["Sudanese Armed Forces", "Kamil Idris"])
F("Ethiopia", "negotiating_with", "Eritrea", "planned",
  [("02", "We want to negotiate"), ("02", "to help arrange talks with Asmara")],
  alt_s=["Abiy Ahmed", "Addis Ababa"], alt_o=["Asmara"])
F("Eritrea", "negotiating_with", "Ethiopia", "negated",
  [("02", "Eritrea would not hold talks with Ethiopia until Abiy publicly dropped his claim to Assab")],
  alt_s=["Yemane Gebremeskel"], note="'until' a condition not yet met")
F("Tigray People's Liberation Front", "negotiating_with", "Eritrea", "reported",
  [("02", "has held talks with Eritrean officials, according to Ethiopian security officials")],
  note="a splinter faction of the TPLF; attributed claim")
F("Tigray People's Liberation Front", "negotiating_with", "Eritrea", "negated",
  [("02", "a claim the TPLF's chairman, Debretsion Gebremichael, denied")], alt_s=["Debretsion Gebremichael"])
F("Ethiopia", "negotiating_with", "Somalia", "planned",
  [("04", "Ethiopia and Somalia agreed to begin technical talks")])
F("Abdirahman Mohamed Abdullahi", "negotiating_with", "Somalia", "negated",
  [("04", "Irro has ruled out talks with Hassan Sheikh Mohamud's government")],
  alt_s=["Somaliland"], alt_o=["Hassan Sheikh Mohamud", "Mogadishu"])
F("Saudi Arabia", "negotiating_with", "Houthis", "reported",
  [("07", "has held talks with the group through Omani mediators, two Gulf officials said")])
F("North Korea", "negotiating_with", "South Korea", "negated",
  [("03", "the North would \"never sit down\" with Seoul"),
   ("03", "Pyongyang has rejected dialogue with the South since early 2024", "2024")],
  alt_s=["Kim Yo Jong", "Pyongyang"], alt_o=["Seoul"])
F("South Korea", "negotiating_with", "Japan", "asserted",
  [("05", "Seoul and Tokyo are also discussing closer economic ties")], alt_s=["Seoul"], alt_o=["Tokyo"])
F("Cho Hyun", "negotiating_with", "Howard Lutnick", "planned",
  [("06", "will travel to Washington next week to negotiate the details of the investment package with Commerce Secretary Howard Lutnick", "2025-11")],
  alt_s=["South Korea"], alt_o=["United States"])

# =================================================================== contacted
F("Ethiopia", "contacted", "Turkey", "reported",
  [("02", "Addis Ababa had asked Turkey and Saudi Arabia to help arrange talks")],
  alt_s=["Addis Ababa", "Abiy Ahmed"])
F("Ethiopia", "contacted", "Saudi Arabia", "reported",
  [("02", "Addis Ababa had asked Turkey and Saudi Arabia to help arrange talks")],
  alt_s=["Addis Ababa", "Abiy Ahmed"])
F("Recep Tayyip Erdogan", "contacted", "Abiy Ahmed", "reported",
  [("02", "spoke to Abiy by phone on Monday, Ethiopian state media reported", "2025-10-27")], alt_s=["Turkey"])
F("Abiy Ahmed", "contacted", "Somalia", "reported",
  [("02", "diplomats say he has also sounded out Somalia about a port on its coast")], alt_s=["Ethiopia"])
F("Ethiopia", "contacted", "Somalia", "negated",
  [("04", "Ethiopia had not contacted Mogadishu about the talks since the summer")], alt_o=["Mogadishu"])
F("Lee Jae-myung", "contacted", "Sanae Takaichi", "reported",
  [("03", "later spoke by phone with Japanese Prime Minister Sanae Takaichi, his office said")])
F("Japan", "contacted", "North Korea", "asserted",
  [("03", "Japan lodged a protest with Pyongyang through its embassy in Beijing")], alt_o=["Pyongyang"], req=False)
F("Takuya Yokota", "contacted", "United States", "asserted",
  [("08", "has lobbied successive U.S. administrations for help")], req=False)

# ==================================================================== brokered
F("Turkey", "brokered", "Ankara Declaration", "asserted",
  [("02", "whose government brokered the Ankara Declaration between Ethiopia and Somalia in December 2024", "2024-12"),
   ("04", "Turkey brokered the Ankara Declaration between the two governments in December 2024", "2024-12")],
  alt_s=["Recep Tayyip Erdogan"])
F("African Union", "brokered", "Pretoria agreement", "asserted",
  [("02", "The African Union brokered that deal")], note="'that deal' = the Pretoria agreement")

# ==================================================================== party_to
F("Ethiopia", "party_to", "Ankara Declaration", "asserted",
  [("02", "the Ankara Declaration between Ethiopia and Somalia in December 2024", "2024-12"),
   ("04", "under which Ethiopia and Somalia agreed", "2024-12")])
F("Somalia", "party_to", "Ankara Declaration", "asserted",
  [("02", "the Ankara Declaration between Ethiopia and Somalia in December 2024", "2024-12"),
   ("04", "under which Ethiopia and Somalia agreed", "2024-12")])
F("Ethiopia", "party_to", "Ethiopia-Somaliland memorandum of understanding", "asserted",
  [("04", "when Ethiopia signed a memorandum of understanding with Somaliland", "2024-01")])
F("North Korea", "party_to", "Treaty on Comprehensive Strategic Partnership", "asserted",
  [("03", "the Treaty on Comprehensive Strategic Partnership that the two countries signed in June 2024", "2024-06")])
F("Russia", "party_to", "Treaty on Comprehensive Strategic Partnership", "asserted",
  [("03", "the Treaty on Comprehensive Strategic Partnership that the two countries signed in June 2024", "2024-06")])
F("Japan", "party_to", "Treaty on Basic Relations", "asserted",
  [("05", "Japan and South Korea normalised relations in 1965 with the Treaty on Basic Relations", "1965")], req=False)
F("South Korea", "party_to", "Treaty on Basic Relations", "asserted",
  [("05", "Japan and South Korea normalised relations in 1965 with the Treaty on Basic Relations", "1965")], req=False)
F("Japan", "party_to", "CPTPP", "asserted",
  [("05", "the trade pact that Japan belongs to")])
F("United States", "party_to", "CPTPP", "negated",
  [("05", "the trade pact that Japan belongs to and the United States does not")])
F("Japan", "party_to", "Pyongyang Declaration", "asserted",
  [("08", "The two men signed the Pyongyang Declaration", "2002")], alt_s=["Junichiro Koizumi"])
F("North Korea", "party_to", "Pyongyang Declaration", "asserted",
  [("08", "The two men signed the Pyongyang Declaration", "2002")], alt_s=["Kim Jong Il"])

# ======================================================= signed_agreement_with
F("Ethiopia", "signed_agreement_with", "Somalia", "asserted",
  [("02", "the Ankara Declaration between Ethiopia and Somalia in December 2024", "2024-12"),
   ("04", "the Ankara Declaration between the two governments in December 2024", "2024-12")])
F("Ethiopia", "signed_agreement_with", "Somaliland", "asserted",
  [("04", "Ethiopia signed a memorandum of understanding with Somaliland", "2024-01")])
F("North Korea", "signed_agreement_with", "Russia", "asserted",
  [("03", "that the two countries signed in June 2024", "2024-06")])
F("Japan", "signed_agreement_with", "South Korea", "asserted",
  [("05", "Japan and South Korea normalised relations in 1965 with the Treaty on Basic Relations", "1965")], req=False)
F("South Korea", "signed_agreement_with", "United States", "asserted",
  [("06", "released a joint fact sheet that finalises the trade and security agreement reached by Presidents Lee Jae-myung and Donald Trump last month", "2025")],
  alt_s=["Lee Jae-myung"], alt_o=["Donald Trump"],
  note="reached in October, finalised on Friday 2025-11-14: gold time is the year")
F("United States", "signed_agreement_with", "Japan", "asserted",
  [("08", "where they signed a framework on securing supplies of critical minerals and rare earths", "2025-10-28")],
  alt_s=["Donald Trump"], alt_o=["Sanae Takaichi"])
F("Japan", "signed_agreement_with", "North Korea", "asserted",
  [("08", "The two men signed the Pyongyang Declaration", "2002")],
  alt_s=["Junichiro Koizumi"], alt_o=["Kim Jong Il"])

# ============================================================== candidate_for
F("South Korea", "candidate_for", "CPTPP", "hedged",
  [("05", "South Korea is weighing whether to apply to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership")])
F("Ethiopia", "candidate_for", "World Trade Organization", "planned",
  [("01", "it hopes to join the World Trade Organization by 2026", "2026")])

# ================================================== normalized_relations_with
F("Ethiopia", "normalized_relations_with", "Eritrea", "asserted",
  [("02", "Abiy won the Nobel Peace Prize after restoring relations with Asmara in 2018", "2018")],
  alt_s=["Abiy Ahmed"], alt_o=["Asmara"])
F("Japan", "normalized_relations_with", "South Korea", "asserted",
  [("05", "Japan and South Korea normalised relations in 1965", "1965")])

# ================================================== diplomatic_relations_with
F("Japan", "diplomatic_relations_with", "North Korea", "negated",
  [("03", "because the two countries have no diplomatic relations"),
   ("08", "Japan has no diplomatic relations with North Korea")])

# ================================================================ allied_with
F("Egypt", "allied_with", "Eritrea", "asserted",
  [("02", "has drawn closer to Eritrea")])
F("Japan", "allied_with", "United States", "asserted",
  [("03", "Japan and South Korea are both treaty allies of the United States"),
   ("05", "has also deepened defence ties with South Korea and the United States")])
F("South Korea", "allied_with", "United States", "asserted",
  [("03", "Japan and South Korea are both treaty allies of the United States"),
   ("06", "the allies had agreed to speed up the transfer")])
F("Japan", "allied_with", "South Korea", "asserted",
  [("05", "has also deepened defence ties with South Korea and the United States")])
F("Japan", "allied_with", "NATO", "asserted",
  [("05", "has attended its summits as a partner since 2022", "2022")])
F("North Korea", "allied_with", "Russia", "asserted",
  [("03", "Thousands of North Korean troops have fought alongside Russian forces")], req=False)
F("al-Shabaab", "allied_with", "al Qaeda", "asserted",
  [("04", "the al Qaeda-linked group")], req=False, alt_p=["member_of"])

# ================================================================= recognizes
F("Ethiopia", "recognizes", "Eritrea", "asserted",
  [("02", "Ethiopia recognised Eritrea as a sovereign state in 1993", "1993")])
F("Japan", "recognizes", "North Korea", "negated",
  [("08", "does not recognise it as a state")])

# ================================================================== supported
F("United Arab Emirates", "supported", "Rapid Support Forces", "reported",
  [("01", "Sudan's army has accused the United Arab Emirates of arming the paramilitaries")])
F("United Arab Emirates", "supported", "Rapid Support Forces", "negated",
  [("01", "the UAE has repeatedly denied supplying weapons to the RSF")])
F("Egypt", "supported", "Eritrea", "hedged",
  [("02", "Cairo could send military advisers to Eritrea")], alt_s=["Cairo"])
F("Egypt", "supported", "Somalia", "asserted",
  [("04", "Egypt, which backs Mogadishu")], alt_o=["Mogadishu"])
F("North Korea", "supported", "Russia", "asserted",
  [("03", "Thousands of North Korean troops have fought alongside Russian forces")])
F("Russia", "supported", "North Korea", "hedged",
  [("03", "Moscow may be supplying Pyongyang with air-defence systems")], alt_s=["Moscow"], alt_o=["Pyongyang"])
F("Donald Trump", "supported", "South Korea", "asserted",
  [("06", "Trump also endorsed South Korea's long-standing wish")], req=False, alt_s=["United States"])
F("United States", "supported", "Japan", "planned",
  [("08", "the United States would \"do everything we can\" to bring them home")], req=False, alt_s=["Donald Trump"])

# ================================================================= criticized
F("Intergovernmental Authority on Development", "criticized", "Rapid Support Forces", "asserted",
  [("01", "The summit's final communique condemned the RSF")], req=False)
F("Sudanese Armed Forces", "criticized", "United Arab Emirates", "asserted",
  [("01", "Sudan's army has accused the United Arab Emirates")])
F("United States", "criticized", "Rapid Support Forces", "asserted",
  [("01", "Washington imposed sanctions on Dagalo in January, accusing his forces of genocide", "2025-01")],
  alt_o=["Mohamed Hamdan Dagalo"])
F("Eritrea", "criticized", "Ethiopia", "asserted",
  [("01", "Asmara has accused Addis Ababa")], alt_s=["Asmara"], alt_o=["Addis Ababa"])
F("Yemane Gebremeskel", "criticized", "Abiy Ahmed", "asserted",
  [("01", "dismissed the Ethiopian leader's remarks as \"familiar provocations\""),
   ("02", "said the speech contained \"the same old claims in softer words\"")])
F("Yemane Gebremeskel", "criticized", "Ethiopia", "asserted",
  [("02", "accused Ethiopia of massing troops")])
F("Ethiopia", "criticized", "Egypt", "asserted",
  [("04", "a move Addis Ababa has criticised")], alt_s=["Addis Ababa"])
F("Antonio Guterres", "criticized", "Houthis", "asserted",
  [("07", "U.N. Secretary-General Antonio Guterres on Friday condemned the group's decision", "2025-11-28")],
  alt_s=["United Nations"])
F("Lee Jae-myung", "criticized", "North Korea", "asserted",
  [("03", "Both leaders condemned North Korea")])
F("Sanae Takaichi", "criticized", "North Korea", "asserted",
  [("03", "Both leaders condemned North Korea")])
F("Japan", "criticized", "North Korea", "asserted",
  [("03", "Japan lodged a protest with Pyongyang")], alt_o=["Pyongyang"])
F("China", "criticized", "Sanae Takaichi", "asserted",
  [("05", "Beijing has demanded that Takaichi retract remarks")], alt_s=["Beijing"])
F("Lee Jae-myung", "criticized", "Japan", "asserted",
  [("05", "Lee, once a fierce critic of Tokyo")], alt_o=["Tokyo"])
F("Toshimitsu Motegi", "criticized", "China", "asserted",
  [("05", "has called the seafood ban \"unjustified\" and urged Beijing to lift it")], alt_o=["Beijing"])
F("North Korea", "criticized", "South Korea", "asserted",
  [("06", "North Korea on Tuesday accused Seoul and Washington", "2025-11-11")], alt_o=["Seoul"])
F("North Korea", "criticized", "United States", "asserted",
  [("06", "North Korea on Tuesday accused Seoul and Washington", "2025-11-11")])
F("North Korea", "criticized", "Japan", "asserted",
  [("08", "Pyongyang's foreign ministry on Wednesday accused Tokyo", "2025-10-29")],
  alt_s=["Pyongyang"], alt_o=["Tokyo"])

# ================================================================= threatened
F("Somalia", "threatened", "Ethiopia", "asserted",
  [("04", "threatened to expel Ethiopian troops serving in Somalia")], alt_s=["Mogadishu"])
F("Abdul-Malik al-Houthi", "threatened", "Israel", "asserted",
  [("07", "warned in a televised speech on Thursday that the group would resume strikes on Israel", "2025-11-27")],
  alt_s=["Houthis"])
F("Abdul-Malik al-Houthi", "threatened", "United States", "asserted",
  [("07", "would resume strikes on Israel and on U.S. warships", "2025-11-27")], alt_s=["Houthis"],
  note="time from the same sentence ('on Thursday')")
F("Kim Yo Jong", "threatened", "Japan", "asserted",
  [("03", "she warned Tokyo that Takaichi's government would \"pay a heavy price\"", "2025-11-19")],
  alt_s=["North Korea"], alt_o=["Tokyo", "Sanae Takaichi"])

# ================================================================= sanctioned
F("United States", "sanctioned", "Mohamed Hamdan Dagalo", "asserted",
  [("01", "Washington imposed sanctions on Dagalo in January", "2025-01")])
F("China", "sanctioned", "Japan", "asserted",
  [("05", "halted imports of Japanese seafood")], alt_s=["Beijing"], note="import ban as an embargo")
F("United States", "sanctioned", "South Korea", "asserted",
  [("06", "Washington will cut its tariff on South Korean cars to 15 percent from 25 percent")],
  note="a tariff in force (25%, to be 15%)")
F("United States", "sanctioned", "China", "reported",
  [("06", "he would lower tariffs on Chinese goods to 47 percent from 57 percent")], alt_s=["Donald Trump"])
F("Japan", "sanctioned", "North Korea", "asserted",
  [("08", "unilateral sanctions that Tokyo first imposed in 2006", "2006")], alt_s=["Tokyo"])

# ============================================================ in_conflict_with
F("Sudanese Armed Forces", "in_conflict_with", "Rapid Support Forces", "asserted",
  [("01", "The war between the army and the RSF broke out in April 2023", "2023-04")])
F("Ethiopia", "in_conflict_with", "Eritrea", "asserted",
  [("02", "The two neighbours fought a border war from 1998 to 2000", "1998"),
   ("07", "its long-running feud with Eritrea")])
F("Egypt", "in_conflict_with", "Ethiopia", "asserted",
  [("02", "has feuded with Ethiopia for a decade over the Grand Ethiopian Renaissance Dam")])
F("Somalia", "in_conflict_with", "Ethiopia", "asserted",
  [("04", "backs Mogadishu in its dispute with Ethiopia")], alt_s=["Mogadishu"])
F("al-Shabaab", "in_conflict_with", "Somalia", "asserted",
  [("04", "has fought Somalia's government for nearly two decades")])
F("Houthis", "in_conflict_with", "Yemen", "asserted",
  [("07", "They have fought Yemen's internationally recognised government")])
F("Israel", "in_conflict_with", "Gaza", "asserted",
  [("07", "if Israel restarted its war in Gaza")], req=False)
F("Saudi Arabia", "in_conflict_with", "Houthis", "asserted",
  [("07", "led a military coalition against the Houthis from 2015 until a truce in 2022", "2015")])
F("North Korea", "in_conflict_with", "Ukraine", "asserted",
  [("03", "North Korean troops have fought alongside Russian forces against Ukraine")])
F("Russia", "in_conflict_with", "Ukraine", "asserted",
  [("03", "fought alongside Russian forces against Ukraine")])
F("South Korea", "in_conflict_with", "Japan", "asserted",
  [("05", "Disputes over that history, and over the Dokdo islets")], req=False)
F("Japan", "in_conflict_with", "China", "asserted",
  [("05", "Japan faces its worst row with China in more than a decade")], req=False)

# =================================================================== attacked
F("Ethiopia", "attacked", "Eritrea", "negated",
  [("02", "his government would not invade Eritrea")], alt_s=["Abiy Ahmed"])
F("al-Shabaab", "attacked", "Balcad", "reported",
  [("04", "attacked an army base in Balcad, north of Mogadishu, on Thursday", "2025-12-04")])
F("Houthis", "attacked", "Israel", "hedged",
  [("07", "the group would resume strikes on Israel")], req=False, note="conditional threat")
F("Houthis", "attacked", "United States", "hedged",
  [("07", "would resume strikes on Israel and on U.S. warships")], req=False, note="conditional threat")
F("Israel", "attacked", "Hodeidah", "asserted",
  [("07", "Israel has repeatedly bombed the port of Hodeidah this year", "2025")],
  alt_s=["Israel Defense Forces"])
F("Israel Defense Forces", "attacked", "Sanaa", "asserted",
  [("07", "in August the Israeli military killed the Houthi-run government's prime minister, Ahmed Ghaleb al-Rahawi, and several of his ministers in a strike on Sanaa", "2025-08")],
  alt_s=["Israel"])
F("Israel", "attacked", "Yemen", "negated",
  [("07", "Israel has not struck Yemen since the Gaza ceasefire took hold")])
F("China", "attacked", "Taiwan", "hedged",
  [("05", "a Chinese attack on Taiwan could justify a Japanese military response")], req=False,
  note="hypothetical in reported speech")

# ===================================================================== killed
F("Israel Defense Forces", "killed", "Ahmed al-Rahawi", "asserted",
  [("07", "in August the Israeli military killed the Houthi-run government's prime minister, Ahmed Ghaleb al-Rahawi", "2025-08")],
  alt_s=["Israel"])
F("al-Shabaab", "killed", "Abdullahi Hassan Nur", "reported",
  [("04", "killing at least seven soldiers, including a battalion commander, Colonel Abdullahi Hassan Nur, military officials said", "2025-12-04")])

# ============================================================ took_control_of
F("Rapid Support Forces", "took_control_of", "El Fasher", "asserted",
  [("01", "the paramilitary Rapid Support Forces (RSF) captured the Darfur city of El Fasher"),
   ("01", "seized El Fasher on Oct 26", "2025-10-26")])
F("Ethiopia", "took_control_of", "Assab", "negated",
  [("02", "We will not take Assab by force")], alt_s=["Abiy Ahmed"])
F("Houthis", "took_control_of", "Sanaa", "asserted",
  [("07", "The Houthis, who seized the Yemeni capital, Sanaa, in 2014", "2014")])
F("Japan", "took_control_of", "Korean Peninsula", "asserted",
  [("05", "Japan's colonial rule over the Korean Peninsula, which Tokyo annexed in 1910", "1910")], alt_s=["Tokyo"])
F("South Korea", "took_control_of", "Dokdo", "asserted",
  [("05", "the Dokdo islets, which South Korea controls")], req=False, note="a state of control, not a seizure")
F("Japan", "took_control_of", "Senkaku Islands", "asserted",
  [("05", "the Senkaku Islands, which Japan administers")], req=False, note="a state of control, not a seizure")
F("Hanwha", "took_control_of", "Philly Shipyard", "asserted",
  [("06", "which the conglomerate Hanwha bought last year", "2024")], req=False, note="a purchase, not a seizure")

# ================================================================== blockaded
F("Rapid Support Forces", "blockaded", "El Fasher", "asserted",
  [("01", "after besieging the city for 18 months")])
F("Houthis", "blockaded", "Israel", "reported",
  [("07", "The group's declared blockade of Israeli ports, he said, remained in force")])

# ============================================================== seceded_from
F("Somaliland", "seceded_from", "Somalia", "asserted",
  [("04", "declared independence from Somalia in 1991", "1991")])

# =================================================== gained_independence_from
F("Eritrea", "gained_independence_from", "Ethiopia", "asserted",
  [("01", "lost its coastline when Eritrea gained independence in 1993", "1993"),
   ("02", "since Eritrea won independence from it in 1993", "1993")],
  note="01: the object is the sentence's subject, Ethiopia; 02: 'it' = Ethiopia")

# =============================================================== imports_from
F("Djibouti", "imports_from", "Ethiopia", "asserted",
  [("01", "Djibouti imports electricity from Ethiopia")], commodity="electricity")
F("China", "imports_from", "Japan", "negated",
  [("05", "halted imports of Japanese seafood")], commodity="seafood", alt_s=["Beijing"])
F("North Korea", "imports_from", "China", "reported",
  [("08", "China, which shares a long border with North Korea, remains its main trading partner and supplies most of its oil")],
  commodity="oil")
F("China", "imports_from", "South Korea", "asserted",
  [("06", "Korean exporters, who sell chips, displays and petrochemicals to Chinese factories")],
  commodity="chips", req=False)

# ================================================================ trades_with
F("Ethiopia", "trades_with", "Djibouti", "asserted",
  [("01", "routes most of its foreign trade through Djibouti's ports"),
   ("02", "it pays Djibouti an estimated $1.5 billion a year in port fees")], req=False,
  note="transit trade and port fees, not strictly bilateral trade")
F("Somaliland", "trades_with", "Ethiopia", "reported",
  [("04", "Somaliland trades with Ethiopia every day")])
F("China", "trades_with", "South Korea", "asserted",
  [("05", "China is South Korea's biggest trading partner"), ("06", "China is South Korea's largest trading partner")])
F("Japan", "trades_with", "South Korea", "asserted",
  [("05", "and Japan is its fifth-biggest")])
F("Japan", "trades_with", "North Korea", "negated",
  [("08", "It has banned all trade with the North since 2009", "2009")])
F("China", "trades_with", "North Korea", "reported",
  [("08", "remains its main trading partner")])
