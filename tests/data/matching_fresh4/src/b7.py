from lib import W, G, MS, WK, ALL, WE

# ---------------- w35 insurance field sales, Dhanbad (romanized Hindi) -- covered trade
W("w35", """Namaskar sir, main Rakesh Mahto, Dhanbad Hirapur me rehta hu
LIC aur health insurance bechne ka 4 saal ka experience, field me ghumta hu
sirf commission wala kaam nahi chahiye, fixed 12000 minimum
Bokaro bhi ja sakta hu""",
  "retail/sales", ["insurance/loan sales"], "Dhanbad", "Hirapur", travel=["Bokaro"], pay=12000,
  unit="month", exp=4, langs=["Hindi"], script="hi-Latn")

G("g35a", """Relationship Manager – health insurance, Dhanbad branch (Bank More)
Fixed ₹15,000 + incentives, graduates only, 2 yrs field sales exp""",
  "retail/sales", ["insurance/loan sales"], "Dhanbad", "Bank More", pay=15000, unit="month", minexp=2,
  script="en", want={"w35": 2})

G("g35b", """बोकारो सेक्टर 4 - लोन सेल्स एग्जीक्यूटिव चाहिए
11000 + इंसेंटिव, बाइक ज़रूरी""",
  "retail/sales", ["insurance/loan sales"], "Bokaro", "Sector 4", pay=11000, unit="month", script="hi",
  note="11000/12000 -> 1; 'Sector 4' is a locality", want={"w35": 1})

G("g35c", """Dhanbad Saraidhela mobile showroom me counter salesman, 12000""",
  "retail/sales", ["showroom/counter sales"], "Dhanbad", "Saraidhela", pay=12000, unit="month",
  script="hi-Latn", note="store subgroup not adjacent to field -> 0")

G("g35d", """Insurance advisor – Ranchi Main Road office, 14k fixed""",
  "retail/sales", ["insurance/loan sales"], "Ranchi", "Main Road", pay=14000, unit="month", script="en",
  note="same trade, Ranchi unreachable for w35")

G("g35e", """Insurance POSP agent baniye 💼 Dhanbad
₹5,000 code fee jama karo, phir 30k mahina kamao""",
  "retail/sales", ["insurance/loan sales"], "Dhanbad", pay=30000, unit="month", scam=True,
  script="hi-Latn", note="agent code fee -> scam")

# ---------------- w36 retired HR / payroll, Nashik (Marathi Devanagari)
W("w36", """नमस्कार,
मी सुधीर देशपांडे, वय ६३, नाशिक (गंगापूर रोड)
सातपूर MIDC मधील कंपनीत HR व पर्सोनेल विभागात ३१ वर्षे - पगार (payroll), PF, ESI, कामगार कायदे
आता निवृत्त, सल्लागार म्हणून काम करायचे आहे
ऑनलाइन पण चालेल
तासाला किमान ₹१०००
आठवड्यात मंगळवार, गुरुवार, शनिवार""",
  "HR consulting", ["payroll processing/PF-ESI", "labour law compliance"], "Nashik", "Gangapur Road",
  remote=True, pay=1000, unit="hour", days=["tue", "thu", "sat"], exp=31, langs=["Marathi"], age=63,
  script="mr", note="age 63 is not experience; Satpur MIDC is the old employer")

G("g36a", """Part-time payroll & PF/ESI compliance consultant for an auto-parts unit, Satpur MIDC, Nashik
150 workers, ₹1,200/hour, Tuesdays & Thursdays""",
  "HR consulting", ["payroll processing/PF-ESI"], "Nashik", "Satpur MIDC", pay=1200, unit="hour",
  days=["tue", "thu"], script="en", note="150 workers is not slots", want={"w36": 2})

G("g36b", """नाशिक अंबड MIDC - कामगार कायदा अनुपालन (Factory Act, CLRA) साठी सल्लागार हवा
दर भेट ₹५०००, आठवड्यातून एकदा (शनिवार)""",
  "HR consulting", ["labour law compliance"], "Nashik", "Ambad MIDC", pay=5000, unit="task", per="visit",
  days=["sat"], script="mr", note="per visit vs hourly: not comparable -> 2", want={"w36": 2})

G("g36c", """Remote HR audit for a 60-person startup, ₹1000/hr, Thursday calls""",
  "HR consulting", ["HR audit"], None, remote=True, pay=1000, unit="hour", days=["thu"], script="en",
  note="HR audit: same policy subgroup as labour law compliance -> 1", want={"w36": 1})

G("g36d", """Payroll consultant required on-site at Pune Chakan plant, ₹1500/hr, Mon-Fri""",
  "HR consulting", ["payroll processing/PF-ESI"], "Pune", "Chakan", pay=1500, unit="hour", days=WK,
  script="en", note="same trade, Pune unreachable (not remote)")

