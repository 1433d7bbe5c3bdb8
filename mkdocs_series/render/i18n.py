"""Translations of the plugin's visible strings, text direction and localised dates.

The plugin prints a handful of words (``strings:`` in ``mkdocs.yml``, one table in ``strings.py``).
A site whose theme language is German should not have to translate them all by hand, so this
module ships translations for a few languages and picks one from the theme's ``language``
setting. Dates are formatted with Babel (CLDR data) so that month and day names follow the
site's language instead of the build machine's process locale, which is usually ``C`` on CI.
"""

# The translations use the typography of their language on purpose: full-width colons and
# brackets in Japanese and Chinese, typographic apostrophes in French, the Hebrew geresh.
# Ruff's RUF001/RUF003 would flag those as look-alikes of ASCII characters.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates

from .strings import ENGLISH

__all__ = [
    "RTL_LANGUAGES",
    "TRANSLATIONS",
    "format_date",
    "strings_for",
    "text_direction",
]

NBSP = "\u00a0"
"""French typography puts a no-break space before ":" so the colon never starts a line."""

TRANSLATIONS: dict[str, dict[str, str]] = {
    # The English defaults are the table of visible strings (``strings.py``).
    "en": ENGLISH,
    "de": {
        "posted_on": "Veröffentlicht am {date}",
        "series_part": "Teil {part} der Serie {series}",
        "reading_time": "{minutes} Min. Lesezeit",
        "continue_reading": "Weiterlesen",
        "featured_image_alt": "Beitragsbild zu {title}",
        "series_position": "Teil {part} von {total} der Serie {series}",
        "series_heading": "Serie: {series}",
        "previous_part": "Vorheriger Teil: {title}",
        "next_part": "Nächster Teil: {title}",
        "draft": "Entwurf",
        "series_stats": "{parts} Teile · {minutes} Min. insgesamt · {first} \u2013 {last}",
        "series_index_title": "Alle Serien",
        "series_index_entry": "{parts} Teile · zuletzt am {date}",
        "coming_soon": "Demnächst",
        "newer_posts": "Neuere Beiträge",
        "older_posts": "Ältere Beiträge",
        "page_position": "Seite {page} von {pages}",
        "pagination_label": "Seiten",
    },
    "fr": {
        "posted_on": "Publié le {date}",
        "series_part": "Partie {part} de la série {series}",
        "reading_time": "{minutes} min de lecture",
        "continue_reading": "Lire la suite",
        "featured_image_alt": "Image d’illustration de {title}",
        "series_position": "Partie {part} sur {total} de la série {series}",
        "series_heading": f"Série{NBSP}: {{series}}",
        "previous_part": f"Précédent{NBSP}: {{title}}",
        "next_part": f"Suivant{NBSP}: {{title}}",
        "draft": "Brouillon",
        "series_stats": "{parts} parties · {minutes} min au total · {first} \u2013 {last}",
        "series_index_title": "Toutes les séries",
        "series_index_entry": "{parts} parties · dernière partie le {date}",
        "coming_soon": "À venir",
        "newer_posts": "Articles plus récents",
        "older_posts": "Articles plus anciens",
        "page_position": "Page {page} sur {pages}",
        "pagination_label": "Pages",
    },
    "es": {
        "posted_on": "Publicado el {date}",
        "series_part": "Parte {part} de la serie {series}",
        "reading_time": "{minutes} min de lectura",
        "continue_reading": "Seguir leyendo",
        "featured_image_alt": "Imagen destacada de {title}",
        "series_position": "Parte {part} de {total} de la serie {series}",
        "series_heading": "Serie: {series}",
        "previous_part": "Anterior: {title}",
        "next_part": "Siguiente: {title}",
        "draft": "Borrador",
        "series_stats": "{parts} partes · {minutes} min en total · {first} \u2013 {last}",
        "series_index_title": "Todas las series",
        "series_index_entry": "{parts} partes · última parte el {date}",
        "coming_soon": "Próximamente",
        "newer_posts": "Entradas más recientes",
        "older_posts": "Entradas anteriores",
        "page_position": "Página {page} de {pages}",
        "pagination_label": "Páginas",
    },
    # Neutral between Brazilian and European Portuguese where the two differ
    # ("Ler mais" rather than "Continuar lendo" / "Continuar a ler").
    "pt": {
        "posted_on": "Publicado em {date}",
        "series_part": "Parte {part} da série {series}",
        "reading_time": "{minutes} min de leitura",
        "continue_reading": "Ler mais",
        "featured_image_alt": "Imagem de destaque de {title}",
        "series_position": "Parte {part} de {total} da série {series}",
        "series_heading": "Série: {series}",
        "previous_part": "Parte anterior: {title}",
        "next_part": "Próxima parte: {title}",
        "draft": "Rascunho",
        "series_stats": "{parts} partes · {minutes} min no total · {first} \u2013 {last}",
        "series_index_title": "Todas as séries",
        "series_index_entry": "{parts} partes · última parte em {date}",
        "coming_soon": "Em breve",
        "newer_posts": "Publicações mais recentes",
        "older_posts": "Publicações mais antigas",
        "page_position": "Página {page} de {pages}",
        "pagination_label": "Páginas",
    },
    "ja": {
        "posted_on": "投稿日：{date}",
        "series_part": "「{series}」第{part}回",
        "reading_time": "{minutes} 分で読めます",
        "continue_reading": "続きを読む",
        "featured_image_alt": "「{title}」のアイキャッチ画像",
        "series_position": "「{series}」第{part}回（全{total}回）",
        "series_heading": "シリーズ：{series}",
        "previous_part": "前回：{title}",
        "next_part": "次回：{title}",
        "draft": "下書き",
        "series_stats": "全{parts}回・計{minutes}分・{first}〜{last}",
        "series_index_title": "シリーズ一覧",
        "series_index_entry": "全{parts}回・最終更新：{date}",
        "coming_soon": "近日公開",
        "newer_posts": "新しい記事",
        "older_posts": "過去の記事",
        "page_position": "{page} / {pages} ページ",
        "pagination_label": "ページ",
    },
    # Simplified Chinese; spaces around numbers follow the common mainland web style.
    "zh": {
        "posted_on": "发布于 {date}",
        "series_part": "《{series}》第 {part} 篇",
        "reading_time": "阅读时间 {minutes} 分钟",
        "continue_reading": "继续阅读",
        "featured_image_alt": "《{title}》的封面图",
        "series_position": "《{series}》第 {part} 篇（共 {total} 篇）",
        "series_heading": "系列：{series}",
        "previous_part": "上一篇：{title}",
        "next_part": "下一篇：{title}",
        "draft": "草稿",
        "series_stats": "共 {parts} 篇 · 总计 {minutes} 分钟 · {first} 至 {last}",
        "series_index_title": "全部系列",
        "series_index_entry": "共 {parts} 篇 · 最近更新于 {date}",
        "coming_soon": "敬请期待",
        "newer_posts": "较新的文章",
        "older_posts": "较早的文章",
        "page_position": "第 {page} 页，共 {pages} 页",
        "pagination_label": "分页",
    },
    # Arabic plurals depend on the number (2, 3–10, 11+), which a format string cannot
    # express; "label: number unit" phrasings stay grammatical for every count.
    "ar": {
        "posted_on": "نُشر في {date}",
        "series_part": "الجزء {part} من سلسلة {series}",
        "reading_time": "وقت القراءة: {minutes} دقيقة",
        "continue_reading": "تابع القراءة",
        "featured_image_alt": "الصورة البارزة لمقالة {title}",
        "series_position": "الجزء {part} من {total} في سلسلة {series}",
        "series_heading": "السلسلة: {series}",
        "previous_part": "السابق: {title}",
        "next_part": "التالي: {title}",
        "draft": "مسودة",
        "series_stats": (
            "عدد الأجزاء: {parts} · المدة الإجمالية: {minutes} دقيقة · {first} \u2013 {last}"
        ),
        "series_index_title": "جميع السلاسل",
        "series_index_entry": "عدد الأجزاء: {parts} · آخر جزء: {date}",
        "coming_soon": "قريبًا",
        "newer_posts": "مقالات أحدث",
        "older_posts": "مقالات أقدم",
        "page_position": "الصفحة {page} من {pages}",
        "pagination_label": "الصفحات",
    },
    # "דק׳" (abbreviated minutes, with a geresh) avoids the singular/plural split of "דקות".
    "he": {
        "posted_on": "פורסם בתאריך {date}",
        "series_part": "חלק {part} בסדרה {series}",
        "reading_time": "זמן קריאה: {minutes} דק׳",
        "continue_reading": "להמשך קריאה",
        "featured_image_alt": "תמונה ראשית עבור {title}",
        "series_position": "חלק {part} מתוך {total} בסדרה {series}",
        "series_heading": "סדרה: {series}",
        "previous_part": "הקודם: {title}",
        "next_part": "הבא: {title}",
        "draft": "טיוטה",
        "series_stats": "{parts} חלקים · {minutes} דק׳ בסך הכול · {first} \u2013 {last}",
        "series_index_title": "כל הסדרות",
        "series_index_entry": "{parts} חלקים · האחרון: {date}",
        "coming_soon": "בקרוב",
        "newer_posts": "פוסטים חדשים יותר",
        "older_posts": "פוסטים ישנים יותר",
        "page_position": "עמוד {page} מתוך {pages}",
        "pagination_label": "עמודים",
    },
}

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
"""Primary language subtags written right to left (the page needs ``dir="rtl"``)."""

