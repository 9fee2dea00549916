from lib import W, G, MS, WK, ALL, WE

# ---------------- w01 borewell rig operator, Anantapur (Telugu script)
W("w01", """నమస్తే అన్నా
నా పేరు చిన్న పుల్లయ్య, అనంతపురం రుద్రంపేట దగ్గర ఉంటాను
బోర్ వెల్ రిగ్ మీద 6 సంవత్సరాలు పని చేశా, అందులో 3 ఏళ్ళు ఆపరేటర్ గా
కర్నూలు వైపు కూడా వెళ్తా, బెంగళూరు వద్దు
రోజుకు 900 కంటే తక్కువ అయితే రాను
వారం లో అన్ని రోజులు పని చేస్తా, వయసు 29
ph 98490 61732""",
  "borewell drilling", ["borewell rig operation"], "Anantapur", "Rudrampeta", travel=["Kurnool"],
  pay=900, unit="day", days=ALL, exp=6, langs=["Telugu"], age=29, script="te",
  note="6 years on rigs (3 as operator): experience 6; Bengaluru explicitly refused; phone is a distractor")

G("g01a", """అర్జెంట్ గా బోర్ వెల్ రిగ్ ఆపరేటర్ కావాలి 🚜
అనంతపురం బేస్, చుట్టుపక్కల గ్రామాలకు వెళ్ళాలి
రోజుకు ₹1100 + భోజనం
కనీసం 3 ఏళ్ళ అనుభవం ఉండాలి
సంప్రదించండి 94406 27815""",
  "borewell drilling", ["borewell rig operation"], "Anantapur", remote=False, pay=1100, unit="day",
  minexp=3, script="te", want={"w01": 2})

G("g01b", """Kurnool Nandyal road lo borewell drilling rig ki DRILLER kavali
nelaki 25,000 + site lo stay
2 posts, DTH rig experience must
call 70931 44820 sayantram 6 tarvata""",
  "borewell drilling", ["borewell rig operation"], "Kurnool", loc="Nandyal road", pay=25000, unit="month",
  slots=2, script="te-Latn", note="cross-unit: 25000/month vs 900/day -> ratio 1.07", want={"w01": 2})

G("g01c", """Anantapur lo borewell ki submersible motor dimpe pani ki manishi kavali
pump fitting, cable joint telisi undali
roju 950 icchestham, Sunday leave""",
  "borewell drilling", ["submersible pump installation"], "Anantapur", pay=950, unit="day", days=MS,
  script="te-Latn", note="pump subgroup adjacent to rig -> grade 1", want={"w01": 1})

G("g01d", """రిగ్ హెల్పర్ కావాలి - అనంతపురం కళ్యాణదుర్గం రోడ్
రోజుకు 600, టీ టిఫిన్ మాది
పైపులు ఎత్తడం, మట్టి శాంపిల్స్ తీయడం""",
  "borewell drilling", ["borewell rig helper"], "Anantapur", loc="Kalyandurg road", pay=600, unit="day",
  script="te", note="same subgroup (soft) but pay 0.67 -> 0 (underpaid hard negative)")

G("g01e", """ಬಳ್ಳಾರಿ ಯಲ್ಲಿ ಬೋರ್ ವೆಲ್ ರಿಗ್ ಆಪರೇಟರ್ ಬೇಕು
ದಿನಕ್ಕೆ 1200, ಊಟ ವಸತಿ ಇದೆ
ಕರೆ ಮಾಡಿ 99001 35627""",
  "borewell drilling", ["borewell rig operation"], "Ballari", pay=1200, unit="day", script="kn",
  note="same trade, Ballari is not in w01's reach -> 0")

G("g01f", """🔥🔥 BOREWELL RIG OPERATOR JOBS 🔥🔥
Anantapur & Kurnool contractors hiring NOW
salary 35k + bata
Register with us - registration ₹1,500 only, job guarantee in 2 days
GPay 93xxx - send screenshot""",
  "borewell drilling", ["borewell rig operation"], "Anantapur", pay=35000, unit="month", scam=True,
  script="en", note="registration fee -> scam; would otherwise be grade 2 for w01")

