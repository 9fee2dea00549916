"""Hand-written worker onboarding chats for matching_fresh2 (turns joined with \\n)."""
from m2_common import W, MS, MF, ALL, WKND, EX

AH = "allied healthcare"

# ---------------- new families (not in the dev taxonomy) ----------------
W("physio", [
    "ನಮಸ್ಕಾರ 🙏",
    "ನಾನು ಡಾ. ಶ್ವೇತಾ ಕುಲಕರ್ಣಿ, physiotherapist (BPT 2016 ಬ್ಯಾಚ್)",
    "ಹುಬ್ಬಳ್ಳಿ ವಿದ್ಯಾನಗರದಲ್ಲಿ ಇರ್ತೀನಿ, pin 580031",
    "ಮನೆಗೆ ಬಂದು physio ಮಾಡ್ತೀನಿ – knee, back pain, stroke rehab, sports injury ಕೂಡ",
    "ಅನುಭವ 7 ವರ್ಷ",
    "ಒಂದು visit ಗೆ ₹500 ಕ್ಕಿಂತ ಕಡಿಮೆ ಬೇಡ",
    "ಧಾರವಾಡಕ್ಕೂ ಬರ್ತೀನಿ. ಭಾನುವಾರ ರಜೆ",
    "ಕನ್ನಡ, ಮರಾಠಿ, English ಮಾತಾಡ್ತೀನಿ",
], AH, ["home physiotherapy visits", "sports injury rehab"], "Hubballi", "Vidyanagar", 500, "task",
  per="visit", travel=["Dharwad"], days=MS, exp=7, langs=["Kannada", "Marathi", "English"],
  note="Kannada script; 'BPT 2016 batch' is a year, pin code is a distractor; Sunday off -> mon-sat")

W("phlebo", [
    "নমস্কার দাদা",
    "আমার নাম রাজু বর্মন, বয়স ২৯",
    "DMLT পাশ, ৫ বছর ধরে blood collection আর lab technician এর কাজ করি",
    "home collection এও যাই, নিজের স্কুটি আছে",
    "শিলিগুড়ি প্রধাননগরে থাকি, জলপাইগুড়ি যেতে পারব",
    "মাসে ১৪০০০ এর কম হলে হবে না",
    "বাংলা, হিন্দি, একটু নেপালি",
], AH, ["blood sample collection (phlebotomy)", "pathology lab technician"], "Siliguri", "Pradhan Nagar",
  14000, "month", travel=["Jalpaiguri"], exp=5, age=29, langs=["Bengali", "Hindi", "Nepali"],
  note="Bengali script with Bengali digits (২৯ = age, ৫ = years, ১৪০০০ = pay)")

W("pharma", [
    "வணக்கம் சார்",
    "என் பேரு முருகேசன், வயசு 38",
    "D.Pharm முடிச்சு pharmacist registration இருக்கு (TNPC)",
    "10 வருஷம் medical shop ல வேலை பார்த்தேன் – billing, stock, prescription எல்லாம்",
    "மதுரை கே.கே. நகர்ல இருக்கேன்",
    "சம்பளம் மாசம் 18,000 க்கு கீழ வேண்டாம்",
    "ஞாயிறு லீவ் வேணும்",
], AH, ["retail pharmacist", "pharmacy counter/billing"], "Madurai", "K.K. Nagar", 18000, "month",
  days=MS, exp=10, age=38, langs=["Tamil"], note="Tamil script; Sunday leave -> mon-sat; age 38 is not experience")

W("gda", [
    "नमस्ते सर",
    "मैं सोनू निषाद, उम्र 24 साल",
    "GDA का कोर्स 2021 में किया, 3 साल से प्राइवेट हॉस्पिटल में वार्ड बॉय का काम कर रहा हूँ",
    "मरीज को शिफ्ट करना, बेड लगाना, OT तक ले जाना सब आता है",
    "गोरखपुर में रहता हूँ (गोरखनाथ के पास), लखनऊ भी जा सकता हूँ",
    "कम से कम 9000 महीना चाहिए",
], AH, ["ward boy/GDA"], "Gorakhpur", "Gorakhnath", 9000, "month", travel=["Lucknow"], exp=3, age=24,
  langs=["Hindi"], note="Devanagari; course year 2021 and age 24 are distractors")

