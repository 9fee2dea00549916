from common import W, G, MS, WD, ALL, WE

# ---------------- w25 potter, Bankura (Bengali script)
W("w25", "নমস্কার\nআমি গোপাল কুম্ভকার, পাঁচমুড়া, বাঁকুড়া\nচাকে মাটির কাজ – হাঁড়ি, টেরাকোটা ঘোড়া, প্রদীপ – ছোট থেকে, ২২ বছর\nমাসে ৮০০০ টাকা হলে চলবে\nবাংলা",
  "handicraft", ["pottery (wheel)", "terracotta craft"], "Bankura", "Panchmura", pay=8000, unit="month", exp=22,
  langs=["Bengali"], note="Bengali script + digits; village Panchmura in Bankura district")
G("w25a", "বাঁকুড়া – টেরাকোটা ওয়ার্কশপে কারিগর চাই। মাসে ৯০০০ টাকা। থাকার ব্যবস্থা আছে।", "handicraft", ["terracotta craft"],
  "Bankura", None, pay=9000, unit="month")
G("w25b", "Diwali order – 20,000 mati-r prodip, Bishnupur (Bankura). Rs 2 per piece, chake korte hobe", "handicraft",
  ["pottery (wheel)"], "Bankura", "Bishnupur", pay=2, unit="task", per="piece",
  note="romanized Bengali; per piece vs monthly not compared -> grade 2; 20,000 is quantity")
G("w25c", "Baluchari saree tant-shilpi (handloom weaver) chai, Bishnupur, Bankura, 10000 mashe", "handicraft",
  ["handloom weaving"], "Bankura", "Bishnupur", pay=10000, unit="month", note="weaving not adjacent to pottery -> 0")
G("w25d", "Potter wanted for a studio in Kumartuli, Kolkata – 12,000/month", "handicraft", ["pottery (wheel)"], "Kolkata",
  "Kumartuli", pay=12000, unit="month", note="other city -> 0")

# ---------------- w26 handloom weaver, Erode (Tamil script)
W("w26", "வணக்கம்\nநான் செல்வி, கைத்தறி நெசவு 18 வருஷம்\nகாட்டன் சேலை, பெட்ஷீட்\nசென்னிமலை, ஈரோடு\nஒரு நாளைக்கு ₹450 வேணும்\nதமிழ்",
  "handicraft", ["handloom weaving"], "Erode", "Chennimalai", pay=450, unit="day", exp=18, langs=["Tamil"],
  note="Tamil script; Chennimalai is in Erode district")
G("w26a", "ஈரோடு சென்னிமலை கைத்தறி சங்கத்துக்கு நெசவாளர்கள் தேவை – 5 பேர். நாள் கூலி ₹500.", "handicraft", ["handloom weaving"],
  "Erode", "Chennimalai", pay=500, unit="day", slots=5)
G("w26b", "Powerloom operator needed Erode Veerappanchatram, 12 hr shift, 550/day", "handicraft", ["powerloom operation"],
  "Erode", "Veerappanchatram", pay=550, unit="day", note="same weaving subgroup -> grade 1")
G("w26c", "Handloom bedsheet weavers Erode, 400 per day", "handicraft", ["handloom weaving"], "Erode", None, pay=400,
  unit="day", note="0.89 -> grade 1")
G("w26d", "Kanchipuram silk handloom weaver wanted, 700/day", "handicraft", ["handloom weaving"], "Kanchipuram", None,
  pay=700, unit="day", note="other town -> 0")

# ---------------- w27 yoga instructor, Mysuru (English + Kannada romanized)
W("w27", "Namaskara 🧘‍♀️\nKavya Hegde, certified yoga teacher (RYT-500), Hatha & Ashtanga\n7 yrs teaching, Gokulam, Mysore\nonline classes also ok (Zoom)\nmin ₹700 per class\nmornings only, Mon–Sat\nKannada, English",
  "sports/fitness coaching", ["yoga instruction"], "Mysuru", "Gokulam", remote=True, pay=700, unit="task", per="class",
  days=MS, exp=7, langs=["Kannada", "English"], note="Mysore alias")
G("w27a", "Yoga teacher for morning batch at apartment clubhouse, Vijayanagar Mysuru, Mon/Wed/Fri, ₹800 per class",
  "sports/fitness coaching", ["yoga instruction"], "Mysuru", "Vijayanagar", pay=800, unit="task", per="class",
  days=["mon", "wed", "fri"])
G("w27b", "Online yoga instructor for NRI group (US evening = India morning), Zoom, ₹600/class, Sat-Sun",
  "sports/fitness coaching", ["yoga instruction"], None, None, remote=True, pay=600, unit="task", per="class", days=WE,
  note="pay 0.857 + partial days (sun) -> two soft mismatches -> 0")
G("w27c", "ಮೈಸೂರು ಸರಸ್ವತಿಪುರಂ – ಯೋಗ ಶಿಕ್ಷಕಿ ಬೇಕು, ತಿಂಗಳಿಗೆ ₹20,000, ಬೆಳಿಗ್ಗೆ 6–9", "sports/fitness coaching",
  ["yoga instruction"], "Mysuru", "Saraswathipuram", pay=20000, unit="month", note="Kannada script; month vs per class not compared -> 2")
