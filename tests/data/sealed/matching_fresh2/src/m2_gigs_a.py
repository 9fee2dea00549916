"""Hand-written gig posts, part A (new families). `want` lists the intended grade for chosen workers;
build.py checks these and that no other pair is positive."""
from m2_common import G, MS, MF, ALL, WKND, EX

AH = "allied healthcare"
SP = "sports/fitness coaching"
MO = "machine operation/fabrication"
VM = "vehicle mechanics"
AG = "agriculture/farm"
RS = "religious services"
VO = "voice-over/dubbing"

# ---- physio (Hubballi, travels to Dharwad, 500/visit, mon-sat)
G("PH1", "Need physiotherapist for my father (72) after knee replacement 🦵 Keshwapur, Hubli. Home visit daily "
  "Mon-Sat for 3 weeks, 45 min session. ₹600 per visit. Call 9845031276",
  AH, ["home physiotherapy visits"], "Hubballi", "Keshwapur", 600, "task", per="visit", days=MS,
  dates="3 weeks", note="alias Hubli; age 72 and phone are distractors", want="physio:2")
G("PH2", "ಧಾರವಾಡ ಕುಸ್ತಿ ಅಖಾಡಕ್ಕೆ sports physio ಬೇಕು 🤼 ಸೋಮ, ಬುಧ, ಶುಕ್ರ ಸಂಜೆ 5-7. ಪ್ರತಿ visit ಗೆ ₹450. ಮಾಳಮಡ್ಡಿ ಹತ್ತಿರ.",
  AH, ["sports injury rehab"], "Dharwad", "Malmaddi", 450, "task", per="visit", days=["mon", "wed", "fri"],
  note="Kannada script; pay 0.9 -> grade 1 via travel to Dharwad", want="physio:1")
G("PH3", "PHYSIOTHERAPIST REQD for ortho clinic @ Deshpande Nagar Hubballi. Clinic timing 10am–7pm, Mon to Sat. "
  "Sal 22k pm. BPT must, 2+ yrs exp.",
  AH, ["clinic physiotherapy"], "Hubballi", "Deshpande Nagar", 22000, "month", days=MS, minexp=2,
  note="clinic physio = same subgroup (soft); monthly pay not comparable with per-visit", want="physio:1")
G("PH4", "Sunday-only physio needed for a senior citizens' club, Saptapur Dharwad. Group session + 2-3 home visits "
  "every Sunday 8–12. ₹700/visit.",
  AH, ["home physiotherapy visits"], "Dharwad", "Saptapur", 700, "task", per="visit", days=["sun"],
  note="no day overlap with mon-sat -> 0", want="physio:0")
G("PH5", "ಬೆಳಗಾವಿ ತಿಲಕವಾಡಿಯಲ್ಲಿ stroke patient ಗೆ home physio ಬೇಕು, 1 ತಿಂಗಳು, ಪ್ರತಿ visit ಗೆ ₹650. ಬೆಳಿಗ್ಗೆ 8 ಗಂಟೆ",
  AH, ["home physiotherapy visits"], "Belagavi", "Tilakwadi", 650, "task", per="visit", dates="1 month",
  note="Kannada script; Belagavi not reachable for the Hubballi physio", want="physio:0")
G("LAB1", "Hubli Gokul Road diagnostic lab ge pathology lab technician beku, DMLT, 2 varsha anubhava. "
  "Sambala 16,000 tingalige. Shift 7am-3pm.",
  AH, ["pathology lab technician"], "Hubballi", "Gokul Road", 16000, "month", minexp=2,
  note="romanized Kannada; lab subgroup is not adjacent to physio -> 0 for the physio", want="physio:0")

# ---- phlebotomist (Siliguri, Jalpaiguri, 14000/month)
G("LB1", "Phlebotomist wanted – home sample collection, Sevoke Road centre, Siliguri. ₹15,000 per month + petrol "
  "allowance. Own two-wheeler preferred. 6:30 am start.",
  AH, ["blood sample collection (phlebotomy)"], "Siliguri", "Sevoke Road", 15000, "month", want="phlebo:2")
G("LB2", "জলপাইগুড়ি কদমতলায় প্যাথলজি ল্যাবে টেকনিশিয়ান চাই। DMLT আবশ্যক। বেতন ১৩,০০০ টাকা মাসে। যোগাযোগ: ৯৭৩৩০ ৪৫১২৮",
  AH, ["pathology lab technician"], "Jalpaiguri", "Kadamtala", 13000, "month",
  note="Bengali script and digits; phone is a distractor; pay 0.93 -> 1", want="phlebo:1")
G("LB3", "শিলিগুড়ি হাকিমপাড়ার নার্সিংহোমে OT টেকনিশিয়ান চাই। নাইট ডিউটি রোটেশন। মাসে 16k। অন্তত 1 বছরের অভিজ্ঞতা।",
  AH, ["OT technician"], "Siliguri", "Hakimpara", 16000, "month", minexp=1,
  note="ward subgroup, not adjacent to lab -> 0 for the phlebotomist", want="phlebo:0 gda:0")
