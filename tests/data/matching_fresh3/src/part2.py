from common import W, G, MS, WD, ALL

# ---------------- 10. Dairy worker, Anand ----------------
DF = "dairy/farm work"
W("dairy", "gu-Gujr", "હું રમેશ ભરવાડ, આણંદ, વિદ્યાનગર રોડ પાસે રહું છું\nભેંસ ગાય ની દેખરેખ, દૂધ કાઢવું, ચારો નાખવો\nમશીન થી દૂધ કાઢતા પણ આવડે\n૧૨ વર્ષ થી આ કામ કરું છું\nમહિને ૧૧,૦૦૦ અને રહેવાનું\nનડિયાદ જઈ શકું\nઅઠવાડિયા ના સાતે દિવસ",
  DF, ["cattle care & milking"], "Anand", "વિદ્યાનગર રોડ", travel=["Nadiad"], minpay=11000, unit="month",
  days=ALL, exp=12, langs=["Gujarati"], new=True, note="'saate divas' = all 7 days; stay is an extra, not pay")
G("dairy_p1", "gu-Gujr", "ડેરી ફાર્મ માટે માણસ જોઈએ – 40 ભેંસ, આણંદ લાંભવેલ રોડ. પગાર ૧૩૦૦૦ + રહેવાનું. સાતે દિવસ કામ.",
  DF, ["cattle care & milking"], "Anand", "લાંભવેલ રોડ", pay=13000, unit="month", days=ALL,
  note="40 buffaloes is not slots", want={"dairy": 2})
G("dairy_p2", "gu-Gujr", "નડિયાદ, પીજ રોડ ફાર્મ પર દૂધ દોહવા અને તબેલા ના કામ માટે માણસ જોઈએ. દસ હજાર મહિને + રહેવાનું + દૂધ",
  DF, ["cattle care & milking"], "Nadiad", "પીજ રોડ", pay=10000, unit="month",
  note="amount in words (das hajar = 10000); 10000/11000 = 0.909 -> grade 1", want={"dairy": 1})
G("dairy_n1", "hi-Latn", "Anand me doodh mandli (milk collection centre) ke liye helper chahiye, 9500 mahina, subah shaam",
  DF, ["milk collection centre helper"], "Anand", None, pay=9500, unit="month",
  note="same dairy subgroup (soft) + 9500/11000 = 0.864 (soft) -> 0")
G("dairy_n2", "gu-Latn", "Anand taluka na khetar ma ghau kapni mate majur joiye, 350 rupiya roj, 10 divas",
  DF, ["farm labour (sowing/harvest)"], "Anand", None, pay=350, unit="day",
  note="farm subgroup not adjacent to dairy -> 0")
G("dairy_n3", "gu-Gujr", "મહેસાણા ની ગૌશાળા માટે ગાયો ની સેવા કરનાર માણસ જોઈએ, રહેવા જમવાનું ફ્રી",
  DF, ["cattle care & milking"], "Mehsana", None,
  note="Mehsana not in travel list -> 0")
G("dairy_d1", "en", "Counter boy for dairy products parlour (milk, paneer, ice-cream), Anand station road. 8500 pm.",
  "retail/sales", ["showroom/counter sales"], "Anand", "station road", pay=8500, unit="month",
  note="word trap: dairy parlour counter is retail")

# ---------------- 11. Swimming coach, Kolhapur ----------------
SC = "sports coaching"
W("swim", "mr-Deva", "नमस्कार, मी सागर पाटील\nस्विमिंग कोच आहे, NIS सर्टिफाइड\n8 वर्षे अनुभव, लहान मुलं आणि मोठ्यांना शिकवतो\nकोल्हापूर, राजारामपुरी\nसांगलीला पण येऊ शकतो\nतासाला किमान ५०० रुपये\nसकाळी 6 ते 9 फक्त",
  SC, ["swimming coaching"], "Kolhapur", "राजारामपुरी", travel=["Sangli"], minpay=500, unit="hour",
  exp=8, langs=["Marathi"], new=True, note="Marathi in Devanagari; morning hours are not days")
