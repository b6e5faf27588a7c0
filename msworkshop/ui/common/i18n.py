"""The facilitator UI's language: Qt translators for our strings and for Qt's own dialogs.

Our strings come from ``resources/translations/msworkshop_<lang>.qm`` (compiled from the
``.ts`` sources by ``scripts/update_translations.py``); Qt's standard dialogs (file dialogs,
message boxes, the print dialog) from PySide6's own ``qtbase_<lang>.qm``. Installing or
removing a translator makes Qt post ``QEvent.LanguageChange`` to every window, which reaches
every widget (and every direct QObject child of a widget): widgets that set texts register a
``retranslate_ui`` with :func:`on_language_change`, so open windows re-translate without a
restart and without losing their state.

Two audiences, two languages:

* the UI language (the facilitator's choice, remembered in QSettings) drives every ``tr()``
  string and the dates and numbers of the laptop windows;
* the session's language drives everything the room sees (projector, kiosk, phone page,
  PDF): those texts are content strings (``resources/content/<lang>/strings/*.toml``), and
  the projector and kiosk windows carry the session's :class:`QLocale` (:func:`mark_room`).
  Only their window titles (seen by the facilitator in the task bar) follow the UI language.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

from msworkshop.domain.number_format import format_number as domain_format_number
from msworkshop.domain.number_format import format_signed as domain_format_signed
from msworkshop.resource_files import resource_path

log = logging.getLogger(__name__)

UI_LANGUAGES: tuple[str, ...] = ("en", "nl")  # English is the source language
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "nl": "Nederlands"}  # each in itself
ROOM_PROPERTY = "msworkshop_room"  # windows the room sees keep the session's locale
_installed: list[QTranslator] = []
_current = "en"


def current_ui_language() -> str:
    return _current


def system_ui_language() -> str:
    """Dutch on a Dutch system, else English (the first start, before anything is chosen)."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def set_ui_language(language: str) -> bool:
    """Switch every open window to ``language``; False when it is not available."""
    global _current
    app = QCoreApplication.instance()
    if app is None or language not in UI_LANGUAGES:
        return False
    translators: list[QTranslator] = []
    if language != "en":
        ours = QTranslator(app)
        if not ours.load(str(resource_path("translations", f"msworkshop_{language}.qm"))):
            log.warning("no translation file for %s", language)
            return False
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_folder):
            translators.append(qt_own)
        translators.append(ours)
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()  # parented to the app: would pile up with every switch
    _installed[:] = translators
    for translator in translators:
        app.installTranslator(translator)
    locale = locale_for(language)
    QLocale.setDefault(locale)
    _current = language
    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            if not window.property(ROOM_PROPERTY):
                window.setLocale(locale)  # children without a locale of their own follow
    return True


def locale_for(language: str) -> QLocale:
    """Dutch → Dutch (Netherlands) dates and numbers; English → the system's English or UK."""
    if language == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def mark_room(window: QWidget, language: str) -> None:
    """``window`` is seen by the room: dates and numbers in the session's ``language``."""
    window.setProperty(ROOM_PROPERTY, True)
    window.setLocale(locale_for(language))


def uses_letter_paper(language: str) -> bool:
    """Whether Letter (not A4) is the natural paper for ``language`` here (US English)."""
    if language != "en":
        return False
    return locale_for("en").measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem


# -- re-translating open widgets ---------------------------------------------------------------
class _LanguageWatcher(QObject):
    def __init__(self, watched: QObject, callback: Callable[[], object]) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def on_language_change(obj: QObject, callback: Callable[[], object]) -> None:
    """Call ``callback`` whenever the UI language changes while ``obj`` lives.

    ``obj`` must be a widget or a direct QObject child of one (Qt delivers LanguageChange to
    top-level windows, and a widget passes it on to all its children).
    """
    _LanguageWatcher(obj, callback)


# -- numbers and dates in a locale ----------------------------------------------------------
def format_number(value: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """``3,5`` in Dutch, ``3.5`` in English; never ``-0,0``. Rounded exactly as the PDF and
    the domain round (:func:`msworkshop.domain.number_format.format_number`): only the decimal sign
    follows the locale."""
    locale = locale if locale is not None else QLocale()
    return domain_format_number(value, decimals).replace(".", locale.decimalPoint())


def format_signed(value: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    return domain_format_signed(value, decimals).replace(".", (locale or QLocale()).decimalPoint())


def date_format(locale: QLocale | None = None) -> str:
    """A QDate format: 26-11-2026 in Dutch; 26 November 2026 (US: November 26, 2026) in English."""
    locale = locale if locale is not None else QLocale()
    if locale.language() == QLocale.Language.Dutch:
        return "dd-MM-yyyy"
    if locale.territory() == QLocale.Country.UnitedStates:
        return "MMMM d, yyyy"
    return "d MMMM yyyy"


def format_date(date: dt.date | None, locale: QLocale | None = None) -> str:
    if date is None:
        return ""
    locale = locale if locale is not None else QLocale()
    return locale.toString(QDate(date.year, date.month, date.day), date_format(locale))
