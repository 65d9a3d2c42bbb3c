"""The articles page: add an article (paste or upload), preview what it adds, save; list, remove, re-extract."""

from __future__ import annotations

import html

import streamlit as st

import loaders
from markdown_text import literal

from geo.errors import GeoInputError
from geo.intake import MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, highlight_spans, prepare, preview
from geo.links import web_link

PREVIEW_COLUMNS = ["event_type", "location", "province", "actor1", "event_date", "date_start", "date_end", "time_precision", "date_phrase", "trigger", "claimed", "evidence"]

theatre = loaders.theatre()
store = loaders.store()

st.title("Articles")
if message := st.session_state.pop("articles_message", None):
    st.success(message)
add_tab, corpus_tab = st.tabs(["Add an article", "The corpus"])


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Return the article as HTML with each detected report marked; all article text is escaped."""
    marks = sorted(((s, e, label) for s, e, label in spans if label.startswith("evidence")), key=lambda span: span[0])
    out, position = [], 0
    for start, end, label in marks:
        if start < position:
            continue
        out.append(html.escape(text[position:start]))
        out.append(f'<mark title="{html.escape(label)}">{html.escape(text[start:end])}</mark>')
        position = end
    out.append(html.escape(text[position:]))
    body = "".join(out).replace("\n", "<br>")
    return f'<div style="max-height:420px;overflow:auto;border:1px solid #ddd;padding:10px;font-size:0.92em;line-height:1.45">{body}</div>'


with add_tab:
    st.caption(
        f"Paste the text or upload a .txt, .md or saved web page (.html); up to {MAX_TEXT_CHARS:,} characters of text "
        f"and {MAX_UPLOAD_BYTES // 1_000_000} MB per file. The publication date is required: relative dates such as "
        "'on Friday' are resolved against it."
    )
    source = st.radio("Source", ["Paste text", "Upload a file"], horizontal=True, key="add_source")
    if source == "Paste text":
        data = st.text_area("Article text", height=220, key="add_text")
        filename = "pasted.txt"
    else:
        upload = st.file_uploader("Article file", key="add_file")
        data = upload.getvalue() if upload else None
        filename = upload.name if upload else ""
    title_col, outlet_col = st.columns(2)
    title = title_col.text_input("Title", key="add_title")
    outlet = outlet_col.text_input("Outlet", key="add_outlet")
    url_col, date_col = st.columns(2)
    url = url_col.text_input("URL", key="add_url")
    published = date_col.date_input("Publication date (required)", value=None, key="add_published",
                                    help="Pre-filled from a web page when it states one; always editable.")
    if st.button("Preview", type="primary", key="add_preview"):
        st.session_state.pop("prepared", None)
        if data is None or data == "":  # an uploaded empty file (b"") gets prepare()'s own message
            st.error("Nothing to add: paste the article's text or choose a file.")
        else:
            try:
                prepared = prepare(data, filename, published=published, title=title, outlet=outlet, url=url, theatre=theatre)
                for warning in store.check(prepared):
                    st.warning(literal(warning))
                st.session_state["prepared"] = prepared
                st.session_state["prepared_origin"] = "paste" if source == "Paste text" else "upload"
            except GeoInputError as exc:
                st.error(literal(exc))
    prepared = st.session_state.get("prepared")
    if prepared is not None:
        for warning in prepared.warnings:
            st.warning(literal(warning))
        mentions = preview(prepared, theatre, extractor=store.extractor, provinces=store.provinces)
        # Title and outlet are untrusted: escaped HTML, so markdown in them is shown as typed, not rendered.
        st.html(f"<p><b>{html.escape(prepared.title or prepared.file)}</b>, {html.escape(prepared.outlet or 'unknown outlet')}, published {prepared.published}</p>")
        st.markdown(f"It would add **{len(mentions)}** report(s):")
        st.dataframe(mentions[PREVIEW_COLUMNS], hide_index=True, width="stretch")
        spans = highlight_spans(prepared.text, mentions, store.extractor.gazetteer)
        st.html(highlighted(prepared.text, spans))
        if st.button("Save to the corpus", key="add_save"):
            try:
                stored = store.add(prepared, origin=st.session_state.get("prepared_origin", "paste"))
            except GeoInputError as exc:
                st.error(literal(exc))
            else:
                days = sorted(set(mentions["event_date"]))
                where = f" See the map on [{days[-1]}](./?day={days[-1]})." if days else ""
                st.session_state["articles_message"] = f"Saved {literal(stored)} with {len(mentions)} report(s).{where}"
                st.session_state.pop("prepared", None)
                st.rerun()

with corpus_tab:
    articles = store.articles()
    st.caption(f"{len(articles)} articles in the store at {literal(store.path)}.")
    articles_shown = articles.assign(link=[web_link(url) or None for url in articles["url"]])
    st.dataframe(articles_shown, hide_index=True, width="stretch",
                 column_config={"link": st.column_config.LinkColumn("link", display_text="open", help="Only http(s) addresses are linked; the url column shows what was given.")})
    remove_col, extract_col = st.columns(2)
    with remove_col:
        chosen = st.selectbox("Article to remove", [""] + list(articles["file"]), key="remove_file")
        if st.button("Remove it and its reports", disabled=not chosen, key="remove_button"):
            store.remove(chosen)
            st.session_state["articles_message"] = f"Removed {literal(chosen)}; the events and map are recomputed."
            st.rerun()
    with extract_col:
        st.write("Run the extractor again over every stored article (reviews are kept and re-applied).")
        if st.button("Re-extract all articles", key="reextract_button"):
            bar = st.progress(0.0, text="Re-extracting...")
            store.reextract(progress=lambda done, total: bar.progress(done / max(total, 1), text=f"Re-extracted {done} of {total}"))
            st.session_state["articles_message"] = f"Re-extracted {len(articles)} articles; reviews re-applied."
            st.rerun()
