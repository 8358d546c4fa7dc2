#!/usr/bin/env python3
"""Build and check the gold standard of news set zzt.

Every entity and every row lives here with, for each document that states
the fact, the evidence phrase (a short quote from one sentence of that
document's extracted body) and, where that sentence dates the fact, the
time it gives.

Run from anywhere:  python3 tools/build_gold.py
It checks everything (see check()); on any failure it prints the problems,
exits 1 and writes nothing. Otherwise it writes, next to corpus/:
entities.jsonl, triples.jsonl and selfcheck_statements.jsonl.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

DOCS = {
    "01": "zzt01_trilateral_ministers.txt",
    "02": "zzt02_kim_shoigu_bridge.txt",
    "03": "zzt03_tanker_pirates.txt",
    "04": "zzt04_troop_cost_sharing.txt",
    "05": "zzt05_lome_patrol_pact.txt",
    "06": "zzt06_lake_chad_force.txt",
    "07": "zzt07_yellow_sea_fisheries.html",
    "08": "zzt08_benin_niger_border.html",
}

# ---------------------------------------------------------------- entities
P, C, O, CI, R, A, F = ("Person", "Country", "Organization", "City", "Region",
                        "Agreement", "Facility")
ENTITIES = [
    # cluster A: Korean Peninsula, Japan, China
    ("Sanae Takaichi", P, ["Takaichi", "Prime Minister Sanae Takaichi",
                           "Japanese Prime Minister Sanae Takaichi"]),
    ("Toshimitsu Motegi", P, ["Motegi"]),
    ("Wang Yi", P, ["Wang"]),
    ("Cho Hyun", P, ["Cho"]),
    ("Li Qiang", P, ["Chinese Premier Li Qiang"]),
    ("Xi Jinping", P, ["Xi", "Chinese President Xi Jinping"]),
    ("Fumio Kishida", P, ["Kishida"]),
    ("Yoon Suk Yeol", P, ["Yoon"]),
    ("Kim Jong Un", P, ["Kim", "North Korean leader Kim Jong Un"]),
    ("Kim Yo Jong", P, []),
    ("Sergei Shoigu", P, ["Shoigu"]),
    ("Vladimir Putin", P, ["Putin", "Russian President Vladimir Putin"]),
    ("Sergei Lavrov", P, ["Lavrov"]),
    ("Choe Son Hui", P, []),
    ("Dmitry Peskov", P, ["Peskov"]),
    ("Minoru Kihara", P, ["Kihara"]),
    ("Donald Trump", P, ["Trump", "President Donald Trump", "U.S. President Donald Trump"]),
    ("George Glass", P, []),
    ("Pete Hegseth", P, ["Hegseth", "Defense Secretary Pete Hegseth"]),
    ("Shinjiro Koizumi", P, ["Koizumi"]),
    ("Lee Jae-myung", P, ["Lee", "President Lee Jae-myung"]),
    ("Wi Sung-lac", P, ["Wi"]),
    ("Xavier Brunson", P, ["Brunson"]),
    ("Park Sung-ho", P, ["Park"]),
    ("Japan", C, ["Tokyo"]),
    ("China", C, ["Beijing"]),
    ("South Korea", C, ["the South"]),
    ("North Korea", C, ["Pyongyang", "the North"]),
    ("Russia", C, ["Moscow", "Kremlin"]),
    ("United States", C, ["U.S.", "Washington"]),
    ("Ukraine", C, []),
    ("France", C, []),
    ("Trilateral Cooperation Secretariat", O, []),
    ("Workers' Party of Korea", O, ["Workers' Party"]),
    ("Security Council of Russia", O, ["Russia's Security Council"]),
    ("Multilateral Sanctions Monitoring Team", O, []),
    ("United Nations", O, ["U.N."]),
    ("Pentagon", O, []),
    ("U.S. Forces Korea", O, []),
    ("Seoul", CI, []),
    ("Gyeongju", CI, []),
    ("Khasan", CI, []),
    ("Tumangang", CI, []),
    ("Wonsan", CI, []),
    ("Evian", CI, []),
    ("Pyeongtaek", CI, []),
    ("Nara", CI, []),
    ("Taiwan", R, []),
    ("Kursk region", R, ["Kursk"]),
    ("Yeonpyeong Island", R, ["Yeonpyeong"]),
    ("Provisional Measures Zone", R, []),
    ("Yellow Sea", R, []),
    ("Camp Humphreys", F, []),
    ("Shenlan 1", F, []),
    ("Shenlan 2", F, []),
    ("Comprehensive Strategic Partnership Treaty", A, []),
    ("Japan-U.S. host nation support agreement", A, ["host nation support agreement"]),
    ("12th Special Measures Agreement", A, ["Special Measures Agreement"]),
    ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", A, []),
    # cluster B: Gulf of Guinea and Lake Chad basin
    ("Ebiye Tamuno", P, ["Tamuno"]),
    ("Oleksandr Marchenko", P, []),
    ("Tolu Bankole", P, ["Bankole", "Commodore Tolu Bankole"]),
    ("Idi Abbas", P, ["Abbas", "Vice Admiral Idi Abbas"]),
    ("Dayo Mobereola", P, []),
    ("Omar Alieu Touray", P, ["Touray"]),
    ("Faure Gnassingbé", P, ["Gnassingbé"]),
    ("Robert Dussey", P, ["Dussey"]),
    ("Bola Tinubu", P, ["Tinubu", "President Bola Tinubu"]),
    ("Patrice Talon", P, ["Talon"]),
    ("Olushegun Adjadi Bakari", P, ["Bakari"]),
    ("Ibrahim Sule", P, []),
    ("Fatima Bukar", P, []),
    ("Abdourahamane Tiani", P, ["Tiani"]),
    ("Mahamat Idriss Déby", P, ["Déby"]),
    ("Olaniyi Adeyemi", P, ["Adeyemi"]),
    ("Paul Biya", P, ["Biya"]),
    ("Christopher Musa", P, ["Musa"]),
    ("Ali Lamine Zeine", P, ["Zeine"]),
    ("Nigeria", C, ["Abuja"]),
    ("Niger", C, ["Niamey"]),
    ("Benin", C, []),
    ("Togo", C, []),
    ("Cameroon", C, []),
    ("Chad", C, []),
    ("Mali", C, []),
    ("Burkina Faso", C, []),
    ("Nigerian Navy", O, []),
    ("Nigerian Army", O, []),
    ("Nigerian Maritime Administration and Safety Agency", O, ["NIMASA"]),
    ("Economic Community of West African States", O, ["ECOWAS"]),
    ("Baie Maritime", O, []),
    ("Multinational Maritime Coordination Centre", O, []),
    ("Alliance of Sahel States", O, []),
    ("Multinational Joint Task Force", O, ["MNJTF"]),
    ("Lake Chad Basin Commission", O, []),
    ("Islamic State West Africa Province", O, ["ISWAP"]),
    ("Boko Haram", O, []),
    ("European Union", O, []),
    ("JNIM", O, []),
    ("al-Qaeda", O, []),
    ("Lomé", CI, []),
    ("Calabar", CI, []),
    ("Cotonou", CI, []),
    ("Brass", CI, []),
    ("N'Djamena", CI, []),
    ("Maiduguri", CI, []),
    ("Marte", CI, []),
    ("Malanville", CI, []),
    ("Gaya", CI, []),
    ("Bayelsa State", R, []),
    ("Bakassi peninsula", R, ["Bakassi"]),
    ("Borno State", R, []),
    ("Far North Region", R, []),
    ("Ambazonia", R, []),
    ("Lake Chad", R, []),
    ("W National Park", R, []),
    ("Marte base", F, []),
    ("Barkaram base", F, []),
    ("Sèmè terminal", F, []),
    ("Greentree Agreement", A, []),
    ("Yaoundé Code of Conduct", A, []),
    ("Lomé Joint Patrol Agreement", A, []),
    ("Malanville Protocol", A, []),
]

# -------------------------------------------------------------------- rows
ROWS = []


def row(s, p, o, modality, ev, time=None, req=True, role=None, commodity=None,
        alt_s=None, alt_o=None, alt_p=None, comment=None):
    """ev maps a document key to its evidence phrase, or to (phrase, time)
    when that sentence itself dates the fact."""
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, ev=ev, time=time, req=req,
                     role=role, commodity=commodity, alt_s=alt_s, alt_o=alt_o,
                     alt_p=alt_p, comment=comment))


AS, RE, HE, PL, NE = "asserted", "reported", "hedged", "planned", "negated"

# ===== cluster A, zzt01: trilateral foreign ministers in Tokyo (wire)
row("Sanae Takaichi", "head_of", "Japan", AS, {
    "01": "Japanese Prime Minister Sanae Takaichi",
    "04": "Prime Minister Sanae Takaichi's government has already brought forward Japan's goal",
    "07": "under President Lee Jae-myung and Prime Minister Sanae Takaichi"}, role="prime minister")
row("Toshimitsu Motegi", "works_for", "Japan", AS, {
    "01": "Japanese Foreign Minister Toshimitsu Motegi"}, role="foreign minister")
row("Wang Yi", "works_for", "China", AS, {
    "01": "hosted China's Wang Yi and South Korea's Cho Hyun",
    "07": "China's Foreign Minister Wang Yi"}, role="foreign minister",
    comment="01 gives the role in its first sentence ('The foreign ministers of China, Japan and South Korea')")
row("Cho Hyun", "works_for", "South Korea", AS, {
    "01": "hosted China's Wang Yi and South Korea's Cho Hyun",
    "07": "Foreign Minister Cho Hyun raised them"}, role="foreign minister")
row("Toshimitsu Motegi", "met_with", "Wang Yi", AS, {
    "01": "met Motegi separately before the three-way session"},
    comment="wire: 'on Saturday' gives no year, so no time")
row("Toshimitsu Motegi", "met_with", "Cho Hyun", AS, {
    "01": "Toshimitsu Motegi hosted China's Wang Yi and South Korea's Cho Hyun"})
row("Cho Hyun", "met_with", "Wang Yi", RE, {
    "01": "Cho, who held a separate meeting with Wang on the sidelines",
    "07": ("when the two met in Tokyo in April, according to South Korean officials", "2026-04")},
    time="2026-04")
row("Wang Yi", "visited", "Japan", AS, {
    "01": "Wang, who arrived in Tokyo on Friday"}, comment="Tokyo stands for Japan (alias)")
row("Wang Yi", "criticized", "Sanae Takaichi", RE, {
    "01": "again criticized Takaichi's remarks, according to a readout"})
row("Wang Yi", "met_with", "Sanae Takaichi", NE, {
    "01": "Wang did not meet Takaichi during his two days in the Japanese capital"})
row("Li Qiang", "visited", "Japan", NE, {
    "01": "who has not visited Japan since taking office in 2023"},
    comment="polarity trap: 'has not visited ... since'")
row("Li Qiang", "head_of", "China", AS, {
    "01": "Chinese Premier Li Qiang, who has not visited Japan",
    "04": "along with Chinese Premier Li Qiang",
    "07": "Takaichi hosts Lee and Chinese Premier Li Qiang"}, role="premier", alt_p=["works_for"])
row("China", "attacked", "Taiwan", HE, {
    "01": "a Chinese attack on Taiwan could amount to"}, req=False,
    comment="a hypothetical in Takaichi's remark; asserting it is a polarity error")
row("China", "criticized", "Japan", AS, {
    "01": "Beijing accused Tokyo of interfering in China's internal affairs",
    "04": "Beijing has repeatedly criticized Tokyo's military build-up"})
row("China", "sanctioned", "Japan", AS, {
    "01": "halted imports of Japanese seafood again",
    "07": ("Beijing first banned imports of Japanese seafood in August 2023", "2023-08")},
    time="2023-08", comment="seafood import ban (embargo); first imposed August 2023, reimposed November 2025")
row("Sanae Takaichi", "met_with", "Xi Jinping", AS, {
    "01": "Takaichi, who met Chinese President Xi Jinping on the sidelines"},
    comment="'last October' in a wire story: no explicit year, no time")
row("Sanae Takaichi", "met_with", "Xi Jinping", NE, {
    "01": "has not held talks with him since"},
    comment="same sentence as the meeting: they met once and not since")
row("Xi Jinping", "head_of", "China", AS, {
    "01": "Chinese President Xi Jinping"}, role="president")
row("Gyeongju", "located_in", "South Korea", AS, {
    "01": "in Gyeongju, South Korea"})
row("China", "normalized_relations_with", "Japan", AS, {
    "01": ("China and Japan, which normalized relations in 1972", "1972")}, time="1972")
row("China", "in_conflict_with", "Japan", AS, {
    "01": "also have a long-running dispute over the uninhabited Senkaku Islands"},
    comment="territorial dispute (Senkaku/Diaoyu)")
row("North Korea", "supported", "Russia", RE, {
    "01": "the deployment of North Korean troops to fight for Moscow against Ukraine",
    "02": ("North Korea sent more than 10,000 soldiers to Russia's Kursk region in 2024", "2024")},
    time="2024", comment="military support (troops)")
row("Russia", "in_conflict_with", "Ukraine", AS, {
    "01": "to fight for Moscow against Ukraine",
    "02": "promised to keep supporting Moscow's war against Ukraine"})
row("China", "trades_with", "Japan", AS, {
    "01": "China is the largest trading partner of both Japan and South Korea"})
row("China", "trades_with", "South Korea", AS, {
    "01": "China is the largest trading partner of both Japan and South Korea"})
row("Li Qiang", "met_with", "Fumio Kishida", AS, {
    "01": ("when Chinese Premier Li Qiang met Fumio Kishida", "2024-05")}, time="2024-05")
row("Li Qiang", "met_with", "Yoon Suk Yeol", AS, {
    "01": ("and Yoon Suk Yeol, then South Korea's president", "2024-05")}, time="2024-05")
row("Fumio Kishida", "met_with", "Yoon Suk Yeol", AS, {
    "01": ("The last leaders' summit was held in Seoul in May 2024", "2024-05")}, time="2024-05",
    req=False, comment="implied by the three-way summit")
row("Fumio Kishida", "head_of", "Japan", AS, {
    "01": "Fumio Kishida, then Japan's prime minister"}, role="prime minister (former)", req=False,
    comment="past office ('then')")
row("Yoon Suk Yeol", "head_of", "South Korea", AS, {
    "01": "Yoon Suk Yeol, then South Korea's president"}, role="president (former)", req=False,
    comment="past office ('then')")
row("Trilateral Cooperation Secretariat", "based_in", "Seoul", AS, {
    "01": "which is based in the South Korean capital, Seoul"})
row("Seoul", "capital_of", "South Korea", AS, {
    "01": "the South Korean capital, Seoul"})

# ===== cluster A, zzt02: Kim hosts Shoigu (wire)
row("Kim Jong Un", "head_of", "North Korea", AS, {
    "02": "North Korean leader Kim Jong Un"}, role="leader")
row("Sergei Shoigu", "works_for", "Russia", AS, {
    "02": "Sergei Shoigu, the secretary of Russia's Security Council",
    "04": "Sergei Shoigu, the secretary of Russia's Security Council"},
    role="secretary of the Security Council", alt_o=["Security Council of Russia"])
row("Kim Jong Un", "met_with", "Sergei Shoigu", RE, {
    "02": "North Korean leader Kim Jong Un met Sergei Shoigu",
    "04": ("met Kim Jong Un in Pyongyang earlier this month", "2026-05")}, time="2026-05",
    comment="02 says 'on Tuesday' (no year: no time in a wire story)")
row("Sergei Shoigu", "visited", "North Korea", AS, {
    "02": "Shoigu's visit, his fourth to North Korea in just over a year",
    "04": ("his fourth visit to North Korea in just over a year", "2026-05")}, time="2026-05")
row("North Korea", "supported", "Russia", PL, {
    "02": "promised to keep supporting Moscow's war against Ukraine"},
    comment="a promise: NONFACT; the deployment itself is the reported row")
row("Russia", "borders", "North Korea", AS, {
    "02": "which forms the short border between Russia and North Korea"})
row("Khasan", "located_in", "Russia", AS, {
    "02": "the Russian border village of Khasan"})
row("Tumangang", "located_in", "North Korea", AS, {
    "02": "Tumangang in North Korea"})
row("North Korea", "signed_agreement_with", "Russia", AS, {
    "02": ("which Kim and Russian President Vladimir Putin signed in Pyongyang in June 2024", "2024-06")},
    time="2024-06", alt_s=["Kim Jong Un"], alt_o=["Vladimir Putin"],
    comment="Comprehensive Strategic Partnership Treaty")
row("North Korea", "party_to", "Comprehensive Strategic Partnership Treaty", AS, {
    "02": ("the Comprehensive Strategic Partnership Treaty, which Kim and Russian President Vladimir Putin signed", "2024-06")},
    time="2024-06")
row("Russia", "party_to", "Comprehensive Strategic Partnership Treaty", AS, {
    "02": ("the Comprehensive Strategic Partnership Treaty, which Kim and Russian President Vladimir Putin signed", "2024-06")},
    time="2024-06")
row("Vladimir Putin", "head_of", "Russia", AS, {
    "02": "Russian President Vladimir Putin"}, role="president")
row("Kursk region", "located_in", "Russia", AS, {
    "02": "Russia's Kursk region"})
row("Ukraine", "took_control_of", "Kursk region", AS, {
    "02": ("Ukrainian troops who had seized part of the region in August 2024", "2024-08")},
    time="2024-08", comment="part of the region")
row("Russia", "took_control_of", "Kursk region", RE, {
    "02": ("Moscow said in April 2025 that it had retaken the whole region", "2025-04")}, time="2025-04")
row("South Korea", "criticized", "Russia", AS, {
    "02": "South Korea's foreign ministry condemned the visit and the bridge"})
row("South Korea", "criticized", "North Korea", AS, {
    "02": "South Korea's foreign ministry condemned the visit and the bridge"})
row("Minoru Kihara", "works_for", "Japan", AS, {
    "02": "Chief Cabinet Secretary Minoru Kihara"}, role="chief cabinet secretary")
row("Japan", "diplomatic_relations_with", "North Korea", NE, {
    "02": "Japan has no diplomatic relations with North Korea"})
row("South Korea", "recognizes", "North Korea", NE, {
    "02": "South Korea has never recognized the North as a state"},
    comment="polarity trap: 'has never recognized'")
row("Kim Yo Jong", "works_for", "Workers' Party of Korea", AS, {
    "02": "Kim Yo Jong, a senior official of the ruling Workers' Party of Korea"},
    role="senior official", alt_p=["member_of"])
row("North Korea", "negotiating_with", "United States", NE, {
    "02": "North Korea would never again negotiate with Washington"},
    alt_s=["Kim Yo Jong"], comment="'would never again negotiate'")
row("Kim Yo Jong", "threatened", "South Korea", AS, {
    "02": "She threatened South Korea and the United States"}, alt_s=["North Korea"])
row("Kim Yo Jong", "threatened", "United States", AS, {
    "02": "She threatened South Korea and the United States"}, alt_s=["North Korea"])
row("Donald Trump", "head_of", "United States", AS, {
    "02": "U.S. President Donald Trump",
    "04": "renewed demands from President Donald Trump"}, role="president")
row("Donald Trump", "met_with", "Kim Jong Un", AS, {
    "02": ("who last met Kim at the inter-Korean border in 2019", "2019")}, time="2019")
row("Donald Trump", "met_with", "Kim Jong Un", PL, {
    "02": "has said he wants to meet the North Korean leader again"})
row("Sergei Lavrov", "works_for", "Russia", AS, {
    "02": "Russian Foreign Minister Sergei Lavrov"}, role="foreign minister")
row("Sergei Lavrov", "visited", "Wonsan", AS, {
    "02": ("visited the North Korean resort city of Wonsan in July 2025", "2025-07")},
    time="2025-07", alt_o=["North Korea"])
row("Sergei Lavrov", "met_with", "Choe Son Hui", AS, {
    "02": ("for talks with his counterpart, Choe Son Hui", "2025-07")}, time="2025-07")
row("Choe Son Hui", "works_for", "North Korea", AS, {
    "02": "his counterpart, Choe Son Hui"}, role="foreign minister", req=False,
    comment="role only implied by 'counterpart'")
row("Wonsan", "located_in", "North Korea", AS, {
    "02": "the North Korean resort city of Wonsan"})
row("Dmitry Peskov", "works_for", "Russia", AS, {
    "02": "Kremlin spokesman Dmitry Peskov"}, role="spokesman", alt_o=["Vladimir Putin"])
row("Kim Jong Un", "visited", "Russia", HE, {
    "02": "Kim might visit Moscow this year"})
row("North Korea", "imports_from", "Russia", RE, {
    "02": ("North Korea imported more than one million barrels of refined petroleum from Russia in 2025", "2025")},
    time="2025", commodity="refined petroleum", alt_p=["trades_with"])
row("South Korea", "member_of", "Multilateral Sanctions Monitoring Team", AS, {
    "02": "an 11-nation group that includes South Korea, Japan and the United States",
    "07": "a group of 11 countries that includes South Korea and Japan"})
row("Japan", "member_of", "Multilateral Sanctions Monitoring Team", AS, {
    "02": "an 11-nation group that includes South Korea, Japan and the United States",
    "07": "a group of 11 countries that includes South Korea and Japan"})
row("United States", "member_of", "Multilateral Sanctions Monitoring Team", AS, {
    "02": "an 11-nation group that includes South Korea, Japan and the United States"})
row("United Nations", "sanctioned", "North Korea", AS, {
    "02": "a U.N. panel of experts that had monitored sanctions on North Korea",
    "07": "in breach of United Nations sanctions on the country"})
row("United States", "sanctioned", "North Korea", AS, {
    "02": "Washington and Tokyo have also imposed their own sanctions on Pyongyang"})
row("Japan", "sanctioned", "North Korea", AS, {
    "02": "Washington and Tokyo have also imposed their own sanctions on Pyongyang"})
row("Russia", "supported", "North Korea", NE, {
    "02": "Moscow has denied that it supplies North Korea with missile technology"},
    comment="polarity trap: 'denied'")
row("North Korea", "trades_with", "Russia", RE, {
    "02": "North Korea's trade with Russia no longer depends on a single railway line"},
    comment="'no longer' negates the dependence, not the trade")

# ===== cluster A, zzt04: troop cost sharing (newspaper, 2026-05-20)
row("United States", "negotiating_with", "Japan", AS, {
    "04": ("American and Japanese negotiators opened talks in Tokyo on Monday", "2026-05-18")},
    time="2026-05-18", comment="host nation support talks")
row("Japan", "party_to", "Japan-U.S. host nation support agreement", AS, {
    "04": ("Japan's current host nation support agreement, which the two governments signed in January 2022", "2022-01")},
    time="2022-01")
row("United States", "party_to", "Japan-U.S. host nation support agreement", AS, {
    "04": ("Japan's current host nation support agreement, which the two governments signed in January 2022", "2022-01")},
    time="2022-01")
row("Japan", "signed_agreement_with", "United States", AS, {
    "04": ("which the two governments signed in January 2022", "2022-01")}, time="2022-01")
row("George Glass", "works_for", "United States", AS, {
    "04": "U.S. Ambassador to Japan George Glass"}, role="ambassador to Japan")
row("United States", "allied_with", "Japan", RE, {
    "04": "for an alliance he called \"the cornerstone of peace and prosperity\""})
row("Pete Hegseth", "works_for", "United States", AS, {
    "04": "Defense Secretary Pete Hegseth"}, role="defense secretary", alt_o=["Pentagon"])
row("Pete Hegseth", "contacted", "Shinjiro Koizumi", RE, {
    "04": ("in a telephone call with Japanese Defence Minister Shinjiro Koizumi on May 12", "2026-05-12")},
    time="2026-05-12", comment="'according to the Pentagon'")
row("Shinjiro Koizumi", "works_for", "Japan", AS, {
    "04": "Japanese Defence Minister Shinjiro Koizumi"}, role="defence minister")
row("Shinjiro Koizumi", "visited", "United States", PL, {
    "04": ("He is due to visit Washington next month", "2026-06")}, time="2026-06")
row("Shinjiro Koizumi", "met_with", "Pete Hegseth", PL, {
    "04": ("for his first in-person talks with Hegseth", "2026-06")}, time="2026-06")
row("South Korea", "allied_with", "United States", AS, {
    "04": "a U.S. treaty ally since 1953"}, comment="treaty ally since 1953 (a state: no time)")
row("South Korea", "negotiating_with", "United States", NE, {
    "04": "South Korea would not reopen the cost-sharing deal it concluded with the United States"},
    comment="refusal to renegotiate the 12th SMA")
row("South Korea", "signed_agreement_with", "United States", AS, {
    "04": ("the cost-sharing deal it concluded with the United States in November 2024", "2024-11")},
    time="2024-11", comment="12th Special Measures Agreement")
row("Lee Jae-myung", "head_of", "South Korea", AS, {
    "04": "President Lee Jae-myung's office said South Korea",
    "07": "under President Lee Jae-myung and Prime Minister Sanae Takaichi"}, role="president")
row("South Korea", "party_to", "12th Special Measures Agreement", AS, {
    "04": "That deal, the 12th Special Measures Agreement, raised South Korea's contribution"})
row("United States", "party_to", "12th Special Measures Agreement", AS, {
    "04": "That deal, the 12th Special Measures Agreement"}, req=False,
    comment="the deal 'it concluded with the United States' (previous sentence)")
row("Donald Trump", "criticized", "South Korea", AS, {
    "04": "Trump has called South Korea a \"money machine\""}, req=False)
row("Wi Sung-lac", "works_for", "South Korea", AS, {
    "04": "National Security Adviser Wi Sung-lac said South Korea"},
    role="national security adviser", alt_o=["Lee Jae-myung"])
row("Lee Jae-myung", "met_with", "Donald Trump", HE, {
    "04": ("Lee could raise the issue if he meets Trump at the Group of Seven summit", "2026-06")},
    time="2026-06", comment="condition: 'if he meets'")
row("Evian", "located_in", "France", AS, {
    "04": "in Evian, France"})
row("Lee Jae-myung", "met_with", "Donald Trump", AS, {
    "04": ("The two leaders last met in Gyeongju last October", "2025-10")}, time="2025-10")
row("U.S. Forces Korea", "based_in", "South Korea", AS, {
    "04": "are based in South Korea under U.S. Forces Korea"})
row("Xavier Brunson", "head_of", "U.S. Forces Korea", AS, {
    "04": "whose commander, Gen. Xavier Brunson"}, role="commander", alt_p=["works_for"])
row("Camp Humphreys", "located_in", "Pyeongtaek", AS, {
    "04": "Camp Humphreys in the South Korean city of Pyeongtaek"}, alt_p=["based_in"])
row("Pyeongtaek", "located_in", "South Korea", AS, {
    "04": "the South Korean city of Pyeongtaek"})
row("United States", "sanctioned", "Japan", AS, {
    "04": ("Both allies accepted 15 percent U.S. tariffs on most of their exports last year", "2025")},
    time="2025", comment="tariffs")
row("United States", "sanctioned", "South Korea", AS, {
    "04": ("Both allies accepted 15 percent U.S. tariffs on most of their exports last year", "2025")},
    time="2025", comment="tariffs")
row("North Korea", "allied_with", "Russia", AS, {
    "04": "North Korea deepens its military ties with Russia"})
row("Japan", "normalized_relations_with", "South Korea", AS, {
    "04": ("Japan and South Korea, which normalized relations in 1965", "1965"),
    "07": ("Ties between the two neighbours, which normalized relations in 1965", "1965")}, time="1965")
row("Sanae Takaichi", "met_with", "Lee Jae-myung", AS, {
    "04": ("Takaichi hosted Lee in the western Japanese city of Nara in January", "2026-01")},
    time="2026-01")
row("Lee Jae-myung", "visited", "Nara", AS, {
    "04": ("Takaichi hosted Lee in the western Japanese city of Nara in January", "2026-01")},
    time="2026-01", alt_o=["Japan"])
row("Nara", "located_in", "Japan", AS, {
    "04": "the western Japanese city of Nara"})
row("Sanae Takaichi", "met_with", "Lee Jae-myung", PL, {
    "04": "she hopes to host him again",
    "07": "when Takaichi hosts Lee and Chinese Premier Li Qiang"}, comment="trilateral summit later in 2026")
row("Sanae Takaichi", "met_with", "Li Qiang", PL, {
    "04": "she hopes to host him again, along with Chinese Premier Li Qiang",
    "07": "when Takaichi hosts Lee and Chinese Premier Li Qiang"})
row("Lee Jae-myung", "met_with", "Li Qiang", PL, {
    "04": "she hopes to host him again, along with Chinese Premier Li Qiang",
    "07": "when Takaichi hosts Lee and Chinese Premier Li Qiang"}, req=False,
    comment="implied: both guests at the planned summit")

# ===== cluster A, zzt07: Yellow Sea fisheries (HTML, 2026-06-02)
row("Park Sung-ho", "citizen_of", "South Korea", AS, {
    "07": "Park Sung-ho, a 58-year-old South Korean fisherman"})
row("Park Sung-ho", "lives_in", "Yeonpyeong Island", AS, {
    "07": "He lives on the island"})
row("Yeonpyeong Island", "located_in", "South Korea", AS, {
    "07": "a speck of South Korean territory"})
row("North Korea", "attacked", "Yeonpyeong Island", RE, {
    "07": ("North Korea shelled this island in November 2010", "2010-11")}, time="2010-11",
    comment="quoted by Park")
row("Provisional Measures Zone", "located_in", "Yellow Sea", AS, {
    "07": "the Provisional Measures Zone, a stretch of the Yellow Sea"})
row("Shenlan 1", "located_in", "Provisional Measures Zone", AS, {
    "07": "Shenlan 1 and Shenlan 2, and a converted oil rig in the Provisional Measures Zone"})
row("Shenlan 2", "located_in", "Provisional Measures Zone", AS, {
    "07": "Shenlan 1 and Shenlan 2, and a converted oil rig in the Provisional Measures Zone"})
row("China", "signed_agreement_with", "South Korea", AS, {
    "07": ("China and South Korea manage jointly under a fisheries agreement signed in 2000", "2000")},
    time="2000", comment="Korea-China fisheries agreement")
row("South Korea", "criticized", "China", AS, {
    "07": "South Korea's foreign ministry has protested against the structures"})
row("China", "took_control_of", "Provisional Measures Zone", NE, {
    "07": "denies that it is trying to take control of the zone"},
    comment="polarity trap: 'denies'")
row("North Korea", "signed_agreement_with", "South Korea", NE, {
    "07": "North Korea, which has no fisheries agreement with South Korea"})
row("Japan", "signed_agreement_with", "South Korea", AS, {
    "07": ("the two countries' 1998 fisheries agreement", "1998")}, time="1998")
row("Japan", "negotiating_with", "South Korea", NE, {
    "07": "Japan and South Korea have not held formal fisheries negotiations since then"})
row("Japan", "negotiating_with", "South Korea", HE, {
    "07": "a new round of fisheries talks could open this year"})
row("China", "imports_from", "Japan", NE, {
    "07": "China now buys no seafood from Japan"}, commodity="seafood")
row("China", "imports_from", "Japan", AS, {
    "07": "which sold more than $500 million worth a year to Chinese buyers before the first ban"},
    commodity="seafood", req=False, comment="before 2023 only")
row("China", "candidate_for", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", AS, {
    "07": ("China, which applied in 2021 to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "2021")},
    time="2021")
row("Japan", "party_to", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", AS, {
    "07": "a trade pact that includes Japan"})
row("Japan", "contacted", "China", AS, {
    "07": "has been told by Tokyo that the seafood ban stands in the way"}, req=False,
    comment="passive: Tokyo told Beijing")
row("South Korea", "sanctioned", "Japan", AS, {
    "07": ("has banned seafood from eight Japanese prefectures around Fukushima since 2013", "2013")},
    time="2013", comment="seafood import ban")
row("China", "imports_from", "North Korea", RE, {
    "07": "China buys seafood from North Korea in breach of United Nations sanctions"},
    commodity="seafood")

# ===== cluster B, zzt03: tanker attack (wire)
row("Brass", "located_in", "Bayelsa State", AS, {
    "03": "Brass, a town in Nigeria's Bayelsa State"})
row("Bayelsa State", "located_in", "Nigeria", AS, {
    "03": "Nigeria's Bayelsa State"})
row("Nigerian Navy", "killed", "Ebiye Tamuno", RE, {
    "03": "killed the gang's leader, Ebiye Tamuno",
    "05": ("freed six hostages on Feb. 8 and killed the gang's leader, Ebiye Tamuno", "2026-02-08")},
    time="2026-02-08", comment="03: 'on Sunday' (wire, no year)")
row("Tolu Bankole", "works_for", "Nigerian Navy", AS, {
    "03": "navy spokesman Commodore Tolu Bankole"}, role="spokesman")
row("Ebiye Tamuno", "killed", "Oleksandr Marchenko", RE, {
    "03": "Tamuno, a former militant wanted since 2022, shot dead the Ukrainian chief engineer, Oleksandr Marchenko"})
row("Oleksandr Marchenko", "citizen_of", "Ukraine", AS, {
    "03": "the Ukrainian chief engineer, Oleksandr Marchenko"})
row("Baie Maritime", "based_in", "Lomé", AS, {
    "03": "Baie Maritime, a company based in Lomé"})
row("Lomé", "capital_of", "Togo", AS, {
    "03": "Lomé, the Togolese capital"})
row("Idi Abbas", "head_of", "Nigerian Navy", AS, {
    "03": "Chief of the Naval Staff Vice Admiral Idi Abbas",
    "05": "Nigeria's Chief of the Naval Staff, Vice Admiral Idi Abbas"},
    role="Chief of the Naval Staff", alt_p=["works_for"])
row("Idi Abbas", "visited", "Calabar", AS, {
    "03": "who flew to Calabar on Sunday"})
row("Dayo Mobereola", "head_of", "Nigerian Maritime Administration and Safety Agency", AS, {
    "03": "Dayo Mobereola, director general of the Nigerian Maritime Administration and Safety Agency"},
    role="director general")
row("Nigeria", "signed_agreement_with", "Cameroon", AS, {
    "03": ("the Greentree Agreement, which the two countries signed in 2006", "2006")}, time="2006")
row("Nigeria", "party_to", "Greentree Agreement", AS, {
    "03": ("the Greentree Agreement, which the two countries signed in 2006", "2006")}, time="2006")
row("Cameroon", "party_to", "Greentree Agreement", AS, {
    "03": ("the Greentree Agreement, which the two countries signed in 2006", "2006")}, time="2006")
row("United Nations", "brokered", "Greentree Agreement", AS, {
    "03": ("signed in 2006 in a deal brokered by the United Nations", "2006")}, time="2006")
row("Cameroon", "took_control_of", "Bakassi peninsula", AS, {
    "03": ("Cameroon took full control of Bakassi in 2008", "2008"),
    "05": ("Cameroon, which took control of the Bakassi peninsula from Nigeria in 2008", "2008")},
    time="2008")
row("Benin", "supported", "Nigeria", AS, {
    "03": "Benin's navy said it had sent two patrol boats east to help Nigeria with the search"})
row("Togo", "supported", "Nigeria", PL, {
    "03": "Togo offered to share radar data with Nigeria"}, req=False, comment="an offer")
for c in ("Nigeria", "Cameroon", "Togo", "Benin"):
    row(c, "party_to", "Yaoundé Code of Conduct", AS, {
        "03": ("Nigeria, Cameroon, Togo and Benin are among the 25 West and Central African states that signed the Yaoundé Code of Conduct, a 2013 pact", "2013"),
        "05": ("which Nigeria, Benin, Togo and Cameroon signed with 21 other West and Central African states in 2013", "2013")},
        time="2013")
row("Omar Alieu Touray", "works_for", "Economic Community of West African States", AS, {
    "03": "ECOWAS Commission President Omar Alieu Touray",
    "05": "ECOWAS Commission President Omar Alieu Touray"},
    role="President of the ECOWAS Commission", alt_p=["head_of"])

# ===== cluster B, zzt05: Lomé patrol pact (newspaper, 2026-02-24)
for c in ("Nigeria", "Benin", "Togo"):
    row(c, "party_to", "Lomé Joint Patrol Agreement", AS, {
        "05": ("Nigeria, Benin and Togo signed an agreement in Lomé on Friday", "2026-02-20")},
        time="2026-02-20")
for a, b in (("Nigeria", "Benin"), ("Nigeria", "Togo"), ("Benin", "Togo")):
    row(a, "signed_agreement_with", b, AS, {
        "05": ("Nigeria, Benin and Togo signed an agreement in Lomé on Friday", "2026-02-20")},
        time="2026-02-20", comment="Lomé Joint Patrol Agreement")
row("Economic Community of West African States", "brokered", "Lomé Joint Patrol Agreement", AS, {
    "05": "The Lomé Joint Patrol Agreement, brokered by the Economic Community of West African States"})
row("Lomé", "located_in", "Togo", AS, {
    "05": "the Togolese port of Lomé"}, comment="also entailed by capital_of (03)")
row("Multinational Maritime Coordination Centre", "based_in", "Cotonou", AS, {
    "05": "the Multinational Maritime Coordination Centre in the Beninese city of Cotonou"})
row("Cotonou", "located_in", "Benin", AS, {
    "05": "the Beninese city of Cotonou"})
row("Idi Abbas", "visited", "Lomé", AS, {
    "05": "who travelled to Lomé for the ceremony"}, alt_o=["Togo"])
row("Faure Gnassingbé", "head_of", "Togo", AS, {
    "05": "Togo's President of the Council of Ministers, Faure Gnassingbé",
    "08": "Faure Gnassingbé, Togo's President of the Council of Ministers"},
    role="President of the Council of Ministers")
row("Faure Gnassingbé", "met_with", "Idi Abbas", AS, {
    "05": "later received Abbas and ECOWAS Commission President Omar Alieu Touray at his office"})
row("Faure Gnassingbé", "met_with", "Omar Alieu Touray", AS, {
    "05": "later received Abbas and ECOWAS Commission President Omar Alieu Touray at his office"})
row("Robert Dussey", "works_for", "Togo", AS, {
    "05": "Togolese Foreign Minister Robert Dussey told reporters",
    "08": "Togolese Foreign Minister Robert Dussey has not ruled out"}, role="foreign minister")
row("Bola Tinubu", "head_of", "Nigeria", AS, {
    "05": "President Bola Tinubu spoke by telephone",
    "08": "President Bola Tinubu, who telephoned Gnassingbé"}, role="president")
row("Bola Tinubu", "contacted", "Patrice Talon", AS, {
    "05": ("spoke by telephone with Benin's President Patrice Talon on Sunday", "2026-02-22")},
    time="2026-02-22")
row("Patrice Talon", "head_of", "Benin", AS, {
    "05": "Benin's President Patrice Talon on Sunday",
    "08": "Benin's President Patrice Talon did not travel to Lomé"}, role="president")
row("Nigeria", "supported", "Benin", PL, {
    "05": "Nigeria would give Benin two patrol boats for the new zone"})
row("Nigeria", "supported", "Benin", AS, {
    "05": ("since December, when Nigerian fighter jets helped Talon's government defeat an attempted coup", "2025-12")},
    time="2025-12", comment="military support against the December 2025 coup attempt")
row("Nigeria", "allied_with", "Benin", AS, {
    "05": "The two leaders have grown close since December"}, req=False, alt_s=["Bola Tinubu"],
    alt_o=["Patrice Talon"])
row("Niger", "party_to", "Lomé Joint Patrol Agreement", NE, {
    "05": "did not sign the agreement and was not invited to Lomé"})
row("Niger", "member_of", "Economic Community of West African States", NE, {
    "05": "Niger's military government left ECOWAS in January 2025",
    "08": "Niger quit the organisation in January 2025"},
    comment="left in January 2025; negated rows carry no time")
row("Mali", "member_of", "Economic Community of West African States", NE, {
    "05": "together with those of Mali and Burkina Faso"})
row("Burkina Faso", "member_of", "Economic Community of West African States", NE, {
    "05": "together with those of Mali and Burkina Faso"})
for c in ("Niger", "Mali", "Burkina Faso"):
    row(c, "member_of", "Alliance of Sahel States", AS, {
        "05": "the three countries now form the Alliance of Sahel States",
        "08": "the Alliance of Sahel States, which Niger formed with Mali and Burkina Faso"})
row("Togo", "candidate_for", "Alliance of Sahel States", HE, {
    "05": "it was \"not impossible\" that Togo could join the alliance",
    "08": "has not ruled out Togo joining the Alliance of Sahel States"},
    comment="polarity trap in 08: 'has not ruled out' is a possibility, not a negation")
row("Cameroon", "candidate_for", "Lomé Joint Patrol Agreement", RE, {
    "05": "has been invited to join the patrol area"})
row("Cameroon", "party_to", "Lomé Joint Patrol Agreement", NE, {
    "05": "but has not yet signed"})
row("Olushegun Adjadi Bakari", "works_for", "Benin", AS, {
    "05": "Benin's Foreign Minister Olushegun Adjadi Bakari",
    "08": "Benin's Foreign Minister Olushegun Adjadi Bakari"}, role="foreign minister")
row("Benin", "negotiating_with", "Niger", PL, {
    "05": "Benin would also seek talks with Niger"})

# ===== cluster B, zzt06: Lake Chad force (newspaper, 2026-03-15)
row("Islamic State West Africa Province", "attacked", "Marte base", RE, {
    "06": ("overran the Nigerian Army's Marte base in Borno State last Sunday", "2026-03-08")},
    time="2026-03-08")
row("Islamic State West Africa Province", "took_control_of", "Marte base", RE, {
    "06": ("overran the Nigerian Army's Marte base in Borno State last Sunday", "2026-03-08")},
    time="2026-03-08", comment="'overran'; retaken two days later")
row("Islamic State West Africa Province", "killed", "Ibrahim Sule", RE, {
    "06": ("killing at least 17 soldiers, including the base commander, Lt. Col. Ibrahim Sule", "2026-03-08")},
    time="2026-03-08")
row("Ibrahim Sule", "works_for", "Nigerian Army", AS, {
    "06": "the base commander, Lt. Col. Ibrahim Sule"}, role="base commander")
row("Marte base", "located_in", "Borno State", AS, {
    "06": "Marte base in Borno State"})
row("Nigerian Army", "took_control_of", "Marte base", RE, {
    "06": ("Nigerian troops retook the base on Tuesday", "2026-03-10")}, time="2026-03-10",
    alt_s=["Nigeria"])
row("Islamic State West Africa Province", "blockaded", "Marte", RE, {
    "06": "ISWAP had blockaded the town of Marte for weeks"})
row("Maiduguri", "capital_of", "Borno State", AS, {
    "06": "Maiduguri, the state capital"})
row("Fatima Bukar", "lives_in", "Maiduguri", AS, {
    "06": "a trader who lives in Maiduguri"})
row("Niger", "member_of", "Multinational Joint Task Force", NE, {
    "06": "Niger is no longer part of the task force"},
    comment="withdrew in March 2025; polarity trap 'no longer'")
row("Multinational Joint Task Force", "based_in", "N'Djamena", AS, {
    "06": "The force, headquartered in N'Djamena"})
row("N'Djamena", "capital_of", "Chad", AS, {
    "06": "N'Djamena, the Chadian capital"})
for c in ("Nigeria", "Chad", "Cameroon", "Benin"):
    row(c, "member_of", "Multinational Joint Task Force", AS, {
        "06": "still draws troops from Nigeria, Chad, Cameroon and Benin"})
row("Abdourahamane Tiani", "head_of", "Niger", AS, {
    "06": "Niger's military ruler, Gen. Abdourahamane Tiani",
    "08": "Niger's military leader, Gen. Abdourahamane Tiani"}, role="military ruler")
row("Abdourahamane Tiani", "criticized", "Nigeria", AS, {
    "06": "has accused Nigeria of letting French agents operate from its territory"},
    alt_s=["Niger"])
row("Nigeria", "criticized", "Abdourahamane Tiani", AS, {
    "06": "a charge Abuja has repeatedly rejected"}, req=False, alt_o=["Niger"],
    comment="'rejected claims of' (SCHEMA criticized)")
row("Niger", "member_of", "Lake Chad Basin Commission", AS, {
    "06": "it remains a member of the Lake Chad Basin Commission"})
row("Lake Chad Basin Commission", "based_in", "N'Djamena", AS, {
    "06": "which is also based in N'Djamena"})
row("Mahamat Idriss Déby", "head_of", "Chad", AS, {
    "06": "President Mahamat Idriss Déby threatened"}, role="president")
row("Mahamat Idriss Déby", "threatened", "Multinational Joint Task Force", AS, {
    "06": ("threatened in November 2024 to withdraw Chadian troops from the force", "2024-11")},
    time="2024-11", req=False, alt_s=["Chad"],
    comment="threat to withdraw; 'did not carry out the threat' does not negate the threat")
row("Boko Haram", "attacked", "Barkaram base", AS, {
    "06": ("Boko Haram fighters killed about 40 soldiers at the Barkaram base on the lake in late October 2024", "2024-10")},
    time="2024-10", alt_o=["Chad"])
row("Barkaram base", "located_in", "Lake Chad", AS, {
    "06": "the Barkaram base on the lake"}, req=False, comment="'the lake' is Lake Chad")
row("Olaniyi Adeyemi", "works_for", "Multinational Joint Task Force", AS, {
    "06": "Col. Olaniyi Adeyemi, a spokesman for the MNJTF"}, role="spokesman")
row("Chad", "attacked", "Boko Haram", RE, {
    "06": ("Chadian troops joined an offensive against Boko Haram around the lake last month", "2026-02")},
    time="2026-02")
row("Far North Region", "located_in", "Cameroon", AS, {
    "06": "Cameroon's Far North region"})
row("Far North Region", "borders", "Borno State", AS, {
    "06": "Cameroon's Far North region, which borders Borno State"})
row("Boko Haram", "attacked", "Far North Region", RE, {
    "06": "villagers report a rise in raids by Boko Haram"}, req=False)
row("Ambazonia", "seceded_from", "Cameroon", RE, {
    "06": ("armed groups declared in 2017 that a state they call Ambazonia had seceded from Cameroon", "2017")},
    time="2017", comment="a separatist declaration, recognized by no one")
row("Cameroon", "in_conflict_with", "Ambazonia", AS, {
    "06": "a separatist conflict in the English-speaking Northwest and Southwest regions"}, req=False)
row("Paul Biya", "head_of", "Cameroon", AS, {
    "06": "President Paul Biya, 93"}, role="president")
row("Islamic State West Africa Province", "in_conflict_with", "Boko Haram", AS, {
    "06": "the two groups have fought each other for control of islands in the lake"})
row("European Union", "supported", "Multinational Joint Task Force", AS, {
    "06": "The European Union has given the force more than 100 million euros"},
    comment="financial support")
row("Christopher Musa", "works_for", "Nigeria", AS, {
    "06": "Nigeria's Defence Minister Christopher Musa"}, role="defence minister")
row("Christopher Musa", "visited", "N'Djamena", PL, {
    "06": ("is due to travel to N'Djamena next month", "2026-04")}, time="2026-04", alt_o=["Chad"])
row("Chad", "gained_independence_from", "France", AS, {
    "06": ("Chad, which gained independence from France in 1960", "1960")}, time="1960")
row("Niger", "member_of", "Multinational Joint Task Force", HE, {
    "06": "The force could be stronger if Niger came back"}, req=False,
    comment="a condition, not a fact")

# ===== cluster B, zzt08: Benin-Niger border protocol (HTML, 2026-04-03)
row("Benin", "party_to", "Malanville Protocol", AS, {
    "08": ("Benin and Niger signed a protocol in Lomé on Wednesday", "2026-04-01")}, time="2026-04-01")
row("Niger", "party_to", "Malanville Protocol", AS, {
    "08": ("Benin and Niger signed a protocol in Lomé on Wednesday", "2026-04-01")}, time="2026-04-01")
row("Benin", "signed_agreement_with", "Niger", AS, {
    "08": ("Benin and Niger signed a protocol in Lomé on Wednesday", "2026-04-01")}, time="2026-04-01")
row("Faure Gnassingbé", "brokered", "Malanville Protocol", AS, {
    "08": "was brokered by Faure Gnassingbé"}, alt_s=["Togo"])
row("Malanville", "located_in", "Benin", AS, {
    "08": "the Beninese border town of Malanville"})
row("Benin", "negotiating_with", "Niger", AS, {
    "08": "who hosted months of quiet talks between the two governments"})
row("Ali Lamine Zeine", "head_of", "Niger", AS, {
    "08": "Niger's Prime Minister Ali Lamine Zeine"}, role="prime minister", alt_p=["works_for"])
row("Olushegun Adjadi Bakari", "met_with", "Ali Lamine Zeine", AS, {
    "08": "Ali Lamine Zeine met for an hour before signing the text"})
row("Patrice Talon", "visited", "Lomé", NE, {
    "08": "Benin's President Patrice Talon did not travel to Lomé"})
row("Abdourahamane Tiani", "visited", "Lomé", NE, {
    "08": "also stayed away from the Togolese capital"}, req=False)
row("Gaya", "located_in", "Niger", AS, {
    "08": "the Nigerien town of Gaya"})
row("Benin", "gained_independence_from", "France", AS, {
    "08": ("Both countries gained independence from France in 1960", "1960")}, time="1960")
row("Niger", "gained_independence_from", "France", AS, {
    "08": ("Both countries gained independence from France in 1960", "1960")}, time="1960")
row("Benin", "diplomatic_relations_with", "Niger", AS, {
    "08": "they never broke off diplomatic relations"},
    comment="polarity trap: 'never broke off' means relations exist")
row("Benin", "blockaded", "Niger", AS, {
    "08": ("Benin blocked the loading of Nigerien crude at the Sèmè terminal", "2024-05")},
    time="2024-05", comment="blocked Niger's crude exports")
row("Sèmè terminal", "located_in", "Benin", AS, {
    "08": "the Sèmè terminal in Benin"})
row("Niger", "criticized", "Benin", AS, {
    "08": "Niger's government responded by accusing Benin of hosting French troops"})
row("Benin", "criticized", "Niger", AS, {
    "08": "which Benin has denied"}, req=False, comment="'rejected claims of'")
row("Economic Community of West African States", "sanctioned", "Niger", AS, {
    "08": ("ECOWAS, which imposed sanctions on Niger in July 2023", "2023-07")}, time="2023-07")
row("Economic Community of West African States", "sanctioned", "Niger", NE, {
    "08": "has not sanctioned Niamey since"}, comment="lifted February 2024")
row("Nigeria", "sanctioned", "Niger", AS, {
    "08": ("cut power to its northern neighbour in August 2023 as part of the ECOWAS measures", "2023-08")},
    time="2023-08")
row("Niger", "imports_from", "Nigeria", AS, {
    "08": "Nigeria, which supplies most of Niger's electricity"}, commodity="electricity",
    alt_p=["trades_with"])
row("Nigeria", "borders", "Niger", AS, {
    "08": "its northern neighbour"})
row("Bola Tinubu", "contacted", "Faure Gnassingbé", AS, {
    "08": ("who telephoned Gnassingbé on Thursday to thank him", "2026-04-02")}, time="2026-04-02")
row("Nigeria", "trades_with", "Niger", AS, {
    "08": "Nigeria, Niger's largest trading partner in the region"})
row("Togo", "allied_with", "Niger", AS, {
    "05": "Togo has kept close ties with Niger's military government",
    "08": "Togo has remained one of Niger's closest partners on the coast"})
row("JNIM", "attacked", "Benin", AS, {
    "08": ("In April 2025, fighters from JNIM, al-Qaeda's affiliate in the Sahel, attacked army posts in Benin's W National Park", "2025-04")},
    time="2025-04", alt_o=["W National Park"])
row("JNIM", "member_of", "al-Qaeda", AS, {
    "08": "JNIM, al-Qaeda's affiliate in the Sahel"}, req=False)
row("W National Park", "located_in", "Benin", AS, {
    "08": "Benin's W National Park"})
row("Benin", "borders", "Niger", AS, {
    "08": "near the borders with Niger and Burkina Faso"})
row("Benin", "borders", "Burkina Faso", AS, {
    "08": "near the borders with Niger and Burkina Faso"})
row("Benin", "normalized_relations_with", "Niger", PL, {
    "08": "to restore full relations, including the return of ambassadors, by June"})

# ------------------------------------------------------------------ schema
ACT = {P, C, O}
PLACE = {CI, R, F}
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
    "met_with": (ACT, ACT),
    "visited": ({P, O}, {C, CI, R}),
    "negotiating_with": (ACT, ACT),
    "contacted": (ACT, ACT),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": (ACT, ACT),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (ACT, ACT),
    "diplomatic_relations_with": (ACT, ACT),
    "allied_with": (ACT, ACT),
    "recognizes": ({C}, {C}),
    "supported": (ACT, ACT | {R}),
    "criticized": (ACT, ACT),
    "threatened": (ACT, ACT),
    "sanctioned": (ACT, ACT),
    "in_conflict_with": (ACT | {R}, ACT | {R}),
    "attacked": (ACT, ACT | PLACE),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (ACT, ACT | PLACE),
    "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": (ACT, ACT),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
# states rather than events: never a time
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "allied_with", "diplomatic_relations_with"}
TIME_RE = re.compile(r"^(\d{3}|\d{4}(-\d{2}(-\d{2})?)?)$")


def norm(s):
    """kgscore's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def mentions(text, name):
    """Does name occur in text as a whole word or phrase (case-insensitive)?"""
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.I) is not None


