# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ProjectUserUpdateRequest(BaseModel):
    role: str | None = None
    """`owner` or `member`"""


class ProjectUserUpdateRequestParam(TypedDict, total=False):
    role: str | None
    """`owner` or `member`"""
