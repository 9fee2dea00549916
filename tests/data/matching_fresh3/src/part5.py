from common import W, G, MS, WD, ALL

# ---------------- C9. Electrician, Karimnagar ----------------
EL = "electrical"
W("elec", "te-Latn", "namaskaram, na peru Ravi, Karimnagar lo untanu (Mankammathota)\nhouse wiring, MCB board, fan light fitting anni chestha\n8 years experience\nroju ki 800 kavali\nWarangal ki kuda vastha\nSunday off",
  EL, ["house wiring", "MCB/DB installation", "fan/light fitting"], "Karimnagar", "Mankammathota", travel=["Warangal"],
  minpay=800, unit="day", days=MS, exp=8, langs=["Telugu"])
G("elec_p1", "te-Telu", "కరీంనగర్ లో కొత్త ఇంటికి వైరింగ్ పని ఉంది, 2BHK, రోజుకు ₹900, సుమారు 10 రోజులు",
  EL, ["house wiring"], "Karimnagar", None, pay=900, unit="day", note="2BHK is a distractor", want={"elec": 2})
G("elec_p2", "en", "House wiring + fan/light fitting electrician for new villas, Hanamkonda (Warangal). 22,000 pm, Mon-Sat.",
  EL, ["house wiring", "fan/light fitting"], "Warangal", "Hanamkonda", pay=22000, unit="month", days=MS,
  note="22000/26 = 846 >= 800", want={"elec": 2})
G("elec_p3", "te-Latn", "Karimnagar Jyothinagar lo MCB DB board fitting ki electrician kavali, roju 700",
  EL, ["MCB/DB installation"], "Karimnagar", "Jyothinagar", pay=700, unit="day", note="0.875 -> grade 1", want={"elec": 1})
G("elec_n1", "hi-Latn", "Karimnagar granite factory me industrial panel wiring electrician chahiye, 25000",
  EL, ["industrial panel wiring"], "Karimnagar", None, pay=25000, unit="month", note="industrial subgroup -> 0")
G("elec_n2", "te-Telu", "కరీంనగర్ లో ఇన్వర్టర్ ఫిట్టింగ్ చేసేవాళ్ళు కావాలి, రోజుకు ₹650",
  EL, ["inverter installation"], "Karimnagar", None, pay=650, unit="day",
  note="same domestic subgroup (soft) + 650/800 = 0.81 (soft) -> 0")

# ---------------- C10. Kerala cook, Thrissur ----------------
CK = "cooking"
W("cook", "ml-Mlym", "ഹലോ, ഞാൻ സുലോചന, തൃശ്ശൂർ, പൂങ്കുന്നം\nവീട്ടിൽ പാചകം – കേരള ഭക്ഷണം, സദ്യ, നോൺ വെജ്\n15 വർഷം\nമാസം 14000 രൂപ വേണം\nരാവിലെ 7 മുതൽ 2 വരെ\nഞായർ അവധി",
  CK, ["kerala cooking"], "Thrissur", "പൂങ്കുന്നം", minpay=14000, unit="month", days=MS, exp=15, langs=["Malayalam"])
G("cook_p1", "ml-Mlym", "തൃശ്ശൂർ അയ്യന്തോൾ, 4 പേരുള്ള വീട്ടിൽ പാചകത്തിന് ആളെ വേണം. ശമ്പളം ₹15,000. തിങ്കൾ–ശനി.",
  CK, ["kerala cooking"], "Thrissur", "അയ്യന്തോൾ", pay=15000, unit="month", days=MS,
  note="4 family members is not slots", want={"cook": 2})
G("cook_n1", "en", "Cook for elderly couple, Kuriachira, Thrissur – Kerala food, 12,000/month, all 7 days",
  CK, ["kerala cooking"], "Thrissur", "Kuriachira", pay=12000, unit="month", days=ALL,
  note="0.857 (soft) + all 7 days vs mon-sat (soft) -> 0")
