from h import G

# --- physiotherapy: Guwahati / Pune
G("g1a", "Need physio for my father (72), knee replacement done 3 weeks back. Beltola, Guwahati. Daily home visit ~45 min. ₹700/visit. Call 98640 2xxxx",
  "physiotherapy", "post-surgery rehab", "Guwahati", "Beltola", 700, "task", "visit")
G("g1b", "PHYSIOTHERAPIST REQD at ortho clinic Ganeshguri. BPT/MPT. Sal 18000 pm. Timing 10am-6pm. Walk in with CV",
  "physiotherapy", "orthopaedic physiotherapy", "Guwahati", "Ganeshguri", 18000, "month",
  note="monthly vs per-visit: pay not comparable")
G("g1c", "Sarusajai football academy needs a sports physio for U-17 boys squad (strapping, injury mgmt, return to play). ₹500 per session",
  "physiotherapy", "sports injury physiotherapy", "Guwahati", "Sarusajai", 500, "task", "session",
  note="sports subgroup adjacent to ortho; per session vs per visit not comparable")
G("g1d", "দেউতাৰ ষ্ট্ৰোক হৈছে, ঘৰলৈ আহি ব্যায়াম কৰাব পৰা নিউৰ' ফিজিঅথেৰাপিষ্ট লাগে। ৰুক্মিণীগাঁও, গুৱাহাটী। প্ৰতি ভিজিট ৮০০ টকা",
  "physiotherapy", "neuro/stroke rehab", "Guwahati", "Rukminigaon", 800, "task", "visit",
  note="Assamese script; neuro rehab is not adjacent to ortho")
G("g1e", "Physio wanted for clinic near Police Bazar Shillong, ortho + back pain cases, 20k",
  "physiotherapy", "orthopaedic physiotherapy", "Shillong", "Police Bazar", 20000, "month")
G("g39a", "Kothrud Pune - my mother (68) had stroke last month. Looking for neuro physio for home visits, 5 days a week. ₹750 per visit",
  "physiotherapy", "neuro/stroke rehab", "Pune", "Kothrud", 750, "task", "visit", note="'68' is age; 5 days not named")
G("g39b", "Neuro rehab centre in Baner hiring physiotherapist (neuro) for home-programme patients. Pay per visit ₹650 + conveyance",
  "physiotherapy", "neuro/stroke rehab", "Pune", "Baner", 650, "task", "visit", note="650/700 = 0.93")
G("g39c", "Ortho physio needed, Hadapsar clinic, fresher ok, 20,000 pm",
  "physiotherapy", "orthopaedic physiotherapy", "Pune", "Hadapsar", 20000, "month", minexp=0)
G("g39d", "Andheri W Mumbai - neuro physio for stroke patient, daily, 1000/visit",
  "physiotherapy", "neuro/stroke rehab", "Mumbai", "Andheri West", 1000, "task", "visit")
G("g39e", "पार्किन्सन रुग्णासाठी घरी येऊन फिजिओथेरपी करणारे हवे. कर्वेनगर, पुणे. सोम, बुध, शुक्र. ₹८०० प्रति व्हिजिट",
  "physiotherapy", "neuro/stroke rehab", "Pune", "Karve Nagar", 800, "task", "visit", days="mon,wed,fri",
  note="Marathi Devanagari with Devanagari digits")
G("g1f", "Physio clinic Zoo Road Guwahati - receptionist cum data entry (appointments, billing entry in software), 8000 pm",
  "data entry", "typing/data entry", "Guwahati", "Zoo Road", 8000, "month", note="word trap: physio clinic, not physio work")

# --- Assamese transcription (remote)
G("g2a", "অসমীয়া অডিঅ' ট্ৰান্সক্ৰিপচন - ঘৰৰ পৰা কাম। প্ৰতি অডিঅ' মিনিট ৩৫ টকা। ২০০ ঘণ্টাৰ প্ৰজেক্ট, হেডফোন লাগিব",
  "data annotation", "assamese audio transcription", None, None, 35, "task", "audio minute", remote=True,
  note="'২০০ ঘণ্টাৰ' is project size, not pay")
