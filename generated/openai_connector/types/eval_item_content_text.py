# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import TypeAlias

EvalItemContentText: TypeAlias = str
"""A text input to the model."""
