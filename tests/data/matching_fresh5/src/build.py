#!/usr/bin/env python3
"""Build the m5 matching set from the hand-written data_*.py files.
Writes gigs.jsonl, workers.jsonl, facts_gigs.jsonl, facts_workers.jsonl and taxonomy.json into OUTDIR.
Ids are frozen in src/id_map.json (gig ids shuffled once, so an id says nothing about the family)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common  # noqa
for m in ("data_1", "data_2", "data_3", "data_4", "data_5", "data_6", "data_7"):
    __import__(m)
from taxonomy_add import build_taxonomy  # noqa

GK = ["id", "skill_family", "skills", "city", "locality", "remote", "pay_amount", "pay_max", "pay_unit", "pay_per",
      "pay_negotiable", "days", "dates", "slots", "languages_required", "min_experience_years", "scam", "note"]
WK = ["id", "skill_family", "skills", "city", "locality", "willing_to_travel_to", "remote_ok", "min_pay_amount",
      "pay_unit", "pay_per", "available_days", "experience_years", "languages", "age", "note"]

mp = os.path.join(HERE, "id_map.json")
idmap = json.load(open(mp)) if os.path.exists(mp) else {}
gkeys = [g["key"] for g in common.GIGS]
wkeys = [w["key"] for w in common.WORKERS]
assert len(set(gkeys)) == len(gkeys) and len(set(wkeys)) == len(wkeys)
new_g = [k for k in gkeys if k not in idmap]
if new_g:
    used = {v for v in idmap.values() if v.startswith("m5-g")}
    free = [f"m5-g{i:03d}" for i in range(1, 1000) if f"m5-g{i:03d}" not in used][:len(new_g)]
    random.Random(5).shuffle(free)
    idmap.update(dict(zip(new_g, free)))
for k in wkeys:
    if k not in idmap:
        idmap[k] = "m5-w" + k[1:]
json.dump(idmap, open(mp, "w"), indent=0, sort_keys=True)


def dump(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


gigs = sorted(common.GIGS, key=lambda g: idmap[g["key"]])
workers = sorted(common.WORKERS, key=lambda w: idmap[w["key"]])
dump("gigs.jsonl", [{"id": idmap[g["key"]], "text": g["text"]} for g in gigs])
dump("workers.jsonl", [{"id": idmap[w["key"]], "text": w["text"]} for w in workers])
dump("facts_gigs.jsonl", [{k: (idmap[g["key"]] if k == "id" else g["facts"][k]) for k in GK} for g in gigs])
dump("facts_workers.jsonl", [{k: (idmap[w["key"]] if k == "id" else w["facts"][k]) for k in WK} for w in workers])
json.dump(build_taxonomy(), open(os.path.join(OUT, "taxonomy.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"built {len(gigs)} gigs, {len(workers)} workers")
