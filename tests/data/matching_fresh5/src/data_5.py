from common import W, G, MS, WD, ALL, WE

# ---------------- w33 AC technician, Madurai (romanized Tamil)
W("w33", "vanakkam sir\nen peru Murugan, AC mechanic\nsplit AC installation, service, gas filling ellam pannuven – 7 varusham\nMadurai Tallakulam\nnaal oru 900 rubai venum\nTamil",
  "AC/appliance repair", ["AC installation", "AC servicing", "AC gas charging"], "Madurai", "Tallakulam", pay=900,
  unit="day", exp=7, langs=["Tamil"])
G("w33a", "மதுரை – ஏசி இன்ஸ்டாலேஷன் டெக்னீஷியன் தேவை. நாள் சம்பளம் ₹1000. கோடை சீசன், 2 பேர்.", "AC/appliance repair",
  ["AC installation"], "Madurai", None, pay=1000, unit="day", slots=2)
G("w33b", "AC service technician, Madurai KK Nagar showroom, 24000/month", "AC/appliance repair", ["AC servicing"], "Madurai",
  "KK Nagar", pay=24000, unit="month", note="24000/26 = 923/day -> grade 2")
G("w33c", "Washing machine + fridge repair technician, Madurai Goripalayam, 850/day", "AC/appliance repair",
  ["washing machine repair", "refrigerator repair"], "Madurai", "Goripalayam", pay=850, unit="day",
  note="shares no skill; refrigerator is cooling -> same subgroup; pay 0.94 -> two soft -> 0")
G("w33d", "RO purifier service boy, Madurai, 18000 pm", "AC/appliance repair", ["RO purifier service"], "Madurai", None,
  pay=18000, unit="month", note="appliance adjacent to cooling, but pay 692/day = 0.77 -> two soft -> 0")
G("w33e", "AC technician, Chennai Velachery, 1200/day", "AC/appliance repair", ["AC servicing"], "Chennai", "Velachery",
  pay=1200, unit="day", note="other city -> 0")

# ---------------- w34 delivery rider, Hubballi (English/Kannada romanized)
W("w34", "hi sir\nPrakash Naik, delivery boy\nown bike (Splendor), DL ide\nfood + parcel delivery 3 years (Swiggy, Shadowfax)\nHubli, Gokul Road\nmin 600 per day\nKannada, Hindi",
  "delivery", ["food delivery", "parcel delivery"], "Hubballi", "Gokul Road", pay=600, unit="day", exp=3,
  langs=["Kannada", "Hindi"], note="Hubli alias")
G("w34a", "Parcel delivery partners needed – Hubballi hub (Unkal). ₹650 per day + fuel. 10 riders.", "delivery",
  ["parcel delivery"], "Hubballi", "Unkal", pay=650, unit="day", slots=10)
G("w34b", "ಹುಬ್ಬಳ್ಳಿ – ಮೆಡಿಕಲ್ ಶಾಪ್ ಗೆ ಔಷಧಿ ಡೆಲಿವರಿ ಹುಡುಗ ಬೇಕು, ತಿಂಗಳಿಗೆ ₹14,000", "delivery", ["medicine delivery"],
  "Hubballi", None, pay=14000, unit="month", note="same subgroup adjacent; 538/day = 0.897 -> two soft -> 0")
G("w34c", "Food delivery riders – Hubli-Dharwad, ₹30 per order + incentive", "delivery", ["food delivery"], "Hubballi", None,
  pay=30, unit="task", per="order", note="per order vs per day not compared -> 2")
G("w34d", "Quick commerce rider (10-min delivery), Hubballi Vidyanagar dark store, 550/day", "delivery",
  ["quick-commerce delivery"], "Hubballi", "Vidyanagar", pay=550, unit="day", note="adjacent + 0.917 -> 0")
G("w34e", "Delivery boys Belagavi, 700/day", "delivery", ["parcel delivery"], "Belagavi", None, pay=700, unit="day",
  note="other city -> 0")
