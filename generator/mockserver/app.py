"""What the reference server answers to one request: routing, then auth, faults, checks and the answer.

Kept apart from the HTTP plumbing (`server.py`) so that it can be tested and reasoned about as
a function from `MockRequest` to `MockResponse`. Each step has its module: `auth.py`, `faults.py`,
`request_checks.py`, `answers.py` (with `streaming.py` and `repair.py`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from generator.mockserver.answers import answer
from generator.mockserver.auth import check_auth
from generator.mockserver.examples import Example, operation_examples
from generator.mockserver.faults import Faults
from generator.mockserver.messages import MockRequest, MockResponse, error
from generator.mockserver.plausible import IMAGE_PATH, TINY_PNG
from generator.mockserver.request_checks import check_request
from generator.spec.api import ApiSpec, Match, SpecOperation


@dataclasses.dataclass(frozen=True)
class Mount:
    """A spec served under a base path; `azure_auth` accepts an `api-key` header as well as a bearer token."""

    base_path: str
    spec: ApiSpec
    examples_dir: Path | None = None
    azure_auth: bool = False


class MockApp:
    def __init__(self, mounts: Sequence[Mount]) -> None:
        # the longest base path first, so that `/openai/v1` wins over `/openai`
        self.mounts = sorted(mounts, key=lambda m: -len(m.base_path))
        self._faults = Faults()
        self._examples: dict[tuple[str, str], list[Example]] = {}

    def reset_faults(self) -> None:
        self._faults.reset()

    def examples(self, mount: Mount, operation: SpecOperation) -> list[Example]:
        key = (mount.spec.file, operation.pointer)
        if key not in self._examples:
            self._examples[key] = operation_examples(operation, mount.examples_dir)
        return self._examples[key]

    def handle(self, request: MockRequest) -> MockResponse:
        if request.method == "GET" and request.path == IMAGE_PATH:  # where image answers' `url`s point
            return MockResponse(200, TINY_PNG, "image/png")
        found = self._route(request)
        if isinstance(found, MockResponse):
            return found
        mount, match = found
        operation = match.operation
        refused = check_auth(mount.spec, operation, request, azure_auth=mount.azure_auth)
        if refused is not None:
            return refused
        fault = self._faults.inject(request)
        if fault is not None:
            return fault
        fields = check_request(mount.spec, operation, request)
        if isinstance(fields, MockResponse):
            return fields
        return answer(mount.spec, operation, request, fields, lambda: self.examples(mount, operation))

    def _route(self, request: MockRequest) -> tuple[Mount, Match] | MockResponse:
        path_known = False
        for mount in self.mounts:
            relative = _strip(mount.base_path, request.path)
            if relative is None:
                continue
            match = mount.spec.match(request.method, relative, request.query)
            if match is not None:
                return mount, match
            path_known = path_known or mount.spec.path_exists(relative)
        if path_known:
            return error(405, f"Method {request.method} is not allowed on {request.path}.", code="method_not_allowed")
        return error(404, f"Invalid URL ({request.method} {request.path})", code="unknown_url")


def _strip(base: str, path: str) -> str | None:
    if not base:
        return path
    if path == base or path.startswith(base + "/"):
        return path[len(base) :] or "/"
    return None
