# -*- coding: utf-8 -*-
"""Workers (and their gigs) in trades that the dev taxonomy does not have."""
from data_common import W, G

PHY = "physiotherapy"
HOS = "hospital support staff"
LAB = "medical lab"
PHA = "pharmacy"
FIT = "fitness/sports coaching"
MAC = "machine operation"
WEL = "welding/fabrication"
VEH = "vehicle repair"
DRV = "driving"
HVY = "heavy machinery"
AGR = "agriculture/dairy"
REL = "religious services"
EVT = "event services"
HND = "handicrafts/weaving"
BEA = "beauty"
CLN = "cleaning/domestic"
RET = "retail/sales"

# ---------------------------------------------------------------- physio, Hubballi
W("physio_hub",
  "Namaskara 🙏 I am Dr. Shruti Kulkarni (PT)\n"
  "BPT from Belagavi, 2019 batch. ortho & post surgery rehab - knee replacement, frozen shoulder, back pain patients\n"
  "staying Vidyanagar, Hubli. Dharwad also ok, i have scooty\n"
  "per visit 500 minimum pls, less than that not possible\n"
  "Mon to Sat, sunday off\n"
  "Kannada, Hindi, English",
  PHY, ["orthopaedic physiotherapy", "post-surgery rehab", "back/knee pain therapy"],
  "Hubballi", "Vidyanagar", travel=["Dharwad"], pay=500, unit="task", per="visit", d="mon-sat",
  langs=["Kannada", "Hindi", "English"],
  note="'2019 batch' is a year, not experience (left null); Hubli = Hubballi; sunday off -> mon-sat")

G("physio_hub_p1",
  "Need physiotherapist for my father (72) after knee replacement surgery. Home visit at Keshwapur, Hubli 580023. "
  "10 sittings, ₹600 per visit. Pls call 94481 0xxxx",
  PHY, ["post-surgery rehab"], "Hubballi", "Keshwapur", pay=600, unit="task", per="visit",
  note="age 72, pin code, '10 sittings' are distractors", exp={"physio_hub": 2})
G("physio_hub_p2",
  "ಫಿಸಿಯೋಥೆರಪಿಸ್ಟ್ ಬೇಕಾಗಿದ್ದಾರೆ – ortho clinic, ಸಪ್ತಾಪುರ, ಧಾರವಾಡ. ಸಂಬಳ ತಿಂಗಳಿಗೆ ₹25,000. "
  "ಸೋಮವಾರದಿಂದ ಶನಿವಾರ, ಬೆಳಿಗ್ಗೆ 9 ರಿಂದ 2. BPT ಕಡ್ಡಾಯ.",
  PHY, ["orthopaedic physiotherapy"], "Dharwad", "ಸಪ್ತಾಪುರ", pay=25000, unit="month", d="mon-sat",
  note="Kannada script; Dharwad reached by travel; month vs per-visit not comparable",
  exp={"physio_hub": 2})
G("physio_hub_sports",
  "Cricket academy on Gokul Road, Hubballi looking for a sports physio 🏏 on match days (Saturdays). "
  "Kinesio taping, on-field injury management. ₹800/visit.",
  PHY, ["sports injury physiotherapy", "kinesio taping"], "Hubballi", "Gokul Road", pay=800, unit="task",
  per="visit", d="sat", note="sports subgroup is adjacent to ortho -> grade 1; 'cricket' is a word trap for the cricket coach (other city)",
  exp={"physio_hub": 1})
G("physio_hub_neuro",
  "Stroke patient (left side paralysis) needs neuro physio at home, Deshpande Nagar Hubli. ₹700 per visit, evening time",
  PHY, ["stroke/neuro rehab"], "Hubballi", "Deshpande Nagar", pay=700, unit="task", per="visit",
  note="neuro is not adjacent to ortho -> 0 for the Hubballi ortho physio", exp={"physio_hub": 0})
G("physio_hub_low",
  "physio home visit reqd for mother (back pain), Gokul Road Hubli. we can pay 300 per visit only. 5 days",
  PHY, ["back/knee pain therapy"], "Hubballi", "Gokul Road", pay=300, unit="task", per="visit",
  note="pay 0.6 of the minimum -> 0; '5 days' names no days", exp={"physio_hub": 0})
G("trap_pt_hub",
  "PT salesman wanted (part time, evening 5-9) for mobile shop, Koppikar Road Hubli. ₹8000 pm",
  RET, ["mobile phone shop sales"], "Hubballi", "Koppikar Road", pay=8000, unit="month",
  note="word trap: PT = part time, not physiotherapy; same city as the physio", exp={"physio_hub": 0})

# ---------------------------------------------------------------- physio, Chennai (Tamil)
W("physio_chn",
  "வணக்கம் 🙏 நான் பிசியோதெரபிஸ்ட் (MPT Neuro). stroke, paralysis, Parkinson's நோயாளிகளுக்கு rehab – 7 வருடம் அனுபவம்.\n"
  "Velachery-ல இருக்கேன்.\n"
  "ஒரு visit-க்கு ₹800-க்கு கம்மியா வேண்டாம்.\n"
  "வெள்ளிக்கிழமை மட்டும் லீவு.",
  PHY, ["stroke/neuro rehab"], "Chennai", "Velachery", pay=800, unit="task", per="visit", d="all-fri",
  exp=7, langs=["Tamil"], note="Tamil script; Friday off -> every day but fri")

G("chn_neuro_mf",
  "Neuro physiotherapist needed for my grandfather (stroke 3 months back). Home visits at Adyar, Chennai – Mon to Fri evenings. "
  "₹1,000 per visit. WhatsApp 90030 4xxxx",
  PHY, ["stroke/neuro rehab"], "Chennai", "Adyar", pay=1000, unit="task", per="visit", d="mon-fri",
  note="Friday is the worker's day off -> partial day overlap, grade 1", exp={"physio_chn": 1})
G("chn_neuro_ss",
  "பக்கவாதம் வந்த அம்மாவுக்கு வீட்டுக்கு வந்து physiotherapy செய்ய ஆள் தேவை. அண்ணா நகர், சென்னை. "
  "சனி, ஞாயிறு மட்டும். ஒரு visit ₹900.",
  PHY, ["stroke/neuro rehab"], "Chennai", "அண்ணா நகர்", pay=900, unit="task", per="visit", d="sat,sun",
  note="Tamil script; பக்கவாதம் = stroke", exp={"physio_chn": 2})
G("chn_paed",
  "Child development centre, Porur, Chennai requires Paediatric Neuro Physiotherapist (CP / developmental delay kids). "
  "Salary ₹45,000 per month. Experience 3+ yrs.",
  PHY, ["paediatric neuro physiotherapy"], "Chennai", "Porur", pay=45000, unit="month", minexp=3,
  note="same neuro subgroup, different skill -> grade 1; month vs visit not comparable", exp={"physio_chn": 1})
G("chn_ortho",
  "Ortho physio for our back pain & knee clinic in T Nagar, Chennai. Home patients also. ₹1200/visit",
  PHY, ["orthopaedic physiotherapy", "back/knee pain therapy"], "Chennai", "T Nagar", pay=1200, unit="task",
  per="visit", note="ortho is not adjacent to neuro -> 0", exp={"physio_chn": 0})
G("chn_swim",
  "Swimming coach wanted 🏊 freestyle & backstroke for kids, Velachery, Chennai. Sat-Sun mornings. ₹600 per hour.",
  FIT, ["swimming coaching"], "Chennai", "Velachery", pay=600, unit="hour", d="sat,sun",
  note="word trap 'stroke'; same locality as the neuro physio", exp={"physio_chn": 0})

# ---------------------------------------------------------------- GDA / ward boy, Gorakhpur
W("gda_gkp",
  "मैं रमेश निषाद, उम्र 27 साल\n"
  "GDA का कोर्स 2021 में किया, 3 साल से प्राइवेट अस्पताल में वार्ड बॉय का काम\n"
  "गोरखपुर, मेडिकल कॉलेज रोड के पास कमरा है\n"
  "लखनऊ भी जा सकता हूँ\n"
  "कम से कम 11000 महीना चाहिए\n"
  "नाइट ड्यूटी भी कर लूंगा",
  HOS, ["ward boy/GDA"], "Gorakhpur", "मेडिकल कॉलेज रोड", travel=["Lucknow"], pay=11000, unit="month",
  exp=3, age=27, langs=["Hindi"], note="Devanagari; age 27 and course year 2021 are distractors")

G("gkp_ward",
  "🏥 तत्काल आवश्यकता – वार्ड बॉय / GDA – 4 पद – मल्टीस्पेशलिटी हॉस्पिटल, राप्ती नगर, गोरखपुर। "
  "वेतन 12000 + PF/ESI. रोटेशन में नाइट शिफ्ट। संपर्क HR 8299xxxxxx",
  HOS, ["ward boy/GDA"], "Gorakhpur", "राप्ती नगर", pay=12000, unit="month", slots=4,
  exp={"gda_gkp": 2})