W("barL", [
    "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ",
    "ਮੈਂ ਬਿੱਟੂ, ਲੁਧਿਆਣਾ ਦੁੱਗਰੀ ਫੇਜ਼ 2 ਵਿੱਚ ਰਹਿੰਦਾ",
    "ਨਾਈ ਦਾ ਕੰਮ 12 ਸਾਲ ਤੋਂ – ਕਟਿੰਗ, ਦਾੜ੍ਹੀ ਸੈੱਟ, ਸ਼ੇਵ",
    "ਦਿਹਾੜੀ 900 ਤੋਂ ਘੱਟ ਨਹੀਂ",
    "ਮੰਗਲਵਾਰ ਛੁੱਟੀ ਹੁੰਦੀ, ਬਾਕੀ ਦਿਨ ਕੰਮ",
    "ਜਲੰਧਰ ਵੀ ਜਾ ਸਕਦਾ",
], "barbering", ["men's haircut", "beard trim/shave"], "Ludhiana", "Dugri", 900, "day",
  travel=["Jalandhar"], days=EX("tue"), exp=12, langs=["Punjabi"],
  note="Gurmukhi; Tuesday off -> every day but tue; 'Phase 2' is a distractor number")

W("barW", [
    "నమస్తే అన్నా",
    "నా పేరు రమేష్, వరంగల్ కాశిబుగ్గ లో ఉంటా",
    "barber పని 6 సంవత్సరాలు – hair cutting, shaving, head massage కూడా చేస్తా",
    "నెలకు 15000 కావాలి",
    "హైదరాబాద్ కి కూడా వెళ్తా, room ఇస్తే",
    "తెలుగు, కొంచెం హిందీ",
], "barbering", ["men's haircut", "beard trim/shave", "head massage/champi"], "Warangal", "Kashibugga",
  15000, "month", travel=["Hyderabad"], exp=6, langs=["Telugu", "Hindi"], note="Telugu script")

W("yoga", [
    "Namaskara 🙏",
    "I'm Lakshmi Hegde, yoga teacher from Gokulam, Mysore",
    "9 years teaching – Ashtanga, hatha and prenatal yoga. RYT-500",
    "Happy to take online classes on Zoom too",
    "Available Mon to Fri, mornings 6–10 only",
    "My rate is ₹1,200 per hour minimum",
    "Kannada, English, Hindi",
], "sports/fitness coaching", ["yoga instruction", "prenatal yoga"], "Mysuru", "Gokulam", 1200, "hour",
  remote=True, days=MF, exp=9, langs=["Kannada", "English", "Hindi"],
  note="alias Mysore; 'RYT-500' is a certification, not pay; online ok -> remote_ok")

W("cricket", [
    "નમસ્તે",
    "હું નિલેશ ચાવડા, ઉંમર 34, રાજકોટ (રૈયા રોડ)",
    "BCCI Level-1 coach છું, 8 વર્ષ થી બાળકોને cricket coaching આપું છું",
    "મહિને ૨૫,૦૦૦ જોઈએ ઓછામાં ઓછા",
    "સોમ થી શનિ સાંજે ફ્રી છું",
    "જામનગર પણ જઈ શકું",
    "ગુજરાતી, હિન્દી, English",
], "sports/fitness coaching", ["cricket coaching"], "Rajkot", "Raiya Road", 25000, "month",
  travel=["Jamnagar"], days=MS, exp=8, age=34, langs=["Gujarati", "Hindi", "English"],
  note="Gujarati script with Gujarati digits (૨૫,૦૦૦); 'Level-1' is not experience")

W("swim", [
    "നമസ്കാരം",
    "ഞാൻ ബിനു ജോസ്, തൃശ്ശൂർ (പൂങ്കുന്നം)",
    "swimming coach & lifeguard ആണ്, 11 വർഷം അനുഭവം. NIS certificate ഉണ്ട്",
    "ദിവസം 1000 രൂപ എങ്കിലും വേണം",
    "കൊച്ചിയിലും വരാം",
    "മലയാളം, English",
], "sports/fitness coaching", ["swimming coaching", "lifeguard"], "Thrissur", "Poonkunnam", 1000, "day",
  travel=["Kochi"], exp=11, langs=["Malayalam", "English"], note="Malayalam script")

