# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

ImagesResponseFormat: TypeAlias = Open[Literal["url", "b64_json"]]
"""The format in which the generated images are returned."""
