from lib import W, G, MS, WK, ALL, WE

# ---------------- w17 abacus teacher, Hubballi (Kannada)
W("w17", """ನಮಸ್ತೆ ಮೇಡಂ
ನಾನು ಶ್ರುತಿ ಕುಲಕರ್ಣಿ, ಹುಬ್ಬಳ್ಳಿ ವಿದ್ಯಾನಗರ
ಅಬ್ಯಾಕಸ್ ಮತ್ತು ವೇದಿಕ್ ಮ್ಯಾಥ್ಸ್ ಟೀಚರ್, 4 ವರ್ಷ ಅನುಭವ, level 1 to 8 ಕಲಿಸ್ತೀನಿ
ಧಾರವಾಡ ಕೂಡ ಬರ್ತೀನಿ
ತಿಂಗಳಿಗೆ ₹9000 ಕ್ಕಿಂತ ಕಡಿಮೆ ಬೇಡ
ಕನ್ನಡ, ಮರಾಠಿ, ಇಂಗ್ಲಿಷ್""",
  "tutoring", ["abacus/mental maths classes"], "Hubballi", "Vidyanagar", travel=["Dharwad"], pay=9000,
  unit="month", exp=4, langs=["Kannada", "Marathi", "English"], script="kn",
  note="'level 1 to 8' is a distractor")

G("g17a", """Abacus teacher required at our Dharwad centre (Saptapur)
₹10,000/month, 3-7 pm, training on our levels given""",
  "tutoring", ["abacus/mental maths classes"], "Dharwad", "Saptapur", pay=10000, unit="month",
  script="en", want={"w17": 2})

G("g17b", """ಹುಬ್ಬಳ್ಳಿ ಗೋಕುಲ ರೋಡ್ ಅಬ್ಯಾಕಸ್ ಸೆಂಟರ್ ಗೆ ಶಿಕ್ಷಕಿ ಬೇಕು
ತಿಂಗಳಿಗೆ 8000, ಸಂಜೆ 4 ರಿಂದ 7""",
  "tutoring", ["abacus/mental maths classes"], "Hubballi", "Gokul Road", pay=8000, unit="month",
  script="kn", note="8000/9000 = 0.89 -> grade 1", want={"w17": 1})

G("g17c", """Hubli Keshwapur alli class 1-5 tuition teacher beku, tingalige 6000""",
  "tutoring", ["primary tuition (class 1-5)"], "Hubballi", "Keshwapur", pay=6000, unit="month",
  script="kn-Latn", note="alias Hubli; school subgroup not adjacent to abacus -> 0")

G("g17d", """Become an ABACUS TEACHER 🧮 Hubballi franchise
teacher training + kit fee ₹15,000, we will give you students
earn 20k-30k per month""",
  "tutoring", ["abacus/mental maths classes"], "Hubballi", pay=20000, pmax=30000, unit="month",
  scam=True, script="en", note="training/kit fee -> scam")

G("g17e", """ಬೆಳಗಾವಿ ಟಿಳಕವಾಡಿ ಅಬ್ಯಾಕಸ್ ಕ್ಲಾಸ್ ಗೆ ಟೀಚರ್ ಬೇಕು, ₹12000""",
  "tutoring", ["abacus/mental maths classes"], "Belagavi", "Tilakwadi", pay=12000, unit="month",
  script="kn", note="same trade, Belagavi unreachable")

G("g17f", """Online abacus teacher (Zoom) needed, kids 6-12 yrs, 9000 pm, evening batches""",
  "tutoring", ["abacus/mental maths classes"], None, remote=True, pay=9000, unit="month", script="en",
  note="remote gig but w17 did not say she works online -> 0")

# ---------------- w18 Sanskrit translator, Ujjain (Hindi Devanagari)
W("w18", """नमस्कार
मैं डॉ. गोविन्द शास्त्री, उज्जैन (फ्रीगंज)
संस्कृत से हिंदी अनुवाद - श्लोक, स्तोत्र, पांडुलिपि - 15 वर्ष से कर रहा हूँ, संस्कृत में आचार्य
घर से ऑनलाइन ही काम करूंगा
दर ₹1.5 प्रति शब्द न्यूनतम
आयु 58""",
  "translation", ["sanskrit-hindi translation"], "Ujjain", "Freeganj", remote=True, pay=1.5, unit="task",
  per="word", exp=15, langs=["Hindi", "Sanskrit"], age=58, script="hi")

