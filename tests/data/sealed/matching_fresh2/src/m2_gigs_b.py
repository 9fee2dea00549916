"""Hand-written gig posts, part B."""
from m2_common import G, MS, MF, ALL, WKND, EX

VO = "voice-over/dubbing"
INS = "insurance services"
HW = "handicrafts/weaving"
CE = "construction equipment"

# ---- decorator (Raipur + Bhilai, Durg, Bilaspur; 15000/event)
G("DC1", "रायपुर, 2 दिसंबर शादी — स्टेज और फूलों की सजावट चाहिए 💐 बजट ₹35,000–40,000 प्रति इवेंट। VIP रोड होटल।",
  "events", ["wedding/event decoration", "flower decoration"], "Raipur", "VIP Road", 35000, "task", pmax=40000,
  per="event", dates="2 Dec", want="decor:2")
G("DC2", "Bhilai Nehru Nagar, haldi function decor chahiye, 12k per event, marigold theme 🌼",
  "events", ["wedding/event decoration"], "Bhilai", "Nehru Nagar", 12000, "task", per="event",
  note="pay 0.8 -> 1", want="decor:1")
G("DC3", "DJ with sound & lights needed for sangeet night, Pandri, Raipur, 5 Dec. ₹15,000 per event.",
  "events", ["DJ", "sound/light setup"], "Raipur", "Pandri", 15000, "task", per="event", dates="5 Dec",
  note="DJ non-adjacent to decor", want="decor:0 dj:0")
G("DC4", "Bilaspur me bday party ke liye balloon decoration, 5000 per event, 3rd floor hall",
  "events", ["balloon decoration"], "Bilaspur", None, 5000, "task", per="event", note="pay 0.33 -> 0",
  want="decor:0")
G("DC5", "दुर्ग में गणेश पंडाल की फूल सजावट, ₹18,000 प्रति इवेंट। 10 दिन का उत्सव।",
  "events", ["flower decoration"], "Durg", None, 18000, "task", per="event", dates="10-day festival",
  want="decor:2")

# ---- DJ (Guwahati, Shillong; 8000/event)
G("DJ1", "সংগীত নাইটৰ বাবে DJ লাগে 🎶 বেলতলা, গুৱাহাটী, ২০ জানুৱাৰী। sound + light ও লাগিব। প্ৰতি event ₹12,000।",
  "events", ["DJ", "sound/light setup"], "Guwahati", "Beltola", 12000, "task", per="event", dates="20 Jan",
  note="Assamese (Bengali-Assamese script, ২০ = date)", want="dj:2")
G("DJ2", "College fest DJ – Laitumkhrah, Shillong, 14 Feb. ₹7,000 per event (negotiable), sound provided by us.",
  "events", ["DJ"], "Shillong", "Laitumkhrah", 7000, "task", per="event", neg=True, dates="14 Feb",
  note="negotiable keeps 7000; pay 0.875 -> 1", want="dj:1")
G("DJ3", "Need an anchor/emcee for corporate annual day, Khanapara Guwahati. Hindi + English must. ₹10,000 per event.",
  "events", ["event anchoring"], "Guwahati", "Khanapara", 10000, "task", per="event", req=["Hindi", "English"],
  note="anchor adjacent to dj_sound -> 1", want="dj:1")
G("DJ4", "Guwahati Ganeshguri me reception ke liye flower decorator chahiye, 25k per event",
  "events", ["flower decoration"], "Guwahati", "Ganeshguri", 25000, "task", per="event",
  note="decor non-adjacent to DJ", want="dj:0")
G("DJ5", "DJ for Bihu function, Dispur, ₹4,000 per event. 13-14 April.",
  "events", ["DJ"], "Guwahati", "Dispur", 4000, "task", per="event", dates="13-14 April",
  note="Dispur -> Guwahati; pay 0.5 -> 0", want="dj:0")

# ---- Hindi voice-over (remote; 300/minute)
G("VO1", "Remote: Hindi voice-over for ed-tech explainer videos, ~40 finished minutes. ₹400 per minute. Deliver WAV 48kHz.",
  VO, ["hindi voice-over"], None, None, 400, "task", per="minute", remote=True, want="vo:2")
G("VO2", "वेब सीरीज़ (कोरियन) की हिंदी डबिंग, घर से रिकॉर्डिंग। ₹250 प्रति मिनट। 8 एपिसोड।",
  VO, ["hindi dubbing"], None, None, 250, "task", per="minute", remote=True, note="pay 0.83 -> 1", want="vo:1")
