"""Errors raised where bad input enters; each message names the file and what is wrong."""


class GeoInputError(ValueError):
    """Base class: bad input from a file or a user, reported as one line."""


class BoundaryError(GeoInputError):
    """A boundary file is missing, unreadable or fails validation."""


class GazetteerError(GeoInputError):
    """The gazetteer file is malformed or ambiguous."""


class ArticleError(GeoInputError):
    """An article or its manifest row cannot be read."""


class EventsError(GeoInputError):
    """An events table is malformed or names unknown places."""


class ConfigError(GeoInputError):
    """The theatre configuration is malformed."""


class BaselineError(GeoInputError):
    """The baseline of control statuses is malformed or names unknown places or statuses."""


class OptionError(GeoInputError):
    """A command-line option is missing, malformed or inconsistent with another."""

class DuplicateArticleError(ArticleError):
    """An article is already stored (same text, same URL, or a near-copy from the same outlet)."""


class StoreError(GeoInputError):
    """The article store cannot be opened, migrated or written."""


class ReviewError(GeoInputError):
    """A review names an unknown event or gives an invalid correction."""
