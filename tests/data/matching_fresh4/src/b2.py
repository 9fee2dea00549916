from lib import W, G, MS, WK, ALL, WE

# ---------------- w06 ice-cream cart vendor, Siliguri (romanized Hindi)
W("w06", """hello sir
mera naam Bikash Roy, Siliguri Pradhan Nagar me rehta hu
5 saal se ice cream ka thela chalata hu, garmi me kulfi bhi bechta hu
daily fixed 400 chahiye, commission alag se
Bangla Hindi dono bolta hu""",
  "street vending", ["ice-cream cart vending"], "Siliguri", "Pradhan Nagar", pay=400, unit="day", exp=5,
  langs=["Bengali", "Hindi"], script="hi-Latn", note="commission is not pay; fixed 400/day is the minimum")

G("g06a", """শিলিগুড়িতে আইসক্রিম গাড়ি চালানোর জন্য ছেলে চাই 🍦
দিনে ৪৫০ টাকা ফিক্সড + বিক্রির উপর কমিশন
অফিস: সেবক রোড, ২ নং মাইল
মার্চ থেকে জুন""",
  "street vending", ["ice-cream cart vending"], "Siliguri", "Sevoke Road", pay=450, unit="day",
  dates="March-June", script="bn", note="Bengali digits; '2 no. mile' is a place", want={"w06": 2})

G("g06b", """Siliguri Hakimpara te kulfi cart er jonno 3 jon chele lagbe
mashe ₹12,000 + incentive, cycle cart amader""",
  "street vending", ["ice-cream cart vending"], "Siliguri", "Hakimpara", pay=12000, unit="month", slots=3,
  script="bn-Latn", note="12000/month = 461/day >= 400", want={"w06": 2})

G("g06c", """Siliguri Hill Cart Road e phuchka stall e helper lagbe
din e 400 taka, bikel 4 ta theke rat 10 ta""",
  "street vending", ["chaat/pani puri stall"], "Siliguri", "Hill Cart Road", pay=400, unit="day",
  script="bn-Latn", note="food stall adjacent to cart -> grade 1; times are distractors", want={"w06": 1})

G("g06d", """Jalpaiguri town e ice cream van er jonno salesman chai, 500 per day""",
  "street vending", ["ice-cream cart vending"], "Jalpaiguri", pay=500, unit="day", script="bn-Latn",
  note="same trade, Jalpaiguri not in w06's reach")

G("g06e", """आइसक्रीम ठेला चलाने वाला चाहिए - सिलीगुड़ी, सालुगाड़ा
₹250 रोज + बिक्री पर 10% कमीशन""",
  "street vending", ["ice-cream cart vending"], "Siliguri", "Salugara", pay=250, unit="day", script="hi",
  note="250/400 = 0.625 -> 0 (underpaid); commission ignored")

G("g06f", """Showroom salesman wanted — Sevoke Road, Siliguri. Mobile & accessories. 11000 + incentive.
Age 20-30, Bengali/Hindi/Nepali""",
  "retail/sales", ["showroom/counter sales"], "Siliguri", "Sevoke Road", pay=11000, unit="month",
  script="en", note="same-town decoy (retail)")

# ---------------- w07 tyre puncture repair, Bilaspur CG (Hindi Devanagari)
W("w07", """नमस्कार भैया
मैं संतोष साहू, बिलासपुर (छत्तीसगढ़) सरकंडा में रहता हूं
टायर पंचर का काम 5 साल से कर रहा, ट्यूबलेस भी, ट्रक का टायर भी खोल लेता हूं
रायपुर में भी चलेगा
महीना 10000 से कम नहीं
सातों दिन काम कर सकता हूं""",
  "vehicle repair", ["tyre puncture repair"], "Bilaspur", "Sarkanda", travel=["Raipur"], pay=10000,
  unit="month", days=ALL, exp=5, langs=["Hindi"], script="hi")

G("g07a", """हाईवे पर टायर दुकान - बिलासपुर, रतनपुर रोड
पंचर बनाने वाला लड़का चाहिए
11000 महीना + रहना खाना
फोन 94252 31876""",
  "vehicle repair", ["tyre puncture repair"], "Bilaspur", "Ratanpur road", pay=11000, unit="month",
  script="hi", want={"w07": 2})

G("g07b", """Wheel alignment & balancing center - Bilaspur Vyapar Vihar
helper cum technician chahiye, 10k pm, training denge""",
  "vehicle repair", ["wheel alignment/balancing"], "Bilaspur", "Vyapar Vihar", pay=10000, unit="month",
  script="hi-Latn", note="same tyre subgroup -> grade 1", want={"w07": 1})

G("g07c", """Tyre shop at Raipur Telibandha needs puncture repair guy
₹11,000-13,000/month, timing 9am-9pm, all days open""",
  "vehicle repair", ["tyre puncture repair"], "Raipur", "Telibandha", pay=11000, pmax=13000, unit="month", days=ALL,
  script="en", want={"w07": 2})

