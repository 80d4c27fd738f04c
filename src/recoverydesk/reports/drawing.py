"""Drawing the Insights charts on a matplotlib ``Figure``: the page's images (RGBA pixels,
drawn by the chart helper) and the report's images use the same functions, both on Agg.
Never pyplot (no global state, no GUI backend chosen for us); matplotlib is imported only
inside :func:`pixels` and :func:`warm_up`. No Qt. Margins are fixed (from the
labels' lengths) and date labels few and level: a layout pass and slanted text cost more than
the data.

Colours are the Okabe-Ito palette (safe for the common kinds of colour blindness), each line
also has its own marker, and urges are never drawn in red (WRITING.md).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta

from recoverydesk.i18n import capitalised, month_year, short_date
from recoverydesk.i18n import gettext as _
from recoverydesk.reports import charts

# Okabe & Ito (2008), "Color Universal Design": https://jfly.uni-koeln.de/color/
MOOD_COLOUR = "#009E73"  # bluish green
SERIES_COLOURS = ("#0072B2", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442")  # no vermilion
MARKERS = ("o", "s", "^", "D", "v")
SCALE_TICKS = (0, 1, 2, 3, 4, 5)  # the 0–5 scales of mood, urges and feelings


@dataclass(frozen=True)
class ChartStyle:
    text: str = "#1a1a1a"
    background: str = "#ffffff"
    grid: str = "#d0d0d0"
    heat: str = "Blues"  # a one-hue colour map: darker is stronger
    scale: float = 1.0  # text size, following the app's font (200% → 2)


LIGHT = ChartStyle()
DARK = ChartStyle("#e8e8e8", "#202124", "#4a4a4a", "Blues_r")


_PT = 1 / 72  # inches per point


@dataclass(frozen=True)
class _Margins:
    """Space around the plot, in text lines (of the tick label size) and characters: fixed
    margins from the labels' lengths, so no layout pass measures every text (tight_layout
    doubled a chart's drawing time)."""
    left_chars: int = 3
    right_chars: int = 0
    left_label: bool = False
    right_label: bool = False
    top_lines: float = 0.6
    bottom_lines: float = 1.8


def _rect(figure, style: ChartStyle, margins: _Margins,
          top: float = 1.0, bottom: float = 0.0) -> list[float]:
    """The plot's [left, bottom, width, height] in figure fractions, inside ``top``..``bottom``
    of the figure's height (the skills chart stacks two plots)."""
    width, height = figure.get_size_inches()
    em = 8 * style.scale * _PT  # the tick labels' size, in inches
    label = 9 * style.scale * _PT * 1.6  # an axis label's line
    # A character is about 0.62 em; tick marks and their gap 1.2 em. With nothing on the right,
    # room for half of the last date label.
    left = (0.62 * em * margins.left_chars + 1.2 * em + label * margins.left_label) / width
    right = ((0.62 * em * margins.right_chars + 1.2 * em + label * margins.right_label
              if margins.right_chars else 2.6 * em) / width)
    span = top - bottom
    low = bottom + em * margins.bottom_lines / height
    high = top - em * margins.top_lines / height
    return [left, low, max(0.05, 1 - left - right), max(0.05 * span, high - low)]


def _axes(figure, style: ChartStyle, rect, ylabel: str = ""):
    ax = figure.add_axes(rect)
    ax.set_facecolor(style.background)
    for spine in ax.spines.values():
        spine.set_color(style.grid)
    ax.tick_params(colors=style.text, labelsize=8 * style.scale)
    ax.yaxis.label.set_color(style.text)
    ax.grid(True, axis="y", color=style.grid, linewidth=0.6)
    if ylabel:
        ax.set_ylabel(ylabel, fontsize=9 * style.scale)
    return ax


def _start(figure, style: ChartStyle) -> None:
    figure.clear()
    figure.set_facecolor(style.background)


def _legend(ax, style: ChartStyle, where: str = "upper left") -> None:
    if ax.get_legend_handles_labels()[0]:
        columns = max(1, min(3, int(ax.figure.get_size_inches()[0] / (1.6 * style.scale))))
        legend = ax.legend(fontsize=8 * style.scale, frameon=False, loc=where, ncols=columns)
        for text in legend.get_texts():
            text.set_color(style.text)


def _room(ax, figure) -> float:
    """The plot's width, in inches."""
    return figure.get_size_inches()[0] * ax.get_position().width


def _label_width(style: ChartStyle, text: str) -> float:
    """A level tick label's width and the gap after it, in inches (a character ≈ 0.62 em)."""
    return 8 * style.scale * _PT * (0.62 * len(text) + 1.0)


