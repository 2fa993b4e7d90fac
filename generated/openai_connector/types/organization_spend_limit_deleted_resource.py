# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class OrganizationSpendLimitDeletedResource(BaseModel):
    """Confirmation payload returned after deleting an organization hard spend limit."""

    object: Literal["organization.spend_limit.deleted"]
    """The object type, which is always `organization.spend_limit.deleted`."""

    deleted: bool
    """Whether the hard spend limit was deleted."""