W("gym", [
    "bhai namaste 💪",
    "mai Vikas Sahu, Bhilai sector 6",
    "gym trainer hu 5 saal se, ACE certified, personal training bhi karta",
    "age 27",
    "15k monthly minimum chahiye",
    "Sunday chhod ke roz aa sakta",
    "Durg Raipur dono chalega",
], "sports/fitness coaching", ["gym/personal training"], "Bhilai", "Sector 6", 15000, "month",
  travel=["Durg", "Raipur"], days=MS, exp=5, age=27, langs=["Hindi"],
  note="Hinglish; 'sector 6' and 'age 27' are distractors; Sunday off -> mon-sat; Durg is a separate city from Bhilai")

W("cnc", [
    "नमस्कार",
    "मी संदीप पाटील, नाशिक सातपूरला राहतो",
    "ITI टर्नर 2014 बॅच. CNC/VMC ऑपरेटर म्हणून 8 वर्षांचा अनुभव",
    "Fanuc आणि Siemens कंट्रोल, setting येते",
    "पगार किमान 20,000 पाहिजे",
    "पुणे चाकणला पण जाईन",
    "मराठी, हिंदी",
], "machine operation/fabrication", ["CNC/VMC operation"], "Nashik", "Satpur", 20000, "month",
  travel=["Pune"], exp=8, langs=["Marathi", "Hindi"],
  note="Marathi in Devanagari; 'ITI 2014 batch' is a year; Chakan -> Pune")

W("mould", [
    "નમસ્તે સાહેબ",
    "હું રાકેશ વસાવા, વડોદરા મકરપુરા GIDC પાસે રહું છું",
    "injection moulding machine operator છું, 4 વર્ષ, mould change પણ આવડે",
    "રોજના ₹600 જોઈએ",
    "શુક્રવારે રજા",
    "ગુજરાતી, હિન્દી",
], "machine operation/fabrication", ["injection moulding operation"], "Vadodara", "Makarpura", 600, "day",
  days=EX("fri"), exp=4, langs=["Gujarati", "Hindi"], note="Gujarati script; Friday off -> every day but fri")

W("welder", [
    "Assalamualaikum sir",
    "naam Md. Irfan, Jamshedpur Mango me rehta hu",
    "welder hu – arc aur MIG dono, fitter ka kaam bhi aata",
    "10 saal ka experiance, Tata ki vendor company me kaam kiya",
    "₹700 roz se kam nahi",
    "Ranchi Bokaro bhi ja sakte hai",
], "machine operation/fabrication", ["arc/MIG welding", "fabrication fitting"], "Jamshedpur", "Mango", 700,
  "day", travel=["Ranchi", "Bokaro"], exp=10, langs=["Hindi"], note="Hinglish; 'Mango' is a Jamshedpur locality")

W("bike", [
    "प्रणाम सर",
    "हम पप्पू कुमार, मुजफ्फरपुर (ब्रह्मपुरा) से",
    "बाइक मिस्त्री हैं 9 साल से। हीरो, होंडा, बजाज सब का सर्विसिंग, इंजन खोलना-बांधना",
    "500 रुपया रोज चाहिए",
    "पटना भी चल जाएंगे",
], "vehicle mechanics", ["two-wheeler servicing", "bike engine overhaul"], "Muzaffarpur", "Brahmpura", 500,
  "day", travel=["Patna"], exp=9, langs=["Hindi"], note="Devanagari, Bihari register")

W("car", [
    "Namaskar saheb",
    "mi Amol Jadhav, Kolhapur Shahupuri la rahto",
    "car mechanic aahe 7 varsh, Maruti authorised workshop madhe kaam kela",
    "general service, clutch, brake, car AC gas pan bharto",
    "mahina 18 hajar kami nako",
    "ravivar sutti pahije",
    "Sangli la pan yeil",
], "vehicle mechanics", ["car general service", "car AC repair"], "Kolhapur", "Shahupuri", 18000, "month",
  travel=["Sangli"], days=MS, exp=7, langs=["Marathi"],
  note="romanized Marathi; '18 hajar' = 18000; ravivar sutti -> mon-sat; car AC is vehicle mechanics, not AC/appliance")

