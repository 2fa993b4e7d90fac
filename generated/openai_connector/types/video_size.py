# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

VideoSize: TypeAlias = Open[Literal["720x1280", "1280x720", "1024x1792", "1792x1024"]]