G("swim_p1", "mr-Deva", "आमच्या सोसायटीच्या पूलसाठी स्विमिंग कोच हवा, ताराबाई पार्क, कोल्हापूर. मे महिन्यात समर कॅम्प. ₹600 प्रति तास",
  SC, ["swimming coaching"], "Kolhapur", "ताराबाई पार्क", pay=600, unit="hour", dates="May",
  want={"swim": 2})
G("swim_p2", "en", "Swim coach for my 2 kids at our farmhouse pool in Kolhapur (Kasaba Bawada), ₹450 per hour, weekends only",
  SC, ["swimming coaching"], "Kolhapur", "Kasaba Bawada", pay=450, unit="hour", days=["sat", "sun"],
  note="450/500 = 0.9 -> grade 1; worker days null so days not checked", want={"swim": 1})
G("swim_n1", "mr-Deva", "सांगली-मिरज रोडवरील CBSE शाळेसाठी स्विमिंग इन्स्ट्रक्टर पाहिजे. पगार २२,००० महिना, वेळ 9 ते 4.",
  SC, ["swimming coaching"], "Sangli", "सांगली-मिरज रोड", pay=22000, unit="month",
  note="22000/208 = 105.8/hour vs 500 -> 0 (full-time salary vs hourly minimum)")
G("swim_n2", "mr-Latn", "Kolhapur madhe cricket academy sathi coach pahije, under-14 mula, pagar 18000",
  SC, ["cricket coaching"], "Kolhapur", None, pay=18000, unit="month",
  note="cricket subgroup -> 0 for the swimmer; Kolhapur infeasible for the Meerut cricket coach")
G("swim_p3", "mr-Deva", "सांगली, विश्रामबाग – महिलांसाठी पोहणे शिकवणारा प्रशिक्षक हवा, संध्याकाळी नाही सकाळी, ₹५०० तासाला",
  SC, ["swimming coaching"], "Sangli", "विश्रामबाग", pay=500, unit="hour",
  note="exactly the minimum -> grade 2 (via travel)", want={"swim": 2})
G("swim_d1", "mr-Deva", "कोल्हापुरात स्विमिंग पूल साफसफाई व देखभाल करणारा माणूस पाहिजे, पगार १२०००",
  "cleaning/domestic", ["deep cleaning"], "Kolhapur", None, pay=12000, unit="month",
  note="word trap: pool cleaning is cleaning, not coaching")

# ---------------- 12. Sign-board painter, Madurai ----------------
W("sign", "ta-Taml", "வணக்கம்\nநான் முருகன், மதுரை, கீழவாசல்\nகடை போர்டு எழுத்து, சுவர் விளம்பரம், லாரி நம்பர் பிளேட் எழுதுவேன்\n20 வருஷம் அனுபவம்\nசதுர அடிக்கு குறைந்தது 25 ரூபாய்\nதிண்டுக்கல் வரைக்கும் போகலாம்",
  "painting", ["sign-board lettering", "wall advertisement painting", "vehicle lettering/number plate"], "Madurai", "கீழவாசல்",
  travel=["Dindigul"], minpay=25, unit="task", per="sq ft", exp=20, langs=["Tamil"], new=True)
G("sign_p1", "ta-Taml", "கடை போர்டு எழுத ஆள் வேண்டும், 8x4 அடி, மதுரை சிம்மக்கல். சதுர அடிக்கு ₹30. போன் 98430 17265",
  "painting", ["sign-board lettering"], "Madurai", "சிம்மக்கல்", pay=30, unit="task", per="sq ft",
  note="8x4 size is a distractor", want={"sign": 2})
