from common import W, G, MS, WD, ALL

# ---------------- C1. Tamil audio transcription, Tirunelveli (remote) ----------------
DA = "data annotation"
W("tamann", "ta-Taml", "வணக்கம், நான் பிரியா, திருநெல்வேலி பாளையங்கோட்டை\nவீட்டில் இருந்தே ஆன்லைன் வேலை – தமிழ் ஆடியோ டிரான்ஸ்கிரிப்ஷன் 2 வருடம்\nலேப்டாப், ஹெட்ஃபோன் இருக்கு\nஒரு ஆடியோ மணி நேரத்துக்கு குறைந்தது ₹600\nதிங்கள் முதல் வெள்ளி",
  DA, ["tamil audio transcription"], "Tirunelveli", "பாளையங்கோட்டை", remote=True, minpay=600, unit="task",
  per="audio hour", days=WD, exp=2, langs=["Tamil"], note="rate per audio hour is a task rate")
G("tamann_p1", "en", "Remote: Tamil speech transcription project, ₹700 per audio hour, ~200 hrs of data. Tamil native must. Mon-Fri QC calls.",
  DA, ["tamil audio transcription"], None, remote=True, pay=700, unit="task", per="audio hour", days=WD,
  lreq=["Tamil"], want={"tamann": 2})
G("tamann_p2", "ta-Latn", "Tamil audio transcription WFH – 450 rs per audio hour, daily target 2 hrs audio, Tamil typing theriyanum",
  DA, ["tamil audio transcription"], None, remote=True, pay=450, unit="task", per="audio hour",
  note="450/600 = exactly 0.75 -> grade 1 (boundary)", want={"tamann": 1})
G("tamann_n1", "en", "Telugu audio transcription, remote, ₹800 per audio hour",
  DA, ["telugu audio transcription"], None, remote=True, pay=800, unit="task", per="audio hour",
  note="speech_te not adjacent to speech_ta -> 0")
G("tamann_n2", "ta-Taml", "சென்னை கிண்டி அலுவலகத்தில் தமிழ் ஆடியோ டிரான்ஸ்கிரிப்ஷன், ஆஃபீஸ் வந்து வேலை, மாதம் ₹16,000",
  DA, ["tamil audio transcription"], "Chennai", "கிண்டி", pay=16000, unit="month",
  note="onsite in Chennai: not remote, not her city -> 0")
G("tamann_d1", "en", "Tamil voice support executive – WFH, inbound calls for an e-commerce brand, 15k pm",
  "customer support", ["tamil voice support"], None, remote=True, pay=15000, unit="month",
  note="word trap: Tamil voice support is customer support, not transcription")
G("tamann_s1", "ta-Taml", "வீட்டிலிருந்து தமிழ் டைப்பிங்/டிரான்ஸ்கிரிப்ஷன் வேலை! ஆடியோ மணிக்கு ₹1200. லாகின் ஐடி பெற ₹2000 ரெஜிஸ்ட்ரேஷன் கட்டணம் செலுத்தவும்",
  DA, ["tamil audio transcription"], None, remote=True, pay=1200, unit="task", per="audio hour", scam=True,
  note="scam: registration fee for a login ID; grade 2 for tamann otherwise")
G("tamann_p3", "ta-Taml", "தமிழ் பேச்சு ஆடியோவை எழுத்தாக மாற்ற (transcription) ஆட்கள் தேவை, முழுக்க ஆன்லைன், ஒரு ஆடியோ மணி நேரத்துக்கு ₹650",
  DA, ["tamil audio transcription"], None, remote=True, pay=650, unit="task", per="audio hour", want={"tamann": 2})

# ---------------- C2. English-Tamil translator, Salem (remote) ----------------
TR = "translation"
W("tatrans", "en", "Hi, Arun here from Salem (Fairlands)\nFreelance translator English <-> Tamil, 6 yrs – legal docs, school textbooks, app strings\nWork from home only\nRate min ₹1 per word\nMon-Sat",
  TR, ["english-tamil translation"], "Salem", "Fairlands", remote=True, minpay=1, unit="task", per="word",
  days=MS, exp=6, langs=["English", "Tamil"])
