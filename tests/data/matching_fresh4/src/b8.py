from lib import W, G, MS, WK, ALL, WE

# ---------------- word traps and decoys across families (no worker of their own)
G("t01", """Ice cream parlour counter staff, Paradip (near bus stand), 9000 + food""",
  "retail/sales", ["showroom/counter sales"], "Paradip", pay=9000, unit="month", script="en",
  note="word trap 'ice' in the ice-factory worker's town: retail, not factory labour")

G("t02", """Forklift operator reqd — warehouse, Bhubaneswar (Mancheswar), 17000, licence must""",
  "warehouse/loading", ["forklift operation"], "Bhubaneswar", "Mancheswar", pay=17000, unit="month",
  script="en", note="word trap 'lift' for the lift technician w08")

G("t03", """ಮಲ್ಪೆ - ಬೋಟ್ ಪೇಂಟಿಂಗ್ ಕೆಲಸ, ಸ್ಪ್ರೇ ಪೇಂಟರ್ ಬೇಕು, ದಿನಕ್ಕೆ 900""",
  "painting", ["spray painting"], "Udupi", "Malpe", pay=900, unit="day", script="kn",
  note="word trap 'boat' for the trawler crew w03")

G("t04", """கோவை செல்வபுரம் - மர சாமான் பாலிஷ் (PU) வேலைக்கு ஆள் தேவை, நாள் 800""",
  "painting", ["wood polish/PU"], "Coimbatore", "Selvapuram", pay=800, unit="day", script="ta",
  note="word trap 'polish' in the jewellery polisher's locality")

G("t05", """Voice process – Assamese/Hindi customer care, Guwahati (GS Road) office, 13,500 + PF""",
  "customer support", ["hindi voice support"], "Guwahati", "GS Road", pay=13500, unit="month",
  script="en", note="word trap 'voice' for the voice-over artist w20")

G("t06", """Hindi audio transcription (AI data), remote, ₹60 per audio minute""",
  "data annotation", ["hindi audio transcription"], None, remote=True, pay=60, unit="task",
  per="audio minute", script="en", note="word trap 'transcription' for the medical transcriptionist w19")

G("t07", """शिमला माल रोड होटल में वेटर चाहिए, 11000 + खाना + रहना""",
  "hospitality", ["waiter/steward"], "Shimla", "Mall Road", pay=11000, unit="month", script="hi",
  note="same-town decoy for the orchard worker w29")

G("t08", """Kishangarh marble mandi - truck driver chahiye, 20000, heavy licence""",
  "driving", ["truck driving"], "Kishangarh", pay=20000, unit="month", script="hi-Latn",
  note="word trap 'marble' in the polisher's town: driving")

G("t09", """ਜਲੰਧਰ - ਸਪੋਰਟਸ ਫੈਕਟਰੀ ਵਿੱਚ ਪੈਕਿੰਗ ਲਈ 10 ਮੁੰਡੇ ਚਾਹੀਦੇ, ₹9500""",
  "warehouse/loading", ["picking/packing"], "Jalandhar", pay=9500, unit="month", slots=10, script="pa",
  note="same-town decoy for w26")

G("t11", """शिलांग लैतुमखरा - लड़कियों के हॉस्टल के लिए सिक्योरिटी गार्ड चाहिए
नाइट ड्यूटी, 10000 महीना, उम्र 50 से कम""",
  "security", ["residential security guard"], "Shillong", "Laitumkhrah", pay=10000, unit="month",
  script="hi", note="same-locality decoy for the librarian w23; age limit is a distractor")