DEFAULT_DATE_PATTERN = "EEE dd MMMM y"
"""CLDR equivalent of the reference ``%a %d %B %Y`` ("Sat 29 November 2025")."""

CJK_DATE_FORMAT = "full"
"""Babel's predefined format for Japanese and Chinese default dates.

"Sat 29 November 2025" transplanted word for word ("土 29 11月 2025") is not how either
language writes a date. CLDR's "full" format is the natural long form and, like the reference
format, names the weekday: "2025年11月29日土曜日", "2025年11月29日星期六".
"""

_CJK_LANGUAGES = frozenset({"ja", "zh"})
_PREDEFINED_FORMATS = frozenset({"short", "medium", "long", "full"})
_STRFTIME_DIRECTIVE = re.compile(r"%(-?)(.)", re.DOTALL)


def _primary_subtag(language: str) -> str:
    """``"pt_BR"``, ``"zh-Hans"``, ``"AR-eg"`` -> ``"pt"``, ``"zh"``, ``"ar"``.

    Theme ``language`` settings come as BCP 47 tags (``-``) or POSIX names (``_``), in any
    case; only the language part decides translations and text direction.
    """
    match = re.match(r"[A-Za-z]+", language.strip())
    return match.group(0).lower() if match else ""


def text_direction(language: str) -> str:
    """``"rtl"`` for Arabic, Hebrew, Persian and Urdu (any region or script), else ``"ltr"``."""
    return "rtl" if _primary_subtag(language) in RTL_LANGUAGES else "ltr"


