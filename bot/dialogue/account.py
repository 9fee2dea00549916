"""What a user controls about themselves: language, alerts, and deleting everything."""

from __future__ import annotations

from dataclasses import replace

from bot.dialogue.callbacks import (
    AlertMode,
    AlertsDone,
    AlertsMenu,
    AlertTime,
    AskDelete,
    ConfirmDelete,
    KeepAccount,
    SetLanguage,
)
from bot.dialogue.messages import Button, Reply
from bot.dialogue.render import alerts_text
from bot.dialogue.routes import Router
from bot.dialogue.state import ConfirmingDelete, State
from bot.dialogue.turn import Turn
from bot.i18n import LANGUAGES, translate
from jobs.alerts import DIGEST_MODES
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
    """Ask before erasing anything, saying what an employer's record keeps."""
    await turn.save_state(ConfirmingDelete())
    text = turn.t("delete.confirm")
    if await turn.services.store.gigs_of(turn.user.id):
        text += "\n\n" + turn.t("delete.employer_record")
    turn.say(
        text,
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
async def alerts_menu(turn: Turn, _button: AlertsMenu | None = None, *, in_place: bool = False) -> None:
    """Show the alert settings as a sentence with buttons to change them; one message until Done."""
    preference = await turn.services.alert_preferences.get(turn.user.id)

    rows = [
        [
            _marked(turn, turn.button(f"alerts.mode.{mode}", AlertMode(mode=mode)), mode == preference.mode)
            for mode in ALERT_MODES
        ]
    ]
    if preference.mode in DIGEST_MODES:
        rows.append(
            [
                _marked(
                    turn,
                    turn.button("alerts.at_time", AlertTime(time=time), time=time),
                    time == preference.time,
                )
                for time in ALERT_TIMES
            ]
        )
    rows.append([turn.button("button.done", AlertsDone())])
    text = turn.t("alerts.panel", said=alerts_text(turn.lang, preference.mode, preference.time))
    turn.replies.append(Reply(text=text, buttons=rows, replaces_pressed=in_place))


def _marked(turn: Turn, button: Button, chosen: bool) -> Button:
    """Tick the button of the setting in force."""
    return replace(button, label=turn.t("alerts.chosen", label=button.label)) if chosen else button


@router.button(AlertMode)
async def set_alert_mode(turn: Turn, button: AlertMode) -> None:
    """Change how often the worker hears about new work, in the same message."""
    known = button.mode in ALERT_MODES
    if known:
        await turn.services.alert_preferences.set_mode(turn.user.id, button.mode)
    else:
        turn.expired()
    await alerts_menu(turn, in_place=known)


@router.button(AlertTime)
async def set_alert_time(turn: Turn, button: AlertTime) -> None:
    """Change when the digest comes, in the same message."""
    known = button.time in ALERT_TIMES
    if known:
        await turn.services.alert_preferences.set_time(turn.user.id, button.time)
    else:
        turn.expired()
    await alerts_menu(turn, in_place=known)


@router.button(AlertsDone)
async def alerts_done(turn: Turn, _button: AlertsDone) -> None:
    """Close the settings: the message now says, as a sentence, what the worker will get."""
    preference = await turn.services.alert_preferences.get(turn.user.id)
    said = alerts_text(turn.lang, preference.mode, preference.time)
    turn.replies.append(Reply(text=turn.t("alerts.done", said=said), replaces_pressed=True))


@router.command("stop")
async def stop(turn: Turn) -> None:
    """Turn every alert off."""
    await turn.services.alert_preferences.set_mode(turn.user.id, "off")
    turn.say(turn.t("alerts.stopped"))
