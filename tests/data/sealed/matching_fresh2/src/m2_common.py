"""Helpers shared by the hand-written source files."""
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
MS = DAYS[:6]
MF = DAYS[:5]
ALL = list(DAYS)
WKND = ["sat", "sun"]


def EX(*off):
    return [d for d in DAYS if d not in off]


WORKERS = []
GIGS = []


def W(key, turns, fam, skills, city, loc, pay, unit, per=None, travel=(), remote=False, days=None,
      exp=None, langs=(), age=None, note=""):
    WORKERS.append(dict(
        key=key, text="\n".join(turns),
        facts=dict(skill_family=fam, skills=list(skills), city=city, locality=loc,
                   willing_to_travel_to=list(travel), remote_ok=remote, min_pay_amount=pay,
                   pay_unit=unit if pay is not None else None, pay_per=per, available_days=days,
                   experience_years=exp, languages=list(langs), age=age, note=note)))


def G(key, text, fam, skills, city, loc, pay, unit, per=None, pmax=None, remote=False, days=None,
      dates=None, slots=1, req=(), minexp=None, scam=False, neg=False, note="", want=""):
    if remote:
        assert city is None, key
    GIGS.append(dict(
        key=key, text=text,
        want={k: int(v) for k, v in (p.split(":") for p in want.split())},
        facts=dict(skill_family=fam, skills=list(skills), city=city, locality=loc, remote=remote,
                   pay_amount=pay, pay_max=pmax, pay_unit=unit if pay is not None else None,
                   pay_per=per, pay_negotiable=neg, days=days, dates=dates, slots=slots,
                   languages_required=list(req), min_experience_years=minexp, scam=scam, note=note)))
