from common import W, G, MS, WD, ALL, WE

# ---------------- w01 physio, Hubballi (Kannada script)
W("w01", "ನಮಸ್ಕಾರ\nನಾನು ಡಾ. ಸ್ನೇಹಾ ಕುಲಕರ್ಣಿ, BPT\nಆರ್ಥೋ ಫಿಸಿಯೋಥೆರಪಿ, ಸರ್ಜರಿ ನಂತರ ರಿಹ್ಯಾಬ್ (knee replacement, frozen shoulder)\n೬ ವರ್ಷ ಅನುಭವ\nವಿದ್ಯಾನಗರ, ಹುಬ್ಬಳ್ಳಿ. ಧಾರವಾಡಕ್ಕೂ ಬರ್ತೀನಿ\nಹೋಮ್ ವಿಸಿಟ್ ಗೆ ಕನಿಷ್ಠ ₹೫೦೦ ಒಂದು ವಿಸಿಟ್\nಕನ್ನಡ, ಹಿಂದಿ, English",
  "physiotherapy", ["orthopaedic physiotherapy", "post-surgery rehab"], "Hubballi", "Vidyanagar",
  pay=500, unit="task", per="visit", exp=6, langs=["Kannada", "Hindi", "English"],
  note="Kannada script + Kannada digits; Dharwad is not a listed city -> dropped")
G("w01a", "Physiotherapist for home visits – my father had knee replacement last week. Keshwapur, Hubli. 10 sessions at home, ₹600 per visit. Pls call 98450 3xxxx",
  "physiotherapy", ["post-surgery rehab"], "Hubballi", "Keshwapur", pay=600, unit="task", per="visit", slots=1,
  note="Hubli alias; phone number distractor")
G("w01b", "ದೇಶಪಾಂಡೆ ನಗರ ಆರ್ಥೋ ಕ್ಲಿನಿಕ್ ಗೆ ಫಿಸಿಯೋಥೆರಪಿಸ್ಟ್ ಬೇಕು (BPT/MPT). ಸಂಬಳ ತಿಂಗಳಿಗೆ ₹18,000. ಸೋಮವಾರ–ಶನಿವಾರ. ಕನಿಷ್ಠ 2 ವರ್ಷ ಅನುಭವ.",
  "physiotherapy", ["orthopaedic physiotherapy"], "Hubballi", "Deshpande Nagar", pay=18000, unit="month", days=MS, minexp=2,
  note="Kannada script; city only via locality Deshpande Nagar (Hubballi); monthly vs per-visit not compared")
G("w01c", "cricket academy Gokul Road hubballi needs SPORTS PHYSIO for u-16 boys, evening 5-8, ₹700/session",
  "physiotherapy", ["sports physiotherapy"], "Hubballi", "Gokul Road", pay=700, unit="task", per="session",
  note="word trap (cricket) + sports physio adjacent to ortho -> grade 1 for w01; per session vs per visit not compared")
G("w01d", "Stroke patient ke liye neuro physio chahiye, ghar pe, Vidyanagar Hubballi. 450 per visit. Daily 1 hour.",
  "physiotherapy", ["neuro physiotherapy (stroke)"], "Hubballi", "Vidyanagar", pay=450, unit="task", per="visit",
  note="neuro subgroup not adjacent to ortho -> 0 for w01 even in her own locality")
G("w01e", "Physiotherapist (ortho) wanted at Edappally clinic, Kochi. ₹22,000 pm, 6 days. Malayalam must.",
  "physiotherapy", ["orthopaedic physiotherapy"], "Kochi", "Edappally", pay=22000, unit="month", req=["Malayalam"],
  note="same skill, other city -> 0")

