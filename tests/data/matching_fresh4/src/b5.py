from lib import W, G, MS, WK, ALL, WE

# ---------------- w23 library assistant, Shillong (English)
W("w23", """hello, Ibadahun Kharkongor here, from Shillong (Laitumkhrah)
BLISc done 2019, working 3 yrs as library asst in a school - KOHA, accession register, issue/return
want 12000 per month minimum
weekdays only pls (Saturday church + family)
Khasi, English, little Hindi""",
  "library/records", ["library assistant", "library cataloguing (KOHA)"], "Shillong", "Laitumkhrah",
  pay=12000, unit="month", days=WK, exp=3, langs=["Khasi", "English", "Hindi"], script="en",
  note="'BLISc 2019' is a year; weekdays -> mon-fri")

G("g23a", """Library Assistant — college library, Shillong (Mawlai)
₹14,000 pm, Mon–Sat 9 to 4""",
  "library/records", ["library assistant"], "Shillong", "Mawlai", pay=14000, unit="month", days=MS,
  script="en", note="Mon-Sat vs Mon-Fri: partial -> grade 1", want={"w23": 1})

G("g23b", """KOHA cataloguing for a school library, Shillong Laitumkhrah
₹13,000/month, Mon-Fri, 3 month contract""",
  "library/records", ["library cataloguing (KOHA)"], "Shillong", "Laitumkhrah", pay=13000, unit="month",
  days=WK, dates="3 months", script="en", want={"w23": 2})

G("g23c", """Record room digitisation - scanning & indexing of old files
Shillong Police Bazar office, ₹12,000/month, 6 months project""",
  "library/records", ["record room/file digitisation"], "Shillong", "Police Bazar", pay=12000,
  unit="month", dates="6 months", script="en", note="records subgroup adjacent to library -> 1",
  want={"w23": 1})

G("g23d", """Library assistant reqd Guwahati (Dispur) – 15k, KOHA knowledge""",
  "library/records", ["library assistant"], "Guwahati", "Dispur", pay=15000, unit="month", script="en",
  note="same trade, Guwahati unreachable for w23")

G("g23e", """Weekend library assistant – community library Shillong Jail Road
Sat & Sun only, ₹600 per day""",
  "library/records", ["library assistant"], "Shillong", "Jail Road", pay=600, unit="day", days=WE,
  script="en", note="weekend only vs Mon-Fri: no overlap -> 0 (wrong days)")

# ---------------- w24 ice factory worker, Paradip (Odia)
W("w24", """ନମସ୍କାର
ମୁଁ ଭଗବାନ ଦାସ, ପାରାଦୀପ ଫିସିଂ ହାରବର ପାଖରେ ରହେ
ବରଫ କାରଖାନାରେ 6 ବର୍ଷ କାମ କରିଛି - ବରଫ ବ୍ଲକ କାଢ଼ିବା, ଲୋଡିଂ, ପ୍ଲାଣ୍ଟ ସଫା
ମାସକୁ ୧୦୦୦୦ ଟଙ୍କାରୁ କମ ନୁହେଁ
ରାତି ସିଫ୍ଟ ଚଳିବ""",
  "factory labour", ["ice factory worker"], "Paradip", "fishing harbour", pay=10000, unit="month", exp=6,
  langs=["Odia"], script="or")

G("g24a", """ପାରାଦୀପ ବରଫ କାରଖାନା ପାଇଁ 4 ଜଣ ଶ୍ରମିକ ଦରକାର
ମାସିକ ୧୧୦୦୦ ଟଙ୍କା, ରହିବା ବ୍ୟବସ୍ଥା ଅଛି""",
  "factory labour", ["ice factory worker"], "Paradip", pay=11000, unit="month", slots=4, script="or",
  want={"w24": 2})

G("g24b", """Paradip fishing harbour ice plant - ice block loading worker chahiye, 450 per day""",
  "factory labour", ["ice factory worker"], "Paradip", "fishing harbour", pay=450, unit="day",
  script="hi-Latn", note="450/day = 11700/month", want={"w24": 2})