G("cook_n2", "ml-Latn", "Thrissur il catering unit il bulk cooking nu aale venam, sadya 500 per, divasam 700",
  CK, ["bulk catering cooking"], "Thrissur", None, pay=700, unit="day", note="commercial subgroup -> 0")
G("cook_n3", "en", "Home cook – Kerala style – Kakkanad, Kochi, 18000",
  CK, ["kerala cooking"], "Kochi", "Kakkanad", pay=18000, unit="month", note="Kochi not feasible -> 0")
G("cook_p2", "ml-Mlym", "തൃശ്ശൂർ, ഉച്ചഭക്ഷണം ടിഫിൻ ആയി തയ്യാറാക്കാൻ ആളെ വേണം, ₹14,000, തിങ്കൾ മുതൽ വെള്ളി വരെ",
  CK, ["tiffin cooking"], "Thrissur", None, pay=14000, unit="month", days=WD,
  note="tiffin: same home subgroup -> grade 1", want={"cook": 1})
G("cook_p3", "en", "Need a cook who knows Kerala veg & non-veg, Thrissur East Fort, 16,000 pm, 6 days a week",
  CK, ["kerala cooking"], "Thrissur", "East Fort", pay=16000, unit="month", note="'6 days' without names -> null", want={"cook": 2})
G("cook_d1", "ml-Mlym", "തൃശ്ശൂർ റൗണ്ടിലെ ജ്വല്ലറിയിലേക്ക് സെയിൽസ്മാൻ വേണം, ശമ്പളം 13000",
  "retail/sales", ["showroom/counter sales"], "Thrissur", "റൗണ്ട്", pay=13000, unit="month", note="decoy: jewellery sales in Thrissur")

# ---------------- C11. Elder care attendant, Mangaluru ----------------
CG = "caregiving/nursing aide"
W("elder", "en", "Hello. My name is Joyce D'Souza, 44, from Mangalore (Kankanady). I have 9 years experience as home attendant for elderly and bedridden patients – feeding, diaper change, bed bath. Live-in or 12 hour duty. Expect 18,000 per month minimum. Languages: Konkani, Kannada, English, Tulu.",
  CG, ["elderly care attendant", "bedridden patient care"], "Mangaluru", "Kankanady", minpay=18000, unit="month",
  exp=9, langs=["Konkani", "Kannada", "English", "Tulu"], age=44)
G("elder_p1", "en", "Live-in attendant for my 86 yr old mother (bedridden), Bejai, Mangaluru. ₹20,000 + food & stay. Konkani speaking preferred.",
  CG, ["bedridden patient care"], "Mangaluru", "Bejai", pay=20000, unit="month",
  note="age 86 is a distractor; Konkani preferred is not a requirement", want={"elder": 2})
G("elder_p2", "kn-Knda", "ಮಂಗಳೂರು ಕದ್ರಿಯಲ್ಲಿ ಹಿರಿಯರ ಆರೈಕೆಗೆ 12 ಗಂಟೆ ಡ್ಯೂಟಿ, ದಿನಕ್ಕೆ ₹650",
  CG, ["elderly care attendant"], "Mangaluru", "ಕದ್ರಿ", pay=650, unit="day", note="650*26 = 16900 / 18000 = 0.939 -> grade 1", want={"elder": 1})
G("elder_p3", "kn-Knda", "ಮಂಗಳೂರು ಕೊಡಿಯಾಲ್‌ಬೈಲ್ – ಇಂಜೆಕ್ಷನ್, ಗಾಯದ ಡ್ರೆಸ್ಸಿಂಗ್ ಮಾಡಲು ಹೋಮ್ ನರ್ಸ್ ಬೇಕು, ತಿಂಗಳಿಗೆ ₹20,000–22,000",
  CG, ["home nursing (injections/dressing)"], "Mangaluru", "ಕೊಡಿಯಾಲ್‌ಬೈಲ್", pay=20000, pmax=22000, unit="month",
  note="nursing adjacent to elder -> grade 1", want={"elder": 1})