G("g01g", """అనంతపురం సాయినగర్ లో కొత్త ఇంటికి వైరింగ్ చేయడానికి ఎలక్ట్రీషియన్ కావాలి
2 BHK, 10 రోజుల పని, రోజుకు 800""",
  "electrical", ["house wiring"], "Anantapur", loc="Sainagar", pay=800, unit="day", script="te",
  note="same town decoy (electrical); 2 BHK is a distractor")

# ---------------- w02 sugarcane cutter, Beed (Marathi Devanagari)
W("w02", """राम राम साहेब
मी दत्ता भोसले, बीड शहरात माळीवेस ला राहतो
ऊस तोडणी चं काम करतो, १२ वर्ष झाली. नवरा बायको दोघं मिळून कोयता
कोल्हापूर, सांगली ला कारखान्यावर जायला तयार आहे
टनाला ४०० च्या खाली नाही परवडत
वय ३४""",
  "farm labour", ["sugarcane harvesting"], "Beed", "Maliwes", travel=["Kolhapur", "Sangli"],
  pay=400, unit="task", per="tonne", exp=12, langs=["Marathi"], age=34, script="mr",
  note="Marathi with Devanagari digits; koyta = cutting pair; per tonne piece rate")

G("g02a", """🙏 ऊस तोड कामगार पाहिजे 🙏
कारखाना : कोल्हापूर, शिरोली फाटा जवळ
टनाला ₹४५०
४० माणसं (२० कोयते) पाहिजेत, राहायला खोप आणि उचल मिळेल
मुकादम संपर्क 98220 41573""",
  "farm labour", ["sugarcane harvesting"], "Kolhapur", loc="Shiroli Phata", pay=450, unit="task",
  per="tonne", slots=40, script="mr", note="40 people stated (20 koyte); uchal = advance, not pay",
  want={"w02": 2})

G("g02b", """Sangli madhe uss todni sathi toli pahije
380 rupaye ton, season Nov te April
Miraj road karkhana, 15 koyte
fon kara 9921 xxx""",
  "farm labour", ["sugarcane harvesting"], "Sangli", loc="Miraj road", pay=380, unit="task", per="tonne",
  dates="Nov-April", script="mr-Latn", note="380/400 = 0.95 -> grade 1; '15 koyte' are pairs, slots left 1",
  want={"w02": 1})

G("g02c", """ऊस तोडणी - कोल्हापूर (गडहिंग्लज रोड)
टन २८० रुपये, रोज हजेरी
लगेच संपर्क करा""",
  "farm labour", ["sugarcane harvesting"], "Kolhapur", loc="Gadhinglaj road", pay=280, unit="task",
  per="tonne", script="mr", note="280/400 = 0.70 -> 0 (underpaid)")

G("g02d", """ಬೆಳಗಾವಿ ಸಕ್ಕರೆ ಕಾರ್ಖಾನೆಗೆ ಕಬ್ಬು ಕಟಾವು ಕೂಲಿ ಬೇಕು
ಟನ್ ಗೆ ₹500, ಗ್ಯಾಂಗ್ ಜೊತೆ ಬನ್ನಿ
ಅಕ್ಟೋಬರ್ 20 ರಿಂದ""",
  "farm labour", ["sugarcane harvesting"], "Belagavi", pay=500, unit="task", per="tonne",
  dates="from 20 Oct", script="kn", note="same trade, Belagavi unreachable for w02")

G("g02e", """कापूस वेचणी साठी बायका माणसं पाहिजेत
बीड - नगर रोड शेतात
किलोला १० रुपये, रोज गाडी सोडणार""",
  "farm labour", ["cotton picking"], "Beed", loc="Nagar road", pay=10, unit="task", per="kg",
  script="mr", note="same harvest subgroup (soft); per kg vs per tonne not comparable -> grade 1",
  want={"w02": 1})

