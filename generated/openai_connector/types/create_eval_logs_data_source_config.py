# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping
from typing import Any, Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CreateEvalLogsDataSourceConfig(BaseModel):
    """A data source config which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    """

    type: Literal["logs"] = Field(default_factory=_missing)
    """The type of data source. Always `logs`."""

    metadata: dict[str, builtins.object] | None = None
    """Metadata filters for the logs data source."""


class CreateEvalLogsDataSourceConfigParam(TypedDict, total=False):
    """A data source config which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    """

    type: Required[Literal["logs"]]
    """The type of data source. Always `logs`."""

    metadata: Mapping[str, Any]
    """Metadata filters for the logs data source."""