G("LB4", "Lab sample pickup boy chahiye 🏍️ clinics se samples collect karke Matigara wale lab me drop karna, Siliguri. "
  "12000 pm + fuel",
  "delivery", ["courier/document delivery"], "Siliguri", "Matigara", 12000, "month",
  note="word trap: 'sample collect' is a delivery job, not phlebotomy", want="phlebo:0")
G("LB5", "Siliguri Ashram para te chhoto lab e technician lagbe, blood nea + report banano. mash e 9000 taka.",
  AH, ["blood sample collection (phlebotomy)", "pathology lab technician"], "Siliguri", "Ashram Para", 9000,
  "month", note="romanized Bengali; pay 0.64 -> 0", want="phlebo:0")

# ---- pharmacist (Madurai, 18000/month, mon-sat)
G("PM1", "மதுரை அண்ணா நகர் மெடிக்கல்ஸ்க்கு Registered Pharmacist தேவை. நேரம் காலை 9 - இரவு 9, திங்கள் முதல் சனி. "
  "சம்பளம் ₹20,000. தமிழ் பேச தெரிந்திருக்க வேண்டும்.",
  AH, ["retail pharmacist"], "Madurai", "Anna Nagar", 20000, "month", days=MS, req=["Tamil"],
  note="Tamil script; Tamil required", want="pharma:2")
G("PM2", "Hospital pharmacy, Goripalayam Madurai – pharmacist for 24x7 pharmacy, rotational shifts, all 7 days "
  "working roster. Rs 19,500 pm. D.Pharm/B.Pharm.",
  AH, ["retail pharmacist"], "Madurai", "Goripalayam", 19500, "month", days=ALL,
  note="all 7 days vs mon-sat -> partial days -> 1", want="pharma:1")
G("PM3", "Madurai pharmacy ku medicine delivery boy venum, own bike, Simmakkal area, 12000 + petrol",
  "delivery", ["medicine delivery"], "Madurai", "Simmakkal", 12000, "month",
  note="word trap pharmacy -> delivery", want="pharma:0")
G("PM4", "Pharmacist required at Palayamkottai, Tirunelveli. ₹21,000 + incentives. D.Pharm with registration.",
  AH, ["retail pharmacist"], "Tirunelveli", "Palayamkottai", 21000, "month",
  note="unreachable city", want="pharma:0")
G("PM5", "Medical shop counter paiyan venum, Thirunagar Madurai. billing + medicine edukka theriyanum. Sambalam 13,000.",
  AH, ["pharmacy counter/billing"], "Madurai", "Thirunagar", 13000, "month",
  note="Tanglish; pay 0.72 -> 0", want="pharma:0")

# ---- GDA (Gorakhpur, Lucknow, 9000/month)
G("GD1", "गोरखपुर, मेडिकल कॉलेज रोड के हॉस्पिटल में वार्ड बॉय चाहिए 👨‍⚕️ नाइट शिफ्ट। वेतन ₹10,000 प्रति माह। संपर्क 7398012456",
  AH, ["ward boy/GDA"], "Gorakhpur", "Medical College Road", 10000, "month", want="gda:2")
G("GD2", "Lucknow (Chinhat) ke multispeciality hospital me 8 GDA/ward boy ki bharti. Salary 9500 + PF/ESI. "
  "12 ghante duty. Interview 5 tarikh.",
  AH, ["ward boy/GDA"], "Lucknow", "Chinhat", 9500, "month", slots=8, dates="interview on the 5th",
  note="reachable via travel; '12 ghante' and '5 tarikh' are distractors", want="gda:2")
G("GD3", "Gorakhpur Taramandal me buzurg patient (paralysis) ki ghar par dekhbhal ke liye attendant chahiye, "
  "24 ghante, ₹12000 mahina + khana",
  "caregiving/nursing aide", ["bedridden patient care"], "Gorakhpur", "Taramandal", 12000, "month",
  note="word trap 'patient' -> caregiving family, 0 for the ward boy", want="gda:0")
G("GD4", "🏥 सरकारी मान्यता प्राप्त अस्पताल में वार्ड बॉय की 25 पोस्ट, गोरखपुर। ₹14,000 वेतन। जॉइनिंग से पहले "
  "₹1,500 रजिस्ट्रेशन + यूनिफॉर्म फीस जमा करें। UPI नंबर पर भेजें।",
  AH, ["ward boy/GDA"], "Gorakhpur", None, 14000, "month", slots=25, scam=True,
  note="SCAM: registration + uniform fee; otherwise grade 2 for the GDA", want="gda:0")
G("GD5", "OT Technician needed, Betiahata Gorakhpur. 12,000/month. Min 2 yrs hospital expirience.",
  AH, ["OT technician"], "Gorakhpur", "Betiahata", 12000, "month", minexp=2,
  note="OT technician is the same ward subgroup -> soft -> 1", want="gda:1")

# ---- barber Ludhiana (900/day, not tue, Jalandhar)
G("BL1", "Gents salon Model Town Ludhiana needs experienced hair cutter / beard stylist ✂️ 25000 pm + commission. "
  "Tuesday closed, baaki 6 din. Exp 3 yr+.",
  "barbering", ["men's haircut", "beard trim/shave"], "Ludhiana", "Model Town", 25000, "month",
  days=EX("tue"), minexp=3, note="25000/month = 961/day >= 900; commission is not pay", want="barL:2")