G("tatrans_p1", "en", "Need English→Tamil translator for a 12,000-word agri manual, ₹1.20/word, deadline 20 days. Remote.",
  TR, ["english-tamil translation"], None, remote=True, pay=1.2, unit="task", per="word",
  note="12,000 words and 20 days are distractors", want={"tatrans": 2})
G("tatrans_p2", "ta-Taml", "ஆங்கிலம் → தமிழ் மொழிபெயர்ப்பாளர் தேவை, வீட்டிலிருந்தே செய்யலாம், வார்த்தைக்கு 80 பைசா",
  TR, ["english-tamil translation"], None, remote=True, pay=0.8, unit="task", per="word", note="0.8/1 -> grade 1", want={"tatrans": 1})
G("tatrans_n1", "en", "English-Telugu translator (remote) for health app, ₹1.5/word",
  TR, ["english-telugu translation"], None, remote=True, pay=1.5, unit="task", per="word", note="en_te subgroup -> 0")
G("tatrans_n2", "en", "English-Tamil interpreter for factory audit at Hosur SIPCOT, 2 days, ₹6000 per day",
  TR, ["english-tamil translation"], "Hosur", "SIPCOT", pay=6000, unit="day", note="onsite Hosur: infeasible -> 0")
G("tatrans_n3", "ta-Latn", "English to Tamil translation online, 60 paise per word, 50 pages",
  TR, ["english-tamil translation"], None, remote=True, pay=0.6, unit="task", per="word", note="0.6 -> 0")

# ---------------- C3. Retired bank credit officer, Mysuru ----------------
FC = "finance consulting"
W("credit", "en", "Good morning. I am K. Ramaswamy, 63, retired Chief Manager (Credit) from a public sector bank. 34 years service, MSME and agri loan appraisal. Based in Mysuru, Kuvempunagar. Can consult online or travel to Bengaluru. Expect ₹2,500 per hour minimum. Weekdays only.",
  FC, ["credit appraisal"], "Mysuru", "Kuvempunagar", travel=["Bengaluru"], remote=True, minpay=2500, unit="hour",
  days=WD, exp=34, langs=["English"], age=63)
G("credit_p1", "en", "NBFC in Mysuru (Saraswathipuram) needs a retired banker to review MSME loan files (credit appraisal). ₹3,000/hr, Tue & Thu.",
  FC, ["credit appraisal"], "Mysuru", "Saraswathipuram", pay=3000, unit="hour", days=["tue", "thu"], want={"credit": 2})
G("credit_p2", "kn-Knda", "ಬೆಂಗಳೂರು ಸಹಕಾರಿ ಬ್ಯಾಂಕ್‌ಗೆ ಸಾಲ ಅರ್ಜಿ ಪರಿಶೀಲನೆ (credit appraisal) ಕನ್ಸಲ್ಟೆಂಟ್ ಬೇಕು. ಗಂಟೆಗೆ ₹2,200. ಸೋಮ–ಶುಕ್ರ. ನಿವೃತ್ತ ಬ್ಯಾಂಕ್ ಅಧಿಕಾರಿ ಆದ್ಯತೆ.",
  FC, ["credit appraisal"], "Bengaluru", None, pay=2200, unit="hour", days=WD, note="0.88 -> grade 1", want={"credit": 1})
G("credit_n1", "en", "Remote credit risk advisor for a fintech lending app, ₹18,000 per day, Mon-Fri, 3 months",
  FC, ["risk management advisory"], None, remote=True, pay=18000, unit="day", days=WD,
  note="same banking subgroup (soft) + 18000/8 = 2250/hr = 0.9 (soft) -> 0")
G("credit_n2", "en", "Virtual CFO for a Mysuru agri startup, ₹1.2 lakh per month retainer",
  FC, ["virtual CFO"], "Mysuru", None, pay=120000, unit="month", note="cfo subgroup not adjacent to banking -> 0")
G("credit_n3", "en", "Credit appraisal consultant, onsite Hyderabad (Begumpet), ₹4000/hour",
  FC, ["credit appraisal"], "Hyderabad", "Begumpet", pay=4000, unit="hour", note="Hyderabad not feasible -> 0")
G("credit_d1", "kn-Knda", "ಮೈಸೂರು ಕುವೆಂಪುನಗರದಲ್ಲಿ ಬ್ಯಾಂಕ್ ATM ಗೆ ಸೆಕ್ಯೂರಿಟಿ ಗಾರ್ಡ್ ಬೇಕು, ರಾತ್ರಿ ಪಾಳಿ, ₹12,000",
  "security", ["ATM guard"], "Mysuru", "ಕುವೆಂಪುನಗರ", pay=12000, unit="month", note="word trap: bank ATM guard")