W("tractor", [
    "ਸਤ ਸ੍ਰੀ ਅਕਾਲ",
    "ਮੈਂ ਜਸਵਿੰਦਰ ਸਿੰਘ, ਬਠਿੰਡਾ (ਪਰਸ ਰਾਮ ਨਗਰ)",
    "ਟਰੈਕਟਰ ਡਰਾਈਵਰ 15 ਸਾਲ ਤੋਂ – ਵਾਹੀ, ਬਿਜਾਈ, ਕੰਬਾਈਨ ਵੀ ਚਲਾਉਂਦਾ",
    "ਦਿਹਾੜੀ ₹1000",
    "ਮਾਨਸਾ ਵੀ ਜਾ ਸਕਦਾ",
], "agriculture/farm", ["tractor driving/ploughing", "harvester/combine operation"], "Bathinda",
  "Paras Ram Nagar", 1000, "day", travel=["Mansa"], exp=15, langs=["Punjabi"],
  note="Gurmukhi; tractor driving is agriculture, not the driving family")

W("dairy", [
    "வணக்கம்",
    "நான் செல்வி, 42 வயசு, ஈரோடு சூரம்பட்டி",
    "மாடு பால் கறப்பது, தீவனம் போடுவது, தொழுவம் சுத்தம் — 20 வருஷமா செய்றேன்",
    "மாசம் 10000 வேணும்",
    "ஏழு நாளும் வருவேன்",
], "agriculture/farm", ["dairy milking/cattle care"], "Erode", "Surampatti", 10000, "month", days=ALL,
  exp=20, age=42, langs=["Tamil"], note="Tamil script; 'all seven days' -> all days; age 42 is not experience")

W("farm", [
    "राम राम",
    "मी सुनीता गायकवाड, नाशिक पंचवटी",
    "द्राक्ष बागेत काम करते – छाटणी, थिनिंग, तोडणी. शेतमजुरी पण. 6 वर्ष",
    "रोज ₹400 पेक्षा कमी नको",
    "सोमवार ते शनिवार",
], "agriculture/farm", ["grape/orchard work", "farm labour (harvesting/sowing)"], "Nashik", "Panchavati", 400,
  "day", days=MS, exp=6, langs=["Marathi"], note="Marathi in Devanagari")

W("pandit", [
    "प्रणाम 🙏",
    "पं. रमाकांत त्रिपाठी, अस्सी घाट, काशी",
    "22 वर्ष से पूजा-पाठ करा रहे हैं — गृह प्रवेश, सत्यनारायण कथा, रुद्राभिषेक, विवाह संस्कार",
    "दक्षिणा कम से कम ₹2100 प्रति पूजा",
    "प्रयागराज और मिर्जापुर भी आ सकते हैं",
    "आयु 51 वर्ष",
], "religious services", ["griha pravesh/puja path", "satyanarayan katha", "vivah (wedding) rituals"],
  "Varanasi", "Assi Ghat", 2100, "task", per="puja", travel=["Prayagraj", "Mirzapur"], exp=22, age=51,
  langs=["Hindi"], note="Devanagari; Kashi -> Varanasi; dakshina per puja is a task rate")

W("purohit", [
    "নমস্কার",
    "আমি শ্যামল চক্রবর্তী, পুরোহিত, কলকাতা টালিগঞ্জ",
    "৩০ বছর ধরে পুজো করাই — লক্ষ্মীপুজো, গৃহপ্রবেশ, বিয়ে, শ্রাদ্ধ সব",
    "প্রতি পুজো ১৫০১ টাকার কম নয়",
    "হাওড়া, ব্যারাকপুর যেতে পারি",
], "religious services", ["griha pravesh/puja path", "vivah (wedding) rituals", "shraddh/last rites"],
  "Kolkata", "Tollygunge", 1501, "task", per="puja", travel=["Howrah", "Barrackpore"], exp=30,
  langs=["Bengali"], note="Bengali script and digits; Howrah is a separate city")

