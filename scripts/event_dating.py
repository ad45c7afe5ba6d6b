#!/usr/bin/env python3
"""Scores Chronicle's events against the event-to-time links of a TimeML corpus.

Run from the project root after a build:
    scripts/event_dating.py [--corpus DIR] [--chronicle PATH] [--errors [N]]

For every .tml document under the corpus (default ../shared/corpora/tbaq, parts TimeBank and
AQUAINT) it takes the text inside <TEXT> with the tags removed and the DCT, runs the product's
own path, `chronicle extract --events --date DCT FILE`, and compares the events with the gold
TLINKs that tie an EVENT (through its MAKEINSTANCE) to a TIMEX3 that is not the DCT.

- A gold link counts when it says that the event happens at or within the time: relType
  IS_INCLUDED, DURING or SIMULTANEOUS from the event to the time (or INCLUDES, DURING,
  SIMULTANEOUS from the time to the event), and the time's value is a calendar value (a year,
  month, week, day or time; durations, sets and PAST_REF-style values cannot date an event).
- Dates agree when Chronicle's `when` (or either end of its range) equals the gold value, or is
  the day or month that contains it ("1998-01-08" for "1998-01-08T10:00", "1998-01" for
  "1998-01-08"), or names the same week.
- recall: share of gold linked events for which some Chronicle event has a source sentence
  containing the event word and a `when` that agrees with one of the event's gold links.
- precision: share of Chronicle's events, among those whose source sentence holds at least one
  gold linked event, whose `when` agrees with a gold link of an event in that sentence. (Events
  in sentences without any gold link cannot be judged: the corpus annotates links sparsely.
  Their count is printed beside.)
- label hit: share of recalled events whose Chronicle label contains the gold event word or its
  stem.
- statements and quotations: gold events that are verbs of saying or of a view ("said",
  "expects") or stand inside a direct quotation. Chronicle makes no events of them by design,
  so the share of the other links is the most recall can reach; recall over those is printed.
Standard library only.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile

EVENT_TO_TIME = {"IS_INCLUDED", "DURING", "SIMULTANEOUS"}
TIME_TO_EVENT = {"INCLUDES", "DURING", "SIMULTANEOUS"}
CALENDAR_VALUE = re.compile(r"^\d{4}(-(\d{2}|W\d{2}|Q\d|H\d|SU|SP|FA|WI)(-\d{2})?)?(T.*)?$")
TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


class Doc:
    def __init__(self, name, part):
        self.name, self.part = name, part
        self.text = ""            # plain text given to Chronicle
        self.dct = None
        self.events = {}          # eid -> (begin byte, end byte, word)
        self.timex_values = {}    # tid -> value
        self.instance_event = {}  # eiid -> eid
        self.links = {}           # eid -> set of gold values


def parse_tml(path, part):
    raw = open(path, encoding="utf-8").read()
    doc = Doc(os.path.basename(path), part)
    dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if dct:
        doc.dct = dict(ATTR.findall(dct.group(1))).get("value")
        dct_tid = dict(ATTR.findall(dct.group(1))).get("tid")
    else:
        dct_tid = None
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attrs = dict(ATTR.findall(m.group(1)))
        if "tid" in attrs:
            doc.timex_values[attrs["tid"]] = attrs.get("value", "")
            if attrs.get("functionInDocument") == "CREATION_TIME":
                dct_tid = attrs["tid"]
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if not body:
        return None
    # Strip the tags, keeping UTF-8 byte offsets of every EVENT's word in the plain text.
    pieces, length, open_event = [], 0, None
    pos = 0
    content = body.group(1)
    for m in TAG.finditer(content):
        chunk = html.unescape(content[pos:m.start()])
        pieces.append(chunk)
        length += len(chunk.encode("utf-8"))
        pos = m.end()
        closing, name, attrs = m.group(1) == "/", m.group(2), dict(ATTR.findall(m.group(3)))
        if name == "EVENT" and not closing:
            open_event = (attrs.get("eid"), length, len(pieces))
        elif name == "EVENT" and closing and open_event:
            eid, begin, first_piece = open_event
            word = "".join(pieces[first_piece:])
            doc.events[eid] = (begin, length, word)
            open_event = None
    pieces.append(html.unescape(content[pos:]))
    doc.text = "".join(pieces)
    for m in re.finditer(r"<MAKEINSTANCE([^>]*)>", raw):
        attrs = dict(ATTR.findall(m.group(1)))
        doc.instance_event[attrs.get("eiid")] = attrs.get("eventID")
    for m in re.finditer(r"<TLINK([^>]*)>", raw):
        attrs = dict(ATTR.findall(m.group(1)))
        rel = attrs.get("relType")
        if "eventInstanceID" in attrs and "relatedToTime" in attrs and rel in EVENT_TO_TIME:
            eiid, tid = attrs["eventInstanceID"], attrs["relatedToTime"]
        elif "timeID" in attrs and "relatedToEventInstance" in attrs and rel in TIME_TO_EVENT:
            eiid, tid = attrs["relatedToEventInstance"], attrs["timeID"]
        else:
            continue
        if tid == dct_tid or tid == "t0":
            continue
        value = doc.timex_values.get(tid, "")
        eid = doc.instance_event.get(eiid)
        if eid in doc.events and CALENDAR_VALUE.match(value):
            doc.links.setdefault(eid, set()).add(value)
    return doc


def run_chronicle(binary, doc):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(doc.text)
        path = f.name
    try:
        out = subprocess.run([binary, "extract", "--events", "--date", doc.dct[:10], path],
                             capture_output=True, text=True, timeout=60)
    finally:
        os.unlink(path)
    if out.returncode != 0:
        sys.stderr.write(f"event_dating: {doc.name}: {out.stderr.strip()}\n")
        return []
    return json.loads(out.stdout).get("events", [])


def ends(when):
    return [w for w in when.split("/") if w]


def dates_agree(when, gold):
    for w in ends(when):
        if w == gold:
            return True
        # Chronicle's day or month contains the gold value.
        if len(w) >= 7 and gold.startswith(w) and len(gold) > len(w) and gold[len(w)] in "-T":
            return True
    return False


def stem(word):
    word = word.lower()
    for suffix in ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s", "ion", "ment", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def label_hit(label, word):
    words = re.findall(r"[A-Za-z]+", label.lower())
    target = word.lower().strip()
    if target in label.lower():
        return True
    s = stem(target)
    return any(stem(w) == s or w.startswith(s) for w in words)


# Verbs of saying and of holding a view. The corpus links them to dates; Chronicle never makes
# them events (a statement or an opinion is not a happening), so the links of such words, and
# of words inside a direct quotation, are counted apart: they bound the recall any builder
# with that policy can reach.
STATEMENT_WORDS = {
    "said", "say", "says", "saying", "told", "tell", "tells", "telling", "reported", "reporting",
    "announced", "announcing", "added", "stated", "declared", "noted", "claimed", "insisted",
    "explained", "stressed", "wrote", "according", "commented", "replied", "argued",
    "expect", "expects", "expected", "predicted", "believe", "believes", "believed",
    "think", "thinks", "thought",
}
SENTENCE_END = re.compile(r"[.!?][\"')]*\s+(?=[A-Z`\"(])|\n\s*\n")


def is_statement(doc, begin, word):
    """Whether a gold event is a verb of saying or a view, or stands inside a direct quotation."""
    if word.lower().strip() in STATEMENT_WORDS:
        return True
    before = doc.text.encode("utf-8")[:begin].decode("utf-8", "ignore")
    starts = [m.end() for m in SENTENCE_END.finditer(before)]
    sentence = before[starts[-1] if starts else 0:]
    return (sentence.count("``") > sentence.count("''") or sentence.count('"') % 2 == 1
            or sentence.count("\u201c") > sentence.count("\u201d"))


def score(docs, binary, errors):
    totals = {}
    for doc in docs:
        t = totals.setdefault(doc.part, dict(gold=0, recalled=0, judged=0, agreed=0, unjudged=0,
                                             hits=0, misses=[], statements=0, other_recalled=0))
        events = run_chronicle(binary, doc)
        spans = [(e.get("source_begin", -1), e.get("source_end", -1), e) for e in events]
        for eid, values in doc.links.items():
            begin, end, word = doc.events[eid]
            t["gold"] += 1
            statement = is_statement(doc, begin, word)
            t["statements"] += statement
            found = [e for b, x, e in spans if b <= begin and end <= x and e.get("when")
                     and any(dates_agree(e["when"], v) for v in values)]
            if found:
                t["recalled"] += 1
                t["other_recalled"] += not statement
                if any(label_hit(e.get("label", ""), word) for e in found):
                    t["hits"] += 1
            else:
                t["misses"].append(f"{doc.name}: '{word}' gold {sorted(values)}; events in sentence: "
                                   + "; ".join(f"{e.get('when')} {e.get('label')!r}" for b, x, e in spans
                                               if b <= begin and end <= x))
        for b, x, e in spans:
            linked = [v for eid, vals in doc.links.items() for v in vals
                      if b <= doc.events[eid][0] and doc.events[eid][1] <= x]
            if not linked:
                t["unjudged"] += 1
                continue
            t["judged"] += 1
            if e.get("when") and any(dates_agree(e["when"], v) for v in linked):
                t["agreed"] += 1
    for part in ("TimeBank", "AQUAINT"):
        if part not in totals:
            continue
        t = totals[part]
        recall = 100.0 * t["recalled"] / max(t["gold"], 1)
        precision = 100.0 * t["agreed"] / max(t["judged"], 1)
        hit = 100.0 * t["hits"] / max(t["recalled"], 1)
        print(f"{part:9s} recall {recall:5.1f}% ({t['recalled']}/{t['gold']})  "
              f"precision {precision:5.1f}% ({t['agreed']}/{t['judged']}; {t['unjudged']} events unjudged)  "
              f"label hit {hit:5.1f}% ({t['hits']}/{t['recalled']})")
        others = t["gold"] - t["statements"]
        print(f"{'':9s} statements and quotations: {t['statements']} of {t['gold']} links "
              f"(recall can reach {100.0 * others / max(t['gold'], 1):.1f}% without them); "
              f"recall over the other links {100.0 * t['other_recalled'] / max(others, 1):5.1f}% "
              f"({t['other_recalled']}/{others})")
        if errors:
            for line in t["misses"][:errors]:
                print("  miss", line)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpora", "tbaq"))
    parser.add_argument("--chronicle", default=os.path.join(root, "build", "bin", "chronicle"))
    parser.add_argument("--errors", nargs="?", const=40, type=int, default=0,
                        help="list up to N missed gold events per part")
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        sys.exit(f"event_dating: no corpus at {args.corpus}")
    if not os.access(args.chronicle, os.X_OK):
        sys.exit(f"event_dating: no {args.chronicle} (build the project first)")
    docs = []
    for part in ("TimeBank", "AQUAINT"):
        folder = os.path.join(args.corpus, part)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".tml"):
                doc = parse_tml(os.path.join(folder, name), part)
                if doc and doc.dct:
                    docs.append(doc)
    score(docs, args.chronicle, args.errors)


if __name__ == "__main__":
    main()
