#!/usr/bin/env python3
"""Validate the SEALED matching_fresh2 set and print its distributions.

    python3 validate.py          # exits non-zero on any hard error

Adapted from the dev set's validate.py: ids m2-g###/m2-w##, no extract.jsonl, a larger city list
(tier-2/3 towns), per-script counts for all nine Indic scripts, size/coverage requirements of the brief.
Checks: JSONL/TSV validity, id sets, fact schemas and types, cities/units/days, families and skills
against taxonomy.json, taxonomy.json keeps every dev family/skill/adjacency, make_qrels.py is the
unchanged dev script, qrels recomputed from facts, >= 2 positives per worker, no scam positives,
language / experience conflicts in positives, numbers in the facts visible in the texts (warnings).
"""
import collections
import hashlib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_qrels  # noqa: E402

MAKE_QRELS_SHA256 = "8ec48ed23aba7a0c30896a48dc12dc0cecba9580f4c90942d06b385f1e6f1980"  # dev copy

CITIES = [
    # private set (18) + dev additions (5)
    "Mumbai", "Pune", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Ahmedabad", "Jaipur",
    "Lucknow", "Indore", "Noida", "Gurugram", "Thane", "Navi Mumbai", "Patna", "Kochi", "Bhopal",
    "Surat", "Nagpur", "Chandigarh", "Coimbatore", "Visakhapatnam",
    # matching_fresh2 additions (canonical English names)
    "Hubballi", "Dharwad", "Belagavi", "Mysuru", "Siliguri", "Jalpaiguri", "Darjeeling", "Madurai",
    "Tirunelveli", "Erode", "Tiruppur", "Kanchipuram", "Arani", "Gorakhpur", "Varanasi", "Prayagraj",
    "Mirzapur", "Ludhiana", "Jalandhar", "Amritsar", "Bathinda", "Mansa", "Warangal", "Karimnagar",
    "Nizamabad", "Rajkot", "Jamnagar", "Vadodara", "Thrissur", "Thiruvananthapuram", "Bhilai", "Durg",
    "Raipur", "Bilaspur", "Nashik", "Aurangabad", "Sangli", "Kolhapur", "Jamshedpur", "Bokaro", "Ranchi",
    "Dhanbad", "Muzaffarpur", "Howrah", "Barrackpore", "Guwahati", "Shillong", "Cuttack", "Bhubaneswar",
    "Jodhpur", "Ujjain",
]
METROS = {"Mumbai", "Pune", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Ahmedabad", "Noida",
          "Gurugram", "Thane", "Navi Mumbai"}
DEV_FAMILIES = [
    "electrical", "plumbing", "driving", "delivery", "cooking", "cleaning/domestic", "security", "painting",
    "carpentry", "masonry/construction", "tailoring", "beauty", "AC/appliance repair", "data annotation",
    "translation", "tutoring", "bookkeeping/accounting", "graphic design", "content writing",
    "web development", "HR consulting", "finance consulting", "strategy consulting", "customer support",
    "retail/sales", "warehouse/loading", "caregiving/nursing aide", "photography", "embedded software",
    "cyber security", "project management", "data analytics", "CRM administration", "data entry", "other",
    "software testing"]
