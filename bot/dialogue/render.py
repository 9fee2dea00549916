"""Turn profiles, gigs and matches into the texts users read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.i18n import data_name, translate
from core.models import WEEKDAYS, Gig, Match, Pay, Profile, ScorePart
from core.store import EmployerRecord
from jobs.timing import QUIET_END, QUIET_START
from understanding.gazetteer import get_gazetteer
from understanding.names import NameKind


def money(amount: float) -> str:
    """Format rupees the Indian way: 1,50,000 and 2.5."""
    if amount != int(amount):
        return f"{amount:g}"
    digits = str(int(amount))
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail])


def pay_text(lang: str, pay: Pay | None) -> str:
    """Render a rate: ₹800/day, ₹600–800/day, ₹2.5/image, negotiable."""
    if pay is None or pay.amount is None:
        return translate(lang, "value.not_stated")
    amount = money(pay.amount)
    if pay.max_amount and pay.max_amount != pay.amount:
        amount = f"{amount}–{money(pay.max_amount)}"
    if pay.unit == "task":
        unit = data_name(lang, "unit", pay.per) if pay.per else translate(lang, "unit.task")
    elif pay.unit:
        unit = translate(lang, f"unit.{pay.unit}")
    else:
        unit = ""
    text = f"₹{amount}/{unit}" if unit else f"₹{amount}"
    if pay.negotiable:
        text += " " + translate(lang, "value.negotiable")
    return text


def days_text(lang: str, days: Sequence[str] | None) -> str:
    """Render working days compactly: Mon–Sat, Sat, Sun, every day."""
    if not days:
        return translate(lang, "value.not_stated")
    ordered = [day for day in WEEKDAYS if day in days]
    if len(ordered) == 7:
        return translate(lang, "value.every_day")
    indices = [WEEKDAYS.index(day) for day in ordered]
    if len(indices) > 2 and indices == list(range(indices[0], indices[-1] + 1)):
        return f"{translate(lang, f'day.{ordered[0]}')}–{translate(lang, f'day.{ordered[-1]}')}"
    return ", ".join(translate(lang, f"day.{day}") for day in ordered)


def _or_not_stated(lang: str, value: str | None) -> str:
    return value if value else translate(lang, "value.not_stated")


def name_list(lang: str, kind: NameKind, values: Sequence[str]) -> str:
    """Render a list of trades, places or languages in the reader's script: 'पटना, आरा'."""
    return ", ".join(data_name(lang, kind, value) for value in values)


def place_text(lang: str, city: str | None, locality: str | None, remote: bool) -> str:
    """Render where: 'Andheri, Mumbai', 'Remote' or both."""
    where = name_list(lang, "place", [part for part in (locality, city) if part])
    if remote:
        return f"{where} · {translate(lang, 'value.remote')}" if where else translate(lang, "value.remote")
    return _or_not_stated(lang, where)


def experience_text(lang: str, years: float | None) -> str:
    """Render years of experience."""
    if years is None:
        return translate(lang, "value.not_stated")
    return translate(lang, "value.years", years=f"{years:g}")


def profile_card(lang: str, profile: Profile, *, shared: bool = False) -> str:
    """Render everything the bot keeps about a worker, for the worker or (``shared``) for an employer."""
    return translate(
        lang,
        "profile.card",
        heading=translate(lang, "profile.heading_shared" if shared else "profile.heading_own"),
        skills=_or_not_stated(lang, name_list(lang, "trade", profile.skills)),
        place=place_text(lang, profile.city, profile.locality, profile.remote_ok),
        travel=_or_not_stated(lang, name_list(lang, "place", profile.travel_cities)),
        days=days_text(lang, profile.days),
        hours=_or_not_stated(lang, profile.hours),
        pay=pay_text(lang, profile.min_pay),
        experience=experience_text(lang, profile.experience_years),
        languages=_or_not_stated(lang, name_list(lang, "language", profile.languages)),
    )


