from h import G

# --- pandit Cuttack
G("g8a", "ଗୃହପ୍ରବେଶ ପାଇଁ ପୁରୋହିତ ଦରକାର। ଚାଉଳିଆଗଞ୍ଜ, କଟକ। ଦକ୍ଷିଣା 1500 ଟଙ୍କା। ତାରିଖ 14 ତାରିଖ ସକାଳ",
  "religious services", "griha pravesh/satyanarayan puja", "Cuttack", "Chauliaganj", 1500, "task", "puja",
  dates="14th morning", note="Odia script; '14' is a date")
G("g8b", "Pitru shraddh ke liye pandit ji chahiye, Tulsipur Cuttack. Dakshina 2100",
  "religious services", "shraddh/karmakand", "Cuttack", "Tulsipur", 2100, "task", "puja")
G("g8c", "Wedding purohit needed, Odia rites, Cuttack, Feb. ₹5100 per wedding",
  "religious services", "wedding purohit", "Cuttack", None, 5100, "task", "wedding", dates="Feb",
  note="same puja subgroup, no shared skill: soft; per wedding not comparable")
G("g8d", "kundli milan pain bhala jyotishi darkar, Cuttack Badambadi",
  "religious services", "kundli/jyotish", "Cuttack", "Badambadi")
G("g8e", "Satyanarayan puja at home, Saheed Nagar Bhubaneswar, Sunday. 1200 dakshina",
  "religious services", "griha pravesh/satyanarayan puja", "Bhubaneswar", "Saheed Nagar", 1200, "task", "puja", days="sun")
G("g8f", "puja samagri dokan re counter boy darkar, Cuttack Ranihat, 7000 mahina",
  "retail/sales", "showroom/counter sales", "Cuttack", "Ranihat", 7000, "month", note="word trap 'puja'")

# --- filigree Cuttack
G("g9a", "Filigree workshop in Cuttack needs karigar for silver jewellery orders. ₹600 per day",
  "handicrafts", "silver filigree (tarakasi)", "Cuttack", None, 600, "day")
G("g9b", "ତାରକସି କାରିଗର ଦରକାର, ମାସିକ 12000, କଟକ ନୟାସଡ଼କ",
  "handicrafts", "silver filigree (tarakasi)", "Cuttack", "Nayasarak", 12000, "month", note="12000/26 = 461.5 vs 500: 0.92")
G("g9c", "Dhokra metal casting artisan for 10-day exhibition workshop in Cuttack, 450/day",
  "handicrafts", "dhokra metal casting", "Cuttack", None, 450, "day", dates="10 days",
  note="same metal subgroup (soft) + pay 0.9 (soft) -> 0")
G("g9d", "Handloom weaver reqd, Cuttack, Sambalpuri ikat, 500 per day",
  "handicrafts", "handloom weaving", "Cuttack", None, 500, "day")

# --- Odia voice support
G("g10a", "Patia BPO hiring: Odia voice process (inbound), 13500 CTC, 6 days rotational off",
  "customer support", "odia voice support", "Bhubaneswar", "Patia", 13500, "month", note="'6 days' not named")
G("g10b", "Odia + Hindi telecaller for loan company, Bhubaneswar Jaydev Vihar. 11000. Both languages must",
  "customer support", "odia voice support|hindi telecalling", "Bhubaneswar", "Jaydev Vihar", 11000, "month",
  req=["Odia", "Hindi"], note="0.92")
G("g10c", "Telugu voice support, Bhubaneswar Infocity, 15000",
  "customer support", "telugu voice support", "Bhubaneswar", "Infocity", 15000, "month")
G("g10d", "କଟକ ଅଫିସ ପାଇଁ ଓଡ଼ିଆ କଷ୍ଟମର କେୟାର ଏକ୍ଜିକ୍ୟୁଟିଭ, ଦରମା 12500",
  "customer support", "odia voice support", "Cuttack", None, 12500, "month", note="reached via willing_to_travel_to")
G("g10e", "WFH Odia calling job, own phone + headset, 12000 pm",
  "customer support", "odia voice support", None, None, 12000, "month", remote=True,
  note="remote; the Bhubaneswar worker is office-only")
G("s3", "Odia voice process Bhubaneswar salary 20000!! training fee 2000 refundable after 3 months. seat limited",
  "customer support", "odia voice support", "Bhubaneswar", None, 20000, "month", scam=True, note="training fee scam")

# --- welding Rourkela
G("g11a", "राउरकेला फैब्रिकेशन शॉप में TIG वेल्डर चाहिए। ₹750 रोज। सिविल टाउनशिप के पास",
  "welding/fabrication", "MIG/TIG welding", "Rourkela", "Civil Township", 750, "day")
