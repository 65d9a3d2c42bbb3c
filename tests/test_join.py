import numpy as np
import pandas as pd

from geo.gazetteer import CAPITAL
from geo.join import join_provinces


def test_every_capital_falls_inside_its_own_province(gazetteer, provinces):
    capitals = [p for p in gazetteer.places if p.kind == CAPITAL]
    points = pd.DataFrame({"name": [c.name for c in capitals], "expected": [c.iso_code for c in capitals],
                           "latitude": [c.lat for c in capitals], "longitude": [c.lon for c in capitals]})
    joined = join_provinces(points, provinces)
    assert len(joined) == 34
    assert (joined["iso_code"] == joined["expected"]).all(), joined[joined["iso_code"] != joined["expected"]]
    assert joined["in_theatre"].all()


def test_points_outside_or_without_coordinates_are_kept_and_flagged(provinces):
    points = pd.DataFrame(
        {"label": ["Kuwait City", "Kandahar", "Doha", "unknown"],
         "latitude": [29.3759, 31.61, 25.2854, np.nan], "longitude": [47.9774, 65.69, 51.531, np.nan]},
        index=[10, 11, 12, 13],
    )
    joined = join_provinces(points, provinces)
    assert list(joined.index) == [10, 11, 12, 13]
    assert list(joined["in_theatre"]) == [False, True, False, False]
    assert list(joined["iso_code"]) == ["", "AF-KAN", "", ""]
    assert joined.loc[10, "label"] == "Kuwait City"
