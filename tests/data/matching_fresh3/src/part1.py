from common import W, G, MS, WD, ALL

MO = "machine operation"
# ---------------- 1. CNC operator, Rajkot ----------------
W("cnc", "gu-Gujr", "નમસ્તે\nમારું નામ હિતેશ પરમાર\nCNC ટર્નિંગ અને VMC ઓપરેટર છું, Fanuc કંટ્રોલ\n૬ વર્ષ નો અનુભવ\nઆજી GIDC, રાજકોટ રહું છું\nપગાર ઓછા માં ઓછો ૧૮૦૦૦ મહિને\nમોરબી પણ જઈ શકું\nઉંમર 29",
  MO, ["CNC turning operation", "VMC operation"], "Rajkot", "આજી GIDC", travel=["Morbi"],
  minpay=18000, unit="month", exp=6, langs=["Gujarati"], age=29, new=True,
  note="Gujarati script with Gujarati digits (૬ = 6, ૧૮૦૦૦ = 18000); age 29 is not experience")
G("cnc_p1", "en", "URGENT reqd CNC Operator (Turning, Fanuc) for auto parts unit – Kothariya Main Road, Rajkot. 2 posts. Sal 19,500 + OT. Exp 2+ yrs. Call 98250 41736",
  MO, ["CNC turning operation"], "Rajkot", "Kothariya Main Road", pay=19500, unit="month", slots=2, exp=2,
  note="phone number is a distractor", want={"cnc": 2})
G("cnc_p2", "gu-Gujr", "VMC ઓપરેટર જોઈએ છે 🙏 મોરબી, સિરામિક ઝોન પાસે ટાઇલ્સ ડાઈ બનાવવાની ફેક્ટરી. પગાર ૧૬,૦૦૦ થી ૧૭,૦૦૦, રહેવાનું ફ્રી. સંપર્ક 9879 220 415",
  MO, ["VMC operation"], "Morbi", "સિરામિક ઝોન", pay=16000, pmax=17000, unit="month",
  note="range: pay_max 17000 / 18000 = 0.944 -> grade 1 for cnc (via travel)", want={"cnc": 1})
G("cnc_n1", "hi-Latn", "Lathe machine operator chahiye (conventional, CNC nahi) – Bhaktinagar station road, Rajkot. 550 rupiya roj. Sunday rajaa",
  MO, ["conventional lathe operation"], "Rajkot", "Bhaktinagar station road", pay=550, unit="day", days=MS,
  note="lathe is adjacent to cnc, and 550*26 = 14300 / 18000 = 0.79: two soft mismatches -> 0")
G("cnc_n2", "en", "Injection moulding m/c operator wanted, plastic furniture plant, Rajkot (Aji GIDC phase 2). 17k pm, 12 hr shift.",
  MO, ["injection moulding operation"], "Rajkot", "Aji GIDC phase 2", pay=17000, unit="month",
  note="moulding is not adjacent to cnc -> 0 for cnc; Rajkot is not feasible for the Vapi moulder")
G("cnc_n3", "gu-Latn", "Jamnagar brass parts unit ma CNC turning operator joiye chhe, pagar 21000, anubhav 3 varas. Shanker Tekri udyognagar",
  MO, ["CNC turning operation"], "Jamnagar", "Shanker Tekri udyognagar", pay=21000, unit="month", exp=3,
  note="right skill and pay but Jamnagar is not in the CNC operator's travel list -> 0")
G("cnc_d1", "gu-Gujr", "રાજકોટ સોની બજાર માં ઇમિટેશન જ્વેલરી શોરૂમ માટે સેલ્સ ગર્લ જોઈએ, પગાર ૧૦૦૦૦, સમય 10 થી 8",
  "retail/sales", ["showroom/counter sales"], "Rajkot", "સોની બજાર", pay=10000, unit="month",
  note="decoy: other trade in the CNC operator's city")

# ---------------- 2. Injection moulding operator, Vapi ----------------
W("imm", "hi-Latn", "hello sir\nmera naam Rakesh Yadav, Pratapgarh UP se hu lekin abhi Vapi GIDC me room hai\ninjection moulding machine chalata hu 4 saal se, mould change bhi kar leta hu\n12 ghante wali shift bhi chalegi\nkam se kam 15000 mahina chahiye\nDaman, Silvassa bhi ja sakta hu",
  MO, ["injection moulding operation"], "Vapi", "Vapi GIDC", travel=["Daman", "Silvassa"],
  minpay=15000, unit="month", exp=4, langs=["Hindi"], new=True,
  note="origin Pratapgarh does not count; lives in Vapi")
