# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

OnYourDataVectorizationSourceType: TypeAlias = Open[Literal["endpoint", "deployment_name"]]
"""Represents the available sources Azure OpenAI On Your Data can use to configure vectorization of data for use with
vector search.
"""
