from common import W, G, MS, WD, ALL, WE

# ---------------- scams (each would otherwise be a positive for someone)
G("s01", "🚨URGENT🚨 Ward boy / GDA 25 post, Lucknow big hospital, 16000 + room. Registration + medical fitness fee ₹850 pehle Paytm karo, joining letter turant", "hospital support",
  ["ward boy/GDA"], "Lucknow", None, pay=16000, unit="month", slots=25, scam=True,
  note="fee before joining; otherwise grade 2 for w02 via travel")
G("s02", "తెలుగు ఆడియో ట్రాన్స్‌క్రిప్షన్ వర్క్ ఫ్రమ్ హోమ్ – ఆడియో గంటకు ₹900! లాగిన్ ఐడి కోసం ₹2000 సెక్యూరిటీ డిపాజిట్ (రిఫండబుల్). ఇప్పుడే జాయిన్ అవ్వండి", "data annotation",
  ["telugu audio transcription"], None, None, remote=True, pay=900, unit="task", per="audio hour", scam=True,
  note="deposit for login ID; otherwise grade 2 for w15")
G("s03", "Madurai medicals chain – 12 pharmacist vacancy, ₹25,000. Only today: registration ₹1,500 to our HR agent GPay. Interview no need", "pharmacy",
  ["retail pharmacist"], "Madurai", None, pay=25000, unit="month", slots=12, scam=True, note="agent fee; otherwise grade 2 for w04")
G("s04", "Earn ₹3000 per reel from home!! 🎬 Buy our ₹999 editing starter kit + template pack first, then reels assigned daily. Limited seats", "graphic design",
  ["video editing"], None, None, remote=True, pay=3000, unit="task", per="reel", scam=True, note="pay-to-work; otherwise grade 2 for w14")
G("s05", "Security guard bharti – Ludhiana factories, 18000 + PF. Uniform + police verification ke ₹1200 jama karne honge, kal hi join", "security",
  ["office/factory security guard"], "Ludhiana", None, pay=18000, unit="month", scam=True, note="uniform fee; otherwise grade 2 for w39")
G("s06", "Hubballi delivery job 🏍️ ₹900/day guaranteed. GPS tracker + bag deposit ₹2500 (refund after 6 months). DM now", "delivery",
  ["parcel delivery"], "Hubballi", None, pay=900, unit="day", scam=True, note="deposit; otherwise grade 2 for w34")
G("s07", "जापा मेड / आया – जमशेदपुर के अमीर परिवार, ₹22,000 + खाना + रहना। एजेंसी फीस ₹1000 पहले जमा करें।", "caregiving/nursing aide",
  ["japa/newborn care"], "Jamshedpur", None, pay=22000, unit="month", scam=True, note="agency fee up front; otherwise grade 2 for w37")
G("s08", "WFH Hindi calling job, 15k fixed 💰 no target. ID activation charge ₹1200 only. Send screenshot after payment", "customer support",
  ["hindi telecalling"], None, None, remote=True, pay=15000, unit="month", scam=True, note="activation charge; otherwise grade 2 for w12")
G("s09", "Gujarati translators wanted – ₹2/word, unlimited work from home. Pay ₹1,500 for the qualifying test & certificate", "translation",
  ["english-gujarati translation"], None, None, remote=True, pay=2, unit="task", per="word", scam=True,
  note="test/certificate fee; otherwise grade 2 for w16")
G("s10", "રાજકોટ – મહેંદી આર્ટિસ્ટ માટે લગ્ન સીઝનનું કામ, એક હાથના ₹૧૦૦૦! પહેલા અમારી ₹૨૫૦૦ ની કોન કિટ ખરીદવી ફરજિયાત.", "beauty",
  ["mehendi"], "Rajkot", None, pay=1000, unit="task", per="hand", scam=True, note="compulsory kit purchase; otherwise grade 2 for w06")

