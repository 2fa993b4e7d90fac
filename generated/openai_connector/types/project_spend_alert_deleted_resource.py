# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ProjectSpendAlertDeletedResource(BaseModel):
    """Confirmation payload returned after deleting a project spend alert."""

    id: str
    """The deleted spend alert ID."""

    object: Literal["project.spend_alert.deleted"]
    """Always `project.spend_alert.deleted`."""

    deleted: bool
    """Whether the spend alert was deleted."""
