# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_container_memory_limit import BetaContainerMemoryLimit
from .beta_container_network_policy_allowlist_param import (
    BetaContainerNetworkPolicyAllowlist,
    BetaContainerNetworkPolicyAllowlistParam,
)
from .beta_container_network_policy_disabled_param import (
    BetaContainerNetworkPolicyDisabled,
    BetaContainerNetworkPolicyDisabledParam,
)


class BetaAutoCodeInterpreterTool(BaseModel):
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on."""

    type: Literal["auto"] = Field(default_factory=_missing)
    """Always `auto`."""

    file_ids: list[str] | None = None
    """An optional list of uploaded files to make available to your code."""

    memory_limit: BetaContainerMemoryLimit | None = None
    """The memory limit for the code interpreter container."""

    network_policy: 'Open[Annotated[Annotated[BetaContainerNetworkPolicyDisabled, Tag("disabled")] | Annotated[BetaContainerNetworkPolicyAllowlist, Tag("allowlist")], Discriminator(tag_of("type"))]] | None' = None
    """Network access policy for the container."""


class BetaAutoCodeInterpreterToolParam(TypedDict, total=False):
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on."""

    type: Required[Literal["auto"]]
    """Always `auto`."""

    file_ids: Sequence[str]
    """An optional list of uploaded files to make available to your code."""

    memory_limit: BetaContainerMemoryLimit | None
    """The memory limit for the code interpreter container."""

    network_policy: BetaContainerNetworkPolicyDisabledParam | BetaContainerNetworkPolicyAllowlistParam
    """Network access policy for the container."""
