# -*- coding: utf-8 -*-
"""Workers (and their gigs) in families that the dev taxonomy already has."""
from data_common import W, G

BEA = "beauty"
CS = "customer support"
RET = "retail/sales"
GD = "graphic design"
FIN = "finance consulting"
ANN = "data annotation"
TR = "translation"
TUT = "tutoring"
CARE = "caregiving/nursing aide"
COOK = "cooking"
CLN = "cleaning/domestic"
SEC = "security"
ELE = "electrical"
PLU = "plumbing"
MAS = "masonry/construction"
AC = "AC/appliance repair"
DEL = "delivery"
TAI = "tailoring"
PHO = "photography"

# ---------------------------------------------------------------- mehendi, Jaipur
W("mehendi_jpr",
  "Hii 😊 mehendi artist hu – bridal, arabic, party mehendi\n"
  "6 saal se kaam kar rahi hu, insta pe page bhi hai\n"
  "Jaipur, Mansarovar\n"
  "Ajmer bhi aa sakti hu\n"
  "bridal mehendi 5100 se start per dulhan",
  BEA, ["mehendi"], "Jaipur", "Mansarovar", travel=["Ajmer"], pay=5100, unit="task", per="bride", exp=6,
  langs=["Hindi"], note="per dulhan = per bride (task)")

G("jpr_bridal_mehendi",
  "Bridal mehendi artist chahiye, Vaishali Nagar Jaipur, 3 Dec. Dulhan ke liye 7000 + guests 200 per hand",
  BEA, ["mehendi"], "Jaipur", "Vaishali Nagar", pay=7000, unit="task", per="bride", dates="3 Dec",
  note="two rates: the bride rate is kept", exp={"mehendi_jpr": 2})
G("ajmer_sangeet",
  "Sangeet pe 30 ladies ke liye mehendi lagani hai, Vaishali Nagar, Ajmer. ₹150 per hand",
  BEA, ["mehendi"], "Ajmer", "Vaishali Nagar", pay=150, unit="task", per="hand",
  note="Vaishali Nagar exists in both Jaipur and Ajmer; '30 ladies' is not slots; per hand vs per bride not comparable",
  exp={"mehendi_jpr": 2})
G("jpr_low",
  "दुल्हन की मेहंदी लगानी है, मालवीय नगर जयपुर, सिर्फ ₹3000 देंगे",
  BEA, ["mehendi"], "Jaipur", "मालवीय नगर", pay=3000, unit="task", per="bride",
  note="pay 0.59 -> 0", exp={"mehendi_jpr": 0})
G("jpr_makeup",
  "Bridal makeup artist needed, Raja Park, Jaipur, ₹15000 per bride",
  BEA, ["bridal makeup"], "Jaipur", "Raja Park", pay=15000, unit="task", per="bride",
  note="makeup subgroup not adjacent to mehendi -> 0", exp={"mehendi_jpr": 0})
G("jpr_hair_henna",
  "Salon me hair colour / henna (mehendi) application ke liye staff, C-Scheme Jaipur, 12000",
  BEA, ["hair styling"], "Jaipur", "C-Scheme", pay=12000, unit="month",
  note="word trap: henna on hair is salon work -> 0", exp={"mehendi_jpr": 0})

# ---------------------------------------------------------------- makeup artist, Thrissur (Malayalam)
W("makeup_tsr",
  "നമസ്കാരം 🙏 ഞാൻ അഞ്ജു. bridal makeup artist ആണ്, 4 വർഷം experience. HD, airbrush makeup ചെയ്യും\n"
  "തൃശ്ശൂർ, പൂങ്കുന്നം\n"
  "കൊച്ചി, പാലക്കാട് വരാം\n"
  "bridal ന് മിനിമം ₹12,000",
  BEA, ["bridal makeup"], "Thrissur", "പൂങ്കുന്നം", travel=["Kochi", "Palakkad"], pay=12000, unit="task",
  per="bride", exp=4, langs=["Malayalam"])

G("tsr_bridal_ml",
  "Bridal makeup artist വേണം – തൃശ്ശൂർ, ജനുവരി 15 കല്യാണം. ₹15,000. HD makeup.",
  BEA, ["bridal makeup"], "Thrissur", None, pay=15000, unit="task", per="bride", dates="ജനുവരി 15",
  exp={"makeup_tsr": 2})
G("kochi_bridesmaid",
  "5 bridesmaids-ന് party makeup, കാക്കനാട്, കൊച്ചി – ഒരാൾക്ക് ₹2000",
  BEA, ["party makeup"], "Kochi", "കാക്കനാട്", pay=2000, unit="task", per="person",
  note="party makeup is the same subgroup -> grade 1; '5 bridesmaids' is not slots", exp={"makeup_tsr": 1})
G("pkd_christian",
  "Christian bridal makeup, Palakkad town, ₹11,000 (HD)",
  BEA, ["bridal makeup"], "Palakkad", None, pay=11000, unit="task", per="bride",
  note="pay 0.92 -> grade 1", exp={"makeup_tsr": 1})
G("tsr_mehendi",
  "Mehendi artist for bride, Thrissur (Round East), ₹3000",
  BEA, ["mehendi"], "Thrissur", "Round East", pay=3000, unit="task", per="bride",
  exp={"makeup_tsr": 0, "mehendi_jpr": 0})
G("kzd_bridal",
  "Bridal makeup artist needed, Kozhikode, ₹18,000",
  BEA, ["bridal makeup"], "Kozhikode", None, pay=18000, unit="task", per="bride",
  note="Kozhikode not reachable", exp={"makeup_tsr": 0})

# ---------------------------------------------------------------- Hindi telecaller, Noida
W("telecaller_noida",
  "hi i m Priya, 24 F\n"
  "call centre me 2 saal, outbound hindi telecalling (loans, credit card)\n"
  "Noida sec 62 ke paas PG me rehti hu\n"
  "Delhi bhi chalega, Gurgaon nahi\n"
  "min 15k in hand\n"
  "WFH bhi kar sakti hu",
  CS, ["hindi telecalling"], "Noida", "Sector 62", travel=["Delhi"], remote=True, pay=15000, unit="month",
  exp=2, age=24, langs=["Hindi", "English"], note="'Gurgaon nahi' -> not in travel list; '24 F' is age")

G("noida_realestate",
  "टेलीकॉलर (हिंदी) चाहिए – रियल एस्टेट कंपनी, सेक्टर 63 नोएडा। 16-18k + इंसेंटिव। सोम-शनि 10 से 7। हिंदी अच्छी होनी ज़रूरी।",
  CS, ["hindi telecalling"], "Noida", "सेक्टर 63", pay=16000, pmax=18000, unit="month", d="mon-sat",
  langs=["Hindi"], exp={"telecaller_noida": 2})
G("wfh_telecall",
  "WFH Hindi telecalling – outbound sales – ₹14,000 fixed + incentives. Own phone & earphone.",
  CS, ["hindi telecalling"], None, None, remote=True, pay=14000, unit="month",
  note="pay 0.93 -> grade 1", exp={"telecaller_noida": 1})
G("delhi_inbound",
  "Inbound Hindi customer care executive, Laxmi Nagar, Delhi, 17000, 9 hr shift",
  CS, ["hindi voice support"], "Delhi", "Laxmi Nagar", pay=17000, unit="month",
  note="Delhi via travel; same voice_hi subgroup -> grade 1", exp={"telecaller_noida": 1})