G("VO3", "Podcast audio editing (noise removal, mixing) – remote, 8 episodes, ₹1,500 per episode.",
  VO, ["podcast/audio editing"], None, None, 1500, "task", per="episode", remote=True,
  note="audio subgroup non-adjacent", want="vo:0 dub:0")
G("VO4", "Hindi VO artists chahiye for big OTT project!! ₹500/minute. Audition fee ₹999 pay karo pehle, "
  "refundable after selection 😊",
  VO, ["hindi voice-over"], None, None, 500, "task", per="minute", remote=True, scam=True,
  note="SCAM: audition fee; otherwise grade 2", want="vo:0")
G("VO5", "Dubbing studio Andheri West, Mumbai – Hindi dubbing artists for cartoon series, in-studio only. ₹3,000 per day.",
  VO, ["hindi dubbing"], "Mumbai", "Andheri West", 3000, "day",
  note="in-studio in Mumbai; the Lucknow artist is remote-only -> location 0", want="vo:0")
G("VO6", "Hindi voiceover for 100 reels, remote, ₹200 per minute.", VO, ["hindi voice-over"], None, None, 200,
  "task", per="minute", remote=True, note="'100 reels' is volume; pay 0.67 -> 0", want="vo:0")

# ---- Malayalam dubbing (Kochi, TVM, remote; 3000/day)
G("ML1", "കലൂർ സ്റ്റുഡിയോയിൽ ആനിമേഷൻ സീരീസിന് Malayalam dubbing artists വേണം, 10 ദിവസം. ദിവസം ₹3,500.",
  VO, ["malayalam dubbing"], "Kochi", "Kaloor", 3500, "day", dates="10 days", want="dub:2")
G("ML2", "Remote – Malayalam dubbing for 6 ad films, record at home. ₹2,500 per day.",
  VO, ["malayalam dubbing"], None, None, 2500, "day", remote=True, note="pay 0.83 -> 1", want="dub:1 vo:0")
G("ML3", "Tamil dubbing voice needed at a studio in Vazhuthacaud, Thiruvananthapuram. ₹4,000/day.",
  VO, ["tamil dubbing"], "Thiruvananthapuram", "Vazhuthacaud", 4000, "day", note="tamil non-adjacent",
  want="dub:0")
G("ML4", "Online aayi Malayalam dubbing, audiobook style, ₹400 per hour, veetil ninnu cheyyam 🎧",
  VO, ["malayalam dubbing"], None, None, 400, "hour", remote=True, note="400/hour = 3200/day", want="dub:2 vo:0")

# ---- retired insurance officer (Cuttack, Bhubaneswar, remote; 1500/hour)
G("IN1", "Insurance broking firm, Saheed Nagar Bhubaneswar – part-time motor claims advisor (ex-insurer preferred), "
  "Tue & Thu. ₹2,000 per hour.",
  INS, ["motor claim survey/assessment"], "Bhubaneswar", "Saheed Nagar", 2000, "hour", days=["tue", "thu"],
  want="insure:2")
G("IN2", "Remote: review health insurance claim files for a TPA, ~20 hrs/week. ₹1,500/hr.",
  INS, ["health claim processing"], None, None, 1500, "hour", remote=True, note="same claims subgroup -> 1",
  want="insure:1")
G("IN3", "LIC ଏଜେଣ୍ଟ ହେବାକୁ ଚାହାଁନ୍ତି କି? କଟକ ବାଦାମବାଡ଼ି ଶାଖା, କମିଶନ + 10000 ଷ୍ଟାଇପେଣ୍ଡ",
  "retail/sales", ["insurance/loan sales"], "Cuttack", "Badambadi", 10000, "month",
  note="Odia script; word trap insurance -> retail sales", want="insure:0")
G("IN4", "Life insurance underwriting consultant, remote, ₹1,000/hour.", INS, ["life underwriting"], None, None,
  1000, "hour", remote=True, note="same underwriting subgroup + pay 0.67 -> 0", want="insure:0")
G("IN5", "Broker office near College Square, Cuttack – need trainer for new POSP agents, ₹5,000 per session.",
  INS, ["insurance agent training"], "Cuttack", "College Square", 5000, "task", per="session",
  note="training subgroup is not adjacent to claims/underwriting", want="insure:0")

# ---- handloom weaver (Kanchipuram; 4000/saree)
G("WV1", "Silk weavers' co-op society, Kanchipuram – 5 handloom weavers needed for bridal silk. Wage ₹4,500 per saree.",
  HW, ["handloom weaving (silk saree)"], "Kanchipuram", None, 4500, "task", per="saree", slots=5,
  want="weaver:2")
