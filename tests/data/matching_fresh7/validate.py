#!/usr/bin/env python3
"""Validate the m7 matching set and print its distributions (adapted from the dev set's validate.py).

    python3 validate.py            # exits non-zero on any hard error

Differences from the dev validator:
  * id prefixes m7-g### / m7-w##; no extract.jsonl in this set;
  * CITIES = the dev list plus the tier-2/3 towns this set uses;
  * digits of all Indic scripts are normalised before the "amount visible in text" checks;
  * script summary per script (Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada,
    Malayalam), >= 40 % of gig+worker texts must contain a native Indic script;
  * counts per trade (skill family) and per fact field;
  * schema checks (key order as in the dev facts, types, skills in taxonomy.json, units);
  * taxonomy.json must keep every dev family/subgroup/skill/adjacency unchanged (when the dev copy is found);
  * make_qrels.py must be byte-identical to the dev copy (when found);
  * every worker: >= 2 positives, >= 3 same-city gigs of other families, >= 1 same-family gig in a city
    the worker cannot reach.
Kept from the dev validator: JSONL/TSV validity, id sets, qrels recomputed from the facts, no scam
positives, language / experience conflicts in positives, cross-unit pay review, amount heuristics.
"""
import collections
import filecmp
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_qrels  # noqa: E402

DEV_DIRS = [os.path.join(HERE, "src"), "/work/shared/bench/dev"]
CITIES = ["Mumbai", "Pune", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Ahmedabad", "Jaipur",
          "Lucknow", "Indore", "Noida", "Gurugram", "Thane", "Navi Mumbai", "Patna", "Kochi", "Bhopal",
          # dev-set additions
          "Surat", "Nagpur", "Chandigarh", "Coimbatore", "Visakhapatnam",
          # m7 additions (canonical English names)
          "Hubballi", "Dharwad", "Gorakhpur", "Cuttack", "Bhubaneswar", "Madurai", "Siliguri", "Rajkot",
          "Jamnagar", "Morbi", "Ludhiana", "Jalandhar", "Muzaffarpur", "Mysuru", "Ujjain", "Jamshedpur",
          "Ranchi", "Thrissur", "Kozhikode", "Malappuram", "Warangal", "Kolhapur", "Sangli", "Bareilly",
          "Bhilai", "Raipur", "Durg", "Erode", "Karimnagar", "Varanasi", "Prayagraj", "Bathinda", "Mansa",
          "Nashik", "Sinnar", "Anand", "Vadodara", "Kanpur", "Guwahati", "Shillong", "Bankura",
          "Bishnupur", "Kanchipuram", "Durgapur", "Jodhpur", "Barmer"]
UNITS = {"hour", "day", "week", "month", "task"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
GIG_KEYS = ["id", "skill_family", "skills", "city", "locality", "remote", "pay_amount", "pay_max", "pay_unit",
            "pay_per", "pay_negotiable", "days", "dates", "slots", "languages_required", "min_experience_years",
            "scam", "note"]
WORKER_KEYS = ["id", "skill_family", "skills", "city", "locality", "willing_to_travel_to", "remote_ok",
               "min_pay_amount", "pay_unit", "pay_per", "available_days", "experience_years", "languages", "age",
               "note"]
GIG_ID, WORKER_ID = r"m7-g\d{3}", r"m7-w\d{2}"
MIN_NATIVE_SHARE = 0.40

errors = []
warnings = []


def err(m):
    errors.append(m)


def warn(m):
    warnings.append(m)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{i} blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i} bad JSON {e}")
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        err(f"{name}: duplicate ids")
    return rows


