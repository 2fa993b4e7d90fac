# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .container_network_policy_allowlist_param import (
    ContainerNetworkPolicyAllowlist,
    ContainerNetworkPolicyAllowlistParam,
)
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabled, ContainerNetworkPolicyDisabledParam
from .inline_skill_param import InlineSkill, InlineSkillParam
from .skill_reference_param import SkillReference, SkillReferenceParam


class CreateContainerBodyExpiresAfter(BaseModel):
    """Container expiration time in seconds relative to the 'anchor' time."""

    anchor: Literal["last_active_at"] = Field(default_factory=_missing)
    """Time anchor for the expiration time. Currently only 'last_active_at' is supported."""

    minutes: int = Field(default_factory=_missing)


class CreateContainerBody(BaseModel):
    name: str = Field(default_factory=_missing)
    """Name of the container to create."""

    file_ids: list[str] | None = None
    """IDs of files to copy to the container."""

    expires_after: CreateContainerBodyExpiresAfter | None = None
    """Container expiration time in seconds relative to the 'anchor' time."""

    skills: (
        list[
            Open[
                Annotated[
                    Annotated[SkillReference, Tag("skill_reference")] | Annotated[InlineSkill, Tag("inline")],
                    Discriminator(tag_of("type")),
                ]
            ]
        ]
        | None
    ) = None
    """An optional list of skills referenced by id or inline data."""

    memory_limit: Open[Literal["1g", "4g", "16g", "64g"]] | None = None
    """Optional memory limit for the container. Defaults to "1g"."""

    network_policy: (
        Open[
            Annotated[
                Annotated[ContainerNetworkPolicyDisabled, Tag("disabled")]
                | Annotated[ContainerNetworkPolicyAllowlist, Tag("allowlist")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """Network access policy for the container."""


class CreateContainerBodyExpiresAfterParam(TypedDict, total=False):
    """Container expiration time in seconds relative to the 'anchor' time."""

    anchor: Required[Literal["last_active_at"]]
    """Time anchor for the expiration time. Currently only 'last_active_at' is supported."""

    minutes: Required[int]


class CreateContainerBodyParam(TypedDict, total=False):
    name: Required[str]
    """Name of the container to create."""

    file_ids: Sequence[str]
    """IDs of files to copy to the container."""

    expires_after: CreateContainerBodyExpiresAfterParam
    """Container expiration time in seconds relative to the 'anchor' time."""

    skills: Sequence[SkillReferenceParam | InlineSkillParam]
    """An optional list of skills referenced by id or inline data."""

    memory_limit: Literal["1g", "4g", "16g", "64g"]
    """Optional memory limit for the container. Defaults to "1g"."""

    network_policy: ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam
    """Network access policy for the container."""
