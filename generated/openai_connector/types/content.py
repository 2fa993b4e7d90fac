# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent
from .output_text_content import OutputTextContent
from .reasoning_text_content import ReasoningTextContent
from .refusal_content import RefusalContent

Content: TypeAlias = Open[
    Annotated[
        Annotated[InputTextContent, Tag("input_text")]
        | Annotated[InputImageContent, Tag("input_image")]
        | Annotated[InputFileContent, Tag("input_file")]
        | Annotated[OutputTextContent, Tag("output_text")]
        | Annotated[RefusalContent, Tag("refusal")]
        | Annotated[ReasoningTextContent, Tag("reasoning_text")],
        Discriminator(tag_of("type")),
    ]
]
"""Multi-modal input and output contents."""