G("BL2", "ਜਲੰਧਰ ਮਾਡਲ ਟਾਊਨ ਵਿੱਚ ਜੈਂਟਸ ਸੈਲੂਨ ਲਈ ਕਾਰੀਗਰ ਚਾਹੀਦਾ। ਕਟਿੰਗ ਤੇ ਸ਼ੇਵ। ₹੮੦੦ ਦਿਹਾੜੀ।",
  "barbering", ["men's haircut", "beard trim/shave"], "Jalandhar", "Model Town", 800, "day",
  note="Gurmukhi digits ੮੦੦ = 800; same locality name as BL1 but another city; pay 0.89 -> 1", want="barL:1")
G("BL3", "Dog grooming 🐩 – need a groomer for our pet shop in Sarabha Nagar, Ludhiana. Haircut, nail trim, bath. "
  "₹18,000 pm.",
  "pet care", ["pet grooming"], "Ludhiana", "Sarabha Nagar", 18000, "month",
  note="word trap 'haircut' -> pet care", want="barL:0")
G("BL4", "ਲੁਧਿਆਣਾ ਫਿਰੋਜ਼ਪੁਰ ਰੋਡ ਸਪਾ ਵਿੱਚ ਹੈੱਡ ਮਸਾਜ / ਚੰਪੀ ਵਾਲਾ ਬੰਦਾ ਚਾਹੀਦਾ, 7 ਦਿਨ ਕੰਮ, ₹1000 ਰੋਜ਼।",
  "barbering", ["head massage/champi"], "Ludhiana", "Ferozepur Road", 1000, "day", days=ALL,
  note="adjacent subgroup + all 7 days vs no-Tuesday -> two soft mismatches -> 0", want="barL:0")
G("BL5", "ਅੰਮ੍ਰਿਤਸਰ ਰਣਜੀਤ ਐਵੇਨਿਊ ਸੈਲੂਨ ਨੂੰ ਨਾਈ ਚਾਹੀਦਾ, ₹1000 ਰੋਜ਼",
  "barbering", ["men's haircut"], "Amritsar", "Ranjit Avenue", 1000, "day", note="unreachable city",
  want="barL:0")

# ---- barber Warangal (15000/month, Hyderabad)
G("BW1", "Hanamkonda lo mens salon ki barber kavali. Jeetham 16000 + room. Cutting, shaving vachhi undali. "
  "Call 9912047731",
  "barbering", ["men's haircut", "beard trim/shave"], "Warangal", "Hanamkonda", 16000, "month",
  note="romanized Telugu; Hanamkonda -> Warangal", want="barW:2")
G("BW2", "Men's salon, Kukatpally Hyd – hiring barbers x2. ₹14k–18k/month depending on skill.",
  "barbering", ["men's haircut"], "Hyderabad", "Kukatpally", 14000, "month", pmax=18000, slots=2,
  note="range; pay_max 18000 >= 15000", want="barW:2")
G("BW3", "కరీంనగర్ లో సెలూన్ కి బార్బర్ కావాలి. నెలకు 17000. టౌన్ హాల్ దగ్గర.",
  "barbering", ["men's haircut"], "Karimnagar", "Town Hall", 17000, "month",
  note="Telugu script; Karimnagar unreachable for the Warangal barber", want="barW:0")

# ---- yoga (Mysuru, remote ok, 1200/hour, mon-fri)
G("YG1", "Looking for an online prenatal yoga teacher for a small group of 6 expecting moms (we're in Bengaluru, "
  "class on Zoom). Tue & Thu 7am, 1 hr. ₹1,500/hour.",
  SP, ["prenatal yoga"], None, None, 1500, "hour", remote=True, days=["tue", "thu"],
  note="remote; '6 expecting moms' is not slots", want="yoga:2")
G("YG2", "ಮೈಸೂರು ಹೆಬ್ಬಾಳ ಇಂಡಸ್ಟ್ರಿಯಲ್ ಏರಿಯಾ ಆಫೀಸ್‌ಗೆ corporate yoga class ಬೇಕು, ಸೋಮ–ಶುಕ್ರ ಬೆಳಿಗ್ಗೆ 7:30–8:30. "
  "ಗಂಟೆಗೆ ₹1,000. 3 ತಿಂಗಳ contract.",
  SP, ["yoga instruction"], "Mysuru", "Hebbal", 1000, "hour", days=MF, dates="3 months",
  note="pay 0.83 -> 1", want="yoga:1")
G("YG3", "Zumba / aerobics instructor needed at our ladies gym in Kuvempunagar, Mysuru. Mon, Wed, Fri 6–7 am. "
  "₹1,500 per hour.",
  SP, ["zumba/aerobics"], "Mysuru", "Kuvempunagar", 1500, "hour", days=["mon", "wed", "fri"],
  note="gym subgroup adjacent to yoga -> 1", want="yoga:1")