G("imm_p1", "gu-Gujr", "ઇન્જેક્શન મોલ્ડિંગ ઓપરેટર જોઈએ – 5 જગ્યા – ઘરવપરાશ પ્લાસ્ટિક ની ફેક્ટરી, સેલવાસ (મસાટ ઇન્ડ. એરિયા). પગાર 15,500 + કેન્ટીન. 12 કલાક શિફ્ટ. ઇન્ટરવ્યૂ સવારે 9 થી 11",
  MO, ["injection moulding operation"], "Silvassa", "મસાટ ઇન્ડ. એરિયા", pay=15500, unit="month", slots=5,
  note="times 9 to 11 are distractors", want={"imm": 2})
G("imm_p2", "hi-Deva", "दमन में प्लास्टिक फैक्ट्री के लिए इंजेक्शन मोल्डिंग ऑपरेटर चाहिए। ₹480 रोज़ + ओवरटाइम। कॉल करें 7600 318 294",
  MO, ["injection moulding operation"], "Daman", None, pay=480, unit="day",
  note="480*26 = 12480 / 15000 = 0.832 -> grade 1", want={"imm": 1})
G("imm_n1", "en", "Blow moulding machine operator for PET bottle unit, Vapi GIDC 3rd phase. Salary 14000/month.",
  MO, ["blow moulding operation"], "Vapi", "Vapi GIDC 3rd phase", pay=14000, unit="month",
  note="same moulding subgroup (soft) and 14000/15000 = 0.93 (soft) -> 0")
G("imm_n2", "hi-Latn", "VAPI – injection moulding helper/operator chahiye, 11000 salary, fresher bhi chalega",
  MO, ["injection moulding operation"], "Vapi", None, pay=11000, unit="month", exp=0,
  note="11000/15000 = 0.733 < 0.75 -> 0")
G("imm_n3", "hi-Deva", "वापी में CNC VMC ऑपरेटर चाहिए, तनख्वाह 20000, अनुभव 2 साल",
  MO, ["VMC operation"], "Vapi", None, pay=20000, unit="month", exp=2,
  note="cnc subgroup is not adjacent to moulding -> 0 for imm")
G("imm_d1", "hi-Latn", "Vapi GIDC me company ke liye security guard chahiye, 12 ghante duty, 13500 + PF",
  "security", ["office/factory security guard"], "Vapi", "Vapi GIDC", pay=13500, unit="month",
  note="decoy: guard job in the moulder's town")

# ---------------- 3. Dialysis technician, Kozhikode ----------------
MT = "medical technician"
W("dial", "ml-Mlym", "നമസ്കാരം\nപേര് ഷഹാന. ഡയാലിസിസ് ടെക്നീഷ്യൻ ആണ് (DDT കോഴ്സ് 2019 ബാച്ച്)\n4 വർഷം പരിചയം, Fresenius, Nipro മെഷീൻ\nകോഴിക്കോട് മെഡിക്കൽ കോളേജ് അടുത്ത് താമസം\nമലപ്പുറം പോകാം\nമാസം 20000 വേണം\nഞായർ ഒഴിവ്",
  MT, ["dialysis technician"], "Kozhikode", "മെഡിക്കൽ കോളേജ്", travel=["Malappuram"],
  minpay=20000, unit="month", days=MS, exp=4, langs=["Malayalam"], new=True,
  note="2019 batch is a year, experience is the stated 4; Sunday off -> mon-sat")
G("dial_p1", "en", "Dialysis Technician wanted – 12 bed unit, Mavoor Road, Calicut. Salary 22k–26k. Night shift rotation. Min 2 yrs exp. Malayalam must.",
  MT, ["dialysis technician"], "Kozhikode", "Mavoor Road", pay=22000, pmax=26000, unit="month", exp=2,
  lreq=["Malayalam"], note="Calicut alias", want={"dial": 2})
G("dial_p2", "ml-Mlym", "മലപ്പുറം ടൗണിൽ പുതിയ ഡയാലിസിസ് സെന്ററിലേക്ക് ടെക്നീഷ്യൻ ഒഴിവ്. ശമ്പളം 17,000. ആഴ്ചയിൽ 6 ദിവസം. ഫോൺ 94470 62318",
  MT, ["dialysis technician"], "Malappuram", None, pay=17000, unit="month",
  note="17000/20000 = 0.85 -> grade 1; '6 days' without names -> days null", want={"dial": 1})
