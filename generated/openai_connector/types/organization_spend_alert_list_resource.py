# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .organization_spend_alert import OrganizationSpendAlert


class OrganizationSpendAlertListResource(BaseModel):
    """Paginated list of organization spend alerts."""

    object: Literal["list"]
    """Always `list`."""

    data: list[OrganizationSpendAlert]
    """Spend alerts returned in the current page."""

    first_id: str | None = None
    """The ID of the first spend alert in this page."""

    last_id: str | None = None
    """The ID of the last spend alert in this page."""

    has_more: bool
    """Whether more spend alerts are available when paginating."""
