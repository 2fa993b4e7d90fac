# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

ContainerMemoryLimit: TypeAlias = Open[Literal["1g", "4g", "16g", "64g"]]
