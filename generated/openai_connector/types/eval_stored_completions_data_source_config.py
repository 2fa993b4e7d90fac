# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .metadata import Metadata


class EvalStoredCompletionsDataSourceConfig(BaseModel):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Literal["stored_completions"] = Field(default_factory=_missing)
    """The type of data source. Always `stored_completions`."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    schema_: dict[str, builtins.object] = Field(default_factory=_missing, alias="schema")
    """The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/).
    """