G("dial_n1", "en", "OT technician required, multi-speciality hospital, Kozhikode (Eranhipalam). 18,000 pm. Rotational shifts.",
  MT, ["OT technician"], "Kozhikode", "Eranhipalam", pay=18000, unit="month",
  note="OT subgroup is not adjacent to dialysis -> 0")
G("dial_n2", "ml-Mlym", "കോഴിക്കോട് ഡയാലിസിസ് യൂണിറ്റിൽ ഞായറാഴ്ച മാത്രം ടെക്നീഷ്യൻ വേണം, ദിവസം ₹900",
  MT, ["dialysis technician"], "Kozhikode", None, pay=900, unit="day", days=["sun"],
  note="Sunday only vs mon-sat: no day overlap -> 0 (pay 900*26 would fit)")
G("dial_s1", "en", "Dialysis technician vacancy at our Kozhikode centre, 25,000 pm. Selected candidates must pay Rs 5000 for uniform and ID card before joining.",
  MT, ["dialysis technician"], "Kozhikode", None, pay=25000, unit="month", scam=True,
  note="scam: joining fee; grade 2 for dial otherwise")
G("dial_d1", "en", "Housekeeping staff needed for a dialysis centre in Kozhikode – floor cleaning, bed sheet change. ₹12,000 pm.",
  "cleaning/domestic", ["office housekeeping"], "Kozhikode", None, pay=12000, unit="month",
  note="word trap: 'dialysis centre' housekeeping is cleaning")

# ---------------- 4. Pathology lab technician, Gorakhpur ----------------
W("lab", "hi-Deva", "नमस्ते सर\nमैं प्रियंका मौर्य, DMLT 2018 में किया\nपैथोलॉजी लैब में 5 साल से काम – CBC, LFT, KFT, सैंपल कलेक्शन भी करती हूँ\nगोरखपुर, गोलघर के पास रहती हूँ\nदेवरिया भी जा सकती हूँ\nसैलरी 12000 से कम नहीं\nसोमवार से शनिवार",
  MT, ["pathology lab technician", "phlebotomy/sample collection"], "Gorakhpur", "गोलघर", travel=["Deoria"],
  minpay=12000, unit="month", days=MS, exp=5, langs=["Hindi"], new=True,
  note="DMLT 2018 is a year; 5 years stated")
G("lab_p1", "hi-Latn", "Lab technician chahiye (DMLT/BMLT) – diagnostic centre, Medical College Road, Gorakhpur. Salary 13k + incentive. Timing 8am-4pm Mon-Sat. 94150 27781",
  MT, ["pathology lab technician"], "Gorakhpur", "Medical College Road", pay=13000, unit="month", days=MS,
  want={"lab": 2})
G("lab_p2", "hi-Deva", "होम सैंपल कलेक्शन के लिए फ्लेबोटोमिस्ट चाहिए, देवरिया शहर, ₹150 प्रति सैंपल, अपनी स्कूटी हो तो बेहतर",
  MT, ["phlebotomy/sample collection"], "Deoria", None, pay=150, unit="task", per="sample",
  note="per sample vs monthly: pay not compared", want={"lab": 2})
G("lab_n1", "en", "X-Ray technician needed – Gorakhpur, Betiahata. Diploma in radiography reqd. 15k.",
  MT, ["X-ray technician"], "Gorakhpur", "Betiahata", pay=15000, unit="month",
  note="radiology subgroup, not adjacent to lab -> 0")
G("lab_n2", "hi-Deva", "बस्ती में पैथोलॉजी के लिए लैब टेक्नीशियन चाहिए, ₹14000 महीना",
  MT, ["pathology lab technician"], "Basti", None, pay=14000, unit="month",
  note="Basti is not in the travel list -> 0")
G("lab_n3", "hi-Deva", "गोरखपुर, असुरन चौक – नई पैथोलॉजी लैब में टेक्नीशियन, ₹8000 महीना, फ्रेशर चलेगा",
  MT, ["pathology lab technician"], "Gorakhpur", "असुरन चौक", pay=8000, unit="month", exp=0,
  note="8000/12000 = 0.667 -> 0")