G("lko_gda",
  "GDA / ward attendant chahiye, Chinhat Lucknow, ₹10,000 pm + hostel free, 12 ghante duty",
  HOS, ["ward boy/GDA"], "Lucknow", "Chinhat", pay=10000, unit="month",
  note="Lucknow via travel; pay 0.91 -> grade 1", exp={"gda_gkp": 1})
G("lko_ward_low",
  "वार्ड बॉय चाहिए, आलमबाग लखनऊ, वेतन 8000 रुपये, खाना साथ में",
  HOS, ["ward boy/GDA"], "Lucknow", "आलमबाग", pay=8000, unit="month",
  note="pay 0.727 of 11000 -> just below 0.75 -> 0", exp={"gda_gkp": 0})
G("gkp_ot",
  "OT Technician required – Gorakhpur (Betiahata). Diploma in OT technology must. 2 yrs exp. 15000-18000.",
  HOS, ["OT technician/assistant"], "Gorakhpur", "Betiahata", pay=15000, pmax=18000, unit="month", minexp=2,
  note="OT subgroup is not adjacent to ward -> 0", exp={"gda_gkp": 0})
G("gkp_patient_shift",
  "Patient shifting staff (stretcher / wheelchair) for new hospital at Taramandal, Gorakhpur. ₹11,500 monthly, 8 hr shift.",
  HOS, ["patient shifting/stretcher"], "Gorakhpur", "Taramandal", pay=11500, unit="month",
  note="same ward subgroup, other skill -> grade 1", exp={"gda_gkp": 1})
G("gkp_housekeeping",
  "Hospital housekeeping staff (safai karmchari) chahiye, Gorakhpur, 9000/month, ladies & gents dono",
  CLN, ["office housekeeping"], "Gorakhpur", None, pay=9000, unit="month",
  note="word trap 'hospital'; same city as the ward boy, cleaning family", exp={"gda_gkp": 0})

# ---------------------------------------------------------------- phlebotomist, Patna
W("phlebo_patna",
  "hello sir\n"
  "mai Sunil Kumar, DMLT 2020 pass\n"
  "blood sample collection ka 4 saal ka experience hai, ghar ghar jaake home collection bhi karta hu apni bike se\n"
  "Patna me Boring Road side rehta hu\n"
  "monthly 14k se kam nahi chalega\n🙏",
  LAB, ["blood sample collection (phlebotomy)", "home sample collection"], "Patna", "Boring Road",
  pay=14000, unit="month", exp=4, langs=["Hindi"], note="'DMLT 2020' is a year")

G("patna_phlebo",
  "Phlebotomist reqd for diagnostic centre – Rajendra Nagar, Patna. 15000 pm, Mon–Sat, 7am–3pm. DMLT must.",
  LAB, ["blood sample collection (phlebotomy)"], "Patna", "Rajendra Nagar", pay=15000, unit="month",
  d="mon-sat", exp={"phlebo_patna": 2})
G("patna_home_day",
  "home sample collection ke liye ladka chahiye, apna bike hona chahiye, Kankarbagh Patna, ₹500 roz + petrol",
  LAB, ["home sample collection"], "Patna", "Kankarbagh", pay=500, unit="day",
  note="500/day = 13,000/month -> 0.93 -> grade 1", exp={"phlebo_patna": 1})
G("patna_per_sample",
  "Freelance phlebotomists – Patna. ₹40 per sample collected. Own bike, flexible timing 📍 all areas",
  LAB, ["home sample collection", "blood sample collection (phlebotomy)"], "Patna", None, pay=40, unit="task",
  per="sample", note="per sample vs monthly minimum: not comparable", exp={"phlebo_patna": 2})
G("patna_xray",
  "X-Ray Technician wanted, Bailey Road Patna, 16000, diploma radiology",
  LAB, ["X-ray technician"], "Patna", "Bailey Road", pay=16000, unit="month",
  note="imaging subgroup not adjacent to pathology -> 0", exp={"phlebo_patna": 0})
G("patna_promoter",
  "FREE SAMPLE distribution ke liye promoter chahiye, P&M Mall Patna, 3 din, 600/day",
  RET, ["in-store promoter"], "Patna", "P&M Mall", pay=600, unit="day", dates="3 din",
  note="word trap 'sample'", exp={"phlebo_patna": 0})

# ---------------------------------------------------------------- lab technician, Cuttack
W("labtech_ctc",
  "Good evening sir. I am Pradeep Kumar Sahoo, BMLT. Working as pathology lab technician for 6 years (CBC, LFT, KFT, semi auto analyser).\n"
  "Stay at Badambadi, Cuttack. Bhubaneswar also ok, daily up-down possible.\n"
  "Expected salary minimum 18000/- per month.\n"
  "Languages Odia, Hindi, English.",
  LAB, ["pathology lab technician"], "Cuttack", "Badambadi", travel=["Bhubaneswar"], pay=18000, unit="month",
  exp=6, langs=["Odia", "Hindi", "English"])

G("bbsr_labtech",
  "Lab Technician (BMLT/DMLT) for NABL accredited lab – Patia, BBSR. CTC 20-24k. Min 2 yrs exp.",
  LAB, ["pathology lab technician"], "Bhubaneswar", "Patia", pay=20000, pmax=24000, unit="month", minexp=2,
  note="BBSR alias; range", exp={"labtech_ctc": 2})
G("ctc_labtech_od",
  "ଲ୍ୟାବ ଟେକ୍ନିସିଆନ ଆବଶ୍ୟକ – ଲିଙ୍କ ରୋଡ, କଟକ। ମାସିକ ଦରମା 16,000। ସୋମବାରରୁ ଶନିବାର।",
  LAB, ["pathology lab technician"], "Cuttack", "ଲିଙ୍କ ରୋଡ", pay=16000, unit="month", d="mon-sat",
  note="Odia script; pay 0.89 -> grade 1", exp={"labtech_ctc": 1})
G("ctc_phlebo",
  "Sample collection staff / phlebotomist, Cuttack (CDA Sector 9), 19000 pm",
  LAB, ["blood sample collection (phlebotomy)"], "Cuttack", "CDA Sector 9", pay=19000, unit="month",
  note="same pathology subgroup, other skill -> grade 1", exp={"labtech_ctc": 1})
G("ctc_ecg",
  "ECG technician for cardiac clinic, Cuttack, Buxi Bazar, ₹17,000",
  LAB, ["ECG technician"], "Cuttack", "Buxi Bazar", pay=17000, unit="month", exp={"labtech_ctc": 0})
G("bbsr_scam",
  "🔥GOVT HOSPITAL LAB TECHNICIAN JOB 100% GUARANTEE🔥 Bhubaneswar. Salary 35,000. "
  "Registration + training fee ₹15,000 pay karna hai, refundable after joining. Call now",
  LAB, ["pathology lab technician"], "Bhubaneswar", None, pay=35000, unit="month", scam=True,
  note="scam: registration/training fee; would be grade 2 for the Cuttack lab tech", exp={"labtech_ctc": 0})

# ---------------------------------------------------------------- pharmacist, Rajkot (Gujarati)
W("pharma_rjt",
  "નમસ્તે, હું ભાવેશ પટેલ. B.Pharm, registered pharmacist (Gujarat State Pharmacy Council)\n"
  "મેડિકલ સ્ટોર ના કાઉન્ટર પર ૫ વર્ષ નો અનુભવ\n"
  "રાજકોટ, કાલાવડ રોડ\n"
  "પગાર ઓછામાં ઓછો ૧૮,૦૦૦ મહિને\n"
  "રવિવારે રજા જોઈએ",
  PHA, ["retail pharmacist (chemist counter)"], "Rajkot", "કાલાવડ રોડ", pay=18000, unit="month", d="mon-sat",
  exp=5, langs=["Gujarati"], note="Gujarati script with Gujarati digits (૧૮,૦૦૦); Sunday off")

G("rjt_pharm_gu",
  "Pharmacist જોઈએ છે 💊 medical store, યાજ્ઞિક રોડ, રાજકોટ. પગાર ₹20,000. સોમ થી શનિ, સવારે 9 થી રાત 9. Registration ફરજિયાત.",
  PHA, ["retail pharmacist (chemist counter)"], "Rajkot", "યાજ્ઞિક રોડ", pay=20000, unit="month", d="mon-sat",
  exp={"pharma_rjt": 2})
G("rjt_hosp_pharm",
  "Hospital pharmacy – D.Pharm/B.Pharm for IPD dispensing, 150 Feet Ring Road, Rajkot. 19,000 pm. Rotational shifts.",
  PHA, ["hospital pharmacy dispensing"], "Rajkot", "150 Feet Ring Road", pay=19000, unit="month",
  note="hospital subgroup adjacent to retail pharmacy -> grade 1; '150 Feet' is a road name", exp={"pharma_rjt": 1})
