# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .output_text_content import OutputTextContent
from .reasoning_text_content import ReasoningTextContent
from .refusal_content import RefusalContent

OutputContent: TypeAlias = Open[
    Annotated[
        Annotated[OutputTextContent, Tag("output_text")]
        | Annotated[RefusalContent, Tag("refusal")]
        | Annotated[ReasoningTextContent, Tag("reasoning_text")],
        Discriminator(tag_of("type")),
    ]
]