G("w34f", "ಹುಬ್ಬಳ್ಳಿ ಕೇಶ್ವಾಪುರ – ಫುಡ್ ಡೆಲಿವರಿ, ದಿನಕ್ಕೆ ₹600, ಶನಿವಾರ ಭಾನುವಾರ ಮಾತ್ರ", "delivery", ["food delivery"], "Hubballi",
  "Keshwapur", pay=600, unit="day", days=WE, note="Kannada script; weekend only; worker days unstated -> grade 2")

# ---------------- w35 warehouse picker, Bhiwandi (Devanagari Hindi)
W("w35", "नमस्ते\nमैं सूरज यादव, वेयरहाउस में पिकिंग पैकिंग का काम – 3 साल\nभिवंडी, वलपाड़ा में रूम है (गांव जौनपुर)\nठाणे भी जा सकता हूँ\nरोज़ का 550 चाहिए\nहिंदी",
  "warehouse/loading", ["picking/packing"], "Bhiwandi", "Valpada", travel=["Thane"], pay=550, unit="day", exp=3,
  langs=["Hindi"], note="native village Jaunpur is not his city")
G("w35a", "भिवंडी – ई-कॉमर्स वेयरहाउस में पिकर/पैकर चाहिए, 15 लड़के, ₹600 रोज़, 9 घंटे", "warehouse/loading",
  ["picking/packing"], "Bhiwandi", None, pay=600, unit="day", slots=15)
G("w35b", "Packing helpers – Wagle Estate, Thane, 14,000 pm", "warehouse/loading", ["picking/packing"], "Thane", "Wagle Estate",
  pay=14000, unit="month", note="via travel; 538/day = 0.98 -> grade 1")
G("w35c", "Forklift operator reqd, Bhiwandi Kalher, valid licence, 22k", "warehouse/loading", ["forklift operation"],
  "Bhiwandi", "Kalher", pay=22000, unit="month", note="forklift not adjacent -> 0")
G("w35d", "Loading unloading labour Bhiwandi godown, 500 per day", "warehouse/loading", ["loading/unloading"], "Bhiwandi",
  None, pay=500, unit="day", note="same manual subgroup + 0.91 -> two soft -> 0")
G("w35e", "Picker packer, Taloja, Navi Mumbai, 650 daily", "warehouse/loading", ["picking/packing"], "Navi Mumbai", "Taloja",
  pay=650, unit="day", note="Navi Mumbai not in his travel list -> 0")
G("w35f", "Stock counting (cycle count) staff for Bhiwandi warehouse, 3 nights, 700 per night", "warehouse/loading",
  ["inventory/stock counting"], "Bhiwandi", None, pay=700, unit="task", per="night", note="inventory not adjacent -> 0")

# ---------------- w36 zari / aari embroidery, Surat (Devanagari Hindi)
W("w36", "सलाम\nमेरा नाम इमरान, ज़री-आरी का कारीगर\nसाड़ी और लहंगे पे हाथ का काम, 12 साल\nबरेली से हूँ, अभी सूरत, सलाबतपुरा में रहता हूँ\nदिन का 700 से कम नहीं\nहिंदी, उर्दू",
  "tailoring", ["aari/zari embroidery"], "Surat", "Salabatpura", pay=700, unit="day", exp=12, langs=["Hindi", "Urdu"],
  note="from Bareilly, lives in Surat")
G("w36a", "સુરત – જરી આરી વર્ક કારીગર જોઈએ, લહેંગા માટે. રોજ ₹૭૫૦. ૪ કારીગર.", "tailoring", ["aari/zari embroidery"],
  "Surat", None, pay=750, unit="day", slots=4, note="Gujarati script + digits")
G("w36b", "Aari work karigar chahiye Surat Udhna, 18000 mahina", "tailoring", ["aari/zari embroidery"], "Surat", "Udhna",
  pay=18000, unit="month", note="692/day = 0.99 -> grade 1")