G("g24c", """Fish processing unit, Paradip – fish sorting/cleaning workers, 20 women, ₹9000/month""",
  "fishing", ["fish sorting/cleaning"], "Paradip", pay=9000, unit="month", slots=20, script="en",
  note="same harbour, different family (fishing) -> 0 for w24")

G("g24d", """କଟକ ଜଗତପୁର ବରଫ କାରଖାନାରେ କାମଲୋକ ଦରକାର, ମାସିକ ୧୨୦୦୦""",
  "factory labour", ["ice factory worker"], "Cuttack", "Jagatpur", pay=12000, unit="month", script="or",
  note="same trade, Cuttack unreachable for w24; poultry worker w04 lives in Jagatpur (family mismatch)")

G("g24e", """ପାରାଦୀପ ବରଫ ପ୍ଲାଣ୍ଟ - ହେଲପର ଦରକାର, ମାସିକ ୭୦୦୦""",
  "factory labour", ["ice factory worker"], "Paradip", pay=7000, unit="month", script="or",
  note="7000/10000 = 0.7 -> 0 (underpaid)")

# ---------------- w25 brick kiln moulder, Gaya (romanized Hindi / Magahi)
W("w25", """namaskar
hamar naam Shankar Manjhi, Gaya me Manpur taraf rehte hai
bhatta me eent pathne ka kaam 15 saal se, pura parivar karta hai
1000 eent ka 600 rupya se kam nahi
bahar Punjab UP ab nahi jayenge""",
  "factory labour", ["brick kiln moulding"], "Gaya", "Manpur", pay=600, unit="task", per="1000 bricks",
  exp=15, langs=["Hindi"], script="hi-Latn", note="piece rate per 1000 bricks; refuses Punjab/UP")

G("g25a", """गया - डोभी रोड ईंट भट्ठा पर पथेरा चाहिए
1000 ईंट पर ₹650, एडवांस मिलेगा
10 परिवार चाहिए""",
  "factory labour", ["brick kiln moulding"], "Gaya", "Dobhi road", pay=650, unit="task",
  per="1000 bricks", script="hi", note="10 families: not a number of people, slots 1", want={"w25": 2})

G("g25b", """Gaya Manpur side bhatta, eent pathai 500 per hazaar, jaldi aao""",
  "factory labour", ["brick kiln moulding"], "Gaya", "Manpur", pay=500, unit="task", per="1000 bricks",
  script="hi-Latn", note="'per hazaar' = per 1000 bricks; 500/600 = 0.83 -> 1", want={"w25": 1})

G("g25c", """भट्ठे पर ईंट लोडिंग-अनलोडिंग मजदूर चाहिए, गया चाकंद, 500 रोज""",
  "warehouse/loading", ["loading/unloading"], "Gaya", "Chakand", pay=500, unit="day", script="hi",
  note="same kiln, different family (loading) -> 0")

G("g25d", """ਲੁਧਿਆਣਾ ਦੇ ਭੱਠੇ ਤੇ ਪਥੇਰਾ ਪਰਿਵਾਰ ਚਾਹੀਦੇ, 1000 ਇੱਟ ਦਾ ₹800, ਰਹਿਣਾ ਮੁਫ਼ਤ""",
  "factory labour", ["brick kiln moulding"], "Ludhiana", pay=800, unit="task", per="1000 bricks",
  script="pa", note="same trade, Ludhiana (Punjab) refused")

G("g25e", """Gaya bhatta me kaam chahiye to naam likhwao, registration ₹1500 mistri ko do
1000 eent ka 700""",
  "factory labour", ["brick kiln moulding"], "Gaya", pay=700, unit="task", per="1000 bricks", scam=True,
  script="hi-Latn", note="registration fee -> scam")

