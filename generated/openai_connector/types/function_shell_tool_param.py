# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .container_auto_param import ContainerAuto, ContainerAutoParam
from .container_reference_param import ContainerReference, ContainerReferenceParam
from .local_environment_param import LocalEnvironment, LocalEnvironmentParam


class FunctionShellTool(BaseModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"] = Field(default_factory=_missing)
    """The type of the shell tool. Always `shell`."""

    environment: 'Open[Annotated[Annotated[ContainerAuto, Tag("container_auto")] | Annotated[LocalEnvironment, Tag("local")] | Annotated[ContainerReference, Tag("container_reference")], Discriminator(tag_of("type"))]] | None' = None

    allowed_callers: list[CallableToolAllowedCaller] | None = None
    """The tool invocation context(s)."""


class FunctionShellToolParam(TypedDict, total=False):
    """A tool that allows the model to execute shell commands."""

    type: Required[Literal["shell"]]
    """The type of the shell tool. Always `shell`."""

    environment: ContainerAutoParam | LocalEnvironmentParam | ContainerReferenceParam | None

    allowed_callers: Sequence[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
