# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping
from typing import Any, Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CreateEvalStoredCompletionsDataSourceConfig(BaseModel):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Literal["stored_completions"] = Field(default_factory=_missing)
    """The type of data source. Always `stored_completions`."""

    metadata: dict[str, builtins.object] | None = None
    """Metadata filters for the stored completions data source."""


class CreateEvalStoredCompletionsDataSourceConfigParam(TypedDict, total=False):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Required[Literal["stored_completions"]]
    """The type of data source. Always `stored_completions`."""

    metadata: Mapping[str, Any]
    """Metadata filters for the stored completions data source."""
