from h import W

W("w1", "hi\nmi physiotherapist, BPT from Guwahati, 4 yrs experience\northo cases mostly.. knee replacement, ACL post surgery rehab, frozen shoulder\nghor te jai patient ok, home visit\nmin 600 per visit lagibo\nSunday bondh, baki sob din possible\nstay Beltola side", 
  "physiotherapy", "orthopaedic physiotherapy|post-surgery rehab", "Guwahati", "Beltola", amt=600, unit="task", per="visit",
  days="mon-sat", exp=4, langs=["Assamese", "English", "Hindi"], note="romanized Assamese; 'Sunday bondh' -> mon-sat")

W("w2", "নমস্কাৰ\nমই অসমীয়া অডিঅ' ট্ৰান্সক্ৰিপচন কৰোঁ, ঘৰৰ পৰা অনলাইন\n২ বছৰৰ অভিজ্ঞতা, নিজৰ লেপটপ আছে\nৰেট প্ৰতি অডিঅ' মিনিট ৩০ টকাৰ কম নহ'ব\nঘৰ গুৱাহাটী, চাঁদমাৰী",
  "data annotation", "assamese audio transcription", "Guwahati", "Chandmari", remote=True, amt=30, unit="task",
  per="audio minute", exp=2, langs=["Assamese"], note="Assamese in Bengali-Assamese script with native digits (৩০ = 30)")

W("w3", "Mobile repairing ka kaam aata hai bhaiya, chip level bhi\n5 saal se Fancy Bazar me dukaan pe tha\nGuwahati me hi chahiye\nsalary baara hazaar se kam nahi\nmongolbar ko chutti chahiye, baaki sab din aa jaunga",
  "electronics repair", "mobile phone repair", "Guwahati", "Fancy Bazar", amt=12000, unit="month", days="all-tue", exp=5,
  langs=["Hindi", "Assamese"], note="'mongolbar' (Tuesday) off -> every day but tue")

W("w4", "Hello, I teach guitar (acoustic + some electric), Trinity grade 5 done\nbased in Laitumkhrah, Shillong\nweekends only pls, weekdays i have college\n400/hr minimum\nbeen teaching 3 years",
  "tutoring", "guitar lessons", "Shillong", "Laitumkhrah", amt=400, unit="hour", days="sat,sun", exp=3,
  langs=["English", "Khasi"], note="weekends -> sat, sun; 'grade 5' is not experience")

W("w5", "Football coach. AIFF D licence\nplayed state level for Manipur, coaching kids 7 yrs now\nImphal only, Singjamei\nexpect 15000 monthly\nEnglish, Manipuri, bit Hindi",
  "fitness coaching", "football coaching", "Imphal", "Singjamei", amt=15000, unit="month", exp=7,
  langs=["English", "Manipuri", "Hindi"], note="D licence is a coaching badge, not a number")

W("w6", "আমি ওয়ার্ড বয় এর কাজ করি, ৩ বছর নার্সিং হোমে ছিলাম\nপেশেন্ট শিফটিং, হুইলচেয়ার, ড্রেসিং এ হেল্প\nশিলিগুড়ি তেই চাই, প্রধাননগর থাকি\nমাসে ১০০০০ এর নিচে হবে না\nহিন্দি নেপালি বাংলা বলতে পারি",
  "healthcare support", "ward boy/GDA", "Siliguri", "Pradhan Nagar", amt=10000, unit="month", exp=3,
  langs=["Bengali", "Hindi", "Nepali"], note="Bengali script, Bengali digits (১০০০০ = 10000)")

W("w7", "Driver hu, Siliguri se Darjeeling Gangtok Kalimpong pahadi route pe 10 saal\nInnova, Bolero dono chala leta hu\nlicence commercial hai\nper day 800 chahiye, khana alag\nHindi Nepali Bangla",
  "driving", "cab driving|outstation trips", "Siliguri", None, amt=800, unit="day", exp=10,
  langs=["Hindi", "Nepali", "Bengali"], note="hill-route cab driver")