UNITS = {"hour", "day", "week", "month", "task"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
GIG_KEYS = ["id", "skill_family", "skills", "city", "locality", "remote", "pay_amount", "pay_max", "pay_unit",
            "pay_per", "pay_negotiable", "days", "dates", "slots", "languages_required",
            "min_experience_years", "scam", "note"]
WORKER_KEYS = ["id", "skill_family", "skills", "city", "locality", "willing_to_travel_to", "remote_ok",
               "min_pay_amount", "pay_unit", "pay_per", "available_days", "experience_years", "languages", "age",
               "note"]
SCRIPTS = [("Devanagari", 0x0900, 0x097F), ("Bengali", 0x0980, 0x09FF), ("Gurmukhi", 0x0A00, 0x0A7F),
           ("Gujarati", 0x0A80, 0x0AFF), ("Odia", 0x0B00, 0x0B7F), ("Tamil", 0x0B80, 0x0BFF),
           ("Telugu", 0x0C00, 0x0C7F), ("Kannada", 0x0C80, 0x0CFF), ("Malayalam", 0x0D00, 0x0D7F)]
MARATHI_MARKERS = ["मी ", "आहे", "पाहिजे", "हवा", "नको", "येथे", "आणि", "राहतो", "पेक्षा", "वर्षांचा",
                   "करते", "मध्ये", "कोल्हापूर", "लग्नासाठी"]
# amounts written in words in some texts (checked as visible)
WORD_AMOUNTS = {12000: ["barah hazaar"], 10000: ["das hazar"], 18000: ["18 hajar"], 120000: ["১.২ লাখ"]}

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


def ascii_digits(t):
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and unicodedata.decimal(c, None) is not None
                   else c for c in t)


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
        if a % 500 == 0:
            k = a / 1000
            ks = str(int(k)) if k == int(k) else str(k)
            forms |= {ks + "k", ks + " k", ks + "K", ks + " हज़ार", ks + " hazar"}
        if a % 10000 == 0:
            lk = a / 100000
            ls = str(int(lk)) if lk == int(lk) else str(lk)
            forms |= {ls + " lakh", ls + "L", ls + " L", ls + " লাখ"}
    else:
        forms |= {str(a), f"{a:.2f}", f"{a:.1f}"}
    forms |= set(WORD_AMOUNTS.get(a, []))
    return forms


def text_has_amount(text, a):
    t = ascii_digits(text)
    return any(f in t or f in text for f in amount_forms(a))


def scripts_of(t):
    found = []
    for name, lo, hi in SCRIPTS:
        if any(lo <= ord(c) <= hi for c in t):
            found.append(name)
    if "Devanagari" in found and any(m in t for m in MARATHI_MARKERS):
        found[found.index("Devanagari")] = "Devanagari (Marathi)"
    return found


