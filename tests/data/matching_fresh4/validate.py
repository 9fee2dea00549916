#!/usr/bin/env python3
"""Validate the match4 set and print its distributions (adapted from the dev validate.py:
ids m4-g###/m4-w##, a larger town list, all Indic scripts counted, no extract.jsonl).

    python3 validate.py        # exits non-zero on any hard error
Checks: JSONL/TSV validity, id sets, facts schema and value domains, skills in taxonomy.json,
facts <-> texts, qrels recomputed from facts with the unchanged make_qrels.py, >= 2 positives per
worker, no scam positives, language / experience conflicts in positives, intended grades in
src/meta.json, heuristic checks that the numbers in the facts appear in the texts, and a
hard-negative census per worker.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_qrels  # noqa: E402

CITIES = ["Mumbai", "Pune", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Ahmedabad", "Jaipur",
          "Lucknow", "Indore", "Noida", "Gurugram", "Thane", "Navi Mumbai", "Patna", "Kochi", "Bhopal",
          "Surat", "Nagpur", "Chandigarh", "Coimbatore", "Visakhapatnam",
          # match4 additions: tier-2/3 towns and villages
          "Agartala", "Aizawl", "Ajmer", "Anantapur", "Asansol", "Ballari", "Beed", "Belagavi", "Berhampur",
          "Bhubaneswar", "Bilaspur", "Bokaro", "Cuttack", "Dahej", "Dhanbad", "Dharamshala", "Dharwad",
          "Durgapur", "Gaya", "Gorakhpur", "Guwahati", "Hubballi", "Imphal", "Jalandhar", "Jalpaiguri",
          "Jammu", "Jamnagar", "Jamshedpur", "Jubbal", "Kakinada", "Kannur", "Karimnagar", "Katra",
          "Kishangarh", "Kolhapur", "Korba", "Kota", "Kotkhai", "Kottayam", "Kozhikode", "Kullu", "Kurnool",
          "Ludhiana", "Manali", "Mangaluru", "Mapusa", "Margao", "Muzaffarpur", "Nashik", "Pala", "Panaji",
          "Paradip", "Prayagraj", "Raipur", "Rajkot", "Ranchi", "Reckong Peo", "Rourkela", "Samastipur",
          "Sangli", "Shantipur", "Shillong", "Shimla", "Sikar", "Silchar", "Siliguri", "Sri Ganganagar",
          "Srikakulam", "Srinagar", "Sualkuchi", "Thrissur", "Udhampur", "Udupi", "Ujjain", "Varanasi",
          "Veraval", "Warangal"]
UNITS = {"hour", "day", "week", "month", "task"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
GIG_KEYS = ["id", "skill_family", "skills", "city", "locality", "remote", "pay_amount", "pay_max", "pay_unit",
            "pay_per", "pay_negotiable", "days", "dates", "slots", "languages_required",
            "min_experience_years", "scam", "note"]
WORKER_KEYS = ["id", "skill_family", "skills", "city", "locality", "willing_to_travel_to", "remote_ok",
               "min_pay_amount", "pay_unit", "pay_per", "available_days", "experience_years", "languages",
               "age", "note"]
SCRIPTS = [("Devanagari", "\u0900-\u097F"), ("Bengali/Assamese", "\u0980-\u09FF"), ("Gurmukhi", "\u0A00-\u0A7F"),
           ("Gujarati", "\u0A80-\u0AFF"), ("Odia", "\u0B00-\u0B7F"), ("Tamil", "\u0B80-\u0BFF"),
           ("Telugu", "\u0C00-\u0C7F"), ("Kannada", "\u0C80-\u0CFF"), ("Malayalam", "\u0D00-\u0D7F")]
SCRIPT_RE = [(n, re.compile(f"[{r}]")) for n, r in SCRIPTS]
ZERO = [0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66]
DIGITS = {z + i: str(i) for z in ZERO for i in range(10)}

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
            forms |= {ks + "k", ks + " k", ks + "K"}
        if a % 10000 == 0:
            lk = a / 100000
            ls = str(int(lk)) if lk == int(lk) else str(lk)
            forms |= {ls + " lakh", ls + "L", ls + " L"}
    else:
        forms |= {str(a), f"{a:.2f}", f"{a:.1f}"}
    return forms


def text_has_amount(text, a):
    t = text.translate(DIGITS)
    return any(f in t for f in amount_forms(a))


def scripts_of(t):
    return [n for n, rx in SCRIPT_RE if rx.search(t)]


def main():
    fg = load("facts_gigs.jsonl")
    fw = load("facts_workers.jsonl")
    tg = load("gigs.jsonl")
    tw = load("workers.jsonl")
    tax = json.load(open(os.path.join(HERE, "taxonomy.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "src", "meta.json")))
    gid = {g["id"]: g for g in fg}
    wid = {w["id"]: w for w in fw}
    gtext = {g["id"]: g["text"] for g in tg}
    wtext = {w["id"]: w["text"] for w in tw}
    if set(gid) != set(gtext):
        err("facts_gigs ids != gigs ids")
    if set(wid) != set(wtext):
        err("facts_workers ids != workers ids")
    for r in tg + tw:
        if set(r) != {"id", "text"} or not isinstance(r["text"], str) or not r["text"].strip():
            err(f"{r.get('id')} text row must be exactly id+text (non-empty)")
    for i in gid:
        if not re.fullmatch(r"m4-g\d{3}", i):
            err("bad gig id " + i)
    for i in wid:
        if not re.fullmatch(r"m4-w\d{2}", i):
            err("bad worker id " + i)
    skills_of = {f: {s for v in spec["subgroups"].values() for s in v} for f, spec in tax.items()}
    dev_tax = json.load(open(os.path.join(HERE, "src", "taxonomy_dev.json"), encoding="utf-8"))
    for fam, spec in dev_tax.items():
        if fam not in tax:
            err(f"taxonomy: dev family {fam} removed")
            continue
        for sg, sk in spec["subgroups"].items():
            if tax[fam]["subgroups"].get(sg, [])[:len(sk)] != sk:
                err(f"taxonomy: dev subgroup {fam}/{sg} changed")
        if tax[fam]["adjacent"][:len(spec["adjacent"])] != spec["adjacent"]:
            err(f"taxonomy: dev adjacency of {fam} changed")

    # ---- facts sanity
    for g in fg:
        if list(g) != GIG_KEYS:
            err(f"{g['id']} gig keys {list(g)}")
            continue
        if g["skill_family"] not in tax or not g["skills"] or \
                any(s not in skills_of.get(g["skill_family"], ()) for s in g["skills"]):
            err(f"{g['id']} family/skills not in taxonomy")
        if g["remote"] and g["city"] is not None:
            err(f"{g['id']} remote gig with a city")
        if not g["remote"] and g["city"] is None:
            err(f"{g['id']} on-site gig without a city")
        if g["city"] is not None and g["city"] not in CITIES:
            err(f"{g['id']} bad city {g['city']}")
        if g["pay_unit"] is not None and g["pay_unit"] not in UNITS:
            err(f"{g['id']} bad unit")
        if (g["pay_unit"] == "task") != (g["pay_per"] is not None):
            err(f"{g['id']} pay_per must be set exactly for task pay")
        if g["pay_amount"] is not None and g["pay_unit"] is None:
            err(f"{g['id']} pay without unit")
        if g["pay_max"] is not None and (g["pay_amount"] is None or g["pay_max"] <= g["pay_amount"]):
            err(f"{g['id']} bad range")
        if g["days"] is not None and (not g["days"] or any(d not in DAYS for d in g["days"])):
            err(f"{g['id']} bad days")
        if not isinstance(g["slots"], int) or g["slots"] < 1:
            err(f"{g['id']} bad slots")
        if not isinstance(g["scam"], bool) or not isinstance(g["remote"], bool):
            err(f"{g['id']} bool fields")
        if g["pay_amount"] is not None and not text_has_amount(gtext[g["id"]], g["pay_amount"]):
            warn(f"{g['id']} pay_amount {g['pay_amount']} not visibly in text")
        if g.get("pay_max") is not None and not text_has_amount(gtext[g["id"]], g["pay_max"]):
            warn(f"{g['id']} pay_max {g['pay_max']} not visibly in text")
    for w in fw:
        if list(w) != WORKER_KEYS:
            err(f"{w['id']} worker keys {list(w)}")
            continue
        if w["skill_family"] not in tax or not w["skills"] or \
                any(s not in skills_of.get(w["skill_family"], ()) for s in w["skills"]):
            err(f"{w['id']} family/skills not in taxonomy")
        if w["city"] not in CITIES:
            err(f"{w['id']} bad city {w['city']}")
        if any(c not in CITIES or c == w["city"] for c in w["willing_to_travel_to"]):
            err(f"{w['id']} bad willing_to_travel_to")
        if w["pay_unit"] is not None and w["pay_unit"] not in UNITS:
            err(f"{w['id']} bad unit")
        if (w["min_pay_amount"] is None) != (w["pay_unit"] is None):
            err(f"{w['id']} min_pay and unit must come together")
        if (w["pay_unit"] == "task") != (w["pay_per"] is not None):
            err(f"{w['id']} pay_per must be set exactly for task pay")
        if w["available_days"] is not None and (not w["available_days"] or
                                                any(d not in DAYS for d in w["available_days"])):
            err(f"{w['id']} bad days")
        if not w["languages"]:
            err(f"{w['id']} no languages")
        if w["min_pay_amount"] is not None and not text_has_amount(wtext[w["id"]], w["min_pay_amount"]):
            warn(f"{w['id']} min_pay {w['min_pay_amount']} not visibly in text")
        if w["experience_years"] is not None and \
                str(w["experience_years"]) not in wtext[w["id"]].translate(DIGITS):
            warn(f"{w['id']} experience {w['experience_years']} not visibly in text")
        if w["age"] is not None and str(w["age"]) not in wtext[w["id"]].translate(DIGITS):
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
    for w, g, gr, why in rows:
        want = meta["gigs"][g]["want"].get(w, 0)
        if want != gr:
            err(f"intended grade {want} != computed {gr} for {w}-{g} ({why})")

    # ---- hard-negative census per worker
    tax_maps = make_qrels.subgroup_maps(tax)
    cat = collections.defaultdict(collections.Counter)
    why1 = collections.Counter()
    for w, g, gr, why in rows:
        W, G = wid[w], gid[g]
        same_fam = G["skill_family"] == W["skill_family"]
        if gr == 1:
            why1[why.split(" ")[0]] += 1
        if gr > 0:
            continue
        if G["scam"]:
            if same_fam and make_qrels.grade(W, dict(G, scam=False), *tax_maps)[0] > 0:
                cat[w]["scam in trade"] += 1
        elif not same_fam:
            if not G["remote"] and G["city"] == W["city"]:
                cat[w]["same-town other family"] += 1
        elif why == "location":
            if set(G["skills"]) & set(W["skills"]):
                cat[w]["same skill, unreachable"] += 1
        elif why == "skill":
            cat[w]["non-adjacent skill"] += 1
        elif why.startswith("pay"):
            cat[w]["underpaid"] += 1
        elif why == "days":
            cat[w]["wrong days"] += 1
        elif "+" in why:
            cat[w]["two soft mismatches"] += 1
    for w in wid:
        hn = sum(cat[w].values())
        fam_hn = hn - cat[w]["same-town other family"]
        if hn < 3 or fam_hn < 2:
            err(f"worker {w} ({meta['workers'][w]['key']}) has too few hard negatives: {dict(cat[w])}")

    # ---- report
    print("== counts")
    print(f"gigs {len(fg)} (scam {sum(g['scam'] for g in fg)}, remote {sum(g['remote'] for g in fg)}); "
          f"workers {len(fw)}; qrels {len(qrels)} (grade2 {sum(1 for q in qrels if q[2] == 2)}, "
          f"grade1 {sum(1 for q in qrels if q[2] == 1)})")
    print("positives per worker:", dict(sorted(collections.Counter(per_w.values()).items())))
    print("why grade 1:", dict(why1))
    print("gigs positive for some worker:", len({g for _, g, _ in qrels}))
    print("\n== scripts (texts containing each script)")
    for kind, texts in (("gigs", gtext), ("workers", wtext)):
        c = collections.Counter(s for t in texts.values() for s in scripts_of(t))
        nat = sum(1 for t in texts.values() if scripts_of(t))
        print(f"  {kind}: native script {nat}/{len(texts)} ({100 * nat / len(texts):.0f}%) " +
              ", ".join(f"{k} {v}" for k, v in c.most_common()))
    allt = list(gtext.values()) + list(wtext.values())
    nat = sum(1 for t in allt if scripts_of(t))
    print(f"  all: native script {nat}/{len(allt)} ({100 * nat / len(allt):.0f}%)")
    langs = collections.Counter(v["lang"] for part in ("gigs", "workers") for v in meta[part].values())
    rom = sum(v for k, v in langs.items() if k.endswith("-Latn"))
    print(f"  labeller language tags: romanized Indian {rom} ({100 * rom / len(allt):.0f}%), English "
          f"{langs['en']} ({100 * langs['en'] / len(allt):.0f}%); " +
          ", ".join(f"{k} {v}" for k, v in sorted(langs.items(), key=lambda x: -x[1])))
    digits = sum(1 for t in allt if any(ord(ch) in DIGITS for ch in t))
    print(f"  texts with native digits: {digits}")
    print("\n== skill families (gigs / workers)")
    gf = collections.Counter(g["skill_family"] for g in fg)
    wf = collections.Counter(w["skill_family"] for w in fw)
    for fam in sorted(set(gf) | set(wf), key=lambda f: (-gf[f], f)):
        new = "" if fam in dev_tax else "  (new family)"
        print(f"  {fam:26s} {gf[fam]:3d} / {wf[fam]:2d}{new}")
    dev_skills = {(f, s) for f, spec in dev_tax.items() for v in spec["subgroups"].values() for s in v}
    newtrade = [w["id"] for w in fw if not any((w["skill_family"], s) in dev_skills for s in w["skills"])]
    print(f"  workers whose skills are all outside the dev taxonomy: {len(newtrade)}")
    print("\n== cities (gigs / workers home)")
    gc = collections.Counter(g["city"] or "REMOTE" for g in fg)
    wc = collections.Counter(w["city"] for w in fw)
    for c in sorted(set(gc) | set(wc), key=lambda c: (-gc[c] - wc[c], c)):
        print(f"  {c:15s} {gc[c]:3d} / {wc[c]:2d}")
    print("\n== field coverage")
    for k in ["locality", "pay_amount", "pay_max", "pay_per", "days", "dates", "languages_required",
              "min_experience_years"]:
        print(f"  gigs.{k}: {sum(1 for g in fg if g[k] not in (None, [], False))}")
    print(f"  gigs.pay_negotiable: {sum(g['pay_negotiable'] for g in fg)}; slots>1: "
          f"{sum(1 for g in fg if g['slots'] > 1)}")
    print("  gig pay units:", dict(collections.Counter(g["pay_unit"] for g in fg)))
    for k in ["locality", "willing_to_travel_to", "remote_ok", "min_pay_amount", "pay_per",
              "available_days", "experience_years", "age"]:
        print(f"  workers.{k}: {sum(1 for w in fw if w[k] not in (None, [], False))}")
    print("  worker pay units:", dict(collections.Counter(w["pay_unit"] for w in fw)))
    print("\n== worker languages")
    lc = collections.Counter(lang for w in fw for lang in w["languages"])
    print("  " + ", ".join(f"{k} {v}" for k, v in lc.most_common()))
    print("\n== hard negatives per worker (grade 0)")
    tot = collections.Counter()
    for w in sorted(wid):
        tot.update(cat[w])
        print(f"  {w} ({meta['workers'][w]['key']}) pos {per_w[w]}: " + ", ".join(f"{k} {v}" for k, v in sorted(cat[w].items())))
    print("  total: " + ", ".join(f"{k} {v}" for k, v in sorted(tot.items())))
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
