from lib import W, G, MS, WK, ALL, WE

# ---------------- extra hard negatives for workers that had few (added after the first validation run)
# w21 GNM nurse, Imphal
G("x21a", """Nurses wanted for reputed hospitals in Imphal 🏥
placement registration ₹10,000 (refundable after 6 months), salary 25k""",
  "caregiving/nursing aide", ["ANM/GNM staff nurse"], "Imphal", pay=25000, unit="month", scam=True,
  script="en", note="placement registration fee -> scam; otherwise grade 2 for w21")
G("x21b", """Nursing home at Imphal Keishampat needs GNM staff nurse, ₹9000 per month, night duty""",
  "caregiving/nursing aide", ["ANM/GNM staff nurse"], "Imphal", "Keishampat", pay=9000, unit="month",
  script="en", note="9000/15000 = 0.6 -> 0 (underpaid)")

# w31 appliance repair, Karimnagar
G("x31a", """కరీంనగర్ - కంపెనీ లో వాషింగ్ మెషీన్ టెక్నీషియన్ ఉద్యోగం
టూల్ కిట్ డిపాజిట్ ₹1500 కట్టాలి, విజిట్ కి ₹400""",
  "AC/appliance repair", ["washing machine repair"], "Karimnagar", pay=400, unit="task", per="visit",
  scam=True, script="te", note="toolkit deposit -> scam")
G("x31b", """Karimnagar Mankammathota lo kotha illu ki electrician kavali, wiring + fan fitting, roju 800""",
  "electrical", ["house wiring", "fan/light fitting"], "Karimnagar", "Mankammathota", pay=800, unit="day",
  script="te-Latn", note="same-locality decoy (electrical)")

# w30 rubber tapper, Kottayam
G("x30a", """Kottayam Kumaranalloor - rubber tapping, divasam 500 maathram""",
  "farm labour", ["rubber tapping"], "Kottayam", "Kumaranalloor", pay=500, unit="day", script="ml-Latn",
  note="500/800 = 0.63 -> 0 (underpaid)")
G("x30b", """കോട്ടയം നാഗമ്പടം ബേക്കറിയിൽ സെയിൽസ്മാനെ ആവശ്യമുണ്ട്, മാസം 13000""",
  "retail/sales", ["showroom/counter sales"], "Kottayam", "Nagampadam", pay=13000, unit="month",
  script="ml", note="same-locality decoy (retail)")

# w18 Sanskrit translator (remote)
G("x18a", """संस्कृत अनुवादक पैनल में नाम जुड़वाएं - ऑनलाइन काम रोज़
पैनल रजिस्ट्रेशन शुल्क ₹2100, ₹3 प्रति शब्द""",
  "translation", ["sanskrit-hindi translation"], None, remote=True, pay=3, unit="task", per="word",
  scam=True, script="hi", note="panel registration fee -> scam")
G("x18b", """Sanskrit to Hindi translation (Upanishad bhashya), remote, ₹1 per word, 25,000 words""",
  "translation", ["sanskrit-hindi translation"], None, remote=True, pay=1, unit="task", per="word",
  script="en", note="1/1.5 = 0.67 -> 0 (underpaid)")

# w37 Tally accountant, Agartala
G("x37a", """আগরতলা জি বি বাজারে দোকানে টালি অপারেটর চাই, মাসে ৯০০০""",
  "bookkeeping/accounting", ["tally bookkeeping"], "Agartala", "GB Bazar", pay=9000, unit="month",
  script="bn", note="9000/14000 = 0.64 -> 0 (underpaid)")
G("x37b", """Agartala Krishnanagar e medicine delivery boy lagbe, bike niye, 10000""",
  "delivery", ["medicine delivery"], "Agartala", "Krishnanagar", pay=10000, unit="month", script="bn-Latn",
  note="same-locality decoy (delivery)")

# w36 retired HR / payroll, Nashik
G("x36a", """नाशिक सिन्नर फाटा - कामगार कायदा ऑडिट, दर सोमवार आणि शुक्रवार, ₹1500 प्रति तास""",
  "HR consulting", ["labour law compliance"], "Nashik", "Sinnar Phata", pay=1500, unit="hour",
  days=["mon", "fri"], script="mr", note="Mon/Fri vs Tue/Thu/Sat: no overlap -> 0 (wrong days)")
G("x36b", """Campus hiring consultant for Nashik engineering college placements, ₹1200/hr, Tuesdays""",
  "HR consulting", ["campus hiring"], "Nashik", pay=1200, unit="hour", days=["tue"], script="en",
  note="talent subgroup not adjacent to policy/payroll -> 0")

# w28 silk weaver, Sualkuchi
G("x28a", """Banarasi silk handloom karigar chahiye, Varanasi Lohta, 15000 mahina""",
  "handloom/handicraft", ["handloom weaving (silk)"], "Varanasi", "Lohta", pay=15000, unit="month",
  script="hi-Latn", note="same skill, Varanasi unreachable for w28 (tabla teacher w16's town: family mismatch)")
G("x28b", """চুৱালকুছি - মুগা মেখেলা চাদৰ বোৱা, এযোৰত ১৫০০ টকা""",
  "handloom/handicraft", ["handloom weaving (silk)"], "Sualkuchi", pay=1500, unit="task",
  per="mekhela chador set", script="as", note="1500/2500 = 0.6 -> 0 (underpaid)")
