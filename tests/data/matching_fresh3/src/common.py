"""Helpers for the hand-written match3 source."""
MS = ["mon", "tue", "wed", "thu", "fri", "sat"]
WD = ["mon", "tue", "wed", "thu", "fri"]
ALL = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

WORKERS = []
GIGS = []


def W(key, lang, text, fam, skills, city, loc=None, travel=(), remote=False, minpay=None,
      unit=None, per=None, days=None, exp=None, langs=(), age=None, new=False, note=""):
    WORKERS.append(dict(key=key, lang=lang, text=text, new_trade=new, facts=dict(
        skill_family=fam, skills=list(skills), city=city, locality=loc,
        willing_to_travel_to=list(travel), remote_ok=remote, min_pay_amount=minpay,
        pay_unit=unit, pay_per=per, available_days=days, experience_years=exp,
        languages=list(langs), age=age, note=note)))


def G(key, lang, text, fam, skills, city, loc=None, remote=False, pay=None, pmax=None, unit=None,
      per=None, neg=False, days=None, dates=None, slots=1, lreq=(), exp=None, scam=False,
      note="", want=None):
    GIGS.append(dict(key=key, lang=lang, text=text, want=dict(want or {}), facts=dict(
        skill_family=fam, skills=list(skills), city=city, locality=loc, remote=remote,
        pay_amount=pay, pay_max=pmax, pay_unit=unit, pay_per=per, pay_negotiable=neg,
        days=days, dates=dates, slots=slots, languages_required=list(lreq),
        min_experience_years=exp, scam=scam, note=note)))