G("g36e", """Payroll executive full-time, Nashik Dwarka, 22000/month, Mon-Sat""",
  "HR consulting", ["payroll processing/PF-ESI"], "Nashik", "Dwarka", pay=22000, unit="month", days=MS,
  script="en", note="cross-unit: 22000/month = 106/hour vs 1000/hour -> 0 (underpaid)")

# ---------------- w37 Tally accountant, Agartala (Bengali) -- covered trade
W("w37", """নমস্কার
আমি সুমন দেবনাথ, আগরতলা কৃষ্ণনগরে থাকি
টালি প্রাইম এ ৮ বছর অ্যাকাউন্টস, GST রিটার্নও করি
মাসে ১৪০০০ টাকার কম হলে পোষাবে না
রবিবার ছুটি
বাংলা, একটু ককবরক, হিন্দি""",
  "bookkeeping/accounting", ["tally bookkeeping", "GST return filing"], "Agartala", "Krishnanagar",
  pay=14000, unit="month", days=MS, exp=8, langs=["Bengali", "Kokborok", "Hindi"], script="bn")

G("g37a", """আগরতলা বটতলায় হোলসেল দোকানে টালি জানা হিসাবরক্ষক চাই
বেতন ১৬০০০, সোম থেকে শনি
কমপক্ষে ৩ বছরের অভিজ্ঞতা চাই""",
  "bookkeeping/accounting", ["tally bookkeeping"], "Agartala", "Battala", pay=16000, unit="month", minexp=3,
  days=MS, script="bn", want={"w37": 2})

G("g37b", """Agartala Melarmath e accountant lagbe (Tally + GST), mashe 13,000""",
  "bookkeeping/accounting", ["tally bookkeeping", "GST return filing"], "Agartala", "Melarmath",
  pay=13000, unit="month", script="bn-Latn", note="13000/14000 -> 1", want={"w37": 1})

G("g37c", """Agartala CA office me income tax return filing ke liye staff chahiye, 15000""",
  "bookkeeping/accounting", ["income tax return filing"], "Agartala", pay=15000, unit="month",
  script="hi-Latn", note="ITR: same tax subgroup as GST -> 1", want={"w37": 1})

G("g37d", """শিলচর - টালি অ্যাকাউন্ট্যান্ট চাই, ১৮০০০""",
  "bookkeeping/accounting", ["tally bookkeeping"], "Silchar", pay=18000, unit="month", script="bn",
  note="same trade, Silchar unreachable")

G("g37e", """Remote Tally entry work, 8000/month, part time""",
  "bookkeeping/accounting", ["tally bookkeeping"], None, remote=True, pay=8000, unit="month",
  script="en", note="remote, but w37 did not say remote -> 0")

# ---------------- w38 YouTube video editor, Srinagar (romanized Hindi/English) -- covered trade
W("w38", """Assalamualaikum
Aadil here, Srinagar (Rajbagh)
YouTube video editor – vlogs, podcasts, shorts. Premiere Pro + After Effects, 3 saal
remote kaam karta hu, net kabhi kabhi slow hota hai lol
per video 1500 min (10-15 min wali video)
Kashmiri, Urdu, Hindi, English""",
  "graphic design", ["video editing"], "Srinagar", "Rajbagh", remote=True, pay=1500, unit="task",
  per="video", exp=3, langs=["Kashmiri", "Urdu", "Hindi", "English"], script="hi-Latn",
  note="'10-15 min' is video length, not pay")

G("g38a", """Need YouTube editor for a Hindi personal-finance channel
2 long videos/week, ₹2000 per video, remote""",
  "graphic design", ["video editing"], None, remote=True, pay=2000, unit="task", per="video",
  script="en", want={"w38": 2})

G("g38b", """Reels / shorts editor chahiye, ₹400 per reel, remote, daily 2 reels""",
  "graphic design", ["video editing"], None, remote=True, pay=400, unit="task", per="reel",
  script="hi-Latn", note="per reel vs per video: not comparable -> 2", want={"w38": 2})

G("g38c", """Motion graphics / explainer animation artist, remote, ₹1200 per video""",
  "graphic design", ["motion graphics"], None, remote=True, pay=1200, unit="task", per="video",
  script="en", note="same motion subgroup (soft) + pay 0.8 (soft) -> 0")

G("g38d", """Video editor for studio in Jammu (Gandhi Nagar), on-site, ₹20,000/month""",
  "graphic design", ["video editing"], "Jammu", "Gandhi Nagar", pay=20000, unit="month", script="en",
  note="on-site Jammu: unreachable for the Srinagar editor")

G("g38e", """Logo + visiting card design for our Srinagar bakery, remote ok, ₹3000""",
  "graphic design", ["logo design", "brochure/print design"], None, remote=True, pay=3000, unit="task",
  per="project", script="en", note="brand subgroup -> 0")

