from common import W, G, MS, WD, ALL, WE, GIGS, WORKERS

# ---------------- more same-city distractors (other trades) and same-trade gigs in other cities
G("y01", "వరంగల్ హన్మకొండ ఫంక్షన్ హాల్ కి క్యాటరింగ్ వంట మాస్టర్ కావాలి, 500 మందికి వంట. రోజుకు ₹1200.", "cooking",
  ["bulk catering cooking"], "Warangal", "Hanamkonda", pay=1200, unit="day", note="500 guests are not slots; same city as w11")
G("y02", "इंदौर सराफा – नमकीन की दुकान पर काउंटर सेल्समैन चाहिए, ₹11,000 महीना, शाम 4 से रात 12", "retail/sales",
  ["showroom/counter sales"], "Indore", "Sarafa", pay=11000, unit="month", note="same city as the tele-caller w12")
G("y03", "విజయవాడ – స్ప్లిట్ AC సర్వీస్ టెక్నీషియన్ కావాలి, రోజుకు ₹850", "AC/appliance repair", ["AC servicing"], "Vijayawada",
  None, pay=850, unit="day", note="same city as the annotator w15; the AC tech lives in Madurai")
G("y04", "भोपाल कोलार रोड – 12वीं फिजिक्स (JEE) पढ़ाने वाले सर चाहिए, ₹600 प्रति घंटा", "tutoring",
  ["physics tuition (class 11-12/JEE)"], "Bhopal", "Kolar Road", pay=600, unit="hour",
  note="same city as the retired banker w17; hourly pay but other family")
G("y05", "கோவை கணபதி – CNC டர்னிங் ஆப்பரேட்டர் தேவை, மாதம் ₹17,000, ஷிப்ட் வேலை", "machine operation",
  ["CNC turning operation"], "Coimbatore", "Ganapathy", pay=17000, unit="month",
  note="Kovai; same city as the HR consultant w18; CNC in another city for w09")
G("y06", "ਬਠਿੰਡਾ – ਡੇਅਰੀ ਫਾਰਮ ਤੇ ਪਸ਼ੂਆਂ ਦੀ ਸੰਭਾਲ ਤੇ ਦੁੱਧ ਚੋਣ ਲਈ ਬੰਦਾ ਚਾਹੀਦਾ, 13000 ਮਹੀਨਾ + ਰਿਹਾਇਸ਼", "dairy/farm",
  ["milking/cattle care"], "Bathinda", None, pay=13000, unit="month",
  note="same city as the tractor driver; the dairy worker lives in Kolhapur -> 0")
G("y07", "कोल्हापूर मार्केट यार्ड – गूळ गोडाऊनमध्ये हमाल पाहिजेत, ५ जण, रोज ₹६५०", "warehouse/loading", ["loading/unloading"],
  "Kolhapur", "Market Yard", pay=650, unit="day", slots=5, note="same city as the dairy worker w20")
G("y08", "বাঁকুড়া সম্মিলনী হাসপাতালের কাছে নার্সিংহোমে ওয়ার্ড বয় চাই, মাসে ৯০০০ টাকা", "hospital support", ["ward boy/GDA"],
  "Bankura", None, pay=9000, unit="month", note="same city as the potter; the ward boy lives in Gorakhpur -> 0")
G("y09", "ஈரோடு – ஜவுளிக்கடைக்கு சேல்ஸ்மேன் தேவை, மாதம் ₹12,000, ஞாயிறு லீவ்", "retail/sales", ["showroom/counter sales"],
  "Erode", None, pay=12000, unit="month", days=MS, note="same city as the weaver w26")
G("y10", "కరీంనగర్ గ్రానైట్ క్వారీకి JCB ఆపరేటర్ కావాలి, నెలకు ₹26,000", "driving", ["JCB/backhoe operation"], "Karimnagar",
  None, pay=26000, unit="month", note="same city as the plumber; JCB in another city for w40")
G("y11", "भिलाई हथखोज इंडस्ट्रियल एरिया – आर्क वेल्डर चाहिए, 750 रोज़", "welding/fabrication", ["arc welding"], "Bhilai",
  "Hathkhoj", pay=750, unit="day", note="same city as the tile fitter; welding in another city for w10")
G("y12", "In-office video editor for a news channel, Bhubaneswar Saheed Nagar, ₹22,000 pm", "graphic design", ["video editing"],
  "Bhubaneswar", "Saheed Nagar", pay=22000, unit="month", note="onsite in another city -> 0 for the remote Kolkata editor")
G("y13", "સુરત રિંગ રોડ ઓફિસમાં બેસીને અંગ્રેજી–ગુજરાતી અનુવાદ, મહિને ₹20,000", "translation", ["english-gujarati translation"],
  "Surat", "Ring Road", pay=20000, unit="month", note="onsite Surat; the Ahmedabad translator does not list Surat -> 0")
G("y14", "HR audit consultant – onsite at our Ambattur factory, Chennai, ₹8,000/day for 4 days", "HR consulting", ["HR audit"],
  "Chennai", "Ambattur", pay=8000, unit="day", note="Chennai not in w18's travel list -> 0")

