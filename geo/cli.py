"""Command line: python -m geo {build,extract,control,...}. Bad input exits 2 with one line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.errors import GeoInputError

EXIT_BAD_INPUT = 2


def _cmd_build(args: argparse.Namespace) -> int:
    from geo.layers import web_districts, web_provinces
    from geo.theatre import load_theatre

    theatre = load_theatre(args.data)
    provinces = web_provinces(theatre)
    districts = web_districts(theatre)
    print(f"web layers ready: {len(provinces)} provinces, {len(districts)} districts", file=sys.stderr)
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from geo.csvio import write_csv
    from geo.pipeline import extract_folder
    from geo.theatre import load_theatre

    mentions, events = extract_folder(args.articles, load_theatre(args.data))
    # Both tables are computed before either is written, so bad input leaves no file behind.
    write_csv(events, args.out)
    if args.mentions:
        write_csv(mentions, args.mentions)
    print(f"{len(mentions)} mentions, {len(events)} events -> {args.out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="data directory holding theatre.toml (default: the bundled data/)")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build the cached, simplified web layers")
    build.set_defaults(func=_cmd_build)

    extract = sub.add_parser("extract", help="extract events from a folder of articles with manifest.csv")
    extract.add_argument("articles", type=Path, help="folder holding the article texts and manifest.csv")
    extract.add_argument("--out", type=Path, required=True, help="merged events CSV to write")
    extract.add_argument("--mentions", type=Path, help="also write one row per article-level report here")
    extract.set_defaults(func=_cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except GeoInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
