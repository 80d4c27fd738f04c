"""Drawing the Insights charts on a matplotlib ``Figure``: the page's images (RGBA pixels,
drawn on the background runner) and the report's PNG images use the same functions, both on
Agg. Never pyplot (no global state, no GUI backend chosen for us); matplotlib is imported only
inside :func:`png` and :func:`pixels`. No Qt.

Colours are the Okabe-Ito palette (safe for the common kinds of colour blindness), each line
also has its own marker, and urges are never drawn in red (WRITING.md).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from recoverydesk.reports import charts

# Okabe & Ito (2008), "Color Universal Design": https://jfly.uni-koeln.de/color/
MOOD_COLOUR = "#009E73"  # bluish green
SERIES_COLOURS = ("#0072B2", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442")  # no vermilion
MARKERS = ("o", "s", "^", "D", "v")


@dataclass(frozen=True)
class ChartStyle:
    text: str = "#1a1a1a"
    background: str = "#ffffff"
    grid: str = "#d0d0d0"
    heat: str = "Blues"  # a one-hue colour map: darker is stronger
    scale: float = 1.0  # text size, following the app's font (200% → 2)


LIGHT = ChartStyle()
DARK = ChartStyle("#e8e8e8", "#202124", "#4a4a4a", "Blues_r")


def _axes(figure, style: ChartStyle, ylabel: str = ""):
    figure.clear()
    figure.set_facecolor(style.background)
    ax = figure.add_subplot(111)
    ax.set_facecolor(style.background)
    for spine in ax.spines.values():
        spine.set_color(style.grid)
    ax.tick_params(colors=style.text, labelsize=8 * style.scale)
    ax.yaxis.label.set_color(style.text)
    ax.grid(True, axis="y", color=style.grid, linewidth=0.6)
    ax.set_ylabel(ylabel, fontsize=9 * style.scale)
    return ax


def _legend(ax, style: ChartStyle, where: str = "upper left") -> None:
    if ax.get_legend_handles_labels()[0]:
        legend = ax.legend(fontsize=8 * style.scale, frameon=False, loc=where, ncols=3)
        for text in legend.get_texts():
            text.set_color(style.text)


def _sparse_ticks(ax, starts, most: int = 8) -> None:
    """At most ``most`` date labels along the bottom: fewer labels, faster drawing."""
    step = max(1, -(-len(starts) // most))
    ax.set_xticks(range(0, len(starts), step),
                  [s.strftime("%d %b") for s in starts[::step]])


def _points(starts, values):
    pairs = [(s, v) for s, v in zip(starts, values, strict=True) if v is not None]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def mood_and_urges(figure, data: charts.MoodAndUrges, style: ChartStyle = LIGHT) -> None:
    ax = _axes(figure, style, "0–5")
    ax.set_ylim(-0.2, 5.4)
    lines = [(data.mood, MOOD_COLOUR, MARKERS[0], "Mood")]
    lines += [(series, SERIES_COLOURS[i % 5], MARKERS[(i + 1) % 5], f"Urge: {series.name}")
              for i, series in enumerate(data.urges)]
    for series, colour, marker, label in lines:
        ax.plot(*_points(data.starts, series.values), linestyle="none", marker=marker,
                color=colour, markersize=4 * style.scale, alpha=0.7)
        ax.plot(*_points(data.starts, series.smoothed), color=colour, linewidth=2,
                marker=marker, markevery=max(1, len(data.starts) // 8), label=label)
    _legend(ax, style)
    _short_dates(ax)
    figure.autofmt_xdate()


def _short_dates(ax) -> None:
    from matplotlib.dates import DateFormatter, DayLocator

    low, high = ax.get_xlim()  # in days
    ax.xaxis.set_major_locator(DayLocator(interval=max(1, int((high - low) // 7))))
    ax.xaxis.set_major_formatter(DateFormatter("%d %b"))


def acted_on(figure, data: charts.ActedOn, style: ChartStyle = LIGHT) -> None:
    ax = _axes(figure, style, "days")
    width = 0.8 / max(1, len(data.days))
    positions = range(len(data.starts))
    for i, (target, counts) in enumerate(data.days.items()):
        # Each target its own colour and a marker on top, so colour is never the only cue.
        xs = [p + i * width for p in positions]
        ax.bar(xs, counts, width, label=target, color=SERIES_COLOURS[i % 5])
        shown = [(x, c) for x, c in zip(xs, counts, strict=True) if c]
        ax.plot([x for x, _ in shown], [c for _, c in shown], linestyle="none",
                marker=MARKERS[(i + 1) % 5], color=style.text, markersize=4 * style.scale)
    _sparse_ticks(ax, data.starts)
    ax.yaxis.get_major_locator().set_params(integer=True)
    _legend(ax, style)
    figure.autofmt_xdate()


def emotions(figure, data: charts.EmotionWeeks, style: ChartStyle = LIGHT) -> None:
    ax = _axes(figure, style)
    ax.grid(False)
    grid = [[float("nan") if v is None else v for v in row] for row in data.levels]
    if grid:
        image = ax.imshow(grid, aspect="auto", cmap=style.heat, vmin=0, vmax=5)
        bar = figure.colorbar(image, ax=ax, fraction=0.04)
        bar.ax.tick_params(colors=style.text, labelsize=8 * style.scale)
    ax.set_yticks(range(len(data.emotions)), [e.capitalize() for e in data.emotions])
    _sparse_ticks(ax, data.weeks)
    figure.autofmt_xdate()


def skills(figure, used: list[charts.SkillUse], changes: list[charts.SkillChange],
           style: ChartStyle = LIGHT) -> None:
    """Two panels, one above the other: how often each skill was used, and the urge before
    and after each skill done in RecoveryDesk."""
    figure.clear()
    figure.set_facecolor(style.background)
    top_ax, bottom_ax = figure.subplots(2, 1)
    for ax, title in ((top_ax, "How often"), (bottom_ax, "Urge before and after (0–5)")):
        ax.set_facecolor(style.background)
        ax.tick_params(colors=style.text, labelsize=8 * style.scale)
        ax.set_title(title, fontsize=9 * style.scale, color=style.text, loc="left")
        for spine in ax.spines.values():
            spine.set_color(style.grid)
    top = used[:8][::-1]
    top_ax.barh([u.name for u in top], [u.checkin_days for u in top],
                color=SERIES_COLOURS[0], label="days in check-ins")
    top_ax.barh([u.name for u in top], [u.sessions for u in top],
                left=[u.checkin_days for u in top], color=SERIES_COLOURS[1], hatch="//",
                label="sessions in RecoveryDesk")
    _legend(top_ax, style, "lower right")
    rated = [c for c in changes if c.urge_before is not None][:6][::-1]
    for c in rated:
        bottom_ax.plot([c.urge_before, c.urge_after], [c.name, c.name], color=style.grid)
    bottom_ax.scatter([c.urge_before for c in rated], [c.name for c in rated], marker="o",
                      color=SERIES_COLOURS[0], label="before", zorder=3)
    bottom_ax.scatter([c.urge_after for c in rated], [c.name for c in rated], marker="s",
                      color=SERIES_COLOURS[1], label="after", zorder=3)
    bottom_ax.set_xlim(-0.2, 5.2)
    _legend(bottom_ax, style, "lower right")


def sleep(figure, days: list[charts.SleepDay], style: ChartStyle = LIGHT) -> None:
    ax = _axes(figure, style, "hours of sleep")
    when = [d.day for d in days]
    # Thin vertical lines rather than bars: hundreds of days draw quickly.
    ax.vlines(when, 0, [d.sleep_hours for d in days], color=SERIES_COLOURS[3],
              linewidth=max(1.0, 240 / max(1, len(days))), label="Sleep (hours)")
    ax.set_ylim(0, 12)
    mood_ax = ax.twinx()
    mood_ax.tick_params(colors=style.text, labelsize=8 * style.scale)
    mood_ax.set_ylim(-0.2, 5.4)
    mood_ax.set_ylabel("mood 0–5", fontsize=9 * style.scale, color=style.text)
    mood_ax.plot(*_points(when, [d.mood for d in days]), color=MOOD_COLOUR, marker="o",
                 label="Mood")
    _legend(ax, style)
    _short_dates(ax)
    figure.autofmt_xdate()


def _figure(draw, args, size, dpi):
    """A fresh ``Figure`` on its own Agg canvas with the chart drawn: no window system, no
    shared state, so it is safe on a worker thread."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    draw(figure, *args)
    figure.tight_layout()
    return figure, canvas


def png(draw, *args, size=(7.0, 3.0), dpi=120) -> bytes:
    """The chart ``draw`` makes, as PNG bytes (Agg, no window system)."""
    figure, _ = _figure(draw, args, size, dpi)
    out = io.BytesIO()
    figure.savefig(out, format="png", facecolor=figure.get_facecolor())
    return out.getvalue()


@dataclass(frozen=True)
class Pixels:
    """A rendered chart: RGBA bytes, ``width`` × ``height`` device pixels."""
    rgba: bytes
    width: int
    height: int


def pixels(draw, *args, width: int, height: int, ratio: float = 1.0) -> Pixels:
    """The chart ``draw`` makes at ``width`` × ``height`` logical pixels on a screen with
    device pixel ratio ``ratio`` (100 dpi per logical inch, as matplotlib's Qt canvas)."""
    _, canvas = _figure(draw, args, (width / 100, height / 100), 100 * ratio)
    canvas.draw()
    device_width, device_height = canvas.get_width_height(physical=True)
    return Pixels(bytes(canvas.buffer_rgba()), device_width, device_height)