G("sign_p2", "ta-Latn", "Dindigul la 20 wall ku advt ezhuthanum (cement company), sq ft ku 22 rs, 1 week work",
  "painting", ["wall advertisement painting"], "Dindigul", None, pay=22, unit="task", per="sq ft",
  note="22/25 = 0.88 -> grade 1", want={"sign": 1})
G("sign_p3", "en", "Lorry body lettering & number plate painting, Madurai ring road (Kappalur). ₹1500 per lorry, 6 lorries.",
  "painting", ["vehicle lettering/number plate"], "Madurai", "Kappalur", pay=1500, unit="task", per="lorry",
  note="per lorry vs per sq ft: not compared; 6 lorries is not slots", want={"sign": 2})
G("sign_n1", "ta-Taml", "மதுரை அண்ணா நகரில் வீட்டுக்கு உள்பக்க சுவர் பெயிண்டிங், 2 BHK, சதுர அடி ₹12",
  "painting", ["interior wall painting"], "Madurai", "அண்ணா நகர்", pay=12, unit="task", per="sq ft",
  note="house subgroup not adjacent to signage -> 0")
G("sign_n2", "en", "Mural artist for government school compound wall (Madurai, Tallakulam) – Tamil culture theme, ₹40/sq ft",
  "painting", ["mural/wall art"], "Madurai", "Tallakulam", pay=40, unit="task", per="sq ft",
  note="art subgroup not adjacent to signage -> 0")
G("sign_n3", "ta-Taml", "திருநெல்வேலியில் கடை போர்டு எழுதும் ஓவியர் தேவை, சதுர அடி ₹35",
  "painting", ["sign-board lettering"], "Tirunelveli", None, pay=35, unit="task", per="sq ft",
  note="Tirunelveli not in travel list -> 0")
G("sign_d1", "en", "LED sign board installation – need electrician for 12 shops, Madurai Town Hall Road, pay as per work",
  "electrical", ["electrical maintenance"], "Madurai", "Town Hall Road",
  note="word trap: LED sign board installation is electrical")

# ---------------- 13. Mobile repair, Warangal ----------------
ER = "electronics repair"
W("mob", "te-Telu", "నమస్తే అన్నా\nనా పేరు శ్రీకాంత్, హనుమకొండ, వరంగల్\nమొబైల్ రిపేర్ – చిప్ లెవెల్, డిస్ప్లే, బ్యాటరీ మార్చడం\n5 సంవత్సరాలు షాప్ లో పని చేశాను\nనెలకు 15000 కావాలి\nకరీంనగర్ కూడా వెళ్తాను",
  ER, ["mobile chip-level repair", "mobile screen/battery replacement"], "Warangal", "హనుమకొండ",
  travel=["Karimnagar"], minpay=15000, unit="month", exp=5, langs=["Telugu"], new=True,
  note="Hanamkonda is part of Warangal")
G("mob_p1", "te-Telu", "మొబైల్ షాప్ లో రిపేర్ టెక్నీషియన్ కావాలి, వరంగల్ స్టేషన్ రోడ్. జీతం 16,000–18,000. చిప్ లెవెల్ వచ్చి ఉండాలి.",
  ER, ["mobile chip-level repair"], "Warangal", "స్టేషన్ రోడ్", pay=16000, pmax=18000, unit="month", want={"mob": 2})
G("mob_p2", "te-Telu", "కరీంనగర్ ముకరంపుర లో మొబైల్ రిపేర్ టెక్నీషియన్ (డిస్ప్లే/బ్యాటరీ మార్చడం) కావాలి. నెలకు 13 వేలు, సోమ–శని.",
  ER, ["mobile screen/battery replacement"], "Karimnagar", "ముకరంపుర", pay=13000, unit="month", days=MS,
  note="13000/15000 = 0.867 -> grade 1", want={"mob": 1})