G("rjt_chemist",
  "chemist shop ne registered pharmacist joiye, Kotecha chowk rajkot, 22k, sunday off",
  PHA, ["retail pharmacist (chemist counter)"], "Rajkot", "Kotecha chowk", pay=22000, unit="month", d="mon-sat",
  exp={"pharma_rjt": 2})
G("rjt_mr",
  "Medical Representative (MR) – Rajkot HQ – fresher/1 yr ok, 18k + TA/DA + incentive",
  PHA, ["medical representative"], "Rajkot", None, pay=18000, unit="month", minexp=0,
  note="MR is pharma sales, not dispensing -> 0", exp={"pharma_rjt": 0})
G("rjt_pack",
  "Pharma company ma packing helper joiye, Metoda GIDC, Rajkot, 11000 pm, 10 ladies",
  "warehouse/loading", ["picking/packing"], "Rajkot", "Metoda GIDC", pay=11000, unit="month", slots=10,
  note="word trap 'pharma'; warehouse family", exp={"pharma_rjt": 0})

# ---------------------------------------------------------------- yoga, Dehradun
W("yoga_ddn",
  "Hi! Yoga teacher here 🧘‍♀️ RYT-500 (trained in Rishikesh). Hatha, pranayama and prenatal yoga.\n"
  "Based in Dehradun, Rajpur Road. I can also take online classes on Zoom.\n"
  "My rate: ₹600/hr minimum.\n"
  "Mornings only, Mon–Fri.",
  FIT, ["yoga instruction", "prenatal yoga"], "Dehradun", "Rajpur Road", remote=True, pay=600, unit="hour",
  d="mon-fri", langs=["English"], note="RYT-500 is a certificate, not a number of hours of pay; trained in Rishikesh is not her city")

G("yoga_online_us",
  "Remote: corporate wellness startup needs an online yoga instructor (Zoom) for its US team. Tue & Thu, 6:30–7:30 AM IST. ₹800/hr.",
  FIT, ["yoga instruction"], None, None, remote=True, pay=800, unit="hour", d="tue,thu",
  exp={"yoga_ddn": 2})
G("ddn_resort",
  "Yoga teacher for resort on Sahastradhara Road, Dehradun – weekends only (Sat, Sun) sunrise batch. ₹1200 per session.",
  FIT, ["yoga instruction"], "Dehradun", "Sahastradhara Road", pay=1200, unit="task", per="session", d="sat,sun",
  note="no day overlap with mon-fri -> 0", exp={"yoga_ddn": 0})
G("ddn_prenatal",
  "Looking for prenatal yoga teacher at home, Vasant Vihar, Dehradun. 1 hr sessions Mon/Wed/Fri morning, ₹700 per hour.",
  FIT, ["prenatal yoga"], "Dehradun", "Vasant Vihar", pay=700, unit="hour", d="mon,wed,fri",
  note="Vasant Vihar here is Dehradun, not Delhi", exp={"yoga_ddn": 2})
G("yoga_online_low",
  "online yoga classes for our app users, 500 rs/hour, weekdays morning 6-8",
  FIT, ["yoga instruction"], None, None, remote=True, pay=500, unit="hour", d="mon-fri",
  note="pay 0.83 -> grade 1", exp={"yoga_ddn": 1})
G("zumba_online",
  "Zumba / aerobics instructor – online live classes – ₹900/hr 💃",
  FIT, ["zumba/aerobics"], None, None, remote=True, pay=900, unit="hour",
  note="gym subgroup not adjacent to yoga -> 0", exp={"yoga_ddn": 0})
G("ddn_gym",
  "Gym trainer required, Ballupur chowk Dehradun, 15k, morning + evening shift",
  FIT, ["gym/personal training"], "Dehradun", "Ballupur chowk", pay=15000, unit="month", exp={"yoga_ddn": 0})

# ---------------------------------------------------------------- gym trainer, Ludhiana (Gurmukhi)
W("gym_ldh",
  "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ 🙏\n"
  "ਮੈਂ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ, gym trainer ਹਾਂ, 6 ਸਾਲ ਦਾ ਤਜਰਬਾ। personal training, weight loss, bodybuilding\n"
  "ਲੁਧਿਆਣਾ, ਸਰਾਭਾ ਨਗਰ ਕੋਲ ਰਹਿੰਦਾ ਹਾਂ\n"
  "ਚੰਡੀਗੜ੍ਹ ਵੀ ਜਾ ਸਕਦਾ ਹਾਂ\n"
  "ਘੱਟੋ-ਘੱਟ 20 ਹਜ਼ਾਰ ਮਹੀਨਾ\n"
  "ਉਮਰ 29",
  FIT, ["gym/personal training"], "Ludhiana", "ਸਰਾਭਾ ਨਗਰ", travel=["Chandigarh"], pay=20000, unit="month",
  exp=6, age=29, langs=["Punjabi"], note="Gurmukhi; '20 ਹਜ਼ਾਰ' = 20,000; age 29 is not experience")

G("ldh_gym",
  "GYM TRAINER REQD 💪💪 Model Town Ludhiana. Salary 22k (negotiable) + PT incentive. Timing 5-11am / 5-10pm. Certified trainer preferred",
  FIT, ["gym/personal training"], "Ludhiana", "Model Town", pay=22000, unit="month", neg=True,
  note="PT = personal training here", exp={"gym_ldh": 2})
G("chd_pt",
  "ਕਲਾਇੰਟ ਦੇ ਘਰ ਦੇ gym ਲਈ personal trainer ਚਾਹੀਦਾ, ਸੈਕਟਰ 8 ਚੰਡੀਗੜ੍ਹ, ₹18,000 ਮਹੀਨਾ, ਸਵੇਰੇ",
  FIT, ["gym/personal training"], "Chandigarh", "ਸੈਕਟਰ 8", pay=18000, unit="month",
  note="Gurmukhi; Chandigarh via travel; pay 0.9 -> grade 1", exp={"gym_ldh": 1})
G("ldh_yoga",
  "ਲੇਡੀਜ਼ ਯੋਗਾ ਬੈਚ ਲਈ ਯੋਗਾ ਟੀਚਰ ਚਾਹੀਦੀ, ਦੁੱਗਰੀ, ਲੁਧਿਆਣਾ, ਸ਼ਾਮ 6 ਤੋਂ 7, ₹12,000 ਮਹੀਨਾ",
  FIT, ["yoga instruction"], "Ludhiana", "ਦੁੱਗਰੀ", pay=12000, unit="month",
  note="yoga subgroup not adjacent to gym -> 0", exp={"gym_ldh": 0})
G("mohali_gym",
  "Gym trainer wanted, Phase 7 Mohali, 25000 + incentive",
  FIT, ["gym/personal training"], "Mohali", "Phase 7", pay=25000, unit="month",
  note="Mohali is not in his travel list (only Chandigarh) -> 0", exp={"gym_ldh": 0})
G("ldh_knit",
  "Trainee chahida knitting machine (hosiery) te, Focal Point Ludhiana. 10,500 + OT",
  "tailoring", ["garment machine operator"], "Ludhiana", "Focal Point", pay=10500, unit="month",
  note="word trap trainer/trainee; tailoring factory", exp={"gym_ldh": 0})

# ---------------------------------------------------------------- cricket coach, Kolkata (Bengali)
W("cricket_kol",
  "নমস্কার। আমি সৌরভ দাস, BCCI Level-1 cricket coach.\n"
  "ক্লাব ক্রিকেট খেলেছি অনেক বছর, কোচিং করছি ৪ বছর।\n"
  "বেহালা, কলকাতায় থাকি। হাওড়া যেতে অসুবিধা নেই।\n"
  "মাসে অন্তত ১২০০০ টাকা চাই।\n"
  "বুধবার, শনিবার আর রবিবার ফ্রি।",
  FIT, ["cricket coaching"], "Kolkata", "বেহালা", travel=["Howrah"], pay=12000, unit="month", d="wed,sat,sun",
  exp=4, langs=["Bengali"], note="Bengali script and digits (১২০০০); 'Level-1' is a certificate; experience = coaching years")

G("kol_cricket_saltlake",
  "ক্রিকেট কোচ চাই 🏏 সল্টলেক, কলকাতা — আন্ডার-১৪ ব্যাচ। শনি ও রবি সকাল। মাসে ১৫,০০০ টাকা।",
  FIT, ["cricket coaching"], "Kolkata", "সল্টলেক", pay=15000, unit="month", d="sat,sun",
  note="Bengali digits; 'under-14' is an age group", exp={"cricket_kol": 2})
G("howrah_cricket",
  "Cricket coach for school team, Shibpur, Howrah. Mon, Wed, Fri afternoons. ₹14,000 per month.",
  FIT, ["cricket coaching"], "Howrah", "Shibpur", pay=14000, unit="month", d="mon,wed,fri",
  note="only Wed overlaps -> partial days -> grade 1", exp={"cricket_kol": 1})