W("decor", [
    "Hello ji 🙏",
    "main Sunita Sahu, Raipur Telibandha se",
    "wedding stage, flower decoration, haldi mehendi setup karte hai, 10 saal se. 6 logo ki team hai",
    "ek event ka minimum 15000 lete hai",
    "Bhilai, Durg, Bilaspur bhi jaate hai",
], "events", ["wedding/event decoration", "flower decoration"], "Raipur", "Telibandha", 15000, "task",
  per="event", travel=["Bhilai", "Durg", "Bilaspur"], exp=10, langs=["Hindi"],
  note="'6 logo ki team' is not slots/experience; per-event rate")

W("dj", [
    "Hey! DJ Rony here 🎧🔥",
    "Guwahati, Zoo Road side",
    "6 yrs exp – weddings, Bihu functions, college fests. own JBL sound + lights",
    "min ₹8000 per event",
    "Shillong also ok",
    "Assamese, Hindi, English, Bengali",
], "events", ["DJ", "sound/light setup"], "Guwahati", "Zoo Road", 8000, "task", per="event",
  travel=["Shillong"], exp=6, langs=["Assamese", "Hindi", "English", "Bengali"], note="")

W("vo", [
    "Hi 🎙️",
    "Aarav Srivastava, Hindi voice-over artist, Aliganj, Lko",
    "5 yrs – YouTube explainers, IVR, audiobooks, some dubbing for web series",
    "home studio (Rode NT1 + treated room), so remote only",
    "rate min ₹300 per finished minute",
    "Hindi, Urdu, English",
], "voice-over/dubbing", ["hindi voice-over", "hindi dubbing"], "Lucknow", "Aliganj", 300, "task",
  per="minute", remote=True, exp=5, langs=["Hindi", "Urdu", "English"],
  note="alias Lko; 'NT1' is a mic model; per finished minute -> task/minute")

W("dub", [
    "ഹായ്",
    "ഞാൻ അനുപമ, Edappally, Kochi",
    "Malayalam dubbing artist, 12 വർഷം – സീരിയൽ, ആനിമേഷൻ, പരസ്യം",
    "ഒരു ദിവസം ₹3000 വേണം",
    "വീട്ടിൽ നിന്ന് റെക്കോർഡ് ചെയ്യാനും പറ്റും, mic ഉണ്ട്",
    "തിരുവനന്തപുരത്തും പോകാം",
], "voice-over/dubbing", ["malayalam dubbing"], "Kochi", "Edappally", 3000, "day",
  travel=["Thiruvananthapuram"], remote=True, exp=12, langs=["Malayalam"],
  note="Malayalam script; 'can record from home' -> remote_ok")

W("insure", [
    "Good morning.",
    "I am S. K. Mohapatra, retired Deputy Manager, New India Assurance (retd. 2023). Age 61.",
    "33 years – motor OD claims, surveyor liaison, commercial vehicle underwriting.",
    "Stay at Buxi Bazar, Cuttack. Can come to Bhubaneswar.",
    "Can also review claim files online / on email.",
    "Fee ₹1,500 per hour.",
    "Odia, English, Hindi.",
], "insurance services", ["motor claim survey/assessment", "general insurance underwriting"], "Cuttack",
  "Buxi Bazar", 1500, "hour", travel=["Bhubaneswar"], remote=True, exp=33, age=61,
  langs=["Odia", "English", "Hindi"], note="retired insurance officer; retd. 2023 is a year, age 61 is not experience")

W("weaver", [
    "வணக்கம்",
    "நான் கோவிந்தராஜ், காஞ்சிபுரம் பிள்ளையார்பாளையம்",
    "பட்டு நெசவு 25 வருஷம், கைத்தறி",
    "ஒரு புடவைக்கு ₹4000 கூலி கிடைச்சா வேலை செய்வேன்",
    "தமிழ், கொஞ்சம் தெலுங்கு",
], "handicrafts/weaving", ["handloom weaving (silk saree)"], "Kanchipuram", "Pillaiyarpalayam", 4000, "task",
  per="saree", exp=25, langs=["Tamil", "Telugu"], note="Tamil script; piece rate per saree")

