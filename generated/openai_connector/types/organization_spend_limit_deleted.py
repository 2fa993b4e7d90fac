# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class OrganizationSpendLimitDeleted(BaseModel):
    """Confirmation payload returned after deleting an organization hard spend limit."""

    object: 'Literal["organization.spend_limit.deleted"]' = Field(default_factory=_missing)
    """The object type, which is always `organization.spend_limit.deleted`."""

    deleted: bool = Field(default_factory=_missing)
    """Whether the hard spend limit was deleted."""
