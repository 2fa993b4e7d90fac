# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ProjectServiceAccountCreateRequest(BaseModel):
    name: str
    """The name of the service account being created."""

    create_service_account_only: bool | None = None


class ProjectServiceAccountCreateRequestParam(TypedDict, total=False):
    name: Required[str]
    """The name of the service account being created."""

    create_service_account_only: bool | None
