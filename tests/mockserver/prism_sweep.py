"""Every OpenAI operation, called a few times through the generated client against Prism's dynamic mock.

Prism 5.14.2 in dynamic mode (`-d`) answers each call with fresh random data generated from the
spec's response schema, so repeated calls meet different union variants, enum values and optional
fields. A call passes when the answer parses and every value inside it is in its right class: no raw
dict where a model was declared, no tagged model holding another variant's tag, no text standing
in for bytes. Calls the mock refuses for reasons of its own (it cannot serve the operation, or
rejects our synthesized arguments) are counted apart; a refusal the client causes (406 Not
Acceptable, 415 Unsupported Media Type) is a failure. The arguments come from `call_arguments`,
the class checks from `answer_classes`; this module tallies the calls.

    python -m tests.mockserver.prism_sweep [--calls 5] [--only chat,responses] [--verbose]

Needs Node.js and npm (the first run installs Prism into .tools/prism); loopback only.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydantic

from generator.mockserver.prism import Prism
from generator.spec.api import ApiSpec, SpecOperation
from tests.mockserver.answer_classes import declared_answer, is_page, misplaced
from tests.mockserver.call_arguments import arguments, method_of, parsed

ROOT = Path(__file__).resolve().parents[2]
OPENAI_SPEC = ROOT / "specs" / "openai" / "openapi-2026-08-21.yaml"
OVERLAYS = sorted((ROOT / "specs" / "overlays").glob("openai*.yaml"))
CLIENT_FAULTS = {406, 415}  # the mock refuses what the client sent: counted as failures


@dataclasses.dataclass
class Tally:
    passed: int = 0
    failed: int = 0
    unserved: int = 0
    failures: list[str] = dataclasses.field(default_factory=list)
    unserved_by: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    mock_errors: list[str] = dataclasses.field(default_factory=list)
    refusals: list[str] = dataclasses.field(default_factory=list)

    @property
    def served(self) -> int:
        return self.passed + self.failed

    @property
    def rate(self) -> float:
        return self.passed / self.served if self.served else 0.0


def check_call(
    method: Callable[..., Any],
    kwargs: dict[str, Any],
    declared: Any,
    tally: Tally,
    *,
    label: str,
    spec_errors: Callable[[Any], list[str]],
) -> None:
    from openai_connector.lib import APIConnectionError, APIStatusError

    try:
        answer = method(**kwargs)
    except APIStatusError as error:
        if error.status_code in CLIENT_FAULTS:
            tally.failed += 1
            tally.failures.append(f"{label}: HTTP {error.status_code} (refused what the client sent)")
        else:
            tally.unserved += 1
            tally.unserved_by[f"HTTP {error.status_code}"] += 1
            tally.refusals.append(f"{label}: HTTP {error.status_code}: {str(error)[:160]}")
        return
    except APIConnectionError as error:  # e.g. a random `Transfer-Encoding` header: not HTTP the client can read
        tally.unserved += 1
        tally.unserved_by[f"invalid HTTP from the mock ({str(error)[:60]})"] += 1
        return
    except Exception as error:  # a parse failure or a client-side refusal is what this sweep looks for
        tally.failed += 1
        tally.failures.append(f"{label}: {type(error).__name__}: {str(error)[:200]}")
        return
    problems = list(misplaced(answer, declared))
    if is_page(type(answer)):
        problems = [p for item in answer.data for p in misplaced(item, declared)]
    invalid = [e for e in spec_errors(_as_sent(answer)) if problems and _related(e, problems)]
    if invalid:  # the mock's own answer breaks the spec there (e.g. an allOf whose parts disagree on an enum)
        tally.unserved += 1
        tally.unserved_by["the mock's answer violates the spec"] += 1
        tally.mock_errors.append(f"{label}: {invalid[0]}")
    elif problems:
        tally.failed += 1
        tally.failures.extend(f"{label}: {p}" for p in problems[:3])
    else:
        tally.passed += 1


def _related(error: str, problems: list[str]) -> bool:
    """Whether a schema error is where (or above or below where) the client put a value wrong."""
    where = error.split(": ", 1)[0]
    return all(p.startswith(where) or where.startswith(p.split(": ", 1)[0]) for p in problems)


def _as_sent(answer: Any) -> Any:
    """The answer as JSON again: unknown fields and values were kept as sent, so this is what came."""
    if isinstance(answer, pydantic.BaseModel):
        return answer.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return answer


def spec_errors_of(spec: ApiSpec, spec_op: SpecOperation) -> Callable[[Any], list[str]]:
    """Why a value breaks the operation's JSON success answer schema (nothing when it fits or has none)."""
    success = next((r for r in spec_op.responses if r.status.startswith("2")), None)
    media = success.find("application/json") if success is not None else None
    pointer = media.schema_pointer if media is not None else None

    def errors(value: Any) -> list[str]:
        if pointer is None:
            return []
        return [f"{e.path}: {e.message}" for e in spec.schemas.errors(pointer, value, limit=5)]

    return errors


def sweep(calls: int, only: set[str], verbose: bool) -> Tally:
    from openai_connector import Client

    api, spec = parsed(OPENAI_SPEC, OVERLAYS)
    by_pointer = {o.pointer: o for o in spec.operations}
    tally = Tally()
    with (
        Prism(OPENAI_SPEC, dynamic=True) as prism,
        Client(api_key="sk-test", admin_api_key="sk-admin-test", base_url=prism.url, max_retries=0) as client,
    ):
        for op in api.operations:
            if op.api != "openai" or (only and op.resource[0] not in only):
                continue
            spec_op = by_pointer.get(op.pointer)
            if spec_op is None:
                continue
            method = method_of(client, op)
            declared = declared_answer(method)
            label = f"{'.'.join(op.resource)}.{op.name}"
            for _ in range(calls):
                before = len(tally.failures)
                kwargs = arguments(op, spec_op, spec, method)
                check_call(method, kwargs, declared, tally, label=label, spec_errors=spec_errors_of(spec, spec_op))
                if verbose and len(tally.failures) > before:
                    print(tally.failures[-1], flush=True)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=5, help="calls per operation (default 5)")
    parser.add_argument("--only", default="", help="comma-separated top-level resources")
    parser.add_argument("--verbose", action="store_true", help="print each failure as it happens")
    options = parser.parse_args(argv)
    tally = sweep(options.calls, {s for s in options.only.split(",") if s}, options.verbose)
    print(f"served {tally.served} calls: {tally.passed} passed, {tally.failed} failed ({tally.rate:.1%} pass)")
    reasons = ", ".join(f"{reason}: {count}" for reason, count in tally.unserved_by.most_common())
    print(f"not served by the mock: {tally.unserved} ({reasons})")
    for failure in sorted(set(tally.failures)):
        print("  " + failure)
    if tally.refusals:
        print("refused by the mock (not counted; a 422 may be our synthesized arguments):")
        for refusal in sorted(set(tally.refusals)):
            print("  " + refusal)
    if tally.mock_errors:
        print("answers of the mock that break the spec (not counted):")
        for error in sorted(set(tally.mock_errors)):
            print("  " + error)
    return 0 if tally.rate >= 0.995 else 1


if __name__ == "__main__":
    sys.exit(main())
