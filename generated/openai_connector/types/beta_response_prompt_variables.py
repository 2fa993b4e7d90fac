# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Mapping
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_input_file_content import BetaInputFileContent, BetaInputFileContentRequestParam
from .beta_input_image_content import BetaInputImageContent, BetaInputImageContentParam
from .beta_input_text_content import BetaInputTextContent, BetaInputTextContentRequestParam

BetaResponsePromptVariables: TypeAlias = (
    dict[
        str,
        Open[
            Annotated[
                Annotated[str, Tag("<str>")]
                | Annotated[BetaInputTextContent, Tag("input_text")]
                | Annotated[BetaInputImageContent, Tag("input_image")]
                | Annotated[BetaInputFileContent, Tag("input_file")],
                Discriminator(tag_of("type")),
            ]
        ],
    ]
    | None
)
"""Optional map of values to substitute in for variables in your
prompt. The substitution values can either be strings, or other
Response input types like images or files.
"""


BetaResponsePromptVariablesParam: TypeAlias = (
    Mapping[str, str | BetaInputTextContentRequestParam | BetaInputImageContentParam | BetaInputFileContentRequestParam]
    | None
)
"""Optional map of values to substitute in for variables in your
prompt. The substitution values can either be strings, or other
Response input types like images or files.
"""
