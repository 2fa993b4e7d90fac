# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_comparison_filter import BetaComparisonFilter, BetaComparisonFilterParam
from .beta_compound_filter import BetaCompoundFilter, BetaCompoundFilterParam

BetaFilters: TypeAlias = Open[
    Annotated[
        Annotated[BetaComparisonFilter, Tag("eq")] | Annotated[BetaCompoundFilter, Tag("and")],
        Discriminator(
            tag_of(
                "type",
                {"ne": "eq", "gt": "eq", "gte": "eq", "lt": "eq", "lte": "eq", "in": "eq", "nin": "eq", "or": "and"},
            )
        ),
    ]
]


BetaFiltersParam: TypeAlias = BetaComparisonFilterParam | BetaCompoundFilterParam