G("YG4", "ಮೈಸೂರು ಸರಸ್ವತಿಪುರಂ ಸ್ವಿಮ್ಮಿಂಗ್ ಪೂಲ್‌ನಲ್ಲಿ ಮಕ್ಕಳಿಗೆ swimming coach ಬೇಕು. ಬೇಸಿಗೆ ಶಿಬಿರ, ಗಂಟೆಗೆ ₹800.",
  SP, ["swimming coaching"], "Mysuru", "Saraswathipuram", 800, "hour", dates="summer camp",
  note="Kannada script; swimming is not adjacent to yoga -> 0", want="yoga:0 swim:0")
G("YG5", "Yoga mat factory godown, Metagalli Mysore – packing helpers chahiye 10. ₹450/day.",
  "warehouse/loading", ["picking/packing"], "Mysuru", "Metagalli", 450, "day", slots=10,
  note="word trap 'yoga' -> warehouse", want="yoga:0")
G("YG6", "Online yoga for our office team, weekends only – Sat & Sun 8am, ₹2,000 per hour.",
  SP, ["yoga instruction"], None, None, 2000, "hour", remote=True, days=WKND,
  note="weekend-only vs mon-fri -> no day overlap -> 0", want="yoga:0")
G("YG7", "YOGA TEACHERS WANTED – Mysuru studio + abroad placements!! ₹1,800 per hour. Pay ₹4,500 for our "
  "'placement certification' first, then interview 🙏",
  SP, ["yoga instruction"], "Mysuru", None, 1800, "hour", scam=True,
  note="SCAM: certification fee; otherwise grade 2 for the yoga teacher", want="yoga:0")

# ---- cricket coach (Rajkot, Jamnagar, 25000/month, mon-sat)
G("CR1", "CBSE school, Kalawad Road Rajkot needs a cricket coach for U-14 & U-16 🏏 Mon–Sat, 4–7 pm. "
  "₹28,000 per month. Level-1 certification preferred.",
  SP, ["cricket coaching"], "Rajkot", "Kalawad Road", 28000, "month", days=MS,
  note="U-14/U-16 are age groups", want="cricket:2")
G("CR2", "જામનગર ક્રિકેટ એકેડમી માટે વીકએન્ડ કોચ જોઈએ – શનિ અને રવિ સવારે. પ્રતિ સેશન ₹1,000.",
  SP, ["cricket coaching"], "Jamnagar", None, 1000, "task", per="session", days=WKND,
  note="Gujarati script; per-session pay not comparable; sat+sun vs mon-sat partial -> 1", want="cricket:1")
G("CR3", "Rajkot ni cricket academy mate physiotherapist joie che – sports injury, warm-up. 20k pm.",
  AH, ["sports injury rehab"], "Rajkot", None, 20000, "month",
  note="word trap 'cricket academy' -> allied healthcare", want="cricket:0")
G("CR4", "ક્રિકેટ બેટ અને સ્પોર્ટ્સ ગુડ્સ શોરૂમમાં સેલ્સમેન જોઈએ, યાજ્ઞિક રોડ રાજકોટ, પગાર મહિને 12,000",
  "retail/sales", ["showroom/counter sales"], "Rajkot", "Yagnik Road", 12000, "month",
  note="word trap 'cricket' -> retail", want="cricket:0")
G("CR5", "Part-time cricket coach for society kids, Mavdi Rajkot. ₹15,000/month.",
  SP, ["cricket coaching"], "Rajkot", "Mavdi", 15000, "month", note="pay 0.6 -> 0", want="cricket:0")

# ---- swim coach (Thrissur, Kochi, 1000/day)
G("SW1", "തൃശ്ശൂർ അയ്യന്തോൾ ക്ലബ്ബിൽ കുട്ടികൾക്ക് summer camp — swimming coach വേണം, ഏപ്രിൽ–മേയ്. ദിവസം ₹1,200.",
  SP, ["swimming coaching"], "Thrissur", "Ayyanthole", 1200, "day", dates="April–May", want="swim:2")
G("SW2", "Lifeguard required – resort pool, Marine Drive, Kochi. ₹26,000 per month, 6 day week. Certified only.",
  SP, ["lifeguard"], "Kochi", "Marine Drive", 26000, "month",
  note="26000/month = exactly 1000/day -> ratio 1; '6 day week' names no days", want="swim:2")
G("SW3", "Thrissur Ollur villa swimming pool cleaning nu aale venam, aazhchayil 2 divasam, ₹800 per visit",
  "cleaning/domestic", ["deep cleaning"], "Thrissur", "Ollur", 800, "task", per="visit",
  note="word trap 'swimming pool' -> cleaning", want="swim:0")
G("SW4", "Swim coach for apartment pool, Kakkanad, Kochi – ₹700/day, weekends.",
  SP, ["swimming coaching"], "Kochi", "Kakkanad", 700, "day", days=WKND, note="pay 0.7 -> 0", want="swim:0")
G("SW5", "തൃശ്ശൂർ സ്കൂളിൽ ക്രിക്കറ്റ് കോച്ച് വേണം. മാസം ₹25,000.",
  SP, ["cricket coaching"], "Thrissur", None, 25000, "month",
  note="cricket is non-adjacent to swimming -> 0", want="swim:0 cricket:0")

