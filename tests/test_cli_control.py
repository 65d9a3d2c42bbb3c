import os
import subprocess
import sys
from pathlib import Path

import pytest

from geo.csvio import read_csv_text
from geo.schema import SNAPSHOT_COLUMNS, TIMELINE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
EVENTS = DATA / "events.csv"


def geo(*args, data=DATA):
    """Run python -m geo from this checkout (not whatever geo is installed); return the finished process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "geo", "--data", str(data), *map(str, args)], capture_output=True, text=True, env=env)


def test_snapshot_goes_to_stdout_one_row_per_province():
    result = geo("control", "--events", EVENTS, "--date", "2021-08-13")
    assert result.returncode == 0, result.stderr
    frame = read_csv_text(result.stdout)
    assert list(frame.columns) == list(SNAPSHOT_COLUMNS) and len(frame) == 34
    status = frame.set_index("province")["status"]
    assert status["Kandahar"] == "taliban" and status["Balkh"] == "contested" and status["Kabul"] == "government"


def test_snapshot_with_out_writes_the_same_table(tmp_path):
    out = tmp_path / "status.csv"
    result = geo("control", "--events", EVENTS, "--date", "2021-08-13", "--out", out)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == geo("control", "--events", EVENTS, "--date", "2021-08-13").stdout
    assert "34 provinces on 2021-08-13 (5 taliban, 1 contested, 28 government)" in result.stderr


def test_timeline_has_34_rows_per_day(tmp_path):
    out = tmp_path / "timeline.csv"
    result = geo("control", "--events", EVENTS, "--timeline", "--start", "2021-08-01", "--end", "2021-08-31", "--out", out)
    assert result.returncode == 0, result.stderr
    frame = read_csv_text(out.read_text(encoding="utf-8"))
    assert list(frame.columns) == list(TIMELINE_COLUMNS) and len(frame) == 34 * 31
    herat = frame[frame["province"] == "Herat"].set_index("date")["status"]
    assert (herat["2021-08-07"], herat["2021-08-11"], herat["2021-08-12"]) == ("government", "government", "taliban")


def test_data_selects_the_theatre_and_its_baseline(data_copy):
    baseline = data_copy / "baseline.csv"
    text = baseline.read_text(encoding="utf-8").replace("AF-BAM,Bamyan,government", "AF-BAM,Bamyan,taliban")
    baseline.write_text(text, encoding="utf-8")
    result = geo("control", "--events", EVENTS, "--date", "2021-08-13", data=data_copy)
    assert result.returncode == 0, result.stderr
    bamyan = read_csv_text(result.stdout).set_index("province").loc["Bamyan"]
    assert (bamyan["status"], bamyan["basis"]) == ("taliban", "baseline")


def events_with(tmp_path, old: str, new: str):
    path = tmp_path / "events.csv"
    text = EVENTS.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "case, args, expected",
    [
        ("missing events file", lambda t: ["--events", t / "none.csv", "--date", "2021-08-13"], "none.csv: file not found"),
        ("unknown iso code", lambda t: ["--events", events_with(t, ",Kandahar,AF-KAN,", ",Kandahar,AF-QQQ,"), "--date", "2021-08-13"], "iso_code 'AF-QQQ' is not one of"),
        ("unknown province", lambda t: ["--events", events_with(t, ",Kandahar,AF-KAN,", ",Qandaharia,AF-KAN,"), "--date", "2021-08-13"], "province 'Qandaharia' is not the name of AF-KAN"),
        ("unparsable event date", lambda t: ["--events", events_with(t, "AFGBEBE2EDF,2021-08-13", "AFGBEBE2EDF,13/08/2021"), "--date", "2021-08-13"], "event AFGBEBE2EDF: event_date '13/08/2021'"),
        ("end before start", lambda t: ["--events", EVENTS, "--timeline", "--start", "2021-08-31", "--end", "2021-08-01"], "--end 2021-08-01 is before --start 2021-08-31"),
        ("unparsable date", lambda t: ["--events", EVENTS, "--date", "13 August"], "--date '13 August' is not a date"),
        ("unparsable start", lambda t: ["--events", EVENTS, "--timeline", "--start", "2021-02-30", "--end", "2021-08-01"], "--start '2021-02-30' is not a date"),
        ("timeline without end", lambda t: ["--events", EVENTS, "--timeline", "--start", "2021-08-01"], "--timeline needs both --start and --end"),
        ("timeline without start or end", lambda t: ["--events", EVENTS, "--timeline"], "--timeline needs both --start and --end"),
        ("snapshot without date", lambda t: ["--events", EVENTS], "give --date"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, case, args, expected):
    out = tmp_path / "out" / "table.csv"
    result = geo("control", *args(tmp_path), "--out", out)
    assert result.returncode == 2, (case, result.stderr)
    assert result.stderr.startswith("error: ") and result.stderr.strip().count("\n") == 0, result.stderr
    assert expected in result.stderr
    assert not out.exists() and result.stdout == ""
