"""The folium map: a static base drawn once, and the dated layer that changes with the slider.

Leaflet is served by the app itself (app/static/vendor, via Streamlit static serving) and
folium's CDN defaults are replaced, so the map works with no internet. The URLs are relative
to the streamlit-folium component iframe (<base>/component/streamlit_folium.st_folium/), so a
server.baseUrlPath keeps working.
"""

from __future__ import annotations

import html
import json

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from geo.filters import split_list
from geo.links import web_link

VENDOR = "../../app/static/vendor"
LEAFLET_JS = [("leaflet", f"{VENDOR}/leaflet/leaflet.js")]
LEAFLET_CSS = [("leaflet_css", f"{VENDOR}/leaflet/leaflet.css")]
ONLINE_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
ONLINE_ATTRIBUTION = "&copy; OpenStreetMap contributors"

PRECISION_LABELS = {1: "day", 2: "within a week", 3: "within a month"}
MARKER_TYPES = ("captured", "contested", "held", "deployment", "evacuation", "diplomatic", "strike")

_CSS = """
<style>
.leaflet-container { background: #eef0f2; font-family: system-ui, sans-serif; }
.leaflet-tooltip { font-size: 13px; }
.evidence { max-width: 340px; font-size: 12.5px; line-height: 1.35; }
.evidence h4 { margin: 0 0 4px 0; font-size: 14px; }
.evidence blockquote { margin: 4px 0 2px 0; padding-left: 8px; border-left: 3px solid #999; }
.evidence .meta { color: #555; font-size: 11.5px; margin-bottom: 6px; }
path.leaflet-interactive:focus { outline: none; }
.leaflet-container .leaflet-control-attribution { font-size: 10px !important; line-height: 1.3; max-width: 70%; white-space: normal; background: rgba(255,255,255,0.85); }
</style>
"""


class _Script(MacroElement):
    """Raw JavaScript run in the map's script (e.g. adding the attribution line)."""

    _template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")

    def __init__(self, code: str):
        super().__init__()
        self._name = "Script"
        self.code = code


def base_map(attribution: str, bounds: list[list[float]], *, online_basemap: bool = False) -> folium.Map:
    """Return the static map: its extent and the attribution line, with vendored Leaflet only.

    The province shapes come with the dated layer: st_folium sends the base script on every rerun
    too, so shapes in both would travel twice.
    """
    (south, west), (north, east) = bounds
    m = folium.Map(
        location=[(south + north) / 2, (west + east) / 2],
        zoom_start=6,
        tiles=None,
        min_zoom=4,
        max_zoom=11,
        control_scale=True,
    )
    # Instance attributes, never add_js_link(): folium's class-level lists are shared.
    m.default_js = list(LEAFLET_JS)
    m.default_css = list(LEAFLET_CSS)
    m.get_root().header.add_child(Element(_CSS), name="geo_css")
    if online_basemap:
        folium.TileLayer(ONLINE_TILES, attr=ONLINE_ATTRIBUTION, name="OpenStreetMap", control=False).add_to(m)
    map_name = m.get_name()
    attribution_js = json.dumps(html.escape(attribution)).replace("<", "\\u003c")
    _Script(f"{map_name}.attributionControl.setPrefix(false); {map_name}.attributionControl.addAttribution({attribution_js});").add_to(m)
    m.fit_bounds(bounds)
    return m


def dated_layer(provinces_features: dict, markers: dict, styles: dict | None = None) -> folium.FeatureGroup:
    """Return the layer for one day: provinces coloured by status, and point events, with evidence."""
    group = folium.FeatureGroup(name="status")
    folium.GeoJson(
        provinces_features,
        name="provinces-status",
        style_function=lambda feature: feature["properties"]["style"],
        highlight_function=lambda feature: {"weight": 3, "fillOpacity": 0.85},
        tooltip=folium.GeoJsonTooltip(fields=["province", "status_label", "since_label"], aliases=["Province", "Status", "Since"], sticky=False),
        popup=folium.GeoJsonPopup(fields=["popup_html"], labels=False, max_width=360),
    ).add_to(group)
    if markers["features"]:
        folium.GeoJson(
            markers,
            name="events",
            marker=folium.CircleMarker(radius=6, weight=1.5, fill=True, fill_opacity=0.95),
            style_function=lambda feature: feature["properties"]["style"],
            tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
            popup=folium.GeoJsonPopup(fields=["popup_html"], labels=False, max_width=360),
        ).add_to(group)
    # streamlit-folium keeps every layer it was sent in window.feature_group; keep only this one.
    _Script("window.feature_group = [];").add_to(group)
    if styles is not None:
        scrub_script(styles).add_to(group)
    return group