G("ggn_telecaller",
  "Telecaller chahiye Udyog Vihar Gurgaon 20k, Hindi",
  CS, ["hindi telecalling"], "Gurugram", "Udyog Vihar", pay=20000, unit="month",
  note="she says 'Gurgaon nahi' -> 0", exp={"telecaller_noida": 0})
G("noida_intl",
  "International voice process (English, US shift), Noida Sec 125, 25k + cab",
  CS, ["english voice support"], "Noida", "Sector 125", pay=25000, unit="month",
  note="voice_en not adjacent to voice_hi -> 0", exp={"telecaller_noida": 0})
G("telecall_scam",
  "🔥 Ghar baithe telecalling job 🔥 25000/month pakka. Sirf ₹1499 ID kit + training fee dena hai. Join now 👇",
  CS, ["hindi telecalling"], None, None, remote=True, pay=25000, unit="month", scam=True,
  note="scam: ID kit + training fee", exp={"telecaller_noida": 0})
G("noida_telecom",
  "Telecom tower technician (electrical maintenance), Noida Sector 58, 15000",
  ELE, ["industrial electrical maintenance"], "Noida", "Sector 58", pay=15000, unit="month",
  note="word trap 'tele'", exp={"telecaller_noida": 0})

# ---------------------------------------------------------------- Telugu voice support, Vijayawada
W("telugu_cs_vja",
  "హాయ్ 🙏 నేను లావణ్య. BCom 2022 పాస్.\n"
  "Telugu customer support voice process లో 1.5 ఏళ్ళు పని చేశాను.\n"
  "విజయవాడ, బెంజ్ సర్కిల్ దగ్గర\n"
  "work from home అయితే బెటర్, ఆఫీస్ అయితే విజయవాడ లో మాత్రమే\n"
  "నెలకు కనీసం ₹13,000",
  CS, ["telugu voice support"], "Vijayawada", "బెంజ్ సర్కిల్", remote=True, pay=13000, unit="month", exp=1.5,
  langs=["Telugu"], note="BCom 2022 is a year")

G("wfh_telugu",
  "తెలుగు voice support – Work From Home – ₹15,000/నెల – rotational week off – laptop ఇస్తాం. తెలుగు తప్పనిసరి.",
  CS, ["telugu voice support"], None, None, remote=True, pay=15000, unit="month", langs=["Telugu"],
  exp={"telugu_cs_vja": 2})
G("vja_telugu_te",
  "తెలుగు కస్టమర్ కేర్ executives కావాలి, పటమట, విజయవాడ. జీతం ₹12,000 + incentive.",
  CS, ["telugu voice support"], "Vijayawada", "పటమట", pay=12000, unit="month",
  note="pay 0.92 -> grade 1", exp={"telugu_cs_vja": 1})
G("hyd_telugu",
  "Telugu voice process, Hitech City Hyderabad, 18000 + cab",
  CS, ["telugu voice support"], "Hyderabad", "Hitech City", pay=18000, unit="month",
  note="office only in Vijayawada -> Hyderabad 0", exp={"telugu_cs_vja": 0})
G("wfh_tamil_voice",
  "Tamil voice support WFH, 16000, Tamil must",
  CS, ["tamil voice support"], None, None, remote=True, pay=16000, unit="month", langs=["Tamil"],
  exp={"telugu_cs_vja": 0, "telecaller_noida": 0})
G("telugu_transcription",
  "Remote: Telugu audio transcription, ₹180/hr, 20 hrs/week",
  ANN, ["telugu audio transcription"], None, None, remote=True, pay=180, unit="hour",
  note="word trap 'Telugu': data annotation family", exp={"telugu_cs_vja": 0})

# ---------------------------------------------------------------- saree counter salesman, Surat
W("saree_surat",
  "kem cho 🙏 hu Jignesh. Ring Road textile market ma saree counter par 9 varas thi salesman chhu\n"
  "wholesale + retail customer handle karu, Hindi Marathi pan bolu\n"
  "Surat, Varachha\n"
  "20000 thi ochhu nahi\n"
  "somvar thi shanivar",
  RET, ["saree/textile counter sales"], "Surat", "Varachha", pay=20000, unit="month", d="mon-sat", exp=9,
  langs=["Gujarati", "Hindi", "Marathi"], note="romanized Gujarati; somvar thi shanivar = mon-sat; Ring Road is a past workplace")

G("surat_saree",
  "Saree shop ma salesman joie chhe, Ring Road Surat, 22000, Sunday off",
  RET, ["saree/textile counter sales"], "Surat", "Ring Road", pay=22000, unit="month", d="mon-sat",
  exp={"saree_surat": 2})
G("surat_kapad_gu",
  "કાપડ ની દુકાન માટે અનુભવી સેલ્સમેન જોઈએ, અડાજણ, સુરત. પગાર ₹૧૮,૦૦૦.",
  RET, ["saree/textile counter sales"], "Surat", "અડાજણ", pay=18000, unit="month",
  note="Gujarati digits; pay 0.9 -> grade 1", exp={"saree_surat": 1})
G("surat_electronics",
  "Showroom salesman for electronics store, Vesu Surat, 25000 nego, Mon–Sat",
  RET, ["showroom/counter sales"], "Surat", "Vesu", pay=25000, unit="month", neg=True, d="mon-sat",
  note="same store subgroup -> grade 1", exp={"saree_surat": 1})
G("amd_saree",
  "Saree showroom salesman, CG Road Ahmedabad, 24000",
  RET, ["saree/textile counter sales"], "Ahmedabad", "CG Road", pay=24000, unit="month",
  note="Ahmedabad not reachable", exp={"saree_surat": 0})
G("surat_fall",
  "Saree fall-pico karva mate ladies joie, Surat, per saree ₹15",
  TAI, ["saree fall/pico"], "Surat", None, pay=15, unit="task", per="saree",
  note="word trap 'saree': tailoring", exp={"saree_surat": 0})
G("surat_field",
  "Field sales executive for textile machinery, Sachin GIDC Surat, 22000 + TA",
  RET, ["field sales"], "Surat", "Sachin GIDC", pay=22000, unit="month",
  note="field subgroup not adjacent to store -> 0", exp={"saree_surat": 0})

# ---------------------------------------------------------------- cashier, Mysuru (Kannada)
W("cashier_mys",
  "ನಮಸ್ಕಾರ 🙏 ನಾನು ಪವಿತ್ರಾ. supermarket ನಲ್ಲಿ cashier ಆಗಿ 3 ವರ್ಷ ಕೆಲಸ ಮಾಡಿದ್ದೇನೆ – billing software, UPI, cash handling\n"
  "ಮೈಸೂರು, ಕುವೆಂಪುನಗರ\n"
  "ತಿಂಗಳಿಗೆ ಕನಿಷ್ಠ ₹14,000\n"
  "ಭಾನುವಾರ ರಜೆ ಬೇಕು",
  RET, ["cashier/billing"], "Mysuru", "ಕುವೆಂಪುನಗರ", pay=14000, unit="month", d="mon-sat", exp=3,
  langs=["Kannada"])

G("mys_pharmacy_cashier",
  "Cashier required for pharmacy chain – Saraswathipuram, Mysore. ₹15,000. Mon–Sat.",
  RET, ["cashier/billing"], "Mysuru", "Saraswathipuram", pay=15000, unit="month", d="mon-sat",
  note="word trap 'pharmacy' but the job is cashier", exp={"cashier_mys": 2, "pharma_rjt": 0})
