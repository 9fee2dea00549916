"""What a user controls about themselves: language, alerts, and deleting everything."""

from __future__ import annotations

from bot.dialogue.callbacks import (
    AlertMode,
    AlertsMenu,
    AlertTime,
    AskDelete,
    ConfirmDelete,
    KeepAccount,
    SetLanguage,
)
from bot.dialogue.routes import Router
from bot.dialogue.state import ConfirmingDelete, State
from bot.dialogue.turn import Turn
from bot.i18n import LANGUAGES, translate
from jobs.preferences import ALERT_MODES

router = Router()
ALERT_TIMES = ("08:00", "13:00", "19:00", "21:00")


@router.command("language")
async def choose_language(turn: Turn) -> None:
    """Offer the languages the bot speaks."""
    turn.say(
        turn.t("language.choose"),
        [
            [
                turn.button("language.name", SetLanguage(code=code), name=name)
                for code, name in LANGUAGES.items()
            ]
        ],
    )


@router.button(SetLanguage)
async def set_language(turn: Turn, button: SetLanguage) -> None:
    """Switch every text the user sees to the chosen language."""
    code = button.code
    if code not in LANGUAGES:
        turn.expired()
        await choose_language(turn)
        return
    await turn.services.store.set_language(turn.user.id, code, locked=True)
    turn.say(translate(code, "language.set"))


@router.command("delete")
@router.button(AskDelete)
async def ask_delete(turn: Turn, _button: AskDelete | None = None) -> None:
    """Ask before erasing anything."""
    await turn.save_state(ConfirmingDelete())
    turn.say(
        turn.t("delete.confirm"),
        [[turn.button("button.delete_yes", ConfirmDelete()), turn.button("button.delete_no", KeepAccount())]],
    )


@router.button(ConfirmDelete, when=State.CONFIRM_DELETE)
async def delete_everything(turn: Turn, _button: ConfirmDelete) -> None:
    """Erase the user from SQLite, then from the index and its queue, then from others' recorded alerts."""
    await turn.services.profiles.delete(turn.user.id)
    turn.say(turn.t("delete.done"))


@router.button(KeepAccount)
async def keep(turn: Turn, _button: KeepAccount) -> None:
    """Cancel a deletion."""
    await turn.clear_state()
    turn.say(turn.t("delete.kept"))


@router.command("alerts")
@router.button(AlertsMenu)
async def alerts_menu(turn: Turn, _button: AlertsMenu | None = None) -> None:
    """Show the worker's alert settings with buttons to change them."""
    preference = await turn.services.alert_preferences.get(turn.user.id)
    turn.say(
        turn.t("alerts.current", mode=turn.t(f"alerts.mode.{preference.mode}"), time=preference.time),
        [
            [turn.button(f"alerts.mode.{mode}", AlertMode(mode=mode)) for mode in ALERT_MODES],
            [turn.button("alerts.at_time", AlertTime(time=time), time=time) for time in ALERT_TIMES],
        ],
    )


@router.button(AlertMode)
async def set_alert_mode(turn: Turn, button: AlertMode) -> None:
    """Change how often the worker hears about new gigs."""
    mode = button.mode
    if mode not in ALERT_MODES:
        turn.expired()
        await alerts_menu(turn)
        return
    preference = await turn.services.alert_preferences.set_mode(turn.user.id, mode)
    turn.say(turn.t("alerts.saved", mode=turn.t(f"alerts.mode.{preference.mode}"), time=preference.time))


@router.button(AlertTime)
async def set_alert_time(turn: Turn, button: AlertTime) -> None:
    """Change the evening digest's time."""
    time = button.time
    if time not in ALERT_TIMES:
        turn.expired()
        await alerts_menu(turn)
        return
    preference = await turn.services.alert_preferences.set_time(turn.user.id, time)
    turn.say(turn.t("alerts.saved", mode=turn.t(f"alerts.mode.{preference.mode}"), time=preference.time))


@router.command("stop")
async def stop(turn: Turn) -> None:
    """Turn every alert off."""
    await turn.services.alert_preferences.set_mode(turn.user.id, "off")
    turn.say(turn.t("alerts.stopped"))
