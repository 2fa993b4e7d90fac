# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource, EvalJsonlFileContentSourceParam
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource, EvalJsonlFileIdSourceParam


class CreateEvalJsonlRunDataSource(BaseModel):
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the eval"""

    type: Literal["jsonl"] = Field(default_factory=_missing)
    """The type of data source. Always `jsonl`."""

    source: 'Open[Annotated[Annotated[EvalJsonlFileContentSource, Tag("file_content")] | Annotated[EvalJsonlFileIdSource, Tag("file_id")], Discriminator(tag_of("type"))]]' = Field(
        default_factory=_missing
    )
    """Determines what populates the `item` namespace in the data source."""


class CreateEvalJsonlRunDataSourceParam(TypedDict, total=False):
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the eval"""

    type: Required[Literal["jsonl"]]
    """The type of data source. Always `jsonl`."""

    source: Required[EvalJsonlFileContentSourceParam | EvalJsonlFileIdSourceParam]
    """Determines what populates the `item` namespace in the data source."""