G("mys_cloth_kn",
  "ಬಟ್ಟೆ ಅಂಗಡಿಗೆ ಕ್ಯಾಷಿಯರ್ ಬೇಕು – ದೇವರಾಜ ಮಾರುಕಟ್ಟೆ, ಮೈಸೂರು. ತಿಂಗಳಿಗೆ ₹13,500. ವಾರದ ಏಳೂ ದಿನ ಕೆಲಸ.",
  RET, ["cashier/billing"], "Mysuru", "ದೇವರಾಜ ಮಾರುಕಟ್ಟೆ", pay=13500, unit="month", d="all",
  note="pay 0.96 + all 7 days vs mon-sat -> two soft mismatches -> 0", exp={"cashier_mys": 0})
G("mys_restaurant",
  "Billing staff for family restaurant, VV Mohalla, Mysuru. 16k. Mon to Sat.",
  RET, ["cashier/billing"], "Mysuru", "VV Mohalla", pay=16000, unit="month", d="mon-sat",
  exp={"cashier_mys": 2})
G("mys_jewellery",
  "ಜ್ಯುವೆಲ್ಲರಿ ಶೋರೂಂಗೆ counter sales girl ಬೇಕು, ಸಯ್ಯಾಜಿ ರಾವ್ ರಸ್ತೆ, ಮೈಸೂರು, ₹15,000",
  RET, ["jewellery showroom sales"], "Mysuru", "ಸಯ್ಯಾಜಿ ರಾವ್ ರಸ್ತೆ", pay=15000, unit="month",
  note="same store subgroup -> grade 1", exp={"cashier_mys": 1})
G("blr_cashier",
  "Cashier for supermarket, Jayanagar 4th Block, Bangalore, 17000",
  RET, ["cashier/billing"], "Bengaluru", "Jayanagar", pay=17000, unit="month",
  note="Bengaluru not reachable for the cashier", exp={"cashier_mys": 0})
G("mys_cashvan",
  "Cash van guard (CMS), Mysuru, 13000 + PF, gun licence preferred",
  SEC, ["ATM guard"], "Mysuru", None, pay=13000, unit="month",
  note="word trap 'cash': security", exp={"cashier_mys": 0})

# ---------------------------------------------------------------- video editor, Kolkata (remote)
W("editor_kol",
  "Hi, I'm Arpita – freelance video editor 🎬 Premiere Pro, a bit of After Effects. YouTube long-form, reels, podcasts.\n"
  "3 yrs.\n"
  "Kolkata (Jadavpur) but fully remote preferred\n"
  "Rate: min ₹400/hr\n"
  "No weekends pls 🙏",
  GD, ["video editing"], "Kolkata", "Jadavpur", remote=True, pay=400, unit="hour", d="mon-fri", exp=3,
  langs=["English"], note="'no weekends' -> mon-fri")

G("yt_finance",
  "Remote video editor for Hindi finance YouTube channel – 10 videos/month – ₹1,500 per video. Premiere/DaVinci.",
  GD, ["video editing"], None, None, remote=True, pay=1500, unit="task", per="video",
  note="per video vs hourly: not comparable; '10 videos' is not slots", exp={"editor_kol": 2})
G("motion_remote",
  "Motion graphics artist (After Effects) – remote – ₹500/hr, weekdays",
  GD, ["motion graphics"], None, None, remote=True, pay=500, unit="hour", d="mon-fri",
  note="same motion subgroup -> grade 1", exp={"editor_kol": 1})
G("kol_wedding_edit",
  "Wedding film editor at our Salt Lake studio, Kolkata – ₹35,000/month – Mon–Sat",
  GD, ["video editing"], "Kolkata", "Salt Lake", pay=35000, unit="month", d="mon-sat",
  note="35000/208 = 168/hr vs 400 -> 0.42 -> 0", exp={"editor_kol": 0})
G("weekend_edit",
  "Video editor needed weekends only (Sat–Sun), remote, ₹600/hr",
  GD, ["video editing"], None, None, remote=True, pay=600, unit="hour", d="sat,sun",
  note="no day overlap -> 0", exp={"editor_kol": 0})
G("podcast_edit",
  "Podcast editor (audio + video), remote, ₹450/hour, Mon–Fri, 15 hrs a week",
  GD, ["video editing"], None, None, remote=True, pay=450, unit="hour", d="mon-fri", exp={"editor_kol": 2})
G("kol_videographer",
  "বিয়ের জন্য ভিডিওগ্রাফার চাই, কলকাতা (গড়িয়াহাট), দিনে ৫০০০ টাকা",
  PHO, ["videography"], "Kolkata", "গড়িয়াহাট", pay=5000, unit="day",
  note="word trap 'video': photography family; same city as the editor and the cricket coach",
  exp={"editor_kol": 0, "cricket_kol": 0})

# ---------------------------------------------------------------- retired banker, Thane
W("credit_thane",
  "Good morning. I retired in 2023 as Chief Manager (Credit) from a PSU bank after 34 years of service. Age 62.\n"
  "Expertise: MSME & corporate credit appraisal, CMA data / project reports, risk review.\n"
  "I reside in Vasant Vihar, Thane (W). Can travel to Mumbai / Navi Mumbai for meetings; prefer remote.\n"
  "Fee expectation ₹2,500 per hour; mandates can be discussed.\n"
  "Available Mon–Thu.",
  FIN, ["credit appraisal", "risk management advisory", "CMA data/project report for loans"], "Thane", "Vasant Vihar",
  travel=["Mumbai", "Navi Mumbai"], remote=True, pay=2500, unit="hour", d="mon-thu", exp=34, age=62,
  langs=["English"], note="Vasant Vihar, Thane - not Delhi; 2023 is a year; age 62")

G("bkc_nbfc",
  "NBFC (BKC, Mumbai) seeks a retired senior banker as credit committee advisor. 2 days/week – Tue & Wed. ₹3,000/hr. Min 20 yrs in credit.",
  FIN, ["credit appraisal"], "Mumbai", "BKC", pay=3000, unit="hour", d="tue,wed", minexp=20,
  exp={"credit_thane": 2})
G("cma_remote",
  "Remote: CMA data & project report preparation for MSME loan files. ₹6,000 per file. CA/ex-banker.",
  FIN, ["CMA data/project report for loans"], None, None, remote=True, pay=6000, unit="task", per="file",
  note="per file vs hourly: not comparable", exp={"credit_thane": 2})
G("vashi_coop_fri",
  "Co-operative bank, Vashi (Navi Mumbai): risk management advisory, Fridays only, ₹20,000 per day",
  FIN, ["risk management advisory"], "Navi Mumbai", "Vashi", pay=20000, unit="day", d="fri",
  note="Friday vs Mon-Thu: no overlap -> 0 (pay 2500/hr would fit)", exp={"credit_thane": 0})
G("concurrent_audit",
  "Concurrent audit of bank branches – remote + some visits – ₹2,000/hr",
  FIN, ["internal audit"], None, None, remote=True, pay=2000, unit="hour",
  note="audit subgroup not adjacent to banking -> 0", exp={"credit_thane": 0})
G("thane_loansynd",
  "Thane fintech startup: loan syndication advisor (part-time), ₹2,600/hr, Mon & Tue, Wagle Estate",
  FIN, ["loan syndication"], "Thane", "Wagle Estate", pay=2600, unit="hour", d="mon,tue",
  note="same banking subgroup -> grade 1", exp={"credit_thane": 1})
