#!/usr/bin/env python3
"""Write ../README.md with counts computed from the built files (run after build.py and make_qrels.py)."""
import collections
import json
import os
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
sys.path.insert(0, OUT)
import make_qrels  # noqa: E402
import validate  # noqa: E402
import m2_common  # noqa: E402
import m2_workers  # noqa: E402,F401
import m2_gigs_a  # noqa: E402,F401
import m2_gigs_b  # noqa: E402,F401
from taxonomy_additions import NEW_FAMILIES, EXTRA_SKILLS  # noqa: E402


def load(n):
    return [json.loads(line) for line in open(os.path.join(OUT, n), encoding="utf-8") if line.strip()]


idm = json.load(open(os.path.join(SRC, "id_map.json")))
G = lambda k: idm["gigs"][k]  # noqa: E731
Wk = lambda k: idm["workers"][k]  # noqa: E731
fg, fw, tg, tw = load("facts_gigs.jsonl"), load("facts_workers.jsonl"), load("gigs.jsonl"), load("workers.jsonl")
gid = {g["id"]: g for g in fg}
wid = {w["id"]: w for w in fw}
rows = make_qrels.compute()
pos = [(w, g, gr) for w, g, gr, _ in rows if gr > 0]
per_w = collections.Counter(w for w, _, _ in pos)
why1 = collections.Counter(("pay below the minimum but within 25 %" if why.startswith("pay") else
                            {"adjacent-skill": "adjacent or same-subgroup skill",
                             "partial-days": "partial day overlap"}[why]) for _, _, gr, why in rows if gr == 1)
hard = collections.Counter()
for w, g, gr, why in rows:
    if gr == 0 and why not in ("family", "scam"):
        hard[why if not why.startswith("pay") else "pay"] += 1
hard_two = sum(v for k, v in hard.items() if "+" in k)
new_w = [w for w in fw if w["skill_family"] not in validate.DEV_FAMILIES]
texts = [t["text"] for t in tg] + [t["text"] for t in tw]
sc_g = collections.Counter(s for t in tg for s in validate.scripts_of(t["text"]))
sc_w = collections.Counter(s for t in tw for s in validate.scripts_of(t["text"]))
nl_g = sum(1 for t in tg if validate.scripts_of(t["text"]))
nl_w = sum(1 for t in tw if validate.scripts_of(t["text"]))
nl = nl_g + nl_w
gf = collections.Counter(g["skill_family"] for g in fg)
wf = collections.Counter(w["skill_family"] for w in fw)
gc = collections.Counter(g["city"] or "remote (no city)" for g in fg)
wc = collections.Counter(w["city"] for w in fw)
lc = collections.Counter(lang for w in fw for lang in w["languages"])
trap_g = [x for x in m2_common.GIGS if "trap" in x["facts"]["note"]]
scams = [x for x in m2_common.GIGS if x["facts"]["scam"]]
pos_g = {g for _, g, _ in pos}
distract_fams = sorted({g["skill_family"] for g in fg} - {w["skill_family"] for w in fw})


def ids(keys):
    return ", ".join(G(k) for k in keys)


def grade_of(wk, gk):
    for w, g, gr, why in rows:
        if w == Wk(wk) and g == G(gk):
            return gr, why
    raise KeyError


def cat(pred):
    out = []
    for x in m2_common.GIGS:
        for wk, want in x["want"].items():
            gr, why = grade_of(wk, x["key"])
            if want == 0 and pred(gr, why, x):
                out.append(f"{G(x['key'])} ({Wk(wk)})")
    return out


nonadj = cat(lambda gr, why, x: why == "skill")
lowpay = cat(lambda gr, why, x: why.startswith("pay"))
nodays = cat(lambda gr, why, x: why == "days")
twosoft = cat(lambda gr, why, x: "+" in why)
unreach = cat(lambda gr, why, x: why == "location")