def shared_card(lang: str, profile: Profile, record: int | None) -> str:
    """Render the card an employer receives: the profile and, if the worker chose it, their record."""
    card = profile_card(lang, profile, shared=True)
    return card + "\n" + translate(lang, "record.worker", gigs=record) if record else card


def anonymous_worker_card(lang: str, profile: Profile) -> str:
    """Render a worker for an employer before the worker shares anything: no name, no contact."""
    return translate(
        lang,
        "worker.anonymous_card",
        skills=_or_not_stated(lang, name_list(lang, "trade", profile.skills)),
        experience=experience_text(lang, profile.experience_years),
        area=place_text(lang, profile.city, profile.locality, profile.remote_ok),
    )


def gig_card(lang: str, gig: Gig, record: EmployerRecord | None = None) -> str:
    """Render a gig as understood from the employer's message; for workers, with the employer's record."""
    card = translate(
        lang,
        "gig.card",
        title=gig_title(lang, gig),
        skills=_or_not_stated(lang, name_list(lang, "trade", gig.skills)),
        place=place_text(lang, gig.city, gig.locality, gig.remote),
        when=_or_not_stated(lang, gig.dates or (days_text(lang, gig.days) if gig.days else None)),
        pay=pay_text(lang, gig.pay),
        slots=gig.slots,
    )
    if gig.underpaid:
        card += "\n" + translate(lang, "gig.underpaid_mark")
    if record is not None:
        card += "\n" + employer_record_line(lang, record)
    return card


def gig_title(lang: str, gig: Gig) -> str:
    """Name a gig by its main trade and place, in the reader's script: "house wiring · Andheri"."""
    parts = [data_name(lang, "trade", trade) for trade in (gig.skills or gig.skill_families)[:1]]
    where = gig.locality or gig.city
    if gig.remote:
        parts.append(translate(lang, "value.remote"))
    elif where:
        parts.append(data_name(lang, "place", where))
    return " · ".join(parts) or translate(lang, "value.not_stated")


# Bands of distance on anonymous worker cards: several gigs' exact distances would locate the worker.
DISTANCE_BANDS_KM = (2, 5, 10, 20)


def coarse_distances(match: Match, profile: Profile, gig: Gig) -> Match:
    """Measure the distance from the worker's locality centre, never their shared point, in rounded bands."""
    gazetteer = get_gazetteer()
    centre = (
        gazetteer.coordinates(profile.city, profile.locality) if profile.city and profile.locality else None
    )
    gig_point = (gig.lat, gig.lon) if gig.lat is not None and gig.lon is not None else None
    km = gazetteer.distance_km(centre, gig_point) if centre and gig_point else None
    parts = [
        part.model_copy(update={"params": {**part.params, "km": None, "band": _band(km)}})
        if part.kind == "location" and part.params.get("km") is not None
        else part
        for part in match.parts
    ]
    return match.model_copy(update={"parts": parts})


def _band(km: float | None) -> int | None:
    """Return the upper bound of the distance band (0 above the last one), or None when unknown."""
    if km is None:
        return None
    return next((upper for upper in DISTANCE_BANDS_KM if km < upper), 0)


def employer_record_line(lang: str, record: EmployerRecord) -> str:
    """Render what workers' answers say about an employer: '12 gigs · 9 workers confirmed paid'."""
    if record.gigs <= 1 and not record.paid and not record.unpaid:
        return translate(lang, "record.new_employer")
    line = translate(lang, "record.line", gigs=record.gigs, paid=record.paid)
    if record.unpaid:
        line += " · " + translate(lang, "record.unpaid", unpaid=record.unpaid)
    return line


# The part of the day a digest time falls in (by hour), with the catalog key that says it.
_PARTS_OF_DAY = (
    (4, "alerts.when.small_hours"),
    (12, "alerts.when.morning"),
    (17, "alerts.when.afternoon"),
    (21, "alerts.when.evening"),
    (24, "alerts.when.night"),
)
_ALERTS_SAID = {
    "daily": "alerts.said.daily",
    "weekly": "alerts.said.weekly",
    "instant": "alerts.said.instant",
    "off": "alerts.said.off",
}