G("WV2", "காஞ்சிபுரம் கோர்வை பட்டு — கைத்தறி நெசவாளர் தேவை. ஒரு புடவைக்கு ₹3,200 கூலி.",
  HW, ["handloom weaving (silk saree)"], "Kanchipuram", None, 3200, "task", per="saree",
  note="Tamil script; pay 0.8 -> 1", want="weaver:1")
G("WV3", "Kanchi la powerloom operator venum, maasam 15000, Orikkai side", HW, ["powerloom operation"],
  "Kanchipuram", "Orikkai", 15000, "month", note="alias Kanchi; same loom subgroup; pay not comparable -> 1",
  want="weaver:1")
G("WV4", "Silk saree showroom, Gandhi Road Kanchipuram – salesman needed, Tamil + Telugu must, ₹14,000/month.",
  "retail/sales", ["showroom/counter sales"], "Kanchipuram", "Gandhi Road", 14000, "month",
  req=["Tamil", "Telugu"], note="word trap silk saree -> retail", want="weaver:0")
G("WV5", "ஆரணி பட்டு நெசவு, ஒரு புடவைக்கு ₹5000 கூலி, உடனே வரலாம்", HW, ["handloom weaving (silk saree)"], "Arani",
  None, 5000, "task", per="saree", note="Arani unreachable", want="weaver:0")

# ---- JCB operator (Karimnagar, Warangal, Hyderabad; 1200/day)
G("JC1", "JCB operator required – NH road widening project near Karimnagar town. ₹35,000/month + stay & food.",
  CE, ["JCB/backhoe operation"], "Karimnagar", None, 35000, "month", note="35000/month = 1346/day",
  want="jcb:2")
G("JC2", "వరంగల్ కాలువ పనికి poclain operator కావాలి. రోజుకు ₹౧,౧౦౦.",
  CE, ["excavator (poclain) operation"], "Warangal", None, 1100, "day",
  note="Telugu digits ౧,౧౦౦ = 1100; pay 0.92 -> 1", want="jcb:1")
G("JC3", "Crane operator (hydra/telescopic) – construction site, Gachibowli Hyd. ₹40,000 pm.",
  CE, ["crane operation"], "Hyderabad", "Gachibowli", 40000, "month", note="crane non-adjacent", want="jcb:0")
G("JC4", "కరీంనగర్ లో టిప్పర్ లారీ డ్రైవర్ కావాలి, heavy licence ఉండాలి, నెలకు 25000",
  "driving", ["truck driving"], "Karimnagar", None, 25000, "month", note="driving family trap", want="jcb:0")
G("JC5", "JCB driver chahiye Nizamabad, 1300 per day, turant join", CE, ["JCB/backhoe operation"], "Nizamabad",
  None, 1300, "day", note="unreachable", want="jcb:0")

# ---- pet groomer (Pune; 800/groom; sat, sun)
G("PT1", "Pet spa in Aundh, Pune 🐾 weekend groomer (Sat & Sun). ₹900 per groom + tips.",
  "pet care", ["pet grooming"], "Pune", "Aundh", 900, "task", per="groom", days=WKND, want="pet:2")
G("PT2", "Wakad me 2 labradors ke liye dog walker chahiye, roz subah-shaam (7 din), 6000 per month",
  "pet care", ["dog walking/pet sitting"], "Pune", "Wakad", 6000, "month", days=ALL,
  note="all days vs weekends -> partial -> 1; month vs per groom not comparable", want="pet:1")
G("PT3", "Mobile dog grooming van, Kharadi Pune – groomer Mon–Fri 10–6, ₹750 per groom.",
  "pet care", ["pet grooming"], "Pune", "Kharadi", 750, "task", per="groom", days=MF,
  note="no day overlap", want="pet:0")

# ---- retired banker (Nagpur, Pune, remote; 2000/hour)
G("BK1", "NBFC, Sitabuldi Nagpur – credit appraisal consultant for MSME loans, 3 days a week, ₹2,500 per hour. "
  "Ex-banker 20+ yrs.",
  "finance consulting", ["credit appraisal"], "Nagpur", "Sitabuldi", 2500, "hour", minexp=20,
  note="'3 days a week' names no days", want="banker:2")
G("BK2", "Co-operative bank ko NPA resolution advisory chahiye, online meetings, ₹1,600/hour.",
  "finance consulting", ["loan recovery/NPA resolution"], None, None, 1600, "hour", remote=True,
  note="pay 0.8 -> 1", want="banker:1")