G("w27d", "Gym trainer for Kuvempunagar gym, Mysuru, 15k", "sports/fitness coaching", ["gym training"], "Mysuru",
  "Kuvempunagar", pay=15000, unit="month", note="gym subgroup not adjacent to yoga -> 0")
G("w27e", "Yoga instructor at Rishikesh retreat, 30k + stay", "sports/fitness coaching", ["yoga instruction"], "Rishikesh",
  None, pay=30000, unit="month", note="other city -> 0")

# ---------------- w28 cricket coach, Muzaffarpur (Hinglish)
W("w28", "Namaskar sir\nRahul Kumar Singh, cricket coach – BCCI level A certificate\nbihar U-19 khel chuka hu, 6 saal se coaching\nMuzaffarpur, Aghoria Bazar\n15000 mahina min\nsubah shaam dono batch le sakta\nhindi, english",
  "sports/fitness coaching", ["cricket coaching"], "Muzaffarpur", "Aghoria Bazar", pay=15000, unit="month", exp=6,
  langs=["Hindi", "English"])
G("w28a", "मुजफ्फरपुर में क्रिकेट अकादमी के लिए कोच चाहिए। वेतन ₹18,000 महीना। सुबह 6 से 9।", "sports/fitness coaching",
  ["cricket coaching"], "Muzaffarpur", None, pay=18000, unit="month")
G("w28b", "School cricket coach, Muzaffarpur (Mithanpura), evening 3-6, 12000 pm", "sports/fitness coaching",
  ["cricket coaching"], "Muzaffarpur", "Mithanpura", pay=12000, unit="month", note="0.8 -> grade 1")
G("w28c", "Swimming coach reqd for summer camp, Muzaffarpur, 20k", "sports/fitness coaching", ["swimming coaching"],
  "Muzaffarpur", None, pay=20000, unit="month", note="swimming not adjacent to cricket -> 0")
G("w28d", "Cricket coach wanted in Patna Rajendra Nagar academy, 20000", "sports/fitness coaching", ["cricket coaching"],
  "Patna", "Rajendra Nagar", pay=20000, unit="month", note="other city -> 0")

# ---------------- w29 gym trainer, Chandigarh (romanized Punjabi)
W("w29", "sat sri akal paaji 💪\nAmanpreet Sidhu, gym trainer, K11 certified\nweight loss, strength, personal training – 4 saal\nSector 22 Chandigarh rehnda haan, Mohali vi aa sakda\n18000 mahina ton ghatt nahi\npunjabi, hindi, english",
  "sports/fitness coaching", ["gym training"], "Chandigarh", "Sector 22", pay=18000, unit="month", exp=4,
  langs=["Punjabi", "Hindi", "English"], note="Mohali not a listed city -> dropped")
G("w29a", "Gym trainer reqd Sector 35 Chd, 20k + PT incentive, 6 am–12 pm", "sports/fitness coaching", ["gym training"],
  "Chandigarh", "Sector 35", pay=20000, unit="month", note="Chd alias; incentive not pay")
G("w29b", "Personal trainer for a client at home, Sector 8 Chandigarh, ₹700 per session", "sports/fitness coaching",
  ["gym training"], "Chandigarh", "Sector 8", pay=700, unit="task", per="session", note="task vs month not compared -> 2")
G("w29c", "ਜਿਮ ਟ੍ਰੇਨਰ ਚਾਹੀਦਾ, ਚੰਡੀਗੜ੍ਹ ਸੈਕਟਰ 44, ਤਨਖਾਹ 15000", "sports/fitness coaching", ["gym training"], "Chandigarh",
  "Sector 44", pay=15000, unit="month", note="Gurmukhi; 0.83 -> grade 1")
G("w29d", "Gym equipment delivery + fitting boys, Chandigarh Industrial Area, 500/day", "delivery", ["parcel delivery"],
  "Chandigarh", "Industrial Area", pay=500, unit="day", note="word trap: gym in a delivery post")
G("w29e", "Gym trainer Ludhiana Sarabha Nagar, 22k", "sports/fitness coaching", ["gym training"], "Ludhiana", "Sarabha Nagar",
  pay=22000, unit="month", note="other city -> 0")

# ---------------- w30 electrician, Cuttack (English/Hinglish, Odia romanized bits)
W("w30", "namaskar\nBiswajit Behera, electrican, house wiring, MCB/DB fitting, fan light\n11 years\nBadambadi, Cuttack\nroj 700 minimum\nSunday chhuti\nOdia, Hindi",
  "electrical", ["house wiring", "MCB/DB installation", "fan/light fitting"], "Cuttack", "Badambadi", pay=700, unit="day",
  days=MS, exp=11, langs=["Odia", "Hindi"], note="typo electrican")
G("w30a", "Electrician needed for new 3 BHK wiring at Link Road, Cuttack. 750 per day, approx 12 days, Mon-Sat",
  "electrical", ["house wiring"], "Cuttack", "Link Road", pay=750, unit="day", days=MS, note="3 BHK is not slots")
