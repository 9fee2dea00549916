from common import W, G, MS, WD, ALL, WE

# ---------------- w17 retired bank credit manager, Bhopal
W("w17", "Good morning.\nS.K. Shrivastava, retired Chief Manager (Credit), public sector bank. 33 years service, last 12 in MSME credit appraisal and project loans.\nAge 61. Settled in Arera Colony, Bhopal.\nAvailable for consulting – online or in Bhopal.\nFee expectation: ₹2,000 per hour minimum.\nHindi, English",
  "finance consulting", ["credit appraisal"], "Bhopal", "Arera Colony", remote=True, pay=2000, unit="hour", exp=33,
  langs=["Hindi", "English"], age=61, note="age 61 is not experience; 33 years service")
G("w17a", "NBFC in MP Nagar, Bhopal needs a retired banker as credit appraisal consultant for MSME files. ₹2,500/hour, 3 days a week.",
  "finance consulting", ["credit appraisal"], "Bhopal", "MP Nagar", pay=2500, unit="hour", minexp=15)
G("w17b", "Remote – review project loan appraisal notes (CMA data, DSCR) for a co-operative bank. ₹1,800 per hour. Retired bankers preferred.",
  "finance consulting", ["credit appraisal"], None, None, remote=True, pay=1800, unit="hour", note="0.9 -> grade 1")
G("w17c", "Risk management advisory for a small finance bank's board committee – online, ₹15,000 per meeting",
  "finance consulting", ["risk management advisory"], None, None, remote=True, pay=15000, unit="task", per="meeting",
  note="same banking subgroup -> grade 1; per meeting not comparable")
G("w17d", "Virtual CFO for a Bhopal pharma distributor, 40k per month retainer", "finance consulting", ["virtual CFO"],
  "Bhopal", None, pay=40000, unit="month", note="cfo not adjacent to banking -> 0")
G("w17e", "Credit appraisal consultant – onsite Andheri, Mumbai, ₹3000/hr", "finance consulting", ["credit appraisal"],
  "Mumbai", "Andheri", pay=3000, unit="hour", note="onsite in another city -> 0")

# ---------------- w18 retired HR head, Coimbatore
W("w18", "Hi, this is Meenakshi Sundaram. Retired GM – HR from a textile mill group, 36 years.\nI do labour law compliance (Factories Act, PF/ESI, Standing Orders) and HR audits now.\nLive in Saibaba Colony, Coimbatore; can go to Tiruppur mills.\nOnline also fine.\nMinimum ₹6000 per day\nEnglish, Tamil\nMon-Fri only",
  "HR consulting", ["labour law compliance", "HR audit"], "Coimbatore", "Saibaba Colony", travel=["Tiruppur"], remote=True,
  pay=6000, unit="day", days=WD, exp=36, langs=["English", "Tamil"])
G("w18a", "Garment exporter at Tiruppur needs a labour law compliance consultant before buyer audit (BSCI). ₹7,000 per day, 5 days, Mon–Fri.",
  "HR consulting", ["labour law compliance"], "Tiruppur", None, pay=7000, unit="day", days=WD, note="reached via travel")
G("w18b", "கோவை பீளமேடு – ஸ்பின்னிங் மில்லுக்கு HR ஆடிட் செய்ய அனுபவமுள்ளவர் தேவை. நாள் ஒன்றுக்கு ₹5,000. சனி, ஞாயிறு மட்டும்.",
  "HR consulting", ["HR audit"], "Coimbatore", "Peelamedu", pay=5000, unit="day", days=WE,
  note="Tamil script; Kovai; weekend only vs Mon-Fri -> no overlap -> 0")
G("w18c", "Remote: design compensation & benefits structure for our garment unit (approx 150 staff on rolls), ₹6,500/day, ~8 days",
  "HR consulting", ["compensation & benefits design"], None, None, remote=True, pay=6500, unit="day",
  note="comp adjacent to policy -> grade 1; 150 staff is not slots")
G("w18d", "Recruiter for campus hiring drive, Coimbatore, 25k per month", "HR consulting", ["campus hiring"], "Coimbatore", None,
  pay=25000, unit="month", note="talent subgroup not adjacent -> 0")
G("w18e", "POSH IC external member (online hearings), ₹12,000 per sitting, 10+ yrs HR", "HR consulting",
  ["POSH committee external member"], None, None, remote=True, pay=12000, unit="task", per="sitting", minexp=10,
  note="same policy subgroup -> grade 1")