G("g11b", "Adityapur, Jamshedpur - MIG welder for trolley body work. 18000",
  "welding/fabrication", "MIG/TIG welding", "Jamshedpur", "Adityapur", 18000, "month", note="692/day vs 700: 0.99")
G("g11c", "Gas cuting helpr reqd Rourkela, 500/day",
  "welding/fabrication", "gas cutting", "Rourkela", None, 500, "day", note="adjacent + pay 0.71 -> 0")
G("g11d", "राउरकेला स्ट्रक्चर काम के लिए फैब्रिकेशन फिटर चाहिए, ₹800 रोज",
  "welding/fabrication", "fabrication fitter", "Rourkela", None, 800, "day", note="adjacent subgroup")
G("g11e", "Arc welder wanted, Urla industrial area Raipur, 700/day",
  "welding/fabrication", "arc welding", "Raipur", "Urla", 700, "day")

# --- CNC / lathe
G("g12a", "CNC turning oprator (Fanuc) - Adityapur, Jamshedpur. 17500 + OT",
  "machine operation", "CNC turning operator", "Jamshedpur", "Adityapur", 17500, "month")
G("g12b", "गम्हरिया, जमशेदपुर में VMC ऑपरेटर चाहिए, 16000",
  "machine operation", "VMC operator", "Jamshedpur", "Gamharia", 16000, "month", note="same cnc subgroup: soft")
G("g12c", "जमशेदपुर, टाटा के वेंडर कंपनी में लेथ ऑपरेटर, 18000 महीना",
  "machine operation", "lathe operator", "Jamshedpur", None, 18000, "month", note="adjacent to CNC")
G("g12d", "Injection moulding operator Jamshedpur plastic unit 15000",
  "machine operation", "injection moulding operator", "Jamshedpur", None, 15000, "month")
G("g12e", "CNC turning operator, Shapar Veraval, Rajkot. 20000",
  "machine operation", "CNC turning operator", "Rajkot", "Shapar", 20000, "month")

# --- phlebotomy Ranchi
G("g13a", "लालपुर, राँची के डायग्नोस्टिक सेंटर को होम सैंपल कलेक्शन के लिए फ्लेबोटोमिस्ट चाहिए। 13000 + पेट्रोल",
  "healthcare support", "phlebotomy/sample collection", "Ranchi", "Lalpur", 13000, "month")
G("g13b", "बिष्टुपुर जमशेदपुर लैब में सैंपल कलेक्शन के लिए लड़का/लड़की चाहिए, 14000",
  "healthcare support", "phlebotomy/sample collection", "Jamshedpur", "Bistupur", 14000, "month")
G("g13c", "Pathology lab technician reqd Ranchi Kanke Road, DMLT, 15000",
  "healthcare support", "pathology lab technician", "Ranchi", "Kanke Road", 15000, "month", note="same lab subgroup: soft")
G("g13d", "Ranchi Main Road medical store pharmacist chahiye, 14000",
  "healthcare support", "pharmacy counter/chemist", "Ranchi", "Main Road", 14000, "month")
G("g13e", "वार्ड बॉय चाहिए, राँची, 9000",
  "healthcare support", "ward boy/GDA", "Ranchi", None, 9000, "month")
G("s4", "Home collection job Ranchi 25000/month!! join today. sample kit security deposit Rs 3000 (refundable)",
  "healthcare support", "phlebotomy/sample collection", "Ranchi", None, 25000, "month", scam=True, note="deposit scam")

# --- tractor Jhansi
G("g14a", "बबीना के पास खेत में रबी की जुताई के लिए ट्रैक्टर ड्राइवर चाहिए। 550 रोज",
  "driving", "tractor driving", "Jhansi", "Babina", 550, "day")
G("g14b", "ईंट भट्ठा झाँसी, ट्रैक्टर ट्रॉली ड्राइवर चाहिए, महीने का 14000",
  "driving", "tractor driving", "Jhansi", None, 14000, "month", note="538/day vs 500")
G("g14c", "झाँसी हाईवे के काम पे JCB ऑपरेटर चाहिए, 20000",
  "driving", "JCB/backhoe operation", "Jhansi", None, 20000, "month")
G("g14d", "Gwalior farm, tractor driver, 500/day",
  "driving", "tractor driving", "Gwalior", None, 500, "day")
G("g14e", "झाँसी ट्रैक्टर शोरूम में सेल्समैन चाहिए, 12000 + इंसेंटिव",
  "retail/sales", "showroom/counter sales", "Jhansi", None, 12000, "month", note="word trap 'tractor'")