G("mob_n1", "te-Telu", "CCTV కెమెరాలు ఫిట్టింగ్ కి టెక్నీషియన్ కావాలి, వరంగల్, నెలకు 15000",
  ER, ["CCTV installation"], "Warangal", None, pay=15000, unit="month",
  note="cctv subgroup not adjacent to mobile -> 0")
G("mob_n3", "te-Latn", "Hanamkonda lo mobile repair shop ki boy kavali, chip level, 10000 jeetham",
  ER, ["mobile chip-level repair"], "Warangal", "Hanamkonda", pay=10000, unit="month",
  note="10000/15000 = 0.667 -> 0")
G("mob_d1", "te-Telu", "వరంగల్ లో మొబైల్ షోరూమ్ కి సేల్స్ బాయ్ కావాలి, ఇంటర్ పాస్ చాలు, వెంటనే జాయిన్ అవ్వాలి",
  "retail/sales", ["showroom/counter sales"], "Warangal", None,
  note="word trap: mobile showroom sales is retail")
G("mob_s1", "te-Latn", "Mobile repairing course + job guarantee Warangal lo! 3 months training, fees only 8000, tarvatha 20000 salary job pakka",
  ER, ["mobile chip-level repair"], "Warangal", None, pay=20000, unit="month", scam=True,
  note="scam: training fee for a 'guaranteed' job")

# ---------------- 14. CCTV installer, Bhilai ----------------
W("cctv", "hi-Latn", "Hi, Imran here from Bhilai (Supela)\nCCTV camera installation, DVR/NVR setup, mobile pe live view set karna – Hikvision, CP Plus\n4 yrs exp\nDurg, Raipur side jaane me dikkat nahi\n700/day se kam nahi\nSunday chhutti",
  ER, ["CCTV installation"], "Bhilai", "Supela", travel=["Durg", "Raipur"], minpay=700, unit="day",
  days=MS, exp=4, langs=["Hindi", "English"], new=True)
G("cctv_p1", "en", "Need CCTV technician – 16 camera install in new hospital building, Durg. ₹800/day, approx 6 days work.",
  ER, ["CCTV installation"], "Durg", None, pay=800, unit="day", note="16 cameras is not slots", want={"cctv": 2})
G("cctv_p2", "hi-Deva", "भिलाई सेक्टर 6 में दुकान पर 8 कैमरा लगवाना है, वायरिंग सहित। ₹300 प्रति कैमरा। संपर्क 98271 60534",
  ER, ["CCTV installation"], "Bhilai", "सेक्टर 6", pay=300, unit="task", per="camera",
  note="per camera vs per day: not compared", want={"cctv": 2})
G("cctv_p3", "hi-Latn", "Raipur Urla ke warehouse me 24 camera + NVR setup karna hai, 650 per day dunga, 5 din ka kaam",
  ER, ["CCTV installation"], "Raipur", "Urla", pay=650, unit="day",
  note="650/700 = 0.929 -> grade 1", want={"cctv": 1})
G("cctv_n1", "hi-Latn", "CCTV AMC ke liye technician chahiye Raipur, 17000 salary, Mon-Sat, bike zaruri",
  ER, ["CCTV maintenance/AMC"], "Raipur", None, pay=17000, unit="month", days=MS,
  note="same cctv subgroup (soft) + 17000/26 = 653.8/700 = 0.934 (soft) -> 0")
G("cctv_n2", "en", "Mobile phone repair technician needed, Bhilai (Power House area), 14k",
  ER, ["mobile chip-level repair"], "Bhilai", "Power House area", pay=14000, unit="month",
  note="mobile subgroup -> 0 for cctv; Bhilai infeasible for the Warangal repairer")
G("cctv_n3", "hi-Deva", "बिलासपुर में CCTV कैमरा फिटिंग टेक्नीशियन चाहिए, ₹900 रोज़",
  ER, ["CCTV installation"], "Bilaspur", None, pay=900, unit="day",
  note="Bilaspur not in the CCTV installer's travel list -> 0; decoy for the JCB operator")
