#!/usr/bin/env python3
"""Audits the value errors of a scored run against the gold corpus itself.

Usage: scripts/gold_audit.sh  (runs chronicle and the scorer, then this script), or
       scripts/gold_audit.py GOLD_DIR SCORE_JSON   (SCORE_JSON from te3score.py --json)

For every value error (a system expression that overlaps a gold one but has another value)
it asks two questions the gold annotation can answer by itself:

  1. Does the gold, elsewhere in the corpus, give the same phrase a value of the system's
     shape (digits replaced: "1998-W33" ~ "9999-W99")? Then the two annotations of that
     phrase disagree with each other, and no single convention can match both.
  2. For a bare weekday: is the gold date outside the week around the article date (more
     than 7 days before it or after it)? No tense reading of the article date reaches it:
     the annotator worked from another date.

For false alarms it counts those whose phrase the gold tags elsewhere in the corpus.
It prints the counts and the value F1 an extractor would reach if every remaining value
error were fixed, which bounds what rules can still gain. It reads the corpus and the
scorer's JSON only; nothing here feeds the extractor.
"""
from __future__ import annotations

import collections
import datetime
import glob
import json
import os
import re
import sys

WEEKDAYS = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTHS = (r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|\b(january|february|march|april|may|"
          r"june|july|august|september|october|november|december)\b")
TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)


def phrase_key(text: str) -> str:
    """A phrase with its weekday, month and digits generalised."""
    t = text.lower()
    t = re.sub(r"\b" + WEEKDAYS + r"\b", "WD", t)
    t = re.sub(MONTHS, "MON", t)
    return re.sub(r"\d", "9", t)


def value_shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def gold_shapes(gold_dir: str):
    """phrase key -> Counter of value shapes; doc id -> article date."""
    shapes: dict = collections.defaultdict(collections.Counter)
    dcts: dict = {}
    for path in glob.glob(os.path.join(gold_dir, "**", "*.tml"), recursive=True):
        doc = os.path.basename(path)[:-4]
        text = open(path, encoding="utf-8").read()
        dct = re.search(r'<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', text)
        if dct:
            dcts[doc] = datetime.date.fromisoformat(dct.group(1))
        body = text[text.find("<TEXT>"):]
        for attrs, inner in TIMEX.findall(body):
            value = re.search(r'value="([^"]*)"', attrs)
            if value:
                shapes[phrase_key(re.sub(r"<[^>]+>", "", inner))][value_shape(value.group(1))] += 1
    return shapes, dcts


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2])
        return 2
    gold_dir, score_json = sys.argv[1], sys.argv[2]
    shapes, dcts = gold_shapes(gold_dir)
    score = json.load(open(score_json, encoding="utf-8"))
    value_errors = [e for e in score["errors"] if "VALUE" in e["kind"]]
    conflicting, other_date, rest = [], [], []
    for e in value_errors:
        sys_tx, gold_tx = e["sys"], e["gold"]
        key = phrase_key(sys_tx["text"])
        sys_shape, gold_shape = value_shape(sys_tx["value"]), value_shape(gold_tx["value"])
        if sys_shape != gold_shape and shapes[key][sys_shape] > 0:
            conflicting.append(e)
            continue
        if re.fullmatch(WEEKDAYS, sys_tx["text"].lower()) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold_tx["value"]):
            dct = dcts.get(e["doc"])
            gold_day = datetime.date.fromisoformat(gold_tx["value"])
            if dct and abs((gold_day - dct).days) > 7:
                other_date.append(e)
                continue
        rest.append(e)

    false_alarms = [e for e in score["errors"] if e["kind"] == "FP"]
    tagged_elsewhere = [e for e in false_alarms if sum(shapes[phrase_key(e["sys"]["text"])].values()) > 0]

    n_gold, n_sys = score["n_gold"], score["n_system"]
    correct = score["value"]["correct"]
    f1 = lambda c: 200.0 * c / (n_gold + n_sys)
    print(f"value F1 now {f1(correct):.2f} ({correct} right values, {n_gold} gold, {n_sys} system)")
    print(f"value errors on matched expressions: {len(value_errors)}")
    print(f"  gold gives the same phrase the system's value shape elsewhere: {len(conflicting)}")
    print(f"  bare weekday whose gold date lies outside the article's week:  {len(other_date)}")
    print(f"  the rest (a rule could still fix them):                         {len(rest)}")
    print(f"false alarms: {len(false_alarms)}, of which the gold tags the same phrase elsewhere: "
          f"{len(tagged_elsewhere)}")
    print(f"value F1 if every one of the rest were fixed: {f1(correct + len(rest)):.2f}")
    print(f"value F1 if every value error were fixed:     {f1(correct + len(value_errors)):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