# --- halwai
G("g15a", "झाँसी मिठाई दुकान पर हलवाई कारीगर चाहिए। ₹900 रोज",
  "cooking", "halwai/sweet making", "Jhansi", None, 900, "day")
G("g15b", "Shaadi season, 15 din ke liye halwai chahiye Jhansi, 1000 per day",
  "cooking", "halwai/sweet making", "Jhansi", None, 1000, "day", dates="15 days")
G("g15c", "ग्वालियर लश्कर मिठाई दुकान पे हलवाई, 22000 महीना",
  "cooking", "halwai/sweet making", "Gwalior", "Lashkar", 22000, "month", note="846/day; travel")
G("g15d", "तंदूर वाला चाहिए ढाबे पर, झाँसी, 700 रोज",
  "cooking", "tandoor cooking", "Jhansi", None, 700, "day", note="same commercial subgroup (soft) + pay 0.875 -> 0")
G("g15e", "Ghar ke liye cook, north indian khana, Jhansi Civil Lines, 6000",
  "cooking", "north indian home cooking", "Jhansi", "Civil Lines", 6000, "month")

# --- pharmacist Nagpur
G("g16a", "धरमपेठ, नागपूर येथील मेडिकल स्टोअर साठी D.Pharm फार्मासिस्ट हवा. पगार 16000",
  "healthcare support", "pharmacy counter/chemist", "Nagpur", "Dharampeth", 16000, "month")
G("g16b", "नागपूर हॉस्पिटल फार्मसी, सातही दिवस रोटेशन ड्युटी, पगार 18000",
  "healthcare support", "pharmacy counter/chemist", "Nagpur", None, 18000, "month", days="all",
  note="all 7 days vs mon-sat: partial")
G("g16c", "सदर नागपूर केमिस्ट दुकान, फार्मासिस्ट, फक्त 12000",
  "healthcare support", "pharmacy counter/chemist", "Nagpur", "Sadar", 12000, "month", note="0.8")
G("g16d", "सीताबर्डी नागपूर लॅब टेक्निशियन पाहिजे, 13000",
  "healthcare support", "pathology lab technician", "Nagpur", "Sitabuldi", 13000, "month")
G("g16e", "अमरावती मेडिकल साठी फार्मासिस्ट पाहिजे, १६०००",
  "healthcare support", "pharmacy counter/chemist", "Amravati", None, 16000, "month")
G("g16f", "Pharma company hiring MR (field sales) Nagpur HQ, 18000 + TA",
  "retail/sales", "field sales", "Nagpur", None, 18000, "month", note="word trap 'pharma'")

# --- cotton picking Amravati
G("g17a", "भातकुली शिवारात कापूस वेचणी साठी मजूर पाहिजे, रोज 350",
  "agriculture", "cotton picking", "Amravati", "Bhatkuli", 350, "day")
G("g17b", "कापूस वेचणी, किलो ला ₹10, अमरावती",
  "agriculture", "cotton picking", "Amravati", None, 10, "task", "kg", note="per kg vs per day: not comparable")
G("g17c", "सोयाबीन काढणी, अमरावती, 250 रोज, 20 मजूर",
  "agriculture", "farm labour", "Amravati", None, 250, "day", slots=20, note="soft skill + pay 0.83 -> 0")
G("g17d", "अमरावती शेतमजूर पाहिजे, पेरणी + निंदण, रोज 320",
  "agriculture", "farm labour", "Amravati", None, 320, "day", note="same field subgroup: soft")
G("g17e", "Nagpur jilha kapus vechni, 400 roj",
  "agriculture", "cotton picking", "Nagpur", None, 400, "day")

# --- DJ Nagpur
G("g18a", "🎧🔊 Wedding sangeet ke liye DJ with sound + lights, Nagpur Manish Nagar, ₹8000 per event",
  "events", "DJ/sound system", "Nagpur", "Manish Nagar", 8000, "task", "event")
G("g18b", "नागपूर बर्थडे पार्टी साठी DJ, 3 तास, एका कार्यक्रमाचे 5000",
  "events", "DJ/sound system", "Nagpur", None, 5000, "task", "event", note="0.83")
G("g18c", "Stage decoration for reception, Nagpur, 15000 fixed",
  "events", "wedding/stage decoration", "Nagpur", None, 15000, "task", "project")
G("g18d", "अमरावती गणपती मिरवणूक साठी DJ, एका कार्यक्रमाचे ₹7000",
  "events", "DJ/sound system", "Amravati", None, 7000, "task", "event")