# ---------------- w02 ward boy / GDA, Gorakhpur (Devanagari Hindi)
W("w02", "नमस्ते सर\nमेरा नाम रमेश निषाद है, उम्र 27\nप्राइवेट हॉस्पिटल में वार्ड बॉय / GDA का काम 4 साल किया है\nमरीज़ को स्ट्रेचर-व्हीलचेयर से ले जाना, बेड बदलना, साफ सफाई\nरहता हूँ गोरखनाथ, गोरखपुर\nलखनऊ भी जा सकता हूँ अगर रहना मिले\nकम से कम 11000 महीना चाहिए\nहिंदी, भोजपुरी",
  "hospital support", ["ward boy/GDA", "patient transfer/stretcher"], "Gorakhpur", "Gorakhnath", travel=["Lucknow"],
  pay=11000, unit="month", exp=4, langs=["Hindi", "Bhojpuri"], age=27, note="age 27 is not experience")
G("w02a", "गोरखपुर, मेडिकल कॉलेज रोड के मल्टीस्पेशलिटी अस्पताल में वार्ड बॉय चाहिए – 3 पद। वेतन ₹12,500 + PF. शिफ्ट ड्यूटी।",
  "hospital support", ["ward boy/GDA"], "Gorakhpur", "Medical College Road", pay=12500, unit="month", slots=3)
G("w02b", "Urgent GDA/ward attendant reqd – Vibhuti Khand Lucknow hospital. Sal 10k pm + room. Male only",
  "hospital support", ["ward boy/GDA"], "Lucknow", "Vibhuti Khand", pay=10000, unit="month",
  note="reached via travel; 10000/11000 = 0.91 -> grade 1")
G("w02c", "OT technician chahiye (diploma OTT zaroori), Betiahata Gorakhpur nursing home. 15000 mahina",
  "hospital support", ["OT technician"], "Gorakhpur", "Betiahata", pay=15000, unit="month",
  note="OT subgroup not adjacent to ward -> 0 for the ward boy")
G("w02d", "वार्ड बॉय की ज़रूरत – पटना, बोरिंग रोड। ₹13000 महीना। 2 जगह।",
  "hospital support", ["ward boy/GDA"], "Patna", "Boring Road", pay=13000, unit="month", slots=2,
  note="other city -> 0")

# ---------------- w03 phlebotomist / lab tech, Siliguri (Bengali script)
W("w03", "নমস্কার দাদা\nআমি পিয়ালি সরকার, DMLT পাশ\nব্লাড কালেকশন (ফ্লেবোটমি) আর হোম কালেকশন করি, ৩ বছর\nশিলিগুড়ি, প্রধাননগর থাকি\nমাসে ৯০০০ টাকার কম হলে হবে না\nরবিবার ছুটি চাই\nবাংলা, হিন্দি, একটু ইংরেজি",
  "diagnostics lab", ["phlebotomy/sample collection"], "Siliguri", "Pradhan Nagar", pay=9000, unit="month",
  days=MS, exp=3, langs=["Bengali", "Hindi", "English"], note="Bengali script + Bengali digits; Sunday off -> mon-sat")
G("w03a", "শিলিগুড়ি সেবক রোডের ডায়াগনস্টিক সেন্টারে ফ্লেবোটমিস্ট চাই। বেতন ১০,০০০ টাকা মাসে। সোম থেকে শনি।",
  "diagnostics lab", ["phlebotomy/sample collection"], "Siliguri", "Sevoke Road", pay=10000, unit="month", days=MS)
G("w03b", "Home sample collection boy/girl needed SILIGURI (Hakimpara, Ashrampara area). Own scooty. 8500 fixed + petrol. All 7 days rotation",
  "diagnostics lab", ["phlebotomy/sample collection"], "Siliguri", "Hakimpara", pay=8500, unit="month", days=ALL,
  note="pay 0.94 + all days vs mon-sat -> two soft mismatches -> 0")
G("w03c", "Pathology lab technician (DMLT) for Matigara lab, Siliguri – running CBC, LFT analysers. ₹11,000/month, Mon–Sat",
  "diagnostics lab", ["pathology lab technician"], "Siliguri", "Matigara", pay=11000, unit="month", days=MS,
  note="lab subgroup adjacent to sample -> grade 1")