G("thane_cc_sales",
  "Credit card sales executive, Thane station area, 15000 + incentives, freshers ok",
  RET, ["insurance/loan sales"], "Thane", None, pay=15000, unit="month", minexp=0,
  note="word trap 'credit'", exp={"credit_thane": 0})

# ---------------------------------------------------------------- Tamil speech annotator, Trichy
W("tamil_annot",
  "hi sir/madam 🙏 naan Divya, MA Tamil. Tamil audio transcription & Tamil speech data recording – 2 projects panni irukken (1.5 years)\n"
  "Trichy, Srirangam\n"
  "online work mattum\n"
  "₹200/hour kammiya vendam",
  ANN, ["tamil audio transcription", "tamil speech data recording"], "Tiruchirappalli", "Srirangam", remote=True,
  pay=200, unit="hour", exp=1.5, langs=["Tamil"], note="Trichy = Tiruchirappalli; '2 projects' is a distractor")

G("ta_transcribe",
  "தமிழ் audio transcription project – வாரம் 40 மணி நேரம் – ₹220/hr – remote. தமிழ் typing கட்டாயம்.",
  ANN, ["tamil audio transcription"], None, None, remote=True, pay=220, unit="hour", langs=["Tamil"],
  exp={"tamil_annot": 2})
G("ta_speech",
  "Tamil speech data collection: record 500 sentences on our app, ₹1,200 per speaker. Work from home.",
  ANN, ["tamil speech data recording"], None, None, remote=True, pay=1200, unit="task", per="speaker",
  note="'500 sentences' is not pay", exp={"tamil_annot": 2})
G("ta_translate",
  "Tamil → English translation of short stories, remote, ₹1/word",
  TR, ["english-tamil translation"], None, None, remote=True, pay=1, unit="task", per="word",
  note="word trap 'Tamil': translation family", exp={"tamil_annot": 0})
G("ta_low",
  "Tamil transcription work from home, ₹140/hr, immediate start",
  ANN, ["tamil audio transcription"], None, None, remote=True, pay=140, unit="hour",
  note="pay 0.7 -> 0", exp={"tamil_annot": 0})
G("ta_scam",
  "Tamil audio-to-text typing work from home 🏠 earn ₹30,000/month! Pay ₹3,000 registration fee for login. WhatsApp 7339xxxxxx",
  ANN, ["tamil audio transcription"], None, None, remote=True, pay=30000, unit="month", scam=True,
  note="scam: registration fee", exp={"tamil_annot": 0})

# ---------------------------------------------------------------- EN->GU translator, Ahmedabad
W("gu_translator",
  "નમસ્તે 🙏 હું હેતલ શાહ, English → Gujarati translator, ૭ વર્ષ નો અનુભવ. legal અને pharma documents\n"
  "અમદાવાદ, નવરંગપુરા\n"
  "ઘરેથી online કામ કરું છું\n"
  "શબ્દ દીઠ ઓછામાં ઓછા ₹1.20",
  TR, ["english-gujarati translation"], "Ahmedabad", "નવરંગપુરા", remote=True, pay=1.2, unit="task", per="word",
  exp=7, langs=["Gujarati", "English"], note="Gujarati digits for experience; per word 1.20")

G("engu_pharma",
  "EN>GU translation of pharma patient leaflets, approx 20k words, ₹1.50/word, remote, 10 days TAT",
  TR, ["english-gujarati translation"], None, None, remote=True, pay=1.5, unit="task", per="word",
  note="'20k words' is volume, not pay", exp={"gu_translator": 2})
G("gu_app",
  "e-commerce app strings નું ગુજરાતી translation, remote, ₹1 પ્રતિ શબ્દ",
  TR, ["english-gujarati translation"], None, None, remote=True, pay=1, unit="task", per="word",
  note="pay 0.83 -> grade 1", exp={"gu_translator": 1})
G("amd_court",
  "ગુજરાતી translator જોઈએ – court documents, ભદ્ર, અમદાવાદ. ઓફિસ પર આવવું પડશે. ₹900 પ્રતિ પાનું. Gujarati-English બંને ફરજિયાત.",
  TR, ["english-gujarati translation"], "Ahmedabad", "ભદ્ર", pay=900, unit="task", per="page",
  langs=["Gujarati", "English"], note="on-site in her city; per page vs per word not comparable",
  exp={"gu_translator": 2})
G("enmr_remote",
  "English to Marathi translation, remote, ₹1.2/word, 5000 words",
  TR, ["english-marathi translation"], None, None, remote=True, pay=1.2, unit="task", per="word",
  exp={"gu_translator": 0})
G("gu_low",
  "Gujarati translator needed (remote), 0.80 per word",
  TR, ["english-gujarati translation"], None, None, remote=True, pay=0.8, unit="task", per="word",
  note="pay 0.67 -> 0", exp={"gu_translator": 0})
G("gu_typing",
  "Gujarati typing / data entry work, Ashram Road office, Ahmedabad, 10000 pm",
  "data entry", ["typing/data entry"], "Ahmedabad", "Ashram Road", pay=10000, unit="month",
  note="word trap 'Gujarati'", exp={"gu_translator": 0})

# ---------------------------------------------------------------- JEE maths tutor, Kota
W("tutor_kota",
  "नमस्ते सर 🙏 मैं अंकित शर्मा, IIT-JEE maths पढ़ाता हूँ, कोटा की कोचिंग में 5 साल faculty रहा\n"
  "कोटा, तलवंडी\n"
  "ऑनलाइन भी पढ़ा सकता हूँ\n"
  "प्रति घंटा ₹1000 से कम नहीं\n"
  "सोम से शनि, शाम 5 बजे के बाद",
  TUT, ["maths tuition (class 11-12/JEE)"], "Kota", "तलवंडी", remote=True, pay=1000, unit="hour", d="mon-sat",
  exp=5, langs=["Hindi"])

G("jee_online",
  "Online JEE Maths tutor for 2 students (Dubai), ₹1200/hr, Mon/Wed/Fri 7–8 pm IST",
  TUT, ["maths tuition (class 11-12/JEE)"], None, None, remote=True, pay=1200, unit="hour", d="mon,wed,fri",
  note="'2 students' is not slots", exp={"tutor_kota": 2})
G("kota_physics",
  "Physics faculty for JEE batch, Rajeev Gandhi Nagar, Kota. Salary as per interview.",
  TUT, ["physics tuition (class 11-12/JEE)"], "Kota", "Rajeev Gandhi Nagar",
  note="same senior subgroup -> grade 1", exp={"tutor_kota": 1})
G("kota_class9",
  "कक्षा 9-10 गणित होम ट्यूशन, कुन्हाड़ी कोटा, ₹600 प्रति घंटा",
  TUT, ["maths tuition (class 6-10)"], "Kota", "कुन्हाड़ी", pay=600, unit="hour",
  note="school subgroup not adjacent to senior -> 0", exp={"tutor_kota": 0})
G("jee_online_low",
  "JEE maths doubt solving online, ₹700/hr",
  TUT, ["maths tuition (class 11-12/JEE)"], None, None, remote=True, pay=700, unit="hour",
  note="pay 0.7 -> 0", exp={"tutor_kota": 0})
G("kota_weekend",
  "12th + JEE maths home tutor chahiye, Dadabari Kota, ₹1000/hour, Sat & Sun",
  TUT, ["maths tuition (class 11-12/JEE)"], "Kota", "Dadabari", pay=1000, unit="hour", d="sat,sun",
  note="Sunday outside mon-sat -> partial -> grade 1", exp={"tutor_kota": 1})
