# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Mapping, Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaLocalShellExecAction(BaseModel):
    """Execute a shell command on the server."""

    type: Literal["exec"] = Field(default_factory=_missing)
    """The type of the local shell action. Always `exec`."""

    command: list[str] = Field(default_factory=_missing)
    """The command to run."""

    timeout_ms: int | None = None
    """Optional timeout in milliseconds for the command."""

    working_directory: str | None = None
    """Optional working directory to run the command in."""

    env: dict[str, str] = Field(default_factory=_missing)
    """Environment variables to set for the command."""

    user: str | None = None
    """Optional user to run the command as."""


class BetaLocalShellExecActionParam(TypedDict, total=False):
    """Execute a shell command on the server."""

    type: Required[Literal["exec"]]
    """The type of the local shell action. Always `exec`."""

    command: Required[Sequence[str]]
    """The command to run."""

    timeout_ms: int | None
    """Optional timeout in milliseconds for the command."""

    working_directory: str | None
    """Optional working directory to run the command in."""

    env: Required[Mapping[str, str]]
    """Environment variables to set for the command."""

    user: str | None
    """Optional user to run the command as."""
