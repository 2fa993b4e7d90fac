"""Shared by the CLI tests: the CLI run as a subprocess, and the environments that point it at a server."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.support.clients import API_VERSION, FAKE_AZURE_KEY, FAKE_OPENAI_KEY


def run(args: list[str], env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    return subprocess.run(
        [sys.executable, "-c", "from openai_connector.lib.cli import main; raise SystemExit(main())", *args],
        env={**base, **env},
        check=False,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
    )


def openai_env(url: str) -> dict[str, str]:
    return {"OPENAI_API_KEY": FAKE_OPENAI_KEY, "OPENAI_BASE_URL": f"{url}/v1"}


def azure_env(url: str) -> dict[str, str]:
    return {"AZURE_OPENAI_ENDPOINT": url, "AZURE_OPENAI_API_KEY": FAKE_AZURE_KEY, "OPENAI_API_VERSION": API_VERSION}
