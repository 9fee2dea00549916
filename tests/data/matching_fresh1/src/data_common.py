"""Helpers shared by the hand-written source files of matching_fresh1.

Every worker / gig is declared with a short *key*; build.py maps keys to the
shuffled public ids (m1-w## / m1-g###).  `exp` on a gig holds the grade the
labeller intends for particular workers; build.py checks it against make_qrels.
"""

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def days(spec):
    """'mon-sat', 'mon,wed,fri', 'all', 'all-fri' (all except fri), None."""
    if spec is None:
        return None
    spec = spec.strip()
    if spec == "all":
        return list(DAYS)
    if spec.startswith("all-"):
        drop = set(spec[4:].split(","))
        return [d for d in DAYS if d not in drop]
    out = set()
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            i, j = DAYS.index(a), DAYS.index(b)
            out |= set(DAYS[i:j + 1])
        else:
            assert part in DAYS, part
            out.add(part)
    return [d for d in DAYS if d in out]


WORKERS = []
GIGS = []


def W(key, text, fam, skills, city, loc=None, travel=(), remote=False, pay=None, unit=None,
      per=None, d=None, exp=None, langs=(), age=None, note=""):
    WORKERS.append(dict(
        key=key, text=text,
        facts=dict(skill_family=fam, skills=list(skills), city=city, locality=loc,
                   willing_to_travel_to=list(travel), remote_ok=remote,
                   min_pay_amount=pay, pay_unit=unit, pay_per=per,
                   available_days=days(d), experience_years=exp, languages=list(langs),
                   age=age, note=note)))


def G(key, text, fam, skills, city=None, loc=None, remote=False, pay=None, pmax=None, unit=None,
      per=None, neg=False, d=None, dates=None, slots=1, langs=(), minexp=None, scam=False,
      note="", exp=None):
    GIGS.append(dict(
        key=key, text=text, exp=dict(exp or {}),
        facts=dict(skill_family=fam, skills=list(skills), city=city, locality=loc,
                   remote=remote, pay_amount=pay, pay_max=pmax, pay_unit=unit, pay_per=per,
                   pay_negotiable=neg, days=days(d), dates=dates, slots=slots,
                   languages_required=list(langs), min_experience_years=minexp, scam=scam,
                   note=note)))
