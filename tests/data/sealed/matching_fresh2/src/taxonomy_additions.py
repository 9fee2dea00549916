"""Additions to the dev taxonomy for matching_fresh2. build.py merges these into a copy of
/work/shared/bench/dev/taxonomy.json (kept as src/taxonomy_base.json) and writes ../taxonomy.json."""

NEW_FAMILIES = {
    "allied healthcare": {
        "subgroups": {
            "physio": ["home physiotherapy visits", "clinic physiotherapy", "sports injury rehab"],
            "lab": ["blood sample collection (phlebotomy)", "pathology lab technician"],
            "pharmacy": ["retail pharmacist", "pharmacy counter/billing"],
            "ward": ["ward boy/GDA", "OT technician"],
        },
        "adjacent": [],
    },
    "barbering": {
        "subgroups": {
            "mens": ["men's haircut", "beard trim/shave", "men's hair colouring"],
            "massage": ["head massage/champi"],
        },
        "adjacent": [["mens", "massage"]],
    },
    "sports/fitness coaching": {
        "subgroups": {
            "gym": ["gym/personal training", "zumba/aerobics"],
            "yoga": ["yoga instruction", "prenatal yoga"],
            "cricket": ["cricket coaching"],
            "swimming": ["swimming coaching", "lifeguard"],
        },
        "adjacent": [["gym", "yoga"]],
    },
    "machine operation/fabrication": {
        "subgroups": {
            "cnc": ["CNC/VMC operation", "CNC programming (Fanuc)"],
            "lathe": ["conventional lathe operation"],
            "moulding": ["injection moulding operation"],
            "fabrication": ["arc/MIG welding", "fabrication fitting"],
        },
        "adjacent": [["cnc", "lathe"]],
    },
    "vehicle mechanics": {
        "subgroups": {
            "two_wheeler": ["two-wheeler servicing", "bike engine overhaul"],
            "car": ["car general service", "car denting/painting", "car AC repair"],
            "ev": ["e-rickshaw/EV repair"],
        },
        "adjacent": [["two_wheeler", "ev"]],
    },
    "agriculture/farm": {
        "subgroups": {
            "field": ["farm labour (harvesting/sowing)", "grape/orchard work"],
            "tractor": ["tractor driving/ploughing", "harvester/combine operation"],
            "dairy": ["dairy milking/cattle care"],
        },
        "adjacent": [],
    },
    "religious services": {
        "subgroups": {
            "puja": ["griha pravesh/puja path", "satyanarayan katha", "havan"],
            "samskara": ["vivah (wedding) rituals", "shraddh/last rites"],
            "sikh": ["akhand path (granthi)"],
        },
        "adjacent": [["puja", "samskara"]],
    },
    "events": {
        "subgroups": {
            "decor": ["wedding/event decoration", "flower decoration", "balloon decoration"],
            "dj_sound": ["DJ", "sound/light setup"],
            "anchor": ["event anchoring"],
            "staff": ["catering/serving staff"],
        },
        "adjacent": [["dj_sound", "anchor"]],
    },
    "voice-over/dubbing": {
        "subgroups": {
            "hindi": ["hindi voice-over", "hindi dubbing"],
            "malayalam": ["malayalam dubbing"],
            "tamil": ["tamil dubbing"],
            "audio": ["podcast/audio editing"],
        },
        "adjacent": [],
    },
    "insurance services": {
        "subgroups": {
            "claims": ["motor claim survey/assessment", "health claim processing"],
            "underwriting": ["life underwriting", "general insurance underwriting"],
            "training": ["insurance agent training"],
        },
        "adjacent": [["claims", "underwriting"]],
    },
    "handicrafts/weaving": {
        "subgroups": {
            "loom": ["handloom weaving (silk saree)", "powerloom operation"],
            "clay": ["pottery wheel", "terracotta/idol making"],
        },
        "adjacent": [],
    },
    "construction equipment": {
        "subgroups": {
            "earthmoving": ["JCB/backhoe operation", "excavator (poclain) operation"],
            "crane": ["crane operation"],
        },
        "adjacent": [],
    },
    "pet care": {
        "subgroups": {
            "grooming": ["pet grooming"],
            "walking": ["dog walking/pet sitting"],
        },
        "adjacent": [],
    },
}

# new subgroups / skills inside existing dev families: (family, subgroup, [skills])
EXTRA_SKILLS = [
    ("driving", "three_wheeler", ["auto-rickshaw driving", "e-rickshaw driving"]),
    ("finance consulting", "banking", ["loan recovery/NPA resolution"]),
]
