# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Mapping
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .workflow_tracing_param import WorkflowTracing, WorkflowTracingParam


class Workflow(BaseModel):
    """Workflow reference and overrides applied to the chat session."""

    id: str = Field(default_factory=_missing)
    """Identifier for the workflow invoked by the session."""

    version: str | None = None
    """Specific workflow version to run. Defaults to the latest deployed version."""

    state_variables: (
        dict[
            str,
            Open[
                Annotated[
                    Annotated[str, Tag("<str>")]
                    | Annotated[int, Tag("<int>")]
                    | Annotated[bool, Tag("<bool>")]
                    | Annotated[float, Tag("<float>")],
                    Discriminator(tag_of(None)),
                ]
            ],
        ]
        | None
    ) = None
    """State variables forwarded to the workflow. Keys may be up to 64 characters, values must be primitive types, and the map defaults to an empty object."""

    tracing: WorkflowTracing | None = None
    """Optional tracing overrides for the workflow invocation. When omitted, tracing is enabled by default."""


class WorkflowParam(TypedDict, total=False):
    """Workflow reference and overrides applied to the chat session."""

    id: Required[str]
    """Identifier for the workflow invoked by the session."""

    version: str
    """Specific workflow version to run. Defaults to the latest deployed version."""

    state_variables: Mapping[str, str | int | bool | float]
    """State variables forwarded to the workflow. Keys may be up to 64 characters, values must be primitive types, and the map defaults to an empty object."""

    tracing: WorkflowTracingParam
    """Optional tracing overrides for the workflow invocation. When omitted, tracing is enabled by default."""