W("jcb", [
    "నమస్కారం",
    "నేను శ్రీనివాస్, కరీంనగర్ (మంకమ్మతోట)",
    "JCB operator, 8 ఏళ్ళు. poclain కూడా నడుపుతా",
    "రోజుకు ₹1200 కావాలి",
    "వరంగల్, హైదరాబాద్ వెళ్తా",
    "తెలుగు, హిందీ",
], "construction equipment", ["JCB/backhoe operation", "excavator (poclain) operation"], "Karimnagar",
  "Mankammathota", 1200, "day", travel=["Warangal", "Hyderabad"], exp=8, langs=["Telugu", "Hindi"],
  note="Telugu script; JCB 'driving' is construction equipment, not the driving family")

W("pet", [
    "hiii 🐶🐱",
    "Riya here, dog groomer + walker, Baner, Pune",
    "3 yrs – bath, haircut, nail trim, de-shedding. walking/pet sitting also",
    "min 800 per groom",
    "only weekends (Sat-Sun) since I work weekdays",
    "Eng, Hindi, Marathi",
], "pet care", ["pet grooming", "dog walking/pet sitting"], "Pune", "Baner", 800, "task", per="groom",
  days=WKND, exp=3, langs=["English", "Hindi", "Marathi"],
  note="'haircut' is pet grooming, not barbering; weekends only -> sat, sun")

# ---------------- trades inside existing dev families ----------------
W("banker", [
    "Hello, good evening 🙏",
    "Retd. Chief Manager, SBI (2022). Age 62. Living in Dharampeth, Nagpur.",
    "35 yrs in bank, last 12 yrs SME credit appraisal + NPA recovery/resolution.",
    "Open to consulting – in person in Nagpur or Pune, or online.",
    "Fee ₹2,000/hour",
    "Marathi, Hindi, English",
], "finance consulting", ["credit appraisal", "loan recovery/NPA resolution"], "Nagpur", "Dharampeth", 2000,
  "hour", travel=["Pune"], remote=True, exp=35, age=62, langs=["Marathi", "Hindi", "English"],
  note="retired banker; '12 yrs' is a sub-span, total 35")

W("hr", [
    "Namaskar.",
    "I retired as GM-HR from a steel major in 2022, 36 yrs in IR, labour laws, standing orders, HR policies.",
    "Age 63, settled in Jamshedpur (Kadma).",
    "Available Mon, Wed, Fri only. Online sessions fine.",
    "Can travel to Ranchi or Kolkata.",
    "Fee ₹3,000 per hour.",
    "English, Hindi, Bengali.",
], "HR consulting", ["labour law compliance", "HR policy drafting"], "Jamshedpur", "Kadma", 3000, "hour",
  travel=["Ranchi", "Kolkata"], remote=True, days=["mon", "wed", "fri"], exp=36, age=63,
  langs=["English", "Hindi", "Bengali"], note="retired HR head")

W("teleH", [
    "नमस्ते मैम",
    "मेरा नाम प्रिया कुमारी, उम्र 22, पटना (बोरिंग रोड)",
    "2 साल telecalling का अनुभव — loan, insurance leads, customer care calls",
    "घर से काम (WFH) कर सकती हूँ, अपना लैपटॉप और हेडफोन है",
    "कम से कम 12000 महीना",
    "सोमवार से शनिवार",
    "हिंदी, थोड़ी English",
], "customer support", ["hindi telecalling", "hindi voice support"], "Patna", "Boring Road", 12000, "month",
  remote=True, days=MS, exp=2, age=22, langs=["Hindi", "English"], note="Devanagari")

W("teleT", [
    "hi sir vanakkam",
    "en peru Divya, Coimbatore Peelamedu",
    "Tamil voice process la 3 years experience, inbound customer care",
    "veetla net illa, office la dhaan work pannuven",
    "salary minimum 14000",
    "Tiruppur varaikum vara mudiyum",
    "Tamil, English",
], "customer support", ["tamil voice support"], "Coimbatore", "Peelamedu", 14000, "month",
  travel=["Tiruppur"], exp=3, langs=["Tamil", "English"],
  note="Tanglish; office only (no net at home) -> remote_ok false")

