"""Who controls what: the dashboard's entry point. Run with `python3 dev.py run`.

Two pages: the map of control (the default) and the articles behind it.
"""

import streamlit as st

st.set_page_config(page_title="Who controls what: Afghanistan 2021", layout="wide")

page = st.navigation(
    [
        st.Page("map_page.py", title="Map", default=True),
        st.Page("articles_page.py", title="Articles", url_path="articles"),
    ]
)
page.run()