G("BK3", "नागपुर सदर में बैंक ATM के लिए सिक्योरिटी गार्ड चाहिए, रात की ड्यूटी, ₹11,000 महीना।",
  "security", ["ATM guard"], "Nagpur", "Sadar", 11000, "month", note="word trap 'bank' -> security",
  want="banker:0")
G("BK4", "Virtual CFO for a D2C startup, remote, ₹2,500/hr, 10 hrs/month.", "finance consulting", ["virtual CFO"],
  None, None, 2500, "hour", remote=True, note="cfo subgroup not adjacent to banking", want="banker:0")
G("BK5", "Boutique advisory in Baner, Pune – loan syndication expert for real-estate projects, ₹3,000/hour, 2 days a week.",
  "finance consulting", ["loan syndication"], "Pune", "Baner", 3000, "hour", note="same banking subgroup -> 1",
  want="banker:1")

# ---- retired HR head (Jamshedpur, Ranchi, Kolkata, remote; 3000/hour; mon, wed, fri)
G("HR1", "Auto-component vendor, Bistupur Jamshedpur – labour law compliance audit (CLRA, Factories Act). "
  "Mon & Wed visits, ₹3,500/hour.",
  "HR consulting", ["labour law compliance"], "Jamshedpur", "Bistupur", 3500, "hour", days=["mon", "wed"],
  want="hr:2")
G("HR2", "Remote: draft HR policy handbook for a 150-person startup. Fixed ₹60,000 per project.",
  "HR consulting", ["HR policy drafting"], None, None, 60000, "task", per="project", remote=True,
  note="'150-person' is not slots; project fee not comparable", want="hr:2")
G("HR3", "POSH IC external member needed, Park Street, Kolkata. Sittings on Tuesdays. ₹12,000 per sitting.",
  "HR consulting", ["POSH committee external member"], "Kolkata", "Park Street", 12000, "task", per="sitting",
  days=["tue"], note="Tuesday vs mon/wed/fri -> no overlap -> 0", want="hr:0")
G("HR4", "Jamshedpur me BPO ke liye HR recuiter chahiye, bulk hiring telecallers. 20k pm.",
  "HR consulting", ["recruitment/talent acquisition"], "Jamshedpur", None, 20000, "month",
  note="talent subgroup non-adjacent to policy", want="hr:0")
G("HR5", "Ranchi PSU-vendor needs compensation & benefits structure redesign. Fridays only, ₹3,000 per hour.",
  "HR consulting", ["compensation & benefits design"], "Ranchi", None, 3000, "hour", days=["fri"],
  note="comp adjacent to policy -> 1", want="hr:1")

# ---- Hindi telecaller (Patna, remote; 12000/month; mon-sat)
G("TH1", "WFH Hindi telecaller for personal loan leads 📞 13k/month + incentive, Mon–Sat 10–6. Laptop required.",
  "customer support", ["hindi telecalling"], None, None, 13000, "month", remote=True, days=MS, want="teleH:2")
G("TH2", "पटना फ्रेज़र रोड कॉल सेंटर में हिंदी कस्टमर सपोर्ट (वॉइस) के लिए स्टाफ चाहिए। वेतन ₹११,००० मासिक।",
  "customer support", ["hindi voice support"], "Patna", "Fraser Road", 11000, "month",
  note="Devanagari digits; pay 0.92 -> 1", want="teleH:1")
G("TH3", "Work from home Hindi tele-calling, ₹15,000/month guaranteed! Pay ₹2,999 refundable security deposit for "
  "SIM + login kit.",
  "customer support", ["hindi telecalling"], None, None, 15000, "month", remote=True, scam=True,
  note="SCAM: deposit; otherwise grade 2", want="teleH:0")
G("TH4", "International voice process – US customers, English fluency must, night shift, remote, ₹25,000 per month.",
  "customer support", ["english voice support"], None, None, 25000, "month", remote=True, req=["English"],
  note="voice_en non-adjacent to voice_hi", want="teleH:0")

# ---- Tamil voice (Coimbatore, Tiruppur; office only; 14000/month)
G("TT1", "Tamil voice process – BPO, Gandhipuram, Coimbatore. ₹15,000 pm + incentives. Freshers also ok.",
  "customer support", ["tamil voice support"], "Coimbatore", "Gandhipuram", 15000, "month", minexp=0,
  want="teleT:2")
G("TT2", "திருப்பூர் கஸ்டமர் கேர் — தமிழ் வாய்ஸ் சப்போர்ட், மாதம் ₹12,000. குமரன் ரோடு.",
  "customer support", ["tamil voice support"], "Tiruppur", "Kumaran Road", 12000, "month",
  note="pay 0.86 -> 1", want="teleT:1")
