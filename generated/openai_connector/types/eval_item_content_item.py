# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .eval_item_content_output_text import EvalItemContentOutputText, EvalItemContentOutputTextParam
from .eval_item_content_text import EvalItemContentText
from .eval_item_input_image import EvalItemInputImage, EvalItemInputImageParam
from .input_audio import InputAudio, InputAudioParam
from .input_text_content import InputTextContent, InputTextContentRequestParam

EvalItemContentItem: TypeAlias = Open[
    EvalItemContentText | InputTextContent | EvalItemContentOutputText | EvalItemInputImage | InputAudio
]
"""A single content item: input text, output text, input image, or input audio."""


EvalItemContentItemParam: TypeAlias = (
    EvalItemContentText
    | InputTextContentRequestParam
    | EvalItemContentOutputTextParam
    | EvalItemInputImageParam
    | InputAudioParam
)
"""A single content item: input text, output text, input image, or input audio."""