# ---- gym trainer (Bhilai, Durg, Raipur, 15000/month, mon-sat)
G("GY1", "रायपुर शंकर नगर के जिम में ट्रेनर चाहिए 🏋️ सोमवार से शनिवार, सुबह-शाम शिफ्ट। वेतन ₹18,000 प्रति माह।",
  SP, ["gym/personal training"], "Raipur", "Shankar Nagar", 18000, "month", days=MS, want="gym:2")
G("GY2", "Durg me naya gym khula hai, trainer chahiye. salary barah hazaar (12000). timing 5-10 am.",
  SP, ["gym/personal training"], "Durg", None, 12000, "month",
  note="Durg is its own city, reached via travel; pay 0.8 -> 1", want="gym:1")
G("GY3", "भिलाई सेक्टर 10 में योग शिक्षक चाहिए, सोम–शनि सुबह 6-8. ₹16,000 महीना।",
  SP, ["yoga instruction"], "Bhilai", "Sector 10", 16000, "month", days=MS,
  note="yoga adjacent to gym -> 1", want="gym:1")
G("GY4", "Gym membership ke liye telecaller chahiye (ladki/ladka), Bhilai Supela. 10k pm + incentive. Hindi bolna zaroori.",
  "customer support", ["hindi telecalling"], "Bhilai", "Supela", 10000, "month", req=["Hindi"],
  note="word trap 'gym' -> customer support", want="gym:0")
G("GY5", "Personal trainer needed, Bilaspur (Vyapar Vihar) gym. ₹20,000/month.",
  SP, ["gym/personal training"], "Bilaspur", "Vyapar Vihar", 20000, "month",
  note="Bilaspur not in the gym trainer's travel list", want="gym:0")

# ---- CNC operator (Nashik, Pune, 20000/month)
G("CN1", "URGENT 🔧 CNC operator – 5 nos, Ambad MIDC Nashik. 12 hr shift, Sal 22,000 + OT. Exp 2-5 yrs.",
  MO, ["CNC/VMC operation"], "Nashik", "Ambad MIDC", 22000, "month", slots=5, minexp=2, want="cnc:2")
G("CN2", "VMC Operators required for auto component plant, Chakan, Pune. CTC ₹18,000–21,000/month + canteen + bus. "
  "Fanuc control.",
  MO, ["CNC/VMC operation"], "Pune", "Chakan", 18000, "month", pmax=21000,
  note="range; Chakan -> Pune", want="cnc:2")
G("CN3", "नाशिक अंबड येथे conventional लेथ ऑपरेटर पाहिजे, पगार 19,000. लगेच जॉइन.",
  MO, ["conventional lathe operation"], "Nashik", "Ambad", 19000, "month",
  note="Marathi; adjacent (lathe) + pay 0.95 -> two soft -> 0", want="cnc:0")
G("CN4", "Fabrication workshop Satpur Nashik – welder (arc) chahiye, 650 per day.",
  MO, ["arc/MIG welding"], "Nashik", "Satpur", 650, "day",
  note="fabrication is non-adjacent to CNC; the worker's own locality", want="cnc:0")
G("CN5", "नाशिक अंबड येथे लेथ मशीन ऑपरेटर हवा. रोज ₹800. अनुभव 3 वर्षे.",
  MO, ["conventional lathe operation"], "Nashik", "Ambad", 800, "day", minexp=3,
  note="Marathi; 800/day = 1.04 x 20000/month; adjacent lathe -> 1", want="cnc:1")
G("CN6", "Nashik MIDC me CNC operator direct company job 🔥 25,000 salary + room. Gate pass aur medical ke liye "
  "₹1800 pehle Google Pay karo.",
  MO, ["CNC/VMC operation"], "Nashik", "MIDC", 25000, "month", scam=True,
  note="SCAM: gate pass / medical fee; otherwise grade 2", want="cnc:0")
G("CN7", "CNC setter-operator, Waluj MIDC Aurangabad, ₹24,000 pm.",
  MO, ["CNC/VMC operation"], "Aurangabad", "Waluj MIDC", 24000, "month", note="unreachable", want="cnc:0")

# ---- injection moulding (Vadodara, 600/day, not fri)
G("MD1", "વડોદરા વાઘોડિયા રોડ પ્લાસ્ટિક યુનિટમાં ઇન્જેક્શન મોલ્ડિંગ ઓપરેટર ૩ જોઈએ. પગાર ₹૧૬,૫૦૦ મહિને. શુક્રવાર રજા.",
  MO, ["injection moulding operation"], "Vadodara", "Waghodia Road", 16500, "month", slots=3, days=EX("fri"),
  note="Gujarati digits; 16500/month = 634.6/day", want="mould:2")
G("MD2", "Moulding machine operator chahiye Makarpura GIDC Baroda, 550 per day, 8 hrs.",
  MO, ["injection moulding operation"], "Vadodara", "Makarpura GIDC", 550, "day",
  note="alias Baroda; pay 0.92 -> 1", want="mould:1")
G("MD3", "CNC turning operator – Gorwa BIDC, Vadodara. ₹20,000/month, exp 2 yrs.",
  MO, ["CNC/VMC operation"], "Vadodara", "Gorwa", 20000, "month", minexp=2,
  note="CNC non-adjacent to moulding -> 0", want="mould:0 cnc:0")
