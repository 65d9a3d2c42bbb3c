"""The extraction pipeline: a folder of articles in, mentions and merged events out."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.articles import MANIFEST, MANIFEST_COLUMNS, Article, load_articles
from geo.corroborate import merge_mentions
from geo.errors import ArticleError
from geo.extract import Extractor
from geo.gazetteer import load_theatre_gazetteer
from geo.join import join_provinces
from geo.layers import provinces as theatre_provinces
from geo.schema import MENTION_COLUMNS, conform, empty
from geo.theatre import Theatre


def locate_mentions(rows: list[dict], provinces: gpd.GeoDataFrame) -> pd.DataFrame:
    """Return mention rows as a table, each placed in its province by spatial join."""
    if not rows:
        return empty(MENTION_COLUMNS)
    mentions = pd.DataFrame(rows)
    located = mentions["iso_code"] != ""  # country-level reports stay without a province
    joined = join_provinces(mentions.loc[located, ["latitude", "longitude"]], provinces)
    inside = joined["in_theatre"]
    mentions.loc[joined.index[inside], "province"] = joined.loc[inside, "province"]
    mentions.loc[joined.index[inside], "iso_code"] = joined.loc[inside, "iso_code"]
    return conform(mentions, MENTION_COLUMNS)


def extract_mentions(articles: list[Article], extractor: Extractor, provinces: gpd.GeoDataFrame) -> pd.DataFrame:
    """Return the mentions in articles, each placed in its province by spatial join."""
    return locate_mentions([m for article in articles for m in extractor.extract(article)], provinces)


def extract_folder(folder: Path | str, theatre: Theatre, *, client=None, batch_size: int = 200) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (mentions, events) for the articles in folder; with a dask client, extract on its workers."""
    articles = load_articles(folder)
    if not articles:
        raise ArticleError(f"{Path(folder) / MANIFEST}: lists no articles; add a row per article ({','.join(MANIFEST_COLUMNS)})")
    extractor = Extractor.from_theatre(theatre, load_theatre_gazetteer(theatre))
    if client is None:
        rows = [m for article in articles for m in extractor.extract(article)]
    else:
        from geo.distributed import extract_rows_on_cluster

        rows = extract_rows_on_cluster(articles, extractor, client, batch_size)
    mentions = locate_mentions(rows, theatre_provinces(theatre))
    return mentions, merge_mentions(mentions, theatre.event_id_prefix)
