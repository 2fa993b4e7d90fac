# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class EvalGraderTextSimilarity(BaseModel):
    """TextSimilarityGrader"""

    type: Literal["text_similarity"] = Field(default_factory=_missing)
    """The type of grader."""

    name: str = Field(default_factory=_missing)
    """The name of the grader."""

    input: str = Field(default_factory=_missing)
    """The text being graded."""

    reference: str = Field(default_factory=_missing)
    """The text being graded against."""

    evaluation_metric: Open[
        Literal[
            "cosine",
            "fuzzy_match",
            "bleu",
            "gleu",
            "meteor",
            "rouge_1",
            "rouge_2",
            "rouge_3",
            "rouge_4",
            "rouge_5",
            "rouge_l",
        ]
    ] = Field(default_factory=_missing)
    """The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    or `rouge_l`.
    """

    pass_threshold: float = Field(default_factory=_missing)
    """The threshold for the score."""


class EvalGraderTextSimilarityParam(TypedDict, total=False):
    """TextSimilarityGrader"""

    type: Required[Literal["text_similarity"]]
    """The type of grader."""

    name: Required[str]
    """The name of the grader."""

    input: Required[str]
    """The text being graded."""

    reference: Required[str]
    """The text being graded against."""

    evaluation_metric: Required[
        Literal[
            "cosine",
            "fuzzy_match",
            "bleu",
            "gleu",
            "meteor",
            "rouge_1",
            "rouge_2",
            "rouge_3",
            "rouge_4",
            "rouge_5",
            "rouge_l",
        ]
    ]
    """The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    or `rouge_l`.
    """

    pass_threshold: Required[float]
    """The threshold for the score."""
