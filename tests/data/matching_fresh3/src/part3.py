from common import W, G, MS, WD, ALL

VM = "vehicle mechanics"
# ---------------- 19. Car mechanic, Nashik ----------------
W("carmech", "mr-Latn", "namaskar, mi Ganesh Shinde, Nashik Road la rahto\ncar mechanic ahe – Maruti, Hyundai, Mahindra, engine ani suspension che kaam\n10 varsha anubhav\npagar kamit kami 18000 mahina\nSinnar MIDC paryant yeu shakto",
  VM, ["car mechanic (general)"], "Nashik", "Nashik Road", travel=["Sinnar"], minpay=18000, unit="month",
  exp=10, langs=["Marathi"], new=True)
G("carmech_p1", "mr-Deva", "नाशिक, अंबड येथे मल्टीब्रँड कार गॅरेजसाठी अनुभवी मेकॅनिक पाहिजे. पगार २०,००० ते २२,०००. संपर्क ९८२२० ४५१७३",
  VM, ["car mechanic (general)"], "Nashik", "अंबड", pay=20000, pmax=22000, unit="month", want={"carmech": 2})
G("carmech_p2", "mr-Deva", "नाशिक सातपूर – कार डेंटिंग पेंटिंग कारागीर पाहिजे, रोज ₹७००",
  VM, ["car denting/painting"], "Nashik", "सातपूर", pay=700, unit="day",
  note="same car subgroup (soft); 700*26 = 18200 >= 18000 -> grade 1", want={"carmech": 1})
G("carmech_n1", "hi-Latn", "Sinnar MIDC transport company ko truck / diesel mechanic chahiye, 25000",
  VM, ["truck/diesel mechanic"], "Sinnar", "Sinnar MIDC", pay=25000, unit="month",
  note="heavy subgroup not adjacent to car -> 0")
G("carmech_n2", "mr-Deva", "नाशिक रोड, कार मेकॅनिक हवा, पगार १३०००",
  VM, ["car mechanic (general)"], "Nashik", "नाशिक रोड", pay=13000, unit="month",
  note="13000/18000 = 0.72 -> 0; same locality")
G("carmech_d1", "mr-Deva", "नाशिक – घरगुती कार ड्रायव्हर पाहिजे, कॉलेज रोड, पगार १५०००",
  "driving", ["personal car driving"], "Nashik", "कॉलेज रोड", pay=15000, unit="month",
  note="word trap: car driver, not mechanic; Nashik infeasible for the Nagpur driver")

# ---------------- 20. Ward boy/GDA, Dehradun ----------------
CG = "caregiving/nursing aide"
W("gda", "hi-Deva", "नमस्ते जी, मैं दीपक नेगी\nहॉस्पिटल में वार्ड बॉय / GDA का काम, 3 साल – मरीज़ को शिफ्ट करना, बेड बनाना, OT में हेल्पर\nदेहरादून, प्रेमनगर\nऋषिकेश जा सकता हूँ\n10500 से ऊपर चाहिए\nनाइट शिफ्ट भी ठीक",
  CG, ["ward boy/GDA"], "Dehradun", "प्रेमनगर", travel=["Rishikesh"], minpay=10500, unit="month",
  exp=3, langs=["Hindi"], new=True, note="'10500 se upar' -> min 10500")
G("gda_p1", "hi-Latn", "Ward boy chahiye 4 – multispeciality hospital, Ballupur Chowk, Dehradun. 11,000 + PF, rotating shift",
  CG, ["ward boy/GDA"], "Dehradun", "Ballupur Chowk", pay=11000, unit="month", slots=4, want={"gda": 2})
G("gda_p2", "hi-Deva", "ऋषिकेश में अस्पताल के लिए GDA (जनरल ड्यूटी असिस्टेंट) चाहिए, ₹9,000 महीना",
  CG, ["ward boy/GDA"], "Rishikesh", None, pay=9000, unit="month", note="9000/10500 = 0.857 -> grade 1", want={"gda": 1})
G("gda_n1", "en", "Live-in elderly care attendant for my mother, Vasant Vihar, Dehradun. ₹15,000 + food.",
  CG, ["elderly care attendant"], "Dehradun", "Vasant Vihar", pay=15000, unit="month",
  note="Vasant Vihar here is in Dehradun (city written); elder subgroup not adjacent to hospital -> 0")