G("TT3", "வீட்டிலிருந்தே Tamil voice support வேலை (WFH), சொந்த laptop வேணும், சம்பளம் 16000", "customer support", ["tamil voice support"],
  None, None, 16000, "month", remote=True, note="worker is not remote_ok -> 0", want="teleT:0 teleH:0")
G("TT4", "Kannada voice support executives, Saravanampatti Coimbatore office, ₹16,000/month, Kannada must.",
  "customer support", ["kannada voice support"], "Coimbatore", "Saravanampatti", 16000, "month",
  req=["Kannada"], note="kannada non-adjacent", want="teleT:0")

# ---- shop salesman Hubballi (Dharwad; 12000/month; mon-sat)
G("SH1", "ಹುಬ್ಬಳ್ಳಿ ಕೊಪ್ಪಿಕರ ರಸ್ತೆ ಸೀರೆ ಶೋರೂಮ್‌ಗೆ ಸೇಲ್ಸ್‌ಮನ್ ಬೇಕು. ಸೋಮ–ಶನಿ. ಸಂಬಳ ₹೧೩,೦೦೦.",
  "retail/sales", ["showroom/counter sales"], "Hubballi", "Koppikar Road", 13000, "month", days=MS,
  note="Kannada digits", want="shop:2")
G("SH2", "ಧಾರವಾಡ ಸುಭಾಷ್ ರಸ್ತೆ ಮೊಬೈಲ್ ಅಂಗಡಿಗೆ counter boy ಬೇಕು, ಸಂಬಳ ತಿಂಗಳಿಗೆ 11500 (negotiable)",
  "retail/sales", ["showroom/counter sales"], "Dharwad", "Subhash Road", 11500, "month", neg=True,
  note="pay 0.96 -> 1", want="shop:1")
G("SH3", "ಹುಬ್ಬಳ್ಳಿ FMCG ಡಿಸ್ಟ್ರಿಬ್ಯೂಟರ್‌ಗೆ field sales executive ಬೇಕು. ಸ್ವಂತ ಬೈಕ್, ₹15,000 + TA.", "retail/sales",
  ["field sales"], "Hubballi", None, 15000, "month", note="field non-adjacent to store", want="shop:0")
G("SH4", "Cashier / biling staff for supermarkt, Vidyanagar Hubballi. ₹12,000 monthly. Weekly off rotational.",
  "retail/sales", ["cashier/billing"], "Hubballi", "Vidyanagar", 12000, "month",
  note="rotational off names no days", want="shop:2")

# ---- cashier Surat (11000/month)
G("CS1", "સુરત પાલ વિસ્તારમાં સુપરમાર્કેટ માટે કેશિયર જોઈએ. પગાર મહિને ₹12,000. સમય સવારે 9 થી રાત્રે 9.",
  "retail/sales", ["cashier/billing"], "Surat", "Pal", 12000, "month", want="cashier:2")
G("CS2", "Textile market Ring Road Surat – billing + counter staff chahiye, das hazar (10,000) pm",
  "retail/sales", ["cashier/billing", "showroom/counter sales"], "Surat", "Ring Road", 10000, "month",
  note="pay 0.91 -> 1", want="cashier:1")
G("CS3", "Loan cash collection / field executive, Varachha Surat, ₹14,000 + petrol.", "retail/sales",
  ["insurance/loan sales"], "Surat", "Varachha", 14000, "month", note="'cash' trap; field subgroup",
  want="cashier:0")

# ---- auto driver Madurai (700/day; not fri)
G("AU1", "School kids pick-drop ku auto driver venum, Madurai Anna Nagar. Monday to Saturday. Maasam 19000.",
  "driving", ["auto-rickshaw driving"], "Madurai", "Anna Nagar", 19000, "month", days=MS,
  note="19000/month = 731/day ok; mon-sat vs no-Friday -> partial -> 1", want="auto:1")
G("AU2", "மதுரை மாட்டுத்தாவணி — பேட்டரி ஆட்டோ (e-rickshaw) ஓட்ட டிரைவர் தேவை. தினம் ₹800.",
  "driving", ["e-rickshaw driving"], "Madurai", "Mattuthavani", 800, "day", want="auto:2")
G("AU3", "Personal car driver for doctor family, Tallakulam Madurai, ₹18,000/month.", "driving",
  ["personal car driving"], "Madurai", "Tallakulam", 18000, "month", note="car non-adjacent to three_wheeler",
  want="auto:0")

