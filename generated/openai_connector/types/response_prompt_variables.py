# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TypeAlias

from ..lib._models import Open
from .input_file_content import InputFileContent, InputFileContentRequestParam
from .input_image_content import InputImageContent, InputImageContentParam
from .input_text_content import InputTextContent, InputTextContentRequestParam

ResponsePromptVariables: TypeAlias = (
    dict[str, Open[str | InputTextContent | InputImageContent | InputFileContent]] | None
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
