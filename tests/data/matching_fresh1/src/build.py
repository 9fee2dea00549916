#!/usr/bin/env python3
"""Build matching_fresh1 from the hand-written sources.

    python3 src/build.py && python3 make_qrels.py && python3 validate.py

Writes gigs.jsonl, workers.jsonl, facts_gigs.jsonl, facts_workers.jsonl, taxonomy.json
and README.md into the folder above this one.  Ids are shuffled once with a fixed seed
and frozen in src/id_map.json, so editing a text does not change ids.
The base taxonomy is a copy of the dev taxonomy (src/taxonomy_base.json).
"""
import copy
import json
import os
import random
import re
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
sys.path.insert(0, SRC)

import data_common  # noqa: E402
import data_new_trades  # noqa: E402,F401
import data_existing  # noqa: E402,F401

WORKERS, GIGS = data_common.WORKERS, data_common.GIGS

# ----------------------------------------------------------------------------- taxonomy
NEW_FAMILIES = {
    "physiotherapy": {
        "subgroups": {
            "ortho": ["orthopaedic physiotherapy", "post-surgery rehab", "back/knee pain therapy"],
            "neuro": ["stroke/neuro rehab", "paediatric neuro physiotherapy"],
            "sports": ["sports injury physiotherapy", "kinesio taping"],
        },
        "adjacent": [["ortho", "sports"]],
    },
    "hospital support staff": {
        "subgroups": {
            "ward": ["ward boy/GDA", "patient shifting/stretcher"],
            "ot": ["OT technician/assistant"],
        },
        "adjacent": [],
    },
    "medical lab": {
        "subgroups": {
            "pathology": ["blood sample collection (phlebotomy)", "home sample collection",
                          "pathology lab technician"],
            "imaging_ecg": ["X-ray technician", "ECG technician"],
        },
        "adjacent": [],
    },
    "pharmacy": {
        "subgroups": {
            "retail": ["retail pharmacist (chemist counter)"],
            "hospital": ["hospital pharmacy dispensing"],
            "sales": ["medical representative"],
        },
        "adjacent": [["retail", "hospital"]],
    },
    "fitness/sports coaching": {
        "subgroups": {
            "yoga": ["yoga instruction", "prenatal yoga"],
            "gym": ["gym/personal training", "zumba/aerobics"],
            "cricket": ["cricket coaching"],
            "swimming": ["swimming coaching"],
            "football": ["football coaching"],
        },
        "adjacent": [],
    },
    "machine operation": {
        "subgroups": {
            "cnc": ["CNC turning operation", "VMC operation", "CNC programming (Fanuc)"],
            "conventional": ["lathe operation", "milling machine operation"],
            "moulding": ["injection moulding operation"],
            "maintenance": ["maintenance fitter"],
            "printing": ["offset printing machine operation"],
        },
        "adjacent": [["cnc", "conventional"]],
    },
    "welding/fabrication": {
        "subgroups": {
            "welding": ["arc welding", "MIG/TIG welding", "gas cutting"],
            "fabrication": ["gate/grill fabrication", "structural steel fabrication"],
        },
        "adjacent": [["welding", "fabrication"]],
    },
    "vehicle repair": {
        "subgroups": {
            "two_wheeler": ["bike/scooter servicing", "two-wheeler engine overhaul"],
            "car": ["car general service", "car AC repair"],
            "body": ["denting/painting"],
        },
        "adjacent": [],
    },
    "heavy machinery": {
        "subgroups": {
            "earthmoving": ["JCB/backhoe operation", "excavator (Poclain) operation"],
            "farm": ["tractor driving (farm)", "combine harvester operation"],
        },
        "adjacent": [],
    },
    "agriculture/dairy": {
        "subgroups": {
            "farm": ["farm labour (sowing/harvesting)"],
            "dairy": ["dairy farm work (milking/cattle care)"],
        },
        "adjacent": [],
    },
    "religious services": {
        "subgroups": {
            "puja": ["puja/path (pandit)", "griha pravesh/havan", "wedding ceremony (vivah) purohit"],
            "astrology": ["kundli/astrology consultation"],
        },
        "adjacent": [],
    },
    "event services": {
        "subgroups": {
            "decor": ["wedding/stage decoration", "flower decoration", "balloon decoration"],
            "tent": ["tent/pandal setup"],
            "dj": ["DJ/sound system"],
        },
        "adjacent": [["decor", "tent"]],
    },
    "handicrafts/weaving": {
        "subgroups": {
            "weaving": ["handloom weaving", "powerloom operation"],
            "pottery": ["pottery/clay work"],
        },
        "adjacent": [],
    },
}
# (family, subgroup) -> skills to add; a new subgroup is created when missing
ADD_SKILLS = [
    ("driving", "three_wheeler", ["auto-rickshaw driving", "e-rickshaw driving"]),
    ("beauty", "barber", ["men's haircut/shave", "beard styling"]),
    ("cleaning/domestic", "laundry_shop", ["istri/steam press", "dry cleaning"]),
    ("customer support", "voice_te", ["telugu voice support"]),
    ("retail/sales", "store", ["saree/textile counter sales", "jewellery showroom sales",
                               "mobile phone shop sales"]),
    ("translation", "en_gu", ["english-gujarati translation"]),
    ("data annotation", "speech_ta", ["tamil speech data recording"]),
    ("tailoring", "embroidery", ["chikankari embroidery"]),
    ("cooking", "commercial", ["bakery/cake making"]),
    ("finance consulting", "banking", ["CMA data/project report for loans"]),
    ("masonry/construction", "mason", ["granite/marble fitting"]),
]
ADD_ADJACENT = [("cleaning/domestic", ["home", "laundry_shop"])]