G("lab_d1", "hi-Latn", "Gorakhpur pathology lab ke liye sample pickup delivery boy chahiye, apni bike, 9000 + petrol",
  "delivery", ["medicine delivery"], "Gorakhpur", None, pay=9000, unit="month",
  note="word trap: pathology sample pickup rider is delivery")

# ---------------- 5. Physiotherapist, Hubballi ----------------
PT = "physiotherapy"
W("physio", "kn-Knda", "ನಮಸ್ಕಾರ\nನಾನು ಡಾ. ಅನುಷಾ ಕುಲಕರ್ಣಿ, BPT\nಆರ್ಥೋ ಮತ್ತು ಸ್ಟ್ರೋಕ್ ರಿಹ್ಯಾಬ್ ಮಾಡ್ತೀನಿ, 3 ವರ್ಷ ಅನುಭವ\nಹುಬ್ಬಳ್ಳಿ ವಿದ್ಯಾನಗರದಲ್ಲಿ ಇದ್ದೀನಿ\nಧಾರವಾಡಕ್ಕೂ ಹೋಗ್ತೀನಿ\nಹೋಮ್ ವಿಸಿಟ್ ಒಂದಕ್ಕೆ ಕನಿಷ್ಠ 500\nಭಾನುವಾರ ರಜೆ",
  PT, ["orthopaedic physiotherapy", "stroke/neuro rehab physiotherapy"], "Hubballi", "ವಿದ್ಯಾನಗರ", travel=["Dharwad"],
  minpay=500, unit="task", per="visit", days=MS, exp=3, langs=["Kannada"], new=True,
  note="per home visit minimum; Sunday off -> mon-sat")
G("physio_p1", "en", "Home physio reqd for my father (knee replacement 2 weeks back), Gokul Road, Hubli. ₹600/visit, daily except Sunday, approx 3 weeks. Pls call 99001 73420",
  PT, ["orthopaedic physiotherapy"], "Hubballi", "Gokul Road", pay=600, unit="task", per="visit", days=MS,
  note="Hubli alias", want={"physio": 2})
G("physio_p2", "kn-Knda", "ಧಾರವಾಡದಲ್ಲಿ ಪಾರ್ಶ್ವವಾಯು (stroke) ಆದ ಅಮ್ಮನಿಗೆ ಮನೆಗೆ ಬಂದು ಫಿಸಿಯೋ ಮಾಡುವವರು ಬೇಕು. ಒಂದು ವಿಸಿಟ್‌ಗೆ ₹400. ವಾರಕ್ಕೆ 3 ದಿನ – ಸೋಮ, ಬುಧ, ಶುಕ್ರ",
  PT, ["stroke/neuro rehab physiotherapy"], "Dharwad", None, pay=400, unit="task", per="visit", days=["mon", "wed", "fri"],
  note="400/500 = 0.8 -> grade 1", want={"physio": 1})
G("physio_p3", "en", "Physiotherapist for ortho clinic, Deshpande Nagar, Hubballi. Sal 20k. 10am-7pm Mon-Sat. BPT mandatory.",
  PT, ["orthopaedic physiotherapy"], "Hubballi", "Deshpande Nagar", pay=20000, unit="month", days=MS,
  note="monthly vs per visit: pay not compared", want={"physio": 2})
G("physio_n1", "kn-Knda", "ಹುಬ್ಬಳ್ಳಿ ಮಕ್ಕಳ ಆಸ್ಪತ್ರೆಗೆ ಪೀಡಿಯಾಟ್ರಿಕ್ ಫಿಸಿಯೋಥೆರಪಿಸ್ಟ್ ಬೇಕು (cerebral palsy ಮಕ್ಕಳು), ಸಂಬಳ ₹22,000",
  PT, ["paediatric physiotherapy"], "Hubballi", None, pay=22000, unit="month",
  note="paediatric subgroup, not adjacent -> 0")
G("physio_n2", "en", "Belgaum – home visit physiotherapist for post-op knee rehab, daily 1 hr. DM for charges",
  PT, ["orthopaedic physiotherapy"], "Belagavi", None,
  note="Belgaum = Belagavi, not in travel list -> 0")
G("physio_d1", "en", "Need Physics tutor for PUC 2nd year (KCET prep), Vidyanagar Hubballi, evening 6-7:30. Fees negotiable",
  "tutoring", ["physics tuition (class 11-12/JEE)"], "Hubballi", "Vidyanagar", neg=True,
  note="word trap: Physics is not physio; same locality as the physiotherapist")