G("g2b", "Remote: Assamese speech-to-text transcribers needed, native speakers only, ₹25 per audio minute. 10 openings",
  "data annotation", "assamese audio transcription", None, None, 25, "task", "audio minute", remote=True, slots=10,
  req=["Assamese"], note="25/30 = 0.83")
G("g2c", "Odia audio transcription, WFH, ₹40/audio min, weekly payout",
  "data annotation", "odia audio transcription", None, None, 40, "task", "audio minute", remote=True)
G("g2d", "English to Assamese translation of class 6-8 textbooks. Remote. ₹1 per word. Sample test first",
  "translation", "english-assamese translation", None, None, 1, "task", "word", remote=True,
  note="word trap for the Assamese transcriber; different translation pair for the Malayalam translator")
G("s1", "🔥ASSAMESE TYPING WORK FROM HOME🔥 transcription daily 30,000 kamao!! registration sirf ₹499, ID turant milega. whatsapp now",
  "data annotation", "assamese audio transcription", None, None, None, None, None, remote=True, scam=True,
  note="registration fee scam")

# --- mobile repair Guwahati
G("g3a", "মোবাইল মেৰামতিৰ টেকনিচিয়ান লাগে, ফেন্সী বজাৰ গুৱাহাটী। দৰমহা ১৪০০০। দোকান ১০ বজাৰ পৰা ৮ বজালৈ",
  "electronics repair", "mobile phone repair", "Guwahati", "Fancy Bazar", 14000, "month")
G("g3b", "chip level mobile technician reqd @ Paltan Bazar, 10k-11k depending on work",
  "electronics repair", "mobile phone repair", "Guwahati", "Paltan Bazar", 10000, "month", mx=11000, note="max 11000/12000 = 0.92")
G("g3c", "LED TV repair mechanic required, Zoo Road Tiniali, Guwahati. 15000",
  "electronics repair", "LED TV repair", "Guwahati", "Zoo Road", 15000, "month")
G("g3d", "শিলিগুড়ি সেবক রোডে মোবাইল টেকনিশিয়ান চাই, সফটওয়্যার + হার্ডওয়্যার, 13k",
  "electronics repair", "mobile phone repair", "Siliguri", "Sevoke Road", 13000, "month")
G("g3e", "ডিছপুৰৰ অথৰাইজড চাৰ্ভিচ চেণ্টাৰত মোবাইল ইঞ্জিনিয়াৰ লাগে, সোমবাৰৰ পৰা শনিবাৰ, ₹12,500",
  "electronics repair", "mobile phone repair", "Guwahati", "Dispur", 12500, "month", days="mon-sat",
  note="gig includes Tuesday, worker is off on Tuesday: partial")
G("g3f", "Mobile food van (momo, chowmein) ke liye cook chahiye, Six Mile Guwahati, 9000 + khana",
  "cooking", "chinese/fast food cooking", "Guwahati", "Six Mile", 9000, "month", note="word trap 'mobile'")

# --- guitar Shillong
G("g4a", "Music school in Laitumkhrah needs a guitar teacher for Sat & Sun batches. ₹500/hr",
  "tutoring", "guitar lessons", "Shillong", "Laitumkhrah", 500, "hour", days="sat,sun")
G("g4b", "looking for guitar tutor for my 2 kids at home, Nongthymmai, saturdays 2 hrs, can pay 350 per hour",
  "tutoring", "guitar lessons", "Shillong", "Nongthymmai", 350, "hour", days="sat", note="'2 kids' is not slots; 0.875")
G("g4c", "Maths tutor for class 8 student, Mawlai Shillong, Mon-Fri evening, 4000/month",
  "tutoring", "maths tuition (class 6-10)", "Shillong", "Mawlai", 4000, "month", days="mon-fri")
G("g4d", "Guitar teacher required, Beltola Guwahati, weekends, 450/hr",
  "tutoring", "guitar lessons", "Guwahati", "Beltola", 450, "hour", days="sat,sun")
