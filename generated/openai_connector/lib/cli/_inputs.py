# copied from generator/runtime/extras/cli/_inputs.py by the openai-connector generator; edit the source
"""The command line's inputs read and checked before anything is sent: JSON flags, prompt files, batch state.

Each problem is a `UsageError` (or, inside argparse's `type=` functions, an `ArgumentTypeError`) whose
message names the flag, file and line at fault; the CLI prints it as one `error: ...` line, exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["UsageError", "batch_state_count", "json_arg", "messages_arg", "prompts_of", "read_text"]

_JSON_LINE_STARTS = ("[", "{", '"')
_MESSAGES_EXAMPLE = '[{"role": "user", "content": "Hi"}]'


class UsageError(Exception):
    """A bad command line: printed as one `error: ...` line, exit code 2."""


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise ValueError(f"cannot read {path}: {reason}") from None


def read_text(path: str, flag: str) -> str:
    """The text of `path` (`-`: stdin), or a `UsageError` naming `flag` when it cannot be read."""
    try:
        return _read(path)
    except ValueError as exc:
        raise UsageError(f"{flag}: {exc}") from None


def json_arg(value: str) -> Any:
    """argparse `type=`: a JSON value given inline, or `@path` to read it from a file."""
    try:
        text = _read(value[1:]) if value.startswith("@") else value
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON: {exc}") from None


def _is_message_list(value: object) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(m, dict) and isinstance(m.get("role"), str) for m in value)
    )


def messages_arg(value: str) -> list[dict[str, Any]]:
    """argparse `type=` of `--messages`: a non-empty JSON list of message objects (inline or `@file`)."""
    messages = json_arg(value)
    if not _is_message_list(messages):
        got = type(messages).__name__ if not isinstance(messages, list) else "a list of other values"
        raise argparse.ArgumentTypeError(f"must be a JSON list of messages like {_MESSAGES_EXAMPLE}, got {got}")
    return list(messages)


def _prompt(value: object, where: str) -> Any:
    if isinstance(value, str) or _is_message_list(value):
        return value
    raise UsageError(f"{where}: a prompt must be a JSON string or a list of messages like {_MESSAGES_EXAMPLE}")


def prompts_of(path: str, flag: str) -> list[Any]:
    """Prompts from a file: a JSON list; or one prompt per line, where a line starting with `[`, `{` or `"`
    is JSON (a string or a message list: JSONL) and any other line is the prompt's text."""
    name = "<stdin>" if path == "-" else path
    text = read_text(path, flag)
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            whole = json.loads(stripped)
        except ValueError:
            pass  # JSONL whose lines are message lists: read line by line
        else:
            if _is_message_list(whole):
                return [whole]  # one conversation
            if isinstance(whole, list):
                return [_prompt(item, f"{name} item {index}") for index, item in enumerate(whole)]
    prompts: list[Any] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if not line.lstrip().startswith(_JSON_LINE_STARTS):
            prompts.append(line)
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(
                f"{name} line {number}: not valid JSON ({exc.msg}, column {exc.colno}); a line starting "
                'with [, { or " is read as JSON: write a text prompt that starts so as a JSON string'
            ) from None
        prompts.append(_prompt(value, f"{name} line {number}"))
    if not prompts:
        raise UsageError(f"{flag}: {name} holds no prompt")
    return prompts


def batch_state_count(path: str) -> int:
    """The `count` of a batch state file (as `BatchOptions(state_path=...)` writes it)."""
    text = read_text(path, "--state")
    try:
        state = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"--state {path}: not valid JSON ({exc.msg})") from None
    count = state.get("count") if isinstance(state, dict) else None
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise UsageError(
            f'--state {path}: expected the JSON object written when the batch was submitted, with "count" '
            "(the number of inputs); or pass --count N"
        )
    return count
