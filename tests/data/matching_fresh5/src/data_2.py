from common import W, G, MS, WD, ALL, WE

# ---------------- w09 CNC operator, Nashik (Marathi Devanagari)
W("w09", "नमस्कार\nमी सचिन जाधव, ITI टर्नर 2016 पास\nCNC टर्निंग मशीन ऑपरेटर – Fanuc, Siemens कंट्रोल, ड्रॉइंग वाचता येते\nसातपूर MIDC जवळ, नाशिक राहतो\nपगार किमान १६,००० महिना\nमराठी, हिंदी",
  "machine operation", ["CNC turning operation"], "Nashik", "Satpur", pay=16000, unit="month", langs=["Marathi", "Hindi"],
  note="ITI 2016 is a year, experience not stated; Marathi digits")
G("w09a", "अंबड MIDC नाशिक – CNC ऑपरेटर पाहिजे (टर्निंग). पगार १७,५०० + OT. ३ जागा. अनुभव २ वर्ष.",
  "machine operation", ["CNC turning operation"], "Nashik", "Ambad MIDC", pay=17500, unit="month", slots=3, minexp=2,
  note="worker states no experience, so the 2-year minimum cannot be checked")
G("w09b", "VMC operator reqd Satpur Nashik, 2 shift, 15000 pm", "machine operation", ["VMC operation"], "Nashik", "Satpur",
  pay=15000, unit="month", note="same cnc subgroup -> adjacent; pay 0.94 -> two soft mismatches -> 0")
G("w09c", "Lathe machine operator chahiye, Sinnar MIDC Nashik, 18000 mahina", "machine operation", ["lathe operation"],
  "Nashik", "Sinnar MIDC", pay=18000, unit="month", note="conventional adjacent to cnc -> grade 1")
G("w09d", "CNC turning operator – Chakan, Pune. ₹19,000/month + bus", "machine operation", ["CNC turning operation"],
  "Pune", "Chakan", pay=19000, unit="month", note="other city -> 0")
G("w09e", "Injection moulding operator, Gonde Nashik plastic unit, 14000", "machine operation",
  ["injection moulding operation"], "Nashik", "Gonde", pay=14000, unit="month", note="moulding not adjacent -> 0")
G("w09f", "नाशिक रोड – CNC टर्निंग सेटर कम ऑपरेटर हवा. पगार १६,००० ते १८,०००. रविवार सुट्टी.",
  "machine operation", ["CNC turning operation"], "Nashik", "Nashik Road", pay=16000, pmax=18000, unit="month", days=MS,
  note="range; worker days unstated -> grade 2")

# ---------------- w10 welder, Jamshedpur (Hinglish)
W("w10", "Hello sir\nMd. Arif Ansari, welder hu\nARC aur MIG dono, 8 saal Adityapur ke fabrication unit me kiya\nabhi Mango, Jamshedpur me rehta hu\n700 per day minimum\nhindi, urdu",
  "welding/fabrication", ["arc welding", "MIG/TIG welding"], "Jamshedpur", "Mango", pay=700, unit="day", exp=8,
  langs=["Hindi", "Urdu"], note="Adityapur is past work place, not city")
G("w10a", "WELDER REQUIRED – Gamharia / Adityapur Industrial Area, Jamshedpur. MIG welding, 750/day, 4 post",
  "welding/fabrication", ["MIG/TIG welding"], "Jamshedpur", "Adityapur Industrial Area", pay=750, unit="day", slots=4)
G("w10b", "Jamshedpur Bistupur – gate grill ka arc welding kaam, 5 din, 600 rupay roj", "welding/fabrication",
  ["arc welding"], "Jamshedpur", "Bistupur", pay=600, unit="day", note="600/700 = 0.857 -> grade 1")
G("w10c", "Fabrication fitter (drawing reading) Tata Steel vendor Jamshedpur, 20k", "welding/fabrication",
  ["fabrication fitter"], "Jamshedpur", None, pay=20000, unit="month", note="fitter subgroup not adjacent to welding -> 0")
G("w10d", "TIG welder for SS kitchen work, Ranchi Harmu, 800 per day", "welding/fabrication", ["MIG/TIG welding"],
  "Ranchi", "Harmu", pay=800, unit="day", note="Ranchi not reachable -> 0")
