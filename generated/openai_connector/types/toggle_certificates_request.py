# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ToggleCertificatesRequest(BaseModel):
    certificate_ids: list[str] = Field(default_factory=_missing)


class ToggleCertificatesRequestParam(TypedDict, total=False):
    certificate_ids: Required[Sequence[str]]