def build_taxonomy():
    base = json.load(open(os.path.join(SRC, "taxonomy_base.json"), encoding="utf-8"))
    tax = copy.deepcopy(base)
    for fam, sg, skills in ADD_SKILLS:
        tax[fam]["subgroups"].setdefault(sg, [])
        for s in skills:
            if s not in tax[fam]["subgroups"][sg]:
                tax[fam]["subgroups"][sg].append(s)
    for fam, pair in ADD_ADJACENT:
        tax[fam]["adjacent"].append(pair)
    for fam, spec in NEW_FAMILIES.items():
        assert fam not in tax, fam
        tax[fam] = spec
    return base, tax


# ----------------------------------------------------------------------------- ids
def assign_ids():
    path = os.path.join(SRC, "id_map.json")
    idmap = json.load(open(path)) if os.path.exists(path) else {"workers": {}, "gigs": {}}
    for kind, items, fmt in (("workers", WORKERS, "m1-w{:02d}"), ("gigs", GIGS, "m1-g{:03d}")):
        m = idmap[kind]
        keys = [it["key"] for it in items]
        assert len(set(keys)) == len(keys), [k for k in keys if keys.count(k) > 1]
        new = [k for k in keys if k not in m]
        if new:
            used = set(m.values())
            free = [fmt.format(i) for i in range(1, len(keys) + len(m) + 1) if fmt.format(i) not in used]
            random.Random(f"fresh1-{kind}-{len(m)}").shuffle(free)
            for k, i in zip(new, free):
                m[k] = i
        for k in list(m):
            if k not in keys:
                del m[k]
    json.dump(idmap, open(path, "w"), indent=1, sort_keys=True)
    return idmap


def write_jsonl(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    base, tax = build_taxonomy()
    json.dump(tax, open(os.path.join(OUT, "taxonomy.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    idmap = assign_ids()
    wid, gid = idmap["workers"], idmap["gigs"]

    def sub(s):  # {key} -> id inside notes
        return re.sub(r"\{(\w+)\}", lambda m: wid.get(m.group(1)) or gid[m.group(1)], s)

    workers = sorted(WORKERS, key=lambda w: wid[w["key"]])
    gigs = sorted(GIGS, key=lambda g: gid[g["key"]])
    write_jsonl("workers.jsonl", [{"id": wid[w["key"]], "text": w["text"]} for w in workers])
    write_jsonl("gigs.jsonl", [{"id": gid[g["key"]], "text": g["text"]} for g in gigs])
    write_jsonl("facts_workers.jsonl",
                [dict(id=wid[w["key"]], **{**w["facts"], "note": sub(w["facts"]["note"])}) for w in workers])
    write_jsonl("facts_gigs.jsonl",
                [dict(id=gid[g["key"]], **{**g["facts"], "note": sub(g["facts"]["note"])}) for g in gigs])

    # check intended grades against make_qrels
    sys.path.insert(0, OUT)
    import make_qrels
    rows = {(w, g): (gr, why) for w, g, gr, why in make_qrels.compute()}
    bad = 0
    for g in GIGS:
        for wk, want in g["exp"].items():
            got, why = rows[(wid[wk], gid[g["key"]])]
            if got != want:
                bad += 1
                print(f"EXPECT MISMATCH {g['key']} x {wk}: want {want}, got {got} ({why})")
    # positives that were not declared
    inv_w = {v: k for k, v in wid.items()}
    inv_g = {v: k for k, v in gid.items()}
    declared = {(wk, g["key"]) for g in GIGS for wk in g["exp"]}
    for (w, g), (gr, why) in sorted(rows.items()):
        if gr > 0 and (inv_w[w], inv_g[g]) not in declared:
            print(f"undeclared positive: {inv_g[g]} x {inv_w[w]} = {gr} ({why})")
    import readme
    readme.write(OUT, WORKERS, GIGS, wid, gid, base, tax, rows)
    print(f"built {len(workers)} workers, {len(gigs)} gigs; {bad} expectation mismatches", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
