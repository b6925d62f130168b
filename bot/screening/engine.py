"""Screen one job offer: rules per language, the wage check and combinations, then the Delphi risk.

The screener reports what it found and what it could not see; it never calls an offer safe.
"""

from __future__ import annotations

import gc
import logging
from functools import lru_cache

from bot.languages import normalise
from bot.screening import data, destination as destinations, inputs, risk as risk_rule, rules, wages
from bot.screening.money import find_amounts
from bot.screening.result import FlagFound, Item, Screening
from bot.screening.rules import Hit
from bot.screening.text import matchable, script_shares

log = logging.getLogger(__name__)

DOMAIN = "screening"
SEVERITY_ORDER = {"strong": 0, "medium": 1, "weak": 2}
# A script with at least this share of the letters is also checked with its language's rules,
# so "急招 Dubai waiter, WhatsApp" is read by the Chinese and the English rules.
SECOND_LANGUAGE_SHARE = 0.15
_SCRIPT_LANG = {"latin": "en", "han": "zh", "cyrillic": "ru"}


def _translate(key: str, lang: str, **params: object) -> str:
    if not params:
        return _translate_plain(key, lang)
    from bot.i18n import translate  # lazy: keeps `import bot.screening` light

    return translate(key, lang, domain=DOMAIN, **params)


@lru_cache(maxsize=2048)
def _translate_plain(key: str, lang: str) -> str:
    # Catalogs are loaded once per process (bot.i18n caches them too); a screening asks for
    # dozens of texts, so the lookups are kept as well (catalogs change only with a restart).
    from bot.i18n import translate

    return translate(key, lang, domain=DOMAIN)


def _prose_language(lang: str) -> str:
    from bot.i18n import has

    return lang if has("risk.low", lang, DOMAIN) else "en"


def _detect(text: str) -> str | None:
    try:
        from bot.detect import detect_language
    except ImportError:
        return None
    try:
        return normalise(detect_language(text[:2000]))
    except Exception:  # noqa: BLE001 - someone else's module; fall back to the default language
        log.exception("language detection failed")
        return None


def languages_to_match(lang: str, text: str) -> list[str]:
    """The pattern languages to run: the offer's own (English if it has none yet), then other scripts'."""
    available = data.pattern_languages()
    langs = [lang if lang in available else "en"]
    for script, share in script_shares(text[:600]).items():
        other = _SCRIPT_LANG.get(script)
        if other and other in available and other not in langs and share >= SECOND_LANGUAGE_SHARE:
            langs.append(other)
    return langs


def _agencies_in_bad_standing(text: str) -> list:
    """Agencies of the register sample the offer names that a register reports as revoked,
    cancelled, suspended, expired or blacklisted (bot.directory.agencies); none when the directory
    cannot be read: the rules still run, the register only adds evidence."""
    from bot.directory import DirectoryError  # lazy: keeps `import bot.screening` light
    from bot.directory.agencies import BAD_STANDING, mentions

    try:
        return [m for m in mentions(text) if m.agency.status in BAD_STANDING]
    except DirectoryError:
        log.exception("agency register unavailable for screening")
        return []