G("g02f", """ऊसतोड मजुरांसाठी सुवर्णसंधी!!
कोल्हापूरच्या नामांकित कारखान्यात थेट नोंदणी
टनाला ५०० + उचल १ लाख
नोंदणी फी ₹२००० फोन पे करा आणि नाव पक्के करा""",
  "farm labour", ["sugarcane harvesting"], "Kolhapur", pay=500, unit="task", per="tonne", scam=True,
  script="mr", note="registration fee -> scam; otherwise grade 2 for w02")

G("g02g", """बीड - ऊस वाहतुकीसाठी ट्रॅक्टर ड्रायव्हर पाहिजे
डबल ट्रॉली चालवता आली पाहिजे, लायसन्स जरुरी
महिना १८०००""",
  "driving", ["tractor driving"], "Beed", pay=18000, unit="month", script="mr",
  note="word trap: 'ऊस' (sugarcane) but a tractor-driving job in w02's town")

# ---------------- w03 trawler crew, Malpe / Udupi (Kannada)
W("w03", """ನಮಸ್ಕಾರ
ನಾನು ಸುರೇಶ ಖಾರ್ವಿ, ಉಡುಪಿ ಮಲ್ಪೆ ಬಂದರು ಹತ್ತಿರ ಇದ್ದೀನಿ
ಟ್ರಾಲರ್ ಬೋಟ್ ನಲ್ಲಿ 9 ವರ್ಷ ಕೆಲಸ ಮಾಡಿದ್ದೇನೆ, ಬಲೆ ಹಾಕೋದು ಎಳೆಯೋದು ಐಸ್ ಹಾಕೋದು ಎಲ್ಲಾ ಗೊತ್ತು
ಮಂಗಳೂರು ಬೋಟ್ ಆದ್ರೂ ಓಕೆ
ತಿಂಗಳಿಗೆ ಕನಿಷ್ಠ 15000 ಬೇಕು + ಬಾಟಾ
ಕನ್ನಡ, ತುಳು, ಸ್ವಲ್ಪ ಹಿಂದಿ""",
  "fishing", ["fishing boat crew (trawler)"], "Udupi", "Malpe", travel=["Mangaluru"], pay=15000,
  unit="month", exp=9, langs=["Kannada", "Tulu", "Hindi"], script="kn",
  note="bata (daily allowance) is not part of the minimum")

G("g03a", """ಮಲ್ಪೆ ಬಂದರು – ಟ್ರಾಲರ್ ಬೋಟ್ ಗೆ 4 ಕೆಲಸಗಾರರು ಬೇಕು
ತಿಂಗಳಿಗೆ ₹18,000 + ಊಟ
10-12 ದಿನ ಸಮುದ್ರದಲ್ಲಿ ಇರಬೇಕು
ಸಂಪರ್ಕ 94481 70236""",
  "fishing", ["fishing boat crew (trawler)"], "Udupi", "Malpe", pay=18000, unit="month", slots=4,
  script="kn", want={"w03": 2})

G("g03b", """Purse seine boat crew needed - Mangaluru old port (Bunder)
₹16000/month + fish share
season starts Aug 1, Tulu/Kannada speaking pls""",
  "fishing", ["purse seine boat crew"], "Mangaluru", "Bunder", pay=16000, unit="month",
  dates="from Aug 1", script="en", note="purse seine vs trawler: same boat subgroup -> grade 1",
  want={"w03": 1})

G("g03c", """Malpe harbour nalli fish sorting, cleaning kelasakke hengasaru gandasaru beku
dina 600 rupayi, beligge 5 gante inda""",
  "fishing", ["fish sorting/cleaning"], "Udupi", "Malpe", pay=600, unit="day", script="kn-Latn",
  note="shore subgroup adjacent to boat; 600/day = 15600/month >= 15000 -> grade 1; '5 gante' is a time",
  want={"w03": 1})

G("g03d", """Trawler crew reqd Mangalore Bunder
15k pm fixed + bata, 2 persons
Hindi or Kannada ok. Boat no. IND-KA-02-MM-4417""",
  "fishing", ["fishing boat crew (trawler)"], "Mangaluru", "Bunder", pay=15000, unit="month", slots=2,
  script="en", note="alias Mangalore; boat registration number is a distractor", want={"w03": 2})

