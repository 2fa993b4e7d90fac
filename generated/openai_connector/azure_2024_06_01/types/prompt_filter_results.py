# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from .prompt_filter_result import PromptFilterResult

PromptFilterResults: TypeAlias = list[PromptFilterResult]
"""Content filtering results for zero or more prompts in the request. In a streaming request, results for different prompts may arrive at different times or in different orders."""