G("kol_cricket_behala",
  "Behala te notun cricket academy khulche, coach lagbe, Sat-Sun, 11k per month",
  FIT, ["cricket coaching"], "Kolkata", "Behala", pay=11000, unit="month", d="sat,sun",
  note="romanized Bengali; pay 0.92 -> grade 1", exp={"cricket_kol": 1})
G("kol_swim",
  "সাঁতার শেখানোর কোচ চাই, ঢাকুরিয়া লেক ক্লাব, কলকাতা। মাসে ১৬০০০ টাকা।",
  FIT, ["swimming coaching"], "Kolkata", "ঢাকুরিয়া", pay=16000, unit="month",
  note="swimming is a different sport subgroup -> 0", exp={"cricket_kol": 0})
G("kol_cricket_tt",
  "Cricket coaching for our corporate team, New Town Kolkata, Tuesdays & Thursdays evening, ₹1500/session",
  FIT, ["cricket coaching"], "Kolkata", "New Town", pay=1500, unit="task", per="session", d="tue,thu",
  note="no day overlap with wed/sat/sun -> 0", exp={"cricket_kol": 0})
G("cricket_scoring",
  "Work from home: cricket match scoring data entry (ball-by-ball), ₹150/hr, English typing 30 wpm",
  "data entry", ["typing/data entry"], None, None, remote=True, pay=150, unit="hour",
  note="word trap 'cricket'; data entry family", exp={"cricket_kol": 0})

# ---------------------------------------------------------------- CNC operator, Pune (Marathi romanized)
W("cnc_pune",
  "Namaskar, mi Sachin Jadhav. ITI Machinist 2016 pass out\n"
  "CNC turning operator mhanun 6 varsha anubhav, Fanuc control, offset setting yete\n"
  "Chakan MIDC javal room ahe, Pune\n"
  "Pagar kamit kami 17000 mahina pahije, OT vegla\n"
  "Shift kontihi chalel",
  MAC, ["CNC turning operation"], "Pune", "Chakan MIDC", pay=17000, unit="month", exp=6, langs=["Marathi"],
  note="ITI 2016 is a year; any shift -> days not stated")

G("chakan_cnc",
  "URGENT REQUIREMENT!!! CNC TURNING OPERATOR - 5 NOS - CHAKAN PHASE 2, PUNE. SALARY 18000-21000 + OT. "
  "CANTEEN + BUS FREE. MIN 2 YRS EXP. CALL 7020xxxxxx",
  MAC, ["CNC turning operation"], "Pune", "Chakan Phase 2", pay=18000, pmax=21000, unit="month", slots=5, minexp=2,
  note="ALL CAPS; range", exp={"cnc_pune": 2})
G("bhosari_vmc",
  "VMC operator reqd, Bhosari MIDC, Pune. Salary 19,000 pm. Fanuc/Siemens control.",
  MAC, ["VMC operation"], "Pune", "Bhosari MIDC", pay=19000, unit="month",
  note="same CNC subgroup, other machine -> grade 1", exp={"cnc_pune": 1})
G("pune_lathe",
  "लेथ मशीन ऑपरेटर पाहिजे, भोसरी, पुणे. पगार २०,००० महिना. अनुभव ३ वर्ष.",
  MAC, ["lathe operation"], "Pune", "भोसरी", pay=20000, unit="month", minexp=3,
  note="Marathi Devanagari with Devanagari digits; conventional is adjacent to CNC -> grade 1", exp={"cnc_pune": 1})
G("chakan_moulding",
  "Injection moulding opertor, Chakan, Pune. 16000, 12 hr shift, freshers can apply",
  MAC, ["injection moulding operation"], "Pune", "Chakan", pay=16000, unit="month", minexp=0,
  note="moulding not adjacent to CNC -> 0", exp={"cnc_pune": 0})
G("nashik_cnc",
  "CNC operator required at Satpur MIDC, Nashik. 20000 + OT",
  MAC, ["CNC turning operation"], "Nashik", "Satpur MIDC", pay=20000, unit="month",
  note="Nashik not reachable for the Pune operator -> 0; same city as the tiffin cook", exp={"cnc_pune": 0})
G("ranjangaon_trainee",
  "CNC operator trainee, Ranjangaon MIDC, Pune. Stipend 11,000. Freshers ok.",
  MAC, ["CNC turning operation"], "Pune", "Ranjangaon MIDC", pay=11000, unit="month", minexp=0,
  note="pay 0.65 -> 0", exp={"cnc_pune": 0})

# ---------------------------------------------------------------- lathe operator, Coimbatore
W("lathe_cbe",
  "vanakkam sir, naan Murugan. conventional lathe & milling machine operator, 12 years experience\n"
  "Kovai, Ganapathy la veedu. Tiruppur kooda varuven\n"
  "daily 900 rs venum\n"
  "sunday leave",
  MAC, ["lathe operation", "milling machine operation"], "Coimbatore", "Ganapathy", travel=["Tiruppur"],
  pay=900, unit="day", d="mon-sat", exp=12, langs=["Tamil"], note="romanized Tamil; Kovai = Coimbatore")

G("cbe_lathe_ta",
  "லேத் ஆபரேட்டர் தேவை 🔧 பீளமேடு, கோயம்புத்தூர். நாள் சம்பளம் ₹1000. அனுபவம் 5 வருடம் மேல்.",
  MAC, ["lathe operation"], "Coimbatore", "பீளமேடு", pay=1000, unit="day", minexp=5,
  exp={"lathe_cbe": 2})
G("tiruppur_milling",
  "மில்லிங் மெஷின் ஆபரேட்டர் வேண்டும் – திருப்பூர், அவிநாசி ரோடு. மாத சம்பளம் 24000. ரூம் வசதி உண்டு.",
  MAC, ["milling machine operation"], "Tiruppur", "அவிநாசி ரோடு", pay=24000, unit="month",
  note="24000/26 = 923/day >= 900", exp={"lathe_cbe": 2})
G("cbe_cnc",
  "CNC turning operator – Kovai, SIDCO Kurichi. ₹25,000 pm. Mon–Sat.",
  MAC, ["CNC turning operation"], "Coimbatore", "SIDCO Kurichi", pay=25000, unit="month", d="mon-sat",
  note="CNC adjacent to conventional -> grade 1", exp={"lathe_cbe": 1})
G("cbe_lathe_month",
  "Lathe operator wanted, Ganapathy, Coimbatore. 20000 pm, 6 days duty",
  MAC, ["lathe operation"], "Coimbatore", "Ganapathy", pay=20000, unit="month",
  note="20000/26 = 769/day vs 900 -> 0.85 -> grade 1; '6 days' names no days", exp={"lathe_cbe": 1})
G("cbe_fitter",
  "Maintenance fitter (ITI) for spinning mill, Coimbatore (Singanallur), 18000",
  MAC, ["maintenance fitter"], "Coimbatore", "Singanallur", pay=18000, unit="month", exp={"lathe_cbe": 0})
G("cbe_lathe_helper",
  "Lathe helper venum, Coimbatore Gandhipuram, 600/day",
  MAC, ["lathe operation"], "Coimbatore", "Gandhipuram", pay=600, unit="day",
  note="pay 0.67 -> 0", exp={"lathe_cbe": 0})

# ---------------------------------------------------------------- welder, Jamshedpur
W("welder_jsr",
  "welder hu sir, arc aur CO2 (MIG) dono\n"
  "8 saal Adityapur ke fabrication unit me kaam kiya\n"
  "abhi Jamshedpur, Sonari me rehta hu\n"
  "rate 800/day se upar, OT alag\n"
  "mob 94310xxxxx\n"
  "Sunday chhutti",
  WEL, ["arc welding", "MIG/TIG welding"], "Jamshedpur", "Sonari", pay=800, unit="day", d="mon-sat",
  exp=8, langs=["Hindi"], note="past workplace Adityapur is not a travel city")

G("jsr_co2",
  "CO2 welder required – 6 nos – contractor site, Bistupur, Jamshedpur. ₹850 per day, Mon–Sat. 3 yrs exp.",
  WEL, ["MIG/TIG welding"], "Jamshedpur", "Bistupur", pay=850, unit="day", d="mon-sat", slots=6, minexp=3,
  exp={"welder_jsr": 2})
G("jsr_grill",
  "Gate grill fabrication karigar chahiye, Mango Jamshedpur, 22000 mahina",
  WEL, ["gate/grill fabrication"], "Jamshedpur", "Mango", pay=22000, unit="month",
  note="fabrication adjacent to welding; 22000/26 = 846/day -> grade 1", exp={"welder_jsr": 1})
G("adityapur_arc",
  "Arc welder, Adityapur Industrial Area (Seraikela), 900/day, urgent",
  WEL, ["arc welding"], "Adityapur", "Adityapur Industrial Area", pay=900, unit="day",
  note="Adityapur is a separate town, not in his travel list -> 0", exp={"welder_jsr": 0})
