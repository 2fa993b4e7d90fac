# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .comparison_filter import ComparisonFilter, ComparisonFilterParam
from .compound_filter import CompoundFilter, CompoundFilterParam

Filters: TypeAlias = Open[ComparisonFilter | CompoundFilter]


FiltersParam: TypeAlias = ComparisonFilterParam | CompoundFilterParam
