"""The factor analysis in words and numbers, the same on the Trends tab, the report and the CLI."""

from __future__ import annotations

from mslog.core.formatting import fmt_number
from mslog.core.i18n import QT_TRANSLATE_NOOP, translate
from mslog.core.trends.insight import (
    KIND_LABELS,
    LAG_LABELS,
    MIN_DAYS,
    Analysis,
    Comparison,
    FactorAnalysis,
    Finding,
)

# English texts (for code that reads them as they are); caveat(), trigger_note() and
# unclear_note() give them in the person's language.
CAVEAT = QT_TRANSLATE_NOOP(
    "FactorAnalysis",
    "These show an association, not proof: other things change on the same days. "
    "Talk it over with your clinician before changing anything.",
)
TRIGGER_NOTE = QT_TRANSLATE_NOOP(
    "FactorAnalysis",
    "These count the spasms you marked with each trigger. They are not compared: "
    "a trigger is marked only on a spasm, so it cannot show whether days with it "
    "have more spasms. For that, tick what was true in the daily check-in.",
)
UNCLEAR_NOTE = QT_TRANSLATE_NOOP(
    "FactorAnalysis",
    "The interval includes 1, or the difference is small enough to be chance among this "
    "many factors (q of 0.10 or more).",
)


def caveat() -> str:
    """That these are associations, not proof, and to talk it over before changing anything."""
    return translate("FactorAnalysis", CAVEAT)


def trigger_note() -> str:
    """Why the triggers marked on spasms are counted, not compared."""
    return translate("FactorAnalysis", TRIGGER_NOTE)


def unclear_note() -> str:
    """What "no clear difference" means."""
    return translate("FactorAnalysis", UNCLEAR_NOTE)


def kind_text(kind: str) -> str:
    """A factor's kind in words: ``habit``, ``day factor`` (an unknown key as it is)."""
    label = KIND_LABELS.get(kind)
    return kind if label is None else translate("FactorAnalysis", label)


def lag_label(lag: str) -> str:
    """A factor's lag in words: ``same day`` or ``next day``."""
    label = LAG_LABELS.get(lag)
    return lag if label is None else translate("FactorAnalysis", label)


def lag_text(lag: str) -> str:
    """``same day`` → ``compared with the same day's spasms``."""
    if lag == "next day":
        return FactorAnalysis.tr("compared with the next day's spasms")
    return FactorAnalysis.tr("compared with the same day's spasms")


def _ratio(value: float) -> str:
    return fmt_number(value, 2)


def ratio_text(c: Comparison) -> str:
    """The rate ratio with its interval, e.g. ``rate ratio 1.52 (95 % interval 1.10–2.10)``."""
    if c.rate_ratio is None:
        return FactorAnalysis.tr("rate ratio –")
    if c.low is None or c.high is None:
        return FactorAnalysis.tr("rate ratio {ratio}").format(ratio=_ratio(c.rate_ratio))
    text = FactorAnalysis.tr("rate ratio {ratio} (95\u00a0% interval {low}–{high})")
    return text.format(ratio=_ratio(c.rate_ratio), low=_ratio(c.low), high=_ratio(c.high))


def ratio_short(c: Comparison) -> str:
    """``1.52 (1.10–2.10)``, for a table whose heading names the interval."""
    if c.rate_ratio is None:
        return "–"
    if c.low is None or c.high is None:
        return _ratio(c.rate_ratio)
    return f"{_ratio(c.rate_ratio)} ({_ratio(c.low)}–{_ratio(c.high)})"


def nrs_short(c: Comparison) -> str:
    """``+0.8 (−0.3 to +1.9)``, for a table whose heading names the interval."""
    if c.nrs_difference is None:
        return "–"
    text = _signed(c.nrs_difference)
    if c.nrs_low is not None and c.nrs_high is not None:
        between = FactorAnalysis.tr("{low} to {high}", "an interval: its two ends")
        text += f" ({between.format(low=_signed(c.nrs_low), high=_signed(c.nrs_high))})"
    return text


def stood_out_text(analysis: Analysis) -> str:
    """``1 of 12 factors tested on 44 complete days stood out.``."""
    text = FactorAnalysis.tr(
        "{clear} of %n factors tested on {complete} complete days stood out.",
        "",
        len(analysis.tested),
    )
    return text.format(clear=len(analysis.clear), complete=analysis.complete_days)


def _signed(value: float) -> str:
    # Signed as shown: -0.04 reads "0.0", never "−0.0".
    shown = round(value, 1)
    return f"{'+' if shown > 0 else '−' if shown < 0 else ''}{fmt_number(abs(shown))}"


