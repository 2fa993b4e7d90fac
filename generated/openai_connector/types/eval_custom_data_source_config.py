# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class EvalCustomDataSourceConfig(BaseModel):
    """A CustomDataSourceConfig which specifies the schema of your `item` and optionally `sample` namespaces.
    The response schema defines the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run
    """

    type: Literal["custom"] = Field(default_factory=_missing)
    """The type of data source. Always `custom`."""

    schema_: dict[str, builtins.object] = Field(default_factory=_missing, alias="schema")
    """The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/).
    """
