# copied from generator/runtime/extras/actions/_progress.py by the openai-connector generator; edit the source
"""An optional progress bar (`rich` or `tqdm`), imported only when one is shown."""

from __future__ import annotations

import importlib.util
import sys
from typing import Any, Literal, TypeAlias

from .._errors import ConfigurationError

__all__ = ["Progress", "ProgressOption", "open_progress"]

ProgressOption: TypeAlias = bool | Literal["rich", "tqdm"] | None
"""None: a bar only when stderr is a terminal and `tqdm` or `rich` is installed; False: never;
True: always (whichever is installed, tqdm first); "rich" / "tqdm": that one."""


class Progress:
    """Counts finished items; draws nothing unless a bar backend was chosen."""

    def __init__(self, total: int, backend: str | None, description: str) -> None:
        self._bar: Any = None
        self._rich: Any = None
        self._task: Any = None
        if backend == "tqdm":
            from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]

            self._bar = tqdm(total=total, desc=description, file=sys.stderr)
        elif backend == "rich":
            from rich.console import Console  # type: ignore[import-not-found,unused-ignore]
            from rich.progress import Progress as RichProgress  # type: ignore[import-not-found,unused-ignore]

            # On stderr, as tqdm draws: standard output stays the results' (the CLI prints them there).
            self._rich = RichProgress(console=Console(file=sys.stderr), transient=False)
            self._rich.start()
            self._task = self._rich.add_task(description, total=total)

    @property
    def shown(self) -> bool:
        return self._bar is not None or self._rich is not None

    def advance(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(n)
        elif self._rich is not None:
            self._rich.advance(self._task, n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._rich is not None:
            self._rich.stop()


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def open_progress(option: ProgressOption, total: int, description: str = "prompts") -> Progress:
    """A `Progress` per `option` (see `ProgressOption`)."""
    if option is False:
        return Progress(total, None, description)
    if option in ("rich", "tqdm"):
        if not _installed(str(option)):
            raise ConfigurationError(f"progress={option!r} needs the {option} package (pip install {option})")
        return Progress(total, str(option), description)
    if option is None and not sys.stderr.isatty():
        return Progress(total, None, description)
    for backend in ("tqdm", "rich"):
        if _installed(backend):
            return Progress(total, backend, description)
    if option is True:
        raise ConfigurationError("progress=True needs tqdm or rich (pip install 'openai-connector[progress]')")
    return Progress(total, None, description)
