"""Additions to the dev taxonomy for match4. Only additions: new families, new subgroups, new skills in
existing subgroups and adjacency pairs that involve a NEW subgroup. build.py asserts nothing existing changes."""
NEW_FAMILIES = {
    "borewell drilling": {"subgroups": {
        "rig": ["borewell rig operation", "borewell rig helper"],
        "pump": ["submersible pump installation"]}, "adjacent": [["rig", "pump"]]},
    "farm labour": {"subgroups": {
        "harvest": ["sugarcane harvesting", "cotton picking", "litchi picking/packing", "paddy transplanting"],
        "livestock": ["poultry farm hand", "goat farm hand", "dairy milking"],
        "apiculture": ["beekeeping (bee box handling)", "honey extraction"],
        "orchard": ["apple picking/grading", "orchard pruning"],
        "plantation": ["rubber tapping", "tea plucking", "cardamom picking"]}, "adjacent": []},
    "fishing": {"subgroups": {
        "boat": ["fishing boat crew (trawler)", "purse seine boat crew"],
        "shore": ["fish sorting/cleaning", "net mending"]}, "adjacent": [["boat", "shore"]]},
    "street vending": {"subgroups": {
        "cart": ["ice-cream cart vending"],
        "food_stall": ["chaat/pani puri stall", "tea/snacks stall"]}, "adjacent": [["cart", "food_stall"]]},
    "vehicle repair": {"subgroups": {
        "tyre": ["tyre puncture repair", "wheel alignment/balancing"],
        "two_wheeler": ["two-wheeler servicing"],
        "four_wheeler": ["car mechanic"]}, "adjacent": []},
    "lift/elevator": {"subgroups": {
        "service": ["lift maintenance/AMC", "lift breakdown callout"],
        "install": ["lift installation"]}, "adjacent": [["service", "install"]]},
    "fabrication": {"subgroups": {
        "aluminium": ["aluminium window/partition fitting", "ACP cladding"],
        "glass": ["toughened glass fitting"],
        "steel": ["MS grill/gate welding", "SS railing fabrication"]}, "adjacent": [["aluminium", "glass"]]},
    "jewellery": {"subgroups": {
        "polish": ["jewellery polishing"],
        "making": ["gold ornament making (karigar)", "stone setting"]}, "adjacent": [["polish", "making"]]},
    "medical transcription": {"subgroups": {
        "mt": ["US medical transcription", "medical transcript editing (QA)"],
        "coding": ["medical coding (ICD-10)"]}, "adjacent": []},
    "voice-over": {"subgroups": {
        "as": ["assamese voice-over"],
        "hi": ["hindi voice-over"],
        "en": ["english voice-over"],
        "dub": ["dubbing (lip-sync)"]}, "adjacent": []},
    "library/records": {"subgroups": {
        "library": ["library assistant", "library cataloguing (KOHA)"],
        "records": ["record room/file digitisation"]}, "adjacent": [["library", "records"]]},
    "factory labour": {"subgroups": {
        "ice": ["ice factory worker"],
        "kiln": ["brick kiln moulding"],
        "mill": ["rice mill helper"],
        "cashew": ["cashew processing"]}, "adjacent": []},
    "e-commerce operations": {"subgroups": {
        "listing": ["amazon/flipkart product listing", "meesho catalog upload"],
        "orders": ["marketplace order processing/returns"],
        "ads": ["amazon PPC ads"]}, "adjacent": [["listing", "orders"]]},
    "tourism": {"subgroups": {
        "guide": ["trekking guide", "local sightseeing guide"],
        "stay": ["homestay caretaker"],
        "adventure": ["river rafting guide"]}, "adjacent": []},
    "handloom/handicraft": {"subgroups": {
        "loom": ["handloom weaving (silk)", "handloom weaving (cotton)"],
        "craft": ["bamboo/cane craft"]}, "adjacent": []},
    "hospitality": {"subgroups": {
        "service": ["waiter/steward", "hotel front desk"]}, "adjacent": []},
}
# family -> {subgroup: [skills]} ; a subgroup may be new or existing (then skills are appended)
NEW_SUBGROUPS = {
    "masonry/construction": {"scaffolding": ["scaffolding fitting"],
                             "stone": ["marble/granite polishing", "granite/kota stone laying"]},
    "beauty": {"draping": ["saree draping"]},
    "tutoring": {"dance": ["kathak classes", "bharatanatyam classes", "bollywood/freestyle dance classes"],
                 "music": ["tabla lessons", "harmonium lessons"],
                 "abacus": ["abacus/mental maths classes"],
                 "language": ["sanskrit teaching"]},
    "translation": {"sa_hi": ["sanskrit-hindi translation", "sanskrit proofreading"]},
    "caregiving/nursing aide": {"clinical": ["ANM/GNM staff nurse", "vaccination camp nurse"]},
    "cleaning/domestic": {"commercial": ["hospital housekeeping"]},
    "HR consulting": {"payroll": ["payroll processing/PF-ESI"]},
    "driving": {"tractor": ["tractor driving"]},
}
# adjacency pairs added to EXISTING families (each involves a new subgroup only)
NEW_ADJACENT = {
    "caregiving/nursing aide": [["clinical", "nursing"]],
}