G("credit_p3", "en", "Online: help our co-operative society set up a credit appraisal checklist for gold & MSME loans. ₹2,500 per hour, 10 hours, weekdays.",
  FC, ["credit appraisal"], None, remote=True, pay=2500, unit="hour", days=WD, want={"credit": 2})

# ---------------- C4. GST accountant, Jalandhar ----------------
BK = "bookkeeping/accounting"
W("gst", "pa-Latn", "sat sri akal ji, main Harjit Kaur, Jalandhar Model Town\nGST return (GSTR-1, 3B), Tally ch entries, TDS v\nB.Com, 7 saal da experience\nghar ton online v kar sakdi haan\nminimum 15000 mahina\nLudhiana ja sakdi haan",
  BK, ["GST return filing", "tally bookkeeping", "TDS filing"], "Jalandhar", "Model Town", travel=["Ludhiana"],
  remote=True, minpay=15000, unit="month", exp=7, langs=["Punjabi"])
G("gst_p1", "pa-Guru", "ਜਲੰਧਰ ਵਿੱਚ ਟ੍ਰੇਡਿੰਗ ਫਰਮ ਲਈ ਅਕਾਊਂਟੈਂਟ ਚਾਹੀਦਾ – GST ਰਿਟਰਨ ਅਤੇ Tally. ਤਨਖਾਹ 18000. ਸਮਾਂ 10 ਤੋਂ 6",
  BK, ["GST return filing", "tally bookkeeping"], "Jalandhar", None, pay=18000, unit="month", want={"gst": 2})
G("gst_p2", "en", "Remote GST filer for 25 small clients (GSTR-1/3B), ₹350 per return",
  BK, ["GST return filing"], None, remote=True, pay=350, unit="task", per="return",
  note="per return vs monthly: not compared", want={"gst": 2})
G("gst_p3", "en", "Ludhiana hosiery unit needs accountant for Tally entries, 13,000 pm, Focal Point",
  BK, ["tally bookkeeping"], "Ludhiana", "Focal Point", pay=13000, unit="month", note="0.867 -> grade 1", want={"gst": 1})
G("gst_n1", "hi-Latn", "Jalandhar CA office ko ITR filing ke liye assistant chahiye, 12000",
  BK, ["income tax return filing"], "Jalandhar", None, pay=12000, unit="month",
  note="same tax subgroup (soft) + 0.8 (soft) -> 0")
G("gst_n2", "pa-Guru", "ਅੰਮ੍ਰਿਤਸਰ ਰਣਜੀਤ ਐਵੇਨਿਊ, GST ਅਕਾਊਂਟੈਂਟ ਚਾਹੀਦਾ, 20000",
  BK, ["GST return filing"], "Amritsar", "ਰਣਜੀਤ ਐਵੇਨਿਊ", pay=20000, unit="month", note="Amritsar not feasible and not remote -> 0")
G("gst_d1", "hi-Latn", "Jalandhar sports goods factory (Basti Sheikh) me packing ke liye 10 ladke, 11000",
  "warehouse/loading", ["picking/packing"], "Jalandhar", "Basti Sheikh", pay=11000, unit="month", slots=10,
  note="decoy: packing in the accountant's city")

# ---------------- C5. Blouse tailor, Guntur ----------------
TL = "tailoring"
W("blouse", "te-Telu", "నమస్కారం అండి, నేను లక్ష్మి, గుంటూరు బ్రాడీపేట\nబ్లౌజ్ కుట్టడం 10 ఏళ్లు – సింపుల్, డిజైనర్ బ్లౌజ్. మగ్గం వర్క్ చేయను\nఒక బ్లౌజ్ కి కనీసం 350\nతెనాలి కి కూడా వెళ్తాను",
  TL, ["blouse stitching"], "Guntur", "బ్రాడీపేట", travel=["Tenali"], minpay=350, unit="task", per="blouse",
  exp=10, langs=["Telugu"], note="says she does not do maggam (aari) work")
