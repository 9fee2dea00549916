#!/usr/bin/env python3
"""Write README.md from README.tmpl.md plus tables computed from the built files."""
import collections
import json
import os
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
sys.path.insert(0, OUT)
import make_qrels  # noqa: E402
import taxonomy_add as TA  # noqa: E402


def load(n):
    return [json.loads(l) for l in open(os.path.join(OUT, n), encoding="utf-8") if l.strip()]


fg = {g["id"]: g for g in load("facts_gigs.jsonl")}
fw = {w["id"]: w for w in load("facts_workers.jsonl")}
meta = json.load(open(os.path.join(SRC, "meta.json")))
rows = make_qrels.compute()
pos = collections.defaultdict(list)
for w, g, gr, why in rows:
    if gr:
        pos[w].append(f"{g}:{gr}")
LANG = {"en": "English", "hi": "Hindi (Devanagari)", "mr": "Marathi (Devanagari)", "bn": "Bengali", "as": "Assamese",
        "or": "Odia", "ta": "Tamil", "te": "Telugu", "kn": "Kannada", "ml": "Malayalam", "gu": "Gujarati",
        "pa": "Punjabi (Gurmukhi)"}


def lang(tag):
    if tag.endswith("-Latn"):
        base = {"hi": "Hindi/Hinglish", "mr": "Marathi", "bn": "Bengali", "or": "Odia", "ta": "Tamil",
                "te": "Telugu", "kn": "Kannada", "ml": "Malayalam", "kok": "Konkani"}[tag[:-5]]
        return base + " (romanized)"
    return LANG[tag]


out = []
out.append("| worker | trade (skills) | home town | travels to | text language | positives (gig:grade) |")
out.append("|---|---|---|---|---|---|")
for w in sorted(fw):
    W = fw[w]
    out.append(f"| {w} | {W['skill_family']}: {', '.join(W['skills'])} | {W['city']} | "
               f"{', '.join(W['willing_to_travel_to']) or ('remote' if W['remote_ok'] else '–')}"
               f"{' + remote' if W['remote_ok'] and W['willing_to_travel_to'] else ''} | "
               f"{lang(meta['workers'][w]['lang'])} | {' '.join(sorted(pos[w]))} |")
workers_table = "\n".join(out)

groups = collections.OrderedDict([
    ("Scams (never positive)", lambda g: g["scam"]),
    ("Word traps and same-town decoys", lambda g: "word trap" in g["note"] or "decoy" in g["note"]),
    ("Pay below 0.75 (underpaid)", lambda g: "underpaid" in g["note"]),
    ("Pay boundary / soft pay (grade 1)", lambda g: "-> grade 1" in g["note"] and "/" in g["note"]
     and "subgroup" not in g["note"]),
    ("Not comparable pay units", lambda g: "not comparable" in g["note"]),
    ("Wrong or partial days", lambda g: "days" in g["note"] and "names no days" not in g["note"]),
    ("Two soft mismatches (0)", lambda g: "(soft) +" in g["note"] or "+ pay" in g["note"]),
    ("Same trade, unreachable town", lambda g: "unreachable" in g["note"] or "not in w" in g["note"]
     or "refused" in g["note"]),
])
inv = {v["key"]: k for k, v in meta["workers"].items()}


def fix(note):
    import re
    return re.sub(r"(?<![-\w])w\d\d\b", lambda m: inv.get(m.group(0), m.group(0)), note)


lines = []
for title, pred in groups.items():
    ids = [g for g in sorted(fg) if pred(fg[g])]
    lines.append(f"- **{title}** ({len(ids)}): " + "; ".join(f"{g} ({fix(fg[g]['note'])})" for g in ids))
hard_cases = "\n".join(lines)

tax_lines = []
for fam, spec in TA.NEW_FAMILIES.items():
    sg = "; ".join(f"{k}: {', '.join(v)}" for k, v in spec["subgroups"].items())
    adj = ", ".join("–".join(p) for p in spec["adjacent"]) or "none"
    tax_lines.append(f"  - **{fam}** (new family): {sg}. Adjacent: {adj}.")
for fam, sgs in TA.NEW_SUBGROUPS.items():
    for sg, sk in sgs.items():
        tax_lines.append(f"  - {fam} / `{sg}`: + {', '.join(sk)}")
for fam, pairs in TA.NEW_ADJACENT.items():
    tax_lines.append(f"  - new adjacency in {fam}: " + ", ".join("–".join(p) for p in pairs))
taxonomy = "\n".join(tax_lines)

tmpl = open(os.path.join(SRC, "README.tmpl.md"), encoding="utf-8").read()
import subprocess  # noqa: E402
val = subprocess.run([sys.executable, os.path.join(OUT, "validate.py")], capture_output=True, text=True).stdout
val = val[:val.index("== hard negatives per worker")] if "== hard negatives per worker" in val else val
hn = subprocess.run([sys.executable, os.path.join(OUT, "validate.py")], capture_output=True, text=True).stdout
hn = hn[hn.index("== hard negatives per worker"):].split("\n")
hn_total = [l for l in hn if l.strip().startswith("total:")][0].strip()
readme = (tmpl.replace("{{WORKERS}}", workers_table).replace("{{HARD}}", hard_cases)
          .replace("{{TAXONOMY}}", taxonomy).replace("{{VALIDATE}}", val.strip())
          .replace("{{HNTOTAL}}", hn_total))
for key, wid_ in inv.items():
    readme = readme.replace("{{" + key + "}}", wid_)
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(readme)
print("README.md written")