G("w10e", "वेल्डर चाहिए – साकची जमशेदपुर, 22000 महीना", "welding/fabrication", ["arc welding"], "Jamshedpur", "Sakchi",
  pay=22000, unit="month", note="22000/26 = 846/day >= 700 -> grade 2")

# ---------------- w11 two-wheeler mechanic, Warangal (Telugu script)
W("w11", "నమస్తే అన్నా\nనా పేరు శ్రీకాంత్, బైక్ మెకానిక్\nహీరో, హోండా, బజాజ్ అన్ని బండ్లు, ఇంజిన్ పని కూడా, 6 సంవత్సరాలు\nహనుమకొండ, వరంగల్\nనెలకు 14000 కావాలి\nఆదివారం సెలవు\nతెలుగు, హిందీ",
  "vehicle mechanic", ["two-wheeler repair"], "Warangal", "Hanamkonda", pay=14000, unit="month", days=MS, exp=6,
  langs=["Telugu", "Hindi"], note="Telugu script; Hanamkonda is part of Warangal")
G("w11a", "వరంగల్ కాజీపేట లో టూ వీలర్ సర్వీస్ సెంటర్ కి మెకానిక్ కావాలి. జీతం 15,000. సోమ–శని.",
  "vehicle mechanic", ["two-wheeler repair"], "Warangal", "Kazipet", pay=15000, unit="month", days=MS)
G("w11b", "EV scooty mechanic needed Hanamkonda, battery + motor checking, 13000 pm, training given",
  "vehicle mechanic", ["EV two-wheeler repair"], "Warangal", "Hanamkonda", pay=13000, unit="month",
  note="same subgroup adjacent + pay 0.93 -> two soft mismatches -> 0")
G("w11c", "Bike mechanic Warangal Fort road, 12500 per month, all days open, sunday half", "vehicle mechanic",
  ["two-wheeler repair"], "Warangal", "Fort Road", pay=12500, unit="month",
  note="0.89 -> grade 1; 'sunday half' leaves days unclear -> days null")
G("w11d", "Car mechanic (Maruti, Hyundai) – Warangal Hunter Road garage, 16k", "vehicle mechanic", ["car mechanic"],
  "Warangal", "Hunter Road", pay=16000, unit="month", note="car subgroup not adjacent -> 0")
G("w11e", "బైక్ మెకానిక్ కావాలి – హైదరాబాద్, కూకట్‌పల్లి. 18000.", "vehicle mechanic", ["two-wheeler repair"],
  "Hyderabad", "Kukatpally", pay=18000, unit="month", note="other city -> 0")

# ---------------- w12 tele-caller, Indore (Hinglish)
W("w12", "hii\nPooja Rathore from Indore, Palasia\ntelecalling ka 2 yr exp hai (hindi calling – education counselling)\nwfh bhi kar sakti hu, headset hai apna\nmin 10000 per month\nmon to sat\nhindi, english thodi",
  "customer support", ["hindi telecalling"], "Indore", "Palasia", remote=True, pay=10000, unit="month", days=MS, exp=2,
  langs=["Hindi", "English"])
G("w12a", "Hindi tele caller girls reqd – Vijay Nagar Indore office. Salary 11k + incentive. Mon-Sat 10 to 6",
  "customer support", ["hindi telecalling"], "Indore", "Vijay Nagar", pay=11000, unit="month", days=MS,
  note="incentive is not pay")
G("w12b", "WORK FROM HOME – Hindi telecalling for a health insurance renewal desk. ₹9,000 fixed/month. Own laptop or phone ok.",
  "customer support", ["hindi telecalling"], None, None, remote=True, pay=9000, unit="month", note="remote; 0.9 -> grade 1")
G("w12c", "English voice process (US shift) – Indore, Super Corridor. 18,000 pm", "customer support",
  ["english voice support"], "Indore", "Super Corridor", pay=18000, unit="month", note="voice_en not adjacent to voice_hi -> 0")
G("w12d", "इंदौर, राजवाड़ा के पास ऑफिस में हिंदी कॉलिंग स्टाफ चाहिए – 12000 महीना, रविवार छुट्टी",
  "customer support", ["hindi telecalling"], "Indore", "Rajwada", pay=12000, unit="month", days=MS)
