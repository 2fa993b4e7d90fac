# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_input_file_content import BetaInputFileContent, BetaInputFileContentRequestParam
from .beta_input_image_content import BetaInputImageContent, BetaInputImageContentParam
from .beta_input_text_content import BetaInputTextContent, BetaInputTextContentRequestParam

BetaInputContent: TypeAlias = Open[
    Annotated[
        Annotated[BetaInputTextContent, Tag("input_text")]
        | Annotated[BetaInputImageContent, Tag("input_image")]
        | Annotated[BetaInputFileContent, Tag("input_file")],
        Discriminator(tag_of("type")),
    ]
]


BetaInputContentParam: TypeAlias = (
    BetaInputTextContentRequestParam | BetaInputImageContentParam | BetaInputFileContentRequestParam
)