G("w36c", "Blouse stitching tailor, Surat Adajan boutique, 600/day", "tailoring", ["blouse stitching"], "Surat", "Adajan",
  pay=600, unit="day", note="tailor subgroup not adjacent -> 0")
G("w36d", "Zari karigar for Varanasi banarasi unit, 800/day", "tailoring", ["aari/zari embroidery"], "Varanasi", None,
  pay=800, unit="day", note="other city -> 0")

# ---------------- w37 japa maid, Jamshedpur (Devanagari Hindi)
W("w37", "नमस्ते दीदी\nमैं सविता देवी, जापा का काम करती हूँ – नवजात बच्चे की मालिश, नहलाना, माँ की देखभाल\n9 साल से\nसोनारी, जमशेदपुर\nमहीने का 15000 चाहिए, 24 घंटे रहना पड़े तो 18000\nहिंदी, संथाली थोड़ा",
  "caregiving/nursing aide", ["japa/newborn care"], "Jamshedpur", "Sonari", pay=15000, unit="month", exp=9,
  langs=["Hindi", "Santali"], note="lowest rate asked is 15000 (18000 is live-in)")
G("w37a", "Japa maid chahiye – Kadma, Jamshedpur. Delivery next month, 40 din ke liye. 16000 mahina + khana", "caregiving/nursing aide",
  ["japa/newborn care"], "Jamshedpur", "Kadma", pay=16000, unit="month",
  note="'delivery' = childbirth, word trap; 40 din is duration")
G("w37b", "जमशेदपुर साकची – नवजात शिशु देखभाल के लिए आया चाहिए, ₹12,000", "caregiving/nursing aide", ["japa/newborn care"],
  "Jamshedpur", "Sakchi", pay=12000, unit="month", note="0.8 -> grade 1")
G("w37c", "Elderly care attendant for dadi ji, Bistupur Jamshedpur, 14000 + stay", "caregiving/nursing aide",
  ["elderly care attendant"], "Jamshedpur", "Bistupur", pay=14000, unit="month", note="elder not adjacent to newborn -> 0")
G("w37d", "Japa maid Kolkata New Town, 20000", "caregiving/nursing aide", ["japa/newborn care"], "Kolkata", "New Town",
  pay=20000, unit="month", note="other city -> 0")

# ---------------- w38 elder care attendant, Thrissur (Malayalam script)
W("w38", "നമസ്കാരം\nഞാൻ ബിന്ദു, ഹോം നേഴ്സ് / വയോജന പരിചരണം – 8 വർഷം\nകിടപ്പുരോഗികളെ നോക്കും, ഡയപ്പർ മാറ്റൽ, ഫീഡിംഗ്\nചാലക്കുടി, തൃശ്ശൂർ\nകൊച്ചിയിലും പോകാം\nമാസം ₹18000 വേണം\nമലയാളം",
  "caregiving/nursing aide", ["elderly care attendant", "bedridden patient care"], "Thrissur", "Chalakudy",
  travel=["Kochi"], pay=18000, unit="month", exp=8, langs=["Malayalam"])
G("w38a", "തൃശ്ശൂർ – കിടപ്പിലായ അമ്മയെ നോക്കാൻ ഹോം നേഴ്സിനെ വേണം. മാസം ₹20,000, താമസം ഭക്ഷണം.", "caregiving/nursing aide",
  ["bedridden patient care"], "Thrissur", None, pay=20000, unit="month")
G("w38b", "Elder care attendant, Kochi Vyttila, 17,000/month, Malayalam must", "caregiving/nursing aide",
  ["elderly care attendant"], "Kochi", "Vyttila", pay=17000, unit="month", req=["Malayalam"], note="via travel; 0.94 -> grade 1")