G("g03e", """વેરાવળ બંદર પર ફિશિંગ બોટ માટે ખલાસી જોઈએ
મહિને ૨૦૦૦૦, રહેવા-જમવાનું બોટ માલિક તરફથી
૮ માણસ જોઈએ""",
  "fishing", ["fishing boat crew (trawler)"], "Veraval", pay=20000, unit="month", slots=8, script="gu",
  note="same trade, Veraval (Gujarat) unreachable for w03")

G("g03f", """Malpe deep sea boat job !! ₹22,000 per month
join fee ₹5000 for boat ID card + insurance, pay first then join
limited seats""",
  "fishing", ["fishing boat crew (trawler)"], "Udupi", "Malpe", pay=22000, unit="month", scam=True,
  script="en", note="joining fee -> scam; otherwise grade 2 for w03")

G("g03g", """Udupi Car Street hotel ge south indian cook beku
dose, idli, sambar. tingalige 16000 + room""",
  "cooking", ["south indian home cooking"], "Udupi", "Car Street", pay=16000, unit="month",
  script="kn-Latn", note="same-town decoy (cooking)")

# ---------------- w04 poultry farm hand, Cuttack (Odia)
W("w04", """ନମସ୍କାର ଆଜ୍ଞା
ମୋ ନାଁ ପ୍ରଦୀପ ବେହେରା, କଟକ ଜଗତପୁରରେ ରହେ
ପୋଲଟ୍ରି ଫାର୍ମରେ 4 ବର୍ଷ କାମ କରିଛି - କୁକୁଡ଼ାଙ୍କୁ ଦାନା ପାଣି, ଟୀକା, ସେଡ୍ ସଫା
ମାସକୁ ୯୦୦୦ ଟଙ୍କା ଦରକାର, ରହିବା ଜାଗା ଦେଲେ ଭଲ
ଓଡ଼ିଆ, ଅଳ୍ପ ହିନ୍ଦୀ""",
  "farm labour", ["poultry farm hand"], "Cuttack", "Jagatpur", pay=9000, unit="month", exp=4,
  langs=["Odia", "Hindi"], script="or", note="Odia digits ୯୦୦୦")

G("g04a", """କଟକ ଜଗତପୁର ପୋଲଟ୍ରି ଫାର୍ମ ପାଇଁ ଜଣେ କାମଲୋକ ଦରକାର
ମାସିକ ୧୦୦୦୦ ଟଙ୍କା, ରହିବା ଖାଇବା ଫ୍ରି
ଫୋନ 70081 52964""",
  "farm labour", ["poultry farm hand"], "Cuttack", "Jagatpur", pay=10000, unit="month", script="or",
  want={"w04": 2})

G("g04b", """Cuttack Bidanasi re broiler farm helper darkar
masiku 7000, 2 bela khaiba
feeding, litter change, kebe kebe rati duty""",
  "farm labour", ["poultry farm hand"], "Cuttack", "Bidanasi", pay=7000, unit="month", script="or-Latn",
  note="7000/9000 = 0.78 -> grade 1", want={"w04": 1})

G("g04c", """Cuttack Link Road pakhare chheli farm pain lok darkar
masiku 8000, 30 ta chheli dekhibaku heba""",
  "farm labour", ["goat farm hand"], "Cuttack", "Link Road", pay=8000, unit="month", script="or-Latn",
  note="goat = same livestock subgroup (soft) + pay 0.89 (soft) -> 0; '30 ta chheli' is not slots")

G("g04d", """Poultry farm worker reqd Bhubaneswar Patia side
11k + stay, immediate joining""",
  "farm labour", ["poultry farm hand"], "Bhubaneswar", "Patia", pay=11000, unit="month", script="en",
  note="same trade, Bhubaneswar is not in w04's reach")

G("g04e", """କଟକ ବାଦାମବାଡ଼ି ମାର୍କେଟ କମ୍ପ୍ଲେକ୍ସ ପାଇଁ ରାତି ସିକ୍ୟୁରିଟି ଗାର୍ଡ ଦରକାର
ମାସିକ ୧୧୦୦୦, ବୟସ ୪୫ ତଳେ""",
  "security", ["night watchman"], "Cuttack", "Badambadi", pay=11000, unit="month", script="or",
  note="same-town decoy (security); age limit is a distractor")