G("kota_stone",
  "Kota stone flooring / tile fitting karigar chahiye, Kota, 900/day",
  MAS, ["tile fitting"], "Kota", None, pay=900, unit="day",
  note="word trap 'Kota' stone; masonry in the tutor's city", exp={"tutor_kota": 0, "tile_mys": 0})

# ---------------------------------------------------------------- japa maid, Mumbai
W("japa_mum",
  "namaskar tai 🙏 mi Sunita. japa maid cha kaam karte – navjat baal ani aai chi malish, anghol – 10 varsha\n"
  "Mumbai, Dharavi\n"
  "Thane pan chalel\n"
  "24 taas rahun: 25000 mahina",
  CARE, ["japa/newborn care"], "Mumbai", "Dharavi", travel=["Thane"], pay=25000, unit="month", exp=10,
  langs=["Marathi"], note="'24 taas' = 24 hours, not pay")

G("andheri_japa",
  "Japa maid needed (24 hrs) for 40 days, Andheri West, Mumbai. ₹28,000 + food. Exp must.",
  CARE, ["japa/newborn care"], "Mumbai", "Andheri West", pay=28000, unit="month", dates="40 days",
  exp={"japa_mum": 2})
G("thane_japa_mr",
  "नवजात बाळ आणि बाळंतिणीसाठी जपा मावशी हवी – घोडबंदर रोड, ठाणे. महिना ₹२४,०००.",
  CARE, ["japa/newborn care"], "Thane", "घोडबंदर रोड", pay=24000, unit="month",
  note="Marathi Devanagari, Devanagari digits; pay 0.96 -> grade 1", exp={"japa_mum": 1})
G("nm_japa",
  "जपा मेड चाहिए, खारघर, नवी मुंबई, 30000 महीना",
  CARE, ["japa/newborn care"], "Navi Mumbai", "खारघर", pay=30000, unit="month",
  note="Navi Mumbai is not Mumbai and not in her list -> 0", exp={"japa_mum": 0})
G("mum_elder",
  "Elderly care attendant (day shift), Dadar Mumbai, 20000",
  CARE, ["elderly care attendant"], "Mumbai", "Dadar", pay=20000, unit="month",
  note="elder subgroup not adjacent to newborn -> 0", exp={"japa_mum": 0})
G("mum_babystore",
  "Baby products store salesgirl, Sion, Mumbai, 13000",
  RET, ["showroom/counter sales"], "Mumbai", "Sion", pay=13000, unit="month",
  note="word trap 'baby'", exp={"japa_mum": 0})

# ---------------------------------------------------------------- elder care, Kochi (Malayalam)
W("elder_kochi",
  "ഹലോ, ഞാൻ ബിന്ദു. elderly care / bedridden patients നെ നോക്കുന്ന ജോലി 8 വർഷം. GNM അല്ല, caregiver course ചെയ്തിട്ടുണ്ട്\n"
  "കൊച്ചി, ഇടപ്പള്ളി\n"
  "24 മണിക്കൂർ stay-in ok\n"
  "മാസം ₹20,000 വേണം",
  CARE, ["elderly care attendant", "bedridden patient care"], "Kochi", "ഇടപ്പള്ളി", pay=20000, unit="month", exp=8,
  langs=["Malayalam"], note="'GNM അല്ല' = not a nurse, so no home-nursing skill")

G("kochi_amma",
  "80 വയസ്സുള്ള അമ്മയെ നോക്കാൻ caregiver / bystander വേണം, കാക്കനാട്, കൊച്ചി. Stay-in. ₹22,000. മലയാളം നിർബന്ധം.",
  CARE, ["elderly care attendant"], "Kochi", "കാക്കനാട്", pay=22000, unit="month", langs=["Malayalam"],
  note="age 80 is a distractor", exp={"elder_kochi": 2})
G("kochi_bedridden_ml",
  "കിടപ്പിലായ രോഗിയെ നോക്കാൻ ആളെ വേണം – വൈറ്റില, കൊച്ചി. മാസം ₹18,000.",
  CARE, ["bedridden patient care"], "Kochi", "വൈറ്റില", pay=18000, unit="month",
  note="pay 0.9 -> grade 1", exp={"elder_kochi": 1})
G("kochi_injection",
  "Home nurse for injections & dressing, Palarivattom, Kochi, 25000",
  CARE, ["home nursing (injections/dressing)"], "Kochi", "Palarivattom", pay=25000, unit="month",
  note="nursing adjacent to elder -> grade 1", exp={"elder_kochi": 1})
G("kochi_japa",
  "Japa / newborn care, Kadavanthra, Kochi, 22000",
  CARE, ["japa/newborn care"], "Kochi", "Kadavanthra", pay=22000, unit="month", exp={"elder_kochi": 0})
G("tsr_elder",
  "Elderly care home attendant, Thrissur, ₹18,000",
  CARE, ["elderly care attendant"], "Thrissur", None, pay=18000, unit="month",
  note="Thrissur not reachable for the Kochi caregiver; same city as the makeup artist",
  exp={"elder_kochi": 0, "makeup_tsr": 0})

# ---------------------------------------------------------------- tiffin cook, Nashik (Marathi)
W("tiffin_nsk",
  "नमस्कार 🙏 मी मंगल पाटील\n"
  "घरगुती डबे (टिफिन) बनवण्याचा ६ वर्षांचा अनुभव, रोज ४० डबे, महाराष्ट्रीयन जेवण\n"
  "मेस किंवा टिफिन सेंटर मध्ये स्वयंपाकीण म्हणून काम पाहिजे\n"
  "नाशिक, गंगापूर रोड\n"
  "रविवारी सुट्टी\n"
  "महिना १२,००० पेक्षा कमी नको",
  COOK, ["tiffin cooking", "maharashtrian cooking"], "Nashik", "गंगापूर रोड", pay=12000, unit="month",
  d="mon-sat", exp=6, langs=["Marathi"], note="'रोज ४० डबे' (40 tiffins a day) is not pay")

G("nsk_tiffin",
  "Tiffin service la cook pahije (ladies), College Road Nashik. ₹13,000. Mon–Sat.",
  COOK, ["tiffin cooking"], "Nashik", "College Road", pay=13000, unit="month", d="mon-sat",
  exp={"tiffin_nsk": 2})
G("nsk_mess_mr",
  "मेस साठी महिला स्वयंपाकी पाहिजे, नाशिक रोड. पगार 11,000. सगळे दिवस काम.",
  COOK, ["tiffin cooking"], "Nashik", "नाशिक रोड", pay=11000, unit="month", d="all",
  note="pay 0.92 + all days vs mon-sat -> two soft -> 0", exp={"tiffin_nsk": 0})
G("nsk_family",
  "Maharashtrian cook for family of 5, Indira Nagar, Nashik, 12000 pm, 2 times",
  COOK, ["maharashtrian cooking"], "Nashik", "Indira Nagar", pay=12000, unit="month",
  note="'family of 5' is not slots", exp={"tiffin_nsk": 2})
G("nsk_chinese",
  "Chinese / fast food cook for hotel, Dwarka, Nashik, 15000",
  COOK, ["chinese/fast food cooking"], "Nashik", "Dwarka", pay=15000, unit="month",
  note="Dwarka here is Nashik; commercial not adjacent to home -> 0", exp={"tiffin_nsk": 0})