G("g07d", """बिलासपुर मंगला चौक - बाइक सर्विसिंग मैकेनिक चाहिए
हीरो होंडा बजाज सब गाड़ी, 12000 महीना""",
  "vehicle repair", ["two-wheeler servicing"], "Bilaspur", "Mangla Chowk", pay=12000, unit="month",
  script="hi", note="same family, two-wheeler subgroup not adjacent to tyre -> 0")

G("g07e", """कोरबा - टायर पंचर दुकान पर लड़का चाहिए, 13000 महीना""",
  "vehicle repair", ["tyre puncture repair"], "Korba", pay=13000, unit="month", script="hi",
  note="same trade, Korba not in w07's reach")

G("g07f", """Bilaspur Tifra puncture dukan pe helper, 6500 mahina, subah 8 baje aana""",
  "vehicle repair", ["tyre puncture repair"], "Bilaspur", "Tifra", pay=6500, unit="month",
  script="hi-Latn", note="6500/10000 = 0.65 -> 0 (underpaid)")

# ---------------- w08 lift technician, Bhubaneswar (English)
W("w08", """Hi, I am Subhransu Mohanty, 27, Bhubaneswar (Nayapalli)
ITI electrician 2016 pass, working as lift technician since 4 yrs - AMC servicing, breakdown calls, rope and door adjustment
can travel to Cuttack also
expecting min 20000 per month
Odia, Hindi, English""",
  "lift/elevator", ["lift maintenance/AMC", "lift breakdown callout"], "Bhubaneswar", "Nayapalli",
  travel=["Cuttack"], pay=20000, unit="month", exp=4, langs=["Odia", "Hindi", "English"], age=27,
  script="en", note="'ITI 2016' is a year, not experience")

G("g08a", """Lift AMC technician reqd – Bhubaneswar, Saheed Nagar
Salary 22,000 + PF/ESI
Min 2 yrs exp. Mon–Sat 9:30 to 6""",
  "lift/elevator", ["lift maintenance/AMC"], "Bhubaneswar", "Saheed Nagar", pay=22000, unit="month",
  days=MS, minexp=2, script="en", want={"w08": 2})

G("g08b", """କଟକରେ ନୂଆ ଆପାର୍ଟମେଣ୍ଟରେ ଲିଫ୍ଟ ଇନଷ୍ଟଲେସନ ପାଇଁ ଟେକ୍ନିସିଆନ ଦରକାର
ମାସିକ ୨୪୦୦୦ ଟଙ୍କା, ୩ ଜଣ
ଯୋଗାଯୋଗ 98610 22473""",
  "lift/elevator", ["lift installation"], "Cuttack", pay=24000, unit="month", slots=3, script="or",
  note="installation adjacent to service -> grade 1", want={"w08": 1})

G("g08c", """Lift mechanic chahiye Bhubaneswar Patia, 16000 salary, breakdown duty rotation""",
  "lift/elevator", ["lift breakdown callout"], "Bhubaneswar", "Patia", pay=16000, unit="month",
  script="hi-Latn", note="16000/20000 = 0.8 -> grade 1", want={"w08": 1})

G("g08d", """Elevator service engineer – Rourkela (Civil Township). 25k. Contact HR 0661-2xxxxxx""",
  "lift/elevator", ["lift maintenance/AMC"], "Rourkela", "Civil Township", pay=25000, unit="month",
  script="en", note="same trade, Rourkela unreachable")

G("g08e", """AC technician wanted Bhubaneswar Jaydev Vihar – split AC installation & service, 18000 + incentive""",
  "AC/appliance repair", ["AC installation", "AC servicing"], "Bhubaneswar", "Jaydev Vihar", pay=18000,
  unit="month", script="en", note="same-town decoy (AC)")

G("g08f", """LIFT TECHNICIAN JOBS in top MNC 🏢 Bhubaneswar
salary ₹28,000
pay ₹2500 for ID card & training kit before interview, 100% placement""",
  "lift/elevator", ["lift maintenance/AMC"], "Bhubaneswar", pay=28000, unit="month", scam=True,
  script="en", note="kit fee before interview -> scam; otherwise grade 2 for w08")

# ---------------- w09 scaffolding fitter, Jamnagar (Gujarati)
W("w09", """નમસ્તે
હું રમેશ વાઘેલા, જામનગર, દિગ્વિજય પ્લોટ માં રહું છું
રિફાઇનરી માં સ્કેફોલ્ડિંગ ફિટર તરીકે 7 વર્ષ કામ કર્યું છે, કપલોક, ટ્યુબ-કપલર બધું
રાજકોટ પણ જઈ શકું
રોજ ના ₹800 થી ઓછું નહિ
ઉંમર 32, ગુજરાતી હિન્દી""",
  "masonry/construction", ["scaffolding fitting"], "Jamnagar", "Digvijay Plot", travel=["Rajkot"],
  pay=800, unit="day", exp=7, langs=["Gujarati", "Hindi"], age=32, script="gu")

G("g09a", """Scaffolding fitters required for refinery shutdown at Jamnagar (Motikhavdi)
₹950/day + OT, 30 days job
25 nos. Height pass preferred
Report 12/11 at gate no. 3""",
  "masonry/construction", ["scaffolding fitting"], "Jamnagar", "Motikhavdi", pay=950, unit="day",
  slots=25, dates="30 days from 12/11", script="en", want={"w09": 2})

