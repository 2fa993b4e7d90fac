# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller
from .beta_container_auto_param import BetaContainerAuto, BetaContainerAutoParam
from .beta_container_reference_param import BetaContainerReference, BetaContainerReferenceParam
from .beta_local_environment_param import BetaLocalEnvironment, BetaLocalEnvironmentParam


class BetaFunctionShellTool(BaseModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"] = Field(default_factory=_missing)
    """The type of the shell tool. Always `shell`."""

    environment: 'Open[Annotated[Annotated[BetaContainerAuto, Tag("container_auto")] | Annotated[BetaLocalEnvironment, Tag("local")] | Annotated[BetaContainerReference, Tag("container_reference")], Discriminator(tag_of("type"))]] | None' = None

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
    """The tool invocation context(s)."""


class BetaFunctionShellToolParam(TypedDict, total=False):
    """A tool that allows the model to execute shell commands."""

    type: Required[Literal["shell"]]
    """The type of the shell tool. Always `shell`."""

    environment: BetaContainerAutoParam | BetaLocalEnvironmentParam | BetaContainerReferenceParam | None

    allowed_callers: Sequence[BetaCallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