G("cctv_d1", "en", "CCTV monitoring room operator (security guard) for shopping mall, Bhilai Nehru Nagar, 12 hr shift, ₹11,500",
  "security", ["mall security guard"], "Bhilai", "Nehru Nagar", pay=11500, unit="month",
  note="word trap: CCTV room guard is security")

# ---------------- 15. Barber, Bathinda ----------------
W("barber", "pa-Guru", "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ\nਮੇਰਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ, ਬਠਿੰਡਾ (ਪਰਸ ਰਾਮ ਨਗਰ)\nਨਾਈ ਦਾ ਕੰਮ ਕਰਦਾ ਹਾਂ – ਹੇਅਰ ਕੱਟ, ਦਾੜ੍ਹੀ, ਫੇਡ ਕੱਟ\n6 ਸਾਲ ਦਾ ਤਜਰਬਾ\nਮਹੀਨੇ ਦਾ ਘੱਟੋ ਘੱਟ 14000\nਮੰਗਲਵਾਰ ਛੁੱਟੀ",
  "beauty", ["men's haircut & shave"], "Bathinda", "ਪਰਸ ਰਾਮ ਨਗਰ", minpay=14000, unit="month",
  days=["mon", "wed", "thu", "fri", "sat", "sun"], exp=6, langs=["Punjabi"], new=True,
  note="Tuesday off -> every day but tue")
G("barber_p1", "pa-Guru", "ਬਠਿੰਡਾ ਵਿੱਚ ਜੈਂਟਸ ਸੈਲੂਨ ਲਈ ਕਾਰੀਗਰ ਚਾਹੀਦਾ, ਤਨਖਾਹ 15000 + ਕਮਿਸ਼ਨ, ਮੰਗਲਵਾਰ ਬੰਦ",
  "beauty", ["men's haircut & shave"], "Bathinda", None, pay=15000, unit="month",
  days=["mon", "wed", "thu", "fri", "sat", "sun"], note="commission is not pay; closed Tuesday", want={"barber": 2})
G("barber_p2", "pa-Guru", "ਬਠਿੰਡਾ ਛਾਉਣੀ ਦੇ ਸੈਲੂਨ ਲਈ ਨਾਈ ਚਾਹੀਦਾ। ₹550 ਦਿਹਾੜੀ, ਬੁੱਧਵਾਰ ਤੋਂ ਐਤਵਾਰ।",
  "beauty", ["men's haircut & shave"], "Bathinda", "ਬਠਿੰਡਾ ਛਾਉਣੀ", pay=550, unit="day",
  days=["wed", "thu", "fri", "sat", "sun"], note="550*26 = 14300 >= 14000", want={"barber": 2})
G("barber_p3", "pa-Latn", "Bathinda Ajit Road salon nu men's hair colour te facial wala banda chahida, 16000",
  "beauty", ["men's hair colour/facial"], "Bathinda", "Ajit Road", pay=16000, unit="month",
  note="same barber subgroup -> grade 1", want={"barber": 1})
G("barber_n1", "hi-Latn", "Gents parlour Bathinda Mall Road pe barber chahiye, 12,000 fix, saato din khula",
  "beauty", ["men's haircut & shave"], "Bathinda", "Mall Road", pay=12000, unit="month", days=ALL,
  note="12000/14000 = 0.857 (soft) + all 7 days vs no Tuesday (partial, soft) -> 0")
G("barber_n2", "pa-Guru", "ਬਠਿੰਡਾ ਲੇਡੀਜ਼ ਬਿਊਟੀ ਪਾਰਲਰ ਲਈ ਥ੍ਰੈਡਿੰਗ ਵੈਕਸਿੰਗ ਕਰਨ ਵਾਲੀ ਕੁੜੀ ਚਾਹੀਦੀ, 10000",
  "beauty", ["threading/waxing"], "Bathinda", None, pay=10000, unit="month",
  note="salon subgroup, not adjacent to barber -> 0")

