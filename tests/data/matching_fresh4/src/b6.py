from lib import W, G, MS, WK, ALL, WE

# ---------------- w29 apple orchard labour, Shimla (romanized Hindi/Nepali)
W("w29", """namaste sahib
mero naam Bishnu Thapa, Nepal ka hu, abhi Shimla Dhalli me room hai
seb ke bageeche me 8 saal se - tudaai, grading, packing, pruning bhi
Kotkhai Jubbal tak chala jaunga
700 din + khana
season me saato din kaam""",
  "farm labour", ["apple picking/grading", "orchard pruning"], "Shimla", "Dhalli",
  travel=["Kotkhai", "Jubbal"], pay=700, unit="day", days=ALL, exp=8, langs=["Nepali", "Hindi"],
  script="hi-Latn", note="from Nepal, lives in Shimla")

G("g29a", """ढली, शिमला - सेब ग्रेडिंग पैकिंग के लिए 5 लड़के चाहिए
₹800 रोज़ + खाना, अगस्त-सितंबर
नए लड़के भी चलेंगे""",
  "farm labour", ["apple picking/grading"], "Shimla", "Dhalli", pay=800, unit="day", slots=5, minexp=0,
  dates="Aug-Sept", script="hi", want={"w29": 2})

G("g29b", """Kotkhai apple orchard me tudaai ke liye log chahiye 🍎
₹900 din ka, rehna milega, 20 July se""",
  "farm labour", ["apple picking/grading"], "Kotkhai", pay=900, unit="day", dates="from 20 July",
  script="hi-Latn", want={"w29": 2})

G("g29c", """Shimla Sanjauli side bageecha, apple picking ke liye 500/day""",
  "farm labour", ["apple picking/grading"], "Shimla", "Sanjauli", pay=500, unit="day", script="hi-Latn",
  note="500/700 = 0.71 -> 0 (underpaid)")

G("g29d", """रिकांग पिओ (किन्नौर) सेब बगीचे में मजदूर चाहिए, ₹850 रोज़""",
  "farm labour", ["apple picking/grading"], "Reckong Peo", pay=850, unit="day", script="hi",
  note="same trade, Kinnaur unreachable")

G("g29f", """Jubbal orchard pruning work Dec-Jan, 750/day, khana rehna""",
  "farm labour", ["orchard pruning"], "Jubbal", pay=750, unit="day", dates="Dec-Jan", script="hi-Latn",
  want={"w29": 2})

# ---------------- w30 rubber tapper, Kottayam (Malayalam)
W("w30", """നമസ്കാരം
ഞാൻ ജോസഫ്, കോട്ടയം നാഗമ്പടത്ത് താമസം
റബ്ബർ ടാപ്പിംഗ് 20 വർഷം
ദിവസം 800 രൂപ കുറഞ്ഞത്
ഞായർ ഒഴികെ എല്ലാ ദിവസവും
വയസ്സ് 55""",
  "farm labour", ["rubber tapping"], "Kottayam", "Nagampadam", pay=800, unit="day", days=MS, exp=20,
  langs=["Malayalam"], age=55, script="ml")

G("g30a", """കോട്ടയം - 600 മരം ടാപ്പിംഗ് ചെയ്യാൻ ആളെ വേണം
ദിവസം ₹900, രാവിലെ 5 മണിക്ക് തുടങ്ങണം""",
  "farm labour", ["rubber tapping"], "Kottayam", pay=900, unit="day", script="ml",
  note="600 trees is not pay", want={"w30": 2})

G("g30b", """Kottayam Manarcad estate il tapping inu aal venam, 650 per day""",
  "farm labour", ["rubber tapping"], "Kottayam", "Manarcad", pay=650, unit="day", script="ml-Latn",
  note="650/800 = 0.81 -> 1", want={"w30": 1})

G("g30c", """Pala il rubber tapping inu aale venam, divasam ₹1000, 500 maram""",
  "farm labour", ["rubber tapping"], "Pala", pay=1000, unit="day", script="ml-Latn",
  note="same trade, Pala not in w30's reach")

G("g30d", """കോട്ടയം കഞ്ഞിക്കുഴി - ഏലം പറിക്കാൻ ആളെ വേണം, ദിവസം 850""",
  "farm labour", ["cardamom picking"], "Kottayam", "Kanjikuzhy", pay=850, unit="day", script="ml",
  note="same plantation subgroup -> 1", want={"w30": 1})

G("g30e", """ഞായറാഴ്ച മാത്രം ടാപ്പിംഗ്, കോട്ടയം, ദിവസം 1000""",
  "farm labour", ["rubber tapping"], "Kottayam", pay=1000, unit="day", days=["sun"], script="ml",
  note="Sunday only vs Mon-Sat -> 0 (wrong days)")

