# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from ..lib._models import Open
from .model_ids_responses import ModelIdsResponses

ModelIdsCompaction: TypeAlias = Open[ModelIdsResponses | str] | None
"""Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""
