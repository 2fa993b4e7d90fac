# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller
from .beta_container_auto_param import BetaContainerAutoParam, BetaContainerAutoParamParam
from .beta_container_reference_param import BetaContainerReferenceParam, BetaContainerReferenceParamParam
from .beta_local_environment_param import BetaLocalEnvironmentParam, BetaLocalEnvironmentParamParam


class BetaFunctionShellToolParam(BaseModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"] = Field(default_factory=_missing)
    """The type of the shell tool. Always `shell`."""

    environment: (
        Open[
            Annotated[
                Annotated[BetaContainerAutoParam, Tag("container_auto")]
                | Annotated[BetaLocalEnvironmentParam, Tag("local")]
                | Annotated[BetaContainerReferenceParam, Tag("container_reference")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
    """The tool invocation context(s)."""


class BetaFunctionShellToolParamParam(TypedDict, total=False):
    """A tool that allows the model to execute shell commands."""

    type: Required[Literal["shell"]]
    """The type of the shell tool. Always `shell`."""

    environment: BetaContainerAutoParamParam | BetaLocalEnvironmentParamParam | BetaContainerReferenceParamParam | None

    allowed_callers: Sequence[BetaCallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