# ---------------- w31 washing machine / fridge repair, Karimnagar (Telugu) -- covered trade
W("w31", """నమస్కారం సార్
నా పేరు రాజేష్, కరీంనగర్ మంకమ్మతోట
వాషింగ్ మెషీన్, ఫ్రిజ్ రిపేర్ 5 ఏళ్ళు, LG Samsung Whirlpool అన్నీ
ఒక విజిట్ కి 300 కంటే తక్కువ కాదు
తెలుగు, హిందీ""",
  "AC/appliance repair", ["washing machine repair", "refrigerator repair"], "Karimnagar", "Mankammathota",
  pay=300, unit="task", per="visit", exp=5, langs=["Telugu", "Hindi"], script="te")

G("g31a", """కరీంనగర్ సర్వీస్ సెంటర్ కి వాషింగ్ మెషీన్ టెక్నీషియన్ కావాలి
ఒక్కో విజిట్ కి ₹350 + పెట్రోల్""",
  "AC/appliance repair", ["washing machine repair"], "Karimnagar", pay=350, unit="task", per="visit",
  script="te", want={"w31": 2})

G("g31b", """Karimnagar Jyothinagar lo fridge repair technician kavali, jeetham ₹15,000 + petrol allowance, salary negotiable""",
  "AC/appliance repair", ["refrigerator repair"], "Karimnagar", "Jyothinagar", pay=15000, unit="month", neg=True,
  script="te-Latn", note="monthly vs per visit: not comparable -> 2", want={"w31": 2})

G("g31c", """Karimnagar AC gas charging technician chahiye, per AC 1200""",
  "AC/appliance repair", ["AC gas charging"], "Karimnagar", pay=1200, unit="task", per="AC unit",
  script="hi-Latn", note="same cooling subgroup as refrigerator repair -> 1", want={"w31": 1})

G("g31d", """వరంగల్ హనుమకొండ - వాషింగ్ మెషీన్ రిపేర్ టెక్నీషియన్, విజిట్ కి ₹400""",
  "AC/appliance repair", ["washing machine repair"], "Warangal", "Hanamkonda", pay=400, unit="task",
  per="visit", script="te", note="same trade, Warangal unreachable")

G("g31e", """RO purifier service boy, Karimnagar, per visit 200""",
  "AC/appliance repair", ["RO purifier service"], "Karimnagar", pay=200, unit="task", per="visit",
  script="en", note="same appliance subgroup (soft) + pay 0.67 -> 0")

# ---------------- w32 bridal makeup, Jammu (English/Hinglish) -- covered trade
W("w32", """Hii 💄 Simran here, Jammu (Gandhi Nagar)
professional bridal makeup artist, 5 yrs, HD + airbrush
can travel to Katra / Udhampur also
bridal only, min 12000 per bride
Dogri, Hindi, Punjabi, English""",
  "beauty", ["bridal makeup"], "Jammu", "Gandhi Nagar", travel=["Katra", "Udhampur"], pay=12000,
  unit="task", per="bride", exp=5, langs=["Dogri", "Hindi", "Punjabi", "English"], script="en")

G("g32a", """Bridal makeup artist needed – wedding at Jammu Trikuta Nagar, 24 Nov
budget ₹15,000 (HD)""",
  "beauty", ["bridal makeup"], "Jammu", "Trikuta Nagar", pay=15000, unit="task", per="bride",
  dates="24 Nov", script="en", want={"w32": 2})

G("g32b", """Katra me destination wedding hai, bride + 2 party makeup, 18000 total package""",
  "beauty", ["bridal makeup", "party makeup"], "Katra", pay=18000, unit="task", per="booking",
  script="hi-Latn", note="per booking vs per bride: not comparable -> 2", want={"w32": 2})

G("g32c", """Bridal makeup, Jammu Bakshi Nagar, ₹9000 per bride, 2 Dec morning""",
  "beauty", ["bridal makeup"], "Jammu", "Bakshi Nagar", pay=9000, unit="task", per="bride",
  dates="2 Dec", script="en", note="9000/12000 = 0.75 -> grade 1", want={"w32": 1})

G("g32d", """श्रीनगर राजबाग में शादी - ब्राइडल मेकअप आर्टिस्ट चाहिए, ₹20,000""",
  "beauty", ["bridal makeup"], "Srinagar", "Rajbagh", pay=20000, unit="task", per="bride", script="hi",
  note="same trade, Srinagar unreachable for w32")

