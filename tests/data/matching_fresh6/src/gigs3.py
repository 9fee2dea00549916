from h import G

# --- bridal makeup Vijayawada / mehendi Hyderabad
G("g19a", "పెళ్లి కూతురికి బ్రైడల్ మేకప్ కావాలి, విజయవాడ పటమట, మార్చి 3. ఒక్క బ్రైడ్ కి ₹10000",
  "beauty", "bridal makeup", "Vijayawada", "Patamata", 10000, "task", "bride", dates="March 3", note="Telugu; '3' is a date")
G("g19b", "విజయవాడ గవర్నర్‌పేట పెళ్లిలో 5 మంది బంధువులకి పార్టీ మేకప్, ఒక్కరికి ₹1500",
  "beauty", "party makeup", "Vijayawada", "Governorpet", 1500, "task", "person",
  note="'5 relatives' not slots; same subgroup soft; per person vs per bride not comparable")
G("g19c", "విజయవాడ పెళ్లికి మెహందీ ఆర్టిస్ట్ కావాలి, రెండు చేతులు ఫుల్, ఫంక్షన్ కి 3000",
  "beauty", "mehendi", "Vijayawada", None, 3000, "task", "function")
G("g19d", "గుంటూరు బ్రాడీపేట లో బ్రైడల్ మేకప్, ఒక్క బ్రైడ్ కి ౭౦౦౦",
  "beauty", "bridal makeup", "Guntur", "Brodipet", 7000, "task", "bride", note="Telugu digits ౭౦౦౦ = 7000; 0.875")
G("g19e", "Bridal lehenga showroom Vijayawada MG Road needs salesgirl, 10000 pm",
  "retail/sales", "showroom/counter sales", "Vijayawada", "MG Road", 10000, "month", note="word trap 'bridal'")
G("g38a", "💚 Bridal mehendi for nikah, Tolichowki Hyderabad, ₹800 per hand, both hands + feet. Date 12 Jan",
  "beauty", "mehendi", "Hyderabad", "Tolichowki", 800, "task", "hand")
G("g38b", "Eid mehendi stall at Mehdipatnam, 2 days, ₹300 per hand, 3 artists needed",
  "beauty", "mehendi", "Hyderabad", "Mehdipatnam", 300, "task", "hand", slots=3, dates="2 days (Eid)", note="exactly 0.75")
G("g38c", "Threading & waxing girl for salon, Banjara Hills, 12000",
  "beauty", "threading/waxing", "Hyderabad", "Banjara Hills", 12000, "month")
G("g38d", "Secunderabad sangeet - mehendi artist for bride + 10 ladies, ₹5000 per function",
  "beauty", "mehendi", "Hyderabad", "Secunderabad", 5000, "task", "function", note="Secunderabad -> Hyderabad; per function not comparable")
G("g38e", "మెహందీ ఆర్టిస్ట్ కావాలి, విజయవాడ, పెళ్లి, ఒక చేతికి 500",
  "beauty", "mehendi", "Vijayawada", None, 500, "task", "hand")
G("s5", "MEHENDI ARTIST JOB Hyderabad 40000/month guaranteed. pehle hamara certificate course karo, fee 4999 only",
  "beauty", "mehendi", "Hyderabad", None, 40000, "month", scam=True, note="course fee scam")

# --- video editing (remote)
G("g20a", "Telugu YouTube channel (cooking) ki video editor kavali. Remote. ₹2500 per video, 2 videos per week",
  "graphic design", "video editing", None, None, 2500, "task", "video", remote=True)
G("g20b", "Reels editor needed, remote, ₹1500 per video (30-60 sec reels)",
  "graphic design", "video editing", None, None, 1500, "task", "video", remote=True, note="exactly 0.75")
G("g20c", "విజయవాడ వెడ్డింగ్ స్టూడియో లో వీడియో ఎడిటర్, జీతం 15000",
  "graphic design", "video editing", "Vijayawada", None, 15000, "month", note="monthly vs per video: not comparable")
G("g20d", "Motion graphics artist, After Effects, remote freelance, ₹3000 per video",
  "graphic design", "motion graphics", None, None, 3000, "task", "video", remote=True, note="same motion subgroup: soft")
G("g20e", "Logo design for my Guntur chilli export brand, remote, fixed ₹5000",
  "graphic design", "logo design", None, None, 5000, "task", "project", remote=True)
G("s6", "Video editing WFH earn 50k! just buy our editing software licence ₹1499 and start getting projects",
  "graphic design", "video editing", None, None, None, None, None, remote=True, scam=True, note="buy-software scam")

# --- shrimp farm
G("g21a", "భీమవరం దగ్గర వన్నామీ రొయ్యల చెరువు పని, నెలకు 15000 + రూమ్",
  "fisheries", "aqua pond (shrimp farm) work", "Bhimavaram", None, 15000, "month")
G("g21b", "Prawn peeling shed Bhimavaram, per kg ₹12, ladies preferred",
  "fisheries", "fish/prawn peeling", "Bhimavaram", None, 12, "task", "kg")
