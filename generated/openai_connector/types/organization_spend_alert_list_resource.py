# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .organization_spend_alert import OrganizationSpendAlert


class OrganizationSpendAlertListResource(BaseModel):
    """Paginated list of organization spend alerts."""

    object: Literal["list"] = Field(default_factory=_missing)
    """Always `list`."""

    data: list[OrganizationSpendAlert] = Field(default_factory=_missing)
    """Spend alerts returned in the current page."""

    first_id: str | None = None
    """The ID of the first spend alert in this page."""

    last_id: str | None = None
    """The ID of the last spend alert in this page."""

    has_more: bool = Field(default_factory=_missing)
    """Whether more spend alerts are available when paginating."""