# ---------------- w26 Amazon/Flipkart listing, Jalandhar (Gurmukhi)
W("w26", """ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ
ਮੇਰਾ ਨਾਂ ਹਰਪ੍ਰੀਤ ਕੌਰ, ਜਲੰਧਰ ਮਾਡਲ ਟਾਊਨ ਤੋਂ
Amazon ਤੇ Flipkart ਤੇ ਪ੍ਰੋਡਕਟ ਲਿਸਟਿੰਗ ਦਾ ਕੰਮ 3 ਸਾਲ ਤੋਂ - ਟਾਈਟਲ, bullet points, images upload, pricing
ਘਰੋਂ ਹੀ ਕੰਮ ਕਰਾਂਗੀ (work from home)
ਮਹੀਨੇ ਦੇ ₹12000 ਤੋਂ ਘੱਟ ਨਹੀਂ
ਪੰਜਾਬੀ, ਹਿੰਦੀ, English""",
  "e-commerce operations", ["amazon/flipkart product listing"], "Jalandhar", "Model Town", remote=True,
  pay=12000, unit="month", exp=3, langs=["Punjabi", "Hindi", "English"], script="pa")

G("g26a", """WFH Amazon listing executive for a sports goods seller (Jalandhar brand)
₹15,000/month, full time, good English must""",
  "e-commerce operations", ["amazon/flipkart product listing"], None, remote=True, pay=15000,
  unit="month", req=["English"], script="en", want={"w26": 2})

G("g26b", """Meesho catalog upload freelancer chahiye, ₹10 per SKU, 500 SKUs, online kaam""",
  "e-commerce operations", ["meesho catalog upload"], None, remote=True, pay=10, unit="task", per="SKU",
  script="hi-Latn", note="same listing subgroup -> 1; per SKU vs monthly: not compared", want={"w26": 1})

G("g26c", """Amazon PPC ads manager, remote, ₹20,000, ACoS reporting""",
  "e-commerce operations", ["amazon PPC ads"], None, remote=True, pay=20000, unit="month", script="en",
  note="ads subgroup not adjacent to listing -> 0")

G("g26d", """ਜਲੰਧਰ ਲੈਦਰ ਕੰਪਲੈਕਸ ਵਿੱਚ ਆਨਲਾਈਨ ਆਰਡਰ ਪੈਕਿੰਗ ਤੇ ਰਿਟਰਨ ਸੰਭਾਲਣ ਲਈ ਕੁੜੀ/ਮੁੰਡਾ ਚਾਹੀਦਾ
₹11,000 ਮਹੀਨਾ""",
  "e-commerce operations", ["marketplace order processing/returns"], "Jalandhar", "Leather Complex",
  pay=11000, unit="month", script="pa", note="orders adjacent (soft) + pay 0.92 (soft) -> 0")

G("g26e", """Amazon TASK job 💰💰 earn ₹2000-₹5000 daily from mobile
first deposit ₹500 to unlock tasks, WhatsApp now""",
  "e-commerce operations", ["amazon/flipkart product listing"], None, remote=True, pay=2000, pmax=5000,
  unit="day", scam=True, script="en", note="deposit to unlock tasks -> scam")

G("g26f", """Need freelancer for Shopify store setup (theme + 40 products), fixed ₹12,000, remote""",
  "web development", ["shopify store setup"], None, remote=True, pay=12000, unit="task", per="project",
  script="en", note="word trap for e-commerce: web development family -> 0 for w26")

# ---------------- w27 trekking guide, Manali (romanized Hindi)
W("w27", """Namaste ji 🏔️
main Dorje Negi, Old Manali me rehta hu, Kinnaur ka hu
trekking guide 6 saal - Hampta pass, Bhrigu lake, Beas kund, Chandratal
Kullu side bhi aa jata hu
din ka 1500 se kam nahi leta
Hindi, English, thodi Kinnauri""",
  "tourism", ["trekking guide"], "Manali", "Old Manali", travel=["Kullu"], pay=1500, unit="day", exp=6,
  langs=["Hindi", "English", "Kinnauri"], script="hi-Latn", note="from Kinnaur, lives in Manali")

G("g27a", """Hampta Pass batch 14-18 June 🏕️
need certified trek guide, Manali base
₹1800/day + tent & food
Hindi & English must""",
  "tourism", ["trekking guide"], "Manali", pay=1800, unit="day", req=["Hindi", "English"], dates="14-18 June", script="en",
  want={"w27": 2})

