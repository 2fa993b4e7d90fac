# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated

from pydantic import Discriminator, Tag

from ..lib._models import BaseModel, Open, tag_of
from .grader_multi import GraderMulti
from .grader_python import GraderPython
from .grader_score_model import GraderScoreModel
from .grader_string_check import GraderStringCheck
from .grader_text_similarity import GraderTextSimilarity


class GraderValidateResponse(BaseModel):
    """ValidateGraderResponse"""

    grader: (
        Open[
            Annotated[
                Annotated[GraderStringCheck, Tag("string_check")]
                | Annotated[GraderTextSimilarity, Tag("text_similarity")]
                | Annotated[GraderPython, Tag("python")]
                | Annotated[GraderScoreModel, Tag("score_model")]
                | Annotated[GraderMulti, Tag("multi")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """The grader used for the fine-tuning job."""