W("w8", "ନମସ୍କାର, ମୁଁ ପୁରୋହିତ, କଟକ ବକ୍ସିବଜାର\nସତ୍ୟନାରାୟଣ ପୂଜା, ଗୃହପ୍ରବେଶ, ଶ୍ରାଦ୍ଧ ସବୁ କରେ\n15 ବର୍ଷ ହେଲାଣି\nଦକ୍ଷିଣା ପୂଜା ପିଛା ଅତି କମରେ 1100\nbhubaneswar bi jibi",
  "religious services", "griha pravesh/satyanarayan puja|shraddh/karmakand", "Cuttack", "Buxi Bazar",
  travel=["Bhubaneswar"], amt=1100, unit="task", per="puja", exp=15, langs=["Odia"],
  note="Odia script with ASCII digits; 'bhubaneswar bi jibi' = will go to Bhubaneswar")

W("w9", "tarakasi (silver filigree) karigar, Cuttack Nayasarak\n20 years kaam, earring, pendant, Durga mukut bhi banaya\n500 rupay din ka minimum\nOdia, thoda Hindi",
  "handicrafts", "silver filigree (tarakasi)", "Cuttack", "Nayasarak", amt=500, unit="day", exp=20,
  langs=["Odia", "Hindi"], note="Hinglish with Odia craft word")

W("w10", "mu Bhubaneswar re rahe, Jagamara\nଓଡ଼ିଆ ଆଉ ହିନ୍ଦୀ ରେ କଲ୍ କରିପାରିବି, english thoda\ncall centre re 1 barsa kaam kariachi (inbound)\nsalary 12000 ru kam hele chalibani\nCuttack bi aasibi, office jibaku pariba",
  "customer support", "odia voice support", "Bhubaneswar", "Jagamara", travel=["Cuttack"], amt=12000, unit="month",
  exp=1, langs=["Odia", "Hindi", "English"], note="romanized Odia mixed with Odia script; office only, not remote")

W("w11", "मैं वेल्डर हूँ, TIG और MIG दोनों, 9 साल का तजुर्बा\nराउरकेला में रहता हूँ, सेक्टर 19\nजमशेदपुर भी जा सकता हूँ\nदिहाड़ी 700 से कम नहीं",
  "welding/fabrication", "MIG/TIG welding", "Rourkela", "Sector 19", travel=["Jamshedpur"], amt=700, unit="day", exp=9,
  langs=["Hindi", "Odia"], note="Devanagari Hindi")

W("w12", "CNC turning operator, Fanuc + Siemens control\nITI fitter 2018 pass, 4 saal Adityapur me kaam\nprogram edit, offset set kar leta hu\nJamshedpur hi chahiye, min 16k",
  "machine operation", "CNC turning operator", "Jamshedpur", "Adityapur", amt=16000, unit="month", exp=4,
  langs=["Hindi"], note="'ITI 2018' is a year, not experience")

W("w13", "नमस्ते, मैं फ्लेबोटोमिस्ट हूँ (DMLT किया है)\nघर घर जाकर ब्लड सैंपल कलेक्शन का 2 साल अनुभव\nराँची, बरियातू में रहती हूँ, जमशेदपुर भी चलेगा\nकम से कम ₹12000 महीना",
  "healthcare support", "phlebotomy/sample collection", "Ranchi", "Bariatu", travel=["Jamshedpur"], amt=12000,
  unit="month", exp=2, langs=["Hindi"], note="DMLT is a diploma; skill is home sample collection")

W("w14", "हम ट्रैक्टर चलात हैं, 12 बरस से\nजुताई, ट्रॉली, थ्रेशर सब\nझाँसी के बबीना के पास गाँव है\n500 रुपया रोज से कम ना लेंगे",
  "driving", "tractor driving", "Jhansi", "Babina", amt=500, unit="day", exp=12, langs=["Hindi"],
  note="Bundeli-flavoured Hindi")

W("w15", "हलवाई हूँ, 18 साल से, बालूशाही, रसगुल्ला, मावा का सब काम\nझाँसी सीपरी बाजार\nशादी के सीजन में ग्वालियर भी चला जाता हूँ\nरोज का 800 चाहिए",
  "cooking", "halwai/sweet making", "Jhansi", "Sipri Bazar", travel=["Gwalior"], amt=800, unit="day", exp=18,
  langs=["Hindi"], note="Devanagari")