# ---- mehendi (Jodhpur, Jaipur; 300/hand)
G("MH1", "Ratanada Jodhpur me shaadi hai 12 Dec — 40 ladies ke liye mehendi, ₹350 per hand 🌿",
  "beauty", ["mehendi"], "Jodhpur", "Ratanada", 350, "task", per="hand", dates="12 Dec",
  note="'40 ladies' is not slots", want="mehendi:2")
G("MH2", "Mehendi artist for sangeet, Vaishali Nagar Jaipur, 28 Nov. ₹250 per hand, ~30 guests.", "beauty",
  ["mehendi"], "Jaipur", "Vaishali Nagar", 250, "task", per="hand", dates="28 Nov", note="pay 0.83 -> 1",
  want="mehendi:1")
G("MH3", "जोधपुर में दुल्हन के मेकअप के लिए मेकअप आर्टिस्ट चाहिए, ₹15,000 प्रति दुल्हन।", "beauty",
  ["bridal makeup"], "Jodhpur", None, 15000, "task", per="bride", note="makeup non-adjacent to mehendi",
  want="mehendi:0")
G("MH4", "Gents parlour, Paota Jodhpur – henna / hair colour for men karne wala chahiye, 12k pm",
  "barbering", ["men's hair colouring"], "Jodhpur", "Paota", 12000, "month",
  note="word trap henna -> barbering", want="mehendi:0")

# ---- beautician Thrissur (15000/month; not tue)
G("BT1", "തൃശ്ശൂർ റൗണ്ട് സൗത്തിലെ ലേഡീസ് ബ്യൂട്ടി പാർലറിലേക്ക് ബ്യൂട്ടീഷ്യൻ വേണം — ത്രെഡിംഗ്, ഫേഷ്യൽ. ശമ്പളം ₹16,000 + കമ്മീഷൻ.",
  "beauty", ["threading/waxing", "facial/cleanup"], "Thrissur", "Round South", 16000, "month", want="beauty:2")
G("BT2", "Hair stylist for unisex salon, Punkunnam Thrissur – ₹15,500/month.", "beauty", ["hair styling"],
  "Thrissur", "Punkunnam", 15500, "month", note="same salon subgroup -> 1", want="beauty:1")
G("BT3", "Beautician job Thrissur, 20000 salary!! but first ₹3,500 nu namude kit vaanganam (facial kit + wax) 💄",
  "beauty", ["threading/waxing", "facial/cleanup"], "Thrissur", None, 20000, "month", scam=True,
  note="SCAM: kit purchase; otherwise grade 2", want="beauty:0")
G("BT4", "കല്യാണ മേക്കപ്പിന് ആർട്ടിസ്റ്റ് വേണം, തൃശ്ശൂർ, ഒരു ബ്രൈഡിന് ₹12,000.", "beauty", ["bridal makeup"],
  "Thrissur", None, 12000, "task", per="bride", note="makeup non-adjacent", want="beauty:0")
G("BT5", "Beauty parlour in Palarivattom, Kochi – beautician for threading, facials. ₹17,000 per month.", "beauty",
  ["threading/waxing", "facial/cleanup"], "Kochi", "Palarivattom", 17000, "month", note="unreachable",
  want="beauty:0")

# ---- japa (Cuttack, Bhubaneswar; 22000/month)
G("JP1", "Japa maid required, Patia Bhubaneswar – live-in for 40 days after delivery (due mid-March). "
  "₹22,000–25,000 per month.",
  "caregiving/nursing aide", ["japa/newborn care"], "Bhubaneswar", "Patia", 22000, "month", pmax=25000,
  dates="40 days from mid-March", want="japa:2")
G("JP2", "Cuttack Tulsipur me newborn care ke liye day-time attendant, 12 hrs, 18000/month",
  "caregiving/nursing aide", ["japa/newborn care"], "Cuttack", "Tulsipur", 18000, "month", note="pay 0.82 -> 1",
  want="japa:1")
G("JP3", "Cuttack Bajrakabati re bedridden bapa pain attendant darkar, 24 hours, 20000 mahina",
  "caregiving/nursing aide", ["bedridden patient care"], "Cuttack", "Bajrakabati", 20000, "month",
  note="elder subgroup non-adjacent to newborn", want="japa:0")

# ---- elder care (Kochi, Thrissur; 900/day)
G("EL1", "24-hr home nurse for bedridden grandmother, Vyttila Kochi. ₹1,000 per day, Malayalam must.",
  "caregiving/nursing aide", ["bedridden patient care"], "Kochi", "Vyttila", 1000, "day", req=["Malayalam"],
  want="elder:2")