G("nsk_tiffin_delivery",
  "Tiffin delivery boy with bike, Nashik (Canada Corner), 9000 + petrol",
  DEL, ["food delivery"], "Nashik", "Canada Corner", pay=9000, unit="month",
  note="word trap 'tiffin': delivery", exp={"tiffin_nsk": 0})

# ---------------------------------------------------------------- maid, Gurugram
W("maid_ggn",
  "didi mera naam Rekha hai, Malda (Bengal) se hu, abhi Gurgaon sector 56 me rehti hu\n"
  "jhadu pocha bartan karti hu 5 saal se\n"
  "full time 12000 mahina chahiye\n"
  "Sunday chutti",
  CLN, ["house cleaning (jhadu-pocha)", "utensil washing"], "Gurugram", "Sector 56", pay=12000, unit="month",
  d="mon-sat", exp=5, langs=["Hindi"], note="origin Malda does not count; Gurgaon = Gurugram")

G("ggn_fulltime",
  "फुल टाइम मेड चाहिए – झाड़ू-पोछा, बर्तन – DLF फेज़ 4, गुड़गांव। ₹13,000। रविवार छुट्टी।",
  CLN, ["house cleaning (jhadu-pocha)", "utensil washing"], "Gurugram", "DLF फेज़ 4", pay=13000, unit="month",
  d="mon-sat", exp={"maid_ggn": 2})
G("ggn_office_hk",
  "Office house keeping staff, Udyog Vihar Phase 3, GGN. 14,000 + ESI. Mon–Sat.",
  CLN, ["office housekeeping"], "Gurugram", "Udyog Vihar Phase 3", pay=14000, unit="month", d="mon-sat",
  note="commercial adjacent to home -> grade 1", exp={"maid_ggn": 1})
G("delhi_maid",
  "Maid needed in Vasant Kunj, Delhi, 14000, full day, expirience must",
  CLN, ["house cleaning (jhadu-pocha)"], "Delhi", "Vasant Kunj", pay=14000, unit="month",
  note="Delhi not reachable", exp={"maid_ggn": 0})
G("ggn_nanny",
  "Nanny for 2-yr-old, Sector 57 Gurugram, 15000",
  CLN, ["babysitting/nanny"], "Gurugram", "Sector 57", pay=15000, unit="month",
  note="childcare not adjacent -> 0", exp={"maid_ggn": 0})

# ---------------------------------------------------------------- security guard, Guwahati
W("guard_ghy",
  "Namaskar sir. Ex-Army (Assam Regiment), retired Havildar, 17 yrs service.\n"
  "Now looking for security guard / supervisor job.\n"
  "Guwahati, Beltola\n"
  "age 44\n"
  "min salary 16000\n"
  "night shift ok",
  SEC, ["residential security guard", "office/factory security guard"], "Guwahati", "Beltola", pay=16000,
  unit="month", age=44, langs=["English"], note="army service is not guard experience (null); age 44")

G("ghy_dispur",
  "Security guard reqd – ex-servicemen preferred – Dispur, Guwahati. ₹18,000 + PF. 12 hr shift.",
  SEC, ["office/factory security guard"], "Guwahati", "Dispur", pay=18000, unit="month",
  exp={"guard_ghy": 2})
G("ghy_atm",
  "ATM guard night shift, Zoo Road, Guwahati, ₹15,500",
  SEC, ["ATM guard"], "Guwahati", "Zoo Road", pay=15500, unit="month",
  note="ATM guard not named + pay 0.97 -> two soft -> 0", exp={"guard_ghy": 0})
G("ghy_factory",
  "Factory security guard, Amingaon, Guwahati. 17000/month",
  SEC, ["office/factory security guard"], "Guwahati", "Amingaon", pay=17000, unit="month",
  exp={"guard_ghy": 2})
G("ghy_society",
  "গুৱাহাটীৰ গণেশগুৰিত এপাৰ্টমেণ্টৰ বাবে চিকিউৰিটি গাৰ্ড লাগে, মাহে ১৬৫০০ টকা, ১২ ঘণ্টা",
  SEC, ["residential security guard"], "Guwahati", "গণেশগুৰি", pay=16500, unit="month",
  note="Assamese (Bengali-Assamese script); '১২ ঘণ্টা' = 12 hours", exp={"guard_ghy": 2})
G("ghy_bouncer",
  "Bouncer for club, GS Road Guwahati, 1500/night",
  SEC, ["event security/bouncer"], "Guwahati", "GS Road", pay=1500, unit="task", per="night",
  exp={"guard_ghy": 0})
G("ghy_scam",
  "SECURITY GUARD VACANCY 50 POSTS – Guwahati – salary 21000. Uniform + training fee ₹3,500 deposit at joining.",
  SEC, ["residential security guard"], "Guwahati", None, pay=21000, unit="month", slots=50, scam=True,
  note="scam: uniform/training deposit", exp={"guard_ghy": 0})

# ---------------------------------------------------------------- electrician, Kanpur
W("elec_knp",
  "electrican hu bhai ⚡ ghar ki wiring, MCB DB, inverter fitting sab karta hu\n"
  "11 saal\n"
  "Kanpur, Kidwai Nagar\n"
  "Lucknow bhi ja sakta hu\n"
  "700 rs din minimum",
  ELE, ["house wiring", "MCB/DB installation", "inverter installation"], "Kanpur", "Kidwai Nagar",
  travel=["Lucknow"], pay=700, unit="day", exp=11, langs=["Hindi"], note="typo 'electrican'")

G("knp_wiring",
  "नए मकान की वायरिंग के लिए इलेक्ट्रीशियन चाहिए, कल्याणपुर, कानपुर, ₹800 रोज़, 20 दिन का काम",
  ELE, ["house wiring"], "Kanpur", "कल्याणपुर", pay=800, unit="day", dates="20 दिन", exp={"elec_knp": 2})
G("lko_inverter",
  "Inverter installation technician, Gomti Nagar Lucknow, 18000 pm",
  ELE, ["inverter installation"], "Lucknow", "Gomti Nagar", pay=18000, unit="month",
  note="18000/26 = 692/day -> 0.99 -> grade 1", exp={"elec_knp": 1})
G("knp_switch",
  "Switchboard repair & fan fitting, Swaroop Nagar, Kanpur, 650/day",
  ELE, ["switchboard repair", "fan/light fitting"], "Kanpur", "Swaroop Nagar", pay=650, unit="day",
  note="same domestic subgroup, no shared skill + pay 0.93 -> 0", exp={"elec_knp": 0})
G("knp_panel",
  "Industrial panel wiring electrician, Panki Industrial Area, Kanpur, 900/day",
  ELE, ["industrial panel wiring"], "Kanpur", "Panki Industrial Area", pay=900, unit="day",
  exp={"elec_knp": 0})
G("knp_erick",
  "Electric rickshaw driver chahiye Kanpur, Govind Nagar, 600/day",
  "driving", ["e-rickshaw driving"], "Kanpur", "Govind Nagar", pay=600, unit="day",
  note="word trap 'electric'", exp={"elec_knp": 0, "erick_mzf": 0})
G("lko_mcb",
  "नए फ्लैट्स में MCB/DB लगाने का काम, जानकीपुरम लखनऊ, ₹750 रोज़",
  ELE, ["MCB/DB installation"], "Lucknow", "जानकीपुरम", pay=750, unit="day", exp={"elec_knp": 2})

