# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class WorkflowTracing(BaseModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool | None = None
    """Whether tracing is enabled during the session. Defaults to true."""


class WorkflowTracingParam(TypedDict, total=False):
    """Controls diagnostic tracing during the session."""

    enabled: bool
    """Whether tracing is enabled during the session. Defaults to true."""
