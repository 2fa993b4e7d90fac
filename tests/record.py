"""`make record TARGET=reference|prism|live`: re-record every cassette under tests/cassettes, then check them.

- `reference` (the default): our reference server (`generator.mockserver.ReferenceServer`), started
  here on 127.0.0.1; it answers with the specs' `x-oaiMeta` and Azure examples, streams, returns
  audio bytes, and injects faults. No key, no network.
- `prism`: Prism 5.14.2 (one process per spec) behind a small routing proxy. What Prism cannot do
  (streaming, fault injection, binary speech, the Azure v1 API) goes to the reference server.
- `live`: the real APIs; needs `OPENAI_API_KEY`, `AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_ENDPOINT`
  (optionally `AZURE_OPENAI_DEPLOYMENT`, rewritten to the cassettes' `gpt-4o-mini`). Tests that
  rely on fault injection are skipped, so their cassettes stay as they are.

Afterwards the cassettes are checked against the specs (`python -m generator contract`) and
replayed offline (`--record-mode=none`); the exit status is non-zero if any step fails.
One module: `OPENAI_CONNECTOR_RECORD_TARGET=reference python -m pytest tests/client/test_chat.py --record-mode=rewrite`.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from tests._specs import CONFIG, ROOT, configured

TARGET_ENV = "OPENAI_CONNECTOR_RECORD_TARGET"
CASSETTES = ROOT / "tests" / "cassettes"
# The specs as specs/config.toml names them (the client is generated from those, with these overlays).
CONTRACT_SPECS = tuple(str(p.relative_to(ROOT)) for p in (configured().openai, configured().azure))
OVERLAYS = tuple(str(p.relative_to(ROOT)) for p in configured().overlays)
AZURE_V1_BASE_PATH = "/openai/v1"
CONTRACT_ARGS = (
    *(arg for overlay in OVERLAYS for arg in ("--overlay", overlay)),
    "--base-path",
    AZURE_V1_BASE_PATH,
    "--allow-undeclared-errors",
)


def cassette_contract_failure(config: Path = CONFIG, cassettes: Path = CASSETTES) -> str | None:
    """None if every recorded exchange fits the specs `config` names; else a message naming each cassette
    that no longer fits and what in it the specs now reject."""
    from generator.contract import ContractChecker
    from generator.spec.api import load_api

    specs = configured(config)
    apis = [load_api(path, overlays=specs.overlays) for path in (specs.openai, specs.azure)]
    seen, violations = ContractChecker(apis, [AZURE_V1_BASE_PATH], allow_undeclared_errors=True).check_paths(cassettes)
    if not violations:
        return None
    by_cassette: dict[str, list[str]] = {}
    for violation in violations:
        place = f"#{violation.index} " if violation.index >= 0 else ""
        request = f"{violation.request}: " if violation.request else ""
        path = f" {violation.path}" if violation.path else ""
        by_cassette.setdefault(violation.cassette, []).append(
            f"{place}{request}{violation.where}{path}: {violation.message}"
        )
    names = ", ".join(_shown(p) for p in (specs.openai, specs.azure))
    lines = [
        f"{len(by_cassette)} recorded cassette(s) no longer fit the specs {_shown(config)} names ({names}); "
        f"{len(violations)} violation(s) in {seen} interaction(s):"
    ]
    for cassette, found in sorted(by_cassette.items()):
        lines.append(f"  {_shown(Path(cassette))}:")
        lines += [f"    {line}" for line in found]
    lines.append(
        "The specs changed in a way the recorded answers break (a breaking change for this client): review it "
        "(`python -m generator diff OLD NEW`), then re-record (`make record`) or fix the spec with an overlay."
    )
    return "\n".join(lines)


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


@contextlib.contextmanager
def local_servers(target: str, specs: Sequence[Path]) -> Iterator[str]:
    """The origin (`http://127.0.0.1:<port>`) serving OpenAI under /v1 and Azure under /openai."""
    from generator.mockserver import ReferenceServer
    from generator.spec.api import load_api

    served = [load_api(spec, overlays=[ROOT / o for o in OVERLAYS]) for spec in specs]
    with ReferenceServer(served) as reference:
        if target == "reference":
            yield reference.url
            return
        from generator.mockserver.prism import Prism

        openai_spec, azure_spec = specs
        with Prism(openai_spec) as openai_prism, Prism(azure_spec) as azure_prism:
            routes = {"/v1": openai_prism.url, "/openai": azure_prism.url}
            with _PrismRouter(routes, reference.url) as router:
                yield router.url


def _to_reference(method: str, path: str, headers: dict[str, str], body: bytes) -> bool:
    """What Prism 5.14.2 cannot answer as the API would."""
    if path.startswith("/openai/v1/") or any(name.startswith("x-mock-") for name in headers):
        return True
    if path.endswith("/audio/speech"):
        return True  # binary audio
    if method == "POST" and body[:1] == b"{":
        try:
            return json.loads(body).get("stream") is True  # Prism does not stream
        except ValueError:
            return False
    return False


class _PrismRouter:
    """Forwards `/v1/...` and `/openai/...` to the Prism instance of their spec (base path removed)."""

    def __init__(self, routes: dict[str, str], fallback: str) -> None:
        router = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                origin, path = router.route(self.command, self.path, headers, body)
                target = urlsplit(origin)
                connection = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port, timeout=60)
                try:
                    forwarded = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                    connection.request(self.command, path, body=body or None, headers=forwarded)
                    answer = connection.getresponse()
                    data = answer.read()
                finally:
                    connection.close()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length", "date"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _forward

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.routes = routes
        self.fallback = fallback
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def route(self, method: str, raw_path: str, headers: dict[str, str], body: bytes) -> tuple[str, str]:
        path = urlsplit(raw_path).path
        if not _to_reference(method, path, headers, body):
            for base, origin in self.routes.items():
                if path.startswith(base + "/"):
                    return origin, raw_path[len(base) :]
        return self.fallback, raw_path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> _PrismRouter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def run(command: list[str], env: dict[str, str] | None = None) -> int:
    print("+", " ".join(command), flush=True)
    return subprocess.call(command, cwd=ROOT, env=env)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.record", description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=("reference", "prism", "live"), default="reference")
    parser.add_argument("tests", nargs="*", default=["tests/client"], help="test modules to re-record")
    args = parser.parse_args(argv)
    env = {**os.environ, TARGET_ENV: args.target}
    if args.target != "live":  # a local recording must never pick up a real key
        for name in ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT"):
            env.pop(name, None)
    pytest = [sys.executable, "-m", "pytest", "-q", *args.tests]
    status = run([*pytest, "--record-mode=rewrite"], env)
    if status == 0:
        specs = [arg for spec in CONTRACT_SPECS for arg in ("--spec", spec)]
        status = run([sys.executable, "-m", "generator", "contract", str(CASSETTES), *specs, *CONTRACT_ARGS])
    if status == 0:
        replay_env = {k: v for k, v in env.items() if k != TARGET_ENV}
        status = run([*pytest, "--record-mode=none"], replay_env)
    print("recorded and verified" if status == 0 else f"failed (exit {status})", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
