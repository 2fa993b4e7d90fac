# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaFunctionShellActionParamModel(BaseModel):
    """Commands and limits describing how to run the shell tool call."""

    commands: list[str] = Field(default_factory=_missing)
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: int | None = None
    """Maximum wall-clock time in milliseconds to allow the shell commands to run."""

    max_output_length: int | None = None
    """Maximum number of UTF-8 characters to capture from combined stdout and stderr output."""


class BetaFunctionShellActionParam(TypedDict, total=False):
    """Commands and limits describing how to run the shell tool call."""

    commands: Required[Sequence[str]]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: int | None
    """Maximum wall-clock time in milliseconds to allow the shell commands to run."""

    max_output_length: int | None
    """Maximum number of UTF-8 characters to capture from combined stdout and stderr output."""