G("MD4", "અમદાવાદ વટવા GIDC માં ઇન્જેક્શન મોલ્ડિંગ ઓપરેટર જોઈએ છે, રોજના 700 રૂપિયા",
  MO, ["injection moulding operation"], "Ahmedabad", "Vatva GIDC", 700, "day", note="unreachable", want="mould:0")
G("MD5", "Plastic moulding operator chahiye, Chhani Vadodara. ₹420/day only, 12 ghante.",
  MO, ["injection moulding operation"], "Vadodara", "Chhani", 420, "day", note="pay 0.7 -> 0", want="mould:0")

# ---- welder (Jamshedpur, Ranchi, Bokaro, 700/day)
G("WD1", "MIG welder chahiye fabrication shop me, Burmamines Jamshedpur. ₹750 per day. Kaam 2 mahina.",
  MO, ["arc/MIG welding"], "Jamshedpur", "Burmamines", 750, "day", dates="2 months", want="welder:2")
G("WD2", "बोकारो स्टील प्लांट के ठेकेदार को 6 वेल्डर-फिटर चाहिए। ₹20,000 महीना + रहना। अनुभव 5 साल।",
  MO, ["arc/MIG welding", "fabrication fitting"], "Bokaro", None, 20000, "month", slots=6, minexp=5,
  note="20000/month = 769/day", want="welder:2")
G("WD3", "Wedding decoration team ke liye helpers chahiye – Sakchi, Jamshedpur. Stage, flower, lights lagana. "
  "₹600 per day, 20–25 Nov.",
  "events", ["wedding/event decoration"], "Jamshedpur", "Sakchi", 600, "day", dates="20–25 Nov",
  note="'wedding' vs 'welding' trap; events family", want="welder:0 decor:0")
G("WD4", "CNC machine operator, Telco colony side, Jamshedpur. ₹18,000/month.",
  MO, ["CNC/VMC operation"], "Jamshedpur", "Telco", 18000, "month", note="CNC non-adjacent to fabrication",
  want="welder:0")
G("WD5", "धनबाद में वेल्डर चाहिए, ₹800 रोज़, बैंक मोड़ के पास।",
  MO, ["arc/MIG welding"], "Dhanbad", "Bank More", 800, "day", note="unreachable", want="welder:0")
G("WD6", "Ranchi Tupudana me gate-grill fabrication, welder chahiye. 600 roz.",
  MO, ["arc/MIG welding"], "Ranchi", "Tupudana", 600, "day", note="pay 0.86 -> 1", want="welder:1")

# ---- bike mechanic (Muzaffarpur, Patna, 500/day)
G("BM1", "Hero service centre, Zero Mile Muzaffarpur – 2 bike mechanic chahiye. 14000/month. Sunday half day.",
  VM, ["two-wheeler servicing"], "Muzaffarpur", "Zero Mile", 14000, "month", slots=2,
  note="'Sunday half day' does not name working days", want="bike:2")
G("BM2", "पटना कंकड़बाग बजाज वर्कशॉप में बाइक मैकेनिक चाहिए, ₹600 प्रतिदिन।",
  VM, ["two-wheeler servicing"], "Patna", "Kankarbagh", 600, "day", want="bike:2")
G("BM3", "E-rickshaw ka motor, controller, battery repair karne wala mistri chahiye, Muzaffarpur Bairiya. 13,000 mahina.",
  VM, ["e-rickshaw/EV repair"], "Muzaffarpur", "Bairiya", 13000, "month",
  note="ev adjacent to two-wheeler; 13000/month = exactly 500/day", want="bike:1")
G("BM4", "Car denting-painting karigar urjent needed, Bhagwanpur chowk, Muzaffarpur. ₹700/day.",
  VM, ["car denting/painting"], "Muzaffarpur", "Bhagwanpur", 700, "day", note="car subgroup non-adjacent",
  want="bike:0")
G("BM5", "मुजफ्फरपुर में ई-रिक्शा चलाने वाला ड्राइवर चाहिए, रोज का ₹500",
  "driving", ["e-rickshaw driving"], "Muzaffarpur", None, 500, "day",
  note="word trap e-rickshaw -> driving", want="bike:0")

# ---- car mechanic (Kolhapur, Sangli, 18000/month, mon-sat)
G("CM1", "कोल्हापूर ताराबाई पार्क मल्टी-ब्रँड गॅरेजला कार मेकॅनिक हवा. सोमवार ते शनिवार. पगार ₹20,000.",
  VM, ["car general service"], "Kolhapur", "Tarabai Park", 20000, "month", days=MS, want="car:2")
G("CM2", "Car AC specialist workshop, Vishrambag Sangli – need techinician for car AC repair & gas filling. ₹700/day.",
  VM, ["car AC repair"], "Sangli", "Vishrambag", 700, "day", note="700/day = 1.01 x 18000/month", want="car:2")
G("CM3", "Split AC gas charging aur servicing ke liye technician chahiye, Rajarampuri Kolhapur. 15,000 + incentive.",
  "AC/appliance repair", ["AC gas charging", "AC servicing"], "Kolhapur", "Rajarampuri", 15000, "month",
  note="word trap 'AC gas' -> AC/appliance repair family", want="car:0")
