# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_output_text_content import BetaOutputTextContent, BetaOutputTextContentRequestParam
from .beta_refusal_content import BetaRefusalContent, BetaRefusalContentParam

BetaOutputMessageContent: TypeAlias = Open[
    Annotated[
        Annotated[BetaOutputTextContent, Tag("output_text")] | Annotated[BetaRefusalContent, Tag("refusal")],
        Discriminator(tag_of("type")),
    ]
]


BetaOutputMessageContentParam: TypeAlias = BetaOutputTextContentRequestParam | BetaRefusalContentParam