def alerts_text(lang: str, mode: str, at: str) -> str:
    """Say the alert settings as a sentence: 'You'll get one message each evening at 7 pm with ...'."""
    hours, _, minutes = at.partition(":")
    hour = int(hours) % 24
    clock = str(hour % 12 or 12) + (f":{minutes}" if minutes.strip("0") else "")
    when = next(key for upper, key in _PARTS_OF_DAY if hour < upper)
    quiet = {"start": QUIET_START.hour % 12 or 12, "end": QUIET_END.hour % 12 or 12}
    return translate(lang, _ALERTS_SAID[mode], when=translate(lang, when, time=clock), **quiet)


def reason_line(lang: str, match: Match, *, about_worker: bool = False) -> str:
    """Render the parts of a match score: '✓ house wiring · ✓ 4 km from Andheri · ✗ needs Sunday'.

    A worker reads about a gig in the second person ("your ₹700/day"); ``about_worker`` renders the same
    parts for the employer, about the worker ("asks ₹700/day", "free on Mon–Fri").
    """
    keys = _ABOUT_WORKER if about_worker else _ABOUT_GIG
    shown = [part for part in match.parts if part.ok is not None and part.kind in _REASON_KINDS]
    return " · ".join(_reason(lang, part, keys) for part in shown)


_REASON_KINDS = {"skill", "location", "pay", "days", "experience", "language"}
# The catalog keys of the reason phrases that differ between a worker's and an employer's view.
_ABOUT_GIG = {
    "pay_ok": "reason.pay_ok",
    "pay_low": "reason.pay_low",
    "days_ok": "reason.days_ok",
    "days_missing": "reason.needs_days",
    "language_missing": "reason.needs_language",
}
_ABOUT_WORKER = {
    "pay_ok": "reason.worker.pay_ok",
    "pay_low": "reason.worker.pay_low",
    "days_ok": "reason.worker.days_ok",
    "days_missing": "reason.worker.days_missing",
    "language_missing": "reason.worker.language_missing",
}


def _reason(lang: str, part: ScorePart, keys: Mapping[str, str]) -> str:
    mark = "✓" if part.ok else "✗"
    params = part.params
    if part.kind == "skill":
        skill = params.get("skill")
        return f"{mark} " + (
            data_name(lang, "trade", str(skill)) if skill else translate(lang, "reason.skill_family")
        )
    if part.kind == "location":
        return f"{mark} {_where(lang, params)}"
    if part.kind == "pay":
        gig, worker = _compared_pay(lang, params, bool(part.ok), about_worker=keys is _ABOUT_WORKER)
        return f"{mark} " + translate(lang, keys["pay_ok" if part.ok else "pay_low"], gig=gig, worker=worker)
    if part.kind == "days":
        missing = params.get("missing")
        if isinstance(missing, list) and missing:
            return f"{mark} " + translate(lang, keys["days_missing"], days=_day_names(lang, missing))
        needed = params.get("days")
        return f"{mark} " + translate(
            lang, keys["days_ok"], days=days_text(lang, needed) if isinstance(needed, list) else ""
        )
    if part.kind == "experience":
        return f"{mark} " + translate(lang, "reason.experience", years=f"{params.get('required') or 0:g}")
    missing_languages = params.get("missing")
    named = name_list(lang, "language", missing_languages) if isinstance(missing_languages, list) else ""
    return f"{mark} " + translate(
        lang, "reason.language" if part.ok else keys["language_missing"], languages=named
    )


def _day_names(lang: str, days: Sequence[str]) -> str:
    return ", ".join(translate(lang, f"day.{day}") for day in days)