G("g27b", """कुल्लू से कसोल-खीरगंगा ट्रेक के लिए गाइड चाहिए, ₹1400 प्रति दिन, 2 रात 3 दिन""",
  "tourism", ["trekking guide"], "Kullu", pay=1400, unit="day", script="hi",
  note="1400/1500 -> grade 1", want={"w27": 1})

G("g27c", """River rafting guide Manali (Beas), ₹1200/day, rescue cert must""",
  "tourism", ["river rafting guide"], "Manali", pay=1200, unit="day", script="en",
  note="adventure subgroup not adjacent -> 0")

G("g27d", """Dharamshala McLeodganj - Triund trek guide chahiye, 1600 per day""",
  "tourism", ["trekking guide"], "Dharamshala", "McLeodganj", pay=1600, unit="day", script="hi-Latn",
  note="same trade, Dharamshala unreachable")

G("g27e", """Manali Beas Kund trek, guide chahiye 3 din ke liye, 2000 per day, group of 12""",
  "tourism", ["trekking guide"], "Manali", pay=2000, unit="day", dates="3 days", script="hi-Latn",
  note="group of 12 trekkers is not slots", want={"w27": 2})

G("g27f", """Homestay caretaker (cook + cleaning) Old Manali, 12000 + room, April to Oct""",
  "tourism", ["homestay caretaker"], "Manali", "Old Manali", pay=12000, unit="month", dates="April-Oct",
  script="en", note="same family and locality, stay subgroup -> 0")

# ---------------- w28 silk handloom weaver, Sualkuchi (Assamese)
W("w28", """নমস্কাৰ
মই ৰূপালী কলিতা, চুৱালকুছিত থাকোঁ
১২ বছৰ ধৰি পাট-মুগাৰ তাঁত বৈ আছোঁ, মেখেলা চাদৰ, গামোচা
গুৱাহাটীলৈকো যাব পাৰোঁ
এযোৰ মেখেলা চাদৰৰ বাবে ২৫০০ টকাৰ কম নলওঁ""",
  "handloom/handicraft", ["handloom weaving (silk)"], "Sualkuchi", travel=["Guwahati"], pay=2500,
  unit="task", per="mekhela chador set", exp=12, langs=["Assamese"], script="as")

G("g28a", """চুৱালকুছিত পাট-মুগা তাঁতী লাগে
এযোৰ মেখেলা চাদৰত ৩০০০ টকা, সূতা আমাৰ""",
  "handloom/handicraft", ["handloom weaving (silk)"], "Sualkuchi", pay=3000, unit="task",
  per="mekhela chador set", script="as", want={"w28": 2})

G("g28b", """Silk handloom weaver needed at our Guwahati (Bhetapara) workshop
₹12,000/month, Mon-Sat""",
  "handloom/handicraft", ["handloom weaving (silk)"], "Guwahati", "Bhetapara", pay=12000, unit="month",
  days=MS, script="en", note="monthly vs per set: not comparable -> 2", want={"w28": 2})

G("g28c", """চুৱালকুছি - কপাহী গামোচা বোৱাৰ বাবে তাঁতী লাগে, প্ৰতি গামোচা ১৫০ টকা""",
  "handloom/handicraft", ["handloom weaving (cotton)"], "Sualkuchi", pay=150, unit="task", per="gamosa",
  script="as", note="cotton: same loom subgroup (soft); per gamosa not comparable -> 1", want={"w28": 1})

G("g28d", """Bamboo & cane craft artisans for Guwahati export order, ₹600/day, 15 people""",
  "handloom/handicraft", ["bamboo/cane craft"], "Guwahati", pay=600, unit="day", slots=15, script="en",
  note="craft subgroup -> 0")

G("g28e", """শান্তিপুরে তাঁতি চাই, শাড়ি প্রতি ৮০০ টাকা""",
  "handloom/handicraft", ["handloom weaving (cotton)"], "Shantipur", pay=800, unit="task", per="saree",
  script="bn", note="unreachable (Nadia, West Bengal)")
