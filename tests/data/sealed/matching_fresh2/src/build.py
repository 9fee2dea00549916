#!/usr/bin/env python3
"""Build matching_fresh2 from the hand-written sources.

    python3 src/build.py && python3 make_qrels.py && python3 validate.py

Writes ../gigs.jsonl, ../workers.jsonl, ../facts_gigs.jsonl, ../facts_workers.jsonl, ../taxonomy.json.
Ids are shuffled once and frozen in src/id_map.json. Checks every `want` grade against make_qrels and
that no (worker, gig) pair is positive without being listed in a `want`.
"""
import json
import os
import random
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
sys.path.insert(0, OUT)

import m2_common  # noqa: E402
import m2_workers  # noqa: E402,F401
import m2_gigs_a  # noqa: E402,F401
import m2_gigs_b  # noqa: E402,F401
from taxonomy_additions import NEW_FAMILIES, EXTRA_SKILLS  # noqa: E402

GIG_KEYS = ["id", "skill_family", "skills", "city", "locality", "remote", "pay_amount", "pay_max", "pay_unit",
            "pay_per", "pay_negotiable", "days", "dates", "slots", "languages_required",
            "min_experience_years", "scam", "note"]
WORKER_KEYS = ["id", "skill_family", "skills", "city", "locality", "willing_to_travel_to", "remote_ok",
               "min_pay_amount", "pay_unit", "pay_per", "available_days", "experience_years", "languages", "age",
               "note"]


def build_taxonomy():
    tax = json.load(open(os.path.join(SRC, "taxonomy_base.json"), encoding="utf-8"))
    for fam, spec in NEW_FAMILIES.items():
        assert fam not in tax, fam
        tax[fam] = spec
    for fam, sg, skills in EXTRA_SKILLS:
        tax[fam]["subgroups"].setdefault(sg, [])
        for s in skills:
            if s not in tax[fam]["subgroups"][sg]:
                tax[fam]["subgroups"][sg].append(s)
    with open(os.path.join(OUT, "taxonomy.json"), "w", encoding="utf-8") as f:
        json.dump(tax, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return tax


def id_map(workers, gigs):
    path = os.path.join(SRC, "id_map.json")
    m = json.load(open(path)) if os.path.exists(path) else {"workers": {}, "gigs": {}}
    for kind, items, fmt in (("workers", workers, "m2-w{:02d}"), ("gigs", gigs, "m2-g{:03d}")):
        new = [x["key"] for x in items if x["key"] not in m[kind]]
        used = set(m[kind].values())
        free = [fmt.format(i) for i in range(1, len(items) + 1 + len(used)) if fmt.format(i) not in used]
        rng = random.Random(20240602 + len(kind))
        rng.shuffle(new)
        for k in new:
            m[kind][k] = free.pop(0)
        # drop keys that no longer exist
        live = {x["key"] for x in items}
        m[kind] = {k: v for k, v in m[kind].items() if k in live}
    with open(path, "w") as f:
        json.dump(m, f, indent=1, sort_keys=True)
        f.write("\n")
    return m


def dump(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    workers, gigs = m2_common.WORKERS, m2_common.GIGS
    keys = [x["key"] for x in workers] + [x["key"] for x in gigs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    tax = build_taxonomy()
    skills_of = {fam: {s for sk in spec["subgroups"].values() for s in sk} for fam, spec in tax.items()}
    errs = []
    for x in workers + gigs:
        fam = x["facts"]["skill_family"]
        if fam not in tax:
            errs.append(f"{x['key']}: unknown family {fam}")
            continue
        for s in x["facts"]["skills"]:
            if s not in skills_of[fam]:
                errs.append(f"{x['key']}: skill {s!r} not in {fam}")
    m = id_map(workers, gigs)
    wid = {x["key"]: m["workers"][x["key"]] for x in workers}
    gid = {x["key"]: m["gigs"][x["key"]] for x in gigs}
    workers = sorted(workers, key=lambda x: wid[x["key"]])
    gigs = sorted(gigs, key=lambda x: gid[x["key"]])
    dump("workers.jsonl", [{"id": wid[x["key"]], "text": x["text"]} for x in workers])
    dump("gigs.jsonl", [{"id": gid[x["key"]], "text": x["text"]} for x in gigs])
    dump("facts_workers.jsonl", [{k: ({"id": wid[x["key"]]} | x["facts"])[k] for k in WORKER_KEYS} for x in workers])
    dump("facts_gigs.jsonl", [{k: ({"id": gid[x["key"]]} | x["facts"])[k] for k in GIG_KEYS} for x in gigs])
    if errs:
        print("\n".join(errs))
        sys.exit(1)

    import importlib
    import make_qrels
    importlib.reload(make_qrels)
    rows = make_qrels.compute()
    grade = {(w, g): (gr, why) for w, g, gr, why in rows}
    inv_w = {v: k for k, v in wid.items()}
    inv_g = {v: k for k, v in gid.items()}
    wanted = {}
    for x in gigs:
        for wk, gr in x["want"].items():
            if wk not in wid:
                errs.append(f"{x['key']}: want for unknown worker {wk}")
                continue
            wanted[(wid[wk], gid[x["key"]])] = gr
    for (w, g), gr in wanted.items():
        got, why = grade[(w, g)]
        if got != gr:
            errs.append(f"want {inv_w[w]}-{inv_g[g]} = {gr}, got {got} ({why})")
    for (w, g), (gr, why) in grade.items():
        if gr > 0 and (w, g) not in wanted:
            errs.append(f"unlisted positive {inv_w[w]}-{inv_g[g]} = {gr} ({why})")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"built {len(workers)} workers, {len(gigs)} gigs; {len(wanted)} wanted grades all agree")


if __name__ == "__main__":
    main()