fam_rows = "\n".join(f"| {f}{' *(new)*' if f not in validate.DEV_FAMILIES else ''} | {gf[f]} | {wf[f]} |"
                     for f in sorted(set(gf) | set(wf), key=lambda f: (-wf[f], -gf[f], f)))
city_rows = "\n".join(f"| {c} | {gc[c]} | {wc[c] or '–'} |"
                      for c in sorted(set(gc) | set(wc), key=lambda c: (-gc[c] - wc[c], c)))
new_fams = "\n".join(f"  - `{f}`: " + "; ".join(f"{sg} ({', '.join(s)})" for sg, s in spec["subgroups"].items())
                     + (f". Adjacent: {', '.join('–'.join(p) for p in spec['adjacent'])}" if spec["adjacent"] else
                        ". No adjacency")
                     for f, spec in NEW_FAMILIES.items())
extra = "\n".join(f"  - `{f}` / `{sg}`: {', '.join(s)}" for f, sg, s in EXTRA_SKILLS)
sc_line = lambda c: ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: -kv[1]))  # noqa: E731

readme = f"""# matching_fresh2: SEALED graded matching set (gigmatch)

A fresh, sealed evaluation set for ranking gigs for Indian gig workers. It is built **exactly like the public
dev set** (`/work/shared/bench/dev/`): it has the same file formats, the same fact schemas, the same labelling conventions,
and `qrels.tsv` is computed from the facts by an **unchanged copy of `make_qrels.py`**. All people, employers,
localities and wordings are new. Nothing was copied or paraphrased from the dev set or from any project file.
The set is meant to be **scored once, at the end**. Do not tune on it and do not show its texts or notes to a model.

Rebuild: `python3 src/build.py && python3 make_qrels.py && python3 validate.py` (`python3 src/make_readme.py`
rewrites this file). `src/build.py` also checks every intended grade (`want=` in the sources) against
`make_qrels.py`, and checks that no pair is positive unless it was intended.

## Files

| file | what |
|---|---|
| `gigs.jsonl` | `{{"id": "m2-g001", "text": ...}}`: the employer's post as typed ({len(fg)} gigs) |
| `workers.jsonl` | `{{"id": "m2-w01", "text": ...}}`: the worker's onboarding chat, turns joined with `\\n` ({len(fw)} workers) |
| `facts_gigs.jsonl` | ground-truth gig facts (dev schema: id, skill_family, skills, city, locality, remote, pay_amount, pay_max, pay_unit, pay_per, pay_negotiable, days, dates, slots, languages_required, min_experience_years, scam, note) |
| `facts_workers.jsonl` | ground-truth worker facts (dev schema: id, skill_family, skills, city, locality, willing_to_travel_to, remote_ok, min_pay_amount, pay_unit, pay_per, available_days, experience_years, languages, age, note) |
| `qrels.tsv` | `worker_id<TAB>gig_id<TAB>grade` (2 or 1). Grade-0 pairs are left out. Written by `make_qrels.py` |
| `taxonomy.json` | a copy of the dev taxonomy with the additions listed below. No dev family, skill or adjacency was changed |
| `make_qrels.py` | byte-identical copy of the dev script (sha256 checked by `validate.py`); reads the files next to itself |
| `validate.py` | schema, consistency and requirement checks plus distributions; exits non-zero on any error |
| `src/` | hand-written sources (`m2_workers.py`, `m2_gigs_a.py`, `m2_gigs_b.py`, `taxonomy_additions.py`), `build.py`, `make_readme.py`, the frozen id map `id_map.json` (ids shuffled once, so an id says nothing about the trade) and `taxonomy_base.json` (the unchanged dev taxonomy) |

There is no `extract.jsonl`. This is a matching set only.

## Differences from the dev set's format

- **Id prefixes** are `m2-g###` and `m2-w##`.
- **Cities**: the canonical city list is the dev list of 23 cities plus {len(validate.CITIES) - 23} tier-2/3 towns and
  satellite cities, all with canonical English names (Hubballi, Dharwad, Siliguri, Madurai, Gorakhpur, Ludhiana, Warangal,
  Karimnagar, Mysuru, Rajkot, Thrissur, Bhilai, Durg, Nashik, Kolhapur, Vadodara, Jamshedpur, Muzaffarpur, Bathinda,
  Erode, Varanasi, Guwahati, Cuttack, Kanchipuram, Jodhpur, …; see `CITIES` in `validate.py`). Twin and satellite cities
  count as separate cities, in the same way as Thane and Mumbai: Hubballi/Dharwad, Bhilai/Durg, Cuttack/Bhubaneswar,
  Kolkata/Howrah, Siliguri/Jalpaiguri. Aliases in texts: Hubli, Mysore, Baroda, Kashi, Lko, Hyd, Kanchi, Belgaum, Nasik,
  and Hanamkonda (→ Warangal), Chakan (→ Pune), Dispur (→ Guwahati).
- **taxonomy.json** adds {len(NEW_FAMILIES)} families:
{new_fams}
- It also adds new skills to existing families:
{extra}

## Labelling rules

They are the same as in the dev README, and `make_qrels.py` applies them unchanged: scam → 0; the families must match;
the location must be feasible (a remote gig with a `remote_ok` worker, the same city, or a city in `willing_to_travel_to`);
the skill must be shared (same subgroup or an adjacent subgroup = soft); pay is compared only in comparable units
(day = 8 h, week = 6 days, month = 26 days; task pay only with the same `pay_per`), where a ratio ≥ 1 fits,
0.75–1 is soft and < 0.75 → 0; days are compared only when both sides state them (partial overlap = soft, none → 0);
no soft mismatch → 2, one → 1, two or more → 0. The fact conventions are the dev ones ("Sunday off" → mon–sat,
"X off" → every day but X, "all 7 days" → all, "6 day week" → null, piece rates → `task` with `pay_per`,
commissions/incentives are not pay). This set also applies the following:
- A bare "salary / pagar / sambalam / jeetham / ശമ്പളം / ಸಂಬಳ X" is a monthly wage.
- A single dated event ("Sunday 9 March", "14 Feb") goes in `dates`, not `days`.
- A live-in job does not by itself name working days.
- "can record/work from home / online / on Zoom / on email" → `remote_ok`.

## Counts (this build)

- **Workers**: {len(fw)}. **{len(new_w)} are in trades whose family is not in the dev taxonomy**: allied healthcare
  (physiotherapist, phlebotomist, pharmacist, GDA/ward boy), barbers, yoga/cricket/swimming/gym coaches, CNC and
  injection-moulding operators, a welder, two-wheeler and car mechanics, a tractor/combine driver, a dairy worker, a grape
  labourer, a pandit and a purohit, an event decorator, a DJ, a Hindi voice-over artist, a Malayalam dubbing artist, a retired
  insurance officer, a silk handloom weaver, a JCB operator and a pet groomer.
  - The other {len(fw) - len(new_w)} are in families the dev taxonomy already has: a retired SBI
    credit manager, a retired GM-HR, Hindi and Tamil tele-callers, a shop salesman, a cashier, an auto/e-rickshaw driver,
    a mehendi artist, a beautician, a japa maid, a home nurse for the elderly, a maths/science tutor, a GST accountant,
    a reels video editor, a wedding photographer, a delivery rider, a Telugu transcriber and an industrial electrician.
  - {sum(1 for w in fw if w['city'] not in validate.METROS)} of {len(fw)} workers live outside the metros.
    {sum(1 for w in fw if w['willing_to_travel_to'])} list travel cities, {sum(w['remote_ok'] for w in fw)} are `remote_ok`,
    {sum(1 for w in fw if w['available_days'])} state their days, and {sum(1 for w in fw if w['age'] is not None)} state an age.
- **Gigs**: {len(fg)}, of which {sum(g['remote'] for g in fg)} are remote. {len(pos_g)} are positive for at least one worker.
  - {len(scams)} are **scams** (`scam=true`), each of which would otherwise be a positive: {ids(x['key'] for x in scams)}.
    The workers are asked for a registration/uniform fee, a certification fee, a gate-pass/medical fee, a verification +
    licence charge, an audition fee, a refundable SIM/login deposit, a kit purchase, a joining fee (bag/T-shirt) or a
    training/ID-activation fee.
  - Distractor families with no worker: {', '.join(distract_fams)}.
- **qrels**: {len(pos)} positive pairs, {sum(1 for p in pos if p[2] == 2)} at grade 2 and {sum(1 for p in pos if p[2] == 1)} at grade 1.
  - Positives per worker: {', '.join(f'{v} workers have {k}' for k, v in sorted(collections.Counter(per_w.values()).items()))}.
  - Why the grade-1 pairs are grade 1: {', '.join(f'{v} {k}' for k, v in why1.most_common())}.
  - Hard negatives that are in the same family, location-feasible and grade 0: {hard['skill']} with the skill in a
    non-adjacent subgroup, {hard['pay']} with pay more than 25 % below the minimum, {hard['days']} with no day overlap and
    {hard_two} with two soft mismatches. Same family but location infeasible: {hard['location']}.
  - Same-city pairs in a different family: {sum(1 for w in fw for g in fg if not g['scam'] and g['city'] == w['city'] and g['skill_family'] != w['skill_family'])}.
- **Scripts**: {nl} of {len(texts)} texts ({100 * nl / len(texts):.0f} %) are in a non-Latin script.
  - Gigs: {nl_g}/{len(fg)} ({100 * nl_g / len(fg):.0f} %): {sc_line(sc_g)}.
  - Workers: {nl_w}/{len(fw)} ({100 * nl_w / len(fw):.0f} %): {sc_line(sc_w)}.
  - "Bengali" includes one Assamese text. Native digits (০-৯, ०-९, ૦-૯, ੦-੯, ೦-೯, ౦-౯) appear in
    {sum(1 for t in texts if any(not c.isascii() and c.isdigit() for c in t))} texts.
  - The rest are Hinglish and romanized Marathi, Bengali, Tamil (Tanglish), Telugu, Kannada, Gujarati, Punjabi, Odia,
    Assamese and Malayalam (Manglish), or Indian English.
  - The texts include ALL CAPS, emojis ({sum(1 for t in texts if any(ord(c) > 0x1F000 or 0x2600 <= ord(c) <= 0x27BF for c in t))} texts),
    typos ("techinician", "expirience", "delivry", "wireing", "recuiter", "biling", "supermarkt", "urjent", "experiance"),
    abbreviations (REQD, Sal, pm, 22k, CTC, x2, nos) and amounts in words ("barah hazaar", "das hazar", "18 hajar", "১.২ লাখ").
  - Distractor numbers include phone numbers, a pin code (452001, 580031), ages, batch years ("ITI 2014 बॅच",
    "BPT 2016"), "2 BHK", "Sector 6", "40 kille", "20 மாடு", "U-14", "24Q/26Q", "RYT-500" and "48kHz".

Skill families (gigs / workers):

| family | gigs | workers |
|---|---|---|
{fam_rows}

Cities (gigs / workers' home city):

| city | gigs | workers |
|---|---|---|
{city_rows}

Worker languages: {', '.join(f'{k} {v}' for k, v in lc.most_common())}.

## Hard cases (ids)

- **Word traps across families** ({len(trap_g)} gigs):
{chr(10).join('  - ' + G(x['key']) + ': ' + x['facts']['note'] for x in trap_g)}
- **Non-adjacent subgroup, same family** (grade 0): {', '.join(nonadj)}.
- **Pay < 0.75** (grade 0): {', '.join(lowpay)}.
- **No day overlap** (grade 0): {', '.join(nodays)}.
- **Two soft mismatches** (grade 0): {', '.join(twosoft)}.
- **Unreachable city, same trade** (grade 0): {', '.join(unreach)}.
- **Boundaries**: ratio exactly 1 ({G('SW2')}: 26,000/month vs 1,000/day; {G('BM3')}: 13,000/month vs 500/day).
  Cross-unit fits: {G('BL1')}, {G('MD1')}, {G('CM2')}, {G('CN5')}, {G('JC1')}, {G('TR2')}, {G('AU1')}, {G('DY2')} (0.91 → 1).
  Ranges: {ids(['DC1', 'BW2', 'CN2', 'JP1'])}. "negotiable": {ids(['DJ2', 'SH2'])}.
- **Not comparable**, so pay is not checked: per wedding or per ceremony vs per puja ({ids(['PD3', 'PR2'])}), per session vs
  monthly ({G('CR2')}), monthly vs per visit ({G('PH3')}), monthly vs per saree ({G('WV3')}), monthly vs per groom ({G('PT2')}), and
  project vs hourly ({G('HR2')}).
- **Travel/twin cities**: Dharwad for the Hubballi physio ({ids(['PH2'])}) and shopman ({G('SH2')}); Durg/Raipur for the Bhilai gym
  trainer and electrician ({ids(['GY1', 'GY2', 'EC2'])}); Bhubaneswar for Cuttack workers ({ids(['IN1', 'JP1'])}); Howrah for the
  Kolkata purohit ({G('PR2')}); Jalpaiguri for Siliguri workers ({ids(['LB2', 'PG3'])}); Chakan → Pune for the Nashik CNC operator
  ({G('CN2')}). The remote-only Lucknow voice artist is 0 for the in-studio Mumbai job {G('VO5')}. The office-only Tamil
  tele-caller is 0 for the WFH job {G('TT3')}.
- **Languages**: {G('PM1')} needs Tamil, {G('EL1')} needs Malayalam and {G('DJ3')} needs Hindi + English. All are met by
  the matched workers.

## Unsure items (labelling judgement calls)

- The Hanamkonda locality is labelled Warangal (tri-city municipal corporation) for {G('BW1')} and {Wk('annot')}.
- The fields on Goniana Road ({G('TR1')}) are labelled Bathinda, and Dindori Road / Adgaon ({ids(['FM1', 'FM5'])}) Nashik.
- Bare "salary X" is read as monthly: {ids(['PM1', 'PM5', 'BW1', 'CN3', 'CM1', 'SH1', 'TT3', 'BT1', 'BT3'])}.
- {G('PD2')} names a single date ("Sunday 9 March"), so `days` is null and the date goes in `dates`.
- {G('PT2')} "roz subah-shaam (7 din)" → all days. {G('BL1')} "Tuesday closed, baaki 6 din" → every day but Tuesday.
- Live-in japa work ({Wk('japa')}, {G('JP1')}) has no days. {G('SW2')} "6 day week" → days null.
- {G('PM1')} "தமிழ் பேச தெரிந்திருக்க வேண்டும்" ("must know how to speak Tamil") is treated as a hard language requirement.
- {Wk('dub')} "can record from home" and {Wk('insure')} "review files online / on email" → `remote_ok`.
- Skill mapping choices: Kerala "home nurse" → elderly/bedridden care; "Lakshmi puja" → griha pravesh/puja path;
  "OT तक ले जाना" (the ward boy wheels patients to the OT) does not make the ward boy an OT technician.
- Every worker's `languages` holds only the languages stated or written in. Hinglish writers are labelled Hindi.

## Known limitations

- As in the dev set, monthly wages of part-time jobs are compared as full-time rates.
- Many families have only one or two workers, so family plus location alone separates many gigs. The word traps,
  non-adjacent subgroups, pay/day boundaries and travel rules above are where the ranking is really tested.
- The `note` fields explain the traps. Strip them before showing facts to any model.
"""
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(readme)
print("README.md written,", len(readme), "chars")
