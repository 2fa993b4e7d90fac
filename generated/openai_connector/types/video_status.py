# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

VideoStatus: TypeAlias = Open[Literal["queued", "in_progress", "completed", "failed"]]
