# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_input_file_content import BetaInputFileContent
from .beta_input_image_content import BetaInputImageContent
from .beta_input_text_content import BetaInputTextContent
from .beta_output_text_content import BetaOutputTextContent
from .beta_reasoning_text_content import BetaReasoningTextContent
from .beta_refusal_content import BetaRefusalContent

BetaContent: TypeAlias = Open[
    Annotated[
        Annotated[BetaInputTextContent, Tag("input_text")]
        | Annotated[BetaInputImageContent, Tag("input_image")]
        | Annotated[BetaInputFileContent, Tag("input_file")]
        | Annotated[BetaOutputTextContent, Tag("output_text")]
        | Annotated[BetaRefusalContent, Tag("refusal")]
        | Annotated[BetaReasoningTextContent, Tag("reasoning_text")],
        Discriminator(tag_of("type")),
    ]
]
"""Multi-modal input and output contents."""