G("w38c", "Home nurse for injections + dressing, Thrissur Ollur, 22k (GNM preferred)", "caregiving/nursing aide",
  ["home nursing (injections/dressing)"], "Thrissur", "Ollur", pay=22000, unit="month", note="nursing adjacent to elder -> grade 1")
G("w38d", "Dementia care attendant, Bengaluru Jayanagar, 25000", "caregiving/nursing aide", ["dementia care"], "Bengaluru",
  "Jayanagar", pay=25000, unit="month", note="other city -> 0")

# ---------------- w39 security guard, Ludhiana (Hinglish)
W("w39", "sat sri akal ji\nBaldev Singh, ex-army (Punjab Regiment, 17 saal), ab 3 saal se security guard\nfactory / godown duty, night bhi\nFocal Point, Ludhiana\n13000 per month min\npunjabi, hindi",
  "security", ["office/factory security guard", "night watchman"], "Ludhiana", "Focal Point", pay=13000, unit="month",
  exp=3, langs=["Punjabi", "Hindi"], note="army service is not guard experience -> 3")
G("w39a", "Security guard for hosiery factory, Focal Point Phase 8, Ludhiana – 14,500 + PF/ESI, 12 hr, 2 guards", "security",
  ["office/factory security guard"], "Ludhiana", "Focal Point", pay=14500, unit="month", slots=2)
G("w39b", "ਲੁਧਿਆਣਾ ਗੋਦਾਮ ਲਈ ਰਾਤ ਦਾ ਚੌਕੀਦਾਰ ਚਾਹੀਦਾ, 12000 ਮਹੀਨਾ", "security", ["night watchman"], "Ludhiana", None,
  pay=12000, unit="month", note="0.92 -> grade 1")
G("w39c", "Bouncers for wedding palace, Ludhiana Ferozepur Road, 1500 per event", "security", ["event security/bouncer"],
  "Ludhiana", "Ferozepur Road", pay=1500, unit="task", per="event", note="event subgroup not adjacent -> 0")
G("w39d", "Factory guard Jalandhar, 14000", "security", ["office/factory security guard"], "Jalandhar", None, pay=14000,
  unit="month", note="other city -> 0")
G("w39e", "ATM guard Ludhiana Civil Lines, 11000, 5 yrs guard exp must", "security", ["ATM guard"], "Ludhiana", "Civil Lines",
  pay=11000, unit="month", minexp=5, note="adjacent + 0.85 -> 0 anyway (also experience short)")

# ---------------- w40 JCB operator, Nashik (Hinglish)
W("w40", "hello\nnaam Vishal Gaikwad, JCB operator (3DX)\nroad work, nala khudai, loading – 5 saal\nNashik, Panchavati\n25000 mahina ya 1000 roj\nmarathi, hindi",
  "driving", ["JCB/backhoe operation"], "Nashik", "Panchavati", pay=25000, unit="month", exp=5, langs=["Marathi", "Hindi"],
  note="two rates given: 25000/month (961.5/day) is lower than 1000/day, so the minimum is 25000/month")
G("w40a", "JCB operator reqd for highway project near Nashik (Dindori road), 28,000 + room", "driving", ["JCB/backhoe operation"],
  "Nashik", "Dindori Road", pay=28000, unit="month")
G("w40b", "नाशिक – JCB ऑपरेटर पाहिजे, रोज ₹900, १० दिवस काम", "driving", ["JCB/backhoe operation"], "Nashik", None, pay=900,
  unit="day", note="900/day vs 25000/month (961.5/day) = 0.936 -> grade 1")
G("w40c", "Tractor driver for grape farm, Niphad (Nashik), 600 per day", "driving", ["tractor driving"], "Nashik", "Niphad",
  pay=600, unit="day", note="tractor not adjacent to jcb -> 0")
G("w40d", "JCB operator Aurangabad Waluj, 30k", "driving", ["JCB/backhoe operation"], "Aurangabad", "Waluj", pay=30000,
  unit="month", note="other city -> 0")