def strings_for(language: str, overrides: Mapping[str, str | None]) -> dict[str, str]:
    """The visible strings for ``language``, with the user's own ``strings:`` on top.

    The translation is chosen by the primary subtag (``"pt_BR"`` -> ``"pt"``); an unknown
    language gets English, and a key a translation lacked would get its English text.

    An entry of ``overrides`` counts when it is set (not ``None``): the options leave every
    string the user did not write unset, so a German site may set one string to exactly its
    English default. Keys the plugin does not know are ignored (MkDocs already warns about
    them).
    """
    translation = TRANSLATIONS.get(_primary_subtag(language), ENGLISH)
    strings = {key: translation.get(key, default) for key, default in ENGLISH.items()}
    for key, value in overrides.items():
        if key in ENGLISH and value is not None:
            strings[key] = value
    return strings


def _babel_locale(language: str) -> Locale:
    """The Babel locale for a theme ``language`` value, falling back to English.

    ``Locale.parse`` wants ``_`` separators, so ``"zh-Hans"`` and ``"de-AT"`` are converted
    first. A region or script Babel lacks (``"de-XX"``) falls back to the bare language, and
    a language it does not know at all (or an empty value) to English, so a typo in
    ``theme.language`` never breaks a build.
    """
    candidates = (language.strip().replace("-", "_"), _primary_subtag(language))
    for candidate in candidates:
        if not candidate:
            continue
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale("en")


def _strftime(date: datetime.datetime, pattern: str, locale: Locale) -> str:
    """``date.strftime(pattern)`` with month, day and AM/PM names from ``locale``.

    Python's ``strftime`` takes names from the process locale, which on a build server is
    rarely the site's language and cannot be changed safely inside a running MkDocs. The
    common directives are therefore rebuilt from CLDR data (``%-d`` style unpadded numbers
    included, as glibc offers them). Any other directive is left to ``date.strftime``.
    """

    def number(value: int, flag: str, width: int = 2) -> str:
        return str(value) if flag == "-" else f"{value:0{width}d}"

    def replace(match: re.Match[str]) -> str:
        flag, code = match.group(1), match.group(2)
        if code == "a":
            return str(babel_dates.get_day_names("abbreviated", locale=locale)[date.weekday()])
        if code == "A":
            return str(babel_dates.get_day_names("wide", locale=locale)[date.weekday()])
        if code in ("b", "h"):
            return str(babel_dates.get_month_names("abbreviated", locale=locale)[date.month])
        if code == "B":
            return str(babel_dates.get_month_names("wide", locale=locale)[date.month])
        if code == "p":
            period = "am" if date.hour < 12 else "pm"
            return str(babel_dates.get_period_names(locale=locale)[period])
        numbers = {
            "d": (date.day, 2),
            "m": (date.month, 2),
            "y": (date.year % 100, 2),
            "Y": (date.year, 4),
            "H": (date.hour, 2),
            "I": ((date.hour - 1) % 12 + 1, 2),
            "M": (date.minute, 2),
            "S": (date.second, 2),
            "j": (date.timetuple().tm_yday, 3),
        }
        if code in numbers:
            value, width = numbers[code]
            return number(value, flag, width)
        if code == "e":
            return str(date.day) if flag == "-" else f"{date.day:2d}"
        if code == "F":
            return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
        if code == "%":
            return "%"
        return date.strftime(match.group(0))

    return _STRFTIME_DIRECTIVE.sub(replace, pattern)


