#!/usr/bin/env python3
"""Validate the M11 fresh matching set and print a summary (adapted from the dev set's validate.py:
id prefixes M11-g/M11-w, extra tier-2/3 cities, all Indic scripts counted separately, native digits of
all scripts, taxonomy must be a superset of the dev taxonomy, fact key order, per-field and per-trade counts;
extract.jsonl is optional and not part of this set).

    python3 validate.py            # exits non-zero on any hard error
Checks: JSONL/TSV validity, id sets, facts <-> texts, qrels recomputed from facts,
>= 2 positives per worker, no scam positives, language / experience conflicts in
positives, extract.jsonl schema and agreement with facts, and heuristic checks that
the numbers in the facts appear in the texts.
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
          # dev-set additions (not in the private list)
          "Surat", "Nagpur", "Chandigarh", "Coimbatore", "Visakhapatnam",
          # M11 additions (tier-2/3 towns)
          "Kolhapur", "Madurai", "Tiruchirappalli", "Warangal", "Gorakhpur", "Rajkot", "Jamnagar", "Muzaffarpur",
          "Thrissur", "Kozhikode", "Cuttack", "Bhubaneswar", "Bathinda", "Ludhiana", "Siliguri", "Jodhpur", "Udaipur",
          "Mysuru", "Vadodara", "Bhilai", "Raipur", "Nashik", "Jalandhar", "Jamshedpur", "Ranchi", "Dhanbad",
          "Hubballi", "Dharwad", "Belagavi", "Sangrur", "Anand", "Mehsana", "Kota", "Kanpur", "Varanasi", "Prayagraj",
          "Guwahati", "Shillong", "Krishnanagar", "Erode", "Tiruppur", "Kanchipuram", "Bareilly", "Jalpaiguri",
          "Karimnagar"]
DEV_TAX = "/work/shared/bench/dev/taxonomy.json"
GKEYS = ["id", "skill_family", "skills", "city", "locality", "remote", "pay_amount", "pay_max", "pay_unit", "pay_per",
         "pay_negotiable", "days", "dates", "slots", "languages_required", "min_experience_years", "scam", "note"]
WKEYS = ["id", "skill_family", "skills", "city", "locality", "willing_to_travel_to", "remote_ok", "min_pay_amount",
         "pay_unit", "pay_per", "available_days", "experience_years", "languages", "age", "note"]
SCRIPTS = [("Devanagari", "\u0900", "\u097F"), ("Bengali/Assamese", "\u0980", "\u09FF"), ("Gurmukhi", "\u0A00", "\u0A7F"),
           ("Gujarati", "\u0A80", "\u0AFF"), ("Odia", "\u0B00", "\u0B7F"), ("Tamil", "\u0B80", "\u0BFF"),
           ("Telugu", "\u0C00", "\u0C7F"), ("Kannada", "\u0C80", "\u0CFF"), ("Malayalam", "\u0D00", "\u0D7F")]


def script_of(t):
    for name, lo, hi in SCRIPTS:
        if any(lo <= ch <= hi for ch in t):
            return name
    return "Latin"
UNITS = {"hour", "day", "week", "month", "task"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
EXPECT_KEYS = {"city", "remote", "pay_amount", "pay_unit", "experience_years", "days", "slots", "skills_any"}

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


DEV = re.compile(r"[\u0900-\u097F]")
BEN = re.compile(r"[\u0980-\u09FF]")
TEL = re.compile(r"[\u0C00-\u0C7F\u0B80-\u0BFF]")  # Telugu + Tamil
_NATIVE = "०१२३४५६७८९০১২৩৪৫৬৭৮৯੦੧੨੩੪੫੬੭੮੯૦૧૨૩૪૫૬૭૮૯୦୧୨୩୪୫୬୭୮୯௦௧௨௩௪௫௬௭௮௯౦౧౨౩౪౫౬౭౮౯೦೧೨೩೪೫೬೭೮೯൦൧൨൩൪൫൬൭൮൯"
DIGITS = str.maketrans(_NATIVE, "0123456789" * (len(_NATIVE) // 10))


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
        if a < 1:
            pass
    else:
        forms |= {str(a), f"{a:.2f}", f"{a:.1f}"}
    if a < 1:
        forms |= {f"{int(round(a * 100))} पैसे", f"{int(round(a * 100))} પૈસા", f"{a:.2f}", f"{a:.1f}"}
    return forms


def text_has_amount(text, a):
    t = text.translate(DIGITS)
    return any(f in t for f in amount_forms(a))


def main():
    fg = load("facts_gigs.jsonl")
    fw = load("facts_workers.jsonl")
    tg = load("gigs.jsonl")
    tw = load("workers.jsonl")
    ex = load("extract.jsonl") if os.path.exists(os.path.join(HERE, "extract.jsonl")) else []
    gid = {g["id"]: g for g in fg}
    wid = {w["id"]: w for w in fw}
    gtext = {g["id"]: g["text"] for g in tg}
    wtext = {w["id"]: w["text"] for w in tw}
    if set(gid) != set(gtext):
        err("facts_gigs ids != gigs ids")
    if set(wid) != set(wtext):
        err("facts_workers ids != workers ids")
    for i in gid:
        if not re.fullmatch(r"M11-g\d{3}", i):
            err("bad gig id " + i)
    for i in wid:
        if not re.fullmatch(r"M11-w\d{2}", i):
            err("bad worker id " + i)

    # ---- facts sanity
    for g in fg:
        if g["city"] is not None and g["city"] not in CITIES:
            err(f"{g['id']} bad city")
        if g["pay_unit"] is not None and g["pay_unit"] not in UNITS:
            err(f"{g['id']} bad unit")
        if g["days"] and any(d not in DAYS for d in g["days"]):
            err(f"{g['id']} bad days")
        if g["pay_amount"] is not None and not text_has_amount(gtext[g["id"]], g["pay_amount"]):
            warn(f"{g['id']} pay_amount {g['pay_amount']} not visibly in text")
        if g.get("pay_max") is not None and not text_has_amount(gtext[g["id"]], g["pay_max"]):
            warn(f"{g['id']} pay_max {g['pay_max']} not visibly in text")
    for w in fw:
        if w["city"] not in CITIES:
            err(f"{w['id']} bad city")
        if w["min_pay_amount"] is not None and not text_has_amount(wtext[w["id"]], w["min_pay_amount"]):
            warn(f"{w['id']} min_pay {w['min_pay_amount']} not visibly in text")
        if w["experience_years"] is not None and str(w["experience_years"]) not in wtext[w["id"]].translate(DIGITS):
            warn(f"{w['id']} experience {w['experience_years']} not visibly in text")

    # ---- M11 extra checks: key order, taxonomy superset, skills known, travel cities, types
    tax = json.load(open(os.path.join(HERE, "taxonomy.json"), encoding="utf-8"))
    dev = json.load(open(DEV_TAX, encoding="utf-8"))
    for fam, spec in dev.items():
        if fam not in tax:
            err(f"taxonomy: dev family {fam} removed")
            continue
        for sg, skills in spec["subgroups"].items():
            if tax[fam]["subgroups"].get(sg) != skills:
                err(f"taxonomy: dev subgroup {fam}/{sg} changed")
        if tax[fam].get("adjacent", []) != spec.get("adjacent", []):
            err(f"taxonomy: dev adjacency of {fam} changed")
    known = {(f, s) for f, sp in tax.items() for sk in sp["subgroups"].values() for s in sk}
    for r in fg:
        if list(r) != GKEYS:
            err(f"{r['id']} gig fact keys/order differ from dev schema")
    for r in fw:
        if list(r) != WKEYS:
            err(f"{r['id']} worker fact keys/order differ from dev schema")
    for r in fg + fw:
        if r["skill_family"] not in tax:
            err(f"{r['id']} unknown family {r['skill_family']}")
        for sk in r["skills"]:
            if (r["skill_family"], sk) not in known:
                err(f"{r['id']} unknown skill {sk!r} in {r['skill_family']}")
        if not r["skills"]:
            err(f"{r['id']} no skills")
    for g in fg:
        if g["remote"] and g["city"] is not None:
            err(f"{g['id']} remote gig with a city")
        if not g["remote"] and g["city"] is None:
            warn(f"{g['id']} non-remote gig without city")
        if g["pay_unit"] == "task" and not g["pay_per"]:
            err(f"{g['id']} task pay without pay_per")
        if g["pay_amount"] is not None and g["pay_unit"] is None:
            warn(f"{g['id']} pay amount without unit")
        if not isinstance(g["slots"], int) or g["slots"] < 1:
            err(f"{g['id']} bad slots")
    for w in fw:
        for c in w["willing_to_travel_to"]:
            if c not in CITIES:
                err(f"{w['id']} travel city {c} not in list")
            if c == w["city"]:
                err(f"{w['id']} travel city equals home city")
        if w["available_days"] and any(d not in DAYS for d in w["available_days"]):
            err(f"{w['id']} bad days")
        if w["pay_unit"] == "task" and not w["pay_per"]:
            err(f"{w['id']} task pay without pay_per")

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
    recomputed = {(w, g, gr) for w, g, gr, _ in make_qrels.compute() if gr > 0}
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

    # cross-unit pay comparisons that decided or softened a pair (for manual review)
    cross = []
    for w, g, gr, why in make_qrels.compute():
        if why.startswith("pay") or "pay" in why:
            G, W = gid[g], wid[w]
            if G["pay_unit"] != W["pay_unit"]:
                cross.append(f"{w}-{g} {why}: gig {G['pay_amount']}/{G['pay_unit']} vs worker "
                             f"{W['min_pay_amount']}/{W['pay_unit']}")

    # ---- extract
    kinds = collections.Counter()
    for r in ex:
        if not re.fullmatch(r"M11-x\d{3}", r["id"]):
            err("bad extract id " + r["id"])
        if r["kind"] not in ("gig", "worker"):
            err(f"{r['id']} bad kind")
        kinds[r["kind"]] += 1
        e = r["expect"]
        extra = set(e) - EXPECT_KEYS
        if extra:
            err(f"{r['id']} unexpected expect keys {extra}")
        if "city" in e and e["city"] not in CITIES:
            err(f"{r['id']} bad city")
        if "pay_unit" in e and e["pay_unit"] not in UNITS:
            err(f"{r['id']} bad unit")
        if "days" in e and (not e["days"] or any(d not in DAYS for d in e["days"])):
            err(f"{r['id']} bad days")
        if "remote" in e and not isinstance(e["remote"], bool):
            err(f"{r['id']} bad remote")
        sk = e.get("skills_any")
        if not sk or not (1 <= len(sk) <= 3):
            err(f"{r['id']} skills_any must have 1-3 phrases")
        if "pay_amount" in e and not text_has_amount(r["text"], e["pay_amount"]):
            warn(f"{r['id']} expect pay {e['pay_amount']} not visibly in text")
        src = r.get("source")
        if src:
            facts = gid.get(src) or wid.get(src)
            text = gtext.get(src) or wtext.get(src)
            if facts is None:
                err(f"{r['id']} unknown source {src}")
                continue
            if text != r["text"]:
                err(f"{r['id']} text differs from its source {src}")
            if "city" in e and e["city"] != facts["city"]:
                err(f"{r['id']} city disagrees with facts")
            if r["kind"] == "gig":
                for k, fk in (("pay_amount", "pay_amount"), ("pay_unit", "pay_unit"), ("days", "days")):
                    if k in e and e[k] != facts[fk]:
                        err(f"{r['id']} {k} disagrees with facts")
            else:
                for k, fk in (("pay_amount", "min_pay_amount"), ("pay_unit", "pay_unit"),
                              ("days", "available_days"), ("experience_years", "experience_years")):
                    if k in e and e[k] != facts[fk]:
                        err(f"{r['id']} {k} disagrees with facts")

    # ---- report
    def script_share(texts):
        n = len(texts)
        dev = sum(1 for t in texts if DEV.search(t))
        oth = sum(1 for t in texts if BEN.search(t) or TEL.search(t))
        return n, dev, oth

    print("== counts")
    print(f"gigs {len(fg)} (scam {sum(g['scam'] for g in fg)}, remote {sum(g['remote'] for g in fg)}); "
          f"workers {len(fw)}; qrels {len(qrels)} (grade2 {sum(1 for q in qrels if q[2] == 2)}, "
          f"grade1 {sum(1 for q in qrels if q[2] == 1)}); extract {len(ex)} {dict(kinds)} "
          f"(reused {sum(1 for r in ex if r.get('source'))})")
    n, d, o = script_share(list(gtext.values()))
    print(f"gig texts with Devanagari {d}/{n} ({100 * d / n:.0f}%), Bengali/Telugu/Tamil script {o}")
    n, d, o = script_share(list(wtext.values()))
    print(f"worker texts with Devanagari {d}/{n} ({100 * d / n:.0f}%), Bengali/Telugu/Tamil script {o}")
    n, d, o = script_share([r["text"] for r in ex])
    if n:
        print(f"extract texts with Devanagari {d}/{n} ({100 * d / n:.0f}%), Bengali/Telugu/Tamil script {o}")
    allt = list(gtext.values()) + list(wtext.values())
    n, d, o = script_share(allt)
    print(f"all gig+worker texts with Devanagari {d}/{n} ({100 * d / n:.0f}%)")
    dist = collections.Counter(per_w.values())
    print("positives per worker:", dict(sorted(dist.items())))
    print("\n== skill families (gigs / workers)")
    gf = collections.Counter(g["skill_family"] for g in fg)
    wf = collections.Counter(w["skill_family"] for w in fw)
    for fam in sorted(set(gf) | set(wf), key=lambda f: (-gf[f], f)):
        print(f"  {fam:26s} {gf[fam]:3d} / {wf[fam]:2d}")
    print("\n== cities (gigs / workers home)")
    gc = collections.Counter(g["city"] or ("REMOTE" if g["remote"] else "abroad/none") for g in fg)
    wc = collections.Counter(w["city"] for w in fw)
    for c in sorted(set(gc) | set(wc), key=lambda c: (-gc[c], c)):
        print(f"  {c:14s} {gc[c]:3d} / {wc[c]:2d}")
    print("\n== worker languages")
    lc = collections.Counter(lang for w in fw for lang in w["languages"])
    print("  " + ", ".join(f"{k} {v}" for k, v in lc.most_common()))
    # M11 coverage requirements
    allrows = make_qrels.compute()
    for w in fw:
        same_city_other = sum(1 for g in fg if g["city"] == w["city"] and g["skill_family"] != w["skill_family"])
        same_fam_other_city = sum(1 for g in fg if g["skill_family"] == w["skill_family"] and g["city"] is not None
                                  and g["city"] != w["city"] and g["city"] not in w["willing_to_travel_to"])
        if same_city_other < 2:
            err(f"{w['id']} has only {same_city_other} same-city gigs of other families")
        if same_fam_other_city < 1:
            err(f"{w['id']} has no same-family gig in another (unreachable) city")
    if len(set(wf)) < 25:
        err(f"only {len(set(wf))} worker families (< 25)")
    print("\n== scripts (per text)")
    for label, texts in (("gigs", list(gtext.values())), ("workers", list(wtext.values()))):
        c = collections.Counter(script_of(t) for t in texts)
        print(f"  {label}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    c_all = collections.Counter(script_of(t) for t in allt)
    native = sum(v for k, v in c_all.items() if k != "Latin")
    print(f"  all: native Indic script {native}/{len(allt)} ({100 * native / len(allt):.0f}%)")
    if native / len(allt) < 0.40:
        err("fewer than 40% of texts in native Indic scripts")
    nd = sum(1 for t in allt if t != t.translate(DIGITS))
    print(f"  texts with native digits: {nd}")
    print("\n== per field (non-null / total)")
    for label, rows, keys in (("gig", fg, GKEYS), ("worker", fw, WKEYS)):
        parts = []
        for k in keys[1:]:
            if k in ("note",):
                continue
            n = sum(1 for r in rows if r[k] not in (None, [], False, ""))
            parts.append(f"{k} {n}")
        print(f"  {label}: " + ", ".join(parts))
    print("\n== pay units (gigs / workers)")
    print("  gigs: " + str(dict(collections.Counter(g["pay_unit"] for g in fg))))
    print("  workers: " + str(dict(collections.Counter(w["pay_unit"] for w in fw))))
    print("\n== why grade 1 / hard negatives")
    g1 = collections.Counter(why.split(" ")[0] for _, _, gr, why in allrows if gr == 1)
    hn = collections.Counter(why.split(" ")[0] if "+" not in why else "two-soft" for _, _, gr, why in allrows
                             if gr == 0 and why not in ("family", "scam", "location"))
    loc = sum(1 for _, _, gr, why in allrows if why == "location")
    print(f"  grade 1: {dict(g1)}")
    print(f"  same family, feasible, grade 0: {dict(hn)}; same family, location infeasible: {loc}")
    print("  positive gigs: " + str(len({g for _, g, _ in qrels})) + f" of {len(fg)}")
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