G("EL2", "തൃശ്ശൂർ: ഇൻസുലിൻ ഇഞ്ചക്ഷൻ, ഡ്രസ്സിംഗ് ചെയ്യാൻ ഹോം നഴ്സ് വേണം. ദിവസം ₹950.",
  "caregiving/nursing aide", ["home nursing (injections/dressing)"], "Thrissur", None, 950, "day",
  note="nursing adjacent to elder -> 1", want="elder:1")
G("EL3", "കടവന്ത്ര, കൊച്ചി — നവജാത ശിശു പരിചരണത്തിന് (japa) ആളെ വേണം, live-in, മാസം ₹28,000.", "caregiving/nursing aide",
  ["japa/newborn care"], "Kochi", "Kadavanthra", 28000, "month", note="newborn non-adjacent to elder",
  want="elder:0")
G("EL4", "Home physiotherapy for stroke patient, Edappally Kochi, ₹600/visit.", "allied healthcare",
  ["home physiotherapy visits"], "Kochi", "Edappally", 600, "task", per="visit",
  note="allied healthcare, not caregiving; the dubbing artist's locality", want="elder:0")

# ---- tutor Karimnagar (remote; 400/hour; mon-sat)
G("TU1", "Home tutor for class 8 maths, Jyothinagar Karimnagar. Mon–Fri 6–7pm. ₹450/hour.", "tutoring",
  ["maths tuition (class 6-10)"], "Karimnagar", "Jyothinagar", 450, "hour", days=MF, want="tutor:2")
G("TU2", "ఆన్‌లైన్ లో 9వ తరగతి సైన్స్ ట్యూషన్ కావాలి, తెలుగు మీడియం, గంటకు 350", "tutoring",
  ["science tuition (class 6-10)"], None, None, 350, "hour", remote=True, note="pay 0.875 -> 1", want="tutor:1")
G("TU3", "JEE Mains physics faculty, coaching centre in Karimnagar, ₹800/hour.", "tutoring",
  ["physics tuition (class 11-12/JEE)"], "Karimnagar", None, 800, "hour", note="senior non-adjacent",
  want="tutor:0")
G("TU4", "Online maths for class 10 (CBSE), Sat & Sun mornings, ₹500/hour.", "tutoring",
  ["maths tuition (class 6-10)"], None, None, 500, "hour", remote=True, days=WKND, note="partial days -> 1",
  want="tutor:1")

# ---- accountant Rajkot (remote; 15000/month)
G("AC1", "રાજકોટ ગુંદાવાડી વેપારીઓ માટે GST રિટર્ન ફાઇલિંગ માટે એકાઉન્ટન્ટ જોઈએ, પાર્ટ-ટાઇમ. ₹16,000 મહિને.",
  "bookkeeping/accounting", ["GST return filing"], "Rajkot", "Gundawadi", 16000, "month", want="acct:2")
G("AC2", "Remote Tally data entry + bank reco for a hardware shop, ₹12,000/month.", "bookkeeping/accounting",
  ["tally bookkeeping", "bank reconciliation"], None, None, 12000, "month", remote=True, note="pay 0.8 -> 1",
  want="acct:1")
G("AC3", "TDS return filing (24Q/26Q) quarterly, remote. ₹18,000 per month retainer.", "bookkeeping/accounting",
  ["TDS filing"], None, None, 18000, "month", remote=True, note="same tax subgroup -> 1; 24Q/26Q are forms",
  want="acct:1")

# ---- video editor (remote; 500/reel)
G("VE1", "Need editor for 30 Insta reels/month for a fitness coach 💪 remote, ₹600 per reel.", "graphic design",
  ["video editing"], None, None, 600, "task", per="reel", remote=True, want="vedit:2")
G("VE2", "Cooking channel ke reels edit karne hai, remote, 400 per reel", "graphic design", ["video editing"],
  None, None, 400, "task", per="reel", remote=True, note="pay 0.8 -> 1", want="vedit:1")
G("VE3", "Logo design for a bakery, remote, ₹3,000 per project.", "graphic design", ["logo design"], None, None,
  3000, "task", per="project", remote=True, note="brand non-adjacent to motion", want="vedit:0")
G("VE4", "कोल्हापूरमध्ये लग्नासाठी व्हिडिओग्राफर हवा, 2 दिवस, ₹20,000 प्रति इव्हेंट.", "photography",
  ["videography"], "Kolhapur", None, 20000, "task", per="event", note="photography family trap",
  want="vedit:0")

# ---- photographer Siliguri (Darjeeling, Jalpaiguri; 12000/event)
G("PG1", "Wedding photographer needed – 2-day Marwari wedding, Sevoke Road Siliguri, 8–9 Feb. ₹30,000 per event.",
  "photography", ["wedding photography"], "Siliguri", "Sevoke Road", 30000, "task", per="event",
  dates="8–9 Feb", want="photo:2")
