#!/usr/bin/env python3
"""Build match4: taxonomy.json, gigs/workers jsonl, facts, src/meta.json; then check intended grades.

    python3 src/build.py && python3 make_qrels.py && python3 validate.py
"""
import copy
import glob
import importlib
import json
import os
import random
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
import lib  # noqa: E402
import taxonomy_add as TA  # noqa: E402

for f in sorted(glob.glob(os.path.join(SRC, "b[0-9]*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])


def build_taxonomy():
    dev = json.load(open(os.path.join(SRC, "taxonomy_dev.json"), encoding="utf-8"))
    tax = copy.deepcopy(dev)
    for fam, spec in TA.NEW_FAMILIES.items():
        assert fam not in tax, fam
        tax[fam] = spec
    for fam, sgs in TA.NEW_SUBGROUPS.items():
        for sg, skills in sgs.items():
            cur = tax[fam]["subgroups"].setdefault(sg, [])
            for s in skills:
                assert s not in cur
                cur.append(s)
    for fam, pairs in TA.NEW_ADJACENT.items():
        for p in pairs:
            assert any(sg not in dev[fam]["subgroups"] for sg in p), p
            tax[fam]["adjacent"].append(p)
    # nothing existing removed or changed
    for fam, spec in dev.items():
        for sg, skills in spec["subgroups"].items():
            assert tax[fam]["subgroups"][sg][:len(skills)] == skills
        assert tax[fam]["adjacent"][:len(spec["adjacent"])] == spec["adjacent"]
    # canonical skills unique within a family
    for fam, spec in tax.items():
        allsk = [s for v in spec["subgroups"].values() for s in v]
        assert len(allsk) == len(set(allsk)), fam
    return tax


def id_map(keys, prefix, width, name):
    path = os.path.join(SRC, name)
    m = json.load(open(path)) if os.path.exists(path) else {}
    m = {k: v for k, v in m.items() if k in keys}
    used = set(m.values())
    free = [f"{prefix}{i:0{width}d}" for i in range(1, 10 ** width) if f"{prefix}{i:0{width}d}" not in used]
    new = [k for k in keys if k not in m]
    rnd = random.Random(len(m) * 7919 + 4)
    pool = free[:len(new)]
    rnd.shuffle(pool)
    for k, v in zip(new, pool):
        m[k] = v
    json.dump(dict(sorted(m.items())), open(path, "w"), indent=1)
    return m


def dump(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    tax = build_taxonomy()
    json.dump(tax, open(os.path.join(OUT, "taxonomy.json"), "w", encoding="utf-8"), indent=1,
              ensure_ascii=False)
    wk = [w["key"] for w in lib.WORKERS]
    gk = [g["key"] for g in lib.GIGS]
    assert len(wk) == len(set(wk)) and len(gk) == len(set(gk)), "duplicate keys"
    wm = id_map(wk, "m4-w", 2, "id_map_workers.json")
    gm = id_map(gk, "m4-g", 3, "id_map_gigs.json")
    sg_of = {(f, s): sg for f, spec in tax.items() for sg, v in spec["subgroups"].items() for s in v}
    bad = []
    for r in lib.WORKERS + lib.GIGS:
        fam = r["facts"]["skill_family"]
        for s in r["facts"]["skills"]:
            if (fam, s) not in sg_of:
                bad.append(f"{r['key']}: unknown skill {fam}/{s}")
    if bad:
        sys.exit("\n".join(bad))
    workers = sorted(lib.WORKERS, key=lambda w: wm[w["key"]])
    gigs = sorted(lib.GIGS, key=lambda g: gm[g["key"]])
    dump("workers.jsonl", [{"id": wm[w["key"]], "text": w["text"]} for w in workers])
    dump("gigs.jsonl", [{"id": gm[g["key"]], "text": g["text"]} for g in gigs])
    dump("facts_workers.jsonl", [{"id": wm[w["key"]], **w["facts"]} for w in workers])
    dump("facts_gigs.jsonl", [{"id": gm[g["key"]], **g["facts"]} for g in gigs])
    meta = {"workers": {wm[w["key"]]: {"key": w["key"], "lang": w["script"]} for w in workers},
            "gigs": {gm[g["key"]]: {"key": g["key"], "lang": g["script"],
                                    "want": {wm[k]: v for k, v in g["want"].items()}} for g in gigs}}
    json.dump(meta, open(os.path.join(SRC, "meta.json"), "w"), indent=1)
    # check intended grades against make_qrels
    sys.path.insert(0, OUT)
    import make_qrels
    got = {(w, g): (gr, why) for w, g, gr, why in make_qrels.compute()}
    inv_w = {v: k for k, v in wm.items()}
    inv_g = {v: k for k, v in gm.items()}
    mism = []
    for (w, g), (gr, why) in sorted(got.items()):
        want = meta["gigs"][g]["want"].get(w, 0)
        if want != gr:
            mism.append(f"  {inv_w[w]} {inv_g[g]} ({w} {g}): want {want} got {gr} [{why}]")
    print(f"built {len(workers)} workers, {len(gigs)} gigs")
    if mism:
        print("INTENT MISMATCHES:\n" + "\n".join(mism))
        sys.exit(1)
    print("all intended grades reproduced by make_qrels.py")


if __name__ == "__main__":
    main()
