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
from .beta_inline_skill_param import BetaInlineSkill, BetaInlineSkillParam
from .beta_skill_reference_param import BetaSkillReference, BetaSkillReferenceParam


class BetaContainerAuto(BaseModel):
    type: Literal["container_auto"] = Field(default_factory=_missing)
    """Automatically creates a container for this request"""

    file_ids: list[str] | None = None
    """An optional list of uploaded files to make available to your code."""

    memory_limit: BetaContainerMemoryLimit | None = None
    """The memory limit for the container."""

    network_policy: 'Open[Annotated[Annotated[BetaContainerNetworkPolicyDisabled, Tag("disabled")] | Annotated[BetaContainerNetworkPolicyAllowlist, Tag("allowlist")], Discriminator(tag_of("type"))]] | None' = None
    """Network access policy for the container."""

    skills: 'list[Open[Annotated[Annotated[BetaSkillReference, Tag("skill_reference")] | Annotated[BetaInlineSkill, Tag("inline")], Discriminator(tag_of("type"))]]] | None' = None
    """An optional list of skills referenced by id or inline data."""


class BetaContainerAutoParam(TypedDict, total=False):
    type: Required[Literal["container_auto"]]
    """Automatically creates a container for this request"""

    file_ids: Sequence[str]
    """An optional list of uploaded files to make available to your code."""

    memory_limit: BetaContainerMemoryLimit | None
    """The memory limit for the container."""

    network_policy: BetaContainerNetworkPolicyDisabledParam | BetaContainerNetworkPolicyAllowlistParam
    """Network access policy for the container."""

    skills: Sequence[BetaSkillReferenceParam | BetaInlineSkillParam]
    """An optional list of skills referenced by id or inline data."""
