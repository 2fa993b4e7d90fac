# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Mapping
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .input_file_content import InputFileContent, InputFileContentRequestParam
from .input_image_content import InputImageContent, InputImageContentParam
from .input_text_content import InputTextContent, InputTextContentRequestParam

ResponsePromptVariables: TypeAlias = (
    dict[
        str,
        Open[
            Annotated[
                Annotated[str, Tag("<str>")]
                | Annotated[InputTextContent, Tag("input_text")]
                | Annotated[InputImageContent, Tag("input_image")]
                | Annotated[InputFileContent, Tag("input_file")],
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


ResponsePromptVariablesParam: TypeAlias = (
    Mapping[str, str | InputTextContentRequestParam | InputImageContentParam | InputFileContentRequestParam] | None
)
"""Optional map of values to substitute in for variables in your
prompt. The substitution values can either be strings, or other
Response input types like images or files.
"""