G("blouse_p1", "te-Telu", "గుంటూరు అరండల్ పేట బొటిక్ కి బ్లౌజ్ టైలర్ కావాలి. ఒక్కో బ్లౌజ్ కి ₹400.",
  TL, ["blouse stitching"], "Guntur", "అరండల్ పేట", pay=400, unit="task", per="blouse", want={"blouse": 2})
G("blouse_p2", "te-Telu", "తెనాలి బొటిక్ కి బ్లౌజ్ కుట్టే టైలర్ కావాలి, ఒక బ్లౌజ్ కి ₹300, వారానికి సుమారు 30 బ్లౌజులు",
  TL, ["blouse stitching"], "Tenali", None, pay=300, unit="task", per="blouse", note="0.857 -> grade 1", want={"blouse": 1})
G("blouse_n1", "te-Telu", "మగ్గం వర్క్ (aari) చేసేవాళ్ళు కావాలి, గుంటూరు, ఒక్కో పీస్ కి ₹800",
  TL, ["aari/zari embroidery"], "Guntur", None, pay=800, unit="task", per="piece",
  note="embroidery subgroup not adjacent -> 0 (and she said no maggam)")
G("blouse_p3", "te-Latn", "Guntur Brodipet lo salwar suits kuttadaniki tailor kavali, okka suit ki 250",
  TL, ["salwar suit stitching"], "Guntur", "Brodipet", pay=250, unit="task", per="suit",
  note="same tailor subgroup (soft); per suit vs per blouse not compared -> grade 1", want={"blouse": 1})
G("blouse_n3", "te-Telu", "గుంటూరు ఆటోనగర్ గార్మెంట్ ఫ్యాక్టరీ కి మెషిన్ ఆపరేటర్లు 15 మంది కావాలి, జీతం 12000",
  TL, ["garment machine operator"], "Guntur", "ఆటోనగర్", pay=12000, unit="month", slots=15, note="factory subgroup -> 0")

# ---------------- C6. Zari/aari embroidery, Bareilly ----------------
W("zari", "hi-Deva", "आदाब, मेरा नाम शबनम है, बरेली, किला इलाका\nज़री ज़रदोज़ी और आरी का काम 12 साल से करती हूँ\nएक पीस का कम से कम 600 रुपये (लहंगा बॉर्डर)\nजुमे को काम नहीं करती",
  TL, ["aari/zari embroidery"], "Bareilly", "किला", minpay=600, unit="task", per="piece",
  days=["mon", "tue", "wed", "thu", "sat", "sun"], exp=12, langs=["Hindi"], note="Friday (jumma) off -> all but fri")
G("zari_p1", "hi-Latn", "Zardozi karigar chahiye Bareilly, Shahamatganj – bridal lehenga border, 750 per piece",
  TL, ["aari/zari embroidery"], "Bareilly", "Shahamatganj", pay=750, unit="task", per="piece", want={"zari": 2})
G("zari_p2", "hi-Deva", "बरेली में आरी वर्क के लिए 5 कारीगर चाहिए, ₹500 प्रति पीस, काम घर ले जा सकते हैं",
  TL, ["aari/zari embroidery"], "Bareilly", None, pay=500, unit="task", per="piece", slots=5,
  note="0.833 -> grade 1", want={"zari": 1})
G("zari_n1", "hi-Deva", "बरेली सिविल लाइंस बुटीक के लिए लहंगा सिलाई मास्टर चाहिए, पंद्रह हज़ार महीना",
  TL, ["lehenga stitching"], "Bareilly", "सिविल लाइंस", pay=15000, unit="month", note="tailor subgroup not adjacent to embroidery -> 0")
G("zari_p3", "hi-Deva", "ज़री के काम के लिए कारीगर, बरेली, सिर्फ़ जुमा और हफ़्ता (शुक्र-शनि), ₹700 पीस",
  TL, ["aari/zari embroidery"], "Bareilly", None, pay=700, unit="task", per="piece", days=["fri", "sat"],
  note="Fri+Sat vs no Friday: partial overlap -> grade 1", want={"zari": 1})
G("zari_d1", "hi-Deva", "बरेली कुतुबखाना में झुमका और चूड़ी की दुकान पर सेल्समैन चाहिए, ₹8000",
  "retail/sales", ["showroom/counter sales"], "Bareilly", "कुतुबखाना", pay=8000, unit="month", note="decoy")