G("gda_d1", "hi-Deva", "देहरादून के अस्पताल की कैंटीन के लिए कुक चाहिए, उत्तर भारतीय खाना, ₹13000",
  "cooking", ["bulk catering cooking"], "Dehradun", None, pay=13000, unit="month",
  note="decoy: hospital canteen cook")
G("gda_p3", "hi-Deva", "ICU के लिए GDA / वार्ड अटेंडेंट चाहिए, सहस्त्रधारा रोड। सिर्फ़ नाइट शिफ्ट। साढ़े बारह हज़ार महीना।",
  CG, ["ward boy/GDA"], "Dehradun", "सहस्त्रधारा रोड", pay=12500, unit="month",
  note="amount in words (sadhe barah hazar = 12500); locality only (Sahastradhara Road, Dehradun)", want={"gda": 2})

# ---------------- 21. Yoga instructor, Rishikesh ----------------
SC = "sports coaching"
W("yoga", "en", "Hi I'm Meera Rawat, RYT-500 🙏 based in Tapovan, Rishikesh\nHatha + Ashtanga, also pregnancy yoga\n7 yrs teaching, foreigners and Indians\nI do online classes on Zoom too\nmin ₹800 per hour\nDehradun ok for private clients",
  SC, ["yoga instruction", "prenatal yoga"], "Rishikesh", "Tapovan", travel=["Dehradun"], remote=True,
  minpay=800, unit="hour", exp=7, langs=["English"], new=True)
G("yoga_p1", "en", "Looking for an online yoga teacher for 6 women in Ireland 🇮🇪 Tue/Thu 7am IST, ₹1000 per hour. Hatha preferred.",
  SC, ["yoga instruction"], None, remote=True, pay=1000, unit="hour", days=["tue", "thu"],
  note="6 women are students, not slots", want={"yoga": 2})
G("yoga_p2", "hi-Deva", "देहरादून में घर पर योग सिखाने के लिए योगा टीचर चाहिए, ₹700 प्रति घंटा, सुबह 7 बजे",
  SC, ["yoga instruction"], "Dehradun", None, pay=700, unit="hour", note="700/800 = 0.875 -> grade 1", want={"yoga": 1})
G("yoga_p3", "en", "Prenatal yoga instructor for our online pregnancy care app, remote, ₹900/hr, 10 hrs a week",
  SC, ["prenatal yoga"], None, remote=True, pay=900, unit="hour", want={"yoga": 2})
G("yoga_n1", "en", "Yoga retreat in Rishikesh (Laxman Jhula) hiring in-house yoga teacher – ₹35,000 pm + stay & food",
  SC, ["yoga instruction"], "Rishikesh", "Laxman Jhula", pay=35000, unit="month",
  note="35000/208 = 168/hour vs 800 -> 0")
G("yoga_n2", "hi-Latn", "Rishikesh me gym trainer chahiye, weight training, 15000 mahina",
  SC, ["gym training"], "Rishikesh", None, pay=15000, unit="month", note="gym subgroup -> 0")

# ---------------- 22. Cricket coach, Meerut ----------------
W("cricket", "hi-Latn", "sir main Vikas Tyagi, Meerut (Shastri Nagar)\nUP U-19 khel chuka hu, ab cricket coaching deta hu – batting aur fast bowling\n5 saal se academy me coaching\n25000 mahina se kam nahi\nGhaziabad, Delhi ja sakta hu",
  SC, ["cricket coaching"], "Meerut", "Shastri Nagar", travel=["Ghaziabad", "Delhi"], minpay=25000, unit="month",
  exp=5, langs=["Hindi"], new=True, note="U-19 playing is not coaching experience; 5 years coaching stated")
G("cricket_p1", "hi-Latn", "Cricket coach reqd for our academy in Indirapuram, Ghaziabad – evening batch 4 to 7, 28k pm negotiable",
  SC, ["cricket coaching"], "Ghaziabad", "Indirapuram", pay=28000, unit="month", neg=True, want={"cricket": 2})
G("cricket_p2", "hi-Deva", "मेरठ के पब्लिक स्कूल में क्रिकेट कोच चाहिए, वेतन 20,000, सुबह 6 से 9",
  SC, ["cricket coaching"], "Meerut", None, pay=20000, unit="month", note="0.8 -> grade 1", want={"cricket": 1})
