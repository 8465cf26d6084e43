"""Languages: Dutch and English, for the window and the command line alike.

The language follows the system unless chosen in settings. Qt's own `qtbase` translations are loaded too, so
standard buttons (OK, Cancel, Yes) speak the same language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.money import Money, format_money
from desktop.models.repeat import MonthName

if TYPE_CHECKING:
    from desktop.models.celebration import Status

LANGUAGES = ("nl", "en")
# Inside the package, so a wheel or a frozen bundle carries them (compiled from resources/translations/*.ts).
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "resources" / "translations"

_installed: list[QTranslator] = []

# Qt's own texts that its Dutch catalogue (qtbase_nl.qm) leaves in English: the file dialog's labels with their
# accelerators. They live in our catalogue under Qt's context, which Qt asks when its own has no answer.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load our and Qt's translations for `language` (None: the system's); returns the language used."""
    language = language if language in LANGUAGES else system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"social_calendar_{language}", str(TRANSLATIONS_DIR)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom))
    return language


def current_language() -> str:
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def text(message: Message) -> str:
    """`message` translated into the current language, with its parameters filled in (nested ones too)."""
    params = {key: _param(value) for key, value in message.params.items()}
    if message.count is not None:  # a plural text: Qt chooses the form and fills in %n
        return QCoreApplication.translate(message.context, message.source, "", message.count).format(**params)
    return QCoreApplication.translate(message.context, message.source).format(**params)


def money_text(cents: int | None) -> str:
    """ "€ 35,00" in Dutch, "€35.00" in English; empty for an unknown amount."""
    return "" if cents is None else format_money(cents, current_language())


def status_name(status: Status) -> str:
    from desktop.models.celebration import STATUS_NAMES

    return QCoreApplication.translate("Celebration", STATUS_NAMES[status])


def _param(value: object) -> object:
    if isinstance(value, Message):
        return text(value)
    if isinstance(value, Money):
        return format_money(value.cents, current_language())
    if isinstance(value, MonthName):  # "december" in a Dutch sentence, "December" in an English one
        return QLocale().monthName(value.month)
    if getattr(value, "denominator", 1) != 1:  # a Fraction such as 12.5 years: "12,5 jaar" in Dutch
        return QLocale().toString(float(value), "f", 1)  # type: ignore[arg-type]
    if type(value).__name__ == "Fraction":  # whole years stay whole; the fractions module loads slowly
        return str(value.numerator)  # type: ignore[attr-defined]
    return value
