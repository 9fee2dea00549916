from h import G

# --- retired credit banker
G("g30a", "NBFC in Ludhiana (Ferozepur Road) needs a retired bank credit officer (20+ yrs credit experience) as consultant for MSME loan appraisal. ₹2500/hour",
  "finance consulting", "credit appraisal", "Ludhiana", "Ferozepur Road", 2500, "hour", minexp=20)
G("g30b", "Remote: appraise MSME & agri loan files for a cooperative bank, review CMA data. ₹1500 per hour, 10-15 hrs/week",
  "finance consulting", "credit appraisal", None, None, 1500, "hour", remote=True, note="0.75; '10-15 hrs' is volume")
G("g30c", "Chandigarh Sector 17 - private bank wants risk management advisor (ex-banker) 3 days/month, ₹3000/hr",
  "finance consulting", "risk management advisory", "Chandigarh", "Sector 17", 3000, "hour",
  note="same banking subgroup: soft; Sector 17 is a locality")
G("g30d", "ਜਲੰਧਰ ਦੀ ਫੈਕਟਰੀ ਨੂੰ virtual CFO ਚਾਹੀਦਾ, ₹40,000 ਮਹੀਨਾ",
  "finance consulting", "virtual CFO", "Jalandhar", None, 40000, "month", note="cfo subgroup not adjacent to banking")
G("g30e", "Delhi Connaught Place - credit appraisal consultant for project finance, on-site, ₹3500/hr",
  "finance consulting", "credit appraisal", "Delhi", "Connaught Place", 3500, "hour")

# --- dairy Ludhiana
G("g31a", "ਡੇਅਰੀ ਫਾਰਮ ਲਈ ਬੰਦਾ ਚਾਹੀਦਾ, 20 ਗਾਵਾਂ, ਚੋਆਈ ਤੇ ਸਾਂਭ ਸੰਭਾਲ, ਲੁਧਿਆਣਾ, ੧੫੦੦੦ + ਰਹਿਣਾ",
  "dairy/animal husbandry", "dairy milking/cattle care", "Ludhiana", None, 15000, "month",
  note="Gurmukhi digits ੧੫੦੦੦ = 15000; '20 ਗਾਵਾਂ' is herd size")
G("g31b", "ਲੁਧਿਆਣਾ ਜਗਰਾਓਂ ਰੋਡ ਡੇਅਰੀ ਹੈਲਪਰ, 12000 + ਰੋਟੀ",
  "dairy/animal husbandry", "dairy milking/cattle care", "Ludhiana", "Jagraon Road", 12000, "month", note="0.857")
G("g31c", "ਲੁਧਿਆਣਾ ਪੋਲਟਰੀ ਫਾਰਮ ਤੇ ਕਾਮਾ ਚਾਹੀਦਾ, 11000 + ਕਮਰਾ",
  "dairy/animal husbandry", "poultry farm work", "Ludhiana", None, 11000, "month")
G("g31d", "Jalandhar dairy farm, milking man, 16000",
  "dairy/animal husbandry", "dairy milking/cattle care", "Jalandhar", None, 16000, "month")
G("s9", "Canada dairy farm job!! salary 2 lakh. Ludhiana agent office. file charge 50,000 advance, visa guaranteed",
  "dairy/animal husbandry", "dairy milking/cattle care", "Ludhiana", None, 200000, "month", scam=True, note="visa agent scam")

# --- ironing Kolkata
G("g32a", "সল্টলেক সোসাইটিতে ইস্ত্রি করার লোক চাই, পিস প্রতি ১০ টাকা",
  "laundry", "ironing/press (istri)", "Kolkata", "Salt Lake", 10, "task", "piece")
G("g32b", "পার্ক স্ট্রিটের হোটেলে লন্ড্রি ওয়াশিং স্টাফ চাই, কলকাতা, ১২০০০ টাকা",
  "laundry", "laundry washing", "Kolkata", "Park Street", 12000, "month", note="adjacent press-wash; not comparable")
G("g32c", "গড়িয়াহাটে ড্রাই ক্লিনিং দোকান, পিস প্রতি ৬ টাকা",
  "laundry", "dry cleaning", "Kolkata", "Gariahat", 6, "task", "piece", note="adjacent (soft) + 0.75 (soft) -> 0")
