from h import G

# more other-trade distractors in workers' cities, and same-trade gigs where the worker cannot go
G("y01", "Shillong Laitumkhrah cafe needs barista/helper, 9000 + meals",
  "cooking", "chinese/fast food cooking", "Shillong", "Laitumkhrah", 9000, "month",
  note="same locality as the guitar teacher, other trade")
G("y02", "Electrician reqd for hotel maintenance, Shillong Polo, 14k",
  "electrical", "electrical maintenance", "Shillong", "Polo", 14000, "month")
G("y03", "ಬೆಂಗಳೂರು ಜಯನಗರ 4th block ಕ್ಲಿನಿಕ್ ಗೆ ಫಿಸಿಯೋಥೆರಪಿಸ್ಟ್ ಬೇಕು, 22000",
  "physiotherapy", "orthopaedic physiotherapy", "Bengaluru", "Jayanagar", 22000, "month",
  note="same locality as the yoga teacher; '4th block' is part of the locality")
G("y04", "ଭୁବନେଶ୍ୱର ଜାଗାମରା ପାଖରେ ସିକ୍ୟୁରିଟି ଗାର୍ଡ ଦରକାର, 10000",
  "security", "residential security guard", "Bhubaneswar", "Jagamara", 10000, "month", note="Odia script")
G("y05", "భీమవరం లో ఎలక్ట్రీషియన్ కావాలి, రోజుకి 700",
  "electrical", "house wiring", "Bhimavaram", None, 700, "day")
G("y06", "Bhimavaram rice mill lo loading workers, 10 mandi, 550 per day",
  "warehouse/loading", "loading/unloading", "Bhimavaram", None, 550, "day", slots=10, note="romanized Telugu; '10 mandi' = 10 people")
G("y07", "गिरगाव मुंबई, घरकामासाठी बाई पाहिजे, महिना ७०००",
  "cleaning/domestic", "house cleaning (jhadu-pocha)", "Mumbai", "Girgaon", 7000, "month",
  note="same locality as the tiffin cook; Devanagari digits")
G("y08", "Puri Swargadwar - griha pravesh puja pain purohit, dakshina 1500",
  "religious services", "griha pravesh/satyanarayan puja", "Puri", "Swargadwar", 1500, "task", "puja",
  note="Puri is not in the pandit's travel list")
G("y09", "Imphal Thangal Bazar - mobile + laptop repair technician, 12000",
  "electronics repair", "mobile phone repair", "Imphal", "Thangal Bazar", 12000, "month")
G("y10", "Swimming coach for Imphal sports complex, 16000, morning batches",
  "fitness coaching", "swimming coaching", "Imphal", None, 16000, "month", note="sports subgroup but no shared skill: soft")
G("y11", "Delivery boys wanted Imphal, own scooty, 13000",
  "delivery", "food delivery", "Imphal", None, 13000, "month")
G("y12", "राँची बरियातू में घर के लिए खाना बनाने वाली दीदी चाहिए, 7000",
  "cooking", "north indian home cooking", "Ranchi", "Bariatu", 7000, "month", note="same locality as the phlebotomist")
G("y13", "Ranchi Harmu - electrician, fan light fitting, 600 per din",
  "electrical", "fan/light fitting", "Ranchi", "Harmu", 600, "day")
G("y14", "રાજકોટ ઇમિટેશન જ્વેલરી યુનિટ માં પોલિશ કામ માટે બહેનો, પીસ દીઠ ₹2",
  "warehouse/loading", "picking/packing", "Rajkot", None, 2, "task", "piece", note="polish/pack piece work")
G("y15", "Pune Kothrud society needs security guard, 12-hr shift, 14000",
  "security", "residential security guard", "Pune", "Kothrud", 14000, "month", note="neuro physio's locality")
G("y16", "पुणे कोथरूड मध्ये स्वयंपाकीण हवी, सकाळ संध्याकाळ, ९०००",
  "cooking", "maharashtrian cooking", "Pune", "Kothrud", 9000, "month")
G("y17", "Assamese transcription at our Kolkata Sector V office (on-site only), ₹30 per audio minute",
  "data annotation", "assamese audio transcription", "Kolkata", "Salt Lake Sector V", 30, "task", "audio minute",
  note="same skill but on-site in Kolkata: infeasible for the remote Guwahati worker")
G("y18", "Tolichowki Hyderabad - ladies tailor for blouse & salwar, 14000",
  "tailoring", "blouse stitching|salwar suit stitching", "Hyderabad", "Tolichowki", 14000, "month", note="mehendi artist's locality")
G("y19", "హైదరాబాద్ కూకట్‌పల్లి లో బ్యూటీషియన్ కావాలి, ఫేషియల్ క్లీనప్, 15000",
  "beauty", "facial/cleanup", "Hyderabad", "Kukatpally", 15000, "month", note="salon subgroup, not mehendi")
