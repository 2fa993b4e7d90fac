"""Server-sent events: reading the spec's streaming examples and writing event streams."""

from __future__ import annotations

import dataclasses
import json
import re

DONE = "[DONE]"
_BLOCKS = re.compile(r"\r?\n\s*\r?\n")
_ELISION = re.compile(r"^\s*\.{2,}\s*$")


@dataclasses.dataclass(frozen=True)
class Event:
    data: str
    event: str | None = None


def parse_events(text: str) -> list[Event]:
    """The events of an SSE text (`event:`/`data:` lines); blank-line separated JSON documents also count.

    Elisions (`....`) are dropped; so are blocks that are neither SSE nor JSON.
    """
    events = []
    for block in _BLOCKS.split(text.strip()):
        lines = [line for line in block.splitlines() if line.strip() and not _ELISION.match(line)]
        if not lines:
            continue
        if any(line.startswith(("data:", "event:")) for line in lines):
            name = None
            data = []
            for line in lines:
                field, _, value = line.partition(":")
                value = value[1:] if value.startswith(" ") else value
                if field == "event":
                    name = value
                elif field == "data":
                    data.append(value)
            if data:
                events.append(Event("\n".join(data), name))
            continue
        try:
            document = json.loads("\n".join(lines))
        except json.JSONDecodeError:
            continue
        events.append(Event(json.dumps(document, separators=(",", ":"))))
    return events


def format_events(events: list[Event]) -> bytes:
    out = []
    for event in events:
        if event.event is not None:
            out.append(f"event: {event.event}\n")
        out.extend(f"data: {line}\n" for line in event.data.split("\n"))
        out.append("\n")
    return "".join(out).encode()


def parse_stream(text: str) -> list[Event]:
    """The events of an event stream as sent on the wire: only `event:` and `data:` fields count."""
    events = []
    name: str | None = None
    data: list[str] = []
    for line in [*text.splitlines(), ""]:
        if not line:
            if data:
                events.append(Event("\n".join(data), name))
            name, data = None, []
            continue
        field, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field == "event":
            name = value
        elif field == "data":
            data.append(value)
    return events
