"""The Dask example (examples/dask/tag_archive.py) on a LocalCluster with 2 worker processes
gives, record for record, what `chronicle batch` gives on the same partitioned input.

The input is the TempEval-3 texts split into 8 partitions when the corpus is found
($CHRONICLE_CORPUS, or ../shared/corpora/tbaq beside the checkout), otherwise (or with
CHRONICLE_CORPUS=-) the project's own test articles; a ninth partition holds broken records, which must come out as error lines in
both. The example runs as a subprocess with a time limit, so a cluster that hangs fails the test.
"""
from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "dask" / "tag_archive.py"
PARTITIONS = 8
TIME_LIMIT_S = 150


def corpus() -> pathlib.Path | None:
    if os.environ.get("CHRONICLE_CORPUS") == "-":  # use the project's own articles
        return None
    for candidate in (os.environ.get("CHRONICLE_CORPUS"), ROOT.parent / "shared" / "corpora" / "tbaq"):
        if candidate and pathlib.Path(candidate).is_dir():
            return pathlib.Path(candidate)
    return None


def article_date(text: pathlib.Path) -> str:
    """The article date: the `dct:` line of the test article's .expected file, or the file name's."""
    expected = text.with_suffix(".expected")
    if expected.exists():
        for line in expected.read_text(encoding="utf-8").splitlines():
            if line.startswith("dct:"):
                return line.split(":", 1)[1].strip()
    return text.stem[-10:]


def own_articles(folder: pathlib.Path) -> None:
    texts = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")) + \
        sorted((ROOT / "examples" / "articles").glob("*.txt"))
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "date": article_date(p)},
                        ensure_ascii=False) + "\n" for p in texts]
    lines = lines * 4  # enough records that every partition has several
    folder.mkdir(parents=True)
    size = -(-len(lines) // PARTITIONS)
    for i in range(PARTITIONS):
        (folder / f"part-{i:03d}.jsonl").write_text("".join(lines[i * size:(i + 1) * size]), encoding="utf-8")


BROKEN = [
    '{"id": "no-text", "date": "2021-03-23"}',
    '{"id": "bad-date", "text": "It rained on Friday.", "date": "2021-02-30"}',
    'not json at all',
    '{"id": "good", "text": "The talks resume on Friday.", "date": "2021-03-23"}',
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> pathlib.Path:
    folder = tmp_path_factory.mktemp("archive") / "in"
    found = corpus()
    if found:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "tbaq_jsonl.py"), str(found), str(folder),
                        "--partitions", str(PARTITIONS)], check=True, timeout=60)
    else:
        own_articles(folder)
    (folder / f"part-{PARTITIONS:03d}.jsonl").write_text("\n".join(BROKEN) + "\n", encoding="utf-8")
    return folder


def lines(text: str) -> list:
    """JSON Lines split as `chronicle batch` splits them: on "\\n" only (str.splitlines would
    also split inside texts that hold U+2028 or U+0085), every line terminated."""
    assert text.endswith("\n"), "the last line has no newline"
    return text[:-1].split("\n")


def cli() -> str:
    path = os.environ.get("CHRONICLE_CLI")
    if not path:
        pytest.fail("CHRONICLE_CLI is not set (ctest sets it to the built chronicle command)")
    return path


@pytest.mark.parametrize("events", [False, True], ids=["expressions", "events"])
def test_dask_equals_batch(archive: pathlib.Path, tmp_path: pathlib.Path, events: bool) -> None:
    inputs = sorted(archive.glob("*.jsonl"))
    assert len(inputs) >= PARTITIONS + 1
    flags = ["--events"] if events else []

    batch = subprocess.run([cli(), "batch", *map(str, inputs), "--jobs", "2", *flags],
                           capture_output=True, text=True, timeout=TIME_LIMIT_S)
    assert batch.returncode == 2, batch.stderr  # the broken records fail, the rest is tagged
    expected = lines(batch.stdout)

    out = tmp_path / "out"
    run = subprocess.run([sys.executable, str(EXAMPLE), str(archive / "*.jsonl"), str(out),
                          "--local-workers", "2", *flags],
                         capture_output=True, text=True, timeout=TIME_LIMIT_S)
    assert run.returncode == 0, run.stderr
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == len(inputs)
    got = [line for part in parts for line in lines(part.read_text(encoding="utf-8"))]

    assert len(got) == len(expected) == sum(len(lines(p.read_text(encoding="utf-8"))) for p in inputs)
    for number, (mine, theirs) in enumerate(zip(got, expected), start=1):
        assert mine == theirs, f"record {number} differs"
    errors = [json.loads(line) for line in got if '"error"' in line]
    assert [e.get("id") for e in errors] == ["no-text", "bad-date", None]
    tagged = [json.loads(line) for line in got if '"error"' not in line]
    assert any(t.get("expressions") or t.get("events") for t in tagged)