# ---------------- same-city distractors of other trades and word traps
G("x01", "শিলিগুড়ি হোটেলে হাউসকিপিং স্টাফ চাই, মাসে ৯৫০০ টাকা, থাকা-খাওয়া ফ্রি", "cleaning/domestic", ["hotel housekeeping"],
  "Siliguri", None, pay=9500, unit="month", note="same city as the lab tech; other family")
G("x02", "Siliguri Hill Cart Road – data entry operator, typing 30 wpm, 9000 pm", "data entry", ["typing/data entry"], "Siliguri",
  "Hill Cart Road", pay=9000, unit="month", note="same city and pay as the lab tech w03; other family")
G("x03", "રાજકોટ – મોડ્યુલર કિચન માટે સુથાર જોઈએ, રોજ ₹૯૦૦", "carpentry", ["modular kitchen"], "Rajkot", None, pay=900, unit="day")
G("x04", "Mehendi cone packets ni delivery mate chhokro joie, Rajkot Gondal Road, 450 roj", "delivery", ["parcel delivery"],
  "Rajkot", "Gondal Road", pay=450, unit="day", note="word trap: mehendi in a delivery post (Rajkot, w06's city)")
G("x05", "भिवंडी के कपड़ा गोदाम के लिए सिक्योरिटी गार्ड चाहिए, 13000, रात की ड्यूटी", "security", ["night watchman"], "Bhiwandi", None,
  pay=13000, unit="month", note="same city as the picker w35")
G("x06", "Powerloom operators, Bhiwandi Kamatghar, 18000 pm, 12 hr", "handicraft", ["powerloom operation"], "Bhiwandi",
  "Kamatghar", pay=18000, unit="month", note="weaving, but the weaver lives in Erode -> 0")
G("x07", "বাঁকুড়া শহরে ক্লাস ৬–১০ অঙ্কের গৃহশিক্ষক চাই, মাসে ২৫০০", "tutoring", ["maths tuition (class 6-10)"], "Bankura", None,
  pay=2500, unit="month", note="same city as the potter")
G("x08", "ஈரோடு மஞ்சள் குடோனில் லோடிங் ஆட்கள் தேவை, நாள் ₹600", "warehouse/loading", ["loading/unloading"], "Erode", None,
  pay=600, unit="day", note="same city as the weaver")
G("x09", "Cuttack tarakasi (silver filigree) workshop needs karigar, 12k", "handicraft", ["silver filigree (tarakasi)"], "Cuttack",
  None, pay=12000, unit="month", note="same city as the electrician; craft subgroup nobody has")
G("x10", "Cook for Odia family, Cuttack Buxi Bazar, dalma-santula-pakhala type ghar ka khana, 2 times, 8000", "cooking", ["odia home cooking"], "Cuttack",
  "Buxi Bazar", pay=8000, unit="month", note="Odia home food; skill added to the taxonomy")
G("x11", "కరీంనగర్ – ఇంటికి పెయింటింగ్ పని, పుట్టీ + ఎమల్షన్, రోజుకు ₹800", "painting", ["interior wall painting", "putty work"],
  "Karimnagar", None, pay=800, unit="day", note="same city and rate as the plumber w31")
G("x12", "भिलाई स्टील प्लांट कॉन्ट्रैक्टर को इंडस्ट्रियल इलेक्ट्रीशियन चाहिए, 3-फेज मोटर वायरिंग, 800 रोज़", "electrical",
  ["3-phase motor wiring"], "Bhilai", None, pay=800, unit="day", note="same city as the tile fitter")
G("x13", "ਬਠਿੰਡਾ ਢਾਬੇ ਲਈ ਤੰਦੂਰ ਵਾਲਾ ਕਾਰੀਗਰ ਚਾਹੀਦਾ, 15000 ਮਹੀਨਾ", "cooking", ["tandoor cooking"], "Bathinda", None, pay=15000,
  unit="month", note="same city as the tractor driver")
