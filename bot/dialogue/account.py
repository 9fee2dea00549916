"""What a user controls about themselves: language, alerts, and deleting everything."""

from __future__ import annotations

from bot.dialogue.turn import Turn
from bot.i18n import LANGUAGES, translate
from jobs.preferences import ALERT_MODES

CONFIRM_DELETE = "confirm_delete"
ALERT_TIMES = ("08:00", "13:00", "19:00", "21:00")


async def choose_language(turn: Turn) -> None:
    """Offer the languages the bot speaks."""
    turn.say(
        turn.t("language.choose"),
        [[turn.button("language.name", f"lang:{code}", name=name) for code, name in LANGUAGES.items()]],
    )


async def set_language(turn: Turn, code: str) -> None:
    """Switch every text the user sees to the chosen language."""
    if code not in LANGUAGES:
        turn.expired()
        await choose_language(turn)
        return
    await turn.services.store.set_language(turn.user.id, code, locked=True)
    turn.say(translate(code, "language.set"))


async def ask_delete(turn: Turn) -> None:
    """Ask before erasing anything."""
    await turn.save_state(CONFIRM_DELETE)
    turn.say(
        turn.t("delete.confirm"),
        [[turn.button("button.delete_yes", "delete:yes"), turn.button("button.delete_no", "delete:no")]],
    )


async def delete_everything(turn: Turn) -> None:
    """Erase the user from SQLite, then from the index and its queue, then from others' recorded alerts."""
    await turn.services.profiles.delete(turn.user.id)
    turn.say(turn.t("delete.done"))


async def keep(turn: Turn) -> None:
    """Cancel a deletion."""
    await turn.clear_state()
    turn.say(turn.t("delete.kept"))


async def alerts_menu(turn: Turn) -> None:
    """Show the worker's alert settings with buttons to change them."""
    preference = await turn.services.alert_preferences.get(turn.user.id)
    turn.say(
        turn.t("alerts.current", mode=turn.t(f"alerts.mode.{preference.mode}"), time=preference.time),
        [
            [turn.button(f"alerts.mode.{mode}", f"alerts:mode:{mode}") for mode in ALERT_MODES],
            [turn.button("alerts.at_time", f"alerts:time:{time}", time=time) for time in ALERT_TIMES],
        ],
    )


async def set_alert_mode(turn: Turn, mode: str) -> None:
    """Change how often the worker hears about new gigs."""
    if mode not in ALERT_MODES:
        turn.expired()
        await alerts_menu(turn)
        return
    preference = await turn.services.alert_preferences.set_mode(turn.user.id, mode)
    turn.say(turn.t("alerts.saved", mode=turn.t(f"alerts.mode.{preference.mode}"), time=preference.time))


async def set_alert_time(turn: Turn, time: str) -> None:
    """Change the evening digest's time."""
    if time not in ALERT_TIMES:
        turn.expired()
        await alerts_menu(turn)
        return
    preference = await turn.services.alert_preferences.set_time(turn.user.id, time)
    turn.say(turn.t("alerts.saved", mode=turn.t(f"alerts.mode.{preference.mode}"), time=preference.time))


async def stop(turn: Turn) -> None:
    """Turn every alert off."""
    await turn.services.alert_preferences.set_mode(turn.user.id, "off")
    turn.say(turn.t("alerts.stopped"))