G("elder_n1", "en", "Japa maid / newborn care, Mangaluru (Falnir), 40 days, ₹20,000",
  CG, ["japa/newborn care"], "Mangaluru", "Falnir", pay=20000, unit="month", note="newborn subgroup -> 0")
G("elder_n2", "kn-Latn", "Udupi alli vayassada ajjige care madoke hengasu beku, 20000 sambala",
  CG, ["elderly care attendant"], "Udupi", None, pay=20000, unit="month", note="Udupi not feasible -> 0")
G("elder_n3", "en", "Ward boy / GDA for hospital, Mangaluru (Attavar), ₹13,000",
  CG, ["ward boy/GDA"], "Mangaluru", "Attavar", pay=13000, unit="month", note="hospital subgroup not adjacent to elder -> 0")

# ---------------- C12. Delivery rider, Bhubaneswar ----------------
DL = "delivery"
W("rider", "en", "hi, Ashish Behera, Bhubaneswar Saheed Nagar. Have own bike + DL. 2 yrs Swiggy Zomato. Want parcel or food delivery. Min 600 per day. Cuttack also ok.",
  DL, ["food delivery", "parcel delivery"], "Bhubaneswar", "Saheed Nagar", travel=["Cuttack"], minpay=600, unit="day",
  exp=2, langs=["English"])
G("rider_p1", "en", "Delivery boys reqd (own bike) – e-com parcels, Patia hub, Bhubaneswar. ₹18,000 + petrol. 10 openings.",
  DL, ["parcel delivery"], "Bhubaneswar", "Patia", pay=18000, unit="month", slots=10,
  note="18000/26 = 692 >= 600", want={"rider": 2})
G("rider_p2", "or-Latn", "Cuttack cloud kitchen re bike delivery rider darkar, dina ku 550, Tulasipur",
  DL, ["food delivery"], "Cuttack", "Tulasipur", pay=550, unit="day", note="0.917 -> grade 1; word trap 'bike' for the mechanic", want={"rider": 1})
G("rider_n1", "en", "Medicine delivery rider for pharmacy chain, Bhubaneswar, ₹15,000 pm",
  DL, ["medicine delivery"], "Bhubaneswar", None, pay=15000, unit="month",
  note="same subgroup (soft) + 15000/26 = 577 / 600 = 0.96 (soft) -> 0")
G("rider_n2", "en", "Food delivery partners – Puri, Grand Road, ₹700/day",
  DL, ["food delivery"], "Puri", "Grand Road", pay=700, unit="day", note="Puri not feasible -> 0")
G("rider_s1", "hi-Latn", "Bhubaneswar me delivery boy chahiye, 25000 salary pakka! Joining se pehle bag + T-shirt + ID ke 1500 jama karne honge",
  DL, ["parcel delivery"], "Bhubaneswar", None, pay=25000, unit="month", scam=True,
  note="scam: deposit before joining; grade 2 for rider otherwise")
G("rider_p3", "en", "Quick parcel runs inside Bhubaneswar for our courier franchise, ₹80 per hour, 8 hr shift, own bike",
  DL, ["parcel delivery"], "Bhubaneswar", None, pay=80, unit="hour", note="80*8 = 640/day >= 600", want={"rider": 2})

# ---------------- C13. Security guard, Guwahati ----------------
SE = "security"
W("guard", "as-Latn", "Namaskar. Mor naam Dipen Kalita. Guwahati, Beltola.\nArmy te 15 bosor, tar pisot apartment security guard 3 bosor.\nNight duty o hobo.\n12 ghanta duty.\nMin 13000 per month.",
  SE, ["residential security guard"], "Guwahati", "Beltola", minpay=13000, unit="month", exp=3, langs=["Assamese"],
  note="army service (15 years) is not guard experience -> 3")
G("guard_p1", "hi-Latn", "Society ke liye security guard chahiye, Six Mile, Guwahati – chaudah hazar + PF, 12 hrs, 2 guards",
  SE, ["residential security guard"], "Guwahati", "Six Mile", pay=14000, unit="month", slots=2, note="amount in words (chaudah hazar = 14000)", want={"guard": 2})