G("PG2", "Food & product photography for a tea estate brand, Darjeeling. ₹15,000 per event.", "photography",
  ["product photography", "food photography"], "Darjeeling", None, 15000, "task", per="event",
  note="product non-adjacent to event", want="photo:0")
G("PG3", "জলপাইগুড়িতে বৌভাতের জন্য candid ফটোগ্রাফার চাই। প্রতি অনুষ্ঠানে ১০,০০০ টাকা।", "photography",
  ["candid photography"], "Jalpaiguri", None, 10000, "task", per="event", note="pay 0.83 -> 1", want="photo:1")
G("PG4", "Siliguri me shaadi ke liye videographer chahiye with drone, 18000 per event", "photography",
  ["videography", "drone shoot"], "Siliguri", None, 18000, "task", per="event", note="video non-adjacent",
  want="photo:0")

# ---- delivery rider Indore (600/day; all days)
G("RD1", "Parcel delivry boy chahiye, Vijay Nagar hub Indore, 700 per day, petrol alag", "delivery",
  ["parcel delivery"], "Indore", "Vijay Nagar", 700, "day", want="rider:2")
G("RD2", "इंदौर में फ़ूड डिलीवरी राइडर चाहिए, ₹18,000 महीना, अपनी बाइक। 452001", "delivery", ["food delivery"],
  "Indore", None, 18000, "month", note="pin code distractor; 18000/month = 692/day", want="rider:2")
G("RD3", "Delivery job Indore 25k/month!! Joining fee ₹1000 (bag + T-shirt + ID card) 🛵", "delivery",
  ["food delivery"], "Indore", None, 25000, "month", scam=True, note="SCAM: joining fee", want="rider:0")
G("RD4", "Medicine delivery rider, Bhawarkua Indore, ₹500/day.", "delivery", ["medicine delivery"], "Indore",
  "Bhawarkua", 500, "day", note="same subgroup + pay 0.83 -> two soft -> 0", want="rider:0")
G("RD5", "Ujjain me parcel delivery, 700/day, Freeganj", "delivery", ["parcel delivery"], "Ujjain", "Freeganj",
  700, "day", note="unreachable", want="rider:0")

# ---- Telugu transcription (remote; 200/hour)
G("AT1", "Remote Telugu speech transcription project, ~100 hrs of audio. ₹250 per hour of work.", "data annotation",
  ["telugu audio transcription"], None, None, 250, "hour", remote=True, want="annot:2")
G("AT2", "తెలుగు ఆడియో ట్రాన్స్‌క్రిప్షన్, ఇంటి నుంచి. గంటకు ₹160.", "data annotation",
  ["telugu audio transcription"], None, None, 160, "hour", remote=True, note="pay 0.8 -> 1", want="annot:1")
G("AT3", "Telugu transcription WFH, ₹300/hour! Training + ID activation ₹1,200 pay cheyandi first.",
  "data annotation", ["telugu audio transcription"], None, None, 300, "hour", remote=True, scam=True,
  note="SCAM: training/ID fee", want="annot:0")
G("AT4", "Tamil audio transcription, remote, ₹250/hr.", "data annotation", ["tamil audio transcription"], None,
  None, 250, "hour", remote=True, note="speech_ta non-adjacent", want="annot:0")

# ---- industrial electrician Bhilai (Durg, Raipur; 750/day)
G("EC1", "भिलाई इंडस्ट्रियल एरिया, ठेकेदार को पैनल वायरिंग के लिए इलेक्ट्रीशियन चाहिए। ₹800 प्रतिदिन।", "electrical",
  ["industrial panel wiring"], "Bhilai", "Industrial Area", 800, "day", want="elec:2")
G("EC2", "Industrial electrical maintenance technician – Urla industrial area, Raipur. ₹24,000/month.",
  "electrical", ["industrial electrical maintenance"], "Raipur", "Urla", 24000, "month",
  note="same industrial subgroup -> 1", want="elec:1")
G("EC3", "Bhilai Smriti Nagar me naye ghar ki wireing, 2 BHK, per day 700", "electrical", ["house wiring"],
  "Bhilai", "Smriti Nagar", 700, "day", note="domestic non-adjacent; '2 BHK' distractor", want="elec:0")
G("EC4", "Solar panel installation technicians, Durg, ₹900/day.", "electrical", ["solar panel installation"],
  "Durg", None, 900, "day", note="solar non-adjacent", want="elec:0")
