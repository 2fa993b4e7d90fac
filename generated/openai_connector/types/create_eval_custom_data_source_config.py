# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping
from typing import Any, Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CreateEvalCustomDataSourceConfig(BaseModel):
    """A CustomDataSourceConfig object that defines the schema for the data source used for the evaluation runs.
    This schema is used to define the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run
    """

    type: Literal["custom"] = Field(default_factory=_missing)
    """The type of data source. Always `custom`."""

    item_schema: dict[str, builtins.object] = Field(default_factory=_missing)
    """The json schema for each row in the data source."""

    include_sample_schema: bool | None = None
    """Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your data source)"""


class CreateEvalCustomDataSourceConfigParam(TypedDict, total=False):
    """A CustomDataSourceConfig object that defines the schema for the data source used for the evaluation runs.
    This schema is used to define the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run
    """

    type: Required[Literal["custom"]]
    """The type of data source. Always `custom`."""

    item_schema: Required[Mapping[str, Any]]
    """The json schema for each row in the data source."""

    include_sample_schema: bool
    """Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your data source)"""