G("jsr_gascut",
  "गैस कटिंग हेल्पर चाहिए, टेल्को, जमशेदपुर, ₹500 रोज़",
  WEL, ["gas cutting"], "Jamshedpur", "टेल्को", pay=500, unit="day",
  note="same subgroup other skill + pay 0.625 -> 0", exp={"welder_jsr": 0})
G("jsr_rodsales",
  "Welding rod & electrode sales executive, Jamshedpur, field job, 15000 + TA",
  RET, ["field sales"], "Jamshedpur", None, pay=15000, unit="month",
  note="word trap 'welding'", exp={"welder_jsr": 0})
G("jsr_scam",
  "DUBAI WELDER JOB ✈️ 6G / TIG welder, salary 1.2 lakh per month. Interview at Sakchi, Jamshedpur. "
  "Visa + medical + service charge ₹45,000 advance dena hoga.",
  WEL, ["MIG/TIG welding"], "Jamshedpur", "Sakchi", pay=120000, unit="month", scam=True,
  note="scam: advance visa/service charge; '1.2 lakh' = 120000", exp={"welder_jsr": 0})

# ---------------------------------------------------------------- fabricator, Bhilai (Devanagari)
W("fab_bhilai",
  "नमस्ते जी\n"
  "नाम दिनेश साहू। स्ट्रक्चर फैब्रिकेशन का काम - शेड, ट्रस, गेट ग्रिल सब बनाते हैं\n"
  "15 साल का अनुभव\n"
  "भिलाई, सुपेला में घर है। रायपुर और दुर्ग भी जाता हूँ\n"
  "रोज़ का 1000 रुपया लेता हूँ",
  WEL, ["structural steel fabrication", "gate/grill fabrication"], "Bhilai", "सुपेला", travel=["Raipur", "Durg"],
  pay=1000, unit="day", exp=15, langs=["Hindi"])

G("raipur_shed",
  "Industrial shed fabrication work, Urla Industrial Area, Raipur. 15 din ka kaam. 1100/day, 4 fabricator chahiye",
  WEL, ["structural steel fabrication"], "Raipur", "Urla Industrial Area", pay=1100, unit="day", slots=4,
  dates="15 din", exp={"fab_bhilai": 2})
G("durg_grill",
  "गेट-ग्रिल बनाने के लिए कारीगर चाहिए, पद्मनाभपुर, दुर्ग, ₹950 रोज़",
  WEL, ["gate/grill fabrication"], "Durg", "पद्मनाभपुर", pay=950, unit="day",
  note="pay 0.95 -> grade 1", exp={"fab_bhilai": 1})
G("bhilai_arc",
  "Arc welder for plant shutdown job, Bhilai, 1200/day, 10 days",
  WEL, ["arc welding"], "Bhilai", None, pay=1200, unit="day", dates="10 days",
  note="welding adjacent to fabrication -> grade 1", exp={"fab_bhilai": 1})
G("bhilai_arc_low",
  "आर्क वेल्डर चाहिए, भिलाई, ₹700 रोज़",
  WEL, ["arc welding"], "Bhilai", None, pay=700, unit="day",
  note="adjacent + pay 0.7 -> 0", exp={"fab_bhilai": 0})
G("bhilai_fabric",
  "Fabric (kapda) showroom ke liye salesman chahiye, Supela Bhilai, 10000",
  RET, ["saree/textile counter sales"], "Bhilai", "Supela", pay=10000, unit="month",
  note="word trap 'fabric' vs fabrication; same locality as the fabricator", exp={"fab_bhilai": 0})

# ---------------------------------------------------------------- bike mechanic, Madurai (Tamil)
W("bike_mdu",
  "வணக்கம் அண்ணா 🙏 நான் கார்த்திக். two wheeler mechanic, 9 வருஷம் அனுபவம். Hero, Honda, TVS எல்லா bike service, engine overhaul தெரியும்\n"
  "மதுரை, அண்ணா நகர்\n"
  "மாசம் 15000 குறைஞ்சது வேணும்\n"
  "ஞாயிறு லீவு",
  VEH, ["bike/scooter servicing", "two-wheeler engine overhaul"], "Madurai", "அண்ணா நகர்", pay=15000, unit="month",
  d="mon-sat", exp=9, langs=["Tamil"], note="Anna Nagar also exists in Chennai")

G("mdu_tvs",
  "Bike mechanic wanted – TVS authorised service centre, Madurai (Bypass Road). ₹16,000 + incentive. Mon–Sat.",
  VEH, ["bike/scooter servicing"], "Madurai", "Bypass Road", pay=16000, unit="month", d="mon-sat",
  exp={"bike_mdu": 2})
G("mdu_scooty_ta",
  "ஸ்கூட்டி / பைக் சர்வீஸ் mechanic வேணும், கே.கே. நகர், மதுரை. நாள் ஒன்றுக்கு ₹550.",
  VEH, ["bike/scooter servicing"], "Madurai", "கே.கே. நகர்", pay=550, unit="day",
  note="550/day = 14,300/month -> 0.95 -> grade 1", exp={"bike_mdu": 1})
G("mdu_car",
  "கார் மெக்கானிக் தேவை – multibrand garage, மதுரை, மாதம் ₹20,000",
  VEH, ["car general service"], "Madurai", None, pay=20000, unit="month",
  note="car subgroup not adjacent to two-wheeler -> 0", exp={"bike_mdu": 0})
G("chn_bike_anna",
  "Two wheeler mechanic wanted – Anna Nagar West, Chennai. Salary 17000. Sunday holiday.",
  VEH, ["bike/scooter servicing"], "Chennai", "Anna Nagar West", pay=17000, unit="month", d="mon-sat",
  note="same locality name, different city -> 0 for the Madurai mechanic", exp={"bike_mdu": 0})
G("mdu_foodrider",
  "Own bike irundha podhum – food delivery partner, Madurai, weekly payout ₹5000+",
  "delivery", ["food delivery"], "Madurai", None, pay=5000, unit="week",
  note="word trap 'bike'; delivery family", exp={"bike_mdu": 0})

# ---------------------------------------------------------------- car mechanic, Nagpur (Marathi)
W("carmech_ngp",
  "नमस्कार, मी राहुल ठाकरे\n"
  "मारुती, ह्युंदाई गाड्यांचे जनरल सर्व्हिसिंग आणि कार AC चे काम करतो\n"
  "अनुभव ७ वर्षे\n"
  "नागपूर, वाडी\n"
  "महिना किमान २२,०००\n"
  "रविवारी सुट्टी",
  VEH, ["car general service", "car AC repair"], "Nagpur", "वाडी", pay=22000, unit="month", d="mon-sat",
  exp=7, langs=["Marathi"], note="Marathi Devanagari, Devanagari digits")

G("ngp_multibrand",
  "मल्टी-ब्रँड वर्कशॉपसाठी कार मेकॅनिक (जनरल सर्व्हिस) हवा, हिंगणा रोड, नागपूर. पगार 25k. रविवार सुट्टी.",
  VEH, ["car general service"], "Nagpur", "हिंगणा रोड", pay=25000, unit="month", d="mon-sat",
  exp={"carmech_ngp": 2})
G("ngp_carac",
  "Car AC technician reqd – Nagpur (Wardha Road). ₹24,000 pm. Mon-Sat.",
  VEH, ["car AC repair"], "Nagpur", "Wardha Road", pay=24000, unit="month", d="mon-sat",
  exp={"carmech_ngp": 2})
G("ngp_denting",
  "डेंटिंग-पेंटिंग कारागीर हवा, नागपूर, महिना 23000",
  VEH, ["denting/painting"], "Nagpur", None, pay=23000, unit="month",
  note="body work subgroup not adjacent -> 0", exp={"carmech_ngp": 0})
G("ngp_split_ac",
  "Split AC installation technician, Dharampeth Nagpur, 20000 + incentive",
  "AC/appliance repair", ["AC installation"], "Nagpur", "Dharampeth", pay=20000, unit="month",
  note="word trap vs car AC: appliance family", exp={"carmech_ngp": 0})
G("ngp_low",
  "car mecanic chahiye urjent, Kamptee Road Nagpur, 15000",
  VEH, ["car general service"], "Nagpur", "Kamptee Road", pay=15000, unit="month",
  note="pay 0.68 -> 0", exp={"carmech_ngp": 0})

# ---------------------------------------------------------------- auto-rickshaw, Warangal (Telugu)
W("auto_wgl",
  "నమస్తే అన్నా 🙏 నా పేరు శ్రీను. ఆటో నడుపుతున్నా 10 ఏళ్లుగా, badge ఉంది\n"
  "వరంగల్, హనుమకొండ\n"
  "రోజుకు 700 కావాలి\n"
  "వారంలో అన్ని రోజులు పని చేస్తా",
  DRV, ["auto-rickshaw driving"], "Warangal", "హనుమకొండ", pay=700, unit="day", d="all", exp=10,
  langs=["Telugu"], note="Telugu script; all days of the week")