G("g21c", "భీమవరం ఆక్వా ఫార్మ్ వర్కర్, రోజుకి 500, ఫీడింగ్ + ఏరేటర్ డ్యూటీ",
  "fisheries", "aqua pond (shrimp farm) work", "Bhimavaram", None, 500, "day", note="500*26 = 13000: exactly 1.0")
G("g21d", "Kakinada aqua farm worker 14000",
  "fisheries", "aqua pond (shrimp farm) work", "Kakinada", None, 14000, "month")

# --- coconut climbing Kozhikode
G("g22a", "തെങ്ങ് കയറാൻ ആളെ വേണം, ഫറോക്ക്, 60 തെങ്ങ്, ഒരു തെങ്ങിന് 60 രൂപ",
  "agriculture", "coconut tree climbing", "Kozhikode", "Feroke", 60, "task", "tree", note="'60 തെങ്ങ്' is quantity")
G("g22b", "കുന്നമംഗലം, കോഴിക്കോട് - തേങ്ങ ഇടാൻ ആളെ വേണം, തെങ്ങിന് 45, 120 തെങ്ങ്",
  "agriculture", "coconut tree climbing", "Kozhikode", "Kunnamangalam", 45, "task", "tree", note="0.9")
G("g22c", "റബ്ബർ ടാപ്പിംഗ്, കോഴിക്കോട് താമരശ്ശേരി, മാസം 15000",
  "agriculture", "rubber tapping", "Kozhikode", "Thamarassery", 15000, "month", note="same plantation subgroup: soft")
G("g22d", "Kannur, thengu kayattam, 55 per tree",
  "agriculture", "coconut tree climbing", "Kannur", None, 55, "task", "tree")
G("g22e", "Coconut oil mill Kozhikode needs packing helpers, 2 nos, 500/day",
  "warehouse/loading", "picking/packing", "Kozhikode", None, 500, "day", slots=2, note="word trap 'coconut'")

# --- Malayalam translation (remote)
G("g23a", "English → Malayalam legal document translation, remote, ₹1.20/word, 40k words",
  "translation", "english-malayalam translation", None, None, 1.2, "task", "word", remote=True)
G("g23b", "Malayalam subtitling for OTT series, remote, ₹90 per runtime minute",
  "translation", "malayalam subtitling", None, None, 90, "task", "runtime minute", remote=True,
  note="same en_ml subgroup: soft; per minute not comparable")
G("g23c", "English to Tamil translation, online, 1 rupee per word",
  "translation", "english-tamil translation", None, None, 1, "task", "word", remote=True)
G("g23d", "മലയാളം ഓഡിയോ ട്രാൻസ്ക്രിപ്ഷൻ, വീട്ടിൽ ഇരുന്ന്, ഓഡിയോ മിനിറ്റിന് ₹30",
  "data annotation", "malayalam audio transcription", None, None, 30, "task", "audio minute", remote=True,
  note="data annotation, not translation")
G("g23e", "App localisation English→Malayalam, remote, 0.80 per word",
  "translation", "english-malayalam translation", None, None, 0.8, "task", "word", remote=True, note="0.8")
G("s7", "Malayalam translators WFH!! 1000 words = ₹5000. first pay ₹999 for test & certificate",
  "translation", "english-malayalam translation", None, None, None, None, None, remote=True, scam=True, note="test fee scam")

# --- handloom Kannur
G("g24a", "കണ്ണൂർ കൈത്തറി സൊസൈറ്റിക്ക് നെയ്ത്തുകാരെ വേണം, ദിവസം 500",
  "handicrafts", "handloom weaving", "Kannur", None, 500, "day")
G("g24b", "Handloom weaver Kannur Chirakkal, per mundu ₹350",
  "handicrafts", "handloom weaving", "Kannur", "Chirakkal", 350, "task", "mundu", note="piece rate vs per day: not comparable")
G("g24c", "Kannur pottery unit, clay pot maker 500/day",
  "handicrafts", "pottery/terracotta", "Kannur", None, 500, "day")
G("g24d", "Kannur handloom saree showroom, sales staff, 11000",
  "retail/sales", "showroom/counter sales", "Kannur", None, 11000, "month", note="word trap 'handloom'")

# --- two-wheeler Kozhikode
G("g25a", "മാവൂർ റോഡ് ബൈക്ക് സർവീസ് സെന്റർ, കോഴിക്കോട്, ടൂവീലർ മെക്കാനിക്ക്, 16000, ഞായർ അവധി",
  "vehicle mechanic", "two-wheeler repair", "Kozhikode", "Mavoor Road", 16000, "month", days="mon-sat")
G("g25b", "ടൂവീലർ മെക്കാനിക്ക് വേണം, കോഴിക്കോട് പുതിയറ, ശമ്പളം 14000",
  "vehicle mechanic", "two-wheeler repair", "Kozhikode", "Puthiyara", 14000, "month", note="0.93")
G("g25c", "കോഴിക്കോട് മാരുതി വർക്ക്ഷോപ്പിൽ കാർ മെക്കാനിക്ക്, 18000",
  "vehicle mechanic", "car mechanic", "Kozhikode", None, 18000, "month")