# ---------------------------------------------------------------- plumber, Visakhapatnam
W("plumber_vzg",
  "hello andi, plumber ni, 6 years. bathroom fitting, CPVC line, motor fitting chestanu\n"
  "Vizag, Gajuwaka\n"
  "roju 750 kavali\n"
  "sunday kuda pani chestanu",
  PLU, ["bathroom fitting", "CPVC/PVC pipeline", "water pump/motor fitting"], "Visakhapatnam", "Gajuwaka",
  pay=750, unit="day", exp=6, langs=["Telugu"], note="'sunday kuda' (Sunday too) does not name all days -> null")

G("vzg_bath_te",
  "ప్లంబర్ కావాలి – కొత్త అపార్ట్మెంట్ లో బాత్రూమ్ ఫిట్టింగ్, MVP కాలనీ, వైజాగ్. రోజుకు ₹850.",
  PLU, ["bathroom fitting"], "Visakhapatnam", "MVP కాలనీ", pay=850, unit="day", exp={"plumber_vzg": 2})
G("vzg_leak",
  "Leak repair plumbar, Madhurawada Vizag, 700/day",
  PLU, ["leak repair"], "Visakhapatnam", "Madhurawada", pay=700, unit="day",
  note="same subgroup, no shared skill + pay 0.93 -> 0", exp={"plumber_vzg": 0})
G("vzg_motor",
  "వాటర్ మోటార్ ఫిట్టింగ్ & పైప్ లైన్ – ద్వారకా నగర్, విశాఖపట్నం – నెలకు ₹20,000",
  PLU, ["water pump/motor fitting", "CPVC/PVC pipeline"], "Visakhapatnam", "ద్వారకా నగర్", pay=20000, unit="month",
  note="20000/26 = 769/day", exp={"plumber_vzg": 2})
G("vzg_sprinkler",
  "Fire sprinkler pipeline fitter, Vizag Steel Plant area, 900/day",
  PLU, ["fire sprinkler pipeline"], "Visakhapatnam", None, pay=900, unit="day", exp={"plumber_vzg": 0})
G("vja_plumber",
  "Plumber needed Vijayawada (Governorpet), 800/day",
  PLU, ["bathroom fitting", "leak repair"], "Vijayawada", "Governorpet", pay=800, unit="day",
  note="Vijayawada not reachable; same city as the Telugu support worker", exp={"plumber_vzg": 0, "telugu_cs_vja": 0})

# ---------------------------------------------------------------- tile fitter, Mysuru
W("tile_mys",
  "namaskara sir, tile fitting mattu granite kelsa madtini, 10 varsha\n"
  "Mysore, Hebbal\n"
  "Bangalore ge hogthini\n"
  "dina 1000 beku",
  MAS, ["tile fitting", "granite/marble fitting"], "Mysuru", "Hebbal", travel=["Bengaluru"], pay=1000, unit="day",
  exp=10, langs=["Kannada"], note="Hebbal exists in both Mysuru and Bengaluru")

G("blr_hebbal_tile",
  "ಟೈಲ್ ಮೇಸನ್ ಬೇಕು – ವಿಲ್ಲಾ ಪ್ರಾಜೆಕ್ಟ್, ಹೆಬ್ಬಾಳ, ಬೆಂಗಳೂರು. ದಿನಕ್ಕೆ ₹1,200. 2 ತಿಂಗಳು ಕೆಲಸ.",
  MAS, ["tile fitting"], "Bengaluru", "ಹೆಬ್ಬಾಳ", pay=1200, unit="day", dates="2 ತಿಂಗಳು",
  note="Hebbal, Bengaluru (reached by travel)", exp={"tile_mys": 2})
G("mys_tile_kn",
  "ಟೈಲ್ಸ್ ಹಾಕೋಕೆ ಮೇಸ್ತ್ರಿ ಬೇಕು – ವಿಜಯನಗರ, ಮೈಸೂರು. ಸ್ಕ್ವೇರ್ ಫೀಟ್ ಗೆ ₹22.",
  MAS, ["tile fitting"], "Mysuru", "ವಿಜಯನಗರ", pay=22, unit="task", per="sq ft",
  note="per sq ft vs per day: not comparable", exp={"tile_mys": 2})
G("mys_plaster",
  "Plastering mason reqd, Bogadi, Mysuru, 900/day, urgnt",
  MAS, ["plastering"], "Mysuru", "Bogadi", pay=900, unit="day",
  note="same mason subgroup + pay 0.9 -> 0", exp={"tile_mys": 0})
G("mys_pop",
  "POP false ceiling work, Mysuru, 1100/day",
  MAS, ["POP/gypsum false ceiling"], "Mysuru", None, pay=1100, unit="day", exp={"tile_mys": 0})
G("mys_tileshop",
  "Tiles showroom salesman, Nazarbad, Mysuru, 15000",
  RET, ["showroom/counter sales"], "Mysuru", "Nazarbad", pay=15000, unit="month",
  note="word trap 'tiles' for the tile fitter; for the Mysuru cashier it is the same store subgroup -> grade 1",
  exp={"tile_mys": 0, "cashier_mys": 1})

# ---------------------------------------------------------------- AC technician, Ahmedabad
W("ac_amd",
  "AC technician chhu, split ane window AC installation, servicing, gas charging\n"
  "5 varas, Daikin service partner ma kaam karyu\n"
  "Ahmedabad, Maninagar\n"
  "Gandhinagar pan jau\n"
  "mahine 18k minimum",
  AC, ["AC installation", "AC servicing", "AC gas charging"], "Ahmedabad", "Maninagar", travel=["Gandhinagar"],
  pay=18000, unit="month", exp=5, langs=["Gujarati"])

G("amd_summer_ac",
  "AC technician reqd for summer season – Satellite, Ahmedabad. ₹20,000 + incentive. Apr–Jun.",
  AC, ["AC servicing", "AC installation"], "Ahmedabad", "Satellite", pay=20000, unit="month", dates="Apr–Jun",
  exp={"ac_amd": 2})
G("gnr_fridge_ac",
  "ફ્રિજ અને AC રિપેર ટેકનિશિયન જોઈએ, સેક્ટર 21, ગાંધીનગર, ₹17,000",
  AC, ["refrigerator repair", "AC servicing"], "Gandhinagar", "સેક્ટર 21", pay=17000, unit="month",
  note="shared AC servicing; pay 0.94 -> grade 1", exp={"ac_amd": 1})
G("amd_washing",
  "વોશિંગ મશીન રિપેર ટેકનિશિયન જોઈએ, નિકોલ, અમદાવાદ, ₹19,000",
  AC, ["washing machine repair"], "Ahmedabad", "નિકોલ", pay=19000, unit="month",
  note="appliance adjacent to cooling -> grade 1", exp={"ac_amd": 1})
G("amd_car_ac",
  "Car AC repair mechanic, Naroda, Ahmedabad, 20000",
  "vehicle repair", ["car AC repair"], "Ahmedabad", "Naroda", pay=20000, unit="month",
  note="word trap 'AC': vehicle repair", exp={"ac_amd": 0, "carmech_ngp": 0})
G("amd_ac_scam",
  "AC technician job Ahmedabad – ₹25,000 salary. Company tool kit ₹4,999 pay karvu padse joining pehla.",
  AC, ["AC servicing"], "Ahmedabad", None, pay=25000, unit="month", scam=True,
  note="scam: paid tool kit", exp={"ac_amd": 0})

