# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .output_text_content import OutputTextContent, OutputTextContentParam
from .refusal_content import RefusalContent, RefusalContentParam

OutputMessageContent: TypeAlias = Open[
    Annotated[
        Annotated[OutputTextContent, Tag("output_text")] | Annotated[RefusalContent, Tag("refusal")],
        Discriminator(tag_of("type")),
    ]
]


OutputMessageContentParam: TypeAlias = OutputTextContentParam | RefusalContentParam