W("shop", [
    "namaskara sir",
    "nanna hesaru Manjunath, Hubli Old Hubli",
    "4 varsha textile shop alli counter sales maadideeni, billing kuda gottu",
    "tingalige 12,000 beku",
    "bhaanuvaara raje beku",
    "Dharwad gu hogtini",
    "Kannada, Hindi, Marathi",
], "retail/sales", ["showroom/counter sales", "cashier/billing"], "Hubballi", "Old Hubli", 12000, "month",
  travel=["Dharwad"], days=MS, exp=4, langs=["Kannada", "Hindi", "Marathi"],
  note="romanized Kannada; Hubli -> Hubballi; Sunday off -> mon-sat")

W("cashier", [
    "નમસ્તે",
    "મારું નામ હેતલ પટેલ, સુરત અડાજણ",
    "3 વર્ષ સુપરમાર્કેટમાં કેશિયર/બિલિંગ",
    "પગાર ₹૧૧,૦૦૦ થી ઓછો નહીં",
    "ગુજરાતી, હિન્દી",
], "retail/sales", ["cashier/billing"], "Surat", "Adajan", 11000, "month", exp=3, langs=["Gujarati", "Hindi"],
  note="Gujarati script with Gujarati digits")

W("auto", [
    "வணக்கம் அண்ணே",
    "நான் பாண்டியன், மதுரை செல்லூர்",
    "ஆட்டோ ஓட்டுறேன் 12 வருஷம், battery auto (e-rickshaw) கூட ஓட்டுவேன்",
    "ஒரு நாளைக்கு 700 வேணும்",
    "வெள்ளிக்கிழமை லீவ்",
], "driving", ["auto-rickshaw driving", "e-rickshaw driving"], "Madurai", "Sellur", 700, "day",
  days=EX("fri"), exp=12, langs=["Tamil"], note="Tamil script; Friday leave -> every day but fri")

W("mehendi", [
    "राम राम सा 🌿",
    "मैं पूजा सोनी, जोधपुर सरदारपुरा",
    "मेहंदी आर्टिस्ट 7 साल — दुल्हन, अरबी, राजस्थानी डिज़ाइन",
    "₹300 प्रति हाथ (दोनों तरफ) से कम नहीं",
    "जयपुर भी आ जाती हूँ",
], "beauty", ["mehendi"], "Jodhpur", "Sardarpura", 300, "task", per="hand", travel=["Jaipur"], exp=7,
  langs=["Hindi"], note="Devanagari; per-hand rate")

W("beauty", [
    "hai chechi 😊",
    "njan Reshma, Thrissur Ayyanthole",
    "beautician aanu 5 varsham – threading, waxing, facial, cleanup",
    "salary 15000 venam minimum",
    "Tuesday off venam",
    "Malayalam, English",
], "beauty", ["threading/waxing", "facial/cleanup"], "Thrissur", "Ayyanthole", 15000, "month",
  days=EX("tue"), exp=5, langs=["Malayalam", "English"], note="Manglish; Tuesday off -> every day but tue")

W("japa", [
    "Namaskar",
    "mu Sabita Behera, 45 barsa, Cuttack Chauliaganj re rahe",
    "japa / newborn baby care 10 barsa – baby massage, bath, maa ra care",
    "live-in kam, mahina 22000",
    "Bhubaneswar jaipaaribi",
    "Odia, Hindi",
], "caregiving/nursing aide", ["japa/newborn care"], "Cuttack", "Chauliaganj", 22000, "month",
  travel=["Bhubaneswar"], exp=10, age=45, langs=["Odia", "Hindi"],
  note="romanized Odia; '45 barsa' is age, '10 barsa' experience; live-in does not name days")

W("elder", [
    "നമസ്കാരം",
    "ഞാൻ ലിസി, കാക്കനാട്, കൊച്ചി",
    "home nurse ആയി 6 വർഷം — കിടപ്പിലായ രോഗികൾ, പ്രായമായവരുടെ പരിചരണം",
    "ദിവസം ₹900 വേണം",
    "തൃശ്ശൂരിലും പോകാം",
    "മലയാളം, ഹിന്ദി, English",
], "caregiving/nursing aide", ["elderly care attendant", "bedridden patient care"], "Kochi", "Kakkanad", 900,
  "day", travel=["Thrissur"], exp=6, langs=["Malayalam", "Hindi", "English"],
  note="Malayalam script; Kerala 'home nurse' = attendant for bedridden/elderly")