# ---------------- C7. Mehendi artist, Jodhpur ----------------
W("mehendi", "hi-Latn", "Hii 😊 I am Komal, mehendi artist from Jodhpur (Sardarpura)\nbridal mehendi, arabic, rajasthani full hand\n5 saal se\nbridal ka minimum 3100 per dulhan\nJaipur, Pali ja sakti hu",
  "beauty", ["mehendi"], "Jodhpur", "Sardarpura", travel=["Jaipur", "Pali"], minpay=3100, unit="task", per="bride",
  exp=5, langs=["Hindi", "English"])
G("mehendi_p1", "hi-Latn", "Bridal mehendi artist chahiye 25 Nov, Ratanada Jodhpur, dulhan full hand + feet, 4000",
  "beauty", ["mehendi"], "Jodhpur", "Ratanada", pay=4000, unit="task", per="bride", dates="25 Nov", want={"mehendi": 2})
G("mehendi_p2", "en", "Mehendi artists needed for sangeet in Jaipur (Vaishali Nagar) – 3 artists, ₹250 per hand for guests",
  "beauty", ["mehendi"], "Jaipur", "Vaishali Nagar", pay=250, unit="task", per="hand", slots=3,
  note="per hand vs per bride: not compared", want={"mehendi": 2})
G("mehendi_p3", "hi-Deva", "पाली में दुल्हन की मेहंदी के लिए आर्टिस्ट चाहिए, ₹2,500",
  "beauty", ["mehendi"], "Pali", None, pay=2500, unit="task", per="bride", note="0.806 -> grade 1", want={"mehendi": 1})
G("mehendi_n1", "en", "Bridal makeup artist needed in Jodhpur for a destination wedding, ₹15,000 per bride",
  "beauty", ["bridal makeup"], "Jodhpur", None, pay=15000, unit="task", per="bride", note="makeup subgroup -> 0")

# ---------------- C8. Solar installer, Bikaner ----------------
W("solar", "hi-Deva", "राम राम सा, मैं मनोज बिश्नोई, बीकानेर (गंगाशहर)\nसोलर पैनल फिटिंग, स्ट्रक्चर, 4 साल से\nछत वाले सोलर और खेत वाले सोलर पंप दोनों लगाता हूँ\n₹800 दिहाड़ी से कम नहीं\nजोधपुर, श्रीगंगानगर जा सकता हूँ",
  "electrical", ["solar panel installation", "solar pump installation"], "Bikaner", "गंगाशहर",
  travel=["Jodhpur", "Sri Ganganagar"], minpay=800, unit="day", exp=4, langs=["Hindi"])
G("solar_p1", "hi-Latn", "Rooftop solar installation team ke liye 3 technician chahiye, Bikaner, 900/day, 15 din ka kaam",
  "electrical", ["solar panel installation"], "Bikaner", None, pay=900, unit="day", slots=3, want={"solar": 2})
G("solar_p2", "hi-Deva", "पीएम-कुसुम खेत प्रोजेक्ट के लिए सोलर पंप लगाने वाला चाहिए, श्रीगंगानगर, ₹22,000 महीना + रहना",
  "electrical", ["solar pump installation"], "Sri Ganganagar", None, pay=22000, unit="month",
  note="22000/26 = 846 >= 800", want={"solar": 2})
G("solar_p3", "hi-Deva", "बीकानेर, जयनारायण व्यास कॉलोनी – सोलर पैनल लगाने वाले चाहिए, ₹600 रोज़",
  "electrical", ["solar panel installation"], "Bikaner", "जयनारायण व्यास कॉलोनी", pay=600, unit="day",
  note="600/800 = exactly 0.75 -> grade 1 (boundary)", want={"solar": 1})
G("solar_n1", "hi-Deva", "जोधपुर में हाउस वायरिंग के लिए इलेक्ट्रीशियन चाहिए, ₹850 रोज़",
  "electrical", ["house wiring"], "Jodhpur", None, pay=850, unit="day", note="domestic subgroup not adjacent to solar -> 0")
G("solar_d1", "hi-Latn", "Bikaner solar plant me panel cleaning staff chahiye 10 log, 9000 mahina",
  "cleaning/domestic", ["deep cleaning"], "Bikaner", None, pay=9000, unit="month", slots=10,
  note="word trap: solar panel cleaning is cleaning")