G("w03d", "ফ্লেবোটমিস্ট লাগবে – কলকাতা, সল্টলেক। ১২০০০ টাকা। ",
  "diagnostics lab", ["phlebotomy/sample collection"], "Kolkata", "Salt Lake", pay=12000, unit="month",
  note="other city -> 0")
G("w03e", "X-ray technician wanted, Siliguri Burdwan Road, 14k",
  "diagnostics lab", ["x-ray technician"], "Siliguri", "Burdwan Road", pay=14000, unit="month",
  note="imaging subgroup not adjacent -> 0")

# ---------------- w04 pharmacist, Madurai (Tamil script)
W("w04", "வணக்கம்\nநான் கார்த்திகேயன், D.Pharm, ரிஜிஸ்டர்ட் பார்மசிஸ்ட்\nமெடிக்கல் ஷாப்ல 5 வருஷம் அனுபவம், பில்லிங்கும் தெரியும்\nமதுரை, கே.கே. நகர்\nமாசம் 15000 குறைஞ்சது\nதமிழ், English",
  "pharmacy", ["retail pharmacist", "pharmacy billing"], "Madurai", "K.K. Nagar", pay=15000, unit="month",
  exp=5, langs=["Tamil", "English"])
G("w04a", "மதுரை அண்ணா நகர் மெடிக்கல்ஸ்க்கு பார்மசிஸ்ட் தேவை. D.Pharm/B.Pharm. சம்பளம் ₹16,000. ஞாயிறு விடுமுறை.",
  "pharmacy", ["retail pharmacist"], "Madurai", "Anna Nagar", pay=16000, unit="month", days=MS,
  note="Anna Nagar of Madurai, not Chennai")
G("w04b", "Pharmacy billing staff needed – Simmakkal, Madurai. 13,000 pm. Freshers ok",
  "pharmacy", ["pharmacy billing"], "Madurai", "Simmakkal", pay=13000, unit="month", minexp=0,
  note="13000/15000 = 0.87 -> grade 1")
G("w04c", "Hospital pharmacist for 200-bed hospital, Madurai bypass road, night shift, 17k + food",
  "pharmacy", ["hospital pharmacy"], "Madurai", "Bypass Road", pay=17000, unit="month",
  note="hospital subgroup not adjacent to retail -> 0; 200-bed is not slots")
G("w04d", "Pharmacist wanted Coimbatore RS Puram, ₹18000", "pharmacy", ["retail pharmacist"], "Coimbatore", "RS Puram",
  pay=18000, unit="month", note="other city -> 0")

# ---------------- w05 beautician, Ludhiana (Gurmukhi)
W("w05", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ\nਮੇਰਾ ਨਾਮ ਹਰਪ੍ਰੀਤ ਕੌਰ\nਬਿਊਟੀ ਪਾਰਲਰ ਦਾ ਕੰਮ – ਥ੍ਰੈਡਿੰਗ, ਵੈਕਸਿੰਗ, ਫੇਸ਼ੀਅਲ, 7 ਸਾਲ\nਸਰਾਭਾ ਨਗਰ, ਲੁਧਿਆਣਾ\nਘੱਟੋ ਘੱਟ 12000 ਮਹੀਨਾ\nਮੰਗਲਵਾਰ ਛੁੱਟੀ\nਪੰਜਾਬੀ, ਹਿੰਦੀ",
  "beauty", ["threading/waxing", "facial/cleanup"], "Ludhiana", "Sarabha Nagar", pay=12000, unit="month",
  days=["mon", "wed", "thu", "fri", "sat", "sun"], exp=7, langs=["Punjabi", "Hindi"],
  note="Gurmukhi; Tuesday off -> every day but tue")
G("w05a", "ਲੁਧਿਆਣਾ ਮਾਡਲ ਟਾਊਨ ਦੇ ਸੈਲੂਨ ਲਈ ਬਿਊਟੀਸ਼ੀਅਨ ਚਾਹੀਦੀ ਹੈ। ਥ੍ਰੈਡਿੰਗ ਤੇ ਫੇਸ਼ੀਅਲ ਆਉਣਾ ਜ਼ਰੂਰੀ। ਤਨਖਾਹ 13,000।",
  "beauty", ["threading/waxing", "facial/cleanup"], "Ludhiana", "Model Town", pay=13000, unit="month")
