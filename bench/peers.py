"""The peers' venv (`bench/.peers/venv`, gitignored), made by the bench itself from PyPI with pinned versions.

It holds the official SDK, the two peer generators, `httpx` for reference, and our own package
(editable, from this repository), so every client figure runs all implementations on one
interpreter with the same pydantic and transport.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

__all__ = ["PEERS", "PEERS_DIR", "REPO", "bin_path", "ensure_peers", "peer_python"]

REPO = Path(__file__).resolve().parent.parent
PEERS_DIR = REPO / "bench" / ".peers"
PEERS = {
    "openai": "3.51.0",
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "httpx": "0.28.1",
}


def _venv_dir() -> Path:
    return PEERS_DIR / "venv"


def peer_python() -> Path:
    return _venv_dir() / "bin" / "python"


def bin_path(name: str) -> Path:
    return _venv_dir() / "bin" / name


def _wanted() -> str:
    pins = "\n".join(f"{name}=={version}" for name, version in sorted(PEERS.items()))
    return f"{pins}\n-e {REPO}\n"


def ensure_peers(*, install: bool = True) -> Path | None:
    """The peers' python; creates or updates the venv when its pins changed (None if absent and not `install`)."""
    stamp = PEERS_DIR / "installed.txt"
    python = peer_python()
    if python.exists() and stamp.exists() and stamp.read_text() == _wanted():
        return python
    if not install:
        return None
    print(f"bench: installing the peers into {_venv_dir()} ({', '.join(f'{k}=={v}' for k, v in PEERS.items())})")
    if not python.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(_venv_dir())
    env = {k: v for k, v in os.environ.items() if k != "PIP_REQUIRE_VIRTUALENV"}
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, *(f"{k}=={v}" for k, v in PEERS.items()), "-e", str(REPO)], check=True, env=env)
    stamp.write_text(_wanted())
    return python


if __name__ == "__main__":
    print(ensure_peers())
    sys.exit(0)
