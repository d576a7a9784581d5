"""The factor analysis in words and numbers, the same on the Trends tab, the report and the CLI."""

from __future__ import annotations

from mslog.core.formatting import fmt_number
from mslog.core.trends.insight import MIN_DAYS, Analysis, Comparison, Finding

CAVEAT = (
    "These show an association, not proof: other things change on the same days. "
    "Talk it over with your clinician before changing anything."
)
TRIGGER_NOTE = (
    "These count the spasms you marked with each trigger. They are not compared: "
    "a trigger is marked only on a spasm, so it cannot show whether days with it "
    "have more spasms. For that, tick what was true in the daily check-in."
)


def lag_text(lag: str) -> str:
    """``same day`` → ``compared with the same day's spasms``."""
    return (
        "compared with the next day's spasms"
        if lag == "next day"
        else ("compared with the same day's spasms")
    )


def ratio_text(c: Comparison) -> str:
    """The rate ratio with its interval, e.g. ``rate ratio 1.52 (95 % interval 1.10–2.10)``."""
    if c.rate_ratio is None:
        return "rate ratio –"
    if c.low is None or c.high is None:
        return f"rate ratio {fmt_number(c.rate_ratio, 2)}"
    return (
        f"rate ratio {fmt_number(c.rate_ratio, 2)} "
        f"(95\u00a0% interval {fmt_number(c.low, 2)}–{fmt_number(c.high, 2)})"
    )


def ratio_short(c: Comparison) -> str:
    """``1.52 (1.10–2.10)``, for a table whose heading names the interval."""
    return ratio_text(c).removeprefix("rate ratio ").replace("95\u00a0% interval ", "")


def nrs_short(c: Comparison) -> str:
    """``+0.8 (−0.3 to +1.9)``, for a table whose heading names the interval."""
    if c.nrs_difference is None:
        return "–"
    text = _signed(c.nrs_difference)
    if c.nrs_low is not None and c.nrs_high is not None:
        text += f" ({_signed(c.nrs_low)} to {_signed(c.nrs_high)})"
    return text


def stood_out_text(analysis: Analysis) -> str:
    """``1 of 12 factors tested on 44 complete days stood out.``."""
    tested = len(analysis.tested)
    return (
        f"{len(analysis.clear)} of {tested} factor{'s' if tested != 1 else ''} tested on "
        f"{analysis.complete_days} complete days stood out."
    )


def _signed(value: float) -> str:
    # Signed as shown: -0.04 reads "0.0", never "−0.0".
    shown = round(value, 1)
    return f"{'+' if shown > 0 else '−' if shown < 0 else ''}{abs(shown):.1f}"


def nrs_text(c: Comparison) -> str:
    """The check-in NRS difference, e.g. ``check-in NRS +0.8 (−0.3 to +1.9)``."""
    if c.nrs_difference is None:
        fewest = min(c.nrs_days_with, c.nrs_days_without)
        return f"check-in NRS: not enough days yet ({fewest} of {MIN_DAYS})"
    text = f"check-in NRS {_signed(c.nrs_difference)} points"
    if c.nrs_low is not None and c.nrs_high is not None:
        text += f" (95\u00a0% interval {_signed(c.nrs_low)} to {_signed(c.nrs_high)})"
    return text


def days_text(c: Comparison) -> str:
    """``14 complete days with, 30 without``."""
    return f"{c.days_with} complete days with, {c.days_without} without"


def means_text(c: Comparison) -> str:
    """``6.0 vs 2.0 spasms a day``."""
    return f"{fmt_number(c.mean_with)} vs {fmt_number(c.mean_without)} spasms a day"


def q_text(finding: Finding) -> str:
    """The p value and the q value adjusted for many factors, e.g. ``p 0.004, q 0.031``."""
    c = finding.comparison
    if c.p is None or finding.q is None:
        return ""
    return f"p\u00a0{c.p:.3f}, q\u00a0{finding.q:.3f}"


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
    return f"{finding.factor.name} ({finding.factor.kind}, {finding.factor.lag})"


def coverage_text(analysis: Analysis) -> str:
    """``Based on 24 complete days of 30: ...``."""
    return (
        f"Based on {analysis.complete_days} complete day"
        f"{'s' if analysis.complete_days != 1 else ''} of {analysis.days}: a day counts once its "
        "check-in says every spasm was logged (or that there were none). A factor counts "
        "only on days MSLog knows about: check-in factors on days with a check-in, habits, "
        "stretching and doses from the first day you recorded them."
    )


def missing_text(analysis: Analysis) -> str:
    """The factors without enough days, e.g. ``Period (3 of 14), Stress (9 of 14)``."""
    waiting = [f for f in analysis.findings if not f.comparison.enough]
    return "; ".join(
        f"{f.factor.name} ({f.factor.lag}, "
        f"{min(f.comparison.days_with, f.comparison.days_without)} of {MIN_DAYS})"
        for f in waiting
    )


UNCLEAR_NOTE = (
    "The interval includes 1, or the difference is small enough to be chance among this "
    "many factors (q of 0.10 or more)."
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
