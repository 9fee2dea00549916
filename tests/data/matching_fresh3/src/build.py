#!/usr/bin/env python3
"""Build match3 files from the hand-written source (part*.py).

    python3 src/build.py && python3 make_qrels.py && python3 validate.py
Ids are frozen in src/id_map.json (shuffled once), so editing a text keeps its id.
The intended grades ("want") written next to each gig are checked against make_qrels.py.
"""
import copy
import json
import os
import random
import subprocess
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
import common  # noqa: E402
import part1, part2, part3, part4, part5  # noqa: E402,F401

DEV_TAX = "/work/shared/bench/dev/taxonomy.json"

NEW_FAMILIES = {
    "machine operation": {"subgroups": {
        "cnc": ["CNC turning operation", "VMC operation", "CNC programming"],
        "lathe": ["conventional lathe operation"],
        "moulding": ["injection moulding operation", "blow moulding operation"]},
        "adjacent": [["cnc", "lathe"]]},
    "medical technician": {"subgroups": {
        "dialysis": ["dialysis technician"],
        "lab": ["pathology lab technician", "phlebotomy/sample collection"],
        "radiology": ["X-ray technician", "CT scan technician"],
        "ot": ["OT technician"]},
        "adjacent": []},
    "physiotherapy": {"subgroups": {
        "msk": ["orthopaedic physiotherapy", "sports injury physiotherapy"],
        "neuro": ["stroke/neuro rehab physiotherapy"],
        "paeds": ["paediatric physiotherapy"]},
        "adjacent": []},
    "pharmacy": {"subgroups": {
        "retail": ["retail pharmacist", "pharmacy billing/counter assistant"],
        "hospital": ["hospital pharmacist"]},
        "adjacent": [["retail", "hospital"]]},
    "heavy equipment operation": {"subgroups": {
        "jcb": ["JCB/backhoe operation"],
        "excavator": ["excavator (poclain) operation"],
        "crane": ["hydra crane operation", "tower crane operation"]},
        "adjacent": [["jcb", "excavator"]]},
    "religious services": {"subgroups": {
        "puja": ["griha pravesh/katha puja", "rudrabhishek/havan"],
        "vivah": ["vivah (wedding) rituals"],
        "jyotish": ["kundli/jyotish consultation"]},
        "adjacent": [["puja", "vivah"]]},
    "event services": {"subgroups": {
        "pandal": ["tent/pandal erection", "stage setup"],
        "lighting": ["event lighting (jhalar)"],
        "decor": ["flower decoration", "balloon/theme decoration"],
        "dj": ["DJ/sound system"]},
        "adjacent": [["pandal", "lighting"]]},
    "dairy/farm work": {"subgroups": {
        "dairy": ["cattle care & milking", "milk collection centre helper"],
        "farm": ["farm labour (sowing/harvest)", "tractor driving (farm)"]},
        "adjacent": []},
    "sports coaching": {"subgroups": {
        "swimming": ["swimming coaching"],
        "cricket": ["cricket coaching"],
        "yoga": ["yoga instruction", "prenatal yoga"],
        "gym": ["gym training"]},
        "adjacent": []},
    "electronics repair": {"subgroups": {
        "mobile": ["mobile chip-level repair", "mobile screen/battery replacement"],
        "cctv": ["CCTV installation", "CCTV maintenance/AMC"]},
        "adjacent": []},
    "welding/fabrication": {"subgroups": {
        "welding": ["arc welding", "MIG welding", "TIG welding"],
        "fabrication": ["gate/grill fabrication", "roofing shed fabrication"]},
        "adjacent": [["welding", "fabrication"]]},
    "vehicle mechanics": {"subgroups": {
        "two_wheeler": ["two-wheeler servicing/repair"],
        "ev": ["e-rickshaw/EV repair"],
        "car": ["car mechanic (general)", "car denting/painting"],
        "heavy": ["truck/diesel mechanic"]},
        "adjacent": [["two_wheeler", "ev"]]},
    "handloom/handicraft": {"subgroups": {
        "weaving": ["handloom silk weaving"],
        "powerloom": ["powerloom operation"],
        "pottery": ["pottery"]},
        "adjacent": []},
}
NEW_SUBGROUPS = {  # family -> {subgroup: skills}; no adjacency added
    "driving": {"three_wheeler": ["e-rickshaw driving", "auto-rickshaw driving"]},
    "painting": {"signage": ["sign-board lettering", "wall advertisement painting", "vehicle lettering/number plate"]},
    "beauty": {"barber": ["men's haircut & shave", "men's hair colour/facial"]},
    "caregiving/nursing aide": {"hospital": ["ward boy/GDA"]},
    "translation": {"en_te": ["english-telugu translation"]},
}
NEW_SKILLS = {("electrical", "solar"): ["solar pump installation"]}


