#!/usr/bin/env python3
"""Validate the M9 fresh matching set and print a summary. Adapted from the dev set's validate.py:
  * id prefixes M9-g### / M9-w## (no extract.jsonl in this set; it is checked only if present, ids M9-x###),
  * many extra (tier-2/3) cities, listed in CITIES below,
  * every Indic script counted separately, digits of all Indic scripts normalised,
  * extra checks: fact key order = dev schema, taxonomy is a superset of the dev taxonomy, every skill is in
    its family, >= 40 % of texts in native Indic script, each worker has >= 2 same-city gigs of OTHER
    families and >= 1 same-family gig in another city,
  * prints counts per script, per family/trade and per field.
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

DEV_DIR = "/work/shared/bench/dev"
CITIES = ["Mumbai", "Pune", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Ahmedabad", "Jaipur",
          "Lucknow", "Indore", "Noida", "Gurugram", "Thane", "Navi Mumbai", "Patna", "Kochi", "Bhopal",
          "Surat", "Nagpur", "Chandigarh", "Coimbatore", "Visakhapatnam",
          # M9 additions
          "Hubballi", "Belagavi", "Gorakhpur", "Deoria", "Siliguri", "Cooch Behar", "Rajkot", "Mysuru", "Bathinda",
          "Ludhiana", "Udaipur", "Jodhpur", "Ajmer", "Cuttack", "Bhubaneswar", "Puri", "Dehradun", "Rishikesh",
          "Kanpur", "Agra", "Thrissur", "Warangal", "Bhagalpur", "Amravati", "Tiruppur", "Vapi", "Daman",
          "Jamshedpur", "Ranchi", "Dhanbad", "Bhilai", "Raipur", "Durg", "Madurai", "Dindigul", "Kolhapur", "Sangli",
          "Satara", "Muzaffarpur", "Mansa", "Karimnagar", "Nizamabad", "Anand", "Nadiad", "Kozhikode", "Kannur",
          "Nashik", "Varanasi", "Prayagraj", "Ujjain", "Dewas", "Erode", "Salem", "Krishnanagar", "Nabadwip",
          "Pochampally", "Gadwal", "Guwahati", "Durgapur", "Vadodara", "Jabalpur", "Gaya", "Solapur", "Latur",
          "Jalandhar", "Navsari"]
UNITS = {"hour", "day", "week", "month", "task"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
GKEYS = ['id', 'skill_family', 'skills', 'city', 'locality', 'remote', 'pay_amount', 'pay_max', 'pay_unit', 'pay_per',
         'pay_negotiable', 'days', 'dates', 'slots', 'languages_required', 'min_experience_years', 'scam', 'note']
WKEYS = ['id', 'skill_family', 'skills', 'city', 'locality', 'willing_to_travel_to', 'remote_ok', 'min_pay_amount',
         'pay_unit', 'pay_per', 'available_days', 'experience_years', 'languages', 'age', 'note']
EXPECT_KEYS = {"city", "remote", "pay_amount", "pay_unit", "experience_years", "days", "slots", "skills_any"}
NATIVE_MIN_SHARE = 0.40

errors = []
warnings = []


def err(m):
    errors.append(m)


def warn(m):
    warnings.append(m)


def load(name, required=True):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        if required:
            err(f"{name} missing")
        return []
    rows = []
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


SCRIPTS = {  # name -> regex; Assamese uses the Bengali block
    "Devanagari": re.compile(r"[\u0900-\u097F]"),
    "Bengali/Assamese": re.compile(r"[\u0980-\u09FF]"),
    "Gurmukhi": re.compile(r"[\u0A00-\u0A7F]"),
    "Gujarati": re.compile(r"[\u0A80-\u0AFF]"),
    "Odia": re.compile(r"[\u0B00-\u0B7F]"),
    "Tamil": re.compile(r"[\u0B80-\u0BFF]"),
    "Telugu": re.compile(r"[\u0C00-\u0C7F]"),
    "Kannada": re.compile(r"[\u0C80-\u0CFF]"),
    "Malayalam": re.compile(r"[\u0D00-\u0D7F]"),
}
_src = "".join(chr(b + d) for b in (0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66) for d in range(10))
DIGITS = str.maketrans(_src, "0123456789" * 9)


def script_of(t):
    found = [n for n, rx in SCRIPTS.items() if rx.search(t)]
    return found[0] if len(found) == 1 else ("+".join(found) if found else None)


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


def main():
    fg = load("facts_gigs.jsonl")
    fw = load("facts_workers.jsonl")
    tg = load("gigs.jsonl")
    tw = load("workers.jsonl")
    ex = load("extract.jsonl", required=False)
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
        if not re.fullmatch(r"M9-g\d{3}", i):
            err("bad gig id " + i)
    for i in wid:
        if not re.fullmatch(r"M9-w\d{2}", i):
            err("bad worker id " + i)
    for g in fg:
        if list(g) != GKEYS:
            err(f"{g['id']} gig keys/order differ from dev schema")
    for w in fw:
        if list(w) != WKEYS:
            err(f"{w['id']} worker keys/order differ from dev schema")

    # ---- taxonomy: superset of dev, nothing removed or changed
    dev_tax = json.load(open(os.path.join(DEV_DIR, "taxonomy.json"), encoding="utf-8"))
    for fam, spec in dev_tax.items():
        if fam not in tax:
            err(f"taxonomy: dev family {fam} removed")
            continue
        if tax[fam].get("adjacent", []) != spec.get("adjacent", []):
            err(f"taxonomy: adjacency of {fam} changed")
        for sg, skills in spec["subgroups"].items():
            if tax[fam]["subgroups"].get(sg) != skills:
                err(f"taxonomy: {fam}/{sg} changed")
    fam_skills = {fam: {s for sk in spec["subgroups"].values() for s in sk} for fam, spec in tax.items()}
    allskills = collections.Counter(s for sk in fam_skills.values() for s in sk)
    for fam, spec in tax.items():
        for a, b in spec.get("adjacent", []):
            if a not in spec["subgroups"] or b not in spec["subgroups"]:
                err(f"taxonomy: {fam} adjacency names unknown subgroup")
    for r in fg + fw:
        if r["skill_family"] not in tax:
            err(f"{r['id']} unknown family {r['skill_family']}")
            continue
        if not r["skills"]:
            err(f"{r['id']} no skills")
        for s in r["skills"]:
            if s not in fam_skills[r["skill_family"]]:
                err(f"{r['id']} skill {s!r} not in family {r['skill_family']}")

    # ---- facts sanity
    for g in fg:
        if g["city"] is not None and g["city"] not in CITIES:
            err(f"{g['id']} bad city {g['city']}")
        if g["remote"] and g["city"] is not None:
            warn(f"{g['id']} remote with a city")
        if not g["remote"] and g["city"] is None:
            err(f"{g['id']} not remote and no city")
        if g["pay_unit"] is not None and g["pay_unit"] not in UNITS:
            err(f"{g['id']} bad unit")
        if (g["pay_unit"] == "task") != (g["pay_per"] is not None):
            err(f"{g['id']} pay_per must be set exactly for task pay")
        if g["pay_amount"] is not None and g["pay_unit"] is None:
            warn(f"{g['id']} amount without unit")
        if g["pay_max"] is not None and (g["pay_amount"] is None or g["pay_max"] <= g["pay_amount"]):
            err(f"{g['id']} bad range")
        if g["days"] and any(d not in DAYS for d in g["days"]):
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
        if (w["pay_unit"] == "task") != (w["pay_per"] is not None):
            err(f"{w['id']} pay_per must be set exactly for task pay")
        if (w["min_pay_amount"] is None) != (w["pay_unit"] is None):
            err(f"{w['id']} min_pay_amount and pay_unit must both be set or both null")
        if w["available_days"] and any(d not in DAYS for d in w["available_days"]):
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
    recomputed = {(w, g, gr) for w, g, gr, _ in computed if gr > 0}
    if recomputed != set(qrels):
        err("qrels.tsv differs from make_qrels.py output: rerun make_qrels.py")
    with open(os.path.join(HERE, "make_qrels.py"), "rb") as a, open(os.path.join(DEV_DIR, "make_qrels.py"), "rb") as b:
        if a.read() != b.read():
            err("make_qrels.py is not an unchanged copy of the dev script")
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
    for W in fw:
        same_city_other = [g for g in fg if g["city"] == W["city"] and g["skill_family"] != W["skill_family"]]
        other_city_same = [g for g in fg if g["skill_family"] == W["skill_family"] and g["city"] is not None
                           and g["city"] != W["city"] and g["city"] not in W["willing_to_travel_to"]]
        if len(same_city_other) < 2:
            err(f"{W['id']} has {len(same_city_other)} same-city gigs of other families (<2)")
        if not other_city_same:
            err(f"{W['id']} has no same-family gig in another city")

    cross = []
    for w, g, gr, why in computed:
        if "pay" in why:
            G, W = gid[g], wid[w]
            if G["pay_unit"] != W["pay_unit"]:
                cross.append(f"{w}-{g} {why}: gig {G['pay_amount']}/{G['pay_unit']} vs worker "
                             f"{W['min_pay_amount']}/{W['pay_unit']}")

    # ---- extract (optional)
    for r in ex:
        if not re.fullmatch(r"M9-x\d{3}", r["id"]):
            err("bad extract id " + r["id"])
        extra = set(r.get("expect", {})) - EXPECT_KEYS
        if extra:
            err(f"{r['id']} unexpected expect keys {extra}")

    # ---- report
    print("== counts")
    print(f"gigs {len(fg)} (scam {sum(g['scam'] for g in fg)}, remote {sum(g['remote'] for g in fg)}); "
          f"workers {len(fw)}; qrels {len(qrels)} (grade2 {sum(1 for q in qrels if q[2] == 2)}, "
          f"grade1 {sum(1 for q in qrels if q[2] == 1)}); extract {len(ex)}")
    print("positives per worker:", dict(sorted(collections.Counter(per_w.values()).items())))
    gpos = {g for _, g, _ in qrels}
    print(f"gigs positive for >= 1 worker: {len(gpos)}")
    why = collections.Counter()
    for w, g, gr, y in computed:
        if gr == 1:
            why["grade1:" + ("pay" if y.startswith("pay") else y)] += 1
        elif gr == 0 and y not in ("family", "scam"):
            why["grade0:" + ("pay" if y.startswith("pay") else y)] += 1
    print("reasons:", dict(sorted(why.items())))

    print("\n== scripts (texts containing each script; 'Latin' = English/Hinglish/romanised)")
    native_total = 0
    for label, texts in (("gigs", list(gtext.values())), ("workers", list(wtext.values()))):
        c = collections.Counter(script_of(t) or "Latin" for t in texts)
        nat = sum(v for k, v in c.items() if k != "Latin")
        native_total += nat
        print(f"  {label}: native {nat}/{len(texts)} ({100 * nat / len(texts):.0f}%) " +
              ", ".join(f"{k} {v}" for k, v in c.most_common()))
    n_all = len(gtext) + len(wtext)
    share = native_total / n_all if n_all else 0
    print(f"  all: native {native_total}/{n_all} ({100 * share:.0f}%)")
    if share < NATIVE_MIN_SHARE:
        err(f"native-script share {share:.2f} < {NATIVE_MIN_SHARE}")
    nd = sum(1 for t in list(gtext.values()) + list(wtext.values()) if t.translate(DIGITS) != t)
    print(f"  texts with native digits: {nd}")

    print("\n== skill families (gigs / workers)")
    gf = collections.Counter(g["skill_family"] for g in fg)
    wf = collections.Counter(w["skill_family"] for w in fw)
    for fam in sorted(set(gf) | set(wf), key=lambda f: (-gf[f], f)):
        print(f"  {fam:26s} {gf[fam]:3d} / {wf[fam]:2d}")
    print(f"  families with workers: {len(wf)}")
    print("\n== worker trades (skills)")
    for w in fw:
        print(f"  {w['id']} {w['skill_family']}: {', '.join(w['skills'])} | {w['city']} | {script_of(wtext[w['id']]) or 'Latin'}")
    print("\n== cities (gigs / workers home)")
    gc = collections.Counter(g["city"] or ("REMOTE" if g["remote"] else "none") for g in fg)
    wc = collections.Counter(w["city"] for w in fw)
    print("  " + "; ".join(f"{c} {gc[c]}/{wc[c]}" for c in sorted(set(gc) | set(wc), key=lambda c: (-gc[c], c))))
    print("\n== field coverage (non-null / non-empty)")
    for label, rows, keys in (("gigs", fg, GKEYS), ("workers", fw, WKEYS)):
        cov = {k: sum(1 for r in rows if r[k] not in (None, [], "", False)) for k in keys if k != "id"}
        print(f"  {label}: " + ", ".join(f"{k} {v}" for k, v in cov.items()))
    print("  gig pay units:", dict(collections.Counter(g["pay_unit"] for g in fg)))
    print("  worker pay units:", dict(collections.Counter(w["pay_unit"] for w in fw)))
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