G("g04f", """Cuttack Naraj ke paas layer farm hai, egg collection aur shed saaf karne wala ladka chahiye
9500 mahina, rehna free""",
  "farm labour", ["poultry farm hand"], "Cuttack", "Naraj", pay=9500, unit="month", script="hi-Latn",
  want={"w04": 2})

# ---------------- w05 beekeeper, Muzaffarpur (Hindi Devanagari)
W("w05", """नमस्ते जी
हम रमेश सहनी, मुजफ्फरपुर भगवानपुर चौक के पास रहते हैं
मधुमक्खी पालन का काम 7 साल से कर रहे हैं - बक्सा खोलना, रानी पहचानना, शहद निकालना सब आता है
लीची सीजन में यहीं रहते हैं, सरसों सीजन में राजस्थान श्रीगंगानगर भी चले जाते हैं
रोज का 500 से कम नहीं लेंगे
उमर 41""",
  "farm labour", ["beekeeping (bee box handling)", "honey extraction"], "Muzaffarpur", "Bhagwanpur Chowk",
  travel=["Sri Ganganagar"], pay=500, unit="day", exp=7, langs=["Hindi"], age=41, script="hi",
  note="migratory beekeeper: Sri Ganganagar in travel list")

G("g05a", """लीची बागान में मधुमक्खी बक्सों की देखरेख के लिए 2 आदमी चाहिए
जगह: मुजफ्फरपुर, मुशहरी
₹550 रोज़ + दोपहर का खाना, अप्रैल-मई 45 दिन""",
  "farm labour", ["beekeeping (bee box handling)"], "Muzaffarpur", "Mushahari", pay=550, unit="day",
  slots=2, dates="April-May, 45 days", script="hi", want={"w05": 2})

G("g05b", """Honey processing unit, Muzaffarpur Bela industrial area
shahad nikalne aur bottle filling ke liye helper chahiye
14000 mahina, Sunday chhutti""",
  "farm labour", ["honey extraction"], "Muzaffarpur", "Bela industrial area", pay=14000, unit="month",
  days=MS, script="hi-Latn", note="14000/month vs 500/day: ratio 1.08 -> 2", want={"w05": 2})

G("g05c", """श्रीगंगानगर सरसों सीजन 🌼
300 बक्से (मधुमक्खी) संभालने के लिए अनुभवी आदमी चाहिए
₹600/दिन, रहना खाना फ्री
दिसंबर से फरवरी""",
  "farm labour", ["beekeeping (bee box handling)"], "Sri Ganganagar", pay=600, unit="day",
  dates="Dec-Feb", script="hi", note="300 boxes is not slots", want={"w05": 2})

G("g05d", """लीची तोड़ाई और पैकिंग मजदूर चाहिए, मुजफ्फरपुर कांटी रोड
450 रोज, 20 लोग""",
  "farm labour", ["litchi picking/packing"], "Muzaffarpur", "Kanti road", pay=450, unit="day", slots=20,
  script="hi", note="same town, same crop season, but harvest subgroup is not adjacent to apiculture -> 0")

G("g05e", """Samastipur Pusa ke paas bee farm me kaam, 200 box
700 rupiya roj""",
  "farm labour", ["beekeeping (bee box handling)"], "Samastipur", "Pusa", pay=700, unit="day",
  script="hi-Latn", note="same trade, Samastipur not in w05's reach")

G("g05f", """मधुमक्खी बक्सा हेल्पर चाहिए, मुजफ्फरपुर ब्रह्मपुरा
₹300 प्रतिदिन, सीखने वाले भी आ सकते हैं""",
  "farm labour", ["beekeeping (bee box handling)"], "Muzaffarpur", "Brahmpura", pay=300, unit="day",
  minexp=0, script="hi", note="300/500 = 0.6 -> 0 (underpaid)")