G("g32d", "বাড়ির কাজের লোক চাই, বেলেঘাটা, ঘর মোছা + কাপড় কাচা ইস্ত্রি, মাসে ৫০০০",
  "cleaning/domestic", "house cleaning (jhadu-pocha)|laundry/ironing", "Kolkata", "Beleghata", 5000, "month",
  note="maid work incl. ironing is cleaning/domestic, not laundry; same locality as the dhobi")
G("g32e", "Siliguri press wala chahiye, 9 per piece",
  "laundry", "ironing/press (istri)", "Siliguri", None, 9, "task", "piece")
G("g32f", "Printing press machine operator, Kolkata Bowbazar, offset, 13000",
  "machine operation", "offset printing press operator", "Kolkata", "Bowbazar", 13000, "month", note="word trap 'press'")

# --- tiffin Mumbai
G("g33a", "Tiffin kitchen Lower Parel needs cook for Maharashtrian thali 🍱 16000 pm, Mon-Sat, 7am-3pm",
  "cooking", "tiffin cooking|maharashtrian cooking", "Mumbai", "Lower Parel", 16000, "month", days="mon-sat")
G("g33b", "दादर डबा सर्व्हिस - स्वयंपाकी पाहिजे, रोज 500",
  "cooking", "tiffin cooking", "Mumbai", "Dadar", 500, "day", note="13000/15000 = 0.87")
G("g33c", "Thane tiffin centre cook 17000",
  "cooking", "tiffin cooking", "Thane", None, 17000, "month")
G("g33d", "chinese fastfood cook chahiye Girgaon Mumbai, 14000 sal",
  "cooking", "chinese/fast food cooking", "Mumbai", "Girgaon", 14000, "month")
G("g33e", "डब्बा किचन, परळ, मुंबई - सातही दिवस, 18000",
  "cooking", "tiffin cooking", "Mumbai", "Parel", 18000, "month", days="all", note="all days vs mon-sat: partial")
G("s10", "Start your own tiffin business!! franchise deposit ₹25,000, earn 60k pm guaranteed, Mumbai",
  "cooking", "tiffin cooking", "Mumbai", None, 60000, "month", scam=True, note="franchise deposit scam")

# --- retired HR Delhi
G("g34a", "Gurugram factory (IMT Manesar road) needs labour law compliance audit by senior HR. ₹3000/hour, Tue & Wed",
  "HR consulting", "labour law compliance|HR audit", "Gurugram", None, 3000, "hour", days="tue,wed")
G("g34b", "दिल्ली स्टार्टअप (लाजपत नगर) को HR policy ड्राफ्ट करानी है, fixed ₹60,000",
  "HR consulting", "HR policy drafting", "Delhi", "Lajpat Nagar", 60000, "task", "project", note="same policy subgroup: soft")
G("g34c", "Noida Sector 62 - POSH committee external member, Mondays, ₹10000 per sitting",
  "HR consulting", "POSH committee external member", "Noida", "Sector 62", 10000, "task", "sitting", days="mon",
  note="soft skill + no day overlap -> 0")
G("g34d", "नेहरू प्लेस दिल्ली, बल्क हायरिंग के लिए रिक्रूटर, 25000",
  "HR consulting", "recruitment/talent acquisition", "Delhi", "Nehru Place", 25000, "month")
G("g34e", "Remote HR audit for a Kolkata company, online, ₹2000/hr",
  "HR consulting", "HR audit", None, None, 2000, "hour", remote=True, note="remote; worker on-site only")

# --- Tamil voice Chennai
G("g36a", "கிண்டி கஸ்டமர் கேர் - தமிழ் வாய்ஸ் ப்ராசஸ், சம்பளம் 15000",
  "customer support", "tamil voice support", "Chennai", "Guindy", 15000, "month")
G("g36b", "லோன் டெலிகாலிங், தமிழ், சென்னை தி.நகர், சம்பளம் 12500",
  "customer support", "tamil voice support", "Chennai", "T. Nagar", 12500, "month", note="0.89")
