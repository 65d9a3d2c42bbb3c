"""geo: events of territorial control extracted from news articles, joined to boundaries."""

__version__ = "0.1.0"
