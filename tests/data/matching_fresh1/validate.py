#!/usr/bin/env python3
"""Validate matching_fresh1 and print its distributions.  Exits non-zero on any error.

Checks: file/id schema, fact schemas (same fields as the dev set), canonical cities, skills
present in taxonomy.json under the stated family, days / units / pay fields, qrels.tsv equal to
a fresh make_qrels run, every worker has >= 2 positives, no scam is positive, no positive breaks a
stated language requirement or minimum experience, taxonomy.json only ADDS to the dev taxonomy,
size quotas (>= 44 workers, >= 130 gigs, >= 20 workers in trades absent from the dev taxonomy,
>= 25 % of texts in a non-Latin script, about 8 scams).
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_qrels  # noqa: E402

CITIES = {
    # metros / dev set
    "Mumbai", "Navi Mumbai", "Thane", "Pune", "Delhi", "Noida", "Gurugram", "Bengaluru", "Hyderabad",
    "Chennai", "Kolkata", "Kochi", "Jaipur", "Lucknow", "Indore", "Bhopal", "Patna", "Ahmedabad",
    "Surat", "Nagpur", "Chandigarh", "Coimbatore", "Visakhapatnam",
    # added for this set (tier-2/3 towns)
    "Hubballi", "Dharwad", "Gorakhpur", "Cuttack", "Bhubaneswar", "Rajkot", "Dehradun", "Ludhiana",
    "Mohali", "Howrah", "Tiruppur", "Jamshedpur", "Adityapur", "Bhilai", "Raipur", "Durg", "Madurai",
    "Warangal", "Muzaffarpur", "Karimnagar", "Peddapalli", "Bathinda", "Karnal", "Varanasi", "Prayagraj",
    "Mirzapur", "Siliguri", "Jalpaiguri", "Darjeeling", "Ujjain", "Dewas", "Erode", "Kolhapur", "Sangli",
    "Nashik", "Ajmer", "Thrissur", "Palakkad", "Kozhikode", "Vijayawada", "Mysuru", "Tiruchirappalli",
    "Kota", "Guwahati", "Kanpur", "Gandhinagar", "Amritsar", "Jalandhar",
}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
UNITS = {"hour", "day", "week", "month", "task"}
GIG_KEYS = ["id", "skill_family", "skills", "city", "locality", "remote", "pay_amount", "pay_max", "pay_unit",
            "pay_per", "pay_negotiable", "days", "dates", "slots", "languages_required",
            "min_experience_years", "scam", "note"]
WORKER_KEYS = ["id", "skill_family", "skills", "city", "locality", "willing_to_travel_to", "remote_ok",
               "min_pay_amount", "pay_unit", "pay_per", "available_days", "experience_years", "languages",
               "age", "note"]
SCRIPTS = [  # (name, lo, hi)
    ("Devanagari", 0x0900, 0x097F), ("Bengali/Assamese", 0x0980, 0x09FF), ("Gurmukhi", 0x0A00, 0x0A7F),
    ("Gujarati", 0x0A80, 0x0AFF), ("Odia", 0x0B00, 0x0B7F), ("Tamil", 0x0B80, 0x0BFF),
    ("Telugu", 0x0C00, 0x0C7F), ("Kannada", 0x0C80, 0x0CFF), ("Malayalam", 0x0D00, 0x0D7F),
]
NATIVE_DIGITS = re.compile("[\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F"
                           "\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F]")

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
    if not counts:
        return "Latin"
    name, n = counts.most_common(1)[0]
    return name if n >= 8 else "Latin"


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_common(f, kind, tax):
    fam = f["skill_family"]
    if fam not in tax:
        err(f"{f['id']}: unknown family {fam!r}")
        return
    allowed = {s for sk in tax[fam]["subgroups"].values() for s in sk}
    if not f["skills"] or not isinstance(f["skills"], list):
        err(f"{f['id']}: skills must be a non-empty list")
    for s in f["skills"]:
        if s not in allowed:
            err(f"{f['id']}: skill {s!r} not in family {fam!r}")
    if f["city"] is not None and f["city"] not in CITIES:
        err(f"{f['id']}: city {f['city']!r} not canonical")
    if f["locality"] is not None and not isinstance(f["locality"], str):
        err(f"{f['id']}: locality must be str/null")
    if f["pay_unit"] is not None and f["pay_unit"] not in UNITS:
        err(f"{f['id']}: bad pay_unit {f['pay_unit']!r}")
    if f["pay_unit"] == "task" and not f["pay_per"]:
        err(f"{f['id']}: task pay needs pay_per")
    if f["pay_unit"] != "task" and f["pay_per"] is not None:
        err(f"{f['id']}: pay_per only for task pay")
    if not isinstance(f["note"], str):
        err(f"{f['id']}: note must be str")


def main():
    tax = json.load(open(os.path.join(HERE, "taxonomy.json"), encoding="utf-8"))
    base = json.load(open(os.path.join(HERE, "src", "taxonomy_base.json"), encoding="utf-8"))
    gigs_t, workers_t = load("gigs.jsonl"), load("workers.jsonl")
    gigs, workers = load("facts_gigs.jsonl"), load("facts_workers.jsonl")

    # ---- taxonomy only adds
    for fam, spec in base.items():
        if fam not in tax:
            err(f"taxonomy: family {fam!r} removed")
            continue
        for sg, skills in spec["subgroups"].items():
            missing = set(skills) - set(tax[fam]["subgroups"].get(sg, []))
            if missing:
                err(f"taxonomy: {fam}/{sg} lost {missing}")
        for pair in spec.get("adjacent", []):
            if sorted(pair) not in [sorted(p) for p in tax[fam]["adjacent"]]:
                err(f"taxonomy: {fam} lost adjacency {pair}")
    for fam, spec in tax.items():
        seen = collections.Counter(s for sk in spec["subgroups"].values() for s in sk)
        for s, n in seen.items():
            if n > 1:
                err(f"taxonomy: {fam}: skill {s!r} in {n} subgroups")
        for pair in spec.get("adjacent", []):
            if len(pair) != 2 or any(p not in spec["subgroups"] for p in pair):
                err(f"taxonomy: {fam}: bad adjacency {pair}")
    base_skills = {(f, s) for f, spec in base.items() for sk in spec["subgroups"].values() for s in sk}

    # ---- texts and ids
    for rows, pat, kind in ((gigs_t, r"^m1-g\d{3}$", "gig"), (workers_t, r"^m1-w\d{2}$", "worker")):
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids):
            err(f"duplicate {kind} ids")
        for r in rows:
            if set(r) != {"id", "text"}:
                err(f"{r.get('id')}: text row keys {sorted(r)}")
            if not re.match(pat, r["id"]):
                err(f"{r['id']}: bad id pattern")
            if not isinstance(r["text"], str) or len(r["text"].strip()) < 20:
                err(f"{r['id']}: text too short")
    if [r["id"] for r in gigs_t] != [g["id"] for g in gigs]:
        err("gigs.jsonl and facts_gigs.jsonl ids differ")
    if [r["id"] for r in workers_t] != [w["id"] for w in workers]:
        err("workers.jsonl and facts_workers.jsonl ids differ")
    if len({r["text"] for r in gigs_t + workers_t}) != len(gigs_t) + len(workers_t):
        err("duplicate texts")

    # ---- gig facts
    for g in gigs:
        if list(g) != GIG_KEYS:
            err(f"{g['id']}: gig keys {list(g)}")
            continue
        check_common(g, "gig", tax)
        if not isinstance(g["remote"], bool) or not isinstance(g["scam"], bool) \
                or not isinstance(g["pay_negotiable"], bool):
            err(f"{g['id']}: remote/scam/pay_negotiable must be bool")
        if g["remote"] and g["city"] is not None:
            err(f"{g['id']}: remote gig must have city null")
        if not g["remote"] and g["city"] is None:
            err(f"{g['id']}: on-site gig needs a city")
        if g["pay_amount"] is not None and (not is_num(g["pay_amount"]) or g["pay_unit"] is None):
            err(f"{g['id']}: pay_amount needs a number and a unit")
        if g["pay_amount"] is None and (g["pay_unit"] or g["pay_max"] is not None):
            err(f"{g['id']}: unit/max without amount")
        if g["pay_max"] is not None and g["pay_max"] <= g["pay_amount"]:
            err(f"{g['id']}: pay_max must exceed pay_amount")
        if g["days"] is not None and (not g["days"] or any(d not in DAYS for d in g["days"])
                                      or g["days"] != [d for d in DAYS if d in g["days"]]):
            err(f"{g['id']}: bad days {g['days']}")
        if not isinstance(g["slots"], int) or g["slots"] < 1:
            err(f"{g['id']}: bad slots")
        if not isinstance(g["languages_required"], list):
            err(f"{g['id']}: languages_required must be a list")
        if g["min_experience_years"] is not None and not is_num(g["min_experience_years"]):
            err(f"{g['id']}: bad min_experience_years")

    # ---- worker facts
    for w in workers:
        if list(w) != WORKER_KEYS:
            err(f"{w['id']}: worker keys {list(w)}")
            continue
        check_common(w, "worker", tax)
        if w["city"] is None:
            err(f"{w['id']}: worker needs a city")
        for c in w["willing_to_travel_to"]:
            if c not in CITIES:
                err(f"{w['id']}: travel city {c!r} not canonical")
            if c == w["city"]:
                err(f"{w['id']}: travel list repeats home city")
        if not isinstance(w["remote_ok"], bool):
            err(f"{w['id']}: remote_ok must be bool")
        if (w["min_pay_amount"] is None) != (w["pay_unit"] is None):
            err(f"{w['id']}: min_pay_amount and pay_unit go together")
        if w["available_days"] is not None and (not w["available_days"]
                                                or w["available_days"] != [d for d in DAYS if d in w["available_days"]]):
            err(f"{w['id']}: bad available_days")
        if not w["languages"]:
            err(f"{w['id']}: languages empty")

    if errors:
        return report_and_exit(None, None, None, None, None)

    # ---- qrels
    rows = make_qrels.compute()
    want = {(w, g): gr for w, g, gr, _ in rows if gr > 0}
    have = {}
    with open(os.path.join(HERE, "qrels.tsv")) as f:
        for line in f:
            w, g, gr = line.rstrip("\n").split("\t")
            have[(w, g)] = int(gr)
    if have != want:
        err(f"qrels.tsv differs from make_qrels.compute(): {len(set(have.items()) ^ set(want.items()))} rows")
    G = {g["id"]: g for g in gigs}
    Wk = {w["id"]: w for w in workers}
    pos_per_worker = collections.Counter(w for (w, g) in want)
    for w in workers:
        if pos_per_worker[w["id"]] < 2:
            err(f"{w['id']}: only {pos_per_worker[w['id']]} positives")
    for (w, g), gr in want.items():
        if G[g]["scam"]:
            err(f"{w}-{g}: scam positive")
        missing = set(G[g]["languages_required"]) - set(Wk[w]["languages"])
        if missing:
            err(f"{w}-{g}: positive but worker lacks required language {missing}")
        me, we = G[g]["min_experience_years"], Wk[w]["experience_years"]
        if me is not None and we is not None and we < me:
            err(f"{w}-{g}: positive but experience {we} < {me}")

    # ---- quotas
    new_trade = [w for w in workers if all((w["skill_family"], s) not in base_skills for s in w["skills"])]
    scripts = {r["id"]: script_of(r["text"]) for r in gigs_t + workers_t}
    nonlatin = sum(1 for s in scripts.values() if s != "Latin")
    if len(workers) < 44:
        err(f"only {len(workers)} workers (< 44)")
    if len(gigs) < 130:
        err(f"only {len(gigs)} gigs (< 130)")
    if len(new_trade) < 20:
        err(f"only {len(new_trade)} workers in new trades (< 20)")
    if nonlatin / len(scripts) < 0.25:
        err(f"non-Latin texts {nonlatin}/{len(scripts)} < 25 %")
    nscam = sum(g["scam"] for g in gigs)
    if not 6 <= nscam <= 10:
        err(f"{nscam} scams (want about 8)")
    return report_and_exit(rows, want, new_trade, scripts, (gigs, workers, gigs_t, workers_t, tax, base_skills))


def report_and_exit(rows, want, new_trade, scripts, data):
    if data is not None:
        gigs, workers, gigs_t, workers_t, tax, base_skills = data
        p = print
        p(f"workers {len(workers)}, gigs {len(gigs)} (remote {sum(g['remote'] for g in gigs)}, "
          f"scam {sum(g['scam'] for g in gigs)})")
        g2 = sum(1 for v in want.values() if v == 2)
        p(f"qrels: {len(want)} positives, {g2} grade 2, {len(want) - g2} grade 1")
        ppw = collections.Counter(w for (w, g) in want)
        p("positives per worker:", dict(sorted(collections.Counter(ppw[w['id']] for w in workers).items())))
        p(f"gigs positive for >= 1 worker: {len({g for (w, g) in want})}")
        why = collections.Counter()
        for w, g, gr, r in rows:
            if r not in ("family", "scam"):
                why[re.sub(r"pay \d\.\d+", "pay", r) + f" -> {gr}"] += 1
        p("same-family pair outcomes:", dict(why.most_common()))
        p(f"workers in trades not in the dev taxonomy: {len(new_trade)}")
        new_fams = sorted({w['skill_family'] for w in new_trade})
        p("  their families:", new_fams)
        p("\nscript            gigs  workers")
        sc = collections.Counter((scripts[r["id"]], "g") for r in gigs_t)
        sc.update((scripts[r["id"]], "w") for r in workers_t)
        for s in ["Latin"] + [n for n, _, _ in SCRIPTS]:
            if sc[(s, "g")] or sc[(s, "w")]:
                p(f"  {s:16s}{sc[(s, 'g')]:5d}{sc[(s, 'w')]:8d}")
        nl = sum(1 for s in scripts.values() if s != "Latin")
        p(f"  non-Latin: {nl}/{len(scripts)} = {100 * nl / len(scripts):.1f} %")
        nd = sum(1 for r in gigs_t + workers_t if NATIVE_DIGITS.search(r["text"]))
        p(f"  texts with native digits: {nd}")
        p("\nfamily                          gigs  workers")
        fg = collections.Counter(g["skill_family"] for g in gigs)
        fw = collections.Counter(w["skill_family"] for w in workers)
        for fam in sorted(set(fg) | set(fw), key=lambda f: (-fg[f], f)):
            p(f"  {fam:30s}{fg[fam]:5d}{fw[fam]:8d}")
        p("\ncity                 gigs  workers")
        cg = collections.Counter(g["city"] or "(remote)" for g in gigs)
        cw = collections.Counter(w["city"] for w in workers)
        for c in sorted(set(cg) | set(cw), key=lambda c: (-cg[c] - cw[c], c)):
            p(f"  {c:18s}{cg[c]:5d}{cw[c]:8d}")
        p("\nfield coverage (non-null) gigs:")
        for k in ["city", "locality", "pay_amount", "pay_max", "pay_unit", "pay_per", "days", "dates",
                  "languages_required", "min_experience_years"]:
            n = sum(1 for g in gigs if g[k] not in (None, []))
            p(f"  {k}: {n}")
        p(f"  pay_negotiable: {sum(g['pay_negotiable'] for g in gigs)}, slots>1: {sum(g['slots'] > 1 for g in gigs)}")
        p("field coverage workers:")
        for k in ["locality", "willing_to_travel_to", "min_pay_amount", "pay_per", "available_days",
                  "experience_years", "age"]:
            n = sum(1 for w in workers if w[k] not in (None, []))
            p(f"  {k}: {n}")
        p(f"  remote_ok: {sum(w['remote_ok'] for w in workers)}")
        units = collections.Counter((g["pay_unit"], g["pay_per"]) for g in gigs)
        p("gig pay units:", {f"{u}/{pp}" if pp else str(u): n for (u, pp), n in units.most_common()})
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")
    sys.exit(0)


if __name__ == "__main__":
    main()
