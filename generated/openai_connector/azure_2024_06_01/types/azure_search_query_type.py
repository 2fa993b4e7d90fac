# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

AzureSearchQueryType: TypeAlias = Open[
    Literal["simple", "semantic", "vector", "vector_simple_hybrid", "vector_semantic_hybrid"]
]
"""The type of Azure Search retrieval query that should be executed when using it as an Azure OpenAI chat extension."""
