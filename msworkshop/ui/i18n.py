"""The facilitator UI's language: Qt translators for our strings and for Qt's own dialogs.

Our strings come from ``resources/translations/msworkshop_<lang>.qm`` (compiled from the
``.ts`` sources by ``scripts/update_translations.py``); Qt's standard dialogs (file dialogs,
message boxes, the print dialog) from PySide6's own ``qtbase_<lang>.qm``. Installing or
removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget, which is how
open windows re-translate without a restart.

The UI language is the facilitator's choice (remembered in QSettings); the session's language
decides what participants see (phone page, kiosk, projector content, PDF).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from msworkshop.resource_files import resource_path

log = logging.getLogger(__name__)

UI_LANGUAGES: tuple[str, ...] = ("en", "nl")  # English is the source language
_installed: list[QTranslator] = []
_current = "en"


def current_ui_language() -> str:
    return _current


def set_ui_language(language: str) -> bool:
    """Switch every open window to ``language``; False when it is not available."""
    global _current
    app = QCoreApplication.instance()
    if app is None or language not in UI_LANGUAGES:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        ours = QTranslator(app)
        if not ours.load(str(resource_path("translations", f"msworkshop_{language}.qm"))):
            log.warning("no translation file for %s", language)
            return False
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_folder):
            _installed.append(qt_own)
        _installed.append(ours)
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    _current = language
    return True


def locale_for(language: str) -> QLocale:
    """Dutch → Dutch (Netherlands) dates and numbers; English → the system's English or UK."""
    if language == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
