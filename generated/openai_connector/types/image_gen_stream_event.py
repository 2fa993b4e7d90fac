# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .image_gen_completed_event import ImageGenCompletedEvent
from .image_gen_partial_image_event import ImageGenPartialImageEvent

ImageGenStreamEvent: TypeAlias = Open[
    Annotated[
        Annotated[ImageGenPartialImageEvent, Tag("image_generation.partial_image")]
        | Annotated[ImageGenCompletedEvent, Tag("image_generation.completed")],
        Discriminator(tag_of("type")),
    ]
]