G("x14", "कोल्हापुरी चप्पल शिलाई कारागीर पाहिजे, शिवाजी पेठ कोल्हापूर, नगाला ₹60", "handicraft", ["leather footwear craft"],
  "Kolhapur", "Shivaji Peth", pay=60, unit="task", per="pair", note="same city as the dairy worker; per pair")
G("x15", "విజయవాడ లో 9వ తరగతి మ్యాథ్స్ ట్యూషన్ టీచర్ కావాలి, నెలకు ₹4000", "tutoring", ["maths tuition (class 6-10)"],
  "Vijayawada", None, pay=4000, unit="month", note="same city as the annotator w15")
G("x16", "ಮೈಸೂರು ಸಿಲ್ಕ್ ಸೀರೆ ಶೋರೂಮ್ ಗೆ ಸೇಲ್ಸ್ ಗರ್ಲ್ಸ್ ಬೇಕು, ತಿಂಗಳಿಗೆ ₹13,000", "retail/sales", ["showroom/counter sales"], "Mysuru",
  None, pay=13000, unit="month", note="same city as the yoga teacher; retail, but the salesman lives in Surat")
G("x17", "Physiotherapy equipment sales executive – Hubballi/Dharwad hospitals, 20k + TA", "retail/sales", ["field sales"],
  "Hubballi", None, pay=20000, unit="month", note="word trap: physiotherapy in a field-sales post (w01's city)")
G("x18", "Tiffin delivery boy (cycle ok) – Nagpur Pratap Nagar, 7000 pm, lunch time only", "delivery", ["food delivery"],
  "Nagpur", "Pratap Nagar", pay=7000, unit="month", note="word trap: tiffin in a delivery post (w21's city)")
G("x19", "वाराणसी – दुर्गा पूजा पंडाल सजावट के लिए कारीगर, 700 रोज़", "events", ["event/wedding decoration"], "Varanasi", None,
  pay=700, unit="day", note="word trap: puja in a decoration post (pandit w23's city)")
G("x20", "Welding helmet & tools shop, Jamshedpur Jugsalai – cashier cum billing, 10k", "retail/sales", ["cashier/billing"],
  "Jamshedpur", "Jugsalai", pay=10000, unit="month", note="word trap: welding in a cashier post (w10's city)")
G("x21", "Cricket tournament anchor/commentator (Hindi), Muzaffarpur, 3 din, 2000 per match", "events", ["anchor/emcee"],
  "Muzaffarpur", None, pay=2000, unit="task", per="match", note="word trap: cricket, but events family (w28's city)")
G("x22", "Pharma distributor needs tempo driver, Madurai Mattuthavani, 16k", "driving", ["tempo/pickup driving"], "Madurai",
  "Mattuthavani", pay=16000, unit="month", note="word trap: pharma in a driving post (w04's city)")
G("x23", "மதுரை மல்லிகைப்பூ பேக்கிங் – ஏற்றுமதிக்கு பெண்கள் தேவை, நாள் ₹450", "warehouse/loading", ["picking/packing"], "Madurai",
  None, pay=450, unit="day", note="packing in Madurai; the picker lives in Bhiwandi -> 0")
G("x24", "Lab assistant cum science tutor for a coaching centre, Siliguri – practicals + class 8-10 science, 8000 pm", "tutoring", ["science tuition (class 6-10)"], "Siliguri",
  None, pay=8000, unit="month", note="word trap: 'lab' in a school post; it is a science tutoring post")
G("x25", "Yoga mats & dumbbells godown, Mysuru Hebbal – stock counting staff 2 days, 700 per day", "warehouse/loading",
  ["inventory/stock counting"], "Mysuru", "Hebbal", pay=700, unit="day", note="word trap: yoga in a stock-count post")
G("x26", "Dhobi ghat ki toote farsh aur deewar ki marammat – mistri chahiye, Lucknow Daliganj, 750 roj", "masonry/construction", ["brick masonry"],
  "Lucknow", "Daliganj", pay=750, unit="day", note="word trap: dhobi in a masonry post (w22's city)")
