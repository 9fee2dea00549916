#!/usr/bin/env python3
"""Validate the match3 matching set: schema, taxonomy, qrels consistency, positives per worker,
hard negatives, and distributions (scripts, languages, families, cities, fields).
Exits non-zero on any error.   python3 validate.py
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_qrels  # noqa: E402

DEV_TAX = "/work/shared/bench/dev/taxonomy.json"
CITIES = {
    # 18 private + 5 dev cities
    "Mumbai", "Navi Mumbai", "Thane", "Pune", "Delhi", "Noida", "Gurugram", "Bengaluru", "Hyderabad",
    "Chennai", "Kolkata", "Ahmedabad", "Jaipur", "Lucknow", "Indore", "Bhopal", "Kochi", "Patna",
    "Surat", "Nagpur", "Chandigarh", "Coimbatore", "Visakhapatnam",
    # match3 additions (tier-2/3 towns)
    "Rajkot", "Morbi", "Jamnagar", "Khambhalia", "Vapi", "Daman", "Silvassa", "Anand", "Nadiad", "Mehsana",
    "Kozhikode", "Malappuram", "Kannur", "Thrissur", "Gorakhpur", "Deoria", "Basti", "Varanasi", "Prayagraj",
    "Bareilly", "Meerut", "Ghaziabad", "Hubballi", "Dharwad", "Belagavi", "Mysuru", "Mangaluru", "Udupi",
    "Bilaspur", "Raipur", "Korba", "Bhilai", "Durg", "Jabalpur", "Muzaffarpur", "Hajipur", "Samastipur",
    "Siliguri", "Jalpaiguri", "Cooch Behar", "Asansol", "Durgapur", "Kolhapur", "Sangli", "Nashik", "Sinnar",
    "Amravati", "Bhiwandi", "Madurai", "Dindigul", "Tirunelveli", "Erode", "Tiruppur", "Salem", "Kanchipuram",
    "Arani", "Hosur", "Warangal", "Karimnagar", "Guntur", "Tenali", "Vijayawada", "Bathinda", "Ludhiana",
    "Jalandhar", "Amritsar", "Jamshedpur", "Ranchi", "Dhanbad", "Hazaribagh", "Cuttack", "Bhubaneswar", "Puri",
    "Dehradun", "Rishikesh", "Haridwar", "Kota", "Jodhpur", "Pali", "Udaipur", "Bikaner", "Sri Ganganagar",
    "Jaisalmer", "Dibrugarh", "Tinsukia", "Guwahati", "Shillong",
}
UNITS = {"hour", "day", "week", "month", "task"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
GIG_KEYS = ["id", "skill_family", "skills", "city", "locality", "remote", "pay_amount", "pay_max", "pay_unit",
            "pay_per", "pay_negotiable", "days", "dates", "slots", "languages_required", "min_experience_years",
            "scam", "note"]
WORKER_KEYS = ["id", "skill_family", "skills", "city", "locality", "willing_to_travel_to", "remote_ok",
               "min_pay_amount", "pay_unit", "pay_per", "available_days", "experience_years", "languages", "age",
               "note"]
SCRIPTS = [("Devanagari", 0x0900, 0x097F), ("Bengali/Assamese", 0x0980, 0x09FF), ("Gurmukhi", 0x0A00, 0x0A7F),
           ("Gujarati", 0x0A80, 0x0AFF), ("Tamil", 0x0B80, 0x0BFF), ("Telugu", 0x0C00, 0x0C7F),
           ("Kannada", 0x0C80, 0x0CFF), ("Malayalam", 0x0D00, 0x0D7F)]
NATIVE_DIGITS = re.compile("[\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F]")

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def script_of(text):
    counts = collections.Counter()
    for ch in text:
        o = ord(ch)
        for name, lo, hi in SCRIPTS:
            if lo <= o <= hi:
                counts[name] += 1
    return counts.most_common(1)[0][0] if counts else "Latin"


def num_ok(x):
    return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0)


def main():
    tax = json.load(open(os.path.join(HERE, "taxonomy.json"), encoding="utf-8"))
    dev = json.load(open(DEV_TAX, encoding="utf-8"))
    # taxonomy: additions only
    for fam, spec in dev.items():
        if fam not in tax:
            err(f"taxonomy: dev family {fam} removed")
            continue
        if tax[fam]["adjacent"] != spec["adjacent"]:
            err(f"taxonomy: adjacency of {fam} changed")
        for sg, skills in spec["subgroups"].items():
            if tax[fam]["subgroups"].get(sg, [])[:len(skills)] != skills:
                err(f"taxonomy: {fam}/{sg} changed")
    dev_skills = {(f, s) for f, spec in dev.items() for sk in spec["subgroups"].values() for s in sk}
    fam_skills = {f: {s for sk in spec["subgroups"].values() for s in sk} for f, spec in tax.items()}
    for f, spec in tax.items():
        for a, b in spec["adjacent"]:
            if a not in spec["subgroups"] or b not in spec["subgroups"]:
                err(f"taxonomy: bad adjacency {f} {a}-{b}")

    gigs_t, workers_t = load("gigs.jsonl"), load("workers.jsonl")
    gigs, workers = load("facts_gigs.jsonl"), load("facts_workers.jsonl")
    meta = json.load(open(os.path.join(HERE, "text_meta.json"), encoding="utf-8"))
    for rows, pat, what in ((gigs_t, r"^m3-g\d{3}$", "gig"), (workers_t, r"^m3-w\d{2}$", "worker")):
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids):
            err(f"duplicate {what} ids")
        for r in rows:
            if set(r) != {"id", "text"} or not re.match(pat, r["id"]) or not r["text"].strip():
                err(f"{what} text row bad: {r.get('id')}")
    if [g["id"] for g in gigs] != [g["id"] for g in gigs_t]:
        err("facts_gigs ids differ from gigs.jsonl")
    if [w["id"] for w in workers] != [w["id"] for w in workers_t]:
        err("facts_workers ids differ from workers.jsonl")

    for g in gigs:
        i = g["id"]
        if list(g) != GIG_KEYS:
            err(f"{i}: keys {list(g)}")
            continue
        if g["skill_family"] not in tax:
            err(f"{i}: family {g['skill_family']}")
        elif not g["skills"] or any(s not in fam_skills[g["skill_family"]] for s in g["skills"]):
            err(f"{i}: skills {g['skills']} not in {g['skill_family']}")
        if not isinstance(g["remote"], bool) or not isinstance(g["scam"], bool) or not isinstance(g["pay_negotiable"], bool):
            err(f"{i}: bool fields")
        if g["remote"] != (g["city"] is None):
            err(f"{i}: remote={g['remote']} but city={g['city']}")
        if g["city"] is not None and g["city"] not in CITIES:
            err(f"{i}: city {g['city']} not canonical")
        if g["locality"] is not None and g["city"] is None:
            err(f"{i}: locality without city")
        if not (num_ok(g["pay_amount"]) and num_ok(g["pay_max"])):
            err(f"{i}: pay numbers")
        if g["pay_max"] is not None and (g["pay_amount"] is None or g["pay_max"] <= g["pay_amount"]):
            err(f"{i}: pay_max")
        if g["pay_unit"] is not None and g["pay_unit"] not in UNITS:
            err(f"{i}: unit {g['pay_unit']}")
        if g["pay_amount"] is not None and g["pay_unit"] is None:
            err(f"{i}: amount without unit")
        if (g["pay_unit"] == "task") != (g["pay_per"] is not None):
            err(f"{i}: pay_per must be set exactly for task pay")
        if g["days"] is not None and (not g["days"] or any(d not in DAYS for d in g["days"]) or g["days"] != sorted(set(g["days"]), key=DAYS.index)):
            err(f"{i}: days {g['days']}")
        if not isinstance(g["slots"], int) or g["slots"] < 1:
            err(f"{i}: slots")
        if g["min_experience_years"] is not None and not num_ok(g["min_experience_years"]):
            err(f"{i}: min_experience_years")
        if g["id"] not in meta["gigs"]:
            err(f"{i}: no text_meta")

    for w in workers:
        i = w["id"]
        if list(w) != WORKER_KEYS:
            err(f"{i}: keys {list(w)}")
            continue
        if w["skill_family"] not in tax:
            err(f"{i}: family")
        elif not w["skills"] or any(s not in fam_skills[w["skill_family"]] for s in w["skills"]):
            err(f"{i}: skills {w['skills']}")
        if w["city"] not in CITIES:
            err(f"{i}: city {w['city']}")
        for c in w["willing_to_travel_to"]:
            if c not in CITIES or c == w["city"]:
                err(f"{i}: travel city {c}")
        if not isinstance(w["remote_ok"], bool):
            err(f"{i}: remote_ok")
        if (w["min_pay_amount"] is None) != (w["pay_unit"] is None):
            err(f"{i}: min_pay/unit")
        if w["pay_unit"] is not None and w["pay_unit"] not in UNITS:
            err(f"{i}: unit")
        if (w["pay_unit"] == "task") != (w["pay_per"] is not None):
            err(f"{i}: pay_per")
        if w["available_days"] is not None and (not w["available_days"] or any(d not in DAYS for d in w["available_days"])):
            err(f"{i}: days")
        if not w["languages"]:
            err(f"{i}: languages empty")
        if w["age"] is not None and w["experience_years"] is not None and w["experience_years"] >= w["age"]:
            err(f"{i}: experience >= age")

    # qrels consistency
    rows = make_qrels.compute()
    expect = {(wid, gid): gr for wid, gid, gr, _ in rows if gr > 0}
    got = {}
    for line in open(os.path.join(HERE, "qrels.tsv")):
        wid, gid, gr = line.rstrip("\n").split("\t")
        got[(wid, gid)] = int(gr)
    if got != expect:
        err(f"qrels.tsv differs from make_qrels.compute(): {len(set(got.items()) ^ set(expect.items()))} pairs")
    G = {g["id"]: g for g in gigs}
    Wk = {w["id"]: w for w in workers}
    for (wid, gid), gr in got.items():
        g, w = G[gid], Wk[wid]
        for lang in g["languages_required"]:
            if lang not in w["languages"]:
                err(f"{wid}-{gid}: positive but worker lacks required {lang}")
        if g["min_experience_years"] is not None and w["experience_years"] is not None and w["experience_years"] < g["min_experience_years"]:
            err(f"{wid}-{gid}: positive but experience {w['experience_years']} < {g['min_experience_years']}")
    pos = collections.Counter(w for w, _ in got)
    for w in workers:
        if pos[w["id"]] < 2:
            err(f"{w['id']}: only {pos[w['id']]} positives")

    # ---------- distributions ----------
    print(f"gigs {len(gigs)} (remote {sum(g['remote'] for g in gigs)}, scams {sum(g['scam'] for g in gigs)}), workers {len(workers)}")
    print(f"positives {len(got)}: grade 2 = {sum(v == 2 for v in got.values())}, grade 1 = {sum(v == 1 for v in got.values())}")
    print("positives per worker:", dict(sorted(collections.Counter(pos[w['id']] for w in workers).items())))
    why1 = collections.Counter()
    hard = collections.Counter()
    per_w_hard = collections.Counter()
    for wid, gid, gr, why in rows:
        g, w = G[gid], Wk[wid]
        if gr == 1:
            why1[why.split(" ")[0]] += 1
        if gr == 0:
            cat = None
            if g["scam"] and g["skill_family"] == w["skill_family"]:
                cat = "scam, same family"
            elif why == "family" and g["city"] is not None and g["city"] == w["city"]:
                cat = "same city, other family"
            elif why == "location":
                cat = "same family, location infeasible"
            elif why not in ("family", "scam"):
                cat = "same family, feasible: " + ("two soft" if "+" in why else why.split(" ")[0])
            if cat:
                hard[cat] += 1
                per_w_hard[wid] += 1
    print("grade-1 reasons:", dict(why1))
    print("hard negatives:", dict(sorted(hard.items())))
    print("hard negatives per worker: min", min(per_w_hard[w["id"]] for w in workers),
          "max", max(per_w_hard[w["id"]] for w in workers),
          "hist", dict(sorted(collections.Counter(per_w_hard[w["id"]] for w in workers).items())))
    for w in workers:
        if per_w_hard[w["id"]] < 3:
            err(f"{w['id']}: only {per_w_hard[w['id']]} hard negatives")

    texts = [(r["id"], r["text"], meta["gigs" if r["id"].startswith("m3-g") else "workers"][r["id"]]["lang"]) for r in gigs_t + workers_t]
    sc = collections.Counter(script_of(t) for _, t, _ in texts)
    native = sum(v for k, v in sc.items() if k != "Latin")
    lat = [lang for _, t, lang in texts if script_of(t) == "Latin"]
    roman = sum(1 for lang in lat if not lang.startswith("en"))
    eng = sum(1 for lang in lat if lang.startswith("en"))
    n = len(texts)
    print(f"scripts (all {n} texts): " + ", ".join(f"{k} {v}" for k, v in sc.most_common()))
    print(f"native script {native} ({native / n:.0%}), romanized Indian {roman} ({roman / n:.0%}), English {eng} ({eng / n:.0%})")
    for what, rows_t in (("gigs", gigs_t), ("workers", workers_t)):
        c = collections.Counter(script_of(r["text"]) for r in rows_t)
        print(f"  {what}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    print("language tags:", dict(collections.Counter(lang for _, _, lang in texts).most_common()))
    print("texts with native digits:", sum(1 for _, t, _ in texts if NATIVE_DIGITS.search(t)))
    for _, t, lang in texts:
        s = script_of(t)
        if (s == "Latin") != lang.endswith(("Latn",)) and not lang.startswith("en"):
            err(f"language tag {lang} does not fit script {s}: {t[:40]}")
        if lang.startswith("en") and s != "Latin":
            err(f"English tag on {s} text")
    if native / n < 0.40:
        err(f"native-script share {native / n:.0%} < 40%")

    newtrade = [w for w in workers if any((w["skill_family"], s) not in dev_skills for s in w["skills"])]
    print(f"workers in trades not covered by the dev taxonomy: {len(newtrade)}")
    if len(newtrade) < 25:
        err("fewer than 25 new-trade workers")
    fam_g = collections.Counter(g["skill_family"] for g in gigs)
    fam_w = collections.Counter(w["skill_family"] for w in workers)
    print("families (gigs / workers):")
    for f in sorted(set(fam_g) | set(fam_w), key=lambda f: (-fam_g[f], f)):
        print(f"  {f:28s} {fam_g[f]:3d} / {fam_w[f]}")
    cg = collections.Counter(g["city"] or "remote" for g in gigs)
    cw = collections.Counter(w["city"] for w in workers)
    print(f"cities: {len(set(cg) - {'remote'})} gig cities, {len(cw)} worker cities")
    print("  " + ", ".join(f"{c} {cg[c]}/{cw[c]}" for c in sorted(set(cg) | set(cw), key=lambda c: (-cg[c] - cw[c], c))))
    fields = collections.Counter()
    for g in gigs:
        for k in ("locality", "pay_amount", "pay_max", "pay_per", "days", "dates", "min_experience_years"):
            if g[k] is not None:
                fields["gig." + k] += 1
        fields["gig.slots>1"] += g["slots"] > 1
        fields["gig.languages_required"] += bool(g["languages_required"])
        fields["gig.pay_negotiable"] += g["pay_negotiable"]
    for w in workers:
        for k in ("locality", "min_pay_amount", "pay_per", "available_days", "experience_years", "age"):
            if w[k] is not None:
                fields["worker." + k] += 1
        fields["worker.travel"] += bool(w["willing_to_travel_to"])
        fields["worker.remote_ok"] += w["remote_ok"]
    print("field coverage:", dict(sorted(fields.items())))
    print("gig pay units:", dict(collections.Counter(g["pay_unit"] for g in gigs)),
          "worker pay units:", dict(collections.Counter(w["pay_unit"] for w in workers)))

    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