G("g36c", "English voice process Chennai Perungudi 18000, fluent english must",
  "customer support", "english voice support", "Chennai", "Perungudi", 18000, "month", req=["English"])
G("g36d", "மதுரை தமிழ் கால் சென்டர், 12000",
  "customer support", "tamil voice support", "Madurai", None, 12000, "month")

# --- flower decor Madurai
G("g37a", "மதுரை திருமண மண்டபம் பூ அலங்காரம், நாளுக்கு 1000",
  "events", "flower decoration", "Madurai", None, 1000, "day")
G("g37b", "Temple festival flower decoration Madurai, fixed ₹25,000 for full work",
  "events", "flower decoration", "Madurai", None, 25000, "task", "project", note="project vs per day: not comparable")
G("g37c", "மதுரை மேடை அலங்காரம் உதவியாளர், நாளுக்கு 800",
  "events", "wedding/stage decoration", "Madurai", None, 800, "day", note="same decor subgroup (soft) + 0.89 (soft) -> 0")
G("g37d", "DJ for wedding reception Madurai, 7000 per event",
  "events", "DJ/sound system", "Madurai", None, 7000, "task", "event")
G("g37e", "Chennai Mylapore flower decoration, 1200 per day",
  "events", "flower decoration", "Chennai", "Mylapore", 1200, "day")

# --- yoga Bengaluru
G("g35a", "ಜಯನಗರ ಅಪಾರ್ಟ್ಮೆಂಟ್ ಗೆ ಯೋಗ ಕ್ಲಾಸ್, ಸೋಮ ಬುಧ ಶುಕ್ರ ಬೆಳಿಗ್ಗೆ, ಒಂದು ಕ್ಲಾಸ್ ಗೆ ₹600",
  "fitness coaching", "yoga instructor", "Bengaluru", "Jayanagar", 600, "task", "class", days="mon,wed,fri")
G("g35b", "Corporate yoga Whitefield, all 7 days morning, ₹450 per class",
  "fitness coaching", "yoga instructor", "Bengaluru", "Whitefield", 450, "task", "class", days="all",
  note="pay 0.9 (soft) + partial days (soft) -> 0")
G("g35c", "Yoga teacher for senior citizens club, Basavanagudi Bangalore, ₹25,000 pm",
  "fitness coaching", "yoga instructor", "Bengaluru", "Basavanagudi", 25000, "month", note="alias Bangalore")
G("g35d", "Yoga instructor Mysuru Gokulam, 600 per class",
  "fitness coaching", "yoga instructor", "Mysuru", "Gokulam", 600, "task", "class")
G("g35e", "ಜೆಪಿ ನಗರ ಬೆಂಗಳೂರು ಮಕ್ಕಳ ಕ್ರಿಕೆಟ್ ಅಕಾಡೆಮಿಗೆ ಕೋಚ್ ಬೇಕು, 20k",
  "fitness coaching", "cricket coaching", "Bengaluru", "JP Nagar", 20000, "month")
G("g35f", "Yoga mat warehouse Bommasandra - packers needed, 5 nos, 14000",
  "warehouse/loading", "picking/packing", "Bengaluru", "Bommasandra", 14000, "month", slots=5, note="word trap 'yoga'")

# --- pottery Jagdalpur
G("g40a", "जगदलपुर शिल्प केंद्र में टेराकोटा कारीगर चाहिए, 450 रोज",
  "handicrafts", "pottery/terracotta", "Jagdalpur", None, 450, "day")
G("g40b", "Matka, diya order Jagdalpur - per piece 15 rupees, 2000 piece Diwali",
  "handicrafts", "pottery/terracotta", "Jagdalpur", None, 15, "task", "piece", note="per piece vs per day: not comparable")
G("g40c", "ढोकरा ढलाई कारीगर, जगदलपुर, 500 रोज",
  "handicrafts", "dhokra metal casting", "Jagdalpur", None, 500, "day")
G("g40d", "रायपुर कुम्हारी कार्यशाला में कुम्हार चाहिए, 500 रोज",
  "handicrafts", "pottery/terracotta", "Raipur", None, 500, "day")
