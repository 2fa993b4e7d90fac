# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .container_auto_param import ContainerAutoParam, ContainerAutoParamParam
from .container_reference_param import ContainerReferenceParam, ContainerReferenceParamParam
from .local_environment_param import LocalEnvironmentParam, LocalEnvironmentParamParam


class FunctionShellToolParam(BaseModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"] = Field(default_factory=_missing)
    """The type of the shell tool. Always `shell`."""

    environment: (
        Open[
            Annotated[
                Annotated[ContainerAutoParam, Tag("container_auto")]
                | Annotated[LocalEnvironmentParam, Tag("local")]
                | Annotated[ContainerReferenceParam, Tag("container_reference")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None

    allowed_callers: list[CallableToolAllowedCaller] | None = None
    """The tool invocation context(s)."""


class FunctionShellToolParamParam(TypedDict, total=False):
    """A tool that allows the model to execute shell commands."""

    type: Required[Literal["shell"]]
    """The type of the shell tool. Always `shell`."""

    environment: ContainerAutoParamParam | LocalEnvironmentParamParam | ContainerReferenceParamParam | None

    allowed_callers: Sequence[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