G("wgl_school_auto",
  "Auto driver wanted for school children pick-up & drop, Kazipet, Warangal. ₹18,000 per month. Mon–Sat.",
  DRV, ["auto-rickshaw driving"], "Warangal", "Kazipet", pay=18000, unit="month", d="mon-sat",
  note="18000/26 = 692/day -> 0.99 -> grade 1", exp={"auto_wgl": 1})
G("wgl_owner_auto",
  "ఆటో డ్రైవర్ కావాలి – owner ఆటో, హనుమకొండ చౌరస్తా. రోజుకి ₹800.",
  DRV, ["auto-rickshaw driving"], "Warangal", "హనుమకొండ చౌరస్తా", pay=800, unit="day",
  exp={"auto_wgl": 2})
G("wgl_erick",
  "కాలేజ్ క్యాంపస్ షటిల్ కోసం e-rickshaw డ్రైవర్ కావాలి, వరంగల్, రోజుకి 750",
  DRV, ["e-rickshaw driving"], "Warangal", None, pay=750, unit="day",
  note="same three-wheeler subgroup, other skill -> grade 1", exp={"auto_wgl": 1})
G("wgl_car",
  "Personal car driver needed, Warangal (Subedari), 15000, Sunday off",
  DRV, ["personal car driving"], "Warangal", "Subedari", pay=15000, unit="month", d="mon-sat",
  note="car subgroup not adjacent to three-wheeler -> 0", exp={"auto_wgl": 0})
G("wgl_autoparts",
  "Auto parts shop lo counter boy kavali, Station Road Warangal, 10000",
  RET, ["showroom/counter sales"], "Warangal", "Station Road", pay=10000, unit="month",
  note="word trap 'auto'", exp={"auto_wgl": 0})

# ---------------------------------------------------------------- e-rickshaw, Muzaffarpur
W("erick_mzf",
  "pranam sir 🙏\n"
  "hum e-rickshaw chalate hain 3 saal se (toto)\n"
  "Muzaffarpur, Brahmpura me ghar hai\n"
  "roz ka 600 chahiye, rickshaw malik ka ho\n"
  "saaton din chalate hain",
  DRV, ["e-rickshaw driving"], "Muzaffarpur", "Brahmpura", pay=600, unit="day", d="all", exp=3,
  langs=["Hindi"], note="'saaton din' = all 7 days")

G("mzf_erick",
  "ई-रिक्शा चालक चाहिए, मुजफ्फरपुर जंक्शन के पास, रोज़ ₹650, रिक्शा मालिक का",
  DRV, ["e-rickshaw driving"], "Muzaffarpur", "मुजफ्फरपुर जंक्शन", pay=650, unit="day",
  exp={"erick_mzf": 2})
G("mzf_cng_auto",
  "CNG auto driver Muzaffarpur, 500 per day + commission",
  DRV, ["auto-rickshaw driving"], "Muzaffarpur", None, pay=500, unit="day",
  note="soft skill + pay 0.83 -> 0; commission is not pay", exp={"erick_mzf": 0})
G("mzf_hospital",
  "अस्पताल के मरीज़ों की शटल के लिए ई-रिक्शा ड्राइवर, जूरन छपरा, मुजफ्फरपुर, ₹17,000 महीना",
  DRV, ["e-rickshaw driving"], "Muzaffarpur", "जूरन छपरा", pay=17000, unit="month",
  note="17000/26 = 654/day; word trap 'hospital'", exp={"erick_mzf": 2})
G("patna_erick",
  "E rickshaw driver chahiye Patna, Boring road, 700/day",
  DRV, ["e-rickshaw driving"], "Patna", "Boring road", pay=700, unit="day",
  note="Patna not reachable for the Muzaffarpur driver; same locality as the Patna phlebotomist",
  exp={"erick_mzf": 0, "phlebo_patna": 0})
G("mzf_scam",
  "APNA E-RICKSHAW CHALAO 🛺 – sirf ₹25,000 security deposit do, rickshaw le jao, roz 1000 kamao. Muzaffarpur. Call 7654xxxxxx",
  DRV, ["e-rickshaw driving"], "Muzaffarpur", None, pay=1000, unit="day", scam=True,
  note="scam: security deposit from the driver", exp={"erick_mzf": 0})

# ---------------------------------------------------------------- JCB operator, Karimnagar
W("jcb_knr",
  "namaste sir, naa peru Ramesh. JCB operator ga 8 years experience undi. 3DX backhoe, konchem Poclain kuda vachu\n"
  "Karimnagar lo untanu. Peddapalli, Hyderabad ki kuda veltanu\n"
  "nelaku 25000 kaavali, food room company ivvali\n"
  "ph 94405xxxxx",
  HVY, ["JCB/backhoe operation", "excavator (Poclain) operation"], "Karimnagar", None,
  travel=["Peddapalli", "Hyderabad"], pay=25000, unit="month", exp=8, langs=["Telugu"],
  note="romanized Telugu; '3DX' is a model")

G("peddapalli_jcb",
  "JCB OPERATOR URGENT 🚜 highway project near Peddapalli. 28000 + room + food. 2 yrs exp min.",
  HVY, ["JCB/backhoe operation"], "Peddapalli", None, pay=28000, unit="month", minexp=2,
  exp={"jcb_knr": 2})
G("hyd_poclain",
  "Poclain (ఎక్స్కవేటర్) ఆపరేటర్ కావాలి, శంషాబాద్ సైట్, హైదరాబాద్. నెలకు 30 వేలు.",
  HVY, ["excavator (Poclain) operation"], "Hyderabad", "శంషాబాద్", pay=30000, unit="month",
  note="Telugu script; '30 వేలు' = 30,000", exp={"jcb_knr": 2})
G("knr_tractor",
  "వరి పొలాలకు ట్రాక్టర్ డ్రైవర్ కావాలి, కరీంనగర్, రోజుకు ₹700",
  HVY, ["tractor driving (farm)"], "Karimnagar", None, pay=700, unit="day",
  note="farm subgroup not adjacent to earthmoving -> 0", exp={"jcb_knr": 0})
G("wgl_jcb",
  "JCB operator required Warangal, 27000 + bata",
  HVY, ["JCB/backhoe operation"], "Warangal", None, pay=27000, unit="month",
  note="Warangal not in travel list -> 0", exp={"jcb_knr": 0})
G("knr_jcb_low",
  "JCB drivar kavali Karimnagar, salary 18000 only",
  HVY, ["JCB/backhoe operation"], "Karimnagar", None, pay=18000, unit="month",
  note="pay 0.72 -> 0", exp={"jcb_knr": 0})
G("knr_spares",
  "JCB spare parts shop salesman, Karimnagar, Mukarampura, 12000",
  RET, ["showroom/counter sales"], "Karimnagar", "Mukarampura", pay=12000, unit="month",
  note="word trap 'JCB'", exp={"jcb_knr": 0})

# ---------------------------------------------------------------- tractor driver, Bathinda (Gurmukhi)
W("tractor_btd",
  "ਮੈਂ ਜਸਵਿੰਦਰ ਸਿੰਘ, 12 ਸਾਲ ਤੋਂ ਟਰੈਕਟਰ ਚਲਾਉਂਦਾ ਹਾਂ — ਵਾਹੀ, ਬਿਜਾਈ, ਟਰਾਲੀ\n"
  "ਸੀਜ਼ਨ ਵਿੱਚ ਕੰਬਾਈਨ ਵੀ ਚਲਾਈ ਹੈ\n"
  "ਭੁੱਚੋ ਮੰਡੀ, ਬਠਿੰਡਾ\n"
  "ਦਿਹਾੜੀ 800 ਤੋਂ ਘੱਟ ਨਹੀਂ\n"
  "ਫੋਨ 98140xxxxx",
  HVY, ["tractor driving (farm)", "combine harvester operation"], "Bathinda", "ਭੁੱਚੋ ਮੰਡੀ", pay=800, unit="day",
  exp=12, langs=["Punjabi"], note="ਦਿਹਾੜੀ = daily wage")

G("btd_tractor_pa",
  "ਟਰੈਕਟਰ ਡਰਾਈਵਰ ਚਾਹੀਦਾ ਕਣਕ ਦੀ ਬਿਜਾਈ ਲਈ, ਪਿੰਡ ਗੋਨਿਆਣਾ, ਬਠਿੰਡਾ। ₹900 ਦਿਹਾੜੀ, ਰੋਟੀ ਨਾਲ",
  HVY, ["tractor driving (farm)"], "Bathinda", "ਗੋਨਿਆਣਾ", pay=900, unit="day", exp={"tractor_btd": 2})
