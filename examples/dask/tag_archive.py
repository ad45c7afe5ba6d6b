#!/usr/bin/env python3
"""Tags a partitioned JSON Lines archive with Chronicle on a Dask cluster.

Each input line is a record {"id", "text", "date"?} as `chronicle batch` reads it; each output
line is exactly what `chronicle batch` writes for it (expressions, and events with --events; a
bad record gives a line with an "error" field instead of stopping the run). One input file is
one Dask partition, and the records keep their order, so the output files concatenated in name
order equal `chronicle batch` run on the input files in the same order.

    # on this machine: a LocalCluster with 2 worker processes
    python3 examples/dask/tag_archive.py 'archive/*.jsonl' tagged/ --local-workers 2
    # on a running cluster (every worker has the chronicle package installed)
    python3 examples/dask/tag_archive.py 's3://bucket/archive/*.jsonl' s3://bucket/tagged/ \
        --scheduler tcp://scheduler:8786 --events

Output: tagged/part-00000.jsonl ... (one per input partition), or with --parquet a Parquet
dataset with one row per record (id, error, and the record's JSON), when pyarrow is installed.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Iterable, List


def tag_partition(lines: Iterable[str], events: bool = False) -> List[str]:
    """Runs on a worker: one output line per input line, numbered within the partition's file."""
    import chronicle  # imported on the worker, where the package must be installed

    out = []
    for number, line in enumerate(lines, start=1):
        out.append(chronicle.batch_line(line.rstrip("\n"), number, expressions=True, events=events))
    return out


def tag_bag(paths, events: bool = False):
    """A dask.bag of output lines, one partition per input file, in input order."""
    import dask.bag as db

    # blocksize=None: one partition per file, so line numbers are those of the file.
    lines = db.read_text(paths, blocksize=None, encoding="utf-8", errors="strict")
    return lines.map_partitions(tag_partition, events=events)


def write_parquet(bag, out_dir: str) -> None:
    import dask.dataframe as dd  # noqa: F401  (needs pandas and pyarrow on every worker)

    def row(line: str) -> dict:
        record = json.loads(line)
        return {"id": json.dumps(record.get("id")), "error": record.get("error", ""), "json": line}

    bag.map(row).to_dataframe(meta={"id": str, "error": str, "json": str}).to_parquet(out_dir)


def _importable(module: str) -> bool:
    import importlib.util
    return importlib.util.find_spec(module) is not None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", help="JSON Lines files: a glob, a folder path pattern or a URL Dask reads")
    parser.add_argument("output", help="output folder (part-NNNNN.jsonl files, or a Parquet dataset)")
    parser.add_argument("--events", action="store_true", help="also write each record's events")
    parser.add_argument("--parquet", action="store_true", help="write Parquet instead of JSON Lines")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--local-workers", type=int, default=2,
                       help="start a LocalCluster with this many worker processes (default 2)")
    args = parser.parse_args(argv)
    if args.parquet and not any(_importable(m) for m in ("pyarrow", "fastparquet")):
        print("tag_archive: --parquet needs pyarrow or fastparquet; write JSON Lines instead", file=sys.stderr)
        return 1

    from dask.distributed import Client, LocalCluster

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # One thread per process: Chronicle releases the GIL, but processes keep workers apart
        # the way a real cluster does.
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        bag = tag_bag(args.input, events=args.events)
        if args.parquet:
            write_parquet(bag, args.output)
        else:
            bag.to_textfiles(args.output.rstrip("/") + "/part-*.jsonl",
                             name_function=lambda i: f"{i:05d}", encoding="utf-8", last_endline=True)
        print(f"tag_archive: {bag.npartitions} partitions written to {args.output}", file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