def province_style(colour: str, basis: str, claimed: bool, iso_code: str = "", *, kind: str = "province", day: str = "") -> dict:
    """Return the Leaflet path style that shows status (fill) and how sure we are (opacity, dashes).

    The class names (kind, iso code, day) let tests and benchmarks find a shape and see its day.
    """
    style = {"fillColor": colour, "fillOpacity": 0.7, "color": "#333333", "weight": 0.8, "className": f"{kind} iso-{iso_code} day-{day} layer-{day}"}
    if basis == "baseline":
        style.update(fillOpacity=0.22)
    elif basis == "uncertain":
        style.update(fillOpacity=0.45, weight=2.2, dashArray="2 5", color="#222222")
    elif basis == "none":
        style.update(fillOpacity=0.3)
    if claimed:
        style.update(weight=2.6, dashArray="9 5", color="#111111", fillOpacity=0.5)
    return style


def marker_style(colour: str, claimed: bool) -> dict:
    """Return the style of an event marker."""
    return {"color": "#222222" if not claimed else "#ffffff", "fillColor": colour, "weight": 1.5, "radius": 6, "dashArray": "2 2" if claimed else None}


def article_link(article: str, links: dict[str, str] | None) -> str:
    """Return the article's name as HTML, a link to its web page when it has an http(s) one."""
    url = web_link((links or {}).get(article, ""))
    name = html.escape(article)
    return f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">{name}</a>' if url else name


def evidence_html(title: str, subtitle: str, events: list[dict], links: dict[str, str] | None = None) -> str:
    """Return the popup HTML for a province or a point: the sentences and where they come from.

    Every value from an article is escaped: article text is untrusted. `links` maps article
    files to their URLs; only http(s) ones become links.
    """
    e = html.escape
    parts = [f'<div class="evidence"><h4>{e(title)}</h4><div class="meta">{e(subtitle)}</div>']
    for event in events[:4]:
        when = event["event_date"] if int(event["time_precision"]) == 1 else f"{event['date_start']} to {event['date_end']}"
        claim = " &middot; <b>claimed, unconfirmed</b>" if event.get("claimed") and int(event.get("n_sources", 1)) < 2 else ""
        parts.append(
            f"<blockquote>{e(event['evidence'])}</blockquote>"
            f'<div class="meta">{e(event["event_type"])} by {e(event["actor1"])} &middot; {e(when)} '
            f"({e(PRECISION_LABELS.get(int(event['time_precision']), ''))}; from {e(event.get('date_basis', ''))})"
            f"<br>{e(event['evidence_outlet'] or 'unknown outlet')}, published {e(event['evidence_published'])}"
            f" &middot; {article_link(event['evidence_article'], links)} &middot; {int(event['n_sources'])} source(s){claim}</div>"
        )
    if len(events) > 4:
        parts.append(f'<div class="meta">and {len(events) - 4} more in the table below the map</div>')
    parts.append("</div>")
    return "".join(parts)


def _status_label(theatre, status: str) -> str:
    found = theatre.status_by_name.get(status)
    return found.label if found else status


def basis_sentence(row) -> str:
    """Return, in words, why a province has its status on the day."""
    since = f" since {row['since']}" if row["since"] else ""
    if row["basis"] == "baseline":
        return f"No report yet: the status{since} comes from the baseline (data/baseline.csv)."
    if row["basis"] == "uncertain":
        return f"A report is pending: an event dated only to a window that has not yet ended (event {row['event_ids']}). Until it ends, the map keeps the previous status{since}."
    if row["basis"] == "none":
        return "No baseline and no report for this province."
    claimed = " It rests on a claim that no second source confirms." if row["claimed"] else ""
    return f"Reported{since}, from event {row['event_ids']} ({int(row['n_sources'])} source(s)).{claimed}"