G("cricket_p3", "en", "Dwarka, Delhi cricket academy – fast bowling coach for weekend batches, ₹1200 per session, Sat-Sun",
  SC, ["cricket coaching"], "Delhi", "Dwarka", pay=1200, unit="task", per="session", days=["sat", "sun"],
  note="per session vs monthly: not compared", want={"cricket": 2})
G("cricket_n1", "hi-Latn", "Meerut me swimming coach chahiye summer camp ke liye, 500 per hour",
  SC, ["swimming coaching"], "Meerut", None, pay=500, unit="hour", note="swimming subgroup -> 0; Meerut infeasible for the swimmer")
G("cricket_d1", "hi-Deva", "सूरजकुंड रोड मेरठ, स्पोर्ट्स गुड्स दुकान पर क्रिकेट किट बेचने के लिए सेल्समैन चाहिए, सैलरी मिलकर तय करेंगे",
  "retail/sales", ["showroom/counter sales"], "Meerut", "सूरजकुंड रोड",
  note="word trap: cricket gear salesman")

# ---------------- 23. Silk weaver, Kanchipuram ----------------
HL = "handloom/handicraft"
W("weaver", "ta-Taml", "வணக்கம். நான் செல்வி, காஞ்சிபுரம் பிள்ளையார்பாளையம்\nகைத்தறி பட்டு சேலை நெசவு 15 வருஷமா செய்கிறேன்\nஒரு சேலைக்கு குறைந்தது 4000 கூலி\nஆரணி போகலாம்",
  HL, ["handloom silk weaving"], "Kanchipuram", "பிள்ளையார்பாளையம்", travel=["Arani"], minpay=4000,
  unit="task", per="saree", exp=15, langs=["Tamil"], new=True)
G("weaver_p1", "ta-Taml", "காஞ்சிபுரம் பட்டு சேலை நெசவுக்கு தறி ஆள் தேவை. ஒரு சேலைக்கு ₹4500 கூலி. போன் 94433 27810",
  HL, ["handloom silk weaving"], "Kanchipuram", None, pay=4500, unit="task", per="saree", want={"weaver": 2})
G("weaver_p2", "en", "Arani silk weavers' society needs handloom weavers – 3 weavers – ₹3,500 per saree",
  HL, ["handloom silk weaving"], "Arani", None, pay=3500, unit="task", per="saree", slots=3,
  note="3500/4000 = 0.875 -> grade 1", want={"weaver": 1})
G("weaver_n1", "ta-Taml", "காஞ்சிபுரம் விசைத்தறி (powerloom) ஆப்பரேட்டர் தேவை, மாதம் 14000",
  HL, ["powerloom operation"], "Kanchipuram", None, pay=14000, unit="month", note="powerloom subgroup not adjacent -> 0")
G("weaver_d1", "ta-Taml", "காஞ்சிபுரம் காந்தி ரோடு பட்டு ஜவுளி கடைக்கு சேல்ஸ் பெண்கள் தேவை, சம்பளம் 11000",
  "retail/sales", ["showroom/counter sales"], "Kanchipuram", "காந்தி ரோடு", pay=11000, unit="month",
  note="word trap: silk saree shop sales is retail")

# ---------------- 24. Pharmacist, Kota ----------------
PH = "pharmacy"
W("pharma", "hi-Latn", "Hello, I am Nikhil Jain, B.Pharm 2020 pass out, registered pharmacist\nKota, Talwandi\nretail medical store me 3 saal kaam kiya\nsal 16k minimum\n10 am to 9 pm bhi chalega",
  PH, ["retail pharmacist"], "Kota", "Talwandi", minpay=16000, unit="month", exp=3, langs=["English", "Hindi"], new=True,
  note="2020 is a pass-out year")
G("pharma_p1", "en", "Registered pharmacist required for medical store, Mahaveer Nagar, Kota. Salary 18000 negotiable. B.Pharm/D.Pharm.",
  PH, ["retail pharmacist"], "Kota", "Mahaveer Nagar", pay=18000, unit="month", neg=True, want={"pharma": 2})
G("pharma_p2", "hi-Latn", "Hospital pharmacy ke liye pharmacist chahiye, Kota (Nayapura), satrah hazaar salary, rotational shift",
  PH, ["hospital pharmacist"], "Kota", "Nayapura", pay=17000, unit="month", note="amount in words (satrah hazaar = 17000); hospital adjacent to retail -> grade 1", want={"pharma": 1})
