import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.dirname(HERE))
import make_qrels
inv = {v: k for k, v in json.load(open(os.path.join(HERE, "id_map.json"))).items()}
rows = make_qrels.compute()
by = collections.defaultdict(list)
for w, g, gr, why in rows:
    if gr > 0 or why not in ("family", "scam"):
        by[inv[w]].append((inv[g], gr, why))
for w in sorted(by, key=lambda k: int(k[1:])):
    print(w, " ".join(f"{g}:{gr}({why})" for g, gr, why in sorted(by[w])))