def check_types(kind, r, keys):
    if list(r.keys()) != keys:
        err(f"{r.get('id')}: {kind} keys {list(r.keys())} != schema")
        return
    for k in ("skills", "languages_required", "willing_to_travel_to", "languages"):
        if k in r and not (isinstance(r[k], list) and all(isinstance(x, str) for x in r[k])):
            err(f"{r['id']}: {k} must be a list of strings")
    for k in ("remote", "pay_negotiable", "scam", "remote_ok"):
        if k in r and not isinstance(r[k], bool):
            err(f"{r['id']}: {k} must be bool")
    for k in ("pay_amount", "pay_max", "min_pay_amount"):
        if k in r and r[k] is not None and (isinstance(r[k], bool) or not isinstance(r[k], (int, float))
                                            or r[k] <= 0):
            err(f"{r['id']}: {k} must be a positive number or null")
    for k in ("min_experience_years", "experience_years", "age", "slots"):
        if k in r and r[k] is not None and (isinstance(r[k], bool) or not isinstance(r[k], int) or r[k] < 0):
            err(f"{r['id']}: {k} must be a non-negative int or null")
    for k in ("days", "available_days"):
        if k in r and r[k] is not None:
            if not r[k] or any(d not in DAYS for d in r[k]) or len(set(r[k])) != len(r[k]):
                err(f"{r['id']}: bad {k} {r[k]}")
            elif r[k] != [d for d in DAYS if d in r[k]]:
                err(f"{r['id']}: {k} not in mon..sun order")
    for k in ("note", "locality", "dates", "pay_per"):
        if k in r and r[k] is not None and not isinstance(r[k], str):
            err(f"{r['id']}: {k} must be a string or null")


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
    for rows, keys in ((tg, ["id", "text"]), (tw, ["id", "text"])):
        for r in rows:
            if list(r.keys()) != keys or not isinstance(r["text"], str) or not r["text"].strip():
                err(f"{r.get('id')}: text row must be {{id, text}} with non-empty text")
    if set(gid) != set(gtext):
        err("facts_gigs ids != gigs ids")
    if set(wid) != set(wtext):
        err("facts_workers ids != workers ids")
    for i in gid:
        if not re.fullmatch(r"m2-g\d{3}", i):
            err("bad gig id " + i)
    for i in wid:
        if not re.fullmatch(r"m2-w\d{2}", i):
            err("bad worker id " + i)

    # ---- make_qrels.py unchanged, taxonomy is a superset of the dev taxonomy
    sha = hashlib.sha256(open(os.path.join(HERE, "make_qrels.py"), "rb").read()).hexdigest()
    if sha != MAKE_QRELS_SHA256:
        err("make_qrels.py differs from the dev copy")
    base_path = os.path.join(HERE, "src", "taxonomy_base.json")
    if os.path.exists(base_path):
        base = json.load(open(base_path, encoding="utf-8"))
        for fam, spec in base.items():
            if fam not in tax:
                err(f"taxonomy lost dev family {fam}")
                continue
            for sg, skills in spec["subgroups"].items():
                if not set(skills) <= set(tax[fam]["subgroups"].get(sg, [])):
                    err(f"taxonomy lost dev skills in {fam}/{sg}")
            if {frozenset(p) for p in spec.get("adjacent", [])} != {frozenset(p) for p in tax[fam].get("adjacent", [])}:
                err(f"taxonomy changed dev adjacency of {fam}")
    for fam, spec in tax.items():
        sgs = set(spec["subgroups"])
        for p in spec.get("adjacent", []):
            if len(p) != 2 or not set(p) <= sgs:
                err(f"taxonomy {fam}: bad adjacent pair {p}")
    allskills = collections.Counter(s for spec in tax.values() for sk in spec["subgroups"].values() for s in sk)
    for fam, spec in tax.items():
        seen = [s for sk in spec["subgroups"].values() for s in sk]
        if len(seen) != len(set(seen)):
            err(f"taxonomy {fam}: a skill is in two subgroups")

    # ---- facts sanity
    for g in fg:
        check_types("gig", g, GIG_KEYS)
        if g["skill_family"] not in tax:
            err(f"{g['id']} unknown family {g['skill_family']}")
        else:
            fam_sk = {s for sk in tax[g["skill_family"]]["subgroups"].values() for s in sk}
            if not g["skills"] or not set(g["skills"]) <= fam_sk:
                err(f"{g['id']} skills not in family {g['skill_family']}: {g['skills']}")
        if g["remote"] and g["city"] is not None:
            err(f"{g['id']} remote gig with a city")
        if not g["remote"] and g["city"] is None:
            err(f"{g['id']} on-site gig without a city")
        if g["city"] is not None and g["city"] not in CITIES:
            err(f"{g['id']} bad city {g['city']}")
        if g["pay_unit"] is not None and g["pay_unit"] not in UNITS:
            err(f"{g['id']} bad unit")
        if (g["pay_amount"] is None) != (g["pay_unit"] is None):
            err(f"{g['id']} pay_amount/pay_unit mismatch")
        if (g["pay_unit"] == "task") != (g["pay_per"] is not None):
            err(f"{g['id']} pay_per must be set exactly for task pay")
        if g["pay_max"] is not None and (g["pay_amount"] is None or g["pay_max"] <= g["pay_amount"]):
            err(f"{g['id']} pay_max must exceed pay_amount")
        if not isinstance(g["slots"], int) or g["slots"] < 1:
            err(f"{g['id']} slots must be >= 1")
        if g["pay_amount"] is not None and not text_has_amount(gtext[g["id"]], g["pay_amount"]):
            warn(f"{g['id']} pay_amount {g['pay_amount']} not visibly in text")
        if g.get("pay_max") is not None and not text_has_amount(gtext[g["id"]], g["pay_max"]):
            warn(f"{g['id']} pay_max {g['pay_max']} not visibly in text")
        if g["slots"] > 1 and str(g["slots"]) not in ascii_digits(gtext[g["id"]]):
            warn(f"{g['id']} slots {g['slots']} not visibly in text")
    for w in fw:
        check_types("worker", w, WORKER_KEYS)
        if w["skill_family"] not in tax:
            err(f"{w['id']} unknown family {w['skill_family']}")
        else:
            fam_sk = {s for sk in tax[w["skill_family"]]["subgroups"].values() for s in sk}
            if not w["skills"] or not set(w["skills"]) <= fam_sk:
                err(f"{w['id']} skills not in family: {w['skills']}")
        if w["city"] not in CITIES:
            err(f"{w['id']} bad city {w['city']}")
        for c in w["willing_to_travel_to"]:
            if c not in CITIES or c == w["city"]:
                err(f"{w['id']} bad travel city {c}")
        if w["pay_unit"] is not None and w["pay_unit"] not in UNITS:
            err(f"{w['id']} bad unit")
        if (w["min_pay_amount"] is None) != (w["pay_unit"] is None):
            err(f"{w['id']} min_pay_amount/pay_unit mismatch")
        if (w["pay_unit"] == "task") != (w["pay_per"] is not None):
            err(f"{w['id']} pay_per must be set exactly for task pay")
        if not w["languages"]:
            err(f"{w['id']} no languages")
        if w["min_pay_amount"] is not None and not text_has_amount(wtext[w["id"]], w["min_pay_amount"]):
            warn(f"{w['id']} min_pay {w['min_pay_amount']} not visibly in text")
        if w["experience_years"] is not None and str(w["experience_years"]) not in ascii_digits(wtext[w["id"]]):
            warn(f"{w['id']} experience {w['experience_years']} not visibly in text")
        if w["age"] is not None and str(w["age"]) not in ascii_digits(wtext[w["id"]]):
            warn(f"{w['id']} age {w['age']} not visibly in text")

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

    # ---- brief requirements
    new_fam_workers = [w for w in fw if w["skill_family"] not in DEV_FAMILIES]
    n_scam = sum(g["scam"] for g in fg)
    alltexts = list(gtext.values()) + list(wtext.values())
    nonlatin = sum(1 for t in alltexts if scripts_of(t))
    if len(fw) < 40:
        err(f"only {len(fw)} workers (< 40)")
    if len(fg) < 120:
        err(f"only {len(fg)} gigs (< 120)")
    if len(new_fam_workers) < 18:
        err(f"only {len(new_fam_workers)} workers in families not in the dev taxonomy (< 18)")
    if not 6 <= n_scam <= 12:
        err(f"{n_scam} scam gigs (want about 8)")
    if nonlatin / len(alltexts) < 0.25:
        err(f"non-Latin share {nonlatin}/{len(alltexts)} < 25%")
    for g in fg:
        if g["scam"]:
            # a scam should otherwise be a positive for someone
            clean = dict(g, scam=False)
            tax_maps = make_qrels.subgroup_maps(tax)
            if not any(make_qrels.grade(w, clean, *tax_maps)[0] > 0 for w in fw):
                warn(f"scam {g['id']} would not be positive for anyone even without the fee")

    # ---- report
    print("== counts")
    print(f"gigs {len(fg)} (scam {n_scam}, remote {sum(g['remote'] for g in fg)}); workers {len(fw)} "
          f"({len(new_fam_workers)} in families not in the dev taxonomy); qrels {len(qrels)} "
          f"(grade2 {sum(1 for q in qrels if q[2] == 2)}, grade1 {sum(1 for q in qrels if q[2] == 1)})")
    print("positives per worker:", dict(sorted(collections.Counter(per_w.values()).items())))
    pos_g = {g for _, g, _ in qrels}
    print(f"gigs positive for >= 1 worker: {len(pos_g)}; never positive: {len(fg) - len(pos_g)}")
    reasons = collections.Counter(why for _, _, gr, why in rows if gr == 1)
    r1 = collections.Counter("pay" if k.startswith("pay") else k for k in reasons.elements())
    print("why grade 1:", dict(r1))
    hard = collections.Counter()
    for w, g, gr, why in rows:
        if gr == 0 and why not in ("family", "scam"):
            hard["pay <0.75" if why.startswith("pay") else ("two soft" if "+" in why else why)] += 1
    print("same-family grade-0 pairs by reason:", dict(hard))
    fam_of_w = {w["id"]: w for w in fw}
    same_city_other = sum(1 for w in fw for g in fg if not g["scam"] and g["city"] == w["city"]
                          and g["skill_family"] != w["skill_family"])
    scam_would = 0
    tax_maps = make_qrels.subgroup_maps(tax)
    for g in fg:
        if g["scam"]:
            clean = dict(g, scam=False)
            scam_would += sum(1 for w in fw if make_qrels.grade(w, clean, *tax_maps)[0] > 0)
    print(f"same-city different-family pairs: {same_city_other}; scam pairs that would otherwise be positive: "
          f"{scam_would}")
    traps = [g["id"] for g in fg if "trap" in (g["note"] or "")]
    print(f"gigs noted as word traps: {len(traps)}")

    print("\n== scripts (texts containing each script)")
    for label, texts in (("gigs", list(gtext.values())), ("workers", list(wtext.values())), ("all", alltexts)):
        c = collections.Counter(s for t in texts for s in scripts_of(t))
        nl = sum(1 for t in texts if scripts_of(t))
        print(f"  {label:8s} {len(texts):3d} texts, non-Latin {nl} ({100 * nl / len(texts):.0f}%): "
              + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: -kv[1])))
    native_digit = sum(1 for t in alltexts if any(not c.isascii() and unicodedata.decimal(c, None) is not None
                                                  for c in t))
    emoji = sum(1 for t in alltexts if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", t))
    print(f"  texts with native digits {native_digit}, with emoji {emoji}")

    print("\n== skill families / trades (gigs / workers)  [* = not in the dev taxonomy]")
    gf = collections.Counter(g["skill_family"] for g in fg)
    wf = collections.Counter(w["skill_family"] for w in fw)
    for fam in sorted(set(gf) | set(wf), key=lambda f: (-wf[f], -gf[f], f)):
        star = "*" if fam not in DEV_FAMILIES else " "
        print(f"  {star}{fam:30s} {gf[fam]:3d} / {wf[fam]:2d}")

    print("\n== field coverage (non-null / non-empty / true)")
    for label, rows_, keys in (("gig", fg, GIG_KEYS), ("worker", fw, WORKER_KEYS)):
        cov = []
        for k in keys:
            if k in ("id", "note"):
                continue
            n = sum(1 for r in rows_ if r[k] not in (None, [], False, ""))
            cov.append(f"{k} {n}")
        print(f"  {label}: " + ", ".join(cov))
    print("  gig pay units:", dict(collections.Counter(g["pay_unit"] for g in fg)))
    print("  worker pay units:", dict(collections.Counter(w["pay_unit"] for w in fw)))
    print("  task pay_per:", dict(collections.Counter(x["pay_per"] for x in fg + fw if x["pay_per"])))

    print("\n== cities (gigs / workers home)")
    gc = collections.Counter(g["city"] or "REMOTE" for g in fg)
    wc = collections.Counter(w["city"] for w in fw)
    cities = sorted(set(gc) | set(wc), key=lambda c: (-gc[c] - wc[c], c))
    print("  " + ", ".join(f"{c} {gc[c]}/{wc[c]}" for c in cities))
    nonmetro = sum(1 for w in fw if w["city"] not in METROS)
    print(f"  workers outside metros: {nonmetro}/{len(fw)}")

    print("\n== worker languages")
    lc = collections.Counter(lang for w in fw for lang in w["languages"])
    print("  " + ", ".join(f"{k} {v}" for k, v in lc.most_common()))
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