def _compared_pay(
    lang: str, params: Mapping[str, object], ok: bool, *, about_worker: bool
) -> tuple[str, str]:
    """Render the gig's pay and the worker's minimum as compared, a converted figure beside a rate.

    A worker sees a monthly wage as so much a day beside their daily minimum, an employer that minimum as so
    much a month; a part-time gig's pay is compared per hour on both sides.
    """
    gig = pay_text(lang, _pay_param(params, "amount", "unit", "per"))
    worker = pay_text(lang, _pay_param(params, "min_amount", "min_unit", "min_per"))
    hours = params.get("hours")
    if isinstance(hours, int | float):
        gig = translate(lang, "reason.pay_for_hours", pay=gig, hours=f"{hours:g}")
    gig_value, worker_value = params.get("amount"), params.get("min_amount")
    if not isinstance(gig_value, int | float) or not isinstance(worker_value, int | float):
        return gig, worker
    unit: object = None
    gig_as: object = None
    worker_as: object = None
    if isinstance(params.get("hourly"), float):
        unit, gig_as = "hour", params["hourly"]
        worker_as = params.get("min_hourly") if params.get("min_unit") != "hour" else None
    elif about_worker:
        unit, worker_as = params.get("unit"), params.get("min_in_unit")
    else:
        unit, gig_as = params.get("min_unit"), params.get("in_min_unit")
    gig_figure = gig_as if isinstance(gig_as, float) else None
    worker_figure = worker_as if isinstance(worker_as, float) else None
    if not isinstance(unit, str) or (gig_figure is None and worker_figure is None):
        return gig, worker
    shown_gig, shown_worker = _rounded_keeping_order(gig_figure, gig_value, worker_figure, worker_value, ok)
    if gig_figure is not None:
        gig += " ≈ " + pay_text(lang, Pay.model_validate({"amount": shown_gig, "unit": unit}))
    if worker_figure is not None:
        worker += " ≈ " + pay_text(lang, Pay.model_validate({"amount": shown_worker, "unit": unit}))
    return gig, worker


def _rounded_keeping_order(
    gig_figure: float | None, gig_value: float, worker_figure: float | None, worker_value: float, ok: bool
) -> tuple[float, float]:
    """Round converted figures to whole rupees, or to as few decimals as keep '≥' (ok) or '<' true."""
    shown_gig, shown_worker = gig_value, worker_value
    for digits in range(3):
        shown_gig = round(gig_figure, digits) if gig_figure is not None else gig_value
        shown_worker = round(worker_figure, digits) if worker_figure is not None else worker_value
        if (shown_gig >= shown_worker) == ok:
            break
    return shown_gig, shown_worker


def _where(lang: str, params: Mapping[str, object]) -> str:
    if params.get("place") == "remote":
        return translate(lang, "value.remote")
    place = _place_param(lang, params, "place")
    worker_place = _place_param(lang, params, "worker_place")
    km = params.get("km")
    if isinstance(km, int | float) and km < 1:
        return translate(lang, "reason.same_area", place=place)
    if isinstance(km, int | float):
        return translate(lang, "reason.km_from", km=f"{km:.0f}", place=worker_place)
    band = params.get("band")
    if isinstance(band, int):
        if band == 0:
            return translate(lang, "reason.km_over", km=DISTANCE_BANDS_KM[-1], place=worker_place)
        lower = ([0, *DISTANCE_BANDS_KM])[DISTANCE_BANDS_KM.index(band)]
        key = "reason.km_band" if lower else "reason.km_under"
        return translate(lang, key, low=lower, km=band, place=worker_place)
    return place


def _place_param(lang: str, params: Mapping[str, object], name: str) -> str:
    value = params.get(name)
    return data_name(lang, "place", str(value)) if value else ""


def _pay_param(params: Mapping[str, object], amount: str, unit: str, per: str) -> Pay | None:
    value = params.get(amount)
    if not isinstance(value, int | float):
        return None
    return Pay.model_validate({"amount": value, "unit": params.get(unit), "per": params.get(per)})