G("pharma_n1", "hi-Deva", "मेडिकल स्टोर पर काउंटर बॉय चाहिए, कोटा, दादाबाड़ी, ₹9000",
  PH, ["pharmacy billing/counter assistant"], "Kota", "दादाबाड़ी", pay=9000, unit="month",
  note="same retail subgroup (soft) + 9000/16000 = 0.56 -> 0")
G("pharma_n2", "en", "Pharmacist for chemist shop, Malviya Nagar, Jaipur. 20k.",
  PH, ["retail pharmacist"], "Jaipur", "Malviya Nagar", pay=20000, unit="month", note="Jaipur not feasible -> 0")
G("pharma_d1", "en", "Medical Representative (MR) for pharma company, Kota HQ, ₹18,000 + TA/DA, bike must",
  "retail/sales", ["field sales"], "Kota", None, pay=18000, unit="month", note="word trap: MR is field sales")
G("pharma_p3", "hi-Deva", "कोटा, विज्ञान नगर – 24 घंटे मेडिकल स्टोर के लिए रजिस्टर्ड फार्मासिस्ट, ₹15,000, नाइट शिफ्ट",
  PH, ["retail pharmacist"], "Kota", "विज्ञान नगर", pay=15000, unit="month", note="0.9375 -> grade 1", want={"pharma": 1})

# ---------------- 25. Hydra crane operator, Jamnagar ----------------
HE = "heavy equipment operation"
W("crane", "gu-Latn", "kem cho, hu Bharat Chavda, Jamnagar Digvijay Plot\nhydra crane operator 8 varas thi, 14 ton Escorts\nrefinery ane port na kaam karela chhe\nmahine 22000 joie ochha ma ochha\nRajkot, Khambhalia jai shaku",
  HE, ["hydra crane operation"], "Jamnagar", "Digvijay Plot", travel=["Rajkot", "Khambhalia"], minpay=22000,
  unit="month", exp=8, langs=["Gujarati"], new=True, note="14 ton is machine size, not a number to label")
G("crane_p1", "gu-Gujr", "જામનગર રિફાઇનરી કોન્ટ્રાક્ટ માટે હાઇડ્રા ઓપરેટર જોઈએ. પગાર આવડત મુજબ + રહેવાનું. 2 ઓપરેટર.",
  HE, ["hydra crane operation"], "Jamnagar", None, slots=2, note="no pay stated (as per skill): pay not checked", want={"crane": 2})
G("crane_p2", "gu-Gujr", "રાજકોટ ગોંડલ રોડ પર સ્ટીલ યાર્ડ માટે હાઇડ્રા ઓપરેટર જોઈએ, રોજ ના ₹900",
  HE, ["hydra crane operation"], "Rajkot", "ગોંડલ રોડ", pay=900, unit="day", note="900*26 = 23400 >= 22000", want={"crane": 2})
G("crane_p3", "gu-Gujr", "ખંભાળિયા પવનચક્કી સાઈટ પર હાઇડ્રા ક્રેન ચલાવનાર જોઈએ, પગાર ૧૭૦૦૦",
  HE, ["hydra crane operation"], "Khambhalia", None, pay=17000, unit="month", note="17000/22000 = 0.773 -> grade 1", want={"crane": 1})
G("crane_n1", "hi-Latn", "JCB operator chahiye Jamnagar GIDC Dared, 20000 + room",
  HE, ["JCB/backhoe operation"], "Jamnagar", "GIDC Dared", pay=20000, unit="month", note="jcb subgroup not adjacent to crane -> 0")
G("crane_n3", "gu-Gujr", "જામનગર બેડી બંદર પર હાઇડ્રા ઓપરેટર જોઈએ, રોજ ના ₹600",
  HE, ["hydra crane operation"], "Jamnagar", "બેડી બંદર", pay=600, unit="day", note="600*26 = 15600 / 22000 = 0.709 -> 0")

