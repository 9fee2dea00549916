"""Tiny helpers for the hand-written match6 data (facts only; every text is typed by hand)."""
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
GIGS = []
WORKERS = []


def D(spec):
    """'mon-sat', 'all', 'all-tue' (every day but tue), 'sat,sun' -> list of days."""
    if spec is None:
        return None
    if spec == "all":
        return list(DAYS)
    if spec.startswith("all-"):
        off = set(spec[4:].split(","))
        return [d for d in DAYS if d not in off]
    if "-" in spec:
        a, b = spec.split("-")
        return DAYS[DAYS.index(a):DAYS.index(b) + 1]
    return [d for d in DAYS if d in spec.split(",")]


def _sk(s):
    return [x.strip() for x in s.split("|")] if isinstance(s, str) else list(s)


def G(k, text, fam, skills, city, loc=None, amt=None, unit=None, per=None, mx=None, neg=False, days=None,
      dates=None, slots=1, req=(), minexp=None, remote=False, scam=False, note=None):
    GIGS.append(dict(key=k, text=text, facts=dict(
        skill_family=fam, skills=_sk(skills), city=city, locality=loc, remote=remote, pay_amount=amt,
        pay_max=mx, pay_unit=unit, pay_per=per, pay_negotiable=neg, days=D(days), dates=dates, slots=slots,
        languages_required=list(req), min_experience_years=minexp, scam=scam, note=note)))


def W(k, text, fam, skills, city, loc=None, travel=(), remote=False, amt=None, unit=None, per=None, days=None,
      exp=None, langs=(), age=None, note=None):
    WORKERS.append(dict(key=k, text=text, facts=dict(
        skill_family=fam, skills=_sk(skills), city=city, locality=loc, willing_to_travel_to=list(travel),
        remote_ok=remote, min_pay_amount=amt, pay_unit=unit, pay_per=per, available_days=D(days),
        experience_years=exp, languages=list(langs), age=age, note=note)))