G("w05b", "Beautician reqd for ladies salon BRS Nagar Ludhiana – waxing, cleanup, manicure. 11000-12500 pm. Tuesday weekly off",
  "beauty", ["threading/waxing", "manicure/pedicure"], "Ludhiana", "BRS Nagar", pay=11000, pmax=12500, unit="month",
  days=["mon", "wed", "thu", "fri", "sat", "sun"], note="range; pay_max 12500 >= 12000 -> grade 2")
G("w05c", "Hair stylist (cutting, keratin, global colour) – Ghumar Mandi salon, Ludhiana. ₹15k",
  "beauty", ["hair styling"], "Ludhiana", "Ghumar Mandi", pay=15000, unit="month",
  note="same salon subgroup -> adjacent skill, grade 1")
G("w05d", "Bridal makeup artist needed for wedding season, Ludhiana, per bride ₹8000",
  "beauty", ["bridal makeup"], "Ludhiana", None, pay=8000, unit="task", per="bride",
  note="makeup subgroup not adjacent to salon -> 0")
G("w05e", "beautician for salon in sector 17 chandigarh, threading waxing facial, 14000",
  "beauty", ["threading/waxing", "facial/cleanup"], "Chandigarh", "Sector 17", pay=14000, unit="month",
  note="same skill in Chandigarh; Ludhiana worker does not travel -> 0")

# ---------------- w06 mehendi artist, Rajkot (Gujarati script)
W("w06", "જય શ્રી કૃષ્ણ 🙏\nહું ભૂમિ પટેલ, મહેંદી આર્ટિસ્ટ\nબ્રાઇડલ મહેંદી, અરબી ડિઝાઇન – ૮ વર્ષથી\nકાલાવડ રોડ, રાજકોટ\nએક હાથના ઓછામાં ઓછા ₹૫૦૦\nઅમદાવાદ પણ આવી શકું\nગુજરાતી, હિન્દી",
  "beauty", ["mehendi"], "Rajkot", "Kalawad Road", travel=["Ahmedabad"], pay=500, unit="task", per="hand",
  exp=8, langs=["Gujarati", "Hindi"], note="Gujarati script and digits; per hand rate")
G("w06a", "રાજકોટ – લગ્ન માટે મહેંદી આર્ટિસ્ટ જોઈએ, ૨૨ તારીખ, ૧૫ બહેનો. એક હાથના ₹૬૦૦.",
  "beauty", ["mehendi"], "Rajkot", None, pay=600, unit="task", per="hand", dates="22nd",
  note="15 ladies are clients, not slots")
G("w06b", "Mehndi artist needed for sangeet at Bopal, Amdavad 💚 bride full hands+feet, fixed 11000",
  "beauty", ["mehendi"], "Ahmedabad", "Bopal", pay=11000, unit="task", per="event",
  note="Amdavad alias; via travel; per event not comparable with per hand -> grade 2")
G("w06c", "Rajkot Yagnik Road parlour – mehendi + threading girl, 400 per hand on bookings",
  "beauty", ["mehendi", "threading/waxing"], "Rajkot", "Yagnik Road", pay=400, unit="task", per="hand",
  note="400/500 = 0.8 -> grade 1")
G("w06d", "mehandi wali chahiye Jaipur, Karwa Chauth ke liye, 300 per hand", "beauty", ["mehendi"], "Jaipur", None,
  pay=300, unit="task", per="hand", note="other city -> 0")