G("guard_p2", "as-Beng", "জালুকবাৰী, গুৱাহাটী – গুদামৰ বাবে নিশা চকীদাৰ লাগে, মাহে ১৩,০০০ টকা",
  SE, ["night watchman"], "Guwahati", "জালুকবাৰী", pay=13000, unit="month", note="same guard subgroup -> grade 1", want={"guard": 1})
G("guard_n1", "as-Beng", "গুৱাহাটী জু ৰোডত এটিএম গাৰ্ড লাগে, দৰমহা ১২,৫০০",
  SE, ["ATM guard"], "Guwahati", "জু ৰোড", pay=12500, unit="month",
  note="Assamese; same subgroup (soft) + 12500/13000 = 0.96 (soft) -> 0")
G("guard_n2", "en", "Bouncers for New Year party, Guwahati (GS Road), ₹1500 per night",
  SE, ["event security/bouncer"], "Guwahati", "GS Road", pay=1500, unit="task", per="night", note="event subgroup -> 0")
G("guard_n3", "en", "Security guard – apartment complex, Laitumkhrah, Shillong. 15k.",
  SE, ["residential security guard"], "Shillong", "Laitumkhrah", pay=15000, unit="month", note="Shillong not feasible -> 0")
G("guard_s1", "as-Beng", "গুৱাহাটীত চিকিউৰিটি গাৰ্ডৰ চাকৰি, দৰমহা ১৮,০০০। ইউনিফৰ্ম আৰু ভেৰিফিকেচনৰ বাবে ₹১৫০০ আগতীয়াকৈ দিব লাগিব",
  SE, ["residential security guard"], "Guwahati", None, pay=18000, unit="month", scam=True,
  note="scam: uniform/verification fee; grade 2 for guard otherwise")
G("guard_p3", "as-Beng", "বেলতলা, গুৱাহাটী – এপাৰ্টমেণ্টৰ বাবে নিশা চিকিউৰিটি গাৰ্ড লাগে, দৰমহা ১৩,৫০০",
  SE, ["residential security guard"], "Guwahati", "বেলতলা", pay=13500, unit="month", want={"guard": 2})

# ---------------- C14. Maths/science tutor, Patna ----------------
TU = "tutoring"
W("tutor", "hi-Deva", "नमस्ते, मैं आलोक रंजन, पटना (कंकड़बाग)\nक्लास 6 से 10 तक गणित और विज्ञान का ट्यूशन पढ़ाता हूँ\nM.Sc. गणित, 6 साल का अनुभव\nघर जाकर पढ़ाऊँगा, ऑनलाइन भी\nएक बच्चे का महीने का कम से कम 2500",
  TU, ["maths tuition (class 6-10)", "science tuition (class 6-10)"], "Patna", "कंकड़बाग", remote=True, minpay=2500,
  unit="month", exp=6, langs=["Hindi"], note="per-child monthly fee is treated as a monthly rate")
G("tutor_p1", "hi-Latn", "Class 8 ke bete ke liye maths home tutor chahiye, Rajendra Nagar Patna, 3000/month, Mon-Fri shaam 6-7",
  TU, ["maths tuition (class 6-10)"], "Patna", "Rajendra Nagar", pay=3000, unit="month", days=WD, want={"tutor": 2})
G("tutor_p2", "hi-Deva", "कक्षा 9 (CBSE) के छात्र के लिए ऑनलाइन विज्ञान ट्यूटर चाहिए, ₹2,000 महीना, हफ्ते में 3 दिन",
  TU, ["science tuition (class 6-10)"], None, remote=True, pay=2000, unit="month", note="0.8 -> grade 1", want={"tutor": 1})
G("tutor_n1", "hi-Deva", "पटना बोरिंग रोड, क्लास 12 फिजिक्स (JEE) के लिए ट्यूटर चाहिए, ₹6000 महीना",
  TU, ["physics tuition (class 11-12/JEE)"], "Patna", "बोरिंग रोड", pay=6000, unit="month", note="senior subgroup -> 0")