G("g4e", "ONLINE guitar classes - need teacher for beginner batches on Zoom. Remote. 600/hr",
  "tutoring", "guitar lessons", None, None, 600, "hour", remote=True, note="remote but the Shillong teacher is not remote_ok")

# --- football Imphal
G("g5a", "FOOTBALL ACADEMY @ Khuman Lampak needs coach (AIFF D licence min) for U-13 & U-15 ⚽ 18k pm",
  "fitness coaching", "football coaching", "Imphal", "Khuman Lampak", 18000, "month")
G("g5b", "School in Imphal East looking for football coach cum PT sir. 12,000 per month",
  "fitness coaching", "football coaching", "Imphal", "Imphal East", 12000, "month", note="0.8")
G("g5c", "Gym trainer wanted, Paona Bazar Imphal, morning shift, 10k",
  "fitness coaching", "gym trainer", "Imphal", "Paona Bazar", 10000, "month")
G("g5d", "Football coach for club in Guwahati (Maligaon), 20000",
  "fitness coaching", "football coaching", "Guwahati", "Maligaon", 20000, "month")

# --- ward boy Siliguri
G("g6a", "সেবক রোডের নার্সিং হোমে ওয়ার্ড বয় চাই। বেতন ১১০০০ + দুপুরের খাওয়া। যোগাযোগ ৯৮৩২০xxxxx",
  "healthcare support", "ward boy/GDA", "Siliguri", "Sevoke Road", 11000, "month", note="Bengali digits; phone is a distractor")
G("g6b", "শিলিগুড়ি হাসপাতালে GDA (ছেলে) চাই, নাইট ডিউটি, মাইনে ৯০০০",
  "healthcare support", "ward boy/GDA", "Siliguri", None, 9000, "month", note="0.9")
G("g6c", "Pathology lab technician (DMLT) Hakimpara Siliguri 14k",
  "healthcare support", "pathology lab technician", "Siliguri", "Hakimpara", 14000, "month")
G("g6d", "OT assistant লাগবে, মাটিগাড়া শিলিগুড়ি, ১২০০০ টাকা মাসে",
  "healthcare support", "OT assistant", "Siliguri", "Matigara", 12000, "month", note="same gda subgroup, no shared skill: soft")
G("g6e", "কলকাতা দমদম নার্সিং হোমে ওয়ার্ড বয় চাই, ১২০০০",
  "healthcare support", "ward boy/GDA", "Kolkata", "Dum Dum", 12000, "month")
G("s2", "URGENT ward boy Siliguri hospital salary 18000!! joining kal se. uniform + medical fitness fee ₹1500 pehle jama karna hoga",
  "healthcare support", "ward boy/GDA", "Siliguri", None, 18000, "month", scam=True, note="upfront fee scam")

# --- cab Siliguri
G("g7a", "Driver for tourist Innova, Siliguri-Darjeeling-Gangtok packages. ₹900/day + food. Hill driving must",
  "driving", "outstation trips|cab driving", "Siliguri", None, 900, "day")
G("g7b", "শিলিগুড়ি জংশনের কাছে হোটেলে ক্যাব ড্রাইভার চাই, মাসে ২০০০০, থাকার ঘর আছে",
  "driving", "cab driving", "Siliguri", None, 20000, "month", note="20000/26 = 769 vs 800 per day: 0.96")
G("g7c", "Pickup driver for veg supply to Champasari market, Siliguri. 700 per day",
  "driving", "tempo/pickup driving", "Siliguri", "Champasari", 700, "day", note="adjacent lcv + pay 0.875 -> 0")
G("g7d", "টোটো চালানোর লোক চাই শিলিগুড়ি, রোজ ৫০০",
  "driving", "e-rickshaw driving", "Siliguri", None, 500, "day")
G("g7e", "Cab driver Guwahati airport duty 850/day",
  "driving", "cab driving", "Guwahati", None, 850, "day")
