#!/usr/bin/env python3
"""Writes the TempEval-3 texts (the text inside <TEXT>, the date from the <DCT>) as JSON Lines
records {"id", "text", "date"} for `chronicle batch` and the Dask example.

    scripts/tbaq_jsonl.py ../shared/corpora/tbaq out/ --partitions 8   # out/part-000.jsonl ... part-007.jsonl
    scripts/tbaq_jsonl.py ../shared/corpora/tbaq archive.jsonl         # one file
"""
from __future__ import annotations

import argparse
import html
import json
import pathlib
import re
import sys
from typing import List, Tuple


def records(corpus: pathlib.Path) -> List[Tuple[str, str, str]]:
    """(id, text, date) of every .tml file under corpus, in path order."""
    out = []
    for path in sorted(corpus.rglob("*.tml")):
        xml = path.read_text(encoding="utf-8")
        dct = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', xml, re.S)
        text = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S)
        if not dct or not text:
            raise SystemExit(f"{path}: no <DCT> date or no <TEXT>")
        out.append((path.stem, html.unescape(re.sub(r"<[^>]*>", "", text.group(1))), dct.group(1)))
    return out


def jsonl(record: Tuple[str, str, str]) -> str:
    name, text, date = record
    return json.dumps({"id": name, "text": text, "date": date}, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=pathlib.Path)
    parser.add_argument("output", type=pathlib.Path, help="a .jsonl file, or a folder with --partitions")
    parser.add_argument("--partitions", type=int, default=0, help="split into this many files")
    args = parser.parse_args()
    lines = [jsonl(r) for r in records(args.corpus)]
    if not lines:
        print(f"tbaq_jsonl: {args.corpus}: no .tml files", file=sys.stderr)
        return 1
    if args.partitions <= 0:
        args.output.write_text("".join(lines), encoding="utf-8")
        return 0
    args.output.mkdir(parents=True, exist_ok=True)
    size = -(-len(lines) // args.partitions)
    for i in range(args.partitions):
        part = lines[i * size:(i + 1) * size]
        (args.output / f"part-{i:03d}.jsonl").write_text("".join(part), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