# ---------------- 16. Welder, Jamshedpur ----------------
WF = "welding/fabrication"
W("weld", "hi-Latn", "Naam: Sunil Mahato\nWelder hu – arc aur CO2 (MIG) dono, 6G certificate nahi hai\n9 saal factory me kaam kiya\nJamshedpur, Sonari me rehte hain\nRate 750 per day minimum\nRanchi bhi chalega",
  WF, ["arc welding", "MIG welding"], "Jamshedpur", "Sonari", travel=["Ranchi"], minpay=750, unit="day",
  exp=9, langs=["Hindi"], new=True, note="CO2 welding = MIG")
G("weld_p1", "en", "Required MIG welders – 6 nos – trailer body fabrication, Telco area, Jamshedpur. ₹850 per day + OT. Exp 3 yrs.",
  WF, ["MIG welding"], "Jamshedpur", "Telco area", pay=850, unit="day", slots=6, exp=3, want={"weld": 2})
G("weld_p2", "hi-Deva", "रांची, टाटीसिलवे – आर्क वेल्डर चाहिए, ₹20,000 महीना, रहने की व्यवस्था",
  WF, ["arc welding"], "Ranchi", "टाटीसिलवे", pay=20000, unit="month", note="20000/26 = 769 >= 750", want={"weld": 2})
G("weld_p3", "hi-Deva", "स्टेनलेस स्टील किचन इक्विपमेंट के लिए TIG वेल्डर चाहिए, बिष्टुपुर। ₹900 रोज़। 2 साल अनुभव ज़रूरी।",
  WF, ["TIG welding"], "Jamshedpur", "बिष्टुपुर", pay=900, unit="day", exp=2,
  note="locality only (Bistupur = Jamshedpur); TIG is in the same welding subgroup -> grade 1", want={"weld": 1})
G("weld_n1", "hi-Latn", "Grill gate fabrication ka kaam, Mango Jamshedpur, 650 roj",
  WF, ["gate/grill fabrication"], "Jamshedpur", "Mango", pay=650, unit="day",
  note="fabrication adjacent (soft) + 650/750 = 0.867 (soft) -> 0")
G("weld_d1", "hi-Latn", "Welding rod aur hardware dukaan ke liye delivery boy chahiye, Sakchi, apni cycle/bike, 8000",
  "delivery", ["parcel delivery"], "Jamshedpur", "Sakchi", pay=8000, unit="month",
  note="word trap: 'welding rod' shop delivery")

# ---------------- 17. Gate/grill fabricator, Erode ----------------
W("fab", "ta-Latn", "Vanakkam sir, en peru Karthi, Erode Veerappanchatram\ngate, grill, roofing shed fabrication velai pannuven\n6 varusham experience\nnaal ku 900 venum minimum\nTiruppur ku poven\nSunday leave",
  WF, ["gate/grill fabrication", "roofing shed fabrication"], "Erode", "Veerappanchatram", travel=["Tiruppur"],
  minpay=900, unit="day", days=MS, exp=6, langs=["Tamil"], new=True)
G("fab_p1", "ta-Taml", "ஈரோடு பெருந்துறை ரோடு, வீட்டு கேட் & கிரில் வேலை, 2 ஆள் தேவை, நாள் கூலி ₹1000",
  WF, ["gate/grill fabrication"], "Erode", "பெருந்துறை ரோடு", pay=1000, unit="day", slots=2, want={"fab": 2})
G("fab_p2", "ta-Taml", "திருப்பூர் அவிநாசி ரோடு நிட்டிங் யூனிட் விரிவாக்கம் – ரூஃபிங் ஷெட் ஃபேப்ரிகேஷன் ஆள் தேவை. மாதம் ₹25,000, திங்கள்–சனி.",
  WF, ["roofing shed fabrication"], "Tiruppur", "அவிநாசி ரோடு", pay=25000, unit="month", days=MS,
  note="25000/26 = 961.5 >= 900", want={"fab": 2})
