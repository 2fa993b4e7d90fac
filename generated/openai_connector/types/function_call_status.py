# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

FunctionCallStatus: TypeAlias = Open[Literal["in_progress", "completed", "incomplete"]]
