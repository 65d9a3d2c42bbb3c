import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import GazetteerError
from geo.gazetteer import CAPITAL, COUNTRY, PROVINCE, load_gazetteer
from geo.names import normalise_name


def _rows(theatre):
    with open(theatre.path("gazetteer"), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_alias_resolves_to_exactly_one_province(theatre, gazetteer):
    for row in _rows(theatre):
        for column, kind in (("aliases", CAPITAL), ("province_aliases", PROVINCE)):
            for alias in row[column].split(";"):
                places = gazetteer.lookup(alias)
                assert places, alias
                assert {p.iso_code for p in places} == {row["iso_code"]}, alias
                assert kind in {p.kind for p in places}, alias


def test_names_that_are_both_city_and_province(gazetteer):
    for name in ["Kandahar", "Herat", "Ghazni", "Kunduz", "Farah", "Khost"]:
        kinds = [p.kind for p in gazetteer.lookup(name)]
        assert kinds == [CAPITAL, PROVINCE], name
    assert [p.kind for p in gazetteer.lookup("Helmand")] == [PROVINCE]
    assert [p.kind for p in gazetteer.lookup("Lashkar Gah")] == [CAPITAL]


def test_lookup_returns_province_code_and_coordinates(gazetteer):
    (mazar,) = gazetteer.lookup("Mazar-e-Sharif")
    assert (mazar.kind, mazar.name, mazar.province, mazar.iso_code) == (CAPITAL, "Mazar-i-Sharif", "Balkh", "AF-BAL")
    assert mazar.lat == pytest.approx(36.7, abs=0.01) and mazar.lon == pytest.approx(67.1, abs=0.01)
    assert mazar.geo_precision == 1
    (helmand,) = gazetteer.lookup("Hilmand")
    assert helmand.geo_precision == 3 and helmand.province == "Helmand"


@pytest.mark.parametrize(
    "spelling, capital",
    [
        ("Mazar-i-Sharif", "Mazar-i-Sharif"),
        ("mazar e sharif", "Mazar-i-Sharif"),
        ("Mazari Sharif", "Mazar-i-Sharif"),
        ("MAZAR-I SHARIF", "Mazar-i-Sharif"),
        ("Lashkargah", "Lashkar Gah"),
        ("Lashkar-Gah", "Lashkar Gah"),
        ("Pul-i-Khumri", "Pul-e Khumri"),
        ("Puli Khumri", "Pul-e Khumri"),
        ("Kondoz", "Kunduz"),
        ("Herāt", "Herat"),
        ("Kabul's", "Kabul"),
        ("Taluqan", "Taloqan"),
        ("Tarin Kowt", "Tarinkot"),
        ("Sar-e-Pol", "Sar-e Pol"),
    ],
)
def test_spelling_variants(gazetteer, spelling, capital):
    assert gazetteer.lookup(spelling)[0].name == capital


def test_unknown_names_and_country(gazetteer):
    assert gazetteer.lookup("Doha") == []
    assert gazetteer.lookup("Kuwait") == []
    (country,) = gazetteer.lookup("Afghanistan")
    assert country.kind == COUNTRY and country.iso_code == ""


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_case_hyphen_and_space_variants_resolve_to_same_province(theatre, gazetteer, data):
    rows = _rows(theatre)
    row = data.draw(st.sampled_from(rows))
    alias = data.draw(st.sampled_from(row["aliases"].split(";") + row["province_aliases"].split(";")))
    separator = data.draw(st.sampled_from([" ", "-", " - ", "  "]))
    variant = separator.join(alias.replace("-", " ").split())
    variant = data.draw(st.sampled_from([variant, variant.lower(), variant.upper(), variant.title()]))
    assert {p.iso_code for p in gazetteer.lookup(variant)} == {row["iso_code"]}


def test_find_locates_names_in_text(gazetteer):
    text = "Fighting reached Mazar-e-Sharif and Lashkargah; Kabul's airport was busy. Doha hosted talks."
    found = [(text[s:e], places[0].name) for s, e, places in gazetteer.find(text)]
    assert found == [("Mazar-e-Sharif", "Mazar-i-Sharif"), ("Lashkargah", "Lashkar Gah"), ("Kabul", "Kabul")]


def test_find_ignores_words_containing_a_name(gazetteer):
    assert gazetteer.find("Kandahari cuisine and the Heratis") == []


def test_normalise_name():
    assert normalise_name("Mazar-e-Sharif") == normalise_name("Mazar-i Sharif") == "mazar sharif"
    assert normalise_name("Qal eh-ye Now") == "qal eh now"


def test_ambiguous_gazetteer_is_rejected(tmp_path, theatre):
    rows = _rows(theatre)
    rows[1]["aliases"] += ";Fayzabad"  # Badghis's capital given Badakhshan's capital's name
    path = tmp_path / "bad.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(GazetteerError, match=r"bad\.csv: the spelling 'fayzabad' denotes more than one place"):
        load_gazetteer(path)


def test_malformed_gazetteer_rows_are_reported(tmp_path, theatre):
    rows = _rows(theatre)
    rows[2]["lat"] = "north"
    path = tmp_path / "bad.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(GazetteerError, match=r"bad\.csv: row 4: lat/lon not numbers"):
        load_gazetteer(path)
    (tmp_path / "latin1.csv").write_bytes("province,iso_code\nHer\xe2t,AF-HER\n".encode("latin-1"))
    with pytest.raises(GazetteerError, match=r"latin1\.csv: missing column|latin1\.csv: not UTF-8"):
        load_gazetteer(tmp_path / "latin1.csv")


def test_a_gazetteer_with_a_byte_order_mark_is_read(theatre, tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + theatre.path("gazetteer").read_bytes())
    assert load_gazetteer(path).capital_of("AF-BDS").name == "Fayzabad"  # the first row, whose province column the BOM would hide