G("g40e", "जगदलपुर में बांस शिल्प कारीगर चाहिए, 400 रोज",
  "handicrafts", "bamboo/cane craft", "Jagdalpur", None, 400, "day")

# --- other-trade distractors in workers' cities and same-trade gigs elsewhere
G("x01", "Security guard for godown, Guwahati Amingaon, 10000, 12 hr duty",
  "security", "office/factory security guard", "Guwahati", "Amingaon", 10000, "month")
G("x02", "ঘৰৰ কামৰ বাবে মহিলা লাগে, গুৱাহাটী হাতীগাঁও, মাহে ৬০০০",
  "cleaning/domestic", "house cleaning (jhadu-pocha)", "Guwahati", "Hatigaon", 6000, "month")
G("x03", "Electrician for house wiring, Siliguri Ashighar, 600/day",
  "electrical", "house wiring", "Siliguri", "Ashighar", 600, "day")
G("x04", "কলকাতা কসবা, বাচ্চা দেখাশোনার আয়া চাই, ৮০০০",
  "cleaning/domestic", "babysitting/nanny", "Kolkata", "Kasba", 8000, "month")
G("x05", "Delivery boy Cuttack 753001 area, own bike, 14000 + petrol",
  "delivery", "parcel delivery", "Cuttack", None, 14000, "month")
G("x06", "ଭୁବନେଶ୍ୱର ଘର ପାଇଁ ରୋଷେୟା ଦରକାର, 8000",
  "cooking", "north indian home cooking", "Bhubaneswar", None, 8000, "month", note="Odia script")
G("x07", "राउरकेला में प्लंबर चाहिए, बाथरूम फिटिंग, 600 रोज",
  "plumbing", "bathroom fitting", "Rourkela", None, 600, "day")
G("x08", "Jamshedpur Sakchi - AC technician, 15000",
  "AC/appliance repair", "AC servicing", "Jamshedpur", "Sakchi", 15000, "month")
G("x09", "रांची में घर पेंट करना है 2 BHK, 12 रुपये sq ft",
  "painting", "interior wall painting", "Ranchi", None, 12, "task", "sq ft", note="'2 BHK' distractor")
G("x10", "Jhansi me bijli mistri chahiye, MCB DB ka kaam, 700 per din",
  "electrical", "MCB/DB installation", "Jhansi", None, 700, "day")
G("x11", "नागपूर मध्ये सिक्युरिटी गार्ड पाहिजे, 11000",
  "security", "residential security guard", "Nagpur", None, 11000, "month")
G("x12", "अमरावती गोदाम लोडिंग अनलोडिंग, रोज 450",
  "warehouse/loading", "loading/unloading", "Amravati", None, 450, "day")
G("x13", "విజయవాడ లో డెలివరీ బాయ్స్ కావాలి, 5 మంది, నెలకు 16000",
  "delivery", "food delivery", "Vijayawada", None, 16000, "month", slots=5)
G("x14", "Bhimavaram aqua feed godown loading, 600 per day",
  "warehouse/loading", "loading/unloading", "Bhimavaram", None, 600, "day", note="'aqua' word trap")
G("x15", "കോഴിക്കോട് ഇലക്ട്രീഷ്യൻ വേണം, 900 ദിവസം",
  "electrical", "electrical maintenance", "Kozhikode", None, 900, "day")
G("x16", "Kannur tailor for blouse stitching, 200 per blouse",
  "tailoring", "blouse stitching", "Kannur", None, 200, "task", "blouse")
G("x17", "ભુજ ઘરકામ માટે બેન જોઈએ, ૫૦૦૦",
  "cleaning/domestic", "house cleaning (jhadu-pocha)", "Bhuj", None, 5000, "month")
G("x18", "Gandhidham warehouse forklift operator 18000",
  "warehouse/loading", "forklift operation", "Gandhidham", None, 18000, "month")
G("x19", "Rajkot AC fitting technician, 700/day",
  "AC/appliance repair", "AC installation", "Rajkot", None, 700, "day")
G("x20", "ਜਲੰਧਰ ਵਿੱਚ ਡਰਾਈਵਰ ਚਾਹੀਦਾ, ਕਾਰ, 15000",
  "driving", "personal car driving", "Jalandhar", None, 15000, "month")