# ---------------- w07 makeup artist, Thrissur (Malayalam script)
W("w07", "ഹായ് 😊\nഞാൻ അനുപമ, ബ്രൈഡൽ & പാർട്ടി മേക്കപ്പ് ആർട്ടിസ്റ്റ്\n5 വർഷം എക്സ്പീരിയൻസ്, HD & airbrush\nതൃശ്ശൂർ, പൂങ്കുന്നം\nകൊച്ചിയിലും വരാം\nഒരു ബ്രൈഡിന് മിനിമം ₹15000\nമലയാളം, English, തമിഴ് കുറച്ച്",
  "beauty", ["bridal makeup", "party makeup"], "Thrissur", "Punkunnam", travel=["Kochi"], pay=15000, unit="task", per="bride",
  exp=5, langs=["Malayalam", "English", "Tamil"], note="Malayalam script")
G("w07a", "തൃശ്ശൂരിൽ ക്രിസ്ത്യൻ വെഡ്ഡിംഗ്, ബ്രൈഡൽ മേക്കപ്പ് ആർട്ടിസ്റ്റിനെ വേണം. ₹18,000 (ഒരു ബ്രൈഡ്). ജനുവരി 12.",
  "beauty", ["bridal makeup"], "Thrissur", None, pay=18000, unit="task", per="bride", dates="January 12")
G("w07b", "Bridal MUA for Kakkanad wedding, Kochi, 12k per bride only, Hindu wedding early morning",
  "beauty", ["bridal makeup"], "Kochi", "Kakkanad", pay=12000, unit="task", per="bride",
  note="via travel; 12000/15000 = 0.8 -> grade 1")
G("w07c", "Party makeup for 4 bridesmaids, Thrissur Round East, ₹2500 each", "beauty", ["party makeup"], "Thrissur",
  "Round East", pay=2500, unit="task", per="person", note="per person not comparable with per bride -> grade 2")
G("w07d", "Salon staff for facial & threading, Thrissur MG Road, 14k", "beauty", ["facial/cleanup", "threading/waxing"],
  "Thrissur", "MG Road", pay=14000, unit="month", note="salon subgroup not adjacent to makeup -> 0")
G("w07e", "Need bridal makeup artist in Madurai, 20000 per bride", "beauty", ["bridal makeup"], "Madurai", None,
  pay=20000, unit="task", per="bride", note="other city -> 0")

# ---------------- w08 barber, Muzaffarpur (Hinglish)
W("w08", "pranam bhaiya\nhum Sonu Thakur, salon me baal-dadhi ka kaam karte hai\n10 saal ho gaya, fade cut bhi aata hai\nMuzaffarpur, Juran Chhapra me rehte hai\nroj ka 500 se kam nahi\nmangal ko chhutti\nhindi, bajjika",
  "beauty", ["men's haircut/shave"], "Muzaffarpur", "Juran Chhapra", pay=500, unit="day",
  days=["mon", "wed", "thu", "fri", "sat", "sun"], exp=10, langs=["Hindi", "Bajjika"])
G("w08a", "Gents salon Motijheel Muzaffarpur me barber chahiye. 15000 mahina + commission. Mangalwar band.",
  "beauty", ["men's haircut/shave"], "Muzaffarpur", "Motijheel", pay=15000, unit="month",
  days=["mon", "wed", "thu", "fri", "sat", "sun"], note="15000/month = 576.9/day >= 500 -> grade 2; commission is not pay")
G("w08b", "मुजफ्फरपुर, कलमबाग चौक – नाई/बार्बर चाहिए, 450 रोज़", "beauty", ["men's haircut/shave"], "Muzaffarpur",
  "Kalambagh Chowk", pay=450, unit="day", note="0.9 -> grade 1")
G("w08c", "Barber needed Patna Kankarbagh unisex salon 18k", "beauty", ["men's haircut/shave"], "Patna", "Kankarbagh",
  pay=18000, unit="month", note="other city -> 0")
G("w08d", "Muzaffarpur Brahmpura – ladies parlour ke liye threading waxing wali didi chahiye, 9000",
  "beauty", ["threading/waxing"], "Muzaffarpur", "Brahmpura", pay=9000, unit="month",
  note="barber subgroup not adjacent to salon -> 0")