G("y20", "Delivery riders Hyderabad Mehdipatnam, 18000-22000",
  "delivery", "food delivery", "Hyderabad", "Mehdipatnam", 18000, "month", mx=22000)
G("y21", "राउरकेला सेक्टर 19 में सिक्योरिटी गार्ड, 10000",
  "security", "residential security guard", "Rourkela", "Sector 19", 10000, "month", note="'Sector 19' is a locality")
G("y22", "Jamshedpur Telco welder (arc), 650 per day",
  "welding/fabrication", "arc welding", "Jamshedpur", "Telco", 650, "day",
  note="same welding subgroup, no shared skill (soft) + pay 0.93 (soft) -> 0 for the Rourkela welder")
G("y23", "ગાંધીધામ માં ઇલેક્ટ્રિશિયન જોઈએ, રોજ ના ૭૦૦",
  "electrical", "industrial electrical maintenance", "Gandhidham", None, 700, "day")
G("y24", "Gandhidham salt refinery loading unloading 20 workers, 500/day",
  "warehouse/loading", "loading/unloading", "Gandhidham", None, 500, "day", slots=20)
G("y25", "மதுரை சிம்மக்கல் ஹோட்டலுக்கு சமையல் மாஸ்டர் வேணும், 18000",
  "cooking", "south indian home cooking", "Madurai", "Simmakkal", 18000, "month", note="flower decorator's locality")
G("y26", "जगदलपुर में मोबाइल रिपेयर वाला चाहिए, 9000",
  "electronics repair", "mobile phone repair", "Jagdalpur", None, 9000, "month")
G("y27", "Jagdalpur hotel housekeeping staff, 8000 + khana",
  "cleaning/domestic", "hotel housekeeping", "Jagdalpur", None, 8000, "month")
G("y28", "சென்னை வடபழனி ஷோரூம் கேஷியர், 13000",
  "retail/sales", "cashier/billing", "Chennai", "Vadapalani", 13000, "month", note="tele-caller's locality")
G("y29", "जनकपुरी दिल्ली - ड्राइवर चाहिए, 18000",
  "driving", "personal car driving", "Delhi", "Janakpuri", 18000, "month", note="retired HR's locality")
G("y30", "Mumbai BKC - labour law compliance consultant for a factory group, on-site, ₹3000/hr, Wednesdays",
  "HR consulting", "labour law compliance", "Mumbai", "BKC", 3000, "hour", days="wed",
  note="shared skill, days fit, but Mumbai is not reachable")
G("y31", "Kochi office - English to Malayalam translator, on-site, ₹1.50 per word",
  "translation", "english-malayalam translation", "Kochi", None, 1.5, "task", "word",
  note="on-site in Kochi: infeasible for the remote Kozhikode translator")
G("y32", "Rourkela hotel laundry press man, ₹7 per piece",
  "laundry", "ironing/press (istri)", "Rourkela", None, 7, "task", "piece")
G("y33", "Football coach reqd Shillong, 15-18k, negotiable",
  "fitness coaching", "football coaching", "Shillong", None, 15000, "month", mx=18000, neg=True,
  note="range + negotiable; Shillong not reachable for the Imphal coach")
G("y34", "ਜਲੰਧਰ ਮਾਡਲ ਟਾਊਨ, ਬੱਚਿਆਂ ਲਈ ਗਿਟਾਰ ਟੀਚਰ, ਐਤਵਾਰ, 500 ਘੰਟਾ",
  "tutoring", "guitar lessons", "Jalandhar", "Model Town", 500, "hour", days="sun")
G("y35", "Bhimavaram aqua pond worker, experienced, 14-16k + room, Telugu must",
  "fisheries", "aqua pond (shrimp farm) work", "Bhimavaram", None, 14000, "month", mx=16000, req=["Telugu"],
  note="range")
G("y36", "ਮੋਗਾ ਰੋਡ ਲੁਧਿਆਣਾ, ਡੇਅਰੀ ਤੇ ਦੁੱਧ ਚੋਣ ਵਾਲਾ, ਪੰਦਰਾਂ ਹਜ਼ਾਰ ਮਹੀਨਾ",
  "dairy/animal husbandry", "dairy milking/cattle care", "Ludhiana", "Moga Road", 15000, "month",
  note="amount in words (ਪੰਦਰਾਂ ਹਜ਼ਾਰ = 15000)")
G("y37", "कटक नयासड़क तारकसी वर्कशॉप, छह सौ रुपये रोज, अनुभव 5 साल चाहिए",
  "handicrafts", "silver filigree (tarakasi)", "Cuttack", "Nayasarak", 600, "day", minexp=5,
  note="amount in words (छह सौ = 600)")