G("btd_combine",
  "ਝੋਨੇ ਦੇ ਸੀਜ਼ਨ ਲਈ ਕੰਬਾਈਨ ਆਪਰੇਟਰ ਚਾਹੀਦਾ (ਅਕਤੂਬਰ-ਨਵੰਬਰ), ਬਠਿੰਡਾ, ₹25,000 ਮਹੀਨਾ + ਰੋਟੀ ਪਾਣੀ",
  HVY, ["combine harvester operation"], "Bathinda", None, pay=25000, unit="month", dates="ਅਕਤੂਬਰ-ਨਵੰਬਰ",
  note="25000/26 = 962/day", exp={"tractor_btd": 2})
G("btd_jcb",
  "JCB operator chahida Bathinda, 22000 mahina",
  HVY, ["JCB/backhoe operation"], "Bathinda", None, pay=22000, unit="month", exp={"tractor_btd": 0})
G("btd_trailer",
  "Truck-trailer driver (heavy licence) Bathinda to Ludhiana route, 20000 + trip allowance",
  DRV, ["truck driving"], "Bathinda", None, pay=20000, unit="month",
  note="word trap: tractor-trailer truck is driving family", exp={"tractor_btd": 0})
G("btd_low",
  "tractor driver chahida, Bathinda (Multania road), 550 dihadi",
  HVY, ["tractor driving (farm)"], "Bathinda", "Multania road", pay=550, unit="day",
  note="pay 0.69 -> 0", exp={"tractor_btd": 0})

# ---------------------------------------------------------------- dairy worker, Karnal
W("dairy_knl",
  "Ram Ram ji 🙏\n"
  "mera naam Sombir, dairy farm pe kaam karu su. 40 bhais ki dekh-rekh, doodh nikalna machine te bhi aur haath te bhi\n"
  "5 saal ho gaye\n"
  "Karnal ke Gharaunda mein rahu su\n"
  "12 hazaar mahina chahiye",
  AGR, ["dairy farm work (milking/cattle care)"], "Karnal", "Gharaunda", pay=12000, unit="month", exp=5,
  langs=["Hindi"], note="Haryanvi; '40 bhais' is not slots/pay; '12 hazaar' = 12000")

G("knl_dairy",
  "Dairy farm worker wanted – 60 HF cows, milking machine – Kunjpura Road, Karnal. ₹13,000 + room. Couple preferred.",
  AGR, ["dairy farm work (milking/cattle care)"], "Karnal", "Kunjpura Road", pay=13000, unit="month",
  exp={"dairy_knl": 2})
G("knl_gaushala",
  "गौशाला में दूध निकालने और चारा डालने वाला चाहिए, करनाल, ₹11,000 + खाना",
  AGR, ["dairy farm work (milking/cattle care)"], "Karnal", None, pay=11000, unit="month",
  note="pay 0.92 -> grade 1", exp={"dairy_knl": 1})
G("knl_harvest",
  "Gehu katai ke liye mazdoor chahiye, Karnal, 500 roz, 10 log",
  AGR, ["farm labour (sowing/harvesting)"], "Karnal", None, pay=500, unit="day", slots=10,
  note="farm labour not adjacent to dairy -> 0", exp={"dairy_knl": 0})
G("knl_amul",
  "Amul dairy parlour pe counter boy chahiye, Sector 12 Karnal, 9000",
  RET, ["showroom/counter sales"], "Karnal", "Sector 12", pay=9000, unit="month",
  note="word trap 'dairy'", exp={"dairy_knl": 0})

# ---------------------------------------------------------------- pandit, Varanasi
W("pandit_vns",
  "प्रणाम 🙏\n"
  "मैं पं. विष्णुकांत शास्त्री, संपूर्णानंद संस्कृत विश्वविद्यालय से आचार्य\n"
  "सत्यनारायण कथा, रुद्राभिषेक, गृह प्रवेश, विवाह संस्कार सब कराता हूँ - 20 वर्ष से\n"
  "वाराणसी, अस्सी घाट के पास\n"
  "प्रयागराज और मिर्ज़ापुर भी आ जाता हूँ\n"
  "दक्षिणा कम से कम 2100 प्रति पूजा\n"
  "ऑनलाइन (वीडियो कॉल) पूजा भी करवा देता हूँ",
  REL, ["puja/path (pandit)", "griha pravesh/havan", "wedding ceremony (vivah) purohit"], "Varanasi", "अस्सी घाट",
  travel=["Prayagraj", "Mirzapur"], remote=True, pay=2100, unit="task", per="puja", exp=20, langs=["Hindi"],
  note="dakshina per puja = task pay; online puja -> remote_ok")

G("vns_grihapravesh",
  "गृह प्रवेश पूजा के लिए पंडित जी चाहिए 🙏 सिगरा, वाराणसी। 14 फरवरी सुबह। दक्षिणा ₹3100, सामग्री हम लाएंगे",
  REL, ["griha pravesh/havan"], "Varanasi", "सिगरा", pay=3100, unit="task", per="puja", dates="14 फरवरी",
  exp={"pandit_vns": 2})
G("online_katha",
  "Online Satyanarayan Katha for our family in New Jersey – via Zoom. ₹2,500 per puja. Saturday evening IST.",
  REL, ["puja/path (pandit)"], None, None, remote=True, pay=2500, unit="task", per="puja", d="sat",
  note="remote; New Jersey is not a city in the list", exp={"pandit_vns": 2})
G("prayagraj_vivah",
  "विवाह संस्कार हेतु पंडित जी चाहिए, सिविल लाइंस, प्रयागराज, 2 दिन, कुल दक्षिणा ₹11,000",
  REL, ["wedding ceremony (vivah) purohit"], "Prayagraj", "सिविल लाइंस", pay=11000, unit="task", per="wedding",
  dates="2 दिन", note="per wedding vs per puja: not comparable", exp={"pandit_vns": 2})
G("vns_kundli",
  "मैट्रिमोनी ऑफिस के लिए कुंडली मिलान / ज्योतिष सलाहकार चाहिए, लंका, वाराणसी, ₹15,000 महीना",
  REL, ["kundli/astrology consultation"], "Varanasi", "लंका", pay=15000, unit="month",
  note="astrology subgroup not adjacent to puja -> 0", exp={"pandit_vns": 0})
G("vns_low",
  "griha pravesh pooja hai, Sarnath Varanasi, 1100 dakshina milegi",
  REL, ["griha pravesh/havan"], "Varanasi", "Sarnath", pay=1100, unit="task", per="puja",
  note="pay 0.52 -> 0", exp={"pandit_vns": 0})
G("vns_restaurant",
  "'Pandit Ji Bhojanalaya', Lanka Varanasi – tandoor cook chahiye, 14000 + khana",
  "cooking", ["tandoor cooking"], "Varanasi", "Lanka", pay=14000, unit="month",
  note="word trap 'Pandit Ji' is a restaurant name", exp={"pandit_vns": 0})

# ---------------------------------------------------------------- event decorator, Siliguri
W("decor_slg",
  "nomoskar dada 🙏 ami Bappa Roy. biye bari ar pujo pandal er decoration kori – flower decoration, stage, balloon sob\n"
  "7 bochor dhore kaaj korchi\n"
  "Siliguri, Pradhan Nagar\n"
  "Jalpaiguri, Darjeeling o jete pari\n"
  "per din 900 taka minimum",
  EVT, ["wedding/stage decoration", "flower decoration", "balloon decoration"], "Siliguri", "Pradhan Nagar",
  travel=["Jalpaiguri", "Darjeeling"], pay=900, unit="day", exp=7, langs=["Bengali"],
  note="romanized Bengali; 'taka' = rupees")

G("slg_wedding",
  "Wedding decoration helpers needed – 3 boys – Sevoke Road, Siliguri. 20–26 Nov. ₹1000/day + khana.",
  EVT, ["wedding/stage decoration"], "Siliguri", "Sevoke Road", pay=1000, unit="day", slots=3, dates="20–26 Nov",
  exp={"decor_slg": 2})
G("jpg_flower_bn",
  "ফুল দিয়ে বিয়ের মণ্ডপ সাজানোর লোক চাই, জলপাইগুড়ি। দিনে ৮০০ টাকা।",
  EVT, ["flower decoration"], "Jalpaiguri", None, pay=800, unit="day",
  note="Bengali script/digits; pay 0.89 -> grade 1", exp={"decor_slg": 1})
G("darj_pandal",
  "Durga puja pandal / tent setup team, Chowk Bazar, Darjeeling. 1000/day, 12 days",
  EVT, ["tent/pandal setup"], "Darjeeling", "Chowk Bazar", pay=1000, unit="day", dates="12 days",
  note="tent subgroup adjacent to decor -> grade 1", exp={"decor_slg": 1})
G("slg_dj",
  "বিয়েতে DJ লাগবে, শিলিগুড়ি, প্রতি রাত ৬০০০ টাকা",
  EVT, ["DJ/sound system"], "Siliguri", None, pay=6000, unit="task", per="night",
  note="DJ subgroup not adjacent -> 0", exp={"decor_slg": 0})