G("g25d", "Malappuram two wheeler workshop mechanic 15000",
  "vehicle mechanic", "two-wheeler repair", "Malappuram", None, 15000, "month")

# --- Kutch embroidery
G("g26a", "ભુજ NGO ને કચ્છી આભલા ભરત ની કારીગર બહેનો જોઈએ, રોજ ૪૦૦",
  "tailoring", "kutchi mirror embroidery", "Bhuj", None, 400, "day", note="Gujarati digits")
G("g26b", "ભુજ માં આરી જરી કામ ના કારીગર જોઈએ, રોજ 350",
  "tailoring", "aari/zari embroidery", "Bhuj", None, 350, "day", note="same embroidery subgroup: soft")
G("g26c", "બાંધણી બાંધવા માટે બહેનો જોઈએ, ભુજ, 300 રોજ",
  "handicrafts", "bandhani tie-dye", "Bhuj", None, 300, "day", note="bandhani is handicrafts, not tailoring")
G("g26d", "Kutchi embroidery karigar needed Ahmedabad Law Garden, 450/day",
  "tailoring", "kutchi mirror embroidery", "Ahmedabad", "Law Garden", 450, "day")
G("g26e", "Blouse stitching tailor, Bhuj Station Road, 250 per blouse",
  "tailoring", "blouse stitching", "Bhuj", "Station Road", 250, "task", "blouse")

# --- JCB Gandhidham
G("g27a", "ગાંધીધામ પોર્ટ પાસે JCB 3DX ઓપરેટર જોઈએ, પગાર ૨૮૦૦૦ (negotiable)",
  "driving", "JCB/backhoe operation", "Gandhidham", None, 28000, "month", neg=True)
G("g27b", "ભુજ રોડ પ્રોજેક્ટ માટે JCB ઓપરેટર, રોજ ₹1100",
  "driving", "JCB/backhoe operation", "Bhuj", None, 1100, "day", note="28600/month equivalent")
G("g27c", "JCB operator Gandhidham 22,000",
  "driving", "JCB/backhoe operation", "Gandhidham", None, 22000, "month", note="0.88")
G("g27d", "ગાંધીધામ કંડલા ટ્રેલર / ટ્રક ડ્રાઈવર જોઈએ, 25000",
  "driving", "truck driving", "Gandhidham", "Kandla", 25000, "month", note="heavy subgroup not adjacent to JCB")
G("g27e", "JCB operator Rajkot, 26000",
  "driving", "JCB/backhoe operation", "Rajkot", None, 26000, "month")
G("s8", "Dubai JCB operator vacancy 1.5 lakh/month!! Gandhidham office. visa processing 35000 advance",
  "driving", "JCB/backhoe operation", "Gandhidham", None, 150000, "month", scam=True, note="visa fee scam")

# --- lathe Rajkot
G("g28a", "રાજકોટ આજી GIDC માં લેથ ઓપરેટર જોઈએ, રોજ ૬૦૦",
  "machine operation", "lathe operator", "Rajkot", "Aji GIDC", 600, "day")
G("g28b", "Milling operator Rajkot Metoda GIDC 15000",
  "machine operation", "milling operator", "Rajkot", "Metoda", 15000, "month", note="same conventional subgroup: soft")
G("g28c", "CNC turning operator Rajkot Lodhika, 14000",
  "machine operation", "CNC turning operator", "Rajkot", "Lodhika", 14000, "month", note="adjacent (soft) + 0.98 (soft) -> 0")
G("g28d", "રાજકોટ ભક્તિનગર લેથ ઓપરેટર જોઈએ, મહિને ૧૩,૦૦૦",
  "machine operation", "lathe operator", "Rajkot", "Bhaktinagar", 13000, "month", note="500/day vs 550: 0.91")

# --- ball stitching Jalandhar
G("g29a", "ਬਸਤੀ ਸ਼ੇਖ ਜਲੰਧਰ, ਹੱਥ ਨਾਲ ਫੁੱਟਬਾਲ ਸਿਲਾਈ, ਇੱਕ ਬਾਲ ਦੇ ₹45",
  "sports goods manufacturing", "hand-stitched ball making", "Jalandhar", "Basti Sheikh", 45, "task", "ball")
G("g29b", "ਜਲੰਧਰ ਸਪੋਰਟਸ ਮਾਰਕੀਟ, ਹੱਥ ਨਾਲ ਸਿਲਾਈ ਵਾਲੀ ਵਾਲੀਬਾਲ, ਇੱਕ ਬਾਲ ਦੇ 35, 500 ਪੀਸ ਦਾ ਆਰਡਰ",
  "sports goods manufacturing", "hand-stitched ball making", "Jalandhar", None, 35, "task", "ball", note="0.875")
G("g29c", "Cricket bat making karigar Jalandhar, 600 daily",
  "sports goods manufacturing", "cricket bat making", "Jalandhar", None, 600, "day")
G("g29d", "Meerut football stitching unit, ₹50 per ball",
  "sports goods manufacturing", "hand-stitched ball making", "Meerut", None, 50, "task", "ball")
