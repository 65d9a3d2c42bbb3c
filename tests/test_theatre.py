"""The theatre configuration: read as UTF-8 (a byte-order mark is fine), refused with one line otherwise."""

import shutil

import pytest

from geo.errors import ConfigError
from geo.theatre import load_theatre


@pytest.fixture()
def config_dir(theatre, tmp_path):
    shutil.copyfile(theatre.data_dir / "theatre.toml", tmp_path / "theatre.toml")
    return tmp_path


def test_a_byte_order_mark_is_not_part_of_the_configuration(config_dir):
    path = config_dir / "theatre.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_theatre(config_dir).name == "Afghanistan 2021"


@pytest.mark.parametrize(
    "data, expected",
    [
        ('[theatre]\nname = "Kaboul \u00e9t\u00e9 2021"\n'.encode("latin-1"), r"theatre\.toml: not UTF-8 text \(invalid continuation byte at line 2"),
        (b'[theatre]\nname = "Afghanistan 2021\n', r"theatre\.toml: not valid TOML \("),
        (b"[theatre]\n", r"theatre\.toml: missing or invalid setting"),
    ],
)
def test_a_broken_configuration_is_one_line_naming_the_file(config_dir, data, expected):
    (config_dir / "theatre.toml").write_bytes(data)
    with pytest.raises(ConfigError, match=expected):
        load_theatre(config_dir)


def test_a_missing_configuration_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"theatre\.toml: theatre configuration not found"):
        load_theatre(tmp_path)


def test_phrase_words_are_read_and_checked(config_dir, theatre):
    assert theatre.phrase_words["side"] == ("Taliban", "Taleban", "IEA")
    assert theatre.phrase_words["side_acronyms"] == ("AGE", "AGEs")
    path = config_dir / "theatre.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[phrases]\n", "[phrases]\nrebels = [\"x\"]\n"), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"theatre\.toml: missing or invalid setting .*unknown keys \['rebels'\]"):
        load_theatre(config_dir)