def check(docs):
    errs = []
    ent = {}
    for name, typ, aliases in ENTITIES:
        if name in ent:
            errs.append(f"entity listed twice: {name}")
        ent[name] = (typ, aliases)
    # aliases: unique under kgscore's normalisation, each found in some body
    owner = {}
    bodies = [d.body for d in docs.values()]
    for name, (typ, aliases) in ent.items():
        for a in [name] + aliases:
            k = norm(a)
            if k in owner and owner[k] != name:
                errs.append(f"alias {a!r} of {name} collides with {owner[k]}")
            owner.setdefault(k, name)
        for a in aliases:
            if not any(mentions(b, a) for b in bodies):
                errs.append(f"alias {a!r} of {name} occurs in no body")
        if not any(mentions(b, x) for b in bodies for x in [name] + aliases):
            errs.append(f"entity {name} is named in no body")

    units = {}
    used_ents = set()
    for i, r in enumerate(ROWS):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['modality']})"
        s, p, o = r["s"], r["p"], r["o"]
        if p not in SIG:
            errs.append(f"{tag}: unknown predicate")
            continue
        if r["modality"] not in POLARITY:
            errs.append(f"{tag}: unknown modality")
            continue
        for e in [s, o] + (r["alt_s"] or []) + (r["alt_o"] or []):
            if e not in ent:
                errs.append(f"{tag}: unknown entity {e}")
        if errs and (s not in ent or o not in ent):
            continue
        used_ents.update([s, o] + (r["alt_s"] or []) + (r["alt_o"] or []))
        # types, for the main reading and every alternative one
        for pp in [p] + (r["alt_p"] or []):
            if pp not in SIG:
                errs.append(f"{tag}: unknown alt predicate {pp}")
                continue
            for ss in [s] + (r["alt_s"] or []):
                for oo in [o] + (r["alt_o"] or []):
                    if ss not in ent or oo not in ent:
                        continue
                    st, ot = ent[ss][0], ent[oo][0]
                    subj_ok, obj_ok = SIG[pp]
                    if not (st in subj_ok and ot in obj_ok):
                        errs.append(f"{tag}: types {st}->{ot} do not fit {pp} ({ss}, {oo})")
        # unit uniqueness
        pol = POLARITY[r["modality"]]
        a, b = s, o
        if p in SYMMETRIC and a > b:
            a, b = b, a
        u = (a, p, b, pol)
        if u in units:
            errs.append(f"{tag}: repeats the unit of row {units[u]}")
        units[u] = i
        # qualifiers
        if p in ("head_of", "works_for") and not r["role"]:
            errs.append(f"{tag}: no role")
        if p == "imports_from" and not r["commodity"]:
            errs.append(f"{tag}: no commodity")
        t = r["time"]
        if t is not None and not TIME_RE.match(t):
            errs.append(f"{tag}: bad time {t}")
        if t and p in STATIC:
            errs.append(f"{tag}: static fact with a time")
        if t and r["modality"] == "negated":
            errs.append(f"{tag}: negated row with a time")
        # evidence, document by document
        if not r["ev"]:
            errs.append(f"{tag}: no evidence")
        dated = False
        r["found"] = {}
        for k, ev in r["ev"].items():
            if k not in docs:
                errs.append(f"{tag}: unknown document {k}")
                continue
            d = docs[k]
            phrase, dt = (ev if isinstance(ev, tuple) else (ev, None))
            sent = next(((a0, b0, txt) for a0, b0, txt in d.sentences() if phrase in txt), None)
            if sent is None:
                errs.append(f"{tag}: evidence not inside one sentence of {d.name}: {phrase!r}")
                continue
            r["found"][k] = (phrase, dt, sent)
            for e in (s, o):
                typ, aliases = ent[e]
                if not any(mentions(d.body, x) for x in [e] + aliases):
                    errs.append(f"{tag}: {e} is not named in {d.name}")
            if dt is not None:
                if not t:
                    errs.append(f"{tag}: document time {dt} but no row time")
                elif not dt.startswith(t):
                    errs.append(f"{tag}: document time {dt} does not refine row time {t}")
                if d.style == "wire" and dt[:4] not in sent[2]:
                    errs.append(f"{tag}: wire time {dt} without the year in the sentence")
                dated = True
        if t and not dated:
            errs.append(f"{tag}: row time {t} that no evidence sentence gives")
    # every predicate used
    missing = set(SIG) - {r["p"] for r in ROWS}
    if missing:
        errs.append(f"predicates never used: {sorted(missing)}")
    unused = set(ent) - used_ents
    if unused:
        errs.append(f"entities in no row: {sorted(unused)}")
    return errs, ent


