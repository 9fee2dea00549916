#!/usr/bin/env python3
"""Build match6 files from the hand-written sources. Ids are frozen in id_map.json (shuffled once)."""
import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import h
import workers, gigs1, gigs2, gigs3, gigs4, gigs5  # noqa: F401  (register texts)

PFX = "m6"

# ---- taxonomy: dev taxonomy + additions (nothing removed or changed)
ADD_SKILLS = {  # existing family -> subgroup -> new skills
    "driving": {"farm": ["tractor driving"], "heavy_equipment": ["JCB/backhoe operation"],
                "three_wheeler": ["e-rickshaw driving", "auto-rickshaw driving"]},
    "cooking": {"commercial": ["halwai/sweet making"]},
    "customer support": {"voice_or": ["odia voice support"], "voice_te": ["telugu voice support"]},
    "translation": {"en_ml": ["english-malayalam translation", "malayalam subtitling"],
                    "en_as": ["english-assamese translation"]},
    "data annotation": {"speech_as": ["assamese audio transcription"], "speech_or": ["odia audio transcription"],
                        "speech_ml": ["malayalam audio transcription"]},
    "tailoring": {"embroidery": ["kutchi mirror embroidery"]},
}
NEW_FAMILIES = {
    "physiotherapy": {"subgroups": {"ortho": ["orthopaedic physiotherapy", "post-surgery rehab"],
                                    "neuro": ["neuro/stroke rehab"], "sports": ["sports injury physiotherapy"]},
                      "adjacent": [["ortho", "sports"]]},
    "healthcare support": {"subgroups": {"gda": ["ward boy/GDA", "OT assistant"],
                                         "lab": ["phlebotomy/sample collection", "pathology lab technician"],
                                         "pharmacy": ["pharmacy counter/chemist"]}, "adjacent": []},
    "electronics repair": {"subgroups": {"mobile": ["mobile phone repair"],
                                         "tv": ["LED TV repair", "set-top box/dish installation"]}, "adjacent": []},
    "fitness coaching": {"subgroups": {"gym": ["gym trainer"], "yoga": ["yoga instructor"],
                                       "sports": ["football coaching", "cricket coaching", "swimming coaching"]},
                         "adjacent": []},
    "religious services": {"subgroups": {"puja": ["griha pravesh/satyanarayan puja", "wedding purohit",
                                                  "shraddh/karmakand"], "astrology": ["kundli/jyotish"]},
                           "adjacent": []},
    "handicrafts": {"subgroups": {"metal": ["silver filigree (tarakasi)", "dhokra metal casting"],
                                  "weaving": ["handloom weaving"], "pottery": ["pottery/terracotta"],
                                  "bamboo": ["bamboo/cane craft"], "textile_craft": ["bandhani tie-dye"]},
                    "adjacent": []},
    "welding/fabrication": {"subgroups": {"welding": ["arc welding", "MIG/TIG welding"],
                                          "fabrication": ["fabrication fitter", "gas cutting"]},
                            "adjacent": [["welding", "fabrication"]]},
    "machine operation": {"subgroups": {"cnc": ["CNC turning operator", "VMC operator"],
                                        "conventional": ["lathe operator", "milling operator"],
                                        "moulding": ["injection moulding operator"],
                                        "print": ["offset printing press operator"]},
                          "adjacent": [["cnc", "conventional"]]},
    "agriculture": {"subgroups": {"field": ["farm labour", "cotton picking", "paddy transplanting"],
                                  "plantation": ["coconut tree climbing", "rubber tapping", "tea plucking"]},
                    "adjacent": []},
    "dairy/animal husbandry": {"subgroups": {"dairy": ["dairy milking/cattle care"],
                                             "poultry": ["poultry farm work"]}, "adjacent": []},
    "fisheries": {"subgroups": {"aqua": ["aqua pond (shrimp farm) work"], "processing": ["fish/prawn peeling"]},
                  "adjacent": []},
    "events": {"subgroups": {"dj": ["DJ/sound system"], "decor": ["flower decoration", "wedding/stage decoration"],
                             "anchoring": ["event anchoring"]}, "adjacent": []},
    "vehicle mechanic": {"subgroups": {"two_wheeler": ["two-wheeler repair"],
                                       "car": ["car mechanic", "car denting/painting"],
                                       "diesel": ["tractor/diesel engine repair"]}, "adjacent": []},
    "sports goods manufacturing": {"subgroups": {"stitching": ["hand-stitched ball making"],
                                                 "bat": ["cricket bat making"]}, "adjacent": []},
    "laundry": {"subgroups": {"press": ["ironing/press (istri)"], "wash": ["laundry washing", "dry cleaning"]},
                "adjacent": [["press", "wash"]]},
}


def taxonomy():
    tax = json.load(open(os.path.join(HERE, "taxonomy_dev.json"), encoding="utf-8"))
    for fam, sgs in ADD_SKILLS.items():
        for sg, skills in sgs.items():
            tax[fam]["subgroups"].setdefault(sg, [])
            for s in skills:
                assert s not in tax[fam]["subgroups"][sg]
                tax[fam]["subgroups"][sg].append(s)
    for fam, spec in NEW_FAMILIES.items():
        assert fam not in tax
        tax[fam] = spec
    return tax


def id_map():
    p = os.path.join(HERE, "id_map.json")
    m = json.load(open(p)) if os.path.exists(p) else {}
    gk = [g["key"] for g in h.GIGS if g["key"] not in m]
    wk = [w["key"] for w in h.WORKERS if w["key"] not in m]
    used_g = {v for v in m.values() if v.startswith(PFX + "-g")}
    used_w = {v for v in m.values() if v.startswith(PFX + "-w")}
    rng = random.Random(606)
    free_g = [f"{PFX}-g{i:03d}" for i in range(1, 1000) if f"{PFX}-g{i:03d}" not in used_g][:len(gk)]
    free_w = [f"{PFX}-w{i:02d}" for i in range(1, 100) if f"{PFX}-w{i:02d}" not in used_w][:len(wk)]
    rng.shuffle(free_g); rng.shuffle(free_w)
    m.update(zip(gk, free_g)); m.update(zip(wk, free_w))
    json.dump(m, open(p, "w"), indent=1, sort_keys=True)
    return m


def main():
    keys = [x["key"] for x in h.GIGS + h.WORKERS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    texts = [x["text"] for x in h.GIGS + h.WORKERS]
    assert len(texts) == len(set(texts)), "duplicate texts"
    m = id_map()
    json.dump(taxonomy(), open(os.path.join(OUT, "taxonomy.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

    def dump(name, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    gs = sorted(h.GIGS, key=lambda g: m[g["key"]])
    ws = sorted(h.WORKERS, key=lambda w: m[w["key"]])
    dump("gigs.jsonl", [{"id": m[g["key"]], "text": g["text"]} for g in gs])
    dump("workers.jsonl", [{"id": m[w["key"]], "text": w["text"]} for w in ws])
    dump("facts_gigs.jsonl", [{"id": m[g["key"]], **g["facts"]} for g in gs])
    dump("facts_workers.jsonl", [{"id": m[w["key"]], **w["facts"]} for w in ws])
    tmpl = os.path.join(HERE, "README.tmpl.md")
    if os.path.exists(tmpl):
        t = open(tmpl, encoding="utf-8").read()
        t = re.sub(r"\{\{(\w+)\}\}", lambda mo: m[mo.group(1)], t)
        open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(t)
    print(f"built {len(gs)} gigs, {len(ws)} workers")


if __name__ == "__main__":
    main()
