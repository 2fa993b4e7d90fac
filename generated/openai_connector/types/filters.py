# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .comparison_filter import ComparisonFilter, ComparisonFilterParam
from .compound_filter import CompoundFilter, CompoundFilterParam

Filters: TypeAlias = Open[
    Annotated[
        Annotated[ComparisonFilter, Tag("eq")] | Annotated[CompoundFilter, Tag("and")],
        Discriminator(
            tag_of(
                "type",
                {"ne": "eq", "gt": "eq", "gte": "eq", "lt": "eq", "lte": "eq", "in": "eq", "nin": "eq", "or": "and"},
            )
        ),
    ]
]


FiltersParam: TypeAlias = ComparisonFilterParam | CompoundFilterParam
