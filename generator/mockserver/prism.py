"""Prism (`@stoplight/prism-cli`), pinned, installed into `.tools/prism` with npm, started on 127.0.0.1.

Prism 5.14.2 is the last release that runs on Node 20. It checks auth and serves examples, but
accepts any body on some operations and does not stream: the reference server covers those.

    with Prism("specs/azure/inference-2024-10-21.json") as prism:
        httpx.post(prism.url + "/deployments/d/chat/completions?api-version=2024-10-21", ...)

Prism serves the paths without the servers' base path. `python -m generator.mockserver.prism SPEC [PORT]`
runs it in the foreground.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import IO

PRISM_VERSION = "5.14.2"
PRISM_PACKAGE = f"@stoplight/prism-cli@{PRISM_VERSION}"
ROOT = Path(__file__).resolve().parents[2]
INSTALL_DIR = ROOT / ".tools" / "prism"


class PrismError(Exception):
    """Prism cannot be installed or started."""


def node_available() -> bool:
    return shutil.which("node") is not None and shutil.which("npm") is not None


def prism_executable(install_dir: Path = INSTALL_DIR) -> Path:
    """The pinned Prism, installed with npm into `install_dir` if it is not there yet."""
    executable = install_dir / "node_modules" / ".bin" / "prism"
    package = install_dir / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    if executable.exists() and f'"version": "{PRISM_VERSION}"' in package.read_text(encoding="utf-8"):
        return executable
    npm = shutil.which("npm")
    if npm is None:
        raise PrismError("npm is not installed; Prism needs Node.js 18 or 20 and npm")
    install_dir.mkdir(parents=True, exist_ok=True)
    command = [npm, "install", "--no-audit", "--no-fund", "--save-exact", "--prefix", str(install_dir), PRISM_PACKAGE]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if result.returncode != 0 or not executable.exists():
        raise PrismError(f"`{' '.join(command)}` failed:\n{result.stderr[-2000:]}")
    return executable


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Prism:
    """A Prism mock server process for one spec; a context manager, or `start()`/`stop()`."""

    def __init__(
        self, spec: str | Path, port: int | None = None, startup_timeout: float = 60.0, *, dynamic: bool = False
    ) -> None:
        self.spec = Path(spec)
        self.dynamic = dynamic  # `-d`: answers generated from the schemas, fresh each call, not the examples
        self.port = port or free_port()
        self.startup_timeout = startup_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._staging: tempfile.TemporaryDirectory[str] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self, spec: Path | None = None) -> list[str]:
        spec = spec or self.spec
        command = [str(prism_executable()), "mock", str(spec), "--host", "127.0.0.1", "--port", str(self.port)]
        return [*command, "-d"] if self.dynamic else command

    def _staged_spec(self) -> Path:
        """Azure examples are referenced as `./examples/`; ours are in `examples-<date>/`: stage a copy."""
        from generator.mockserver.server import default_examples_dir

        examples = default_examples_dir(self.spec)
        if examples is None or examples.name == "examples":
            return self.spec
        self._staging = tempfile.TemporaryDirectory(prefix="prism-")
        staged = Path(self._staging.name) / self.spec.name
        shutil.copyfile(self.spec, staged)
        (staged.parent / "examples").symlink_to(examples.resolve(), target_is_directory=True)
        return staged

    def start(self) -> Prism:
        if not self.spec.is_file():
            raise PrismError(f"{self.spec}: no such file")
        # A file, not a pipe: Prism logs each request, and a full pipe would stall it mid-run.
        self._log = tempfile.TemporaryFile()
        self._process = subprocess.Popen(self.command(self._staged_spec()), stdout=subprocess.DEVNULL, stderr=self._log)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                self._log.seek(0)
                stderr = self._log.read().decode(errors="replace")
                raise PrismError(f"Prism exited with status {self._process.returncode}:\n{stderr[-2000:]}")
            if self._answers():
                return self
            time.sleep(0.2)
        self.stop()
        raise PrismError(f"Prism did not answer on {self.url} within {self.startup_timeout:.0f} s")

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/", timeout=1):
                return True
        except urllib.error.HTTPError:
            return True  # any HTTP answer (404, 401) means it is up
        except OSError:
            return False

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            if self._staging is not None:
                self._staging.cleanup()
                self._staging = None
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._staging is not None:
            self._staging.cleanup()
            self._staging = None

    def __enter__(self) -> Prism:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2 or (len(argv) == 2 and not argv[1].isdigit()):
        print("usage: tools/prism.sh SPEC [PORT]", file=sys.stderr)
        return 2
    try:
        prism = Prism(argv[0], int(argv[1]) if len(argv) == 2 else None)
        command = prism.command(prism._staged_spec())
    except PrismError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"prism {PRISM_VERSION} serving {argv[0]} at {prism.url}", flush=True)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 130
    finally:
        prism.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