# ---------------- w39 elder caretaker, Margao (romanized Konkani)
W("w39", """Dev borem korum
hanv Maria Rodrigues, Margao (Fatorda) rabtam
zannteank sambhalpacho kam 10 vorsam - bedridden patient, diaper, jevonn, vokhdam vellar
day duty, sokallim 8 te rati 8
salary 15000 per month, tya poros unnem nhoi
Konkani, English, Hindi thodem""",
  "caregiving/nursing aide", ["elderly care attendant", "bedridden patient care"], "Margao", "Fatorda",
  pay=15000, unit="month", exp=10, langs=["Konkani", "English", "Hindi"], script="kok-Latn",
  note="romanized Konkani; times are distractors")

G("g39a", """Day attendant for 84-yr-old mother, Margao (Aquem), 9am-8pm, ₹16,000/month""",
  "caregiving/nursing aide", ["elderly care attendant"], "Margao", "Aquem", pay=16000, unit="month",
  script="en", want={"w39": 2})

G("g39b", """Fatorda - bedridden patient care, 24 hr live-in, 18000, Konkani bolpi zai""",
  "caregiving/nursing aide", ["bedridden patient care"], "Margao", "Fatorda", pay=18000, unit="month", req=["Konkani"],
  script="kok-Latn", want={"w39": 2})

G("g39c", """Home nurse for injections / IV drip, Margao Navelim, ₹700 per visit""",
  "caregiving/nursing aide", ["home nursing (injections/dressing)"], "Margao", "Navelim", pay=700,
  unit="task", per="visit", script="en", note="nursing adjacent to elder -> 1", want={"w39": 1})

G("g39d", """Elderly care attendant needed Panaji (Altinho), ₹17,000""",
  "caregiving/nursing aide", ["elderly care attendant"], "Panaji", "Altinho", pay=17000, unit="month",
  script="en", note="same trade, Panaji unreachable for w39")

G("g39e", """Japa maid / newborn care, Margao, 40 days, ₹20,000""",
  "caregiving/nursing aide", ["japa/newborn care"], "Margao", pay=20000, unit="month", dates="40 days",
  script="en", note="newborn subgroup -> 0")

# ---------------- w40 blouse tailor, Berhampur (Odia) -- covered trade
W("w40", """ନମସ୍କାର
ମୁଁ ସସ୍ମିତା ପଣ୍ଡା, ବ୍ରହ୍ମପୁର ଗେଟ ବଜାରରେ ରହେ
ବ୍ଲାଉଜ ସିଲେଇ 7 ବର୍ଷ, ଡିଜାଇନର ବ୍ଲାଉଜ ବି
ଘରେ ସିଲେଇ ମେସିନ ଅଛି
ପ୍ରତି ବ୍ଲାଉଜ 250 ଟଙ୍କାରୁ କମ ନୁହେଁ
ଓଡ଼ିଆ, ତେଲୁଗୁ""",
  "tailoring", ["blouse stitching"], "Berhampur", "Gate Bazar", pay=250, unit="task", per="blouse", exp=7,
  langs=["Odia", "Telugu"], script="or", note="Brahmapur = Berhampur (Odisha)")

G("g40a", """ବ୍ରହ୍ମପୁର ବଡ଼ବଜାର ବୁଟିକ ପାଇଁ ବ୍ଲାଉଜ ଟେଲର ଦରକାର
ପ୍ରତି ବ୍ଲାଉଜ ୩୦୦ ଟଙ୍କା""",
  "tailoring", ["blouse stitching"], "Berhampur", "Bada Bazar", pay=300, unit="task", per="blouse",
  script="or", want={"w40": 2})

G("g40b", """Berhampur Gandhinagar boutique ku tailor darkar, masiku 10000-12000, blouse au salwar""",
  "tailoring", ["blouse stitching", "salwar suit stitching"], "Berhampur", "Gandhinagar", pay=10000, pmax=12000,
  unit="month", script="or-Latn", note="monthly vs per blouse: not comparable -> 2", want={"w40": 2})

G("g40c", """Berhampur re saree fall pico kaam achhi, prati saree 40 tanka""",
  "tailoring", ["saree fall/pico"], "Berhampur", pay=40, unit="task", per="saree", script="or-Latn",
  note="same tailor subgroup -> 1", want={"w40": 1})

G("g40d", """శ్రీకాకుళం లో blouse stitching టైలర్ కావాలి, బ్లౌజ్ కి 350""",
  "tailoring", ["blouse stitching"], "Srikakulam", pay=350, unit="task", per="blouse", script="te",
  note="same trade, Srikakulam unreachable")

G("g40e", """Garment factory machine operator, Berhampur (Ankuli), 9000, 2 shifts""",
  "tailoring", ["garment machine operator"], "Berhampur", "Ankuli", pay=9000, unit="month", script="en",
  note="factory subgroup -> 0")

G("g40f", """ବ୍ଲାଉଜ ସିଲେଇ ଘରେ, ବ୍ରହ୍ମପୁର, ପ୍ରତି ବ୍ଲାଉଜ ୧୫୦""",
  "tailoring", ["blouse stitching"], "Berhampur", pay=150, unit="task", per="blouse", script="or",
  note="150/250 = 0.6 -> 0 (underpaid)")