def province_features(provinces_geojson: dict, snapshot, events_by_id, theatre, *, day: str = "", kind: str = "province",
                      links: dict[str, str] | None = None) -> dict:
    """Return the shapes (provinces, or districts coloured by their province) as GeoJSON features
    carrying the day's status, style and evidence popup."""
    rows = {row["iso_code"]: row for row in snapshot.to_dict("records")}
    features = []
    for feature in provinces_geojson["features"]:
        iso = feature["properties"]["iso_code"]
        row = rows.get(iso)
        if row is None:
            continue
        status = theatre.status_by_name.get(row["status"])
        colour = status.colour if status else "#bbbbbb"
        label = _status_label(theatre, row["status"]) + {"baseline": " (baseline)", "uncertain": " (report pending)", "none": ""}.get(row["basis"], "")
        if row["claimed"]:
            label += " (claimed)"
        events = [events_by_id[i] for i in split_list(row["event_ids"]) if i in events_by_id]
        popup = evidence_html(f"{row['province']}: {_status_label(theatre, row['status'])}", basis_sentence(row), events, links)
        features.append(
            {
                "type": "Feature",
                "geometry": feature["geometry"],
                "properties": {
                    "kind": "province",
                    "iso_code": iso,
                    "province": html.escape(str(feature["properties"].get("district") or row["province"])) + (f" ({html.escape(str(row['province']))})" if feature["properties"].get("district") else ""),
                    "status": row["status"],
                    "status_label": html.escape(label),
                    "since_label": html.escape(str(row["since"] or "")),
                    "popup_html": popup,
                    "style": province_style(colour, row["basis"], bool(row["claimed"]), iso, kind=kind, day=day),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def event_markers(events, day, theatre, links: dict[str, str] | None = None) -> dict:
    """Return the point events reported up to day as GeoJSON points: one marker per place and event
    type (the latest report, with the count), so a corpus of any size draws a readable map.

    Country-level reports have no point and are left to the tables.
    """
    shown = events[(events["event_date"] <= day.isoformat()) & (events["iso_code"] != "") & events["event_type"].isin(MARKER_TYPES)]
    if shown.empty:
        return {"type": "FeatureCollection", "features": []}
    ordered = shown.sort_values(["event_date", "event_id"])
    counts = ordered.groupby(["location", "event_type"]).size()
    latest = ordered.drop_duplicates(["location", "event_type"], keep="last")
    features = []
    for event in latest.to_dict("records"):
        count = int(counts[(event["location"], event["event_type"])])
        colour = theatre.event_colours.get(event["event_type"], "#444444")
        more = f", {count} reports up to this day" if count > 1 else ""
        label = f"{event['event_type']}: {event['location']} ({event['event_date']}, {event['actor1']}{more})"
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [round(float(event["longitude"]), 5), round(float(event["latitude"]), 5)]},
                "properties": {
                    "kind": "event",
                    "event_id": event["event_id"],
                    "label": html.escape(label),
                    "popup_html": evidence_html(f"{event['event_type']}: {event['location']}", f"latest of {count} report(s): event {event['event_id']}", [event], links),
                    "style": marker_style(colour, bool(event["claimed"]) and int(event["n_sources"]) < 2),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def legend_row(colour: str, text: str, *, opacity: float = 0.7, dash: str = "") -> str:
    """Return one legend line: a swatch and its meaning (our own text only)."""
    border = "2px dashed #111" if dash else "1px solid #333"
    return (f'<div style="display:flex;align-items:center;gap:8px;margin:3px 0">'
            f'<span style="display:inline-block;width:22px;height:14px;background:{html.escape(colour)};opacity:{opacity};border:{border}"></span>'
            f"<span>{html.escape(text)}</span></div>")


def legend_notes() -> str:
    """Return the legend's notes on how sure a colour is."""
    return "".join([
        '<div style="margin-top:10px;font-size:0.85em;color:#444">How sure:</div>',
        legend_row("#0072b2", "reported", opacity=0.7),
        legend_row("#0072b2", "baseline only (no report yet)", opacity=0.22),
        legend_row("#888888", "report pending (dotted edge)", opacity=0.45, dash="dotted"),
        legend_row("#888888", "claimed, unconfirmed (dashed edge)", opacity=0.5, dash="dashed"),
    ])


def with_day_rule(chart: dict, day) -> dict:
    """Return the status chart's Vega-Lite spec with a rule at the chosen day (no re-validation)."""
    spec = {k: v for k, v in chart.items() if k not in ("mark", "encoding", "data")}
    area = {k: chart[k] for k in ("mark", "encoding", "data") if k in chart}
    rule = {
        "data": {"values": [{"date": day.isoformat()}]},
        "mark": {"type": "rule", "color": "black", "strokeWidth": 2},
        "encoding": {"x": {"field": "date", "type": "temporal"}},
    }
    spec["layer"] = [area, rule]
    return spec


def day_styles(timeline, theatre) -> dict:
    """Return every day's style for every province, compactly: a palette of the distinct styles and,
    per province, one character per day indexing it. Sent to the map once, so that moving the slider
    recolours the map at once, before the page's rerun brings the new layer with its evidence."""
    palette: list[dict] = []
    index: dict[str, int] = {}
    days = sorted(timeline["date"].unique())
    codes: dict[str, list[str]] = {}
    for row in timeline.sort_values(["iso_code", "date"]).itertuples(index=False):
        status = theatre.status_by_name.get(row.status)
        style = province_style(status.colour if status else "#bbbbbb", row.basis, bool(row.claimed))
        style = {k: v for k, v in style.items() if k != "className"}
        key = json.dumps(style, sort_keys=True)
        if key not in index:
            index[key] = len(palette)
            palette.append(style)
        codes.setdefault(row.iso_code, []).append(chr(48 + index[key]))
    return {"days": {day: i for i, day in enumerate(days)}, "palette": palette, "codes": {iso: "".join(c) for iso, c in codes.items()}}


# Runs inside the map's iframe (same origin as the page). When the day slider's value changes, restyle
# the shapes from the table at once; the rerun's new layer then replaces them with the same colours.
_SCRUB_JS = """
(function () {
  window.__geoDays = DATA;
  var parentDoc;
  try { parentDoc = window.parent.document; } catch (e) { return; }
  function apply(day) {
    var d = window.__geoDays, i = d && d.days[day];
    if (i === undefined) return;
    var paths = document.querySelectorAll('path.province, path.district');
    for (var k = 0; k < paths.length; k++) {
      var p = paths[k], cls = p.getAttribute('class') || '', m = /iso-([A-Z]+-[A-Z]+)/.exec(cls);
      var codes = m && d.codes[m[1]];
      if (!codes) continue;
      var s = d.palette[codes.charCodeAt(i) - 48];
      p.setAttribute('fill', s.fillColor);
      p.setAttribute('fill-opacity', s.fillOpacity);
      p.setAttribute('stroke', s.color);
      p.setAttribute('stroke-width', s.weight);
      if (s.dashArray) { p.setAttribute('stroke-dasharray', s.dashArray); } else { p.removeAttribute('stroke-dasharray'); }
      p.setAttribute('class', cls.replace(/day-[0-9-]+/, 'day-' + day));
    }
  }
  function attach() {
    var input = parentDoc.querySelector('input[aria-label="Day shown on the map"]');
    if (!input) { setTimeout(attach, 300); return; }
    window.__geoInput = input;
    new MutationObserver(function () { apply(input.getAttribute('aria-valuetext')); })
      .observe(input, {attributes: true, attributeFilter: ['aria-valuetext']});
  }
  if (!window.__geoInput || !window.__geoInput.isConnected) { attach(); }
})();
"""


def scrub_script(styles: dict) -> MacroElement:
    """Return the element that installs the instant recolouring in the map's iframe."""
    # "<" escaped so no value can close the <script> element the data sits in.
    return _Script(_SCRUB_JS.replace("DATA", json.dumps(styles, separators=(",", ":")).replace("<", "\\u003c")))
