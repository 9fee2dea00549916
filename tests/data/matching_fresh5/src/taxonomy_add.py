"""The dev taxonomy plus additions for the m5 trades. Nothing in the dev taxonomy is removed or changed:
new families, new subgroups in existing families, and new skills appended to existing subgroups only."""
import copy, json
DEV = "/work/shared/bench/dev/taxonomy.json"

NEW_FAMILIES = {
    "physiotherapy": {"subgroups": {"ortho": ["orthopaedic physiotherapy", "post-surgery rehab"],
                                    "neuro": ["neuro physiotherapy (stroke)"],
                                    "sports": ["sports physiotherapy"]},
                      "adjacent": [["ortho", "sports"]]},
    "hospital support": {"subgroups": {"ward": ["ward boy/GDA", "patient transfer/stretcher"],
                                       "ot": ["OT technician"]}, "adjacent": []},
    "diagnostics lab": {"subgroups": {"sample": ["phlebotomy/sample collection"],
                                      "lab": ["pathology lab technician"],
                                      "imaging": ["x-ray technician"]}, "adjacent": [["sample", "lab"]]},
    "pharmacy": {"subgroups": {"retail": ["retail pharmacist", "pharmacy billing"],
                               "hospital": ["hospital pharmacy"]}, "adjacent": []},
    "machine operation": {"subgroups": {"cnc": ["CNC turning operation", "VMC operation"],
                                        "conventional": ["lathe operation"],
                                        "moulding": ["injection moulding operation"]},
                          "adjacent": [["cnc", "conventional"]]},
    "welding/fabrication": {"subgroups": {"welding": ["arc welding", "MIG/TIG welding"],
                                          "fitting": ["fabrication fitter"]}, "adjacent": []},
    "vehicle mechanic": {"subgroups": {"two_wheeler": ["two-wheeler repair", "EV two-wheeler repair"],
                                       "car": ["car mechanic", "car denting/painting"]}, "adjacent": []},
    "dairy/farm": {"subgroups": {"dairy": ["milking/cattle care", "dairy farm helper"],
                                 "farm": ["farm labour (harvest/sowing)"]}, "adjacent": []},
    "religious services": {"subgroups": {"pandit": ["puja/path (pandit)", "wedding rituals (purohit)"],
                                         "astrology": ["kundli/astrology"]}, "adjacent": []},
    "events": {"subgroups": {"music": ["DJ", "sound/light setup"],
                             "decor": ["event/wedding decoration"],
                             "anchor": ["anchor/emcee"]}, "adjacent": []},
    "handicraft": {"subgroups": {"pottery": ["pottery (wheel)", "terracotta craft"],
                                 "weaving": ["handloom weaving", "powerloom operation"],
                                 "metal": ["silver filigree (tarakasi)"],
                                 "leather": ["leather footwear craft"]}, "adjacent": []},
    "sports/fitness coaching": {"subgroups": {"yoga": ["yoga instruction"], "gym": ["gym training"],
                                              "cricket": ["cricket coaching"], "swimming": ["swimming coaching"]},
                                "adjacent": []},
}
NEW_SUBGROUPS = {
    "beauty": {"barber": ["men's haircut/shave"]},
    "driving": {"tractor": ["tractor driving"], "jcb": ["JCB/backhoe operation"]},
    "translation": {"en_gu": ["english-gujarati translation", "gujarati subtitling"]},
}
NEW_SKILLS = {("cooking", "home"): ["odia home cooking"]}


def build_taxonomy():
    tax = json.load(open(DEV, encoding="utf-8"))
    out = copy.deepcopy(tax)
    for fam, sgs in NEW_SUBGROUPS.items():
        for sg, skills in sgs.items():
            assert sg not in out[fam]["subgroups"]
            out[fam]["subgroups"][sg] = skills
    for (fam, sg), skills in NEW_SKILLS.items():
        out[fam]["subgroups"][sg] = out[fam]["subgroups"][sg] + skills
    for fam, spec in NEW_FAMILIES.items():
        assert fam not in out
        out[fam] = spec
    return out