W("tutor", [
    "నమస్తే",
    "నేను కావ్య, కరీంనగర్ (భగత్ నగర్)",
    "B.Sc B.Ed, 4 ఏళ్ళుగా 6-10 తరగతి maths, science ట్యూషన్ చెప్తున్నా",
    "online classes కూడా చెప్తా",
    "గంటకు ₹400",
    "సోమ నుంచి శని, సాయంత్రం",
    "తెలుగు, English",
], "tutoring", ["maths tuition (class 6-10)", "science tuition (class 6-10)"], "Karimnagar", "Bhagath Nagar",
  400, "hour", remote=True, days=MS, exp=4, langs=["Telugu", "English"],
  note="Telugu script; '6-10' is the class range")

W("acct", [
    "Jay Shree Krishna 🙏",
    "hu Bhavik Joshi, Rajkot Kalawad road",
    "6 varas thi accountant – Tally Prime, GST return (GSTR-1, 3B)",
    "online pan kaam kari shaku, ghare thi",
    "mahine 15,000 minimum",
    "Gujarati, Hindi, English",
], "bookkeeping/accounting", ["tally bookkeeping", "GST return filing"], "Rajkot", "Kalawad Road", 15000,
  "month", remote=True, exp=6, langs=["Gujarati", "Hindi", "English"],
  note="romanized Gujarati; GSTR-1/3B are form names")

W("vedit", [
    "Hello 👋",
    "Omkar here, Kolhapur (Rajarampuri)",
    "video editor 3 yrs – reels, YouTube vlogs, Premiere + CapCut",
    "remote work only",
    "rate ₹500 per reel minimum",
    "Marathi, Hindi, English",
], "graphic design", ["video editing"], "Kolhapur", "Rajarampuri", 500, "task", per="reel", remote=True,
  exp=3, langs=["Marathi", "Hindi", "English"], note="per-reel task rate")

W("photo", [
    "নমস্কার 📸",
    "আমি অর্ণব দত্ত, শিলিগুড়ি হাকিমপাড়া",
    "৯ বছর wedding আর candid photography করি",
    "প্রতি অনুষ্ঠানে ১২,০০০ টাকার কম নিই না",
    "দার্জিলিং, জলপাইগুড়ি যেতে পারি",
], "photography", ["wedding photography", "candid photography"], "Siliguri", "Hakimpara", 12000, "task",
  per="event", travel=["Darjeeling", "Jalpaiguri"], exp=9, langs=["Bengali"],
  note="Bengali script and digits; per event (anushthan) rate")

W("rider", [
    "hello sir",
    "me Aman, Indore Palasia",
    "2 saal se food delivary aur parcel delivery kar raha hu, apni bike hai",
    "600 roj chahiye kam se kam",
    "saato din kaam kar sakta",
], "delivery", ["food delivery", "parcel delivery"], "Indore", "Palasia", 600, "day", days=ALL, exp=2,
  langs=["Hindi"], note="Hinglish; 'saato din' -> all days")

W("annot", [
    "హాయ్",
    "నా పేరు సాయి తేజ, వరంగల్ (హనుమకొండ)",
    "Telugu audio transcription చేస్తా, 1 సంవత్సరం అనుభవం",
    "ఇంటి నుంచి మాత్రమే (remote)",
    "గంటకు ₹200 కావాలి",
    "తెలుగు, English",
], "data annotation", ["telugu audio transcription"], "Warangal", "Hanamkonda", 200, "hour", remote=True,
  exp=1, langs=["Telugu", "English"], note="Telugu script; Hanamkonda -> Warangal")

W("elec", [
    "namaskar sir",
    "main Dinesh Verma, Bhilai (Khursipar)",
    "industrial electrician hu, ITI 2010 pass, 12 saal plant me – panel wiring, 3 phase motor",
    "₹750 per day chahiye",
    "Durg aur Raipur bhi chalega",
], "electrical", ["industrial panel wiring", "3-phase motor wiring"], "Bhilai", "Khursipar", 750, "day",
  travel=["Durg", "Raipur"], exp=12, langs=["Hindi"], note="'ITI 2010' is a year, '3 phase' is not a number of anything")