W("w16", "नमस्कार, मी फार्मासिस्ट आहे, D.Pharm, रजिस्टर्ड\nमेडिकल स्टोअर वर 5 वर्षे काम केले\nनागपूर, धरमपेठ\nपगार किमान १५००० हवा\nरविवारी सुट्टी",
  "healthcare support", "pharmacy counter/chemist", "Nagpur", "Dharampeth", amt=15000, unit="month", days="mon-sat",
  exp=5, langs=["Marathi", "Hindi"], note="Marathi in Devanagari, Devanagari digits; 'रविवारी सुट्टी' -> mon-sat")

W("w17", "मी शेतमजूर, कापूस वेचणी करते\n10 वर्षे झाली\nअमरावती जवळ भातकुली गावात\nरोज 300 तरी पाहिजे\nआठवड्याचे सातही दिवस येते",
  "agriculture", "cotton picking", "Amravati", "Bhatkuli", amt=300, unit="day", days="all", exp=10,
  langs=["Marathi"], note="Marathi; 'सातही दिवस' -> all days")

W("w18", "DJ hu bhau, apna sound system + lights hai\nshaadi, sangeet, haldi, ganpati visarjan\n5 saal se Nagpur me\nek event ka 6000 minimum\nMarathi Hindi",
  "events", "DJ/sound system", "Nagpur", None, amt=6000, unit="task", per="event", exp=5, langs=["Marathi", "Hindi"],
  note="Nagpur Hinglish ('bhau')")

W("w19", "నమస్తే, నేను బ్రైడల్ మేకప్ ఆర్టిస్ట్\nHD, airbrush రెండూ చేస్తాను, 4 సంవత్సరాల అనుభవం\nవిజయవాడ బెంజ్ సర్కిల్ దగ్గర\nగుంటూరు కూడా వస్తాను\nఒక్క బ్రైడ్ కి కనీసం ₹8000",
  "beauty", "bridal makeup", "Vijayawada", "Benz Circle", travel=["Guntur"], amt=8000, unit="task", per="bride", exp=4,
  langs=["Telugu", "English"], note="Telugu script")

W("w20", "Hi andi, video editor ni\nPremiere Pro, DaVinci, After Effects basic\nYouTube Telugu channels ki 3 years nundi edit chestunna\nonline/remote work ok, Vijayawada lo untanu\noka video ki 2000 minimum (10-15 min video)",
  "graphic design", "video editing", "Vijayawada", None, remote=True, amt=2000, unit="task", per="video", exp=3,
  langs=["Telugu", "English"], note="romanized Telugu; '10-15 min' is video length, not pay")

W("w21", "నేను రొయ్యల చెరువు (aqua pond) పని చేస్తాను\nvannamei కల్చర్, ఫీడింగ్, ఏరేటర్లు, నీటి టెస్టింగ్\n5 ఏళ్ళు భీమవరం దగ్గర\nనెలకు 13000 కావాలి",
  "fisheries", "aqua pond (shrimp farm) work", "Bhimavaram", None, amt=13000, unit="month", exp=5, langs=["Telugu"],
  note="Telugu script")

W("w22", "തെങ്ങ് കയറ്റം ആണ് പണി, മെഷീൻ ഉണ്ട്\n12 വർഷം ആയി\nകോഴിക്കോട്, ഫറോക്ക്\nഒരു തെങ്ങിന് 50 രൂപ കുറഞ്ഞത്",
  "agriculture", "coconut tree climbing", "Kozhikode", "Feroke", amt=50, unit="task", per="tree", exp=12,
  langs=["Malayalam"], note="Malayalam; per tree piece rate")

W("w23", "Hi, English to Malayalam translator aanu\n7 varsham experience, legal, medical, app localisation\nഫ്രീലാൻസ്, വീട്ടിൽ നിന്ന് online work മാത്രം\nrate per word 1 rupee minimum\nKozhikode",
  "translation", "english-malayalam translation", "Kozhikode", None, remote=True, amt=1, unit="task", per="word",
  exp=7, langs=["Malayalam", "English"], note="Manglish + Malayalam script")

W("w24", "കൈത്തറി നെയ്ത്ത്, 25 കൊല്ലം, കണ്ണൂർ ചിറക്കൽ\nമുണ്ട്, സാരി, ബെഡ്ഷീറ്റ് എല്ലാം\nദിവസം 450 വേണം",
  "handicrafts", "handloom weaving", "Kannur", "Chirakkal", amt=450, unit="day", exp=25, langs=["Malayalam"],
  note="Malayalam script")

