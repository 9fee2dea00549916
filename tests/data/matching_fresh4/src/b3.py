from lib import W, G, MS, WK, ALL, WE

# ---------------- w11 POP false ceiling, Gorakhpur (romanized Hindi) -- covered trade
W("w11", """Namaste sir ji
Mai Arvind Nishad, Gorakhpur (Rustampur) me rehta hu
POP false ceiling aur gypsum board ka kaam 8 saal se, design wala bhi bana leta hu
Lucknow ya bahar nahi jaunga, Gorakhpur me hi
din ka 850 se kam nahi
Sunday ko chutti""",
  "masonry/construction", ["POP/gypsum false ceiling"], "Gorakhpur", "Rustampur", pay=850, unit="day",
  days=MS, exp=8, langs=["Hindi"], script="hi-Latn")

G("g11a", """गोरखपुर गोलघर शोरूम में POP फॉल्स सीलिंग का काम
2 कारीगर चाहिए, ₹900 रोज़, 10 दिन का काम""",
  "masonry/construction", ["POP/gypsum false ceiling"], "Gorakhpur", "Golghar", pay=900, unit="day",
  slots=2, dates="10 days", script="hi", want={"w11": 2})

G("g11b", """Gypsum false ceiling mistri reqd, Gorakhpur Medical College road
new hospital building, 25000 per month, Mon-Sat""",
  "masonry/construction", ["POP/gypsum false ceiling"], "Gorakhpur", "Medical College road", pay=25000,
  unit="month", days=MS, script="en", note="25000/month vs 850/day: 1.13", want={"w11": 2})

G("g11c", """Sunday ko 1 din ka POP repair kaam hai, Gorakhpur Taramandal, 1000 rupay""",
  "masonry/construction", ["POP/gypsum false ceiling"], "Gorakhpur", "Taramandal", pay=1000, unit="day",
  days=["sun"], script="hi-Latn", note="Sunday only vs Mon-Sat: no overlap -> 0 (wrong days)")

G("g11d", """लखनऊ गोमती नगर - POP सीलिंग कारीगर चाहिए, 1000 रोज़, रहना कंपनी का""",
  "masonry/construction", ["POP/gypsum false ceiling"], "Lucknow", "Gomti Nagar", pay=1000, unit="day",
  script="hi", note="same trade, Lucknow refused")

G("g11e", """Gorakhpur Rustampur - naye makan me plaster ka mistri chahiye, 800 roz""",
  "masonry/construction", ["plastering"], "Gorakhpur", "Rustampur", pay=800, unit="day", script="hi-Latn",
  note="worker's own locality, but plastering (mason) is not adjacent to ceiling -> 0")

G("g11f", """POP ceiling helper cum karigar, Gorakhpur Betiahata, 700/day, saato din kaam""",
  "masonry/construction", ["POP/gypsum false ceiling"], "Gorakhpur", "Betiahata", pay=700, unit="day",
  days=ALL, script="hi-Latn", note="pay 0.82 (soft) + partial days (soft) -> 0")

G("g11g", """गोरखपुर तारामंडल 3 BHK फ्लैट - पूरा POP सीलिंग ठेका
₹40 प्रति sq ft लेबर रेट""",
  "masonry/construction", ["POP/gypsum false ceiling"], "Gorakhpur", "Taramandal", pay=40, unit="task",
  per="sq ft", script="hi", note="per sq ft vs day rate: not comparable -> 2", want={"w11": 2})

# ---------------- w12 aluminium window fitter, Kozhikode (Malayalam)
W("w12", """നമസ്കാരം
ഞാൻ ഷിഹാബ്, കോഴിക്കോട് മാവൂർ റോഡിൽ താമസം
അലുമിനിയം വിൻഡോ, പാർട്ടീഷൻ, സ്ലൈഡിംഗ് ഡോർ ഫിറ്റിംഗ് 6 വർഷം
ദിവസം 900 രൂപ വേണം
കോഴിക്കോട് മാത്രം, വേറെ ജില്ല പോകില്ല
മലയാളം, കുറച്ച് ഹിന്ദി""",
  "fabrication", ["aluminium window/partition fitting"], "Kozhikode", "Mavoor Road", pay=900, unit="day",
  exp=6, langs=["Malayalam", "Hindi"], script="ml")