# ---------------- w19 tractor driver, Bathinda (Gurmukhi)
W("w19", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ\nਮੈਂ ਗੁਰਜੰਟ ਸਿੰਘ, ਟਰੈਕਟਰ ਡਰਾਈਵਰ\nਰੋਟਾਵੇਟਰ, ਕੰਬਾਈਨ ਨਾਲ ਟਰਾਲੀ, ਸਭ ਚਲਾ ਲੈਂਦਾ, 12 ਸਾਲ\nਪਿੰਡ ਭੁੱਚੋ ਮੰਡੀ, ਬਠਿੰਡਾ\nਦਿਹਾੜੀ 800 ਤੋਂ ਘੱਟ ਨਹੀਂ\nਪੰਜਾਬੀ",
  "driving", ["tractor driving"], "Bathinda", "Bhucho Mandi", pay=800, unit="day", exp=12, langs=["Punjabi"],
  note="Gurmukhi; village in Bathinda district")
G("w19a", "ਬਠਿੰਡਾ – ਝੋਨੇ ਦੀ ਵਾਢੀ ਲਈ ਟਰੈਕਟਰ ਡਰਾਈਵਰ ਚਾਹੀਦਾ, ਦਿਹਾੜੀ ₹900, ਰੋਟੀ ਵੀ", "driving", ["tractor driving"], "Bathinda", None,
  pay=900, unit="day")
G("w19b", "Tractor driver chahida Rampura Phul (Bathinda) – trolley ch ret/bajri, 700 roz", "driving", ["tractor driving"],
  "Bathinda", "Rampura Phul", pay=700, unit="day", note="0.875 -> grade 1")
G("w19c", "JCB operator needed Bathinda ring road site, 25000/month", "driving", ["JCB/backhoe operation"], "Bathinda", None,
  pay=25000, unit="month", note="jcb subgroup not adjacent to tractor -> 0")
G("w19d", "Tractor driver wanted in Sirsa farm, 1000 per day", "driving", ["tractor driving"], "Sirsa", None, pay=1000,
  unit="day", note="other town -> 0")
G("w19e", "Truck driver (10 wheeler) Bathinda to Ludhiana route, 22k + trip bhatta", "driving", ["truck driving"],
  "Bathinda", None, pay=22000, unit="month", note="heavy subgroup, not tractor -> 0")

# ---------------- w20 dairy worker, Kolhapur (romanized Marathi)
W("w20", "namaskar saheb\nmi Dattatray Patil, gotha kaam karto\nmhashi-gaay dhar kadhne (haat ni ani machine ni), chara-pani, shen saaf\n15 varsha anubhav\nKagal, Kolhapur\nmahina 12000 pahije, rahnyachi soy asel tar uttam\nmarathi, kannada thoda",
  "dairy/farm", ["milking/cattle care"], "Kolhapur", "Kagal", pay=12000, unit="month", exp=15, langs=["Marathi", "Kannada"],
  note="romanized Marathi; 'dhar kadhne' = milking")
G("w20a", "कोल्हापूर, करवीर – डेअरी फार्मसाठी गोठा कामगार पाहिजे. ४० म्हशी. पगार १३,००० + राहणे.", "dairy/farm",
  ["milking/cattle care"], "Kolhapur", "Karveer", pay=13000, unit="month", note="40 buffaloes are not slots")
G("w20b", "Milking machine operator + cattle care, Gadhinglaj Kolhapur, 11000 pm, family quarter", "dairy/farm",
  ["milking/cattle care"], "Kolhapur", "Gadhinglaj", pay=11000, unit="month", note="0.917 -> grade 1")
G("w20c", "Sugarcane todni labour (harvest) Kolhapur, 500 per day", "dairy/farm", ["farm labour (harvest/sowing)"],
  "Kolhapur", None, pay=500, unit="day", note="farm subgroup not adjacent to dairy -> 0")
G("w20d", "Dairy helper wanted at Anand, Gujarat – 14,000 + stay", "dairy/farm", ["dairy farm helper"], "Anand", None,
  pay=14000, unit="month", note="other city -> 0")