# ---------------------------------------------------------------- delivery rider, Bengaluru
W("rider_blr",
  "hi sir, delivery boy 2 years – swiggy & zepto\n"
  "own bike, DL ide\n"
  "Bengaluru, HSR Layout\n"
  "weekly 6000 min\n"
  "night shift ok",
  DEL, ["food delivery", "quick-commerce delivery"], "Bengaluru", "HSR Layout", pay=6000, unit="week", exp=2,
  langs=["English"], note="weekly minimum")

G("blr_dark_store",
  "ಕ್ವಿಕ್ ಕಾಮರ್ಸ್ delivery partners ಬೇಕು – HSR / ಕೋರಮಂಗಲ dark store. ವಾರಕ್ಕೆ ₹7,000+ payout. ಸ್ವಂತ bike + DL.",
  DEL, ["quick-commerce delivery"], "Bengaluru", "HSR / ಕೋರಮಂಗಲ", pay=7000, unit="week", exp={"rider_blr": 2})
G("blr_parcel",
  "Parcel delivery boy, Electronic City, Bengaluru, ₹22,000 pm",
  DEL, ["parcel delivery"], "Bengaluru", "Electronic City", pay=22000, unit="month",
  note="no shared skill + 22000/month = 5077/week -> 0.85 -> two soft -> 0", exp={"rider_blr": 0})
G("blr_medicine",
  "Medicine delivery rider, Jayanagar, Bangalore – ₹27,000/month",
  DEL, ["medicine delivery"], "Bengaluru", "Jayanagar", pay=27000, unit="month",
  note="no shared skill (same subgroup) -> grade 1; 27000/month = 6231/week", exp={"rider_blr": 1})
G("blr_food_day",
  "ಫುಡ್ ಡೆಲಿವರಿ ಬಾಯ್ಸ್ ಬೇಕು, ಇಂದಿರಾನಗರ, ಬೆಂಗಳೂರು. ದಿನಕ್ಕೆ ₹900.",
  DEL, ["food delivery"], "Bengaluru", "ಇಂದಿರಾನಗರ", pay=900, unit="day",
  note="900/day = 5400/week -> 0.9 -> grade 1", exp={"rider_blr": 1})
G("blr_delivery_mgr",
  "Delivery Manager (Agile/Scrum) – IT services, Whitefield Bengaluru – ₹2,00,000 per month",
  "project management", ["agile delivery management"], "Bengaluru", "Whitefield", pay=200000, unit="month",
  note="word trap 'delivery'; Indian digit grouping", exp={"rider_blr": 0})
G("blr_delivery_scam",
  "Delivery job 🛵 Bengaluru – earn 35k/month! Joining fee ₹2000 for T-shirt, bag & ID card",
  DEL, ["food delivery"], "Bengaluru", None, pay=35000, unit="month", scam=True,
  note="scam: joining fee", exp={"rider_blr": 0})

# ---------------------------------------------------------------- chikankari, Lucknow
W("chikan_lko",
  "आदाब 🙏 मैं शबाना, चिकनकारी कढ़ाई का काम 12 साल से कर रही हूँ\n"
  "मुर्री, बखिया, जाली सब आता है\n"
  "लखनऊ, चौक\n"
  "काम घर ले जाकर करूंगी\n"
  "एक कुर्ते का कम से कम 350 रुपये",
  TAI, ["chikankari embroidery"], "Lucknow", "चौक", pay=350, unit="task", per="kurta", exp=12,
  langs=["Hindi"], note="take-home work is not remote/online")

G("lko_chikan",
  "Chikan kurta karigar chahiye, Aminabad Lucknow. ₹400 per kurta. Maal ghar le ja sakte hain.",
  TAI, ["chikankari embroidery"], "Lucknow", "Aminabad", pay=400, unit="task", per="kurta",
  note="take-home work: physical place (remote false)", exp={"chikan_lko": 2})
G("lko_aari",
  "Aari/zari embroidery karigar, Nakhas, Lucknow, ₹500 per piece",
  TAI, ["aari/zari embroidery"], "Lucknow", "Nakhas", pay=500, unit="task", per="piece",
  note="same embroidery subgroup -> grade 1; per piece vs per kurta not comparable", exp={"chikan_lko": 1})
G("lko_blouse",
  "ब्लाउज़ सिलाई के लिए टेलर चाहिए, इंदिरा नगर लखनऊ, ₹250 प्रति ब्लाउज़",
  TAI, ["blouse stitching"], "Lucknow", "इंदिरा नगर", pay=250, unit="task", per="blouse",
  exp={"chikan_lko": 0})
G("lko_chikan_low",
  "चिकन कुर्तों पर कढ़ाई, ₹250 प्रति कुर्ता, ठाकुरगंज लखनऊ",
  TAI, ["chikankari embroidery"], "Lucknow", "ठाकुरगंज", pay=250, unit="task", per="kurta",
  note="pay 0.71 -> 0", exp={"chikan_lko": 0})
G("lko_chicken",
  "Chicken tikka / tandoor cook chahiye, Hazratganj Lucknow, 15000",
  COOK, ["tandoor cooking"], "Lucknow", "Hazratganj", pay=15000, unit="month",
  note="word trap chicken vs chikan", exp={"chikan_lko": 0})

# ---------------------------------------------------------------- wedding photographer, Amritsar
W("photog_asr",
  "sat sri akal ji 📸 wedding photographer & candid, Sony A7III, 7 saal\n"
  "Amritsar, Ranjit Avenue\n"
  "Jalandhar, Ludhiana vi aa jaanga\n"
  "per day shoot 10000 ton ghatt nahi",
  PHO, ["wedding photography", "candid photography"], "Amritsar", "Ranjit Avenue", travel=["Jalandhar", "Ludhiana"],
  pay=10000, unit="day", exp=7, langs=["Punjabi"], note="'A7III' is a camera model")

G("jal_anandkaraj",
  "ਅਨੰਦ ਕਾਰਜ ਲਈ candid photographer ਚਾਹੀਦਾ, ਜਲੰਧਰ, ₹12,000 ਪ੍ਰਤੀ ਦਿਨ",
  PHO, ["candid photography"], "Jalandhar", None, pay=12000, unit="day", exp={"photog_asr": 2})
G("ldh_corporate",
  "Event photographer for corporate event, Ludhiana, ₹9,000/day",
  PHO, ["event photography"], "Ludhiana", None, pay=9000, unit="day",
  note="same subgroup no shared skill + pay 0.9 -> 0; same city as the gym trainer", exp={"photog_asr": 0, "gym_ldh": 0})
G("asr_wedding_pa",
  "ਵਿਆਹ ਲਈ ਫੋਟੋਗ੍ਰਾਫਰ ਚਾਹੀਦਾ, ਅੰਮ੍ਰਿਤਸਰ, 2 ਦਿਨ, ਕੁੱਲ ₹25,000",
  PHO, ["wedding photography"], "Amritsar", None, pay=25000, unit="task", per="project", dates="2 ਦਿਨ",
  note="total for 2 days = project fee, not comparable", exp={"photog_asr": 2})
G("asr_drone",
  "Drone shoot + videography for wedding, Amritsar, 8000/day",
  PHO, ["drone shoot", "videography"], "Amritsar", None, pay=8000, unit="day", exp={"photog_asr": 0})
G("asr_frame",
  "Photo frame shop salesman, Hall Bazaar Amritsar, 11000",
  RET, ["showroom/counter sales"], "Amritsar", "Hall Bazaar", pay=11000, unit="month",
  note="word trap 'photo'", exp={"photog_asr": 0})
