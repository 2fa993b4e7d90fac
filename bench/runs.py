"""How each measured process runs: the context of a bench run, the child environment, the run order, timing."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import time
from pathlib import Path

from .peers import REPO

__all__ = ["LABELS", "Context", "child_env", "rotated", "timed"]

LABELS = {
    "bare": "bare transport (`httpx2` + `json`)",
    "bare-httpx": "`httpx` 0.28.1 + `json` (reference)",
    "pydantic-floor": "bare transport + a 3-class `pydantic` model of the answer",
    "ours": "openai-connector",
    "openai": "official `openai` SDK",
}


@dataclasses.dataclass
class Context:
    peer_python: Path
    url: str
    quick: bool
    runs: int | None  # None: each figure's own default

    def count(self, full: int, quick: int) -> int:
        if self.runs is not None:
            return self.runs
        return quick if self.quick else full

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full


def child_env() -> dict[str, str]:
    """The environment of every measured process: no proxies, no `OPENAI_*` settings, no debug logging.

    Bytecode caches are allowed (`PYTHONDONTWRITEBYTECODE` dropped): the peers' packages come from
    pip with compiled `.pyc` files, and ours (an editable install) gets its own in the unmeasured
    warm-up run, so no figure measures compiling source.
    """
    drop = ("OPENAI_", "AZURE_OPENAI_", "OPENAI_CONNECTOR_")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(drop)
        and not k.lower().endswith("_proxy")
        and k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")
    }
    env["PYTHONPATH"] = str(REPO)
    env["NO_PROXY"] = "127.0.0.1,localhost"
    return env


def rotated(impls: list[str], run: int) -> list[str]:
    """`impls` starting at a different one each run, so no implementation always goes first."""
    k = run % len(impls)
    return impls[k:] + impls[:k]


def timed(cmd: list[str], *, cwd: Path = REPO, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, the largest process of the tree) of one child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env or child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{err.decode(errors='replace')[-3000:]}")
    return seconds, usage.ru_maxrss / 1024.0
