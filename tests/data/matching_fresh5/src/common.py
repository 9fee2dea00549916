"""Helpers for the hand-written m5 set. Texts are written by hand in data_*.py."""
MS = ["mon", "tue", "wed", "thu", "fri", "sat"]
WD = ["mon", "tue", "wed", "thu", "fri"]
ALL = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WE = ["sat", "sun"]

WORKERS = []
GIGS = []


def W(key, text, fam, skills, city, loc=None, travel=(), remote=False, pay=None, unit=None, per=None,
      days=None, exp=None, langs=(), age=None, note=""):
    WORKERS.append(dict(key=key, text=text, facts={
        "skill_family": fam, "skills": list(skills), "city": city, "locality": loc,
        "willing_to_travel_to": list(travel), "remote_ok": remote, "min_pay_amount": pay,
        "pay_unit": unit, "pay_per": per, "available_days": days, "experience_years": exp,
        "languages": list(langs), "age": age, "note": note}))


def G(key, text, fam, skills, city, loc=None, remote=False, pay=None, pmax=None, unit=None, per=None,
      neg=False, days=None, dates=None, slots=1, req=(), minexp=None, scam=False, note=""):
    GIGS.append(dict(key=key, text=text, facts={
        "skill_family": fam, "skills": list(skills), "city": city, "locality": loc, "remote": remote,
        "pay_amount": pay, "pay_max": pmax, "pay_unit": unit, "pay_per": per, "pay_negotiable": neg,
        "days": days, "dates": dates, "slots": slots, "languages_required": list(req),
        "min_experience_years": minexp, "scam": scam, "note": note}))