# ---------------- 6. JCB operator, Bilaspur ----------------
HE = "heavy equipment operation"
W("jcb", "hi-Latn", "JCB operator hu 7 saal ka experience\n3DX backhoe chalata hu, poclain bhi thoda sa\nBilaspur CG, Sarkanda me ghar hai\nRaipur, Korba site pe ja sakta hu\nrate 1200 per din se kam nahi\nHMV license hai",
  HE, ["JCB/backhoe operation"], "Bilaspur", "Sarkanda", travel=["Raipur", "Korba"],
  minpay=1200, unit="day", exp=7, langs=["Hindi"], new=True,
  note="'poclain bhi thoda sa' is too vague to label excavator as a skill (unsure)")
G("jcb_p1", "hi-Latn", "JCB operator chahiye road project Korba, 35000 month (negotiable) + rehna khana. 2 operator. Contact Sahu ji 70004 81922",
  HE, ["JCB/backhoe operation"], "Korba", None, pay=35000, unit="month", slots=2, neg=True,
  note="35000/26 = 1346/day >= 1200", want={"jcb": 2})
G("jcb_p2", "hi-Deva", "बैकहो लोडर (JCB) ऑपरेटर चाहिए – बिलासपुर, तिफरा, माइनिंग ठेकेदार। ₹180 प्रति घंटा, रोज़ कम से कम 8 घंटे",
  HE, ["JCB/backhoe operation"], "Bilaspur", "तिफरा", pay=180, unit="hour",
  note="180*8 = 1440/day", want={"jcb": 2})
G("jcb_n1", "hi-Deva", "रायपुर में पोकलेन (excavator) ऑपरेटर चाहिए, ₹1100 रोज़, साइट टाटीबंध",
  HE, ["excavator (poclain) operation"], "Raipur", "टाटीबंध", pay=1100, unit="day",
  note="excavator adjacent to jcb (soft) + 1100/1200 = 0.917 (soft) -> 0")
G("jcb_n2", "en", "Hydra crane operator wanted, Bilaspur, Sirgitti industrial area. 30k/month.",
  HE, ["hydra crane operation"], "Bilaspur", "Sirgitti industrial area", pay=30000, unit="month",
  note="crane subgroup not adjacent to jcb -> 0")
G("jcb_p3", "hi-Deva", "रायपुर, सिलतरा – JCB 3DX ड्राइवर चाहिए, ₹1000 रोज़, सोमवार से शनिवार",
  HE, ["JCB/backhoe operation"], "Raipur", "सिलतरा", pay=1000, unit="day", days=MS,
  note="1000/1200 = 0.833 -> grade 1", want={"jcb": 1})
G("jcb_d1", "hi-Latn", "JCB aur tractor spare parts dukaan pe counter salesman chahiye, Vyapar Vihar Bilaspur, 9000",
  "retail/sales", ["showroom/counter sales"], "Bilaspur", "Vyapar Vihar", pay=9000, unit="month",
  note="word trap: 'JCB spare parts' shop is retail")

# ---------------- 7. Pandit, Varanasi ----------------
RS = "religious services"
W("pandit", "hi-Deva", "प्रणाम 🙏\nपं. रमाकांत त्रिपाठी, अस्सी घाट, वाराणसी\nसत्यनारायण कथा, गृह प्रवेश, रुद्राभिषेक, विवाह संस्कार सब कराते हैं\n22 वर्ष से\nप्रयागराज भी चले जाएंगे\nएक पूजा की दक्षिणा कम से कम 2100\nवीडियो कॉल पर ऑनलाइन पूजा भी करवाते हैं",
  RS, ["griha pravesh/katha puja", "rudrabhishek/havan", "vivah (wedding) rituals"], "Varanasi", "अस्सी घाट",
  travel=["Prayagraj"], remote=True, minpay=2100, unit="task", per="puja", exp=22, langs=["Hindi"], new=True,
  note="online puja -> remote_ok; dakshina per puja is a task rate")
G("pandit_p1", "hi-Latn", "Griha pravesh puja ke liye pandit ji chahiye, 14 Feb, Sigra Varanasi. Dakshina 3100 + samagri humari taraf se. 2BHK flat",
  RS, ["griha pravesh/katha puja"], "Varanasi", "Sigra", pay=3100, unit="task", per="puja", dates="14 Feb",
  note="2BHK and date are distractors", want={"pandit": 2})
