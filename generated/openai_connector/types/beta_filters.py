# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .beta_comparison_filter import BetaComparisonFilter, BetaComparisonFilterParam
from .beta_compound_filter import BetaCompoundFilter, BetaCompoundFilterParam

BetaFilters: TypeAlias = Open[BetaComparisonFilter | BetaCompoundFilter]


BetaFiltersParam: TypeAlias = BetaComparisonFilterParam | BetaCompoundFilterParam
