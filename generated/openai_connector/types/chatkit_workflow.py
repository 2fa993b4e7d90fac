# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .chatkit_workflow_tracing import ChatkitWorkflowTracing


class ChatkitWorkflow(BaseModel):
    """Workflow metadata and state returned for the session."""

    id: str = Field(default_factory=_missing)
    """Identifier of the workflow backing the session."""

    version: str | None = None
    """Specific workflow version used for the session. Defaults to null when using the latest deployment."""

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
    """State variable key-value pairs applied when invoking the workflow. Defaults to null when no overrides were provided."""

    tracing: ChatkitWorkflowTracing = Field(default_factory=_missing)
    """Tracing settings applied to the workflow."""
