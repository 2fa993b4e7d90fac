# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .input_file_content import InputFileContent, InputFileContentRequestParam
from .input_image_content import InputImageContent, InputImageContentParam
from .input_text_content import InputTextContent, InputTextContentRequestParam

InputContent: TypeAlias = Open[
    Annotated[
        Annotated[InputTextContent, Tag("input_text")]
        | Annotated[InputImageContent, Tag("input_image")]
        | Annotated[InputFileContent, Tag("input_file")],
        Discriminator(tag_of("type")),
    ]
]


InputContentParam: TypeAlias = InputTextContentRequestParam | InputImageContentParam | InputFileContentRequestParam