G("pandit_p2", "hi-Deva", "प्रयागराज में विवाह संस्कार हेतु पंडित जी चाहिए, 2 दिन का कार्यक्रम, दक्षिणा ₹11000",
  RS, ["vivah (wedding) rituals"], "Prayagraj", None, pay=11000, unit="task", per="wedding",
  note="per wedding vs per puja: not compared", want={"pandit": 2})
G("pandit_p3", "en", "Online Rudrabhishek needed for our family in Pune on Maha Shivratri, via video call. Will pay ₹2500 dakshina.",
  RS, ["rudrabhishek/havan"], None, remote=True, pay=2500, unit="task", per="puja",
  note="remote; 2500/2100 >= 1", want={"pandit": 2})
G("pandit_n1", "en", "Online Satyanarayan katha via Zoom for NRI family in Dubai, ₹1500 dakshina, Hindi must",
  RS, ["griha pravesh/katha puja"], None, remote=True, pay=1500, unit="task", per="puja", lreq=["Hindi"],
  note="1500/2100 = 0.714 -> 0")
G("pandit_n2", "hi-Deva", "कुंडली मिलान और ज्योतिष परामर्श के लिए ज्योतिषी चाहिए, लंका वाराणसी, प्रति कुंडली ₹500",
  RS, ["kundli/jyotish consultation"], "Varanasi", "लंका", pay=500, unit="task", per="kundli",
  note="jyotish subgroup not adjacent -> 0")
G("pandit_n3", "hi-Latn", "Lucknow Gomti Nagar me griha pravesh puja, pandit ji chahiye, 5100 dakshina",
  RS, ["griha pravesh/katha puja"], "Lucknow", "Gomti Nagar", pay=5100, unit="task", per="puja",
  note="Lucknow not in travel list -> 0")
G("pandit_d1", "hi-Deva", "विश्वनाथ गली में पूजा सामग्री की दुकान पर हेल्पर/सेल्समैन चाहिए, वाराणसी, 8000 महीना",
  "retail/sales", ["showroom/counter sales"], "Varanasi", "विश्वनाथ गली", pay=8000, unit="month",
  note="word trap: puja samagri shop is retail")
G("weaver_n2", "hi-Deva", "बनारसी साड़ी बुनकर चाहिए, लल्लापुरा वाराणसी, हथकरघा, ₹3000 प्रति साड़ी",
  "handloom/handicraft", ["handloom silk weaving"], "Varanasi", "लल्लापुरा", pay=3000, unit="task", per="saree",
  note="right skill for the Kanchipuram weaver but Varanasi is infeasible; decoy for the pandit")

# ---------------- 8. Tent/pandal worker, Muzaffarpur ----------------
EV = "event services"
W("tent", "hi-Latn", "hum Sonu Paswan, Muzaffarpur (Brahmpura) se\ntent pandal ka kaam karte hai 10 saal se – shamiyana, bamboo pandal, stage banana\nroj ka 600 chahiye kam se kam\nHajipur, Samastipur tak chale jayenge",
  EV, ["tent/pandal erection", "stage setup"], "Muzaffarpur", "Brahmpura", travel=["Hajipur", "Samastipur"],
  minpay=600, unit="day", exp=10, langs=["Hindi"], new=True)
G("tent_p1", "hi-Deva", "शादी के लिए टेंट पंडाल लगाने वाले 8 लड़के चाहिए, मुजफ्फरपुर, 3 दिन का काम, ₹700 रोज + खाना",
  EV, ["tent/pandal erection"], "Muzaffarpur", None, pay=700, unit="day", slots=8, want={"tent": 2})
G("tent_p2", "hi-Latn", "Chhath puja pandal banane ke liye karigar chahiye Hajipur, 550 per din, 10 din",
  EV, ["tent/pandal erection"], "Hajipur", None, pay=550, unit="day",
  note="550/600 = 0.917 -> grade 1", want={"tent": 1})
G("tent_p3", "en", "Wedding jhalar / fairy light decoration worker needed, Muzaffarpur (Mithanpura), 800 per day, 4 days",
  EV, ["event lighting (jhalar)"], "Muzaffarpur", "Mithanpura", pay=800, unit="day",
  note="lighting is adjacent to pandal -> grade 1", want={"tent": 1})