G("w20e", "Kolhapur Shiroli – chhoti dairy me helper (dudh collection, cleaning) 12000", "dairy/farm", ["dairy farm helper"],
  "Kolhapur", "Shiroli", pay=12000, unit="month", note="same dairy subgroup -> grade 1")

# ---------------- w21 tiffin cook, Nagpur (Marathi Devanagari)
W("w21", "नमस्कार ताई\nमी सुनीता वानखेडे\nघरून डबे बनवते – पोळी-भाजी, वरण-भात, सावजी पण\n१० वर्षे अनुभव\nमहाल, नागपूर\nमहिन्याला कमीत कमी ९००० पाहिजे\nरविवार सुट्टी\nमराठी, हिंदी",
  "cooking", ["tiffin cooking", "maharashtrian cooking"], "Nagpur", "Mahal", pay=9000, unit="month", days=MS, exp=10,
  langs=["Marathi", "Hindi"])
G("w21a", "नागपूर सीताबर्डी – हॉस्टेलच्या ३० मुलांसाठी डबा बनवणारी बाई पाहिजे. महिना ₹१०,०००. सोम ते शनि.", "cooking",
  ["tiffin cooking"], "Nagpur", "Sitabuldi", pay=10000, unit="month", days=MS, note="30 boys are customers, not slots")
G("w21b", "Dharampeth Nagpur family ko Maharashtrian khana banane wali chahiye, 2 time, 8500 mahina", "cooking",
  ["maharashtrian cooking"], "Nagpur", "Dharampeth", pay=8500, unit="month", note="0.94 -> grade 1")
G("w21c", "Cook for tiffin service, Nagpur Manish Nagar, all 7 days, 11k", "cooking", ["tiffin cooking"], "Nagpur",
  "Manish Nagar", pay=11000, unit="month", days=ALL, note="partial days -> grade 1")
G("w21d", "Tandoor cook reqd – dhaba on Wardha Road Nagpur, 15000", "cooking", ["tandoor cooking"], "Nagpur", "Wardha Road",
  pay=15000, unit="month", note="commercial subgroup not adjacent -> 0")
G("w21e", "पुणे कोथरूड – डबे बनवण्यासाठी स्वयंपाकीण हवी, १२००० महिना", "cooking", ["tiffin cooking"], "Pune", "Kothrud",
  pay=12000, unit="month", note="other city -> 0")

# ---------------- w22 dhobi / istri, Lucknow (Hinglish)
W("w22", "Salaam sahab\nMohd. Shakeel, dhobi ka khaandani kaam\nkapde dhulai aur press (istri), 20 saal se\nAminabad, Lucknow\nistri ka 10 rupaye kapda se kam nahi lete\nhaftay ke saaton din kaam karte\nhindi, urdu",
  "cleaning/domestic", ["laundry/ironing"], "Lucknow", "Aminabad", pay=10, unit="task", per="piece", days=ALL, exp=20,
  langs=["Hindi", "Urdu"], note="per piece rate -> task; saaton din -> all days")
G("w22a", "Gomti Nagar society (240 flats) me press wala chahiye – kapda pick up karke istri, ₹12 per kapda", "cleaning/domestic",
  ["laundry/ironing"], "Lucknow", "Gomti Nagar", pay=12, unit="task", per="piece", note="240 flats not slots")
G("w22b", "होटल के लिए धोबी चाहिए – हज़रतगंज, लखनऊ। चादर-तौलिया धुलाई। ₹11,000 महीना।", "cleaning/domestic",
  ["laundry/ironing"], "Lucknow", "Hazratganj", pay=11000, unit="month", note="month vs per piece not comparable -> grade 2")
G("w22c", "Istri ka kaam – Aliganj Lko, 8 rupaye per piece", "cleaning/domestic", ["laundry/ironing"], "Lucknow", "Aliganj",
  pay=8, unit="task", per="piece", note="0.8 -> grade 1")
G("w22d", "Lucknow Indira Nagar ghar ke liye jhadu pocha bartan wali, 4000 mahina", "cleaning/domestic",
  ["house cleaning (jhadu-pocha)", "utensil washing"], "Lucknow", "Indira Nagar", pay=4000, unit="month",
  note="same home subgroup -> adjacent, grade 1 for the dhobi (month vs piece not compared)")
G("w22e", "Dry cleaning shop needs press man, Kanpur Swaroop Nagar, 9 rs per piece", "cleaning/domestic", ["laundry/ironing"],
  "Kanpur", "Swaroop Nagar", pay=9, unit="task", per="piece", note="other city -> 0")