G("slg_cake",
  "Cake decoration / baker wanted, Hill Cart Road Siliguri, 12000",
  "cooking", ["bakery/cake making"], "Siliguri", "Hill Cart Road", pay=12000, unit="month",
  note="word trap 'decoration'", exp={"decor_slg": 0})
G("kol_decor",
  "Stage decoration for reception, Rajarhat, Kolkata, 1200/day, 2 days",
  EVT, ["wedding/stage decoration"], "Kolkata", "Rajarhat", pay=1200, unit="day", dates="2 days",
  note="Kolkata not in the decorator's travel list", exp={"decor_slg": 0, "cricket_kol": 0})

# ---------------------------------------------------------------- DJ, Indore
W("dj_indore",
  "DJ VICKY INDORE 🎧🔥\n"
  "shaadi, sangeet, birthday, corporate – khud ka sound system + lights\n"
  "5 yrs exp\n"
  "Ujjain, Dewas bhi jaate hain\n"
  "per event 8000 se start\n"
  "booking: 98260xxxxx",
  EVT, ["DJ/sound system"], "Indore", None, travel=["Ujjain", "Dewas"], pay=8000, unit="task", per="event",
  exp=5, langs=["Hindi"])

G("ind_sangeet",
  "संगीत नाइट के लिए DJ चाहिए, विजय नगर इंदौर, 12 दिसंबर, बजट 10k (पूरे इवेंट का)",
  EVT, ["DJ/sound system"], "Indore", "विजय नगर", pay=10000, unit="task", per="event", dates="12 दिसंबर",
  exp={"dj_indore": 2})
G("ujn_bday",
  "Birthday party DJ with sound, Freeganj Ujjain, 4 ghante, ₹7000",
  EVT, ["DJ/sound system"], "Ujjain", "Freeganj", pay=7000, unit="task", per="event",
  note="pay 0.875 -> grade 1", exp={"dj_indore": 1})
G("ind_decor",
  "Stage & flower decorator for wedding, Indore, 1500/day",
  EVT, ["wedding/stage decoration", "flower decoration"], "Indore", None, pay=1500, unit="day",
  exp={"dj_indore": 0})
G("bpl_dj",
  "DJ for college fest, Bhopal, ₹15000 per event",
  EVT, ["DJ/sound system"], "Bhopal", None, pay=15000, unit="task", per="event",
  note="Bhopal not reachable", exp={"dj_indore": 0})
G("dewas_dj",
  "Ganesh visarjan julus ke liye DJ + sound, Dewas, 9000 poore event ka",
  EVT, ["DJ/sound system"], "Dewas", None, pay=9000, unit="task", per="event", exp={"dj_indore": 2})

# ---------------------------------------------------------------- powerloom operator, Erode
W("weaver_erode",
  "Hello sir, powerloom operator, 6 looms handle pannuven, 10 years experience\n"
  "Erode, Chithode\n"
  "vaaram 4500 sambalam venum (weekly)\n"
  "Tamil mattum theriyum",
  HND, ["powerloom operation"], "Erode", "Chithode", pay=4500, unit="week", exp=10, langs=["Tamil"],
  note="'6 looms' is not slots; weekly pay")

G("erode_powerloom",
  "விசைத்தறி ஆபரேட்டர் தேவை – வீரப்பன்சத்திரம், ஈரோடு. வார சம்பளம் ₹5000. ரூம் வசதி உண்டு.",
  HND, ["powerloom operation"], "Erode", "வீரப்பன்சத்திரம்", pay=5000, unit="week", exp={"weaver_erode": 2})
G("erode_handloom",
  "கைத்தறி நெசவாளர் தேவை – ஈரோடு கூட்டுறவு சங்கம். ஒரு சேலைக்கு ₹900.",
  HND, ["handloom weaving"], "Erode", None, pay=900, unit="task", per="saree",
  note="handloom is the same weaving subgroup -> grade 1; per saree not comparable", exp={"weaver_erode": 1})
G("tiruppur_powerloom",
  "Powerloom operator, Palladam, Tiruppur, weekly 5500",
  HND, ["powerloom operation"], "Tiruppur", "Palladam", pay=5500, unit="week",
  note="Tiruppur not in the weaver's travel list", exp={"weaver_erode": 0, "lathe_cbe": 0})
G("erode_garment",
  "Garment machine operator (tailor) for export unit, Erode, 12000",
  "tailoring", ["garment machine operator"], "Erode", None, pay=12000, unit="month",
  note="word trap 'machine operator'", exp={"weaver_erode": 0})
G("erode_low",
  "Powerloom worker venum Erode, vaaram 3200",
  HND, ["powerloom operation"], "Erode", None, pay=3200, unit="week",
  note="pay 0.71 -> 0", exp={"weaver_erode": 0})

# ---------------------------------------------------------------- barber, Kolhapur
W("barber_kop",
  "Namaskar, mi Amol Kadam. gents salon madhe 8 varsha kaam – haircut, shaving, beard styling, fade cut\n"
  "Kolhapur, Rajarampuri\n"
  "Sangli la pan jail\n"
  "mahina 18000 pahije\n"
  "mangalvar sutti (Tuesday off)",
  BEA, ["men's haircut/shave", "beard styling"], "Kolhapur", "Rajarampuri", travel=["Sangli"], pay=18000,
  unit="month", d="all-tue", exp=8, langs=["Marathi"], note="Tuesday off -> every day but tue")

G("kop_gents",
  "जेंट्स सलूनसाठी बार्बर पाहिजे, शाहूपुरी, कोल्हापूर. पगार 20000 + कमिशन. मंगळवार बंद.",
  BEA, ["men's haircut/shave"], "Kolhapur", "शाहूपुरी", pay=20000, unit="month", d="all-tue",
  note="Marathi Devanagari; commission is not pay", exp={"barber_kop": 2})
G("sangli_barber",
  "Barber pahije, Vishrambag Sangli, 19000, kaam Mon-Sat",
  BEA, ["men's haircut/shave"], "Sangli", "Vishrambag", pay=19000, unit="month", d="mon-sat",
  note="Tuesday is inside mon-sat -> partial days -> grade 1", exp={"barber_kop": 1})
G("kop_daily",
  "Barber (haircut/shave) – Mahadwar Road, Kolhapur – ₹700 per day",
  BEA, ["men's haircut/shave"], "Kolhapur", "Mahadwar Road", pay=700, unit="day",
  note="700*26 = 18,200 >= 18,000", exp={"barber_kop": 2})
G("kop_unisex",
  "Unisex salon hair stylist (ladies cut, colour, smoothening), Kolhapur, 22000",
  BEA, ["hair styling"], "Kolhapur", None, pay=22000, unit="month",
  note="salon subgroup not adjacent to barber -> 0", exp={"barber_kop": 0})
G("kop_cutting",
  "Cutting master pahije – gents tailor shop, Kolhapur, 15000",
  "tailoring", ["men's tailoring"], "Kolhapur", None, pay=15000, unit="month",
  note="word trap 'cutting'", exp={"barber_kop": 0})

# ---------------------------------------------------------------- dhobi / istri, Hyderabad
W("dhobi_hyd",
  "Assalam alaikum bhai\n"
  "main istri ka kaam karta hun, steam press, 15 saal se\n"
  "Hyderabad, Tolichowki mein rehta hun\n"
  "mahine ka 14 hazaar chahiye",
  CLN, ["istri/steam press"], "Hyderabad", "Tolichowki", pay=14000, unit="month", exp=15, langs=["Hindi"],
  note="Hyderabadi Hindustani, romanized")

G("hyd_steam",
  "Steam press man reqd for laundry shop, Banjara Hills Road No 12, Hyd. 15k.",
  CLN, ["istri/steam press"], "Hyderabad", "Banjara Hills", pay=15000, unit="month",
  note="'Road No 12' is a distractor number", exp={"dhobi_hyd": 2})
G("hyd_dryclean",
  "Dry cleaning shop staff chahiye, Mehdipatnam, 16000, experience ho to better",
  CLN, ["dry cleaning"], "Hyderabad", "Mehdipatnam", pay=16000, unit="month",
  note="same laundry-shop subgroup -> grade 1", exp={"dhobi_hyd": 1})
G("hyd_home_laundry",
  "ఇంట్లో బట్టలు ఉతకడం, ఇస్త్రీ చేయడానికి మనిషి కావాలి, జూబ్లీ హిల్స్, నెలకు ₹12,000",
  CLN, ["laundry/ironing"], "Hyderabad", "జూబ్లీ హిల్స్", pay=12000, unit="month",
  note="home laundry adjacent to laundry-shop + pay 0.86 -> 0", exp={"dhobi_hyd": 0})
G("hyd_printing",
  "Offset printing press operator, Chikkadpally Hyderabad, 18000",
  MAC, ["offset printing machine operation"], "Hyderabad", "Chikkadpally", pay=18000, unit="month",
  note="word trap 'press'", exp={"dhobi_hyd": 0})
