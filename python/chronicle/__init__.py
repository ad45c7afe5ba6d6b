"""Chronicle: temporal expressions and events from news text, drawn as timelines.

    >>> import chronicle
    >>> [t.value for t in chronicle.extract("The talks resume on Friday.", date="2021-03-23")]
    ['2021-03-26']

The work is done by Chronicle's C++ library (the same code as the ``chronicle`` command);
every call releases the GIL while it runs, so threads tagging different texts use all cores.
Errors raise :class:`chronicle.Error` (a ``ValueError``) with the command's one-line message.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

from . import _chronicle
from ._chronicle import Error

__version__ = _chronicle.__version__
__all__ = ["Error", "Timex", "Event", "Timeline", "extract", "events", "render", "to_pandas",
           "batch_line"]

DateLike = Union[str, _dt.date, None]


@dataclass(frozen=True)
class Timex:
    """A temporal expression. ``begin``/``end`` index the Python string: ``text[begin:end]``."""
    text: str
    begin: int
    end: int
    type: str            # DATE, TIME, DURATION or SET
    value: str           # the TIMEX3 value, e.g. "2021-03-23", "P2D", "PAST_REF"
    mod: str = ""        # TIMEX3 mod ("START", "APPROX", ...) or ""
    quant: str = ""
    freq: str = ""
    explain: Dict[str, str] = field(default_factory=dict, compare=False)  # rule, anchor, tense


@dataclass
class Event:
    """One event of a timeline: the fields of Chronicle's events format (docs/events-format.md)."""
    label: str
    when: str
    end: str = ""
    when_text: str = ""
    where: str = ""
    who: str = ""
    group: str = ""
    source: str = ""
    confidence: float = 1.0
    priority: float = 0.0
    color: str = ""
    kind: str = ""


def _date_text(date: DateLike) -> Optional[str]:
    if date is None:
        return None
    if isinstance(date, _dt.datetime):
        date = date.date()
    if isinstance(date, _dt.date):
        return date.isoformat()
    if isinstance(date, str):
        return date
    raise TypeError(f"date must be a str 'YYYY-MM-DD', a datetime.date or None, not {type(date).__name__}")


def _call(function, text, *args):
    """Calls the C++ side; a str that cannot be UTF-8 (a lone surrogate) raises Error."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    try:
        return function(text, *args)
    except TypeError:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise Error(f"text: not valid Unicode at index {exc.start} (a lone surrogate)") from None
        raise


def extract(text: str, date: DateLike = None) -> List[Timex]:
    """The temporal expressions of ``text``, resolved against ``date`` (the article date).

    Without ``date`` the article date is the one written in the text (its dateline or first
    full date); a text without one raises :class:`Error`.
    """
    _, _, found = _call(_chronicle.extract, text, _date_text(date))
    return [Timex(**t) for t in found]


def events(text: str, date: DateLike = None) -> List[Event]:
    """The events of an article, in time order (the same as ``chronicle extract --events``)."""
    _, _, found = _call(_chronicle.events, text, _date_text(date))
    return [Event(**e) for e in found]


def _event_dicts(items: Iterable[Union[Event, Dict[str, Any]]]) -> List[Dict[str, Any]]:
    out = []
    for item in items:
        if isinstance(item, Event):
            out.append(dataclasses.asdict(item))
        elif isinstance(item, dict):
            out.append(item)
        else:
            raise TypeError(f"events must be chronicle.Event or dict, not {type(item).__name__}")
    return out


def render(events: Iterable[Union[Event, Dict[str, Any]]], format: str = "svg", *, title: str = "",
           date: DateLike = None, **options: Any) -> Union[str, bytes]:
    """Draws events. SVG and HTML (a page with zoom and event details) come back as ``str``,
    PNG and PDF as ``bytes``.

    Options are the command's drawing options: ``orientation`` ("horizontal"|"vertical"),
    ``style`` ("timeline"|"itinerary"), ``theme`` ("light"|"dark"|"print"|"high-contrast"),
    ``axis`` ("auto"|"linear"), ``width``, ``scale``, ``font``, ``font_size``, ``locale``,
    ``transparent``, ``subtitle``, ``embed_font`` (the font's letters inside SVG; default: in
    HTML only).
    """
    data = _chronicle.render(_event_dicts(events), format, title, _date_text(date) or "", dict(options))
    return data.decode("utf-8") if format in ("svg", "html") else data


def batch_line(line: str, line_number: int = 1, *, expressions: bool = True,
               events: bool = False) -> str:
    """One record of ``chronicle batch``: a JSON Lines input line in, its output line out.

    A bad record gives an output line with an ``error`` field (it does not raise).
    """
    out, _failed = _chronicle.batch_line(line, line_number, expressions, events)
    return out


class Timeline:
    """An article's (or a list of events') timeline; notebooks show it as a picture."""

    def __init__(self, text: Optional[str] = None, date: DateLike = None, *,
                 events: Optional[Sequence[Union[Event, Dict[str, Any]]]] = None, title: str = "",
                 **options: Any) -> None:
        if (text is None) == (events is None):
            raise TypeError("Timeline needs either text or events")
        self.date = _date_text(date)
        if text is not None:
            article_date, found_title, found = _call(_chronicle.events, text, self.date)
            self.date = article_date
            self.title = title or found_title
            self.events = [Event(**e) for e in found]
        else:
            self.title = title
            self.events = [e if isinstance(e, Event) else Event(**e) for e in events or []]
        self.options = options

    def svg(self, **options: Any) -> str:
        return render(self.events, "svg", title=self.title, date=self.date, **{**self.options, **options})

    def png(self, **options: Any) -> bytes:
        return render(self.events, "png", title=self.title, date=self.date, **{**self.options, **options})

    def pdf(self, **options: Any) -> bytes:
        return render(self.events, "pdf", title=self.title, date=self.date, **{**self.options, **options})

    def html(self, **options: Any) -> str:
        return render(self.events, "html", title=self.title, date=self.date, **{**self.options, **options})

    def save(self, path: str, **options: Any) -> None:
        """Writes the picture; the extension picks the format (.svg, .png, .pdf, .html)."""
        kind = path.rsplit(".", 1)[-1].lower()
        if kind == "htm":
            kind = "html"
        if kind not in ("svg", "png", "pdf", "html"):
            raise Error(f"{path}: unknown picture format (use .svg, .png, .pdf or .html)")
        data = render(self.events, kind, title=self.title, date=self.date, **{**self.options, **options})
        with open(path, "w" if kind in ("svg", "html") else "wb", encoding=None if kind in ("png", "pdf") else "utf-8") as f:
            f.write(data)

    def _repr_svg_(self) -> str:
        return self.svg()

    def to_pandas(self):
        return to_pandas(self.events)

    def __len__(self) -> int:
        return len(self.events)


def to_pandas(items: Sequence[Union[Timex, Event]]):
    """A pandas DataFrame with one row per Timex or Event (pandas is needed only here)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise ImportError("chronicle.to_pandas needs pandas (Debian: python3-pandas)") from exc
    rows = [dataclasses.asdict(item) for item in items]
    if not rows:
        return pd.DataFrame()
    return pd.DataFrame(rows)
