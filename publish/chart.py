"""A product's price history as one inline SVG: a step line per offer, no script, no external file.

:func:`price_chart` takes the history rows of a product's offers (time, price in USD,
availability) and draws, for each offer, the price in force from each change until the next
one (or the snapshot time). Solid where the offer was in stock, dashed where it was not, a
gap where it had no price; a dot with a tooltip (``<title>``) at every change; a legend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html import escape

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#7f7f7f", "#bcbd22"]


@dataclass
class Change:
    at: datetime
    price: float | None
    in_stock: bool
    carried: bool = False  # not a change: the price in force when a shorter range starts


@dataclass
class Series:
    label: str
    changes: list[Change] = field(default_factory=list)


def parse_time(text: str) -> datetime:
    """``2025-01-31T12:00:00Z`` (the snapshot's format) as an aware datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten) covering [low, high].

    The step is at least a millionth of the values' size (and 1e-6), so values a float step
    apart, where adding a smaller step would change nothing, still get a few distinct ticks.
    """
    if not (math.isfinite(low) and math.isfinite(high)):
        raise ValueError(f"nice_ticks: finite bounds expected, got {low!r}, {high!r}")
    if high <= low:
        high = low + 1
    raw = max((high - low) / max(count - 1, 1), max(abs(low), abs(high)) * 1e-6, 1e-6)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step)
    ticks = []
    for i in range(count * 3 + 2):  # bounded: (high - low) / step <= count - 1 (+ rounding)
        value = round((first + i) * step, 10)
        ticks.append(value)
        if len(ticks) > 1 and value >= high - step * 1e-9:
            break
    return ticks


def time_ticks(start: datetime, end: datetime, count: int = 6) -> list[datetime]:
    span = (end - start).total_seconds()
    days = span / 86400
    steps = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730]
    step = next((s for s in steps if days / s <= count), steps[-1])
    first = datetime(start.year, start.month, start.day, tzinfo=timezone.utc)
    if step >= 30:
        first = datetime(start.year, start.month, 1, tzinfo=timezone.utc)
    ticks = []
    tick = first
    while tick <= end:
        if tick >= start:
            ticks.append(tick)
        if step >= 30:
            months = round(step / 30.4)
            month = tick.month - 1 + months
            tick = tick.replace(year=tick.year + month // 12, month=month % 12 + 1)
        else:
            tick = tick + timedelta(days=step)
    return ticks


def money(value: float) -> str:
    """A price as a tooltip shows it: always the cents ($106.95, $1,234.50)."""
    return f"${value:,.2f}"


def axis_money(value: float, step: float) -> str:
    """A tick label: cents only when the ticks are less than a dollar apart."""
    return f"${value:,.2f}" if step < 1 else f"${value:,.0f}"


EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND = timedelta(microseconds=1)


class _Prepared:
    """A series ready to draw, possibly several times (the widget draws six): per change its
    time as whole microseconds (so an x coordinate is float arithmetic giving exactly what
    ``timedelta.total_seconds()`` gives) and its tooltip text, escaped, made once."""

    __slots__ = ("label", "escaped", "changes")

    def __init__(self, label: str, changes: list):
        self.label = label
        self.escaped = escape(label)
        self.changes = changes  # (at, microseconds, price, in_stock, carried, tooltip) in the series' order


def _prepare(series: Series) -> _Prepared:
    escaped = escape(series.label)
    changes = []
    for c in series.changes:
        tip = (f"{escaped}: {money(c.price)} from {c.at:%Y-%m-%d %H:%M} UTC"  # money: $, digits, , . - only
               if c.price is not None and not c.carried else "")
        changes.append((c.at, (c.at - EPOCH) // _MICROSECOND, c.price, c.in_stock, c.carried, tip))
    prepared = _Prepared(series.label, changes)
    prepared.escaped = escaped
    return prepared


def _clip_prepared(one: _Prepared, start: datetime) -> _Prepared:
    """:func:`clip` of a prepared series."""
    before = [c for c in one.changes if c[0] < start]
    after = [c for c in one.changes if c[0] >= start]
    if before and (not after or after[0][0] > start):
        last = before[-1]
        after.insert(0, (start, (start - EPOCH) // _MICROSECOND, last[2], last[3], True, ""))
    clipped = _Prepared(one.label, after)
    clipped.escaped = one.escaped
    return clipped


def price_chart(series: list[Series], end: datetime, *, width: int = 760, height: int = 300,
                title: str = "Price history", start: datetime | None = None, legend: bool = True,
                font_size: int = 12, css_class: str = "price-chart") -> str:
    """The SVG markup (a string safe to put in HTML as is).

    ``start``: the first moment shown (the price in force then starts the line); ``legend``:
    draw the legend inside the SVG (the widget of :func:`chart_widget` has its own). The time
    axis runs a little past ``end`` so a change at the last crawl shows as a step with a
    visible level after it, and its dot is ringed."""
    return _draw([_prepare(s) for s in series], end, width=width, height=height, title=title, start=start,
                 legend=legend, font_size=font_size, css_class=css_class)


def _draw(series: list[_Prepared], end: datetime, *, width: int = 760, height: int = 300,
          title: str = "Price history", start: datetime | None = None, legend: bool = True,
          font_size: int = 12, css_class: str = "price-chart") -> str:
    return _render(_Scene(series, end, start), width=width, height=height, title=title, legend=legend,
                   font_size=font_size, css_class=css_class)


class _Scene:
    """What a drawing of some series over one time range shows, whatever its size: the series
    (clipped to the range), the time and price axes' bounds and ticks, and per change its time
    and price as fractions of the axes, its tooltip and whether it is the last crawl's. The
    widget draws each range twice (wide and narrow) from one scene; :func:`_render` places it.
    The fractions are the very floats the drawing's arithmetic gives, so a drawing made from
    a scene is the drawing made from the series, character for character."""

    __slots__ = ("series", "empty", "start", "end", "data_end", "yticks", "step", "label_chars", "tick_labels",
                 "tick_fractions", "start_us", "span", "lines", "_times")

    def __init__(self, series: list[_Prepared], end: datetime, start: datetime | None):
        if start is not None:
            series = [_clip_prepared(s, start) for s in series]
            series = [s for s in series if s.changes]
        self.series = series
        priced = [c[2] for s in series for c in s.changes if c[2] is not None]
        self.empty = not priced
        if self.empty:
            return
        last_crawl = max(c[0] for s in series for c in s.changes)
        start = start or min(c[0] for s in series for c in s.changes)
        end = max(end, last_crawl)
        if end - start < timedelta(days=1):
            start = end - timedelta(days=1)
        self.data_end = end
        end = end + max((end - start) * 0.07, timedelta(hours=6))  # room after the last crawl
        self.start, self.end = start, end
        low = min(priced)
        high = max(priced)
        pad = (high - low) * 0.08 or max(high * 0.05, 1)
        yticks = nice_ticks(max(low - pad, 0), high + pad)
        y0, y1 = yticks[0], yticks[-1]
        self.yticks = yticks
        step = self.step = yticks[1] - yticks[0] if len(yticks) > 1 else 1
        labels = [axis_money(v, step) for v in yticks]
        self.label_chars = max(len(label) for label in labels)
        self.tick_labels = labels  # $, digits, , . - only: nothing to escape
        y_span = (y1 - y0) or 1
        self.tick_fractions = [1 - (value - y0) / y_span for value in yticks]
        start_us = self.start_us = (start - EPOCH) // _MICROSECOND
        self.span = (end - start).total_seconds()
        self._times = {}
        # per series: its changes in time order as (x fraction's numerator in s, y fraction or
        # None, in stock, carried, last crawl's, tooltip)
        lines = []
        for one in series:
            changes = sorted(one.changes, key=lambda c: c[0])
            drawn = []
            for i, (at, micro, price, in_stock, carried, tip) in enumerate(changes):
                fraction = None if price is None else 1 - (price - y0) / y_span
                latest = False
                if price is not None and not carried:
                    if not in_stock:
                        tip += " (not in stock)"
                    if at >= last_crawl and i > 0:  # the change at the last crawl: ringed, so it cannot hide at the edge
                        tip += " (the last crawl)"
                        latest = True
                drawn.append(((micro - start_us) / 1e6, fraction, in_stock, carried, latest, tip))
            lines.append((one, drawn))
        self.lines = lines

    def time_ticks(self, count: int) -> list[tuple[float, str]]:
        """The time axis' ticks for ``count`` (seconds from the start, label)."""
        found = self._times.get(count)
        if found is None:
            found = self._times[count] = [
                ((tick - self.start).total_seconds(),
                 tick.strftime("%d %b %Y" if i == 0 or tick.month == 1 and tick.day <= 7 else "%d %b"))  # digits, a month
                for i, tick in enumerate(time_ticks(self.start, self.data_end, count=count))]
        return found


def _render(scene: _Scene, *, width: int = 760, height: int = 300, title: str = "Price history",
            legend: bool = True, font_size: int = 12, css_class: str = "price-chart") -> str:
    """The SVG of ``scene`` at this size. ``legend``: draw the legend inside the SVG."""
    if scene.empty:
        return (f'<svg class="{css_class}" role="img" viewBox="0 0 {width} 60" width="100%">'
                f'<title>{escape(title)}</title><text x="10" y="35" class="empty">No prices recorded yet.'
                f'</text></svg>')
    series = scene.series
    legend_rows = math.ceil(len(series) / 3) if legend else 0
    label_width = scene.label_chars * font_size * 0.68
    left, right, top, bottom = int(label_width + 12), 10, 12 + 20 * legend_rows, int(font_size * 2.4)
    plot_w, plot_h = width - left - right, height - top - bottom
    span = scene.span

    out = [f'<svg class="{css_class}" role="img" viewBox="0 0 {width} {height}" width="100%" '
           f'xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="{font_size}">',
           f'<title>{escape(title)}</title>',
           f'<desc>Price in USD of each offer over time; dashed while not in stock.</desc>']
    # grid and axes
    for fraction, label in zip(scene.tick_fractions, scene.tick_labels):
        at = top + plot_h * fraction
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{at:.1f}" y2="{at:.1f}" '
                   f'stroke="#e3e3e3"/>')
        out.append(f'<text x="{left - 6}" y="{at + 4:.1f}" text-anchor="end" fill="#555">'
                   f'{label}</text>')
    label_y = f"{top + plot_h + font_size * 1.5:.0f}"
    for seconds, label in scene.time_ticks(max(2, min(6, plot_w // (font_size * 6)))):
        at = f"{left + plot_w * seconds / span:.1f}"
        out.append(f'<line x1="{at}" x2="{at}" y1="{top}" y2="{top + plot_h}" stroke="#f0f0f0"/>')
        out.append(f'<text x="{at}" y="{label_y}" text-anchor="middle" fill="#555">{label}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#bbb"/>')
    end_text = f"{left + plot_w * (scene.end - scene.start).total_seconds() / span:.1f}"
    # series
    for index, (one, drawn) in enumerate(scene.lines):
        color = PALETTE[index % len(PALETTE)]
        # each change's x once, formatted once (it is also where the previous change's level ends)
        xs = [left + plot_w * change[0] / span for change in drawn]
        xt = [f"{v:.1f}" for v in xs]
        xt.append(end_text)
        solid, dashed, dots = [], [], []
        previous_y = None
        for i, (_, fraction, in_stock, carried, latest, tip) in enumerate(drawn):
            if fraction is None:
                previous_y = None
                continue
            x_from = xt[i]
            y_at = top + plot_h * fraction
            y_text = f"{y_at:.1f}"
            path = solid if in_stock else dashed
            if previous_y is not None:
                path.append(f"M{x_from},{previous_y}V{y_text}")
            path.append(f"M{x_from},{y_text}H{xt[i + 1]}")
            previous_y = y_text
            if carried:
                continue
            if latest:
                dots.append(f'<rect class="latest" x="{xs[i] - 7:.1f}" y="{y_at - 7:.1f}" width="14" height="14" '
                            f'rx="7" fill="none" stroke="{color}" stroke-width="2"/>')
            dots.append(f'<circle cx="{x_from}" cy="{y_text}" r="3.5" fill="{color}"><title>{tip}</title></circle>')
        group = [f'<g class="series" data-i="{index}" data-label="{one.escaped}">']
        if solid:
            group.append(f'<path d="{"".join(solid)}" fill="none" stroke="{color}" stroke-width="2.2"/>')
        if dashed:
            group.append(f'<path d="{"".join(dashed)}" fill="none" stroke="{color}" stroke-width="2" '
                         f'stroke-dasharray="5 4" opacity="0.8"/>')
        group.extend(dots)
        group.append("</g>")
        out.extend(group)
        if not legend:
            continue
        column, row = index % 3, index // 3
        lx, ly = left + column * (plot_w / 3), 14 + row * 20
        out.append(f'<rect x="{lx:.1f}" y="{ly - 9}" width="14" height="4" fill="{color}"/>'
                   f'<text x="{lx + 20:.1f}" y="{ly - 3}" fill="#222">{escape(_shorten(one.label, 34))}</text>')
    out.append("</svg>")
    return "".join(out)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clip(series: Series, start: datetime) -> Series:
    """``series`` from ``start`` on: the change in force at ``start`` moved to ``start``."""
    before = [c for c in series.changes if c.at < start]
    after = [c for c in series.changes if c.at >= start]
    if before and (not after or after[0].at > start):
        last = before[-1]
        after.insert(0, Change(start, last.price, last.in_stock, carried=True))
    return Series(series.label, after)


RANGES = [("30d", "30 d", 30), ("90d", "90 d", 90), ("all", "all", None)]
NARROW = {"width": 380, "height": 280, "font_size": 13}


def chart_widget(series: list[Series], end: datetime, *, title: str = "Price history", key: str = "c") -> str:
    """The product page's chart: an SVG per time range (30 d, 90 d, all: those the history is
    long enough for) in a wide and a narrow (phone) drawing, a checkbox per shop to show or
    hide its line, and the range buttons, all without script (CSS ``:checked``)."""
    key = "".join(ch for ch in key if ch.isalnum()) or "c"
    if not any(c.price is not None for s in series for c in s.changes):
        return price_chart(series, end, title=title)
    prepared = [_prepare(s) for s in series]  # once for the six drawings
    first = min(c.at for s in series for c in s.changes)
    span_days = (end - first).total_seconds() / 86400
    ranges = [(name, label, days) for name, label, days in RANGES if days is None or span_days > days]
    default = "all"
    css = [f"#{key} .pl-view{{display:none}}", f"#{key} .pl-narrow{{display:none}}",
           f"@media (max-width:640px){{#{key} .pl-wide{{display:none}}#{key} .pl-narrow{{display:block}}}}"]
    inputs, controls, views = [], [], []
    if len(ranges) > 1:
        buttons = []
        for name, label, days in ranges:
            inputs.append(f'<input class="pl-toggle-input" type="radio" name="{key}-range" id="{key}-r-{name}"'
                          f'{" checked" if name == default else ""}>')
            buttons.append(f'<label for="{key}-r-{name}">{escape(label)}</label>')
            css.append(f"#{key}-r-{name}:checked~.pl-view-{name}{{display:block}}")
            css.append(f"#{key}-r-{name}:checked~.pl-chart-controls label[for={key}-r-{name}]"
                       "{background:#276890;color:#fff}")
        controls.append('<span class="pl-ranges" role="group" aria-label="Time range">' + "".join(buttons) + "</span>")
    else:
        css.append(f"#{key} .pl-view-{ranges[0][0]}{{display:block}}")
    shops = []
    for index, one in enumerate(series):
        color = PALETTE[index % len(PALETTE)]
        inputs.append(f'<input class="pl-toggle-input" type="checkbox" id="{key}-s-{index}" checked>')
        shops.append(f'<label for="{key}-s-{index}"><i style="background:{color}"></i>{escape(one.label)}</label>')
        css.append(f'#{key}-s-{index}:not(:checked)~.pl-view g.series[data-i="{index}"]{{display:none}}')
        css.append(f"#{key}-s-{index}:not(:checked)~.pl-chart-controls label[for={key}-s-{index}]"
                   "{opacity:.45;text-decoration:line-through}")
    controls.append('<span class="pl-shops" role="group" aria-label="Shops shown">' + "".join(shops) + "</span>")
    for name, label, days in sorted(ranges, key=lambda r: r[0] != default):  # the one shown first
        start = end - timedelta(days=days) if days else None
        scene = _Scene(prepared, end, start)  # once for both drawings of the range
        wide = _render(scene, title=f"{title}, {label}", legend=False, css_class="price-chart pl-wide")
        narrow = _render(scene, title=f"{title}, {label}", legend=False, css_class="price-chart pl-narrow", **NARROW)
        views.append(f'<div class="pl-view pl-view-{name}">{wide}{narrow}</div>')
    return (f'<div class="pl-chartbox" id="{key}"><style>{"".join(css)}</style>{"".join(inputs)}'
            f'<div class="pl-chart-controls">{"".join(controls)}</div>{"".join(views)}</div>')
