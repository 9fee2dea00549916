#!/usr/bin/env python3
"""Validate the m8 matching-set files and print a summary. Adapted from the dev set's validate.py:

  * id prefixes m8-g### / m8-w##; extract.jsonl is optional (this set has none)
  * CITIES = the dev list plus the tier-2/3 towns used here
  * native digits of all Indic scripts used (Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil,
    Telugu, Kannada, Malayalam) are normalised before the "amount visible in text" heuristics
  * script summary per script, and the share of texts in a native Indic script (must be >= 40 %)
  * schema checks: exact key order of the dev fact schemas, value types, skills in taxonomy.json
    under their family, taxonomy.json a superset of the dev taxonomy (src/taxonomy_base.json)
  * design checks: >= 2 positives per worker, >= 2 same-city gigs of other families per worker,
    >= 1 same-family gig in another city per worker, >= 25 families across workers
  * counts per trade (family) and per field

    python3 validate.py            # exits non-zero on any hard error
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_qrels  # noqa: E402

PFX = "m8"
CITIES = ["Mumbai", "Pune", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Ahmedabad", "Jaipur",
          "Lucknow", "Indore", "Noida", "Gurugram", "Thane", "Navi Mumbai", "Patna", "Kochi", "Bhopal",
          # dev-set additions
          "Surat", "Nagpur", "Chandigarh", "Coimbatore", "Visakhapatnam",
          # m8 additions (tier-2/3 towns)
          "Hubballi", "Dharwad", "Belagavi", "Mysuru", "Gorakhpur", "Deoria", "Basti", "Varanasi", "Prayagraj",
          "Muzaffarpur", "Cuttack", "Bhubaneswar", "Balasore", "Madurai", "Erode", "Rajkot", "Siliguri",
          "Darjeeling", "Jalpaiguri", "Ludhiana", "Jalandhar", "Bathinda", "Mansa", "Sangrur", "Karnal",
          "Bhilai", "Durg", "Raipur", "Nashik", "Aurangabad", "Jamshedpur", "Ranchi", "Dhanbad", "Warangal",
          "Kolhapur", "Sangli", "Ichalkaranji", "Thrissur", "Palakkad", "Kozhikode", "Bareilly", "Pithampur"]
UNITS = {"hour", "day", "week", "month", "task"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
EXPECT_KEYS = {"city", "remote", "pay_amount", "pay_unit", "experience_years", "days", "slots", "skills_any"}
GIG_KEYS = ["id", "skill_family", "skills", "city", "locality", "remote", "pay_amount", "pay_max", "pay_unit",
            "pay_per", "pay_negotiable", "days", "dates", "slots", "languages_required", "min_experience_years",
            "scam", "note"]
WORKER_KEYS = ["id", "skill_family", "skills", "city", "locality", "willing_to_travel_to", "remote_ok",
               "min_pay_amount", "pay_unit", "pay_per", "available_days", "experience_years", "languages", "age",
               "note"]

errors = []
warnings = []


def err(m):
    errors.append(m)


def warn(m):
    warnings.append(m)


def load(name, optional=False):
    rows = []
    path = os.path.join(HERE, name)
    if optional and not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
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


SCRIPTS = collections.OrderedDict([
    ("Devanagari", r"[\u0900-\u097F]"), ("Bengali", r"[\u0980-\u09FF]"), ("Gurmukhi", r"[\u0A00-\u0A7F]"),
    ("Gujarati", r"[\u0A80-\u0AFF]"), ("Odia", r"[\u0B00-\u0B7F]"), ("Tamil", r"[\u0B80-\u0BFF]"),
    ("Telugu", r"[\u0C00-\u0C7F]"), ("Kannada", r"[\u0C80-\u0CFF]"), ("Malayalam", r"[\u0D00-\u0D7F]")])
SCRIPTS = collections.OrderedDict((k, re.compile(v)) for k, v in SCRIPTS.items())
_zeros = [0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66]
DIGITS = {z + i: str(i) for z in _zeros for i in range(10)}


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


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_schema(rec, keys, kind, tax):
    if list(rec.keys()) != keys:
        err(f"{rec.get('id')} {kind} keys/order differ from the dev schema: {list(rec.keys())}")
        return
    fam = rec["skill_family"]
    if fam not in tax:
        err(f"{rec['id']} unknown family {fam!r}")
    else:
        fam_sk = {s for sg in tax[fam]["subgroups"].values() for s in sg}
        if not rec["skills"]:
            err(f"{rec['id']} no skills")
        for s in rec["skills"]:
            if s not in fam_sk:
                err(f"{rec['id']} skill {s!r} not in family {fam!r}")
    if rec["pay_unit"] is not None and rec["pay_unit"] not in UNITS:
        err(f"{rec['id']} bad unit")
    if (rec["pay_unit"] == "task") != (rec["pay_per"] is not None):
        err(f"{rec['id']} pay_per must be set exactly when pay_unit is task")
    if kind == "gig":
        if not isinstance(rec["remote"], bool) or not isinstance(rec["scam"], bool) \
                or not isinstance(rec["pay_negotiable"], bool):
            err(f"{rec['id']} remote/scam/pay_negotiable must be bool")
        if rec["remote"] != (rec["city"] is None):
            err(f"{rec['id']} city must be null exactly when remote")
        if (rec["pay_amount"] is None) != (rec["pay_unit"] is None):
            err(f"{rec['id']} pay_amount and pay_unit must be both set or both null")
        if rec["pay_max"] is not None and (rec["pay_amount"] is None or rec["pay_max"] <= rec["pay_amount"]):
            err(f"{rec['id']} bad pay_max")
        if not isinstance(rec["slots"], int) or rec["slots"] < 1:
            err(f"{rec['id']} bad slots")
        if rec["days"] is not None and (not rec["days"] or any(d not in DAYS for d in rec["days"])):
            err(f"{rec['id']} bad days")
        for k in ("pay_amount", "pay_max", "min_experience_years"):
            if rec[k] is not None and not is_num(rec[k]):
                err(f"{rec['id']} {k} not a number")
    else:
        if not isinstance(rec["remote_ok"], bool):
            err(f"{rec['id']} remote_ok must be bool")
        if (rec["min_pay_amount"] is None) != (rec["pay_unit"] is None):
            err(f"{rec['id']} min_pay_amount and pay_unit must be both set or both null")
        if rec["available_days"] is not None and (not rec["available_days"]
                                                  or any(d not in DAYS for d in rec["available_days"])):
            err(f"{rec['id']} bad days")
        for c in rec["willing_to_travel_to"]:
            if c not in CITIES:
                err(f"{rec['id']} travel city {c} not in list")
            if c == rec["city"]:
                err(f"{rec['id']} travel list contains the home city")
        if not rec["languages"]:
            err(f"{rec['id']} no languages")
        for k in ("min_pay_amount", "experience_years", "age"):
            if rec[k] is not None and not is_num(rec[k]):
                err(f"{rec['id']} {k} not a number")


def main():
    fg = load("facts_gigs.jsonl")
    fw = load("facts_workers.jsonl")
    tg = load("gigs.jsonl")
    tw = load("workers.jsonl")
    ex = load("extract.jsonl", optional=True)
    tax = json.load(open(os.path.join(HERE, "taxonomy.json"), encoding="utf-8"))
    gid = {g["id"]: g for g in fg}
    wid = {w["id"]: w for w in fw}
    gtext = {g["id"]: g["text"] for g in tg}
    wtext = {w["id"]: w["text"] for w in tw}
    if [g["id"] for g in fg] != [g["id"] for g in tg]:
        err("facts_gigs ids != gigs ids (or order)")
    if [w["id"] for w in fw] != [w["id"] for w in tw]:
        err("facts_workers ids != workers ids (or order)")
    for r in tg + tw:
        if list(r.keys()) != ["id", "text"] or not r["text"].strip():
            err(f"{r.get('id')} text record must be {{id, text}} with a non-empty text")
    for i in gid:
        if not re.fullmatch(PFX + r"-g\d{3}", i):
            err("bad gig id " + i)
    for i in wid:
        if not re.fullmatch(PFX + r"-w\d{2}", i):
            err("bad worker id " + i)

    # ---- taxonomy: superset of the dev taxonomy, nothing changed
    base_path = os.path.join(HERE, "src", "taxonomy_base.json")
    if os.path.exists(base_path):
        base = json.load(open(base_path, encoding="utf-8"))
        for fam, spec in base.items():
            if fam not in tax:
                err(f"taxonomy: family {fam} removed")
                continue
            if tax[fam]["adjacent"] != spec["adjacent"]:
                err(f"taxonomy: adjacency of {fam} changed")
            for sg, skills in spec["subgroups"].items():
                if not set(skills) <= set(tax[fam]["subgroups"].get(sg, [])):
                    err(f"taxonomy: skills removed from {fam}/{sg}")
    seen = {}
    for fam, spec in tax.items():
        for sg, skills in spec["subgroups"].items():
            for s in skills:
                if (fam, s) in seen:
                    err(f"taxonomy: {fam}/{s} in two subgroups")
                seen[(fam, s)] = sg
        for pair in spec.get("adjacent", []):
            if len(pair) != 2 or any(p not in spec["subgroups"] for p in pair):
                err(f"taxonomy: bad adjacency {fam} {pair}")
    dev_mq = "/work/shared/bench/dev/make_qrels.py"
    if os.path.exists(dev_mq):
        if open(dev_mq, encoding="utf-8").read() != open(os.path.join(HERE, "make_qrels.py"), encoding="utf-8").read():
            err("make_qrels.py differs from the dev copy")

    # ---- facts sanity
    for g in fg:
        check_schema(g, GIG_KEYS, "gig", tax)
        if g["city"] is not None and g["city"] not in CITIES:
            err(f"{g['id']} bad city {g['city']}")
        if g["pay_amount"] is not None and not text_has_amount(gtext[g["id"]], g["pay_amount"]):
            warn(f"{g['id']} pay_amount {g['pay_amount']} not visibly in text")
        if g.get("pay_max") is not None and not text_has_amount(gtext[g["id"]], g["pay_max"]):
            warn(f"{g['id']} pay_max {g['pay_max']} not visibly in text")
    for w in fw:
        check_schema(w, WORKER_KEYS, "worker", tax)
        if w["city"] not in CITIES:
            err(f"{w['id']} bad city {w['city']}")
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
    rows = make_qrels.compute()
    recomputed = {(w, g, gr) for w, g, gr, _ in rows if gr > 0}
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

    # ---- design checks (distractors)
    for w in fw:
        same_city_other = [g for g in fg if g["city"] == w["city"] and g["skill_family"] != w["skill_family"]]
        other_city_same = [g for g in fg if g["skill_family"] == w["skill_family"] and g["city"] is not None
                           and g["city"] != w["city"] and g["city"] not in w["willing_to_travel_to"]]
        if len(same_city_other) < 2:
            err(f"{w['id']} has {len(same_city_other)} same-city gigs of other families (<2)")
        if not other_city_same:
            err(f"{w['id']} has no same-family gig in an unreachable city")
    wfams = {w["skill_family"] for w in fw}
    if len(wfams) < 25:
        err(f"only {len(wfams)} families across workers (<25)")

    # cross-unit pay comparisons that decided or softened a pair (for manual review)
    cross = []
    for w, g, gr, why in rows:
        if "pay" in why:
            G, W = gid[g], wid[w]
            if G["pay_unit"] != W["pay_unit"]:
                cross.append(f"{w}-{g} grade {gr} {why}: gig {G['pay_amount']}/{G['pay_unit']} vs worker "
                             f"{W['min_pay_amount']}/{W['pay_unit']}")

    # ---- extract (optional)
    kinds = collections.Counter()
    for r in ex:
        if not re.fullmatch(PFX + r"-x\d{3}", r["id"]):
            err("bad extract id " + r["id"])
        kinds[r["kind"]] += 1
        e = r["expect"]
        if set(e) - EXPECT_KEYS:
            err(f"{r['id']} unexpected expect keys")

    # ---- report
    print("== counts")
    print(f"gigs {len(fg)} (scam {sum(g['scam'] for g in fg)}, remote {sum(g['remote'] for g in fg)}); "
          f"workers {len(fw)}; qrels {len(qrels)} (grade2 {sum(1 for q in qrels if q[2] == 2)}, "
          f"grade1 {sum(1 for q in qrels if q[2] == 1)}); extract {len(ex)}")
    gpos = {g for _, g, _ in qrels}
    print(f"gigs positive for at least one worker: {len(gpos)}")
    print("positives per worker:", dict(sorted(collections.Counter(per_w.values()).items())))
    why = collections.Counter()
    for w, g, gr, reason in rows:
        if gr == 1:
            why["grade1 " + re.sub(r"pay [0-9.]+", "pay", reason)] += 1
        elif reason not in ("family", "scam", "match"):
            why["grade0 " + re.sub(r"pay [0-9.]+", "pay", reason)] += 1
    print("reasons (same family):", dict(sorted(why.items())))

    print("\n== scripts (texts containing each script)")
    allt = [("gig", t) for t in gtext.values()] + [("worker", t) for t in wtext.values()]
    sc = collections.Counter()
    native = collections.Counter()
    for kind, t in allt:
        s = scripts_of(t)
        for x in s:
            sc[(kind, x)] += 1
        if s:
            native[kind] += 1
        else:
            sc[(kind, "Latin only")] += 1
    for x in list(SCRIPTS) + ["Latin only"]:
        if sc[("gig", x)] or sc[("worker", x)]:
            print(f"  {x:12s} gigs {sc[('gig', x)]:3d}  workers {sc[('worker', x)]:2d}")
    n_all = len(allt)
    share = (native["gig"] + native["worker"]) / n_all
    print(f"  native Indic script: gigs {native['gig']}/{len(gtext)}, workers {native['worker']}/{len(wtext)}, "
          f"all {native['gig'] + native['worker']}/{n_all} ({100 * share:.0f}%)")
    if share < 0.40:
        err(f"only {100 * share:.0f}% of texts in a native Indic script (<40%)")

    print("\n== skill families / trades (gigs / workers / positive pairs)")
    gf = collections.Counter(g["skill_family"] for g in fg)
    wf = collections.Counter(w["skill_family"] for w in fw)
    qf = collections.Counter(wid[w]["skill_family"] for w, _, _ in qrels)
    for fam in sorted(set(gf) | set(wf), key=lambda f: (-wf[f], -gf[f], f)):
        print(f"  {fam:26s} {gf[fam]:3d} / {wf[fam]:2d} / {qf[fam]:3d}")
    print(f"  families with workers: {len(wfams)}; families in gigs: {len(gf)}")
    print("\n== worker skills")
    print("  " + "; ".join(f"{w['id']} {', '.join(w['skills'])}" for w in fw))

    print("\n== cities (gigs / workers home)")
    gc = collections.Counter(g["city"] or "REMOTE" for g in fg)
    wc = collections.Counter(w["city"] for w in fw)
    for c in sorted(set(gc) | set(wc), key=lambda c: (-gc[c], c)):
        print(f"  {c:14s} {gc[c]:3d} / {wc[c]:2d}")

    print("\n== fields set (non-null / non-default)")
    def cnt(rows_, k, default=(None, [], False)):
        return sum(1 for r in rows_ if r[k] not in default)
    print("  gigs:    " + ", ".join(f"{k} {cnt(fg, k)}" for k in GIG_KEYS[1:] if k not in ("slots",))
          + f", slots>1 {sum(1 for g in fg if g['slots'] > 1)}")
    print("  workers: " + ", ".join(f"{k} {cnt(fw, k)}" for k in WORKER_KEYS[1:]))
    pu = collections.Counter((g["pay_unit"], g["pay_per"]) for g in fg if g["pay_unit"])
    print("  gig pay units: " + ", ".join(f"{u}{'/' + p if p else ''} {n}" for (u, p), n in pu.most_common()))
    pw = collections.Counter((w["pay_unit"], w["pay_per"]) for w in fw if w["pay_unit"])
    print("  worker pay units: " + ", ".join(f"{u}{'/' + p if p else ''} {n}" for (u, p), n in pw.most_common()))

    print("\n== worker languages")
    lc = collections.Counter(lang for w in fw for lang in w["languages"])
    print("  " + ", ".join(f"{k} {v}" for k, v in lc.most_common()))
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