G("tutor_n2", "hi-Latn", "Class 3 ke bachche ke liye sab subject tuition, Patna Kankarbagh, 1500 mahina",
  TU, ["primary tuition (class 1-5)"], "Patna", "Kankarbagh", pay=1500, unit="month", note="primary subgroup -> 0; same locality")
G("tutor_n3", "hi-Deva", "मुजफ्फरपुर में क्लास 10 गणित ट्यूटर चाहिए, घर पर, ₹3500 महीना",
  TU, ["maths tuition (class 6-10)"], "Muzaffarpur", None, pay=3500, unit="month", note="Muzaffarpur not feasible -> 0")

# ---------------- C15. Car driver, Nagpur ----------------
DR = "driving"
W("driver", "hi-Latn", "Sir namaste, mera naam Sandeep Wankhede, Nagpur Manewada\npersonal car driver 11 saal, outstation bhi jata hu\nLMV licence 2009 se\n16000 mahina min\nSunday chhutti chahiye",
  DR, ["personal car driving", "outstation trips"], "Nagpur", "Manewada", minpay=16000, unit="month", days=MS, exp=11,
  langs=["Hindi"], note="licence year 2009 is not experience")
G("driver_p1", "mr-Deva", "नागपूर, धरमपेठ – घरगुती कार ड्रायव्हर पाहिजे. पगार १८०००. रविवार सुट्टी.",
  DR, ["personal car driving"], "Nagpur", "धरमपेठ", pay=18000, unit="month", days=MS, want={"driver": 2})
G("driver_n1", "en", "Cab driver (Ertiga) for Nagpur airport runs, ₹600/day + incentive, all 7 days",
  DR, ["cab driving"], "Nagpur", None, pay=600, unit="day", days=ALL,
  note="same car subgroup (soft) + 600*26 = 15600 / 16000 (soft) + partial days (soft) -> 0")
G("driver_p2", "hi-Latn", "Nagpur se Pune outstation trip ke liye driver, 1 hafta, 900/day, khana humara",
  DR, ["outstation trips"], "Nagpur", None, pay=900, unit="day", want={"driver": 2})
G("driver_p3", "hi-Latn", "Tempo/pickup driver chahiye Kalamna market Nagpur, 17000, Mon-Sat",
  DR, ["tempo/pickup driving"], "Nagpur", "Kalamna market", pay=17000, unit="month", days=MS,
  note="lcv adjacent to car -> grade 1", want={"driver": 1})
G("driver_n3", "hi-Deva", "नागपुर से रायपुर ट्रक चलाने के लिए ड्राइवर चाहिए, HMV लाइसेंस, ₹22000",
  DR, ["truck driving"], "Nagpur", None, pay=22000, unit="month", note="heavy subgroup -> 0")

# ---------------- C16. Bridal makeup, Asansol ----------------
W("makeup", "bn-Beng", "নমস্কার দিদি, আমি পায়েল মণ্ডল, আসানসোল, বার্নপুর রোড\nব্রাইডাল আর পার্টি মেকআপ করি, HD মেকআপ, ৬ বছর\nব্রাইডাল এক কনের কম করে ৮০০০\nদুর্গাপুর যেতে পারি",
  "beauty", ["bridal makeup", "party makeup"], "Asansol", "বার্নপুর রোড", travel=["Durgapur"], minpay=8000,
  unit="task", per="bride", exp=6, langs=["Bengali"])
G("makeup_p1", "bn-Beng", "আসানসোলে ১২ ডিসেম্বর বিয়ের জন্য ব্রাইডাল মেকআপ আর্টিস্ট চাই, বাজেট ১০,০০০ (আলোচনা সাপেক্ষ)",
  "beauty", ["bridal makeup"], "Asansol", None, pay=10000, unit="task", per="bride", neg=True, dates="12 Dec", want={"makeup": 2})
