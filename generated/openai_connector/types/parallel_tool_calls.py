# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import TypeAlias

ParallelToolCalls: TypeAlias = bool
"""Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""
