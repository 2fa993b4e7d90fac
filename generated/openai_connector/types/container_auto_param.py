# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .container_memory_limit import ContainerMemoryLimit
from .container_network_policy_allowlist_param import (
    ContainerNetworkPolicyAllowlist,
    ContainerNetworkPolicyAllowlistParam,
)
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabled, ContainerNetworkPolicyDisabledParam
from .inline_skill_param import InlineSkill, InlineSkillParam
from .skill_reference_param import SkillReference, SkillReferenceParam


class ContainerAuto(BaseModel):
    type: Literal["container_auto"] = Field(default_factory=_missing)
    """Automatically creates a container for this request"""

    file_ids: list[str] | None = None
    """An optional list of uploaded files to make available to your code."""

    memory_limit: ContainerMemoryLimit | None = None
    """The memory limit for the container."""

    network_policy: 'Open[Annotated[Annotated[ContainerNetworkPolicyDisabled, Tag("disabled")] | Annotated[ContainerNetworkPolicyAllowlist, Tag("allowlist")], Discriminator(tag_of("type"))]] | None' = None
    """Network access policy for the container."""

    skills: 'list[Open[Annotated[Annotated[SkillReference, Tag("skill_reference")] | Annotated[InlineSkill, Tag("inline")], Discriminator(tag_of("type"))]]] | None' = None
    """An optional list of skills referenced by id or inline data."""


class ContainerAutoParam(TypedDict, total=False):
    type: Required[Literal["container_auto"]]
    """Automatically creates a container for this request"""

    file_ids: Sequence[str]
    """An optional list of uploaded files to make available to your code."""

    memory_limit: ContainerMemoryLimit | None
    """The memory limit for the container."""

    network_policy: ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam
    """Network access policy for the container."""

    skills: Sequence[SkillReferenceParam | InlineSkillParam]
    """An optional list of skills referenced by id or inline data."""