G("x21", "Ludhiana hosiery factory garment machine operator, 13000",
  "tailoring", "garment machine operator", "Ludhiana", None, 13000, "month")
G("x22", "गिरगाव मुंबई बिल्डिंग साठी रात्रीचा वॉचमन, 13000",
  "security", "night watchman", "Mumbai", "Girgaon", 13000, "month")
G("x23", "Delhi Janakpuri - elderly care attendant for my father, 18000",
  "caregiving/nursing aide", "elderly care attendant", "Delhi", "Janakpuri", 18000, "month")
G("x24", "ಬೆಂಗಳೂರು ಜಯನಗರ ಮನೆ ಕೆಲಸದವರು ಬೇಕು, ತಿಂಗಳಿಗೆ ೮೦೦೦",
  "cleaning/domestic", "house cleaning (jhadu-pocha)", "Bengaluru", "Jayanagar", 8000, "month", note="Kannada digits")
G("x25", "சென்னை வடபழனி ஆபீஸ் ஹவுஸ்கீப்பிங், 11000",
  "cleaning/domestic", "office housekeeping", "Chennai", "Vadapalani", 11000, "month")
G("x26", "Madurai Simmakkal textile shop salesman, 10000",
  "retail/sales", "showroom/counter sales", "Madurai", "Simmakkal", 10000, "month")
G("x27", "Hyderabad Tolichowki biryani cook, 20000",
  "cooking", "bulk catering cooking", "Hyderabad", "Tolichowki", 20000, "month")
G("x28", "Pune Kothrud - home nurse for injections/dressing, 900/visit",
  "caregiving/nursing aide", "home nursing (injections/dressing)", "Pune", "Kothrud", 900, "task", "visit",
  note="same city and per-visit shape as the neuro physio, other family")
G("x29", "जगदलपुर में ट्रैक्टर ड्राइवर चाहिए, 450 रोज",
  "driving", "tractor driving", "Jagdalpur", None, 450, "day", note="same trade as the Jhansi tractor driver, other city")
G("x30", "Imphal mobile repair shop technician 11000",
  "electronics repair", "mobile phone repair", "Imphal", None, 11000, "month")
G("x31", "Shillong wedding photographer needed, 15000 per event",
  "photography", "wedding photography", "Shillong", None, 15000, "task", "event")
G("x32", "Ward boy for Nagpur hospital, 10000",
  "healthcare support", "ward boy/GDA", "Nagpur", None, 10000, "month", note="other subgroup than the pharmacist")
G("x33", "Video editor for Kozhikode wedding studio, on-site, 14000",
  "graphic design", "video editing", "Kozhikode", None, 14000, "month", note="same trade as Vijayawada editor, other city, on-site")
G("x34", "Rourkela CNC VMC operator 17000",
  "machine operation", "VMC operator", "Rourkela", None, 17000, "month")
G("x35", "ਲੁਧਿਆਣਾ ਸਾਈਕਲ ਪਾਰਟਸ ਫੈਕਟਰੀ ਵਿੱਚ ਲੇਥ ਓਪਰੇਟਰ, ੧੬੦੦੦",
  "machine operation", "lathe operator", "Ludhiana", None, 16000, "month")
G("x36", "Tamil audio transcription, remote, ₹30 per audio minute",
  "data annotation", "tamil audio transcription", None, None, 30, "task", "audio minute", remote=True)
G("x37", "Puri hotel cab driver 800/day",
  "driving", "cab driving", "Puri", None, 800, "day")
G("x38", "Cuttack Bakhrabad - pandit for Satyanarayan puja, Sunday morning, 1100",
  "religious services", "griha pravesh/satyanarayan puja", "Cuttack", "Bakhrabad", 1100, "task", "puja", days="sun",
  note="exactly the minimum: 1.0")
G("x39", "Mehendi artist Guntur, 450 per hand",
  "beauty", "mehendi", "Guntur", None, 450, "task", "hand")
G("x40", "Kolkata Beleghata ironing for 40 flats, ₹9 per piece",
  "laundry", "ironing/press (istri)", "Kolkata", "Beleghata", 9, "task", "piece", note="'40 flats' not slots")