def taxonomy():
    dev = json.load(open(DEV_TAX, encoding="utf-8"))
    tax = copy.deepcopy(dev)
    for fam, spec in NEW_FAMILIES.items():
        assert fam not in tax, fam
        tax[fam] = spec
    for fam, sgs in NEW_SUBGROUPS.items():
        for sg, skills in sgs.items():
            assert sg not in tax[fam]["subgroups"], (fam, sg)
            tax[fam]["subgroups"][sg] = skills
    for (fam, sg), skills in NEW_SKILLS.items():
        tax[fam]["subgroups"][sg].extend(skills)
    # nothing existing removed or changed
    for fam, spec in dev.items():
        assert tax[fam]["adjacent"] == spec["adjacent"], fam
        for sg, skills in spec["subgroups"].items():
            assert tax[fam]["subgroups"][sg][:len(skills)] == skills, (fam, sg)
    return tax


def id_map(kind, keys, prefix, width):
    path = os.path.join(SRC, f"id_map_{kind}.json")
    m = json.load(open(path)) if os.path.exists(path) else {}
    new = [k for k in keys if k not in m]
    if new:
        used = set(m.values())
        free = [f"{prefix}{i:0{width}d}" for i in range(1, 10 ** width) if f"{prefix}{i:0{width}d}" not in used]
        free = free[:len(keys) + 50] if not m else free[:len(new) + 50]
        rng = random.Random(20241201 + len(m))
        pool = free[:len(new)] if m else free[:len(keys)]
        rng.shuffle(pool)
        for k, i in zip(new, pool):
            m[k] = i
    for k in list(m):
        if k not in keys:
            del m[k]
    json.dump(m, open(path, "w"), indent=1, sort_keys=True)
    return m


def main():
    W, G = common.WORKERS, common.GIGS
    wkeys = [w["key"] for w in W]
    gkeys = [g["key"] for g in G]
    assert len(set(wkeys)) == len(wkeys) and len(set(gkeys)) == len(gkeys), "duplicate keys"
    wid = id_map("workers", wkeys, "m3-w", 2)
    gid = id_map("gigs", gkeys, "m3-g", 3)
    tax = taxonomy()
    json.dump(tax, open(os.path.join(OUT, "taxonomy.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

    def dump(name, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in sorted(rows, key=lambda r: r["id"]):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("workers.jsonl", [{"id": wid[w["key"]], "text": w["text"]} for w in W])
    dump("gigs.jsonl", [{"id": gid[g["key"]], "text": g["text"]} for g in G])
    dump("facts_workers.jsonl", [dict(id=wid[w["key"]], **w["facts"]) for w in W])
    dump("facts_gigs.jsonl", [dict(id=gid[g["key"]], **g["facts"]) for g in G])
    meta = {"workers": {wid[w["key"]]: {"key": w["key"], "lang": w["lang"], "new_trade": w["new_trade"]} for w in W},
            "gigs": {gid[g["key"]]: {"key": g["key"], "lang": g["lang"]} for g in G}}
    json.dump(meta, open(os.path.join(OUT, "text_meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
    # intended grades
    want = {}
    for g in G:
        for wk, gr in g["want"].items():
            assert wk in wid, (g["key"], wk)
            want[(wid[wk], gid[g["key"]])] = gr
    json.dump(sorted([[w, g, gr] for (w, g), gr in want.items()]), open(os.path.join(SRC, "intended.json"), "w"))
    subprocess.run([sys.executable, os.path.join(OUT, "make_qrels.py")], check=True)
    got = {}
    for line in open(os.path.join(OUT, "qrels.tsv")):
        w, g, gr = line.split("\t")
        got[(w, g)] = int(gr)
    inv_w = {v: k for k, v in wid.items()}
    inv_g = {v: k for k, v in gid.items()}
    bad = 0
    for k in sorted(set(want) | set(got)):
        if want.get(k, 0) != got.get(k, 0):
            bad += 1
            print(f"MISMATCH {inv_w[k[0]]} {inv_g[k[1]]}: intended {want.get(k, 0)} computed {got.get(k, 0)}")
    print(f"{len(W)} workers, {len(G)} gigs, {len(got)} positives, {bad} mismatches with intended grades")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