def nrs_text(c: Comparison) -> str:
    """The check-in NRS difference, e.g. ``check-in NRS +0.8 (−0.3 to +1.9)``."""
    if c.nrs_difference is None:
        fewest = min(c.nrs_days_with, c.nrs_days_without)
        text = FactorAnalysis.tr("check-in NRS: not enough days yet ({days} of {needed})")
        return text.format(days=fewest, needed=MIN_DAYS)
    difference = _signed(c.nrs_difference)
    if c.nrs_low is not None and c.nrs_high is not None:
        text = FactorAnalysis.tr(
            "check-in NRS {difference} points (95\u00a0% interval {low} to {high})"
        )
        return text.format(difference=difference, low=_signed(c.nrs_low), high=_signed(c.nrs_high))
    return FactorAnalysis.tr("check-in NRS {difference} points").format(difference=difference)


def days_text(c: Comparison) -> str:
    """``14 complete days with, 30 without``."""
    text = FactorAnalysis.tr("{with_it} complete days with, {without} without")
    return text.format(with_it=c.days_with, without=c.days_without)


def means_text(c: Comparison) -> str:
    """``6.0 vs 2.0 spasms a day``."""
    text = FactorAnalysis.tr("{with_it} vs {without} spasms a day")
    return text.format(with_it=fmt_number(c.mean_with), without=fmt_number(c.mean_without))


def means_short(c: Comparison) -> str:
    """``6.0 vs 2.0``, for a table whose heading says they are spasms a day."""
    text = FactorAnalysis.tr("{with_it} vs {without}", "spasms a day with and without a factor")
    return text.format(with_it=fmt_number(c.mean_with), without=fmt_number(c.mean_without))


def q_text(finding: Finding) -> str:
    """The p value and the q value adjusted for many factors, e.g. ``p 0.004, q 0.031``."""
    c = finding.comparison
    if c.p is None or finding.q is None:
        return ""
    return f"p\u00a0{fmt_number(c.p, 3)}, q\u00a0{fmt_number(finding.q, 3)}"


def spasms_text(finding: Finding) -> str:
    """The spasm numbers of one finding in one line."""
    c = finding.comparison
    parts = [days_text(c)]
    if c.enough:
        parts += [means_text(c), ratio_text(c)]
    if q_text(finding):
        parts.append(q_text(finding))
    return " · ".join(parts)


def title_text(finding: Finding) -> str:
    """``Warm bath (habit, next day)``."""
    text = FactorAnalysis.tr("{name} ({kind}, {lag})", "a factor, its kind and its lag")
    factor = finding.factor
    return text.format(name=factor.name, kind=kind_text(factor.kind), lag=lag_label(factor.lag))


def coverage_text(analysis: Analysis) -> str:
    """``Based on 24 complete days of 30: ...``."""
    text = FactorAnalysis.tr(
        "Based on %n complete days of {days}: a day counts once its check-in says every spasm "
        "was logged (or that there were none). A factor counts only on days MSLog knows about: "
        "check-in factors on days with a check-in, habits, stretching and doses from the first "
        "day you recorded them.",
        "",
        analysis.complete_days,
    )
    return text.format(days=analysis.days)


def missing_text(analysis: Analysis) -> str:
    """The factors without enough days, e.g. ``Period (3 of 14), Stress (9 of 14)``."""
    waiting = [f for f in analysis.findings if not f.comparison.enough]
    each = FactorAnalysis.tr(
        "{name} ({lag}, {days} of {needed})", "a factor waiting for days: its name, its lag"
    )
    return "; ".join(
        each.format(
            name=f.factor.name,
            lag=lag_label(f.factor.lag),
            days=min(f.comparison.days_with, f.comparison.days_without),
            needed=MIN_DAYS,
        )
        for f in waiting
    )


def as_json(finding: Finding) -> dict:
    """One finding as plain values, for ``mslog insights --json``."""
    c = finding.comparison
    return {
        "name": finding.factor.name,
        "kind": finding.factor.kind,
        "lag": finding.factor.lag,
        "days_with": c.days_with,
        "days_without": c.days_without,
        "mean_with": c.mean_with,
        "mean_without": c.mean_without,
        "rate_ratio": c.rate_ratio,
        "interval": [c.low, c.high],
        "p": c.p,
        "q": finding.q,
        "nrs_days_with": c.nrs_days_with,
        "nrs_days_without": c.nrs_days_without,
        "nrs_difference": c.nrs_difference,
        "nrs_interval": [c.nrs_low, c.nrs_high],
        "verdict": finding.verdict,
        "clear": finding.clear,
    }
