import subprocess
import sys


def test_build_command_writes_web_layers(data_copy):
    result = subprocess.run([sys.executable, "-m", "geo", "--data", str(data_copy), "build"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "34 provinces, 398 districts" in result.stderr
    assert len(list((data_copy / "build").glob("afg_provinces.web.*.geojson"))) == 1


def test_build_with_broken_boundaries_exits_2_with_one_line(data_copy):
    (data_copy / "boundaries" / "afg_provinces.dbf").unlink()
    result = subprocess.run([sys.executable, "-m", "geo", "--data", str(data_copy), "build"], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "afg_provinces.dbf" in result.stderr


def test_build_with_broken_districts_writes_no_layer(data_copy):
    (data_copy / "boundaries" / "afg_districts.prj").unlink()
    result = subprocess.run([sys.executable, "-m", "geo", "--data", str(data_copy), "build"], capture_output=True, text=True)
    assert result.returncode == 2 and "afg_districts.prj" in result.stderr
    assert not (data_copy / "build").exists()  # the provinces are fine, but nothing is built until both are