G("tent_n1", "hi-Deva", "मुजफ्फरपुर में शादी के स्टेज की फूलों की सजावट के लिए डेकोरेटर चाहिए, ₹1000 रोज",
  EV, ["flower decoration"], "Muzaffarpur", None, pay=1000, unit="day",
  note="decor subgroup not adjacent to pandal -> 0")
G("tent_n3", "hi-Latn", "Samastipur mela pandal ke liye mazdoor, 400 rupaya din",
  EV, ["tent/pandal erection"], "Samastipur", None, pay=400, unit="day",
  note="400/600 = 0.667 -> 0")
G("tent_d1", "hi-Deva", "लीची बागान में तुड़ाई के लिए मजदूर चाहिए, मुजफ्फरपुर, कांटी, ₹450 रोज, 15 दिन",
  "dairy/farm work", ["farm labour (sowing/harvest)"], "Muzaffarpur", "कांटी", pay=450, unit="day",
  note="decoy: farm labour in the tent worker's town")

# ---------------- 9. e-rickshaw driver, Siliguri ----------------
W("erick", "bn-Beng", "নমস্কার\nআমি বিকাশ রায়, শিলিগুড়ি, প্রধাননগর\nটোটো (ই-রিকশা) চালাই ৩ বছর\nমালিকের গাড়ি হলে দিনে ৫০০ টাকা চাই\nজলপাইগুড়ি যেতে পারি\nরবিবার বাদে সপ্তাহে ৬ দিন",
  "driving", ["e-rickshaw driving"], "Siliguri", "প্রধাননগর", travel=["Jalpaiguri"],
  minpay=500, unit="day", days=MS, exp=3, langs=["Bengali"], new=True,
  note="toto = e-rickshaw; Bengali digits")
G("erick_p1", "bn-Beng", "টোটো চালক চাই, শিলিগুড়ি হিলকার্ট রোড, দিনে ৬০০ টাকা, সোম থেকে শনি। ফোন ৯৭৩৩০ ৪১২৫৮",
  "driving", ["e-rickshaw driving"], "Siliguri", "হিলকার্ট রোড", pay=600, unit="day", days=MS, want={"erick": 2})
G("erick_p2", "bn-Beng", "জলপাইগুড়ি শহরে স্কুলের বাচ্চাদের আনা-নেওয়ার জন্য টোটো চালক চাই। মাসে বারো হাজার টাকা, সোম থেকে শুক্র সকাল ৬:৩০–১০টা",
  "driving", ["e-rickshaw driving"], "Jalpaiguri", None, pay=12000, unit="month", days=WD,
  note="amount in words (baro hajar = 12000); 12000/26 = 461.5 / 500 = 0.923 -> grade 1", want={"erick": 1})
G("erick_p3", "bn-Beng", "শিলিগুড়ি সেবক রোডে অটো চালানোর লোক লাগবে, দিনে ৫৫০, রবিবার ছুটি",
  "driving", ["auto-rickshaw driving"], "Siliguri", "সেবক রোড", pay=550, unit="day", days=MS,
  note="auto-rickshaw: same three-wheeler subgroup -> grade 1", want={"erick": 1})
G("erick_n1", "bn-Latn", "Siliguri te Sunday sudhu toto chalate hobe, 700 taka din, Mahananda bridge stand",
  "driving", ["e-rickshaw driving"], "Siliguri", "Mahananda bridge stand", pay=700, unit="day", days=["sun"],
  note="Sunday only vs mon-sat -> 0")
G("erick_n2", "en", "Personal car driver for family, Siliguri (Pradhan Nagar), 14000 pm, must know hill driving",
  "driving", ["personal car driving"], "Siliguri", "Pradhan Nagar", pay=14000, unit="month",
  note="car subgroup, not adjacent to three-wheeler -> 0; same locality")
G("erick_n3", "bn-Beng", "কোচবিহারে টোটো চালক দরকার, টাকা সামনাসামনি কথা বলে ঠিক হবে",
  "driving", ["e-rickshaw driving"], "Cooch Behar", None,
  note="Cooch Behar not in travel list -> 0")
G("erick_d1", "en", "E-rickshaw battery & motor repair mechanic reqd, Siliguri (Champasari). 13k.",
  "vehicle mechanics", ["e-rickshaw/EV repair"], "Siliguri", "Champasari", pay=13000, unit="month",
  note="word trap: e-rickshaw repair is mechanics, not driving")
