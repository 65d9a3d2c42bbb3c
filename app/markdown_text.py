"""Showing untrusted text (file names, URLs, messages that quote them) in Streamlit's markdown
elements (st.error, st.warning, st.success) exactly as typed."""

from __future__ import annotations

import re

# CommonMark's escapable punctuation, plus ':' (emoji and colour directives) and '$' (maths).
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'^])")


def literal(text: object) -> str:
    """Return text with every markdown-active character backslash-escaped, so it renders as typed."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", str(text)).replace("\n", "  \n")