G("g18a", """Remote: Sanskrit→Hindi translation of a Bhagavata Purana commentary
~40,000 words, ₹2 per word, Devanagari typing needed""",
  "translation", ["sanskrit-hindi translation"], None, remote=True, pay=2, unit="task", per="word",
  script="en", note="40,000 words is volume, not pay", want={"w18": 2})

G("g18b", """संस्कृत श्लोकों का हिंदी अनुवाद - ऑनलाइन काम
₹1.20 प्रति शब्द, कुल 5000 शब्द""",
  "translation", ["sanskrit-hindi translation"], None, remote=True, pay=1.2, unit="task", per="word",
  script="hi", note="1.2/1.5 = 0.8 -> grade 1", want={"w18": 1})

G("g18c", """Remote English-Hindi translator for legal documents, ₹1 per word, 2 yrs exp""",
  "translation", ["english-hindi translation"], None, remote=True, pay=1, unit="task", per="word",
  minexp=2, script="en", note="en_hi subgroup not adjacent to sa_hi -> 0")

G("g18d", """संस्कृत पुस्तक (व्याकरण) का प्रूफ रीडिंग, ऑनलाइन
पूरा प्रोजेक्ट ₹8000, 15 दिन""",
  "translation", ["sanskrit proofreading"], None, remote=True, pay=8000, unit="task", per="project",
  script="hi", note="same sa_hi subgroup (soft); per project not comparable -> grade 1", want={"w18": 1})

G("g18e", """उज्जैन के निजी स्कूल में संस्कृत शिक्षक चाहिए, कक्षा 6-10, वेतन 12000""",
  "tutoring", ["sanskrit teaching"], "Ujjain", pay=12000, unit="month", script="hi",
  note="word trap 'Sanskrit' in w18's town: teaching, not translation")

# ---------------- w19 medical transcriptionist, Kakinada (romanized Telugu)
W("w19", """Hi andi
Na peru Lakshmi Prasanna, Kakinada Sarpavaram lo untanu
US medical transcription lo 7 years experience, MT editor ga kuda chesanu
work from home matrame, night shift ok
line ki minimum 1 rupee
Telugu, English""",
  "medical transcription", ["US medical transcription", "medical transcript editing (QA)"], "Kakinada",
  "Sarpavaram", remote=True, pay=1, unit="task", per="line", exp=7, langs=["Telugu", "English"],
  script="te-Latn")

G("g19a", """WFH US Medical Transcriptionist
₹1.20 per line (65 char), min 800 lines/day
Kakinada / Vizag candidates welcome""",
  "medical transcription", ["US medical transcription"], None, remote=True, pay=1.2, unit="task",
  per="line", script="en", note="800 lines/day and 65 char are distractors", want={"w19": 2})

G("g19b", """MT editor / QA - remote
₹0.90 per line, 3+ yrs in US MT""",
  "medical transcription", ["medical transcript editing (QA)"], None, remote=True, pay=0.9, unit="task",
  per="line", minexp=3, script="en", note="0.9/1 -> grade 1", want={"w19": 1})

G("g19c", """Remote medical coder (ICD-10-CM), CPC certified, ₹22,000 pm""",
  "medical transcription", ["medical coding (ICD-10)"], None, remote=True, pay=22000, unit="month",
  script="en", note="coding subgroup not adjacent -> 0")

G("g19d", """Home based MT job 🏠 ₹25,000 per month
software registration fee ₹3000 only, Telugu people apply""",
  "medical transcription", ["US medical transcription"], None, remote=True, pay=25000, unit="month",
  scam=True, script="en", note="software registration fee -> scam")

G("g19e", """హైదరాబాద్ అమీర్ పేట్ MT కంపెనీ లో ట్రాన్స్క్రిప్షనిస్ట్ లు కావాలి, ఆఫీస్ నుంచి పని
లైన్ కి ₹1.10""",
  "medical transcription", ["US medical transcription"], "Hyderabad", "Ameerpet", pay=1.1, unit="task",
  per="line", script="te", note="office job in Hyderabad: unreachable for the WFH Kakinada worker")

