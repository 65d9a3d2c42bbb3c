"""Command line: python -m geo {build,extract,control,...}. Bad input exits 2 with one line."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from geo.errors import GeoInputError, OptionError

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


def _day(option: str, value: str) -> date:
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise OptionError(f"{option} {value!r} is not a date (YYYY-MM-DD)") from None


def _control_days(args: argparse.Namespace) -> tuple[date, date]:
    """Return the first and last day asked for: one day for a snapshot, a range for a timeline."""
    if not args.timeline:
        if args.start or args.end:
            raise OptionError("--start and --end go with --timeline; a snapshot takes --date")
        if not args.date:
            raise OptionError("give --date for a snapshot, or --timeline with --start and --end")
        day = _day("--date", args.date)
        return day, day
    if args.date:
        raise OptionError("--date is for a snapshot; a --timeline takes --start and --end")
    if not (args.start and args.end):
        raise OptionError("--timeline needs both --start and --end")
    start, end = _day("--start", args.start), _day("--end", args.end)
    if end < start:
        raise OptionError(f"--end {end} is before --start {start}")
    return start, end


def _cmd_control(args: argparse.Namespace) -> int:
    from geo.control import load_baseline, load_events, snapshot, status_rules, timeline
    from geo.csvio import to_csv_text, write_csv
    from geo.layers import provinces
    from geo.theatre import load_theatre

    start, end = _control_days(args)
    theatre = load_theatre(args.data)
    rules = status_rules(theatre)
    places = provinces(theatre)[["province", "iso_code"]]
    events = load_events(args.events)
    baseline = load_baseline(theatre.path("baseline"), places, rules.statuses) if "baseline" in theatre.files else None
    if args.timeline:
        table = timeline(events, places, rules, start, end, baseline, source=str(args.events))
    else:
        table = snapshot(events, places, rules, start, baseline, source=str(args.events))
    if args.out is None:
        sys.stdout.write(to_csv_text(table))
        return 0
    write_csv(table, args.out)
    counts = table["status"].value_counts()
    summary = ", ".join(f"{counts[s]} {s}" for s in rules.statuses if s in counts)
    what = f"{len(table)} province-days from {start} to {end}" if args.timeline else f"{len(table)} provinces on {start}"
    print(f"{what} ({summary}) -> {args.out}", file=sys.stderr)
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

    control = sub.add_parser("control", help="each province's status on a day (snapshot) or over a range of days (timeline)")
    control.add_argument("--events", type=Path, required=True, help="merged events CSV (as written by extract)")
    control.add_argument("--date", help="the day of the snapshot, YYYY-MM-DD")
    control.add_argument("--timeline", action="store_true", help="one row per province per day from --start to --end")
    control.add_argument("--start", help="first day of the timeline, YYYY-MM-DD")
    control.add_argument("--end", help="last day of the timeline, YYYY-MM-DD")
    control.add_argument("--out", type=Path, help="CSV to write (default: standard output)")
    control.set_defaults(func=_cmd_control)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except GeoInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
