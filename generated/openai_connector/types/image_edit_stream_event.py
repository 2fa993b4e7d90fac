# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .image_edit_completed_event import ImageEditCompletedEvent
from .image_edit_partial_image_event import ImageEditPartialImageEvent

ImageEditStreamEvent: TypeAlias = Open[
    Annotated[
        Annotated[ImageEditPartialImageEvent, Tag("image_edit.partial_image")]
        | Annotated[ImageEditCompletedEvent, Tag("image_edit.completed")],
        Discriminator(tag_of("type")),
    ]
]