G("g12a", """കോഴിക്കോട് നടക്കാവ് - അലുമിനിയം ഫാബ്രിക്കേഷൻ ഫിറ്റർ ആവശ്യമുണ്ട്
ദിവസം ₹1000 (negotiable), ഉടൻ ജോയിൻ ചെയ്യാം
വിളിക്കുക 98470 31562""",
  "fabrication", ["aluminium window/partition fitting"], "Kozhikode", "Nadakkavu", pay=1000, unit="day", neg=True,
  script="ml", want={"w12": 2})

G("g12b", """Toughened glass partition fitter venam – Kozhikode Palayam
divasam ₹950, office interior pani, 2 aazhcha""",
  "fabrication", ["toughened glass fitting"], "Kozhikode", "Palayam", pay=950, unit="day",
  script="ml-Latn", note="glass adjacent to aluminium -> grade 1", want={"w12": 1})

G("g12c", """Kannur il aluminium window fitting work und, divasam 1100, food undu""",
  "fabrication", ["aluminium window/partition fitting"], "Kannur", pay=1100, unit="day", script="ml-Latn",
  note="same trade, Kannur refused ('other district no')")

G("g12d", """SS railing fabricator wanted Kozhikode Beach road, 1000/day, welding must""",
  "fabrication", ["SS railing fabrication"], "Kozhikode", "Beach road", pay=1000, unit="day", script="en",
  note="steel subgroup not adjacent to aluminium -> 0")

G("g12e", """അലുമിനിയം സെക്ഷൻ ജോലി - കോഴിക്കോട് മെഡിക്കൽ കോളേജ് ഭാഗം
മാസം 26000 ശമ്പളം, ഞായർ അവധി""",
  "fabrication", ["aluminium window/partition fitting"], "Kozhikode", "Medical College", pay=26000,
  unit="month", days=MS, script="ml", note="26000/month = 1000/day", want={"w12": 2})

G("g12f", """Waiter/steward needed – family restaurant, Kozhikode Mavoor Road. ₹14000 + food + tips""",
  "hospitality", ["waiter/steward"], "Kozhikode", "Mavoor Road", pay=14000, unit="month", script="en",
  note="same-locality decoy (hospitality)")

# ---------------- w13 jewellery polisher, Coimbatore (Tamil)
W("w13", """வணக்கம்
என் பெயர் முருகேசன், கோவை செல்வபுரத்தில் இருக்கேன்
நகை பாலிஷ் வேலை 10 வருஷம் அனுபவம் - தங்கம், வெள்ளி, ரோடியம் பாலிஷ்
மாசம் 15000 வேணும்
ஞாயிறு லீவு
தமிழ் மட்டும் தெரியும்""",
  "jewellery", ["jewellery polishing"], "Coimbatore", "Selvapuram", pay=15000, unit="month", days=MS,
  exp=10, langs=["Tamil"], script="ta", note="Kovai = Coimbatore")

G("g13a", """கோவை ஆர்.எஸ்.புரம் நகை பட்டறையில் பாலிஷ் வேலைக்கு ஆள் தேவை
மாதம் ₹16,000
திங்கள் – சனி, காலை 9.30 முதல் இரவு 7 வரை""",
  "jewellery", ["jewellery polishing"], "Coimbatore", "R.S. Puram", pay=16000, unit="month", days=MS,
  script="ta", want={"w13": 2})

G("g13b", """Selvapuram la jewellery polish ku aal venum, 13000 salary, Sunday leave""",
  "jewellery", ["jewellery polishing"], "Coimbatore", "Selvapuram", pay=13000, unit="month", days=MS,
  script="ta-Latn", note="13000/15000 = 0.87 -> grade 1", want={"w13": 1})

G("g13c", """Stone setting karigar venum – Kovai Big Bazaar Street
maasam ₹18,000, Mon-Sat""",
  "jewellery", ["stone setting"], "Coimbatore", "Big Bazaar Street", pay=18000, unit="month", days=MS,
  script="ta-Latn", note="making subgroup adjacent to polish -> grade 1", want={"w13": 1})

G("g13d", """தங்க நகை பாலிஷ் - கோவை ஒப்பணக்கார வீதி
சம்பளம் 16000, வாரம் 7 நாளும் வேலை""",
  "jewellery", ["jewellery polishing"], "Coimbatore", "Oppanakara Street", pay=16000, unit="month",
  days=ALL, script="ta", note="all 7 days vs Mon-Sat: partial -> grade 1", want={"w13": 1})