def _overlaps(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    return any(s < hit.end and hit.start < e for s, e in spans)


def screen(text: str, lang: str | None = None, destination: str | None = None, *,
           already_cut: bool = False) -> Screening:
    """Screen the text of a job offer. Raises inputs.UnusableInput for input that is not an offer's text.

    `lang` and `destination` (ISO alpha-2) are detected from the text when not given.
    """
    prepared = inputs.prepare(text, already_cut)
    text = prepared.text
    lang = normalise(lang) or _detect(text) or "en"
    prose = _prose_language(lang)
    book = data.flag_book()
    folded = matchable(text)

    match_langs = languages_to_match(lang, text)
    hits: list[Hit] = []
    for code in match_langs:
        hits.extend(rules.rule_set(code).run(folded))
    by_section: dict[str, list[Hit]] = {}
    for h in hits:
        by_section.setdefault(h.section, []).append(h)

    statements = {h.name for h in by_section.get("statements", ()) if not h.negated}
    clears: dict[str, list[tuple[int, int]]] = {}
    answered: set[str] = set()
    for h in by_section.get("clear", ()):
        if not h.negated:
            clears.setdefault(h.name, []).append((h.start, h.end))
            answered.add(book.flags[h.name].question or "")
    raised: dict[str, tuple[int, int]] = {}
    for h in by_section.get("rules", ()):
        answered.add(book.flags[h.name].question or "")
        if h.negated or (h.unless and h.unless in statements) or _overlaps(h, clears.get(h.name, [])):
            continue
        if h.name not in raised or h.start < raised[h.name][0]:
            raised[h.name] = (h.start, h.end)
    answered |= {h.name for h in by_section.get("topics", ()) if not h.negated}

    markers: dict[str, tuple[int, int]] = {}
    for h in by_section.get("markers", ()):
        if not h.negated and (h.name not in markers or h.start < markers[h.name][0]):
            markers[h.name] = (h.start, h.end)

    dest = (destination or "").upper() or destinations.guess(text, lang, by_section.get("destination_cues", []))
    sectors = {h.name for h in by_section.get("sectors", ()) if not h.negated}
    explain_params: dict[str, dict[str, object]] = {}
    explain_keys: dict[str, str] = {}
    severity: dict[str, str] = {}
    # Reading amounts is the costliest check; it is only worth it where there is a wage to compare.
    finding = wages.check(find_amounts(folded), dest, sectors) if wages.applies(dest, sectors) else None
    if finding:
        from bot.i18n import format_money

        a = finding.amount
        raised["unrealistic_pay"] = (a.start, a.end)
        markers["unrealistic_pay"] = (a.start, a.end)
        explain_params["unrealistic_pay"] = {
            "amount": format_money(round(finding.monthly), finding.currency, prose),
            "reference": format_money(finding.reference, finding.currency, prose),
            "ratio": f"{finding.ratio:.1f}",
        }
        explain_keys["unrealistic_pay"] = "flag.unrealistic_pay.explain_wage"
    # An agency the offer names that a register reports as revoked, cancelled, suspended...
    # Recruiting without a valid licence is illegal recruitment: stronger evidence than wording.
    bad = _agencies_in_bad_standing(text)
    if bad:
        from bot.i18n import format_date, translate

        mention, a = bad[0], bad[0].agency
        raised["unlicensed_agency"] = (mention.start, mention.end)
        severity["unlicensed_agency"] = "strong"
        answered.add(book.flags["unlicensed_agency"].question or "")
        explain_params["unlicensed_agency"] = {
            "name": a.name, "status": translate(f"agency.status.{a.status}", prose),
            "date": format_date(a.as_of, prose), "source": a.source.get("title", ""),
        }
        explain_keys["unlicensed_agency"] = "flag.unlicensed_agency.explain_register"
    if dest and dest in book.scam_destinations:
        markers["scam_destination"] = (0, 0)

    for fid, combo in book.combinations.items():
        if fid in raised or not all(m in markers for m in combo["all"]):
            continue
        if combo["any"] and not any(m in markers for m in combo["any"]):
            continue
        raised[fid] = markers[combo["all"][0]]

    flags = []
    for fid, (start, end) in raised.items():
        spec = book.flags[fid]
        params = explain_params.get(fid, {})
        key = explain_keys.get(fid, f"flag.{fid}.explain")
        flags.append(FlagFound(
            fid, severity.get(fid, spec.severity), text[start:end], start, end, _translate(key, prose, **params),
            spec.indicator, _translate(f"flag.{fid}.name", prose),
        ))
    flags.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.start))
    level = risk_rule.rate(f.severity for f in flags)

    open_questions = [q for q in book.questions if q not in answered]
    questions = [Item(q, _translate(f"question.{q}", prose)) for q in open_questions]
    steps = [Item(f"flag.{f.id}", _translate(f"flag.{f.id}.todo", prose)) for f in flags]
    for name, cond in book.next_steps.items():
        if (cond.get("always")
                or level in (cond.get("risk") or ())
                or set(cond.get("flags") or ()) & set(raised)
                or set(cond.get("questions") or ()) & set(open_questions)):
            steps.append(Item(name, _translate(f"next.{name}", prose)))

    notes = []
    if lang not in data.pattern_languages():
        notes.append("report.partial_language")
    if len(match_langs) > 1:
        notes.append("report.mixed_scripts")
    return Screening(level, lang, dest or None, flags, questions, steps, prose, prepared.truncated_at, notes)


def warm_up(freeze: bool = False) -> None:
    """Load the data and compile every language's rules, so no user waits for it.

    With `freeze`, everything loaded so far is moved out of the garbage collector's reach
    (`gc.freeze`): a long-lived server's full collections otherwise walk the rules, the name
    indexes and the framework's objects again and again, which tripled the p95 time of
    screening a 20 KB offer (50 -> 130 ms). For a process that warms up once, then serves.
    """
    data.flag_book()
    rules.warm_up()
    find_amounts("1")
    try:
        from bot import geo

        geo.warm_up()
    except ImportError:
        pass
    if freeze:
        gc.collect()
        gc.freeze()
