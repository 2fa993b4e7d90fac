# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .eval_item_content_array import EvalItemContentArray, EvalItemContentArrayParam
from .eval_item_content_output_text import EvalItemContentOutputText, EvalItemContentOutputTextParam
from .eval_item_content_text import EvalItemContentText
from .eval_item_input_image import EvalItemInputImage, EvalItemInputImageParam
from .input_audio import InputAudio, InputAudioParam
from .input_text_content import InputTextContent, InputTextContentRequestParam

EvalItemContent: TypeAlias = Open[
    Annotated[
        Annotated[EvalItemContentText, Tag("<str>")]
        | Annotated[InputTextContent, Tag("input_text")]
        | Annotated[EvalItemContentOutputText, Tag("output_text")]
        | Annotated[EvalItemInputImage, Tag("input_image")]
        | Annotated[InputAudio, Tag("input_audio")]
        | Annotated[EvalItemContentArray, Tag("<list>")],
        Discriminator(tag_of("type")),
    ]
]
"""Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""


EvalItemContentParam: TypeAlias = (
    EvalItemContentText
    | InputTextContentRequestParam
    | EvalItemContentOutputTextParam
    | EvalItemInputImageParam
    | InputAudioParam
    | EvalItemContentArrayParam
)
"""Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""
