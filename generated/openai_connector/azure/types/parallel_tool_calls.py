# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import TypeAlias

ParallelToolCalls: TypeAlias = bool
"""Whether to enable parallel function calling during tool use."""