G("g09b", """રાજકોટ માં 14 માળ ની બિલ્ડીંગ માટે સ્કેફોલ્ડિંગ ફિટર જોઈએ
મહિને ૨૪૦૦૦, રહેવાનું સાઇટ પર
કાલાવડ રોડ""",
  "masonry/construction", ["scaffolding fitting"], "Rajkot", "Kalawad Road", pay=24000, unit="month",
  script="gu", note="24000/month vs 800/day: ratio 1.15 -> 2; '14 floors' is a distractor", want={"w09": 2})

G("g09c", """जामनगर साइट पर हेल्पर चाहिए - ईंट, सीमेंट उठाना, 600 रोज""",
  "masonry/construction", ["construction helper"], "Jamnagar", pay=600, unit="day", script="hi",
  note="same family, labour subgroup not adjacent to scaffolding -> 0")

G("g09d", """દહેજ GIDC પ્લાન્ટ - સ્કેફોલ્ડિંગ ફિટર ૧૦ જોઈએ, રોજ ૧૦૦૦""",
  "masonry/construction", ["scaffolding fitting"], "Dahej", pay=1000, unit="day", slots=10, script="gu",
  note="same trade, Dahej unreachable")

G("g09e", """Jamnagar Patel Colony - shuttering carpenter chahiye slab ke liye, 900 per day""",
  "carpentry", ["shuttering/formwork"], "Jamnagar", "Patel Colony", pay=900, unit="day", script="hi-Latn",
  note="adjacent trade in another family (carpentry) -> 0")

G("g09f", """SCAFFOLDING FITTER – SAUDI ARABIA 🇸🇦
salary approx ₹33,000 + food + stay
Jamnagar walk-in Sunday
service charge ₹1,20,000 (visa+ticket)""",
  "masonry/construction", ["scaffolding fitting"], "Jamnagar", pay=33000, unit="month", scam=True,
  script="en", note="large service charge -> scam")

# ---------------- w10 marble polisher, Kishangarh (Hindi Devanagari, Marwari flavour)
W("w10", """राम राम सा
म्हारो नाम भंवरलाल, किशनगढ़ (अजमेर) मदनगंज में रहता हूं
मार्बल, ग्रेनाइट घिसाई और पॉलिश का काम 11 साल से, डायमंड मशीन चलाता हूं
अजमेर तक आ जाऊंगा, जयपुर नहीं जाना
रेट 12 रुपये स्क्वायर फुट से कम नहीं""",
  "masonry/construction", ["marble/granite polishing"], "Kishangarh", "Madanganj", travel=["Ajmer"],
  pay=12, unit="task", per="sq ft", exp=11, langs=["Hindi"], script="hi",
  note="Kishangarh is a town of Ajmer district; Jaipur refused")

G("g10a", """अजमेर वैशाली नगर में नया बंगला
3200 sq ft मार्बल फ्लोर घिसाई + पॉलिश
₹14 प्रति sq ft, 15 दिन में काम पूरा""",
  "masonry/construction", ["marble/granite polishing"], "Ajmer", "Vaishali Nagar", pay=14, unit="task",
  per="sq ft", script="hi", note="3200 sq ft is area, not pay", want={"w10": 2})

G("g10b", """Kishangarh marble showroom ke liye polish karigar chahiye
700 rupay roz (negotiable), R.K. Marble ke saamne""",
  "masonry/construction", ["marble/granite polishing"], "Kishangarh", pay=700, unit="day", neg=True,
  script="hi-Latn", note="day rate vs per-sq-ft minimum: not comparable -> 2", want={"w10": 2})

G("g10c", """किशनगढ़ हाउसिंग बोर्ड - बाथरूम टाइल फिटिंग मिस्त्री चाहिए, 900 रोज""",
  "masonry/construction", ["tile fitting"], "Kishangarh", "Housing Board", pay=900, unit="day",
  script="hi", note="tile fitting (mason) not adjacent to stone -> 0")

G("g10d", """अजमेर - पुराने मकान का मार्बल पॉलिश करवाना है, ₹8/sq ft देंगे""",
  "masonry/construction", ["marble/granite polishing"], "Ajmer", pay=8, unit="task", per="sq ft",
  script="hi", note="8/12 = 0.67 -> 0 (underpaid)")

G("g10e", """Granite polishing work Jaipur Mansarovar, ₹15 per sq.ft, 2000 sqft""",
  "masonry/construction", ["marble/granite polishing"], "Jaipur", "Mansarovar", pay=15, unit="task",
  per="sq ft", script="en", note="w10 refuses Jaipur -> 0")

G("g10f", """कोटा स्टोन फर्श लगाने का काम - किशनगढ़ नया शहर
₹18 / sq ft, मिस्त्री अपना औजार लाए""",
  "masonry/construction", ["granite/kota stone laying"], "Kishangarh", "Naya Shahar", pay=18, unit="task",
  per="sq ft", script="hi", note="word trap 'Kota' (stone, not the city); same stone subgroup -> grade 1",
  want={"w10": 1})
