#!/usr/bin/env python3
"""The usual matplotlib "stem" timeline of the same events as bench/bench_render.cpp, timed.

Prints one line per size and format: "matplotlib <format> <n> events: <ms> ms", so that a
script can put them next to Google Benchmark's numbers for chronicle and print ratios.
Usage: python3 bench/matplotlib_timeline.py [N ...]   (default 1000 10000 100000)
"""
import datetime
import io
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

WORDS = ["talks", "summit", "vote", "storm", "agreement", "visit",
         "sanctions", "deadline", "meeting", "election"]
MASK = (1 << 64) - 1


def bench_events(n):
    """Same generator as bench_events() in bench_render.cpp."""
    state = 20210323
    out = []

    def nxt():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        return state >> 33

    start = datetime.date(2015, 1, 1)
    for i in range(n):
        day = nxt() % 3650
        word = nxt() % 10
        priority = nxt() % 5
        out.append((start + datetime.timedelta(days=day), f"{WORDS[word]} {i}", priority))
    return out


def draw(events, fmt):
    dates = [e[0] for e in events]
    labels = [e[1] for e in events]
    levels = [(-1) ** i * (1 + i % 6) for i in range(len(events))]
    fig, ax = plt.subplots(figsize=(12, 6), layout="constrained")
    ax.set(title="Benchmark timeline")
    ax.vlines(dates, 0, levels, color="tab:red")
    ax.plot(dates, [0] * len(dates), "-o", color="k", markerfacecolor="w")
    for d, level, label in zip(dates, levels, labels):
        ax.annotate(label, xy=(d, level), xytext=(-3, 3 if level > 0 else -3),
                    textcoords="offset points", horizontalalignment="right",
                    verticalalignment="bottom" if level > 0 else "top")
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.yaxis.set_visible(False)
    ax.spines[["left", "top", "right"]].set_visible(False)
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt)
    plt.close(fig)
    return len(buf.getvalue())


def main(argv):
    sizes = [int(a) for a in argv[1:]] or [1000, 10000, 100000]
    for n in sizes:
        events = bench_events(n)
        for fmt in ("svg", "png"):
            t0 = time.perf_counter()
            size = draw(events, fmt)
            ms = (time.perf_counter() - t0) * 1000
            print(f"matplotlib {fmt} {n} events: {ms:.0f} ms ({size} bytes)", flush=True)


if __name__ == "__main__":
    main(sys.argv)