G("CM4", "कोल्हापूर लक्ष्मीपुरीत बाईक गॅरेजला मेकॅनिक पाहिजे, रोज 500.",
  VM, ["two-wheeler servicing"], "Kolhapur", "Laxmipuri", 500, "day", note="two-wheeler non-adjacent to car",
  want="car:0")
G("CM5", "Denting & painting man for car body shop, Udyamnagar Kolhapur. ₹19,000 pm.",
  VM, ["car denting/painting"], "Kolhapur", "Udyamnagar", 19000, "month", note="same car subgroup -> 1",
  want="car:1")
G("CM6", "Pune Hadapsar car workshop me mechanic chahiye 22k per month", VM, ["car general service"], "Pune", "Hadapsar",
  22000, "month", note="unreachable", want="car:0")

# ---- tractor (Bathinda, Mansa, 1000/day)
G("TR1", "Bathinda de Goniana road wale khet, 40 kille kanak di bijai layi tractor driver chahida. ₹1100 dihadi + roti. "
  "Nov 1–20.",
  AG, ["tractor driving/ploughing"], "Bathinda", "Goniana Road", 1100, "day", dates="Nov 1–20",
  note="romanized Punjabi; '40 kille' is land area", want="tractor:2")
G("TR2", "ਮਾਨਸਾ ਵਿੱਚ ਕੰਬਾਈਨ ਆਪਰੇਟਰ ਚਾਹੀਦਾ, ਝੋਨੇ ਦਾ ਸੀਜ਼ਨ। ₹30,000 ਮਹੀਨਾ।",
  AG, ["harvester/combine operation"], "Mansa", None, 30000, "month", dates="paddy season",
  note="Gurmukhi; 30000/month = 1154/day", want="tractor:2")
G("TR3", "ਬਠਿੰਡਾ ਡੇਅਰੀ ਫਾਰਮ, 30 ਮੱਝਾਂ, ਦੁੱਧ ਕੱਢਣ ਤੇ ਸਫ਼ਾਈ ਲਈ ਬੰਦਾ ਚਾਹੀਦਾ, 12000 ਮਹੀਨਾ + ਰਹਿਣਾ",
  AG, ["dairy milking/cattle care"], "Bathinda", None, 12000, "month", note="dairy non-adjacent to tractor",
  want="tractor:0")
G("TR4", "Truck driver (heavy licence) needed – Bathinda to Ludhiana route, ₹22,000/month.",
  "driving", ["truck driving"], "Bathinda", None, 22000, "month", note="driving family trap", want="tractor:0")
G("TR5", "Tractor driver di pakki naukri, Bathinda, ₹1200 dihadi. Pehla ₹2000 verification + licence charge bhejo Paytm te.",
  AG, ["tractor driving/ploughing"], "Bathinda", None, 1200, "day", scam=True,
  note="SCAM: verification + licence charge; otherwise grade 2", want="tractor:0")
G("TR6", "ਬਠਿੰਡਾ ਤਰੈਕਟਰ ਚਲਾਉਣ ਵਾਲਾ ਚਾਹੀਦਾ ₹700 ਦਿਹਾੜੀ, ਭੁੱਚੋ ਰੋਡ",
  AG, ["tractor driving/ploughing"], "Bathinda", "Bhucho Road", 700, "day", note="pay 0.7 -> 0", want="tractor:0")

# ---- dairy (Erode, 10000/month, all days)
G("DY1", "ஈரோடு பெருந்துறை ரோடு பண்ணையில் 20 மாடு — பால் கறக்க ஆள் தேவை. காலை, மாலை. மாசம் ₹11,000 + வீடு.",
  AG, ["dairy milking/cattle care"], "Erode", "Perundurai Road", 11000, "month",
  note="Tamil script; '20 மாடு' is cows, not slots", want="dairy:2")
G("DY2", "Goshala ku aal venum, Veerappanchatram Erode. Daily 350 rupees, maadu paakanum.",
  AG, ["dairy milking/cattle care"], "Erode", "Veerappanchatram", 350, "day", note="350/day = 0.91 x 10000/month",
  want="dairy:1")
G("DY3", "In-store promoter for Cadbury Dairy Milk festive stall – supermarket on Brough Road, Erode, ₹500/day, Diwali week.",
  "retail/sales", ["in-store promoter"], "Erode", "Brough Road", 500, "day", dates="Diwali week",
  note="word trap 'Dairy Milk' -> retail", want="dairy:0")
G("DY4", "ஈரோடு மஞ்சள் அறுவடைக்கு கூலி ஆட்கள் 15 பேர் வேண்டும். நாள் கூலி ₹450.",
  AG, ["farm labour (harvesting/sowing)"], "Erode", None, 450, "day", slots=15,
  note="field subgroup non-adjacent to dairy", want="dairy:0")
G("DY5", "Tiruppur Avinashi road dairy farm, paal karakka aal, 12000 maasam", AG, ["dairy milking/cattle care"],
  "Tiruppur", "Avinashi Road", 12000, "month", note="unreachable", want="dairy:0")

# ---- grape/farm labour (Nashik, 400/day, mon-sat)
G("FM1", "Dindori road, Nashik – draksha baget chhatni sathi 15 bayka pahijet. Roj ₹450. Somvar te Shanivar. "
  "Gadi ne nenar anar.",
  AG, ["grape/orchard work"], "Nashik", "Dindori Road", 450, "day", slots=15, days=MS, want="farm:2")
