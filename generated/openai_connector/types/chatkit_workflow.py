# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel, Open
from .chatkit_workflow_tracing import ChatkitWorkflowTracing


class ChatkitWorkflow(BaseModel):
    """Workflow metadata and state returned for the session."""

    id: str
    """Identifier of the workflow backing the session."""

    version: str | None = None

    state_variables: dict[str, Open[str | int | bool | float]] | None = None

    tracing: ChatkitWorkflowTracing
    """Tracing settings applied to the workflow."""