G("g19f", """Remote medical transcription – radiology reports, ₹1 per line, night shift IST""",
  "medical transcription", ["US medical transcription"], None, remote=True, pay=1, unit="task",
  per="line", script="en", want={"w19": 2})

# ---------------- w20 voice-over artist, Guwahati (Assamese script)
W("w20", """নমস্কাৰ
মই পল্লৱী বৰা, গুৱাহাটী বেলতলাত থাকোঁ
অসমীয়া আৰু হিন্দী ভইচ-অভাৰ কৰোঁ, ৬ বছৰ - ৰেডিঅ' বিজ্ঞাপন, ডকুমেণ্টাৰী, ই-লাৰ্নিং
ঘৰতে ষ্টুডিঅ' আছে, অনলাইনত কাম কৰিব পাৰোঁ
প্ৰতি মিনিট ২০০০ টকাৰ কমত নকৰোঁ""",
  "voice-over", ["assamese voice-over", "hindi voice-over"], "Guwahati", "Beltola", remote=True, pay=2000,
  unit="task", per="minute", exp=6, langs=["Assamese", "Hindi"], script="as",
  note="Assamese in Bengali-Assamese script with Assamese digits")

G("g20a", """Assamese female voice for TV ad (30 sec + 60 sec versions)
remote recording ok, ₹2500 per finished minute""",
  "voice-over", ["assamese voice-over"], None, remote=True, pay=2500, unit="task", per="minute",
  script="en", want={"w20": 2})

G("g20b", """हिंदी ई-लर्निंग मॉड्यूल के लिए वॉइस ओवर आर्टिस्ट चाहिए, ऑनलाइन
₹1800 प्रति मिनट, 40 मिनट का काम
हिंदी अच्छी होना ज़रूरी""",
  "voice-over", ["hindi voice-over"], None, remote=True, pay=1800, unit="task", per="minute", req=["Hindi"],
  script="hi", note="1800/2000 = 0.9 -> grade 1", want={"w20": 1})

G("g20c", """English voice-over (neutral accent) for explainer videos, remote, ₹3000/min""",
  "voice-over", ["english voice-over"], None, remote=True, pay=3000, unit="task", per="minute",
  script="en", note="English VO subgroup -> 0 for an Assamese/Hindi artist")

G("g20d", """গুৱাহাটী জু ৰোডৰ ষ্টুডিঅ'ত অসমীয়া বাতৰি পঢ়োৱা কণ্ঠশিল্পী লাগে
ঘণ্টাই ১৫০০ টকা""",
  "voice-over", ["assamese voice-over"], "Guwahati", "Zoo Road", pay=1500, unit="hour", script="as",
  note="hourly vs per minute: not comparable -> 2", want={"w20": 2})

G("g20e", """Voice artists wanted!! Assamese / Bengali / Hindi 🎙️
Pay ₹999 portfolio listing fee and get projects daily""",
  "voice-over", ["assamese voice-over", "hindi voice-over"], None, remote=True, scam=True, script="en",
  note="listing fee -> scam")

# ---------------- w21 GNM nurse, Imphal (English)
W("w21", """Good morning. I am Thoibi Devi, GNM nurse, staying at Imphal (Singjamei)
3 years exp in private hospital + covid vaccination drive
Looking for job in Imphal only
Salary minimum 15000/month
Languages: Manipuri, English, Hindi""",
  "caregiving/nursing aide", ["ANM/GNM staff nurse", "vaccination camp nurse"], "Imphal", "Singjamei",
  pay=15000, unit="month", exp=3, langs=["Manipuri", "English", "Hindi"], script="en")

G("g21a", """Staff Nurse (GNM/B.Sc) required – private hospital, Imphal (Lamphelpat)
Salary ₹18,000, night shift rotation
Manipuri must""",
  "caregiving/nursing aide", ["ANM/GNM staff nurse"], "Imphal", "Lamphelpat", pay=18000, unit="month", req=["Manipuri"],
  script="en", want={"w21": 2})