G("FM2", "नासिक में प्याज़ की खुदाई के लिए मज़दूर चाहिए, ₹350 रोज़, 10 दिन का काम।",
  AG, ["farm labour (harvesting/sowing)"], "Nashik", None, 350, "day", dates="10 days",
  note="alias Nasik; pay 0.875 -> 1", want="farm:1")
G("FM3", "Nashik Makhmalabad ke farm pe tractor chalane wala chahiye, 800/day", AG, ["tractor driving/ploughing"],
  "Nashik", "Makhmalabad", 800, "day", note="tractor non-adjacent to field work", want="farm:0 tractor:0")
G("FM4", "Sangli Miraj road – draksha todnisathi majur pahije, 500 roj", AG, ["grape/orchard work"], "Sangli",
  "Miraj Road", 500, "day", note="unreachable", want="farm:0")
G("FM5", "Grape export packhouse, Adgaon, Nashik — packing staff 30 needed, ₹400/day, Feb–April.",
  "warehouse/loading", ["picking/packing"], "Nashik", "Adgaon", 400, "day", slots=30, dates="Feb–April",
  note="word trap 'grape' -> warehouse", want="farm:0")

# ---- pandit (Varanasi, Prayagraj, Mirzapur, 2100/puja)
G("PD1", "Sigra, Varanasi me 14 Feb ko griha pravesh puja ke liye pandit ji chahiye. Dakshina ₹3100 per puja, "
  "samagri hum denge.",
  RS, ["griha pravesh/puja path"], "Varanasi", "Sigra", 3100, "task", per="puja", dates="14 Feb", want="pandit:2")
G("PD2", "प्रयागराज सिविल लाइंस में सत्यनारायण कथा के लिए पंडित जी चाहिए, रविवार 9 मार्च। दक्षिणा ₹1,800 प्रति पूजा।",
  RS, ["satyanarayan katha"], "Prayagraj", "Civil Lines", 1800, "task", per="puja", dates="Sunday 9 March",
  note="a single dated Sunday is a date, not working days; pay 0.86 -> 1", want="pandit:1")
G("PD3", "Destination wedding at a ghat-side hotel in Varanasi, 22 Nov – need a pandit for full vivah sanskar. "
  "₹11,000 per wedding.",
  RS, ["vivah (wedding) rituals"], "Varanasi", None, 11000, "task", per="wedding", dates="22 Nov",
  note="per wedding vs per puja not comparable", want="pandit:2")
G("PD4", "Puja samagri ki dukaan, Vishwanath gali Varanasi – counter salesman chahiye, 9000 mahina",
  "retail/sales", ["showroom/counter sales"], "Varanasi", "Vishwanath Gali", 9000, "month",
  note="word trap 'puja' -> retail", want="pandit:0")
G("PD5", "Nichibagh, Varanasi – Sukhmani Sahib / Akhand Path ke liye granthi ji chahiye, ₹5100 per path.",
  RS, ["akhand path (granthi)"], "Varanasi", "Nichibagh", 5100, "task", per="path",
  note="sikh subgroup not adjacent to puja/samskara", want="pandit:0")
G("PD6", "लखनऊ गोमती नगर में गृह प्रवेश पूजा, पंडित जी चाहिए, ₹2500 प्रति पूजा",
  RS, ["griha pravesh/puja path"], "Lucknow", "Gomti Nagar", 2500, "task", per="puja", note="unreachable",
  want="pandit:0")

# ---- purohit (Kolkata, Howrah, Barrackpore, 1501/puja)
G("PR1", "যাদবপুরে বাড়িতে কোজাগরী লক্ষ্মীপুজোর জন্য পুরোহিত চাই। দক্ষিণা ২০০১ টাকা প্রতি পুজো।",
  RS, ["griha pravesh/puja path"], "Kolkata", "Jadavpur", 2001, "task", per="puja",
  note="Bengali script and digits; Jadavpur -> Kolkata", want="purohit:2")
G("PR2", "Howrah Shibpur e baba-r shraddho, 3rd March. purohit moshai lagbe, puro kaaj 5000 taka fixed.",
  RS, ["shraddh/last rites"], "Howrah", "Shibpur", 5000, "task", per="ceremony", dates="3 March",
  note="per ceremony not comparable with per puja", want="purohit:2")
G("PR3", "Need a purohit for griha pravesh in Garia, Kolkata. ₹1,200 per puja. Date: 18th.",
  RS, ["griha pravesh/puja path"], "Kolkata", "Garia", 1200, "task", per="puja", dates="18th",
  note="pay 0.8 -> 1", want="purohit:1")
G("PR4", "দুর্গাপুজোর প্যান্ডেল সাজানোর জন্য ডেকোরেটর টিম চাই, কলকাতা বাগবাজার। বাজেট ১.২ লাখ প্রতি প্যান্ডেল।",
  "events", ["wedding/event decoration"], "Kolkata", "Bagbazar", 120000, "task", per="pandal",
  note="word trap 'puja' -> events; 1.2 lakh = 120000", want="purohit:0 decor:0")