G("w30b", "Cuttack CDA Sector 9 – inverter + MCB fitting ka kaam, 650 roj", "electrical",
  ["inverter installation", "MCB/DB installation"], "Cuttack", "CDA Sector 9", pay=650, unit="day", note="0.93 -> grade 1")
G("w30c", "Industrial panel wiring electrician, Jagatpur industrial estate Cuttack, 20k", "electrical",
  ["industrial panel wiring"], "Cuttack", "Jagatpur", pay=20000, unit="month", note="industrial not adjacent -> 0")
G("w30d", "House wiring electrician Bhubaneswar Patia, 800/day", "electrical", ["house wiring"], "Bhubaneswar", "Patia",
  pay=800, unit="day", note="Bhubaneswar is another city -> 0")

# ---------------- w31 plumber, Karimnagar (romanized Telugu)
W("w31", "namaskaram sir\nnaa peru Raju, plumber ni\nbathroom fitting, CPVC line, motor fitting – 9 years\nKarimnagar lo untanu (Mankammathota)\nWarangal ki kuda vastanu\nroju ki 800 kavali\nTelugu, Hindi konchem",
  "plumbing", ["bathroom fitting", "CPVC/PVC pipeline", "water pump/motor fitting"], "Karimnagar", "Mankammathota",
  travel=["Warangal"], pay=800, unit="day", exp=9, langs=["Telugu", "Hindi"])
G("w31a", "Karimnagar – kotha illu ki CPVC pipeline & bathroom fittings, 900/day, 8 days work", "plumbing",
  ["CPVC/PVC pipeline", "bathroom fitting"], "Karimnagar", None, pay=900, unit="day")
G("w31b", "వరంగల్ – అపార్ట్‌మెంట్ మోటార్ ఫిట్టింగ్ పని కోసం ప్లంబర్ కావాలి. రోజుకు ₹750.", "plumbing", ["water pump/motor fitting"],
  "Warangal", None, pay=750, unit="day", note="via travel; 0.94 -> grade 1")
G("w31c", "Fire sprinkler pipeline fitter, Karimnagar mall project, 1000/day", "plumbing", ["fire sprinkler pipeline"],
  "Karimnagar", None, pay=1000, unit="day", note="fire subgroup not adjacent -> 0")
G("w31d", "Plumber for leak repair & geyser, Karimnagar Jyothinagar, 600 per day", "plumbing", ["leak repair", "geyser installation"],
  "Karimnagar", "Jyothinagar", pay=600, unit="day", note="adjacent skill + pay 0.75 -> two soft mismatches -> 0")
G("w31e", "Plumber reqd Hyderabad Madhapur, 1000/day", "plumbing", ["bathroom fitting"], "Hyderabad", "Madhapur", pay=1000,
  unit="day", note="not in travel list -> 0")

# ---------------- w32 tile fitter, Bhilai (Devanagari Hindi)
W("w32", "राम राम भैया\nहम दिनेश साहू, टाइल्स मिस्त्री\nफ्लोर टाइल, बाथरूम वॉल टाइल, ग्रेनाइट भी – 13 साल\nसुपेला, भिलाई में रहते हैं\nरायपुर भी चले जाते हैं\nरेट 25 रुपये स्क्वायर फीट\nहिंदी, छत्तीसगढ़ी",
  "masonry/construction", ["tile fitting"], "Bhilai", "Supela", travel=["Raipur"], pay=25, unit="task", per="sq ft", exp=13,
  langs=["Hindi", "Chhattisgarhi"])
G("w32a", "भिलाई, स्मृति नगर – 2 BHK में फ्लोर टाइल लगवाना है, 1100 sq ft, ₹28 प्रति स्क्वायर फीट", "masonry/construction",
  ["tile fitting"], "Bhilai", "Smriti Nagar", pay=28, unit="task", per="sq ft", note="2 BHK and 1100 sq ft are distractor numbers")
G("w32b", "Raipur Shankar Nagar – bathroom wall tiles, 22 rs per sq ft", "masonry/construction", ["tile fitting"], "Raipur",
  "Shankar Nagar", pay=22, unit="task", per="sq ft", note="via travel; 0.88 -> grade 1")
G("w32c", "Plaster mistri chahiye Bhilai sector 6, 700 roj", "masonry/construction", ["plastering"], "Bhilai", "Sector 6",
  pay=700, unit="day", note="same mason subgroup -> adjacent; per day vs per sq ft not compared -> grade 1")
G("w32d", "POP false ceiling karigar, Bhilai Nehru Nagar, 45 per sq ft", "masonry/construction", ["POP/gypsum false ceiling"],
  "Bhilai", "Nehru Nagar", pay=45, unit="task", per="sq ft", note="ceiling subgroup not adjacent -> 0")
G("w32e", "Tile fitter for showroom, Nagpur Sadar, 30/sqft", "masonry/construction", ["tile fitting"], "Nagpur", "Sadar",
  pay=30, unit="task", per="sq ft", note="other city -> 0")