W("w25", "bike mechanic aanu, Hero Honda Bajaj TVS ellam cheyyum\n6 kollam workshop il\nKozhikode Mavoor road\nsalary 15000 venam\nSunday leave venam",
  "vehicle mechanic", "two-wheeler repair", "Kozhikode", "Mavoor Road", amt=15000, unit="month", days="mon-sat", exp=6,
  langs=["Malayalam"], note="romanized Malayalam; Sunday leave -> mon-sat")

W("w26", "હું કચ્છી ભરત કામ કરું છું, આભલા (mirror) વર્ક\n15 વર્ષ થી\nભુજ માધાપર રહું\nરોજના 350 જોઈએ",
  "tailoring", "kutchi mirror embroidery", "Bhuj", "Madhapar", amt=350, unit="day", exp=15, langs=["Gujarati", "Kutchi"],
  note="Gujarati script")

W("w27", "JCB 3DX operator chu, 6 varas no anubhav\nGandhidham ma rahu chu, Bhuj pan aavish\npagar 25000 thi ochho nahi\nHindi, Gujarati, Kutchi",
  "driving", "JCB/backhoe operation", "Gandhidham", None, travel=["Bhuj"], amt=25000, unit="month", exp=6,
  langs=["Gujarati", "Hindi", "Kutchi"], note="romanized Gujarati")

W("w28", "લેથ મશીન ઓપરેટર, ૧૪ વર્ષ\nરાજકોટ આજી GIDC પાસે\nરોજ ના ૫૫૦ રૂપિયા ઓછામાં ઓછા",
  "machine operation", "lathe operator", "Rajkot", "Aji GIDC", amt=550, unit="day", exp=14, langs=["Gujarati"],
  note="Gujarati digits (૫૫૦ = 550, ૧૪ = 14)")

W("w29", "ਮੈਂ ਹੱਥ ਨਾਲ ਫੁੱਟਬਾਲ ਸਿਉਂਦਾ ਹਾਂ, 9 ਸਾਲ ਤੋਂ\nਜਲੰਧਰ ਬਸਤੀ ਸ਼ੇਖ\nਇੱਕ ਬਾਲ ਦੇ 40 ਰੁਪਏ ਤੋਂ ਘੱਟ ਨਹੀਂ",
  "sports goods manufacturing", "hand-stitched ball making", "Jalandhar", "Basti Sheikh", amt=40, unit="task",
  per="ball", exp=9, langs=["Punjabi"], note="Gurmukhi")

W("w30", "Sat Sri Akal. Retired as Chief Manager (Credit) from a PSU bank in 2024, 33 years service\nMSME & agri loan appraisal, CMA data, project reports\nਜਲੰਧਰ ਰਹਿੰਦਾ ਹਾਂ, can go to Ludhiana or Chandigarh, also online\nfee ₹2000 per hour\nage 61",
  "finance consulting", "credit appraisal", "Jalandhar", None, travel=["Ludhiana", "Chandigarh"], remote=True, amt=2000,
  unit="hour", exp=33, langs=["Punjabi", "English", "Hindi"], age=61, note="2024 is a year; age 61 not experience")

W("w31", "dairy farm te kamm karda haan, 8 saal\nਚੋਆਈ, ਪੱਠੇ, ਸਫਾਈ, ਮਸ਼ੀਨ ਨਾਲ milking vi\nLudhiana, Jagraon road\n14000 mahina + rehna chahida",
  "dairy/animal husbandry", "dairy milking/cattle care", "Ludhiana", "Jagraon Road", amt=14000, unit="month", exp=8,
  langs=["Punjabi", "Hindi"], note="romanized Punjabi + Gurmukhi; '+ rehna' is not pay")

W("w32", "আমি ইস্ত্রি করি, ধোপার কাজ, ২০ বছর\nকলকাতা বেলেঘাটা\nপিস প্রতি ৮ টাকা নিই\nসোসাইটি তে বসে কাজ করতে পারি",
  "laundry", "ironing/press (istri)", "Kolkata", "Beleghata", amt=8, unit="task", per="piece", exp=20,
  langs=["Bengali", "Hindi"], note="Bengali script with Bengali digits")