SCRIPTS = {
    "Devanagari": r"[\u0900-\u097F]", "Bengali": r"[\u0980-\u09FF]", "Gurmukhi": r"[\u0A00-\u0A7F]",
    "Gujarati": r"[\u0A80-\u0AFF]", "Odia": r"[\u0B00-\u0B7F]", "Tamil": r"[\u0B80-\u0BFF]",
    "Telugu": r"[\u0C00-\u0C7F]", "Kannada": r"[\u0C80-\u0CFF]", "Malayalam": r"[\u0D00-\u0D7F]",
}
SCRIPTS = {k: re.compile(v) for k, v in SCRIPTS.items()}
NATIVE_DIGIT_STARTS = [0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66]
DIGITS = {start + d: str(d) for start in NATIVE_DIGIT_STARTS for d in range(10)}
NATIVE_DIGIT = re.compile("[" + "".join(chr(c) for c in DIGITS) + "]")


def scripts_of(text):
    return [k for k, rx in SCRIPTS.items() if rx.search(text)]


def indian_commas(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail])


def amount_forms(a):
    forms = set()
    if a == int(a):
        a = int(a)
        forms |= {str(a), f"{a:,}", indian_commas(a)}
        if a % 1000 == 0 or a % 500 == 0:
            k = a / 1000
            ks = str(int(k)) if k == int(k) else str(k)
            forms |= {ks + "k", ks + " k", ks + "K", ks + " हज़ार", ks + " hazar"}
        if a % 10000 == 0:
            lk = a / 100000
            ls = str(int(lk)) if lk == int(lk) else str(lk)
            forms |= {ls + " lakh", ls + "L", ls + " L"}
    else:
        forms |= {str(a), f"{a:.2f}", f"{a:.1f}"}
    if a < 1:
        forms |= {f"{int(round(a * 100))} पैसे", f"{a:.2f}", f"{a:.1f}"}
    return forms


def text_has_amount(text, a):
    t = text.translate(DIGITS)
    return any(f in t for f in amount_forms(a))


def check_schema(rows, keys, kind, tax):
    for r in rows:
        if list(r.keys()) != keys:
            err(f"{r.get('id')}: keys/order differ from the dev {kind} schema")
            continue
        fam = r["skill_family"]
        if fam not in tax:
            err(f"{r['id']} unknown family {fam}")
            continue
        if not r["skills"]:
            err(f"{r['id']} no skills")
        for s in r["skills"]:
            if not any(s in ss for ss in tax[fam]["subgroups"].values()):
                err(f"{r['id']} skill {s!r} not in family {fam}")
        if not isinstance(r["note"], str):
            err(f"{r['id']} note must be a string")