G("fab_n1", "ta-Latn", "Arc welder venum Erode Chithode, 800 per day, ellaa naalum",
  WF, ["arc welding"], "Erode", "Chithode", pay=800, unit="day", days=ALL,
  note="welding adjacent (soft) + 800/900 (soft) + all days vs mon-sat (soft) -> 0")
G("fab_n2", "ta-Taml", "சேலம் – இரும்பு கேட் வேலைக்கு ஆள் தேவை, நாள் ₹1100",
  WF, ["gate/grill fabrication"], "Salem", None, pay=1100, unit="day", note="Salem not in travel list -> 0")
G("fab_n3", "en", "Gate & grill helper-cum-fabricator, Tiruppur, ₹650/day",
  WF, ["gate/grill fabrication"], "Tiruppur", None, pay=650, unit="day", note="650/900 = 0.72 -> 0")
G("fab_d1", "ta-Taml", "ஈரோடு மஞ்சள் குடோனில் லோடிங் அன்லோடிங் ஆட்கள் 6 பேர் தேவை, நாள் ₹700",
  "warehouse/loading", ["loading/unloading"], "Erode", None, pay=700, unit="day", slots=6,
  note="decoy: turmeric godown loading in the fabricator's town")

# ---------------- 18. Two-wheeler mechanic, Cuttack ----------------
VM = "vehicle mechanics"
W("bike", "or-Latn", "Namaskar, mu Pradeep Sahoo, Cuttack Badambadi\nbike mechanic 8 barsa, Hero Honda Bajaj sabu service kari pari, engine overhaul bi\nmasaku 13000 darkar\nBhubaneswar jibaku ready\nmonday to saturday",
  VM, ["two-wheeler servicing/repair"], "Cuttack", "Badambadi", travel=["Bhubaneswar"], minpay=13000,
  unit="month", days=MS, exp=8, langs=["Odia"], new=True, note="romanized Odia")
G("bike_p1", "en", "Bike mechanic reqd – authorised two-wheeler service centre, Link Road, Cuttack. 14,500 + ESI/PF. Mon–Sat 9:30 to 7.",
  VM, ["two-wheeler servicing/repair"], "Cuttack", "Link Road", pay=14500, unit="month", days=MS, want={"bike": 2})
G("bike_p2", "or-Latn", "Bhubaneswar Patia re EV scooter service pain mechanic darkar, 15000 dara",
  VM, ["e-rickshaw/EV repair"], "Bhubaneswar", "Patia", pay=15000, unit="month",
  note="EV repair adjacent to two-wheeler -> grade 1", want={"bike": 1})
G("bike_n1", "en", "Car mechanic (Maruti/Hyundai) needed, Cuttack, Jobra. 15,000.",
  VM, ["car mechanic (general)"], "Cuttack", "Jobra", pay=15000, unit="month",
  note="car subgroup not adjacent to two-wheeler -> 0")
G("bike_n2", "en", "Two wheeler mechanic – Bhubaneswar, Rasulgarh, ₹9,000 pm, freshers also",
  VM, ["two-wheeler servicing/repair"], "Bhubaneswar", "Rasulgarh", pay=9000, unit="month", exp=0,
  note="9000/13000 = 0.69 -> 0; word trap for the Bhubaneswar rider")
G("bike_p3", "en", "Scooty/bike service mechanic for our showroom workshop, Cuttack (CDA Sector 9). ₹500 per day, all 7 days.",
  VM, ["two-wheeler servicing/repair"], "Cuttack", "CDA Sector 9", pay=500, unit="day", days=ALL,
  note="500*26 = 13000 = minimum; all 7 days vs mon-sat partial -> grade 1", want={"bike": 1})