G("g21b", """Vaccination drive – Imphal East. ANM/GNM nurses 6 nos
₹700 per day, 20 days""",
  "caregiving/nursing aide", ["vaccination camp nurse"], "Imphal", "Imphal East", pay=700, unit="day",
  slots=6, dates="20 days", script="en", note="700/day vs 15000/month: 1.21", want={"w21": 2})

G("g21c", """Home nursing - injections & dressing for elderly patient, Imphal Uripok
₹500 per visit, 1 visit daily""",
  "caregiving/nursing aide", ["home nursing (injections/dressing)"], "Imphal", "Uripok", pay=500,
  unit="task", per="visit", script="en", note="nursing subgroup adjacent to clinical (new pair) -> 1",
  want={"w21": 1})

G("g21d", """Staff nurse needed Aizawl (Dawrpui), ₹20,000, Mizo/English""",
  "caregiving/nursing aide", ["ANM/GNM staff nurse"], "Aizawl", "Dawrpui", pay=20000, unit="month",
  script="en", note="same trade, Aizawl unreachable")

G("g21e", """Attendant for 80 yr old grandfather, Imphal Singjamei, day duty, 9000 per month""",
  "caregiving/nursing aide", ["elderly care attendant"], "Imphal", "Singjamei", pay=9000, unit="month",
  script="en", note="elder subgroup not adjacent to clinical -> 0 (and underpaid)")

# ---------------- w22 hospital housekeeping, Ranchi (Hindi Devanagari)
W("w22", """नमस्ते सर
मेरा नाम सुनीता उरांव, रांची बरियातू में रहती हूं
रिम्स के पास प्राइवेट हॉस्पिटल में 2 साल हाउसकीपिंग की है - वार्ड की सफाई, बायो मेडिकल वेस्ट अलग करना
नाइट शिफ्ट भी कर लूंगी
9000 महीना से कम नहीं
हिंदी, सादरी""",
  "cleaning/domestic", ["hospital housekeeping"], "Ranchi", "Bariatu", pay=9000, unit="month", exp=2,
  langs=["Hindi", "Sadri"], script="hi")

G("g22a", """रांची बरियातू - मल्टी स्पेशलिटी हॉस्पिटल में हाउसकीपिंग स्टाफ चाहिए
10 महिला, ₹10,000 + ESI""",
  "cleaning/domestic", ["hospital housekeeping"], "Ranchi", "Bariatu", pay=10000, unit="month", slots=10,
  script="hi", want={"w22": 2})

G("g22b", """Hospital housekeeping staff chahiye – Ranchi Lalpur nursing home, 8500 pm""",
  "cleaning/domestic", ["hospital housekeeping"], "Ranchi", "Lalpur", pay=8500, unit="month", script="hi-Latn",
  note="8500/9000 -> grade 1", want={"w22": 1})

G("g22c", """Ranchi Harmu office me housekeeping didi chahiye, 9500, Sunday off""",
  "cleaning/domestic", ["office housekeeping"], "Ranchi", "Harmu", pay=9500, unit="month", days=MS,
  script="hi-Latn", note="office housekeeping: same commercial subgroup -> grade 1", want={"w22": 1})

G("g22d", """रांची कांके रोड - घर में झाड़ू पोछा बर्तन के लिए, 6000 महीना""",
  "cleaning/domestic", ["house cleaning (jhadu-pocha)", "utensil washing"], "Ranchi", "Kanke Road",
  pay=6000, unit="month", script="hi", note="adjacent home subgroup (soft) + pay 0.67 -> 0")

G("g22e", """जमशेदपुर साकची हॉस्पिटल - हाउसकीपिंग, 11000 महीना""",
  "cleaning/domestic", ["hospital housekeeping"], "Jamshedpur", "Sakchi", pay=11000, unit="month",
  script="hi", note="same trade, Jamshedpur unreachable")

G("g22f", """रांची बरियातू हॉस्पिटल में वार्ड बॉय / मरीज़ अटेंडेंट चाहिए, 9000""",
  "caregiving/nursing aide", ["bedridden patient care"], "Ranchi", "Bariatu", pay=9000, unit="month",
  script="hi", note="word trap 'hospital' in w22's locality: patient care, another family")