G("g13e", """തൃശ്ശൂർ സ്വർണ്ണാഭരണ കടയിൽ പോളിഷിംഗ് ജോലിക്കാരനെ ആവശ്യമുണ്ട്, ശമ്പളം 17000""",
  "jewellery", ["jewellery polishing"], "Thrissur", pay=17000, unit="month", script="ml",
  note="same trade, Thrissur unreachable")

G("g13f", """Veetla irundhe jewellery polish pannalam!! Kovai
per piece 40 rupees, kit deposit ₹3500 kattunga, kit courier la varum""",
  "jewellery", ["jewellery polishing"], "Coimbatore", pay=40, unit="task", per="piece", scam=True,
  script="ta-Latn", note="kit deposit -> scam")

# ---------------- w14 saree draper, Durgapur (Bengali)
W("w14", """নমস্কার দিদি
আমি মৌমিতা পাল, দুর্গাপুর বেনাচিতিতে থাকি
৫ বছর ধরে শাড়ি ড্রেপিং করি - বিয়ে, অন্নপ্রাশন, পুজো, বাঙালি স্টাইল, গুজরাটি স্টাইল সব
আসানসোল অবধি যেতে পারি
একজনকে শাড়ি পরাতে ৪০০ টাকা নিই, কমে হবে না
বাংলা, হিন্দি""",
  "beauty", ["saree draping"], "Durgapur", "Benachity", travel=["Asansol"], pay=400, unit="task",
  per="person", exp=5, langs=["Bengali", "Hindi"], script="bn")

G("g14a", """দুর্গাপুর সিটি সেন্টারে বিয়েবাড়ি
১২ জনকে শাড়ি পরাতে হবে, জন প্রতি ৫০০ টাকা
১৮ ফেব্রুয়ারি বিকেল ৪টে""",
  "beauty", ["saree draping"], "Durgapur", "City Centre", pay=500, unit="task", per="person",
  dates="18 Feb", script="bn", note="12 guests are clients, not slots", want={"w14": 2})

G("g14b", """Asansol e biye (Burnpur road), 2 March
bride ar mayer saree draping, fixed ₹3000 dujoner""",
  "beauty", ["saree draping"], "Asansol", "Burnpur road", pay=3000, unit="task", per="booking",
  dates="2 March", script="bn-Latn", note="per booking vs per person: not comparable -> 2", want={"w14": 2})

G("g14c", """দুর্গাপুর - ব্রাইডাল মেকআপ আর্টিস্ট চাই, প্রতি কনে ৮০০০ টাকা""",
  "beauty", ["bridal makeup"], "Durgapur", pay=8000, unit="task", per="bride", script="bn",
  note="makeup subgroup not adjacent to draping -> 0")

G("g14d", """Durgapur A-Zone, sangeet function
saree draping ₹300 per person, 20 ladies""",
  "beauty", ["saree draping"], "Durgapur", "A-Zone", pay=300, unit="task", per="person",
  script="en", note="300/400 = 0.75 exactly -> grade 1", want={"w14": 1})

G("g14e", """কলকাতা বেহালা - শাড়ি ড্রেপার চাই, প্রতি জন ৬০০""",
  "beauty", ["saree draping"], "Kolkata", "Behala", pay=600, unit="task", per="person", script="bn",
  note="same trade, Kolkata unreachable")

G("g14f", """দুর্গাপুর বেনাচিতি - ক্লাস ৬-৮ এর অঙ্ক টিউশন টিচার চাই, মাসে ৩০০০""",
  "tutoring", ["maths tuition (class 6-10)"], "Durgapur", "Benachity", pay=3000, unit="month",
  script="bn", note="same-locality decoy (tutoring)")

# ---------------- w15 kathak teacher, Raipur (Hindi Devanagari)
W("w15", """नमस्ते 🙏
मैं श्वेता वर्मा, रायपुर शंकर नगर से
कथक में विशारद हूं, 9 साल से बच्चों को सिखा रही हूं
ऑनलाइन क्लास भी ले लेती हूं
सिर्फ शनिवार रविवार फ्री रहती हूं
₹500 प्रति घंटा से कम नहीं""",
  "tutoring", ["kathak classes"], "Raipur", "Shankar Nagar", remote=True, pay=500, unit="hour", days=WE,
  exp=9, langs=["Hindi"], script="hi")

G("g15a", """रायपुर अवंति विहार के CBSE स्कूल में वीकेंड कथक टीचर चाहिए
शनिवार-रविवार 3 घंटे, ₹600 प्रति घंटा""",
  "tutoring", ["kathak classes"], "Raipur", "Avanti Vihar", pay=600, unit="hour", days=WE, script="hi",
  want={"w15": 2})