# ---------------- texts rewritten by hand in the local script (facts unchanged)
NEW_TEXT = {
    "w02b": "लखनऊ, विभूति खंड के अस्पताल में GDA / वार्ड अटेंडेंट तुरंत चाहिए। वेतन 10 हज़ार महीना + रूम। केवल पुरुष।",
    "w03c": "শিলিগুড়ি মাটিগাড়ার ল্যাবে প্যাথলজি ল্যাব টেকনিশিয়ান (DMLT) চাই – CBC, LFT মেশিন চালাতে হবে। মাসে ₹১১,০০০, সোম–শনি।",
    "w04b": "மதுரை சிம்மக்கல் மெடிக்கல் ஷாப்ல பில்லிங் ஸ்டாஃப் தேவை. மாதம் 13,000. புதியவர்களும் வரலாம்.",
    "w05c": "ਲੁਧਿਆਣਾ ਘੁਮਾਰ ਮੰਡੀ ਸੈਲੂਨ ਲਈ ਹੇਅਰ ਸਟਾਈਲਿਸਟ ਚਾਹੀਦੀ – ਕਟਿੰਗ, ਕੇਰਾਟਿਨ, ਗਲੋਬਲ ਕਲਰ। ₹15k",
    "w06c": "રાજકોટ યાજ્ઞિક રોડ પાર્લર – મહેંદી અને થ્રેડિંગ આવડતી છોકરી જોઈએ, બુકિંગ પર એક હાથના ₹૪૦૦",
    "w07c": "തൃശ്ശൂർ റൗണ്ട് ഈസ്റ്റ് – 4 ബ്രൈഡ്‌സ്മെയ്ഡ്സിന് പാർട്ടി മേക്കപ്പ്, ഒരാൾക്ക് ₹2500",
    "w08d": "मुजफ्फरपुर ब्रह्मपुरा – लेडीज़ पार्लर के लिए थ्रेडिंग वैक्सिंग करने वाली दीदी चाहिए, 9000 महीना",
    "w09c": "लेथ मशीन ऑपरेटर पाहिजे – सिन्नर MIDC, नाशिक. पगार 18000 महिना.",
    "w10b": "जमशेदपुर बिष्टुपुर – गेट ग्रिल का आर्क वेल्डिंग काम, 5 दिन, 600 रुपये रोज़",
    "w11c": "వరంగల్ ఫోర్ట్ రోడ్ బైక్ మెకానిక్ కావాలి, నెలకు 12500, షాప్ అన్ని రోజులు తెరిచి ఉంటుంది, ఆదివారం హాఫ్ డే",
    "w13c": "સુરત વેસુ સુપરમાર્કેટ – કેશિયર કમ બિલિંગ સ્ટાફ, પગાર 12k, સાતેય દિવસ રોટેશન ઓફ",
    "w20b": "गडहिंग्लज, कोल्हापूर – मिल्किंग मशीन ऑपरेटर + जनावरांची देखभाल, महिना ११००० (11000), फॅमिली क्वार्टर",
    "w22c": "इस्त्री का काम – अलीगंज, लखनऊ, 8 रुपये प्रति कपड़ा",
    "w26b": "ஈரோடு வீரப்பன்சத்திரம் – பவர்லூம் ஆப்பரேட்டர் தேவை, 12 மணி நேர ஷிப்ட், நாள் ₹550",
    "w28b": "स्कूल के लिए क्रिकेट कोच चाहिए, मिठनपुरा, मुजफ्फरपुर, शाम 3-6, 12000 महीना",
    "w33b": "மதுரை கே.கே. நகர் ஷோரூம் – AC சர்வீஸ் டெக்னீஷியன், மாதம் 24000",
    "w35d": "भिवंडी गोदाम में लोडिंग-अनलोडिंग मज़दूर चाहिए, 500 रोज़",
    "w37c": "बिष्टुपुर, जमशेदपुर – दादी जी की देखभाल के लिए अटेंडेंट चाहिए, 14000 + रहना",
    "w39c": "ਲੁਧਿਆਣਾ ਫਿਰੋਜ਼ਪੁਰ ਰੋਡ ਮੈਰਿਜ ਪੈਲੇਸ ਲਈ ਬਾਊਂਸਰ ਚਾਹੀਦੇ, ਇੱਕ ਫੰਕਸ਼ਨ ਦੇ 1500",
    "w19d": "सिरसा के खेत के लिए ट्रैक्टर ड्राइवर चाहिए, 1000 रुपये रोज़",
    "w36b": "आरी वर्क कारीगर चाहिए, उधना, सूरत – 18000 महीना",
    "w40c": "निफाड (नाशिक) द्राक्ष बागेसाठी ट्रॅक्टर ड्रायव्हर पाहिजे, रोज ६०० रुपये",
}
NEW_WTEXT = {
    "w10": "हैलो सर\nमो. आरिफ़ अंसारी, वेल्डर हूँ\nARC और MIG दोनों, 8 साल आदित्यपुर की फैब्रिकेशन यूनिट में किया\nअभी मानगो, जमशेदपुर में रहता हूँ\n700 पर डे मिनिमम\nहिंदी, उर्दू",
    "w39": "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ\nਬਲਦੇਵ ਸਿੰਘ, ਸਾਬਕਾ ਫੌਜੀ (ਪੰਜਾਬ ਰੈਜੀਮੈਂਟ, 17 ਸਾਲ), ਹੁਣ 3 ਸਾਲ ਤੋਂ ਸਿਕਿਓਰਿਟੀ ਗਾਰਡ\nਫੈਕਟਰੀ / ਗੋਦਾਮ ਡਿਊਟੀ, ਰਾਤ ਵੀ\nਫੋਕਲ ਪੁਆਇੰਟ, ਲੁਧਿਆਣਾ\nਘੱਟੋ ਘੱਟ 13000 ਮਹੀਨਾ\nਪੰਜਾਬੀ, ਹਿੰਦੀ",
}
_g = {g["key"]: g for g in GIGS}
for k, t in NEW_TEXT.items():
    _g[k]["text"] = t
_w = {w["key"]: w for w in WORKERS}
for k, t in NEW_WTEXT.items():
    _w[k]["text"] = t
_g["w11c"]["facts"]["note"] = "0.89 -> grade 1; 'open all days, Sunday half day' leaves working days unclear -> days null"