# Tick spacings from the finest to the coarsest: (unit, how many, label format).
_DATE_STEPS = (("day", 1, "%d %b"), ("day", 2, "%d %b"), ("day", 3, "%d %b"),
               ("week", 1, "%d %b"), ("week", 2, "%d %b"), ("month", 1, "%b %Y"),
               ("month", 2, "%b %Y"), ("month", 3, "%b %Y"), ("month", 6, "%b %Y"),
               ("year", 1, "%Y"), ("year", 2, "%Y"), ("year", 5, "%Y"), ("year", 10, "%Y"))


def _ticks_every(first: date, last: date, unit: str, count: int) -> list[date]:
    """The days in ``first``..``last`` that start a ``unit``: every ``count`` days from the
    first, every ``count``-th Monday, first of every ``count``-th month, or 1 January."""
    if unit == "day":
        return [first + timedelta(days=i) for i in range(0, (last - first).days + 1, count)]
    if unit == "week":
        monday = first + timedelta(days=-first.weekday() % 7)
        return [monday + timedelta(weeks=i)
                for i in range(0, (last - monday).days // 7 + 1, count)] if monday <= last else []
    months = [date(y, m, 1) for y in range(first.year, last.year + 1) for m in range(1, 13)]
    every = count if unit == "month" else 12 * count
    return [d for d in months if first <= d <= last
            and ((d.year * 12 + d.month - 1) % every == 0)]


def _date_ticks(ax, figure, style: ChartStyle, first: date, last: date) -> None:
    """Level date labels along a day axis, as many as fit: every day, every few days, Mondays,
    months or years, whichever is the finest that fits the dates chosen."""
    room = _room(ax, figure)
    for unit, count, form in _DATE_STEPS:
        ticks = _ticks_every(first, last, unit, count)
        if ticks and len(ticks) * _label_width(style, _tick_label(first, form)) <= room:
            break
    if not ticks:  # nothing starts a year inside the dates: label where they start
        ticks, form = [first], "%d %b %Y"
    ax.set_xticks([_day_number(d) for d in ticks], [_tick_label(d, form) for d in ticks])


def _tick_label(day: date, form: str) -> str:
    """``day`` as ``form`` (a strftime pattern of _DATE_STEPS) says, in the current language."""
    if form == "%Y":
        return str(day.year)
    if form == "%b %Y":
        return month_year(day)
    return short_date(day, year=form.endswith("%Y"))


def _day_number(day: date) -> int:
    return day.toordinal()


def _limit_to(ax, first: date, last: date) -> None:
    """The x axis shows exactly the dates chosen, each day a unit wide: never autoscaled (a
    single point would otherwise get an axis many years wide)."""
    ax.set_xlim(_day_number(first) - 0.5, _day_number(last) + 0.5)


def _periods(starts, first: date, last: date) -> list[tuple[float, int]]:
    """Each period's middle and length in days, counting only the part inside the dates:
    where its value is drawn, and how wide its bars may be."""
    ends = [s - timedelta(days=1) for s in starts[1:]] + [last]
    spans = [(_day_number(max(s, first)), _day_number(min(e, last)))
             for s, e in zip(starts, ends, strict=True)]
    return [((a + b) / 2, b - a + 1) for a, b in spans]


def _points(places, values):
    pairs = [(x, v) for x, v in zip(places, values, strict=True) if v is not None]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def mood_and_urges(figure, data: charts.MoodAndUrges, first: date, last: date,
                   style: ChartStyle = LIGHT) -> None:
    _start(figure, style)
    ax = _axes(figure, style, _rect(figure, style, _Margins(1, left_label=True)), "0–5")
    ax.set_ylim(-0.2, 5.4)
    ax.set_yticks(SCALE_TICKS)
    lines = [(data.mood, MOOD_COLOUR, MARKERS[0], _("Mood"))]
    lines += [(series, SERIES_COLOURS[i % 5], MARKERS[(i + 1) % 5],
               _("Urge: {target}").format(target=_(series.name)))
              for i, series in enumerate(data.urges)]
    places = [middle for middle, _span in _periods(data.starts, first, last)]
    for series, colour, marker, label in lines:
        ax.plot(*_points(places, series.values), linestyle="none", marker=marker,
                color=colour, markersize=4 * style.scale, alpha=0.7)
        ax.plot(*_points(places, series.smoothed), color=colour, linewidth=2,
                marker=marker, markevery=max(1, len(data.starts) // 8), label=label)
    _legend(ax, style)
    _limit_to(ax, first, last)
    _date_ticks(ax, figure, style, first, last)


def acted_on(figure, data: charts.ActedOn, first: date, last: date,
             style: ChartStyle = LIGHT) -> None:
    from matplotlib.collections import PolyCollection

    _start(figure, style)
    most = max((max(c, default=0) for c in data.days.values()), default=0)
    ax = _axes(figure, style, _rect(figure, style, _Margins(len(str(most)), left_label=True)),
               _("days"))
    periods = _periods(data.starts, first, last)
    share = 0.8 / max(1, len(data.days))  # of each period's width, per target
    for i, (target, counts) in enumerate(data.days.items()):
        # One collection per target, not a patch per bar; each target its own colour and a
        # marker on top, so colour is never the only cue.
        bars = [(middle + (i * share - 0.4) * span, share * span, c)
                for (middle, span), c in zip(periods, counts, strict=True) if c]
        ax.add_collection(PolyCollection(
            [[(x, 0), (x + w, 0), (x + w, c), (x, c)] for x, w, c in bars],
            facecolors=SERIES_COLOURS[i % 5], label=_(target)))
        ax.plot([x + w / 2 for x, w, _c in bars], [c for _x, _w, c in bars], linestyle="none",
                marker=MARKERS[(i + 1) % 5], color=style.text, markersize=4 * style.scale)
    ax.set_ylim(0, max(1, most) * 1.25)
    ax.set_yticks(range(0, most + 1, max(1, -(-most // 4))))
    _limit_to(ax, first, last)
    _date_ticks(ax, figure, style, first, last)
    _legend(ax, style)


def emotions(figure, data: charts.EmotionWeeks, first: date, last: date,
             style: ChartStyle = LIGHT) -> None:
    _start(figure, style)
    names = [capitalised(_(e)) for e in data.emotions]
    name_chars = max((len(e) for e in names), default=3)
    ax = _axes(figure, style, _rect(figure, style, _Margins(name_chars, right_chars=6)))
    ax.grid(False)
    grid = [[float("nan") if v is None else v for v in row] for row in data.levels]
    if grid:
        # A week's cells span its seven days on the date axis (cut at the dates' ends).
        image = ax.imshow(grid, aspect="auto", cmap=style.heat, vmin=0, vmax=5,
                          interpolation="nearest",
                          extent=(_day_number(data.weeks[0]) - 0.5,
                                  _day_number(data.weeks[-1]) + 6.5, len(grid) - 0.5, -0.5))
        left, bottom, width, height = ax.get_position().bounds
        key = figure.add_axes([left + width + 0.01, bottom, 0.012, height])
        bar = figure.colorbar(image, cax=key, ticks=[0, 5])
        bar.outline.set_edgecolor(style.grid)
        bar.ax.tick_params(colors=style.text, labelsize=8 * style.scale)
    ax.set_yticks(range(len(data.emotions)), names)
    _limit_to(ax, first, last)
    _date_ticks(ax, figure, style, first, last)


def skills(figure, used: list[charts.SkillUse], changes: list[charts.SkillChange],
           style: ChartStyle = LIGHT) -> None:
    """Two panels, one above the other: how often each skill was used, and the urge before
    and after each skill done in RecoveryDesk."""
    _start(figure, style)
    top = used[:8][::-1]
    rated = [c for c in changes if c.urge_before is not None][:6][::-1]
    chars = max((len(_(n)) for n in [u.name for u in top] + [c.name for c in rated]),
                default=3)
    margins = _Margins(chars, top_lines=2.2)
    top_ax = _axes(figure, style, _rect(figure, style, margins, bottom=0.5))
    bottom_ax = _axes(figure, style, _rect(figure, style, margins, top=0.5))
    for ax, title in ((top_ax, _("How often")), (bottom_ax, _("Urge before and after (0–5)"))):
        ax.grid(False)
        ax.set_title(title, fontsize=9 * style.scale, color=style.text, loc="left")
    rows = range(len(top))
    top_ax.barh(rows, [u.checkin_days for u in top], color=SERIES_COLOURS[0],
                label=_("days in check-ins"))
    top_ax.barh(rows, [u.sessions for u in top], left=[u.checkin_days for u in top],
                color=SERIES_COLOURS[1], hatch="//", label=_("sessions in RecoveryDesk"))
    top_ax.set_yticks(rows, [_(u.name) for u in top])
    top_ax.xaxis.get_major_locator().set_params(integer=True, nbins=4)
    _legend(top_ax, style, "lower right")
    rows = range(len(rated))
    for row, c in zip(rows, rated, strict=True):
        bottom_ax.plot([c.urge_before, c.urge_after], [row, row], color=style.grid)
    bottom_ax.scatter([c.urge_before for c in rated], rows, marker="o",
                      color=SERIES_COLOURS[0], label=_("before"), zorder=3)
    bottom_ax.scatter([c.urge_after for c in rated], rows, marker="s",
                      color=SERIES_COLOURS[1], label=_("after"), zorder=3)
    bottom_ax.set_yticks(rows, [_(c.name) for c in rated])
    bottom_ax.set_ylim(-0.6, max(0.6, len(rated) - 0.4))
    bottom_ax.set_xlim(-0.2, 5.2)
    bottom_ax.set_xticks(SCALE_TICKS)
    _legend(bottom_ax, style, "lower right")


def sleep(figure, days: list[charts.SleepDay], first: date, last: date,
          style: ChartStyle = LIGHT) -> None:
    _start(figure, style)
    rect = _rect(figure, style, _Margins(2, right_chars=1, left_label=True, right_label=True))
    ax = _axes(figure, style, rect, _("hours of sleep"))
    when = [d.day for d in days]
    # Vertical lines rather than bars: hundreds of days draw quickly. Each is most of a
    # day's width (in points), at most a broad bar.
    day_width = _room(ax, figure) * 72 / ((last - first).days + 1)
    ax.vlines([_day_number(d) for d in when], 0, [d.sleep_hours for d in days],
              color=SERIES_COLOURS[3], linewidth=min(12.0, max(0.5, 0.7 * day_width)),
              label=_("Sleep (hours)"))
    ax.set_ylim(0, 12)
    ax.set_yticks((0, 4, 8, 12))
    mood_ax = ax.twinx()
    mood_ax.tick_params(colors=style.text, labelsize=8 * style.scale)
    for spine in mood_ax.spines.values():
        spine.set_color(style.grid)
    mood_ax.set_ylim(-0.2, 5.4)
    mood_ax.set_yticks(SCALE_TICKS)
    mood_ax.set_ylabel(_("mood 0–5"), fontsize=9 * style.scale, color=style.text)
    mood_ax.plot(*_points([_day_number(d) for d in when], [d.mood for d in days]),
                 color=MOOD_COLOUR, marker="o", markersize=4 * style.scale, label=_("Mood"))
    _legend(ax, style)
    _limit_to(ax, first, last)
    _date_ticks(ax, figure, style, first, last)


def _figure(draw, args, size, dpi):
    """A fresh ``Figure`` on its own Agg canvas with the chart drawn: no window system, no
    shared state, so it is safe on a worker thread."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    draw(figure, *args)
    return figure, canvas


# One chart at a time: the warm-up (its own thread) and the charts (the background runner)
# share matplotlib's font cache and text engine, which are not made for two threads at once.
_ONE_AT_A_TIME = threading.Lock()


@dataclass(frozen=True)
class Pixels:
    """A rendered chart: RGBA bytes, ``width`` × ``height`` device pixels."""
    rgba: bytes
    width: int
    height: int


def pixels(draw, *args, width: int, height: int, ratio: float = 1.0) -> Pixels:
    """The chart ``draw`` makes at ``width`` × ``height`` logical pixels on a screen with
    device pixel ratio ``ratio`` (100 dpi per logical inch, as matplotlib's Qt canvas)."""
    with _ONE_AT_A_TIME:
        canvas = _figure(draw, args, (width / 100, height / 100), 100 * ratio)[1]
        canvas.draw()
        device_width, device_height = canvas.get_width_height(physical=True)
        return Pixels(bytes(canvas.buffer_rgba()), device_width, device_height)


def document_image(draw, *args, size=(7.0, 3.0), dpi=120) -> Pixels:
    """The chart for a document, ``size`` inches at ``dpi``: its pixels, handed to Qt as
    they are (a PNG made here and read back there cost a tenth of a second a chart)."""
    return pixels(draw, *args, width=round(size[0] * 100), height=round(size[1] * 100),
                  ratio=dpi / 100)


_warmed = False


def warm_up() -> None:
    """Import matplotlib and draw a small chart once (fonts found, text engine loaded), so the
    first real chart doesn't pay for it (about a second here): the Insights page runs this on
    a thread beside the background runner soon after unlocking. Does nothing the second
    time."""
    global _warmed
    if not _warmed:
        today = date.today()
        empty = charts.mood_and_urges([], today, today, "day")
        _figure(mood_and_urges, (empty, today, today), (2, 1), 100)[1].draw()
        _warmed = True


def warmed() -> bool:
    return _warmed
