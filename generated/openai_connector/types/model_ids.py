# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from ..lib._models import Open
from .model_ids_responses import ModelIdsResponses
from .model_ids_shared import ModelIdsShared

ModelIds: TypeAlias = Open[ModelIdsShared | ModelIdsResponses]