# ---------------- w23 pandit, Varanasi (Devanagari)
W("w23", "जय श्री राम 🙏\nपंडित अखिलेश मिश्र, संपूर्णानंद संस्कृत विश्वविद्यालय से आचार्य\nविवाह, गृह प्रवेश, सत्यनारायण कथा, रुद्राभिषेक – 15 वर्ष\nअस्सी घाट के पास, वाराणसी\nलखनऊ और पटना भी जाता हूँ\nदक्षिणा कम से कम ₹2100 प्रति पूजा\nहिंदी, संस्कृत, भोजपुरी",
  "religious services", ["puja/path (pandit)", "wedding rituals (purohit)"], "Varanasi", "Assi Ghat",
  travel=["Lucknow", "Patna"], pay=2100, unit="task", per="puja", exp=15, langs=["Hindi", "Sanskrit", "Bhojpuri"])
G("w23a", "गृह प्रवेश पूजा के लिए पंडित जी चाहिए – सिगरा, वाराणसी, रविवार सुबह। दक्षिणा ₹3100.", "religious services",
  ["puja/path (pandit)"], "Varanasi", "Sigra", pay=3100, unit="task", per="puja", days=["sun"])
G("w23b", "Need pandit ji for Satyanarayan katha at Kankarbagh, Patna – ₹1,800 dakshina + bhojan", "religious services",
  ["puja/path (pandit)"], "Patna", "Kankarbagh", pay=1800, unit="task", per="puja", note="via travel; 0.857 -> grade 1")
G("w23c", "शादी के लिए पुरोहित चाहिए, लखनऊ, 14 फरवरी, पूरा विवाह संस्कार ₹11000", "religious services",
  ["wedding rituals (purohit)"], "Lucknow", None, pay=11000, unit="task", per="wedding", dates="14 February",
  note="per wedding vs per puja not comparable -> grade 2")
G("w23d", "Kundli milan aur jyotish ke liye astrologer chahiye, Varanasi Lanka, ₹500 per kundli", "religious services",
  ["kundli/astrology"], "Varanasi", "Lanka", pay=500, unit="task", per="kundli", note="astrology not adjacent -> 0")
G("w23e", "Pandit ji reqd in Pune Hadapsar for griha pravesh, 5100", "religious services", ["puja/path (pandit)"], "Pune",
  "Hadapsar", pay=5100, unit="task", per="puja", note="Pune not reachable -> 0")

# ---------------- w24 DJ, Gorakhpur (Hinglish)
W("w24", "hello bhai log 🎧🔥\nDJ Vicky (Vikas Yadav) – shaadi, tilak, birthday, jagran\nown setup: 2 top + 2 bass, light, smoke\n5 saal ka experience\nGorakhpur, Rapti Nagar\nek program ka kam se kam 8000\nhindi, bhojpuri",
  "events", ["DJ"], "Gorakhpur", "Rapti Nagar", pay=8000, unit="task", per="event", exp=5, langs=["Hindi", "Bhojpuri"])
G("w24a", "Tilak ceremony ke liye DJ chahiye with lights, Gorakhpur Taramandal, 12 dec, budget 9000", "events", ["DJ"],
  "Gorakhpur", "Taramandal", pay=9000, unit="task", per="event", dates="12 Dec")
G("w24b", "गोरखपुर – बारात के लिए DJ गाड़ी चाहिए, 7000 रुपये", "events", ["DJ"], "Gorakhpur", None, pay=7000, unit="task",
  per="event", note="0.875 -> grade 1")
G("w24c", "Sound + light setup boys for stage show, Gorakhpur, 800 per day", "events", ["sound/light setup"], "Gorakhpur",
  None, pay=800, unit="day", note="same music subgroup -> adjacent; per day vs per event not compared -> grade 1")
G("w24d", "Wedding decorator (flower + tent) Gorakhpur Golghar, per event 25000", "events", ["event/wedding decoration"],
  "Gorakhpur", "Golghar", pay=25000, unit="task", per="event", note="decor subgroup not adjacent -> 0")
G("w24e", "DJ for sangeet night, Varanasi, 15000", "events", ["DJ"], "Varanasi", None, pay=15000, unit="task", per="event",
  note="other city -> 0")