G("w12e", "Loan sales executive – field + phone, Indore, 15k + incentive", "retail/sales", ["insurance/loan sales"],
  "Indore", None, pay=15000, unit="month", note="word trap (phone): retail/sales, not customer support")
G("w12f", "Hindi telecaller, Bhopal MP Nagar, 10k", "customer support", ["hindi telecalling"], "Bhopal", "MP Nagar",
  pay=10000, unit="month", note="other city -> 0 for the Indore caller")

# ---------------- w13 shop salesman, Surat (romanized Gujarati)
W("w13", "kem cho\nmaru naam Jignesh Solanki\nsaree showroom ma counter salesman, 9 varas thi\nRing Road textile market, Surat\nVarachha ma rahu chu\nmahine 14 hazar thi ochhu nahi\nbudhvar raja\ngujarati, hindi",
  "retail/sales", ["showroom/counter sales"], "Surat", "Varachha", pay=14000, unit="month",
  days=["mon", "tue", "thu", "fri", "sat", "sun"], exp=9, langs=["Gujarati", "Hindi"],
  note="romanized Gujarati; 'budhvar raja' = Wednesday off; '14 hazar' = 14000")
G("w13a", "Surat Ring Road saree showroom ma salesman joie che. Pagar 15,000. Budhvar raja.", "retail/sales",
  ["showroom/counter sales"], "Surat", "Ring Road", pay=15000, unit="month", days=["mon", "tue", "thu", "fri", "sat", "sun"])
G("w13b", "સુરત અડાજણ – મોબાઈલ શોપ માટે કાઉન્ટર સેલ્સમેન જોઈએ. પગાર ૧૩,૦૦૦.", "retail/sales", ["showroom/counter sales"],
  "Surat", "Adajan", pay=13000, unit="month", note="Gujarati digits; 0.93 -> grade 1")
G("w13c", "Cashier cum billing staff – supermarket Vesu, Surat. 12k. all 7 days rotation off", "retail/sales",
  ["cashier/billing"], "Surat", "Vesu", pay=12000, unit="month",
  note="same store subgroup adjacent + pay 0.857 -> two soft mismatches -> 0")
G("w13d", "Field sales boy for textile agency, Surat, bike must, 16k+petrol", "retail/sales", ["field sales"], "Surat", None,
  pay=16000, unit="month", note="field subgroup not adjacent -> 0")
G("w13e", "Saree showroom salesman – Ahmedabad Maninagar, 16,000", "retail/sales", ["showroom/counter sales"], "Ahmedabad",
  "Maninagar", pay=16000, unit="month", note="other city -> 0")

# ---------------- w14 video editor, Kolkata (English + Bengali romanized), remote
W("w14", "hi\nArnab here, freelance video editor\nYT long form, reels, wedding films – Premiere Pro + DaVinci, 4 yrs\nbased in Dum Dum, Kolkata\nremote only, ami office jete parbo na\nrate min ₹1500 per reel\nBengali, English, Hindi",
  "graphic design", ["video editing"], "Kolkata", "Dum Dum", remote=True, pay=1500, unit="task", per="reel", exp=4,
  langs=["Bengali", "English", "Hindi"])
G("w14a", "Hiring remote video editor for a finance Instagram page – 12 reels/month, ₹1,800 per reel. Premiere/CapCut.",
  "graphic design", ["video editing"], None, None, remote=True, pay=1800, unit="task", per="reel")
G("w14b", "Need editor for YouTube podcast (Bengali), 2 episodes/week, ₹25,000 per month, fully remote",
  "graphic design", ["video editing"], None, None, remote=True, pay=25000, unit="month",
  note="month vs per reel not comparable -> grade 2")
G("w14c", "Motion graphics artist (After Effects) for explainer videos, WFH, ₹2000 per reel", "graphic design",
  ["motion graphics"], None, None, remote=True, pay=2000, unit="task", per="reel", note="same motion subgroup -> grade 1")
G("w14d", "Video editor in-office at Sector V, Salt Lake, Kolkata – 20k pm", "graphic design", ["video editing"],
  "Kolkata", "Salt Lake Sector V", pay=20000, unit="month", note="his own city -> feasible; grade 2 even though he prefers remote")