G("g15b", """Online Kathak teacher for NRI kids (US/UK)
Sat & Sun mornings IST, ₹800/hour, Zoom""",
  "tutoring", ["kathak classes"], None, remote=True, pay=800, unit="hour", days=WE, script="en",
  want={"w15": 2})

G("g15c", """Raipur Telibandha dance academy me Kathak teacher chahiye
Mon to Fri shaam 5-7, 700 per hour""",
  "tutoring", ["kathak classes"], "Raipur", "Telibandha", pay=700, unit="hour", days=WK,
  script="hi-Latn", note="weekdays vs weekend-only: no overlap -> 0 (wrong days)")

G("g15d", """रायपुर - बॉलीवुड डांस इंस्ट्रक्टर, हर शनिवार, ₹500/घंटा""",
  "tutoring", ["bollywood/freestyle dance classes"], "Raipur", pay=500, unit="hour", days=["sat"],
  script="hi", note="same dance subgroup -> grade 1", want={"w15": 1})

G("g15e", """बिलासपुर में कथक शिक्षिका चाहिए, रविवार, 700 रुपये घंटा""",
  "tutoring", ["kathak classes"], "Bilaspur", pay=700, unit="hour", days=["sun"], script="hi",
  note="same trade, Bilaspur unreachable for w15")

G("g15f", """Raipur Shankar Nagar - bachche ke liye tabla teacher, Sat-Sun, 500/hr""",
  "tutoring", ["tabla lessons"], "Raipur", "Shankar Nagar", pay=500, unit="hour", days=WE,
  script="hi-Latn", note="music subgroup not adjacent to dance -> 0 for w15; Raipur unreachable for w16")

# ---------------- w16 tabla/harmonium teacher, Varanasi (romanized Hindi)
W("w16", """Pranam
Naam Shivnath Mishra, Varanasi Assi ghat ke paas
tabla aur harmonium sikhata hu 20 saal se, BHU se sangeet me MA
online bhi sikha sakta hu (zoom/whatsapp video)
350 rupaye ghanta
umar 52""",
  "tutoring", ["tabla lessons", "harmonium lessons"], "Varanasi", "Assi", remote=True, pay=350,
  unit="hour", exp=20, langs=["Hindi"], age=52, script="hi-Latn")

G("g16a", """Online harmonium classes for beginner (adult), 2 classes a week
₹400 per hour, Hindi speaking teacher preferred""",
  "tutoring", ["harmonium lessons"], None, remote=True, pay=400, unit="hour", script="en",
  note="'preferred' is not a requirement", want={"w16": 2})

G("g16b", """वाराणसी सिगरा में 2 बच्चों के लिए तबला टीचर घर पर चाहिए
₹400 प्रति घंटा, हफ्ते में 3 दिन""",
  "tutoring", ["tabla lessons"], "Varanasi", "Sigra", pay=400, unit="hour", script="hi",
  note="'2 children' is not slots; '3 days a week' names no days", want={"w16": 2})

G("g16c", """Guitar teacher chahiye Varanasi Lanka, 500/hr, beginners""",
  "tutoring", ["guitar lessons"], "Varanasi", "Lanka", pay=500, unit="hour", script="hi-Latn",
  note="same music subgroup -> grade 1", want={"w16": 1})

G("g16d", """वाराणसी के निजी स्कूल में संगीत शिक्षक (तबला) चाहिए
वेतन 14000 मासिक, सुबह 8 से 2""",
  "tutoring", ["tabla lessons"], "Varanasi", pay=14000, unit="month", script="hi",
  note="cross-unit: 14000/month = 67/hour vs 350/hour -> 0 (underpaid)")

G("g16e", """Prayagraj Civil Lines, tabla sir chahiye ghar pe, 450 per hour""",
  "tutoring", ["tabla lessons"], "Prayagraj", "Civil Lines", pay=450, unit="hour", script="hi-Latn",
  note="same trade offline, Prayagraj unreachable")

G("g16f", """Online tabla tutor needed for 12 yr old, ₹250 per hour, weekends""",
  "tutoring", ["tabla lessons"], None, remote=True, pay=250, unit="hour", days=WE, script="en",
  note="250/350 = 0.71 -> 0 for w16; wrong trade for w15 (music vs dance)")