def note(r):
    parts = []
    if r["role"]:
        parts.append(f"role: {r['role']}")
    if r["commodity"]:
        parts.append(f"commodity: {r['commodity']}")
    for k in r["ev"]:
        phrase = r["found"][k][0]
        parts.append(f"{DOCS[k]}: '{phrase}'")
    if r["comment"]:
        parts.append(r["comment"])
    return "; ".join(parts)


def main():
    docs = {k: textutil.load(os.path.join(ROOT, "corpus", f)) for k, f in DOCS.items()}
    errs, ent = check(docs)
    if errs:
        for e in errs:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errs)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    ents = [{"name": n, "type": t, "aliases": a} for n, (t, a) in ent.items()]
    triples, stmts = [], []
    for r in ROWS:
        t = {"s": r["s"], "p": r["p"], "o": r["o"],
             "docs": [DOCS[k] for k in r["ev"]], "modality": r["modality"]}
        if r["time"]:
            t["time"] = r["time"]
        t["required"] = r["req"]
        for a in ("alt_s", "alt_p", "alt_o"):
            if r[a]:
                t[a] = r[a]
        t["note"] = note(r)
        triples.append(t)
        for k in r["ev"]:
            phrase, dt, (a0, b0, sent) = r["found"][k]
            d = docs[k]
            stmts.append({
                "subject": r["s"], "subject_type": ent[r["s"]][0],
                "predicate": r["p"],
                "object": r["o"], "object_type": ent[r["o"]][0],
                "modality": r["modality"], "time": dt or "",
                "role": r["role"] or "", "commodity": r["commodity"] or "",
                "confidence": 1.0, "source": "corpus/" + DOCS[k], "title": d.title,
                "published": d.published, "sentence": sent, "start": a0, "end": b0,
                "rule": "gold"})

    def dump(name, rows):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
            for x in rows:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
    dump("entities.jsonl", ents)
    dump("triples.jsonl", triples)
    dump("selfcheck_statements.jsonl", stmts)
    print(f"ok: {len(ents)} entities, {len(triples)} rows, {len(stmts)} statements")


if __name__ == "__main__":
    main()
