# copied from generator/runtime/extras/cli/_output.py by the openai-connector generator; edit the source
"""What the command line prints (JSON on stdout, or `--output text`) and its exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["EXIT_API", "EXIT_BATCH_TIMEOUT", "EXIT_PARTIAL", "EXIT_USAGE", "emit", "print_items"]

EXIT_API = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_BATCH_TIMEOUT = 4


def _jsonable(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_unset=True, by_alias=True)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return {"bytes": len(value)}
    return value


def emit(value: Any, args: argparse.Namespace, text: str | None = None) -> None:
    if args.output == "text" and text is not None:
        print(text)
    elif args.output == "text" and isinstance(value, str):
        print(value)
    else:
        print(json.dumps(_jsonable(value), indent=2, ensure_ascii=False))


def print_items(results: Sequence[Any], args: argparse.Namespace) -> None:
    if args.output == "text":
        for item in results:
            print(f"[{item.index}] {item.text if item.ok else 'ERROR: ' + str(item.error)}")
    else:
        print(json.dumps([item.to_dict() for item in results], indent=2, ensure_ascii=False))
    sys.stdout.flush()