# ---------------- 26. X-ray technician, Dibrugarh ----------------
MT = "medical technician"
W("xray", "en", "Good evening. Name: Bikash Gogoi. Radiology technician (X-ray, CT basic). Diploma in Radiography 2016. Working 6 yrs in a nursing home in Dibrugarh (Chowkidinghee). Looking for 17,000+ per month. Can go to Tinsukia also. Languages Assamese, Hindi, English.",
  MT, ["X-ray technician"], "Dibrugarh", "Chowkidinghee", travel=["Tinsukia"], minpay=17000, unit="month",
  exp=6, langs=["Assamese", "Hindi", "English"], new=True, note="'CT basic' left out as a skill (unsure); 2016 is a year")
G("xray_p1", "en", "X-Ray technician wanted at diagnostic centre, Dibrugarh town (AT Road). Salary 18-20k, Mon-Sat.",
  MT, ["X-ray technician"], "Dibrugarh", "AT Road", pay=18000, pmax=20000, unit="month", days=MS, want={"xray": 2})
G("xray_p2", "en", "CT scan technician required, Tinsukia, private hospital. ₹22,000 pm.",
  MT, ["CT scan technician"], "Tinsukia", None, pay=22000, unit="month", note="same radiology subgroup -> grade 1", want={"xray": 1})
G("xray_n1", "en", "Dialysis technician reqd, Dibrugarh (Amolapatty), 20k",
  MT, ["dialysis technician"], "Dibrugarh", "Amolapatty", pay=20000, unit="month", note="dialysis subgroup -> 0")
G("xray_n2", "as-Beng", "গুৱাহাটীৰ বেলতলাত এক্স-ৰে টেকনিচিয়ান লাগে, দৰমহা ২৫,০০০",
  MT, ["X-ray technician"], "Guwahati", "বেলতলা", pay=25000, unit="month", note="Assamese; Guwahati not in travel list -> 0")
G("xray_d1", "en", "Tea estate security guard needed, Dibrugarh. Quarters given, salary on call – 94350 18726",
  "security", ["office/factory security guard"], "Dibrugarh", None,
  note="decoy: guard in the X-ray tech's town; infeasible for the Guwahati guard")
G("xray_p3", "as-Beng", "ডিব্ৰুগড়ৰ এখন নাৰ্ছিং হোমত X-Ray টেকনিচিয়ান লাগে, দৰমহা ১৬,০০০, ৰাতিৰ শ্বিফ্ট",
  MT, ["X-ray technician"], "Dibrugarh", None, pay=16000, unit="month", note="16000/17000 = 0.94 -> grade 1", want={"xray": 1})

# ---------------- 27. DJ / sound, Ranchi ----------------
EV = "event services"
W("dj", "hi-Latn", "bhai main DJ Rocky (Rakesh Oraon), Ranchi Lalpur\nDJ + sound system operate karta hu – shadi, birthday, college fest\n5 saal\napna setup bhi hai\nper event 5000 minimum\nJamshedpur, Hazaribagh chala jaunga",
  EV, ["DJ/sound system"], "Ranchi", "Lalpur", travel=["Jamshedpur", "Hazaribagh"], minpay=5000, unit="task",
  per="event", exp=5, langs=["Hindi"], new=True)
G("dj_p1", "hi-Latn", "Shaadi ke sangeet ke liye DJ chahiye 9 Dec, Harmu Ranchi, budget 7000 per event, sound apna lana",
  EV, ["DJ/sound system"], "Ranchi", "Harmu", pay=7000, unit="task", per="event", dates="9 Dec", want={"dj": 2})
G("dj_p2", "hi-Deva", "जमशेदपुर साकची में बर्थडे पार्टी के लिए DJ चाहिए, एक इवेंट का ₹4000",
  EV, ["DJ/sound system"], "Jamshedpur", "साकची", pay=4000, unit="task", per="event", note="0.8 -> grade 1", want={"dj": 1})
G("dj_p3", "en", "Sound & light operator for college fest, Ranchi (Morabadi), ₹1500 per day, 3 days",
  EV, ["DJ/sound system", "event lighting (jhalar)"], "Ranchi", "Morabadi", pay=1500, unit="day",
  note="per day vs per event: not compared", want={"dj": 2})
G("dj_n1", "hi-Latn", "Ranchi me shaadi ke liye tent pandal labour chahiye 10 log, 600 roj",
  EV, ["tent/pandal erection"], "Ranchi", None, pay=600, unit="day", slots=10,
  note="pandal subgroup not adjacent to dj -> 0; Ranchi infeasible for the tent worker")