G("makeup_p2", "bn-Beng", "দুর্গাপুর সিটি সেন্টারের স্যালনে ব্রাইডাল মেকআপ আর্টিস্ট চাই, কনে প্রতি ৭০০০ টাকা + যাতায়াত",
  "beauty", ["bridal makeup"], "Durgapur", "সিটি সেন্টার", pay=7000, unit="task", per="bride", note="0.875 -> grade 1", want={"makeup": 1})
G("makeup_n1", "bn-Beng", "আসানসোল পার্লারে থ্রেডিং ওয়াক্সিং করার মেয়ে চাই, মাসে ৮০০০",
  "beauty", ["threading/waxing"], "Asansol", None, pay=8000, unit="month", note="salon subgroup -> 0")
G("makeup_n3", "bn-Beng", "আসানসোলে বিয়েতে মেহেন্দি আর্টিস্ট চাই, কনের হাত-পা, ৩০০০",
  "beauty", ["mehendi"], "Asansol", None, pay=3000, unit="task", per="bride", note="mehendi subgroup -> 0")
G("makeup_p3", "en", "Party makeup for 6 ladies (reception), Asansol Court More, ₹1500 per person",
  "beauty", ["party makeup"], "Asansol", "Court More", pay=1500, unit="task", per="person",
  note="per person vs per bride: not compared", want={"makeup": 2})

# ---------------- C17. Picker/packer, Bhiwandi ----------------
WH = "warehouse/loading"
W("picker", "hi-Latn", "Bhai main Aslam, Bhiwandi (Kalher) me rehta hu\nwarehouse me picking packing, scanner chalana aata hai\n2 saal third party warehouse me\n13500 se kam nahi\nThane bhi chalega\nnight shift ok",
  WH, ["picking/packing"], "Bhiwandi", "Kalher", travel=["Thane"], minpay=13500, unit="month", exp=2, langs=["Hindi"])
G("picker_p1", "hi-Latn", "Bhiwandi Vadpe warehouse – picker packer 20 ladke chahiye, 14,500 + OT, 9 hrs duty",
  WH, ["picking/packing"], "Bhiwandi", "Vadpe", pay=14500, unit="month", slots=20, want={"picker": 2})
G("picker_n1", "mr-Deva", "ठाणे, वागळे इस्टेट – इन्व्हेंटरी / स्टॉक मोजणी असोसिएट पाहिजे, पगार ₹16,000",
  WH, ["inventory/stock counting"], "Thane", "वागळे इस्टेट", pay=16000, unit="month", note="inventory subgroup -> 0")
G("picker_n2", "hi-Deva", "भिवंडी में लोडिंग अनलोडिंग के लिए मजदूर चाहिए, ₹500 रोज",
  WH, ["loading/unloading"], "Bhiwandi", None, pay=500, unit="day", note="same manual subgroup (soft) + 0.963 (soft) -> 0")
G("picker_p2", "mr-Deva", "ठाणे, बाळकुम – ई-कॉमर्स वेअरहाऊससाठी पॅकिंग हेल्पर पाहिजे, पगार ₹12,000",
  WH, ["picking/packing"], "Thane", "बाळकुम", pay=12000, unit="month", note="0.889 -> grade 1", want={"picker": 1})
G("picker_n3", "en", "Pickers & packers – Andheri East, Mumbai, 15k",
  WH, ["picking/packing"], "Mumbai", "Andheri East", pay=15000, unit="month", note="Mumbai not feasible -> 0")
G("picker_n4", "hi-Latn", "Forklift operator chahiye Bhiwandi Mankoli, 20000, licence zaruri",
  WH, ["forklift operation"], "Bhiwandi", "Mankoli", pay=20000, unit="month", note="forklift subgroup -> 0")

# ---------------- C18. Plumber, Vijayawada ----------------
PL = "plumbing"
W("plumber", "te-Telu", "నమస్కారం, నా పేరు సత్యనారాయణ, విజయవాడ, పటమట\nప్లంబర్ పని 12 సంవత్సరాలు – లీకేజీ, బాత్రూమ్ ఫిట్టింగ్, CPVC పైప్ లైన్\nరోజుకి ₹900\nగుంటూరు కూడా వెళ్తాను",
  PL, ["leak repair", "bathroom fitting", "CPVC/PVC pipeline"], "Vijayawada", "పటమట", travel=["Guntur"],
  minpay=900, unit="day", exp=12, langs=["Telugu"])
