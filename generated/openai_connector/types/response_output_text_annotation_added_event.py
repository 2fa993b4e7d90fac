# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .annotation import Annotation


class ResponseOutputTextAnnotationAddedEvent(BaseModel):
    """Emitted when an annotation is added to output text content."""

    type: 'Literal["response.output_text.annotation.added"]' = Field(default_factory=_missing)
    """The type of the event. Always 'response.output_text.annotation.added'."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the item to which the annotation is being added."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part within the output item."""

    annotation_index: int = Field(default_factory=_missing)
    """The index of the annotation within the content part."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    annotation: Annotation | None = None
    """The annotation object being added. (See annotation schema for details.)"""