def _check_cldr_pattern(pattern: str) -> None:
    """Reject patterns that Babel would silently turn into nonsense.

    Babel only raises for a few mistakes (a field repeated too often, like ``MMMMMM``); an
    unquoted letter it does not know is printed as is, and a word such as ``at`` is read as
    fields ("at" -> "PM" plus nothing). Literal text must be quoted (``d MMMM y 'at' HH:mm``),
    so unknown letters, an unclosed quote or a pattern with no date field at all are almost
    certainly a mistake and are reported instead of producing a wrong date on every page.
    """
    quoted = False
    has_field = False
    for char in pattern.replace("''", ""):
        if char == "'":
            quoted = not quoted
        elif quoted or not ("a" <= char <= "z" or "A" <= char <= "Z"):
            continue
        elif char in babel_dates.PATTERN_CHARS:
            has_field = True
        else:
            raise ValueError(
                f"date format {pattern!r}: {char!r} is not a CLDR date field; "
                f"put literal text in single quotes, e.g. \"d MMMM y 'at' HH:mm\""
            )
    if quoted:
        raise ValueError(f"date format {pattern!r} has an unclosed single quote")
    if not has_field:
        raise ValueError(
            f"date format {pattern!r} contains no date fields; use a CLDR pattern such as "
            f"'d MMMM y', one of short/medium/long/full, or strftime directives like '%d %B %Y'"
        )


_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def english_default_date(date: datetime.datetime) -> str:
    """The default English date, "Sat 29 November 2025", without loading Babel's locale
    data (it is most sites' date, and Babel's data costs a few MiB and ~0.1 s to load);
    the same text as Babel's ``EEE dd MMMM y`` in ``en``."""
    return f"{_EN_DAYS[date.weekday()]} {date.day:02d} {_EN_MONTHS[date.month - 1]} {date.year}"


def format_date(date: datetime.datetime, *, language: str, date_format: str | None) -> str:
    """``date`` as text in ``language``, following ``date_format``.

    * ``None``: the plugin's default look, "Sat 29 November 2025" in English (CLDR pattern
      ``EEE dd MMMM y``, the equivalent of ``%a %d %B %Y`` without depending on the process
      locale) and the same pattern in other languages, except Japanese and Chinese, which
      use CLDR's "full" date ("2025年11月29日土曜日") because a literal transplant of the
      English order reads wrong there (see ``CJK_DATE_FORMAT``).
    * Containing ``%``: ``strftime`` directives, with names in ``language`` (``_strftime``).
    * ``short``, ``medium``, ``long`` or ``full``: the locale's own predefined date format.
    * Anything else: a CLDR pattern such as ``d MMMM y`` (time fields allowed). An unusable
      pattern raises ``ValueError``.

    ``language`` may be ``"de"``, ``"pt_BR"``, ``"zh-Hans"``, ``"de-AT"``...; languages Babel
    does not know are formatted in English.
    """
    if date_format is None and _primary_subtag(language) in ("en", ""):
        return english_default_date(date)
    locale = _babel_locale(language)
    if date_format is None:
        if locale.language in _CJK_LANGUAGES:
            return babel_dates.format_date(date, CJK_DATE_FORMAT, locale=locale)
        return babel_dates.format_date(date, DEFAULT_DATE_PATTERN, locale=locale)
    if "%" in date_format:
        return _strftime(date, date_format, locale)
    if date_format in _PREDEFINED_FORMATS:
        return babel_dates.format_date(date, date_format, locale=locale)
    _check_cldr_pattern(date_format)
    try:
        return babel_dates.format_datetime(date, date_format, locale=locale)
    except (ValueError, KeyError, AttributeError, NotImplementedError) as error:
        raise ValueError(f"date format {date_format!r} cannot be used: {error}") from None