G("plumber_p1", "te-Telu", "విజయవాడ బెంజ్ సర్కిల్ దగ్గర కొత్త అపార్ట్మెంట్ కి ప్లంబర్లు కావాలి, 3 మంది, రోజుకు ₹1000",
  PL, ["CPVC/PVC pipeline", "bathroom fitting"], "Vijayawada", "బెంజ్ సర్కిల్", pay=1000, unit="day", slots=3, want={"plumber": 2})
G("plumber_n1", "en", "Fire sprinkler pipeline fitter for hospital project, Guntur, ₹1200/day",
  PL, ["fire sprinkler pipeline"], "Guntur", None, pay=1200, unit="day", note="fire subgroup -> 0")
G("plumber_p2", "te-Telu", "విజయవాడ గుణదల లో 2 బాత్రూమ్ ల ఫిట్టింగ్ పని, రోజుకు ₹850",
  PL, ["bathroom fitting"], "Vijayawada", "గుణదల", pay=850, unit="day", note="0.944 -> grade 1", want={"plumber": 1})
G("plumber_p3", "te-Latn", "Guntur lo leak repair ki plumber kavali, okka visit ki 300",
  PL, ["leak repair"], "Guntur", None, pay=300, unit="task", per="visit", note="per visit vs per day: not compared", want={"plumber": 2})
G("plumber_n2", "en", "Plumber – MVP Colony, Vizag, ₹1000/day",
  PL, ["leak repair"], "Visakhapatnam", "MVP Colony", pay=1000, unit="day", note="Vizag alias; not feasible -> 0")
G("plumber_n3", "te-Telu", "గుంటూరు లో గీజర్, వాటర్ మోటార్ ఫిట్టింగ్ కి ప్లంబర్, రోజుకు ₹800",
  PL, ["geyser installation", "water pump/motor fitting"], "Guntur", None, pay=800, unit="day",
  note="same domestic subgroup (soft) + 0.889 (soft) -> 0")

# ---------------- extra decoys (same city, other trade) and wrong-day negatives ----------------
G("elder_d1", "kn-Knda", "ಮಂಗಳೂರು ಕಂಕನಾಡಿ ವೃದ್ಧಾಶ್ರಮಕ್ಕೆ 30 ಜನರಿಗೆ ಅಡುಗೆ ಮಾಡುವವರು ಬೇಕು, ತಿಂಗಳಿಗೆ ₹15,000",
  "cooking", ["bulk catering cooking"], "Mangaluru", "ಕಂಕನಾಡಿ", pay=15000, unit="month",
  note="word trap: old-age home cook, in the attendant's own locality")
G("tutor_d1", "hi-Deva", "पटना, बोरिंग रोड – कोचिंग संस्थान के लिए टेलीकॉलर चाहिए, हिंदी में बात करनी होगी, ₹9000 महीना",
  "customer support", ["hindi telecalling"], "Patna", "बोरिंग रोड", pay=9000, unit="month",
  note="word trap: coaching institute telecaller")
G("barber_d1", "pa-Guru", "ਬਠਿੰਡਾ ਦੇ ਮਾਲ ਵਿੱਚ ਹੇਅਰ ਆਇਲ ਤੇ ਸ਼ੇਵਿੰਗ ਕ੍ਰੀਮ ਦੀ ਪ੍ਰਮੋਸ਼ਨ ਲਈ ਪ੍ਰਮੋਟਰ ਚਾਹੀਦਾ, ₹600 ਦਿਹਾੜੀ, 10 ਦਿਨ",
  "retail/sales", ["in-store promoter"], "Bathinda", None, pay=600, unit="day",
  note="word trap: shaving cream promoter is retail")