def main():
    fg = load("facts_gigs.jsonl")
    fw = load("facts_workers.jsonl")
    tg = load("gigs.jsonl")
    tw = load("workers.jsonl")
    tax = json.load(open(os.path.join(HERE, "taxonomy.json"), encoding="utf-8"))
    gid = {g["id"]: g for g in fg}
    wid = {w["id"]: w for w in fw}
    gtext = {g["id"]: g["text"] for g in tg}
    wtext = {w["id"]: w["text"] for w in tw}
    if set(gid) != set(gtext):
        err("facts_gigs ids != gigs ids")
    if set(wid) != set(wtext):
        err("facts_workers ids != workers ids")
    for i in gid:
        if not re.fullmatch(GIG_ID, i):
            err("bad gig id " + i)
    for i in wid:
        if not re.fullmatch(WORKER_ID, i):
            err("bad worker id " + i)

    # ---- the dev copies: make_qrels unchanged, taxonomy a superset
    for d in DEV_DIRS:
        p = os.path.join(d, "make_qrels.py")
        if os.path.exists(p) and not filecmp.cmp(p, os.path.join(HERE, "make_qrels.py"), shallow=False):
            err(f"make_qrels.py differs from {p}")
    for d in DEV_DIRS:
        for name in ("taxonomy_dev.json", "taxonomy.json"):
            p = os.path.join(d, name)
            if os.path.exists(p) and os.path.abspath(p) != os.path.join(HERE, "taxonomy.json"):
                dev = json.load(open(p, encoding="utf-8"))
                for fam, spec in dev.items():
                    if fam not in tax:
                        err(f"taxonomy: dev family {fam} removed")
                        continue
                    if tax[fam].get("adjacent", []) != spec.get("adjacent", []):
                        err(f"taxonomy: adjacency of {fam} changed")
                    for sg, skills in spec["subgroups"].items():
                        have = tax[fam]["subgroups"].get(sg)
                        if have is None or have[:len(skills)] != skills:
                            err(f"taxonomy: {fam}/{sg} changed")
    seen = collections.Counter(s for f in tax.values() for ss in f["subgroups"].values() for s in ss)
    for s, n in seen.items():
        if n > 1:
            err(f"taxonomy: skill {s!r} appears {n} times")
    for fam, spec in tax.items():
        for pair in spec.get("adjacent", []):
            if len(pair) != 2 or any(p not in spec["subgroups"] for p in pair):
                err(f"taxonomy: bad adjacency {pair} in {fam}")

    # ---- facts sanity
    check_schema(fg, GIG_KEYS, "gig", tax)
    check_schema(fw, WORKER_KEYS, "worker", tax)
    for g in fg:
        if g["city"] is not None and g["city"] not in CITIES:
            err(f"{g['id']} bad city {g['city']}")
        if g["remote"] and g["city"] is not None:
            err(f"{g['id']} remote gig with a city")
        if not g["remote"] and g["city"] is None and not g["scam"]:
            err(f"{g['id']} non-remote gig without a city")
        if g["pay_unit"] is not None and g["pay_unit"] not in UNITS:
            err(f"{g['id']} bad unit")
        if (g["pay_amount"] is None) != (g["pay_unit"] is None):
            err(f"{g['id']} pay_amount and pay_unit must be set together")
        if g["pay_unit"] == "task" and not g["pay_per"]:
            err(f"{g['id']} task pay without pay_per")
        if g["pay_unit"] not in (None, "task") and g["pay_per"]:
            err(f"{g['id']} pay_per with a time unit")
        if g["pay_max"] is not None and (g["pay_amount"] is None or g["pay_max"] <= g["pay_amount"]):
            err(f"{g['id']} bad range")
        if g["days"] is not None and (not g["days"] or any(d not in DAYS for d in g["days"])):
            err(f"{g['id']} bad days")
        if not isinstance(g["slots"], int) or g["slots"] < 1:
            err(f"{g['id']} bad slots")
        if g["pay_amount"] is not None and not text_has_amount(gtext[g["id"]], g["pay_amount"]):
            warn(f"{g['id']} pay_amount {g['pay_amount']} not visibly in text")
        if g.get("pay_max") is not None and not text_has_amount(gtext[g["id"]], g["pay_max"]):
            warn(f"{g['id']} pay_max {g['pay_max']} not visibly in text")
    for w in fw:
        if w["city"] not in CITIES:
            err(f"{w['id']} bad city {w['city']}")
        for c in w["willing_to_travel_to"]:
            if c not in CITIES or c == w["city"]:
                err(f"{w['id']} bad travel city {c}")
        if w["pay_unit"] is not None and w["pay_unit"] not in UNITS:
            err(f"{w['id']} bad unit")
        if (w["min_pay_amount"] is None) != (w["pay_unit"] is None):
            err(f"{w['id']} min_pay_amount and pay_unit must be set together")
        if w["pay_unit"] == "task" and not w["pay_per"]:
            err(f"{w['id']} task pay without pay_per")
        if w["available_days"] is not None and (not w["available_days"]
                                                or any(d not in DAYS for d in w["available_days"])):
            err(f"{w['id']} bad days")
        if not w["languages"]:
            err(f"{w['id']} no languages")
        if w["min_pay_amount"] is not None and not text_has_amount(wtext[w["id"]], w["min_pay_amount"]):
            warn(f"{w['id']} min_pay {w['min_pay_amount']} not visibly in text")
        if w["experience_years"] is not None and str(w["experience_years"]) not in wtext[w["id"]].translate(DIGITS):
            warn(f"{w['id']} experience {w['experience_years']} not visibly in text")

    # ---- qrels
    qrels = []
    with open(os.path.join(HERE, "qrels.tsv")) as f:
        for i, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[2] not in ("1", "2"):
                err(f"qrels.tsv:{i} bad row {line!r}")
                continue
            qrels.append((parts[0], parts[1], int(parts[2])))
    if len({(a, b) for a, b, _ in qrels}) != len(qrels):
        err("qrels duplicate pairs")
    for w, g, _ in qrels:
        if w not in wid:
            err(f"qrels unknown worker {w}")
        if g not in gid:
            err(f"qrels unknown gig {g}")
        elif gid[g]["scam"]:
            err(f"qrels scam gig {g} positive")
    computed = make_qrels.compute()
    why = {(w, g): r for w, g, _, r in computed}
    grades = {(w, g): gr for w, g, gr, _ in computed}
    recomputed = {(w, g, gr) for w, g, gr, _ in computed if gr > 0}
    if recomputed != set(qrels):
        err("qrels.tsv differs from make_qrels.py output: rerun make_qrels.py")
    per_w = collections.Counter(w for w, _, _ in qrels)
    for w in wid:
        if per_w[w] < 2:
            err(f"worker {w} has {per_w[w]} positives (<2)")
    for w, g, gr in qrels:
        G, W = gid[g], wid[w]
        req = G.get("languages_required") or []
        if req and not set(req) <= set(W["languages"]):
            err(f"language conflict in positive {w}-{g}: needs {req}, speaks {W['languages']}")
        if G.get("min_experience_years") and W["experience_years"] is not None \
                and W["experience_years"] < G["min_experience_years"]:
            err(f"experience conflict in positive {w}-{g}")

    # ---- distractor coverage per worker
    cover = []
    for w in fw:
        same_city_other = [g for g in fg if g["city"] == w["city"] and g["skill_family"] != w["skill_family"]]
        fam_gigs = [g for g in fg if g["skill_family"] == w["skill_family"]]
        unreachable = [g for g in fam_gigs if why[(w["id"], g["id"])] == "location"]
        hard = [g for g in fam_gigs if grades[(w["id"], g["id"])] == 0
                and why[(w["id"], g["id"])] not in ("location", "scam")]
        cover.append((w["id"], per_w[w["id"]], len(same_city_other), len(unreachable), len(hard)))
        if len(same_city_other) < 3:
            err(f"worker {w['id']} has only {len(same_city_other)} same-city gigs of other families")
        if not unreachable:
            err(f"worker {w['id']} has no same-family gig in an unreachable city")

    # cross-unit pay comparisons that decided or softened a pair (for manual review)
    cross = []
    for w, g, gr, r in computed:
        if "pay" in r:
            G, W = gid[g], wid[w]
            if G["pay_unit"] != W["pay_unit"]:
                cross.append(f"{w}-{g} grade {gr} ({r}): gig {G['pay_amount']}/{G['pay_unit']} vs worker "
                             f"{W['min_pay_amount']}/{W['pay_unit']}")

    # ---- report
    def script_table(texts):
        c = collections.Counter()
        native = digits = 0
        for t in texts:
            s = scripts_of(t)
            for k in s:
                c[k] += 1
            if not s:
                c["Latin only"] += 1
            native += bool(s)
            digits += bool(NATIVE_DIGIT.search(t))
        return c, native, digits

    print("== counts")
    print(f"gigs {len(fg)} (scam {sum(g['scam'] for g in fg)}, remote {sum(g['remote'] for g in fg)}); "
          f"workers {len(fw)}; qrels {len(qrels)} (grade2 {sum(1 for q in qrels if q[2] == 2)}, "
          f"grade1 {sum(1 for q in qrels if q[2] == 1)})")
    print("positives per worker:", dict(sorted(collections.Counter(per_w.values()).items())))
    print("\n== scripts (texts containing each script)")
    cg, ng, dg = script_table(list(gtext.values()))
    cw, nw, dw = script_table(list(wtext.values()))
    for k in list(SCRIPTS) + ["Latin only"]:
        if cg[k] or cw[k]:
            print(f"  {k:12s} gigs {cg[k]:3d}  workers {cw[k]:2d}")
    tot = len(gtext) + len(wtext)
    share = (ng + nw) / tot if tot else 0
    print(f"  native Indic script: gigs {ng}/{len(gtext)}, workers {nw}/{len(wtext)}, "
          f"all {ng + nw}/{tot} ({100 * share:.0f}%)")
    print(f"  texts with native digits: gigs {dg}, workers {dw}")
    if share < MIN_NATIVE_SHARE:
        err(f"native-script share {share:.2f} < {MIN_NATIVE_SHARE}")

    print("\n== skill families / trades (gigs / workers)")
    gf = collections.Counter(g["skill_family"] for g in fg)
    wf = collections.Counter(w["skill_family"] for w in fw)
    for fam in sorted(set(gf) | set(wf), key=lambda f: (-gf[f], f)):
        print(f"  {fam:26s} {gf[fam]:3d} / {wf[fam]:2d}")
    print(f"  families with workers: {len(wf)}")
    print("\n== worker skills")
    ws = collections.Counter(s for w in fw for s in w["skills"])
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(ws.items())))

    print("\n== fields set (non-null / non-empty)")

    def filled(rows, keys):
        out = []
        for k in keys:
            if k in ("id", "note"):
                continue
            n = sum(1 for r in rows if r[k] not in (None, [], False))
            out.append(f"{k} {n}")
        return ", ".join(out)
    print("  gigs:    " + filled(fg, GIG_KEYS))
    print("  workers: " + filled(fw, WORKER_KEYS))
    print("  gig pay units: " + ", ".join(f"{k} {v}" for k, v in
                                         collections.Counter(g["pay_unit"] for g in fg).most_common()))
    print("  gig pay_per: " + ", ".join(f"{k} {v}" for k, v in
                                       collections.Counter(g["pay_per"] for g in fg if g["pay_per"]).most_common()))
    print("  worker pay units: " + ", ".join(f"{k} {v}" for k, v in
                                            collections.Counter(w["pay_unit"] for w in fw).most_common()))

    print("\n== cities (gigs / workers home)")
    gc = collections.Counter(g["city"] or ("REMOTE" if g["remote"] else "abroad/none") for g in fg)
    wc = collections.Counter(w["city"] for w in fw)
    for c in sorted(set(gc) | set(wc), key=lambda c: (-gc[c], c)):
        print(f"  {c:14s} {gc[c]:3d} / {wc[c]:2d}")
    print("\n== worker languages")
    lc = collections.Counter(lang for w in fw for lang in w["languages"])
    print("  " + ", ".join(f"{k} {v}" for k, v in lc.most_common()))
    print("\n== why pairs are not grade 2 (same family)")
    rc = collections.Counter(r.split(" ")[0] for _, _, gr, r in computed if r not in ("family", "match"))
    print("  " + ", ".join(f"{k} {v}" for k, v in rc.most_common()))
    print("\n== per worker: positives, same-city other-family gigs, unreachable same-family gigs, hard negatives")
    for row in cover:
        print("  %s  pos %d  city-distractors %d  other-city-same-trade %d  hard-neg %d" % row)
    print("\n== cross-unit pay decisions (review)")
    for c in cross:
        print("  " + c)
    if warnings:
        print("\n== warnings")
        for w in warnings:
            print("  " + w)
    if errors:
        print("\n== ERRORS")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
