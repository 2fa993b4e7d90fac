"""After a fetch: point `specs/config.toml` at the new document and say what changed in the API.

The config entry a fetched document replaces is the one for the same API (same `info.title`): the
entry with the same `info.version` if there is one (a re-published version), else the first entry
of that API (the newest one the client is built on). Only its `file = "..."` line is rewritten, so
comments and the other entries stay as they are.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from generator.config import load_config
from generator.spec import SpecError, load_document

_FILE_LINE = re.compile(r"""^(?P<key>\s*file\s*=\s*)(?P<quote>["'])(?P<value>[^"']*)(?P=quote)""", re.MULTILINE)


@dataclasses.dataclass(frozen=True)
class ConfigUpdate:
    """One config entry moved to a new document; `before` holds the old document as it was read."""

    role: str  # "" for the client's own spec, else its namespace
    old_file: str  # as written in the config, relative to it
    new_file: str
    before: dict[str, Any] | None


@dataclasses.dataclass(frozen=True)
class _Entry:
    file: str
    namespace: str
    title: str
    version: str


Entries = list[tuple[_Entry, dict[str, Any] | None]]


def read_entries(config: Path) -> Entries:
    """The config's specs with their titles, versions and documents (None if a file cannot be read)."""
    loaded = load_config(config)
    found = []
    for entry in loaded.specs:
        try:
            document: dict[str, Any] | None = load_document(entry.path)
        except SpecError:
            document = None
        info = (document or {}).get("info")
        info = info if isinstance(info, dict) else {}
        relative = entry.path.relative_to(config.parent).as_posix()
        found.append(
            (
                _Entry(relative, entry.namespace or "", str(info.get("title", "")), str(info.get("version", ""))),
                document,
            )
        )
    return found


def plan_update(
    config: Path,
    entries: Entries,
    fetched_file: Path,
    title: str,
    version: str,
) -> ConfigUpdate | None:
    """The entry the fetched document replaces, or None (another API, or the config names it already)."""
    new_file = fetched_file.resolve().relative_to(config.parent.resolve()).as_posix()
    same_api = [(entry, doc) for entry, doc in entries if entry.title == title]
    if not same_api or any(entry.file == new_file for entry, _ in same_api):
        return None
    same_version = [(entry, doc) for entry, doc in same_api if entry.version == version]
    entry, document = (same_version or same_api)[0]
    return ConfigUpdate(entry.namespace, entry.file, new_file, document)


def apply_update(config: Path, update: ConfigUpdate) -> None:
    """Rewrite the `file = "..."` line of the updated entry, nothing else."""
    text = config.read_text(encoding="utf-8")
    matches = [m for m in _FILE_LINE.finditer(text) if m.group("value") == update.old_file]
    if len(matches) != 1:
        raise SpecError(f"{config}: cannot find exactly one `file = {update.old_file!r}` line to update")
    match = matches[0]
    quote = match.group("quote")
    line = f"{match.group('key')}{quote}{update.new_file}{quote}"
    config.write_text(text[: match.start()] + line + text[match.end() :], encoding="utf-8")