W("w33", "tiffin/dabba kitchen mein cook hu, 6 saal\nMaharashtrian + Gujju thali, 80-100 dabba roz banaya hai\nGirgaon, Mumbai\n15000 mahina min, Sunday off",
  "cooking", "tiffin cooking|maharashtrian cooking", "Mumbai", "Girgaon", amt=15000, unit="month", days="mon-sat", exp=6,
  langs=["Hindi", "Marathi"], note="'80-100 dabba' is volume, not pay")

W("w34", "नमस्ते। मैं रिटायर्ड HR head हूँ, manufacturing में 35 साल\nlabour law compliance, HR audit, standing orders\nदिल्ली, जनकपुरी में रहता हूँ, नोएडा/गुड़गांव जा सकता हूँ\nसिर्फ मंगल, बुध, गुरु\nfee 2500 per hour\nउम्र 63",
  "HR consulting", "labour law compliance|HR audit", "Delhi", "Janakpuri", travel=["Noida", "Gurugram"], amt=2500,
  unit="hour", days="tue,wed,thu", exp=35, langs=["Hindi", "English"], age=63, note="Tue-Thu only; on-site only")

W("w35", "ನಮಸ್ಕಾರ, ನಾನು ಯೋಗ ಶಿಕ್ಷಕಿ, 8 ವರ್ಷ ಅನುಭವ\nಬೆಂಗಳೂರು ಜಯನಗರ\nಬೆಳಿಗ್ಗೆ ಮಾತ್ರ, ಭಾನುವಾರ ರಜೆ\nಒಂದು ಕ್ಲಾಸ್ ಗೆ ₹500 ಕನಿಷ್ಠ",
  "fitness coaching", "yoga instructor", "Bengaluru", "Jayanagar", amt=500, unit="task", per="class", days="mon-sat",
  exp=8, langs=["Kannada", "English"], note="Kannada; 'ಭಾನುವಾರ ರಜೆ' (Sunday off) -> mon-sat")

W("w36", "வணக்கம், நான் டெலிகாலர், தமிழ் கஸ்டமர் கேர் 2 வருடம்\nசென்னை, வடபழனி\nசம்பளம் 14000 க்கு மேல வேணும்\nEnglish konjam varum",
  "customer support", "tamil voice support", "Chennai", "Vadapalani", amt=14000, unit="month", exp=2,
  langs=["Tamil", "English"], note="Tamil script")

W("w37", "மண்டப பூ அலங்காரம் செய்வேன், மதுரை சிம்மக்கல்\n10 வருஷம்\nநாள் ஒன்னுக்கு 900 ரூபாய்",
  "events", "flower decoration", "Madurai", "Simmakkal", amt=900, unit="day", exp=10, langs=["Tamil"],
  note="Tamil script")

W("w38", "Assalamualaikum, mehendi artist hu Tolichowki Hyderabad\nbridal, arabic, indo-arabic sab\n6 saal ka experience\nek haath ka 400 se kam nahi\nUrdu Hindi Telugu thoda",
  "beauty", "mehendi", "Hyderabad", "Tolichowki", amt=400, unit="task", per="hand", exp=6,
  langs=["Urdu", "Hindi", "Telugu"], note="per hand piece rate")

W("w39", "Hi, neuro physiotherapist (MPT neuro), Pune Kothrud\nstroke, parkinson, spinal cord injury rehab\n6 yrs experience, home visits preferred\nmin 700 per visit",
  "physiotherapy", "neuro/stroke rehab", "Pune", "Kothrud", amt=700, unit="task", per="visit", exp=6,
  langs=["English", "Marathi", "Hindi"], note="English")

W("w40", "मैं कुम्हार हूँ, माटी के बरतन, मूर्ति, टेराकोटा के घोड़ा बनाथों\n20 बछर ले\nजगदलपुर के तीर पाँच कोस गाँव\nरोजी 400 ले कम नइ",
  "handicrafts", "pottery/terracotta", "Jagdalpur", None, amt=400, unit="day", exp=20, langs=["Hindi", "Chhattisgarhi"],
  note="Chhattisgarhi-flavoured Devanagari; 'पाँच कोस' is distance")