G("w14e", "Reel editor for cafe chain, remote, ₹1000 per reel", "graphic design", ["video editing"], None, None, remote=True,
  pay=1000, unit="task", per="reel", note="0.67 -> 0")
G("w14f", "Logo + menu card design for a new mishti shop, Behala. fixed ₹6000", "graphic design", ["logo design", "brochure/print design"],
  "Kolkata", "Behala", pay=6000, unit="task", per="project", note="brand subgroup not adjacent to motion -> 0")

# ---------------- w15 Telugu transcription annotator, Vijayawada (Telugu script), remote
W("w15", "హలో\nనేను లావణ్య, B.Sc, విజయవాడ (బెంజ్ సర్కిల్)\nతెలుగు ఆడియో ట్రాన్స్‌క్రిప్షన్ 2 సంవత్సరాలు చేశాను\nఇంటి నుంచే ఆన్‌లైన్ పని కావాలి\nఆడియో గంటకి కనీసం ₹400\nసోమ నుంచి శుక్ర\nతెలుగు, ఇంగ్లీష్",
  "data annotation", ["telugu audio transcription"], "Vijayawada", "Benz Circle", remote=True, pay=400, unit="task",
  per="audio hour", days=WD, exp=2, langs=["Telugu", "English"], note="per audio hour is a piece rate -> task")
G("w15a", "Remote: Telugu speech transcription project, 300 audio hours, pay ₹450 per audio hour, verbatim + timestamps",
  "data annotation", ["telugu audio transcription"], None, None, remote=True, pay=450, unit="task", per="audio hour",
  note="300 audio hours is volume, not slots")
G("w15b", "తెలుగు ఆడియో ట్రాన్స్‌క్రిప్షన్ – ఇంటి నుంచి. ఆడియో గంటకు ₹350. 20 మంది కావాలి.", "data annotation",
  ["telugu audio transcription"], None, None, remote=True, pay=350, unit="task", per="audio hour", slots=20,
  note="0.875 -> grade 1")
G("w15c", "Hindi audio transcription freelancers (WFH), ₹500/audio hr", "data annotation", ["hindi audio transcription"],
  None, None, remote=True, pay=500, unit="task", per="audio hour", note="speech_hi not the Telugu subgroup -> 0")
G("w15d", "Telugu transcription at our Guntur office, 12000/month", "data annotation", ["telugu audio transcription"],
  "Guntur", None, pay=12000, unit="month", note="onsite in another city -> 0")

# ---------------- w16 English-Gujarati translator, Ahmedabad
W("w16", "Hello, I am Nirali Shah from Navrangpura, Ahmedabad.\nEnglish ↔ Gujarati translator, 11 years (legal docs, school textbooks, pharma leaflets)\nOnline work is best\nRate: minimum ₹1 per word\nGujarati, English, Hindi",
  "translation", ["english-gujarati translation"], "Ahmedabad", "Navrangpura", remote=True, pay=1, unit="task", per="word",
  exp=11, langs=["Gujarati", "English", "Hindi"])
G("w16a", "Remote English to Gujarati translator for a pharma leaflet batch, ~40,000 words, ₹1.20/word", "translation",
  ["english-gujarati translation"], None, None, remote=True, pay=1.2, unit="task", per="word", note="40,000 words is volume")
G("w16b", "ગુજરાતી અનુવાદક જોઈએ – અંગ્રેજીથી ગુજરાતી, ઓનલાઈન. શબ્દ દીઠ ૮૦ પૈસા.", "translation",
  ["english-gujarati translation"], None, None, remote=True, pay=0.8, unit="task", per="word", note="0.8 -> grade 1")
G("w16c", "Gujarati subtitles for 6 short films, WFH, ₹90 per minute of video", "translation", ["gujarati subtitling"], None,
  None, remote=True, pay=90, unit="task", per="video minute", note="same en_gu subgroup -> grade 1; per minute not comparable")
G("w16d", "English–Marathi translator, remote, ₹1.5/word", "translation", ["english-marathi translation"], None, None,
  remote=True, pay=1.5, unit="task", per="word", note="en_mr not her subgroup -> 0")
