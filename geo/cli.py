"""Command line: python -m geo COMMAND (see --help). Bad input exits 2 with one line on stderr and writes nothing."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from geo.errors import GeoInputError, OptionError

EXIT_BAD_INPUT = 2


def _cmd_build(args: argparse.Namespace) -> int:
    from geo import layers
    from geo.theatre import load_theatre

    theatre = load_theatre(args.data)
    layers.districts(theatre)  # both layers checked (the provinces with the districts) before either is built
    provinces = layers.web_provinces(theatre)
    districts = layers.web_districts(theatre)
    print(f"web layers ready: {len(provinces)} provinces, {len(districts)} districts", file=sys.stderr)
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from geo.pipeline import extract_folder
    from geo.theatre import load_theatre

    _check_output("--out", args.out)
    _check_output("--mentions", args.mentions)
    theatre = load_theatre(args.data)
    if args.dask:
        from geo.distributed import connect

        try:
            client = connect(args.dask)
        except OSError as exc:
            raise OptionError(f"--dask {args.dask}: cannot reach the scheduler ({exc})") from None
        with client:
            mentions, events = extract_folder(args.articles, theatre, client=client, batch_size=args.batch_size)
    else:
        mentions, events = extract_folder(args.articles, theatre)
    # Both tables are computed before either is written, so bad input leaves no file behind.
    _write("--out", events, args.out)
    if args.mentions:
        _write("--mentions", mentions, args.mentions)
    print(f"{len(mentions)} mentions, {len(events)} events -> {args.out}", file=sys.stderr)
    return 0


def _check_output(option: str, path: Path | None) -> None:
    """Refuse, before any work, an output path that cannot be written: a directory, or under a file."""
    if path is None:
        return
    if path.is_dir():
        raise OptionError(f"{option} {path}: is a directory; give the path of a CSV file to write")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OptionError(f"{option} {path}: {parent} is a file, not a directory")
            break


def _write(option: str, frame, path: Path) -> None:
    """Write frame as CSV to path atomically; a failure is one line naming the option and file."""
    from geo.csvio import write_csv

    try:
        write_csv(frame, path)
    except OSError as exc:
        raise OptionError(f"{option} {path}: cannot write ({exc.strerror})") from None


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
    from geo.csvio import to_csv_text
    from geo.layers import provinces
    from geo.theatre import load_theatre

    start, end = _control_days(args)
    _check_output("--out", args.out)
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
    _write("--out", table, args.out)
    counts = table["status"].value_counts()
    summary = ", ".join(f"{counts[s]} {s}" for s in rules.statuses if s in counts)
    what = f"{len(table)} province-days from {start} to {end}" if args.timeline else f"{len(table)} provinces on {start}"
    print(f"{what} ({summary}) -> {args.out}", file=sys.stderr)
    return 0

def _open_store(args: argparse.Namespace):
    from geo.store import Store
    from geo.theatre import load_theatre

    return Store.open(args.store, load_theatre(args.data))


def _cmd_add(args: argparse.Namespace) -> int:
    from geo.intake import prepare, read_article_file
    from geo.store import Store
    from geo.theatre import load_theatre

    theatre = load_theatre(args.data)
    data = read_article_file(args.file)
    # Bad input is refused before the store is opened, so it cannot even create one.
    prepared = prepare(data, str(args.file), published=args.published, title=args.title, outlet=args.outlet, url=args.url, theatre=theatre)
    with Store.open(args.store, theatre) as store:
        warnings = prepared.warnings + store.check(prepared)
        file = store.add(prepared, origin="cli")
        n_mentions = int(store.articles().set_index("file").loc[file, "n_mentions"])
    print(f"added {file}: {n_mentions} mention{'' if n_mentions == 1 else 's'}")
    for warning in warnings:
        print(f"warning: {file}: {warning}", file=sys.stderr)
    return 0


def _cmd_articles(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        articles = store.articles()
    if articles.empty:
        print(f"no articles in {store.path}")
        return 0
    columns = ["file", "published", "outlet", "origin", "n_mentions", "n_events", "title"]
    print(articles[columns].to_string(index=False))
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        store.remove(args.file)
    print(f"removed {args.file}")
    return 0


def _cmd_reextract(args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        print(f"re-extracted {done}/{total}", file=sys.stderr, flush=True)

    with _open_store(args) as store:
        store.reextract(progress)
        n_mentions, n_events = len(store.mentions()), len(store.events(include_rejected=False))
    print(f"{n_mentions} mentions, {n_events} events (reviews re-applied)")
    return 0


def _cmd_review(args: argparse.Namespace) -> int:
    from geo.reviews import OUTCOME

    action = "accept" if args.accept else "reject" if args.reject else "correct"
    with _open_store(args) as store:
        store.review_event(
            args.event_id,
            action,
            reason=args.reason,
            event_type=args.type,
            iso_code=args.province_iso,
            location=args.location,
            date_start=args.date_start,
            date_end=args.date_end,
            actor1=args.actor,
        )
    print(f"{OUTCOME[action]} {args.event_id}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from geo.export import acled_events

    _check_output("--out", args.out)
    _check_output("--mentions", args.mentions)
    with _open_store(args) as store:
        events = store.events(include_rejected=args.include_rejected)
        mentions = store.mentions() if args.mentions else None
    if mentions is not None and not args.include_rejected:
        mentions = mentions[mentions["review"] != "rejected"]
    _write("--out", acled_events(events) if args.acled else events, args.out)
    if mentions is not None:
        _write("--mentions", mentions, args.mentions)
    print(f"{len(events)} events -> {args.out}", file=sys.stderr)
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
    extract.add_argument("--dask", metavar="SCHEDULER_ADDRESS", help="extract on an existing Dask cluster, e.g. tcp://10.0.0.5:8786 (needs the [dask] extra)")
    extract.add_argument("--batch-size", type=int, default=200, help="articles per cluster task (default 200)")
    extract.set_defaults(func=_cmd_extract)

    control = sub.add_parser("control", help="each province's status on a day (snapshot) or over a range of days (timeline)")
    control.add_argument("--events", type=Path, required=True, help="merged events CSV (as written by extract)")
    control.add_argument("--date", help="the day of the snapshot, YYYY-MM-DD")
    control.add_argument("--timeline", action="store_true", help="one row per province per day from --start to --end")
    control.add_argument("--start", help="first day of the timeline, YYYY-MM-DD")
    control.add_argument("--end", help="last day of the timeline, YYYY-MM-DD")
    control.add_argument("--out", type=Path, help="CSV to write (default: standard output)")
    control.set_defaults(func=_cmd_control)

    # Every command that reads or writes the article store takes --store.
    with_store = argparse.ArgumentParser(add_help=False)
    with_store.add_argument("--store", type=Path, default=None, help="the article store (default: $GEO_STORE, else DATA/store.sqlite)")

    add = sub.add_parser("add", parents=[with_store], help="add an article (.txt, .md, .html) to the store and extract its events")
    add.add_argument("file", type=Path, help="the article: text, Markdown, or a saved web page")
    add.add_argument("--published", help="publication date, YYYY-MM-DD (a web page's own date is used if omitted)")
    add.add_argument("--title", default="", help="headline (a web page's own title is used if omitted)")
    add.add_argument("--outlet", default="", help="the outlet that published it")
    add.add_argument("--url", default="", help="where it was published")
    add.set_defaults(func=_cmd_add)

    articles = sub.add_parser("articles", parents=[with_store], help="list the stored articles with their mention and event counts")
    articles.set_defaults(func=_cmd_articles)

    remove = sub.add_parser("remove", parents=[with_store], help="remove a stored article and the events only it reported")
    remove.add_argument("file", help="the stored file name (see `articles`)")
    remove.set_defaults(func=_cmd_remove)

    reextract = sub.add_parser("reextract", parents=[with_store], help="extract every stored article again, keeping the reviews")
    reextract.set_defaults(func=_cmd_reextract)

    review = sub.add_parser("review", parents=[with_store], help="accept, reject or correct an event; kept across re-extraction")
    review.add_argument("event_id", help="the event (see `export`)")
    action = review.add_mutually_exclusive_group(required=True)
    action.add_argument("--accept", action="store_true", help="the event is right")
    action.add_argument("--reject", action="store_true", help="the event is wrong: hide it (kept, and shown with --include-rejected)")
    action.add_argument("--correct", action="store_true", help="set the fields given below")
    review.add_argument("--type", help="corrected event type (captured, contested, held, ...)")
    review.add_argument("--province-iso", help="corrected province, by ISO code (e.g. AF-JOW)")
    review.add_argument("--location", help="corrected place, by a name in the gazetteer")
    review.add_argument("--date-start", help="corrected date, YYYY-MM-DD (alone: a single day)")
    review.add_argument("--date-end", help="end of a corrected window, YYYY-MM-DD")
    review.add_argument("--actor", help="corrected actor (a theatre actor's name)")
    review.add_argument("--reason", required=True, help="what the evidence shows (kept with the review)")
    review.set_defaults(func=_cmd_review)

    export = sub.add_parser("export", parents=[with_store], help="write the store's events (and mentions) as CSV")
    export.add_argument("--out", type=Path, required=True, help="events CSV to write")
    export.add_argument("--mentions", type=Path, help="also write the reviewed mentions here")
    export.add_argument("--acled", action="store_true", help="ACLED-style columns (as the dashboard's download)")
    export.add_argument("--include-rejected", action="store_true", help="keep events and mentions a reviewer rejected")
    export.set_defaults(func=_cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except GeoInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
