"""``demo [--out DIR]``: build the demo event (idempotent) and write its documents."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlite_utils import Database

from protocol_app.cli.output import print_json, print_lines
from protocol_app.cli.registry import Registry
from protocol_app.demo import build_demo
from protocol_app.demo_docs import write_all


def register(cli: Registry) -> None:
    p = cli.command("demo", run_demo, help="build the demo event (Innoprom, 11 July 2023)")
    p.add_argument("--out", metavar="DIR", help="also write all the demo's documents into DIR")
    p.add_argument("--json", action="store_true")


def run_demo(args: argparse.Namespace, db: Database) -> None:
    event_id = build_demo(db)
    files = write_all(db, event_id, Path(args.out)) if args.out else []
    if args.json:
        print_json({"event_id": event_id, "files": [str(f) for f in files]})
    else:
        print_lines([f"demo event {event_id} is in the store", *(f"wrote {f}" for f in files)])