G("driver_d1", "hi-Deva", "नागपुर, कळमना – टेम्पो ड्राइवर के साथ माल चढ़ाने-उतारने के लिए हेल्पर चाहिए, ₹450 रोज़",
  "warehouse/loading", ["loading/unloading"], "Nagpur", "कळमना", pay=450, unit="day",
  note="word trap: helper with the driver is loading work")
G("makeup_d1", "bn-Beng", "আসানসোলে বিয়ের ফটো আর ভিডিও তোলার জন্য ফটোগ্রাফার চাই, ২ দিন, প্যাকেজ ২০,০০০",
  "photography", ["wedding photography", "videography"], "Asansol", None, pay=20000, unit="task", per="project",
  note="decoy: wedding photographer in the makeup artist's city")
G("picker_d1", "hi-Latn", "Bhiwandi powerloom karkhane me loom chalane wala chahiye, 12 ghante shift, 14000 mahina, Kamatghar",
  "handloom/handicraft", ["powerloom operation"], "Bhiwandi", "Kamatghar", pay=14000, unit="month",
  note="decoy in the picker's town; powerloom is not adjacent to handloom for the weaver (and Bhiwandi is infeasible)")
G("plumber_d1", "te-Telu", "విజయవాడ లో వాటర్ ప్యూరిఫైయర్ (RO) సర్వీస్ టెక్నీషియన్ కావాలి, నెలకు ₹14,000 + పెట్రోల్",
  "AC/appliance repair", ["RO purifier service"], "Vijayawada", None, pay=14000, unit="month",
  note="word trap: water purifier service is appliance repair, not plumbing")
G("credit_n4", "en", "Weekend workshop (Sat & Sun) for our bank's field officers on MSME credit appraisal, Mysuru. ₹3,000 per hour, 12 hours total.",
  "finance consulting", ["credit appraisal"], "Mysuru", None, pay=3000, unit="hour", days=["sat", "sun"],
  note="Sat+Sun vs weekdays only: no overlap -> 0")
G("tamann_n4", "ta-Latn", "Weekend mattum (Sat, Sun) Tamil audio transcription, 800 per audio hour, WFH, urgent project",
  "data annotation", ["tamil audio transcription"], None, remote=True, pay=800, unit="task", per="audio hour", days=["sat", "sun"],
  note="weekend only vs mon-fri -> 0")
G("elec_n4", "te-Telu", "కరీంనగర్ లో ఆదివారం మాత్రమే ఎలక్ట్రీషియన్ పని – ఫ్యాన్, లైట్ ఫిట్టింగ్, రోజుకు ₹1000",
  "electrical", ["fan/light fitting"], "Karimnagar", None, pay=1000, unit="day", days=["sun"],
  note="Sunday only vs mon-sat -> 0")
G("lab_n4", "hi-Deva", "रविवार को हेल्थ कैंप, गोरखपुर – ब्लड सैंपल कलेक्शन के लिए 3 लोग चाहिए, ₹1000 एक दिन का",
  "medical technician", ["phlebotomy/sample collection"], "Gorakhpur", None, pay=1000, unit="day", days=["sun"], slots=3,
  note="Sunday vs mon-sat -> 0")
G("cook_n4", "ml-Mlym", "ഞായറാഴ്ച മാത്രം വീട്ടിൽ പാചകം ചെയ്യാൻ ആളെ വേണം, തൃശ്ശൂർ, ഒരു ദിവസം ₹1200, കേരള സ്റ്റൈൽ",
  "cooking", ["kerala cooking"], "Thrissur", None, pay=1200, unit="day", days=["sun"],
  note="Sunday only vs mon-sat -> 0")
G("driver_n4", "hi-Latn", "Sirf Sunday ko family outing ke liye driver chahiye, Nagpur Civil Lines, 900 per day, apni car hai",
  "driving", ["personal car driving"], "Nagpur", "Civil Lines", pay=900, unit="day", days=["sun"],
  note="Sunday only vs mon-sat -> 0")
