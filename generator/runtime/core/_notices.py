"""What a call tells its caller from its operation's facts: a deprecated operation warns, and a refused
operation that needs an admin API key says so."""

from __future__ import annotations

import os
import sys
import warnings
from types import FrameType
from typing import TypeVar

from ._errors import APIStatusError
from ._flow import Flow
from ._operation import Operation

__all__ = ["admin_key_hint", "warn_deprecated"]

_T = TypeVar("_T")
_ADMIN_ONLY = ("admin_key",)
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def warn_deprecated(op: Operation) -> None:
    """One `DeprecationWarning` for a call of `op` (its `deprecation`, else the API's word), attributed to the
    caller's line (outside this package)."""
    frame: FrameType | None = sys._getframe()
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        level, frame = level + 1, frame.f_back
    message = op.deprecation or f"{op.operation_id} ({op.method} {op.path}) is deprecated by the API"
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def admin_key_hint(op: Operation, flow: Flow[_T]) -> Flow[_T]:
    """`flow`, or for an operation only an admin API key may call, `flow` whose 401 or 403 error says so."""
    return _hinted(op, flow) if op.security == _ADMIN_ONLY else flow


def _hinted(op: Operation, flow: Flow[_T]) -> Flow[_T]:
    try:
        return (yield from flow)
    except APIStatusError as exc:
        if exc.status_code in (401, 403):
            exc.message = f"{exc.message} ({op.operation_id} needs an organization admin API key, not a project key)"
            exc.args = (exc.message, *exc.args[1:])
        raise