G("g32e", """Jammu Gandhi Nagar mehendi artist chahiye, dulhan + 15 ladies, 6000""",
  "beauty", ["mehendi"], "Jammu", "Gandhi Nagar", pay=6000, unit="task", per="booking", script="hi-Latn",
  note="same locality, mehendi subgroup -> 0")

# ---------------- w33 nail technician, Panaji (English)
W("w33", """hey! I'm Ashley Fernandes from Panaji (Campal) 💅
nail technician 4 yrs – gel, acrylic extensions, nail art
salon job or freelance, min 18000/month
Mapusa also ok
Konkani, English, Hindi""",
  "beauty", ["nail art/extensions"], "Panaji", "Campal", travel=["Mapusa"], pay=18000, unit="month", exp=4,
  langs=["Konkani", "English", "Hindi"], script="en")

G("g33a", """Nail technician wanted — salon in Panaji (Miramar)
₹20,000 + commission, Wednesday off
min 2 yrs experience""",
  "beauty", ["nail art/extensions"], "Panaji", "Miramar", pay=20000, unit="month", minexp=2,
  days=["mon", "tue", "thu", "fri", "sat", "sun"], script="en", want={"w33": 2})

G("g33b", """Mapusa salon me nail artist chahiye, 17000 fixed""",
  "beauty", ["nail art/extensions"], "Mapusa", pay=17000, unit="month", script="hi-Latn",
  note="17000/18000 -> 1", want={"w33": 1})

G("g33c", """Manicure-pedicure staff for spa, Panaji Dona Paula, 18000""",
  "beauty", ["manicure/pedicure"], "Panaji", "Dona Paula", pay=18000, unit="month", script="en",
  note="same salon subgroup -> 1", want={"w33": 1})

G("g33d", """Margao salon – nail tech, ₹22,000, Konkani must""",
  "beauty", ["nail art/extensions"], "Margao", pay=22000, unit="month", req=["Konkani"], script="en",
  note="Margao is not Panaji and not in w33's travel list -> 0")

G("g33e", """💅 NAIL ART COURSE + GUARANTEED JOB 💅 Panaji
course fee ₹4,999 only, earn 25k per month after""",
  "beauty", ["nail art/extensions"], "Panaji", pay=25000, unit="month", scam=True, script="en",
  note="paid course for a 'job' -> scam")

# ---------------- w34 NEET chemistry tutor, Kota (Hindi Devanagari) -- covered trade
W("w34", """नमस्ते
मैं अंकित जैन, कोटा (तलवंडी) में रहता हूं
NEET और 11-12 केमिस्ट्री पढ़ाता हूं, कोचिंग में 6 साल का अनुभव
ऑनलाइन भी पढ़ा सकता हूं
₹1200 प्रति घंटा
सोमवार से शनिवार""",
  "tutoring", ["chemistry tuition (class 11-12/NEET)"], "Kota", "Talwandi", remote=True, pay=1200,
  unit="hour", days=MS, exp=6, langs=["Hindi"], script="hi", note="'11-12' is a class range")

G("g34a", """कोटा इंद्रा विहार कोचिंग में NEET केमिस्ट्री फैकल्टी चाहिए
₹1500 प्रति घंटा, कम से कम 3 साल NEET पढ़ाने का अनुभव""",
  "tutoring", ["chemistry tuition (class 11-12/NEET)"], "Kota", "Indra Vihar", pay=1500, unit="hour", minexp=3,
  script="hi", want={"w34": 2})

G("g34b", """Online NEET organic chemistry doubt sessions, ₹1000/hr, Mon-Fri evenings""",
  "tutoring", ["chemistry tuition (class 11-12/NEET)"], None, remote=True, pay=1000, unit="hour",
  days=WK, script="en", note="1000/1200 = 0.83 -> 1", want={"w34": 1})

G("g34c", """JEE physics teacher chahiye Kota Landmark City, 1500/hr""",
  "tutoring", ["physics tuition (class 11-12/JEE)"], "Kota", "Landmark City", pay=1500, unit="hour",
  script="hi-Latn", note="same senior subgroup -> 1", want={"w34": 1})

G("g34d", """NEET chemistry faculty, Sikar (Piprali road), ₹1.5 lakh per month""",
  "tutoring", ["chemistry tuition (class 11-12/NEET)"], "Sikar", "Piprali road", pay=150000,
  unit="month", script="en", note="Sikar unreachable; '1.5 lakh' = 150000")

G("g34e", """कोटा - कक्षा 8 विज्ञान ट्यूशन, घर पर, ₹400 घंटा""",
  "tutoring", ["science tuition (class 6-10)"], "Kota", pay=400, unit="hour", script="hi",
  note="school subgroup -> 0")
