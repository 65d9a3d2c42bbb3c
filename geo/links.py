"""Which article URLs may become links: only absolute http(s) addresses with a host.

Article metadata is untrusted. A `javascript:`, `data:` or relative URL is kept and shown as
text, never made clickable.
"""

from __future__ import annotations

from urllib.parse import urlsplit

LINK_SCHEMES = ("http", "https")


def web_link(url: object) -> str:
    """Return the URL if it is safe to link to (http or https with a host), else ""."""
    if not isinstance(url, str):
        return ""
    candidate = url.strip()
    if not candidate or any(char.isspace() or ord(char) < 32 for char in candidate):
        return ""
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return ""
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname:
        return ""
    return candidate
