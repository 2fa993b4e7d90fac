# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

PublicProjectResidency: TypeAlias = Open[
    Literal[
        "GLOBAL",
        "US_STORAGE_PROCESSING",
        "EU_STORAGE_PROCESSING",
        "JP_STORAGE",
        "KR_STORAGE",
        "CA_STORAGE",
        "SG_STORAGE",
        "IN_STORAGE",
        "AU_STORAGE",
        "GB_STORAGE",
        "AE_STORAGE",
        "AE_STORAGE_PROCESSING",
    ]
]
