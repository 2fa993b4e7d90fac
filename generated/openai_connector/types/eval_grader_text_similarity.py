# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open


class EvalGraderTextSimilarity(BaseModel):
    """TextSimilarityGrader"""

    type: Literal["text_similarity"]
    """The type of grader."""

    name: str
    """The name of the grader."""

    input: str
    """The text being graded."""

    reference: str
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
    ]
    """The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    or `rouge_l`.
    """

    pass_threshold: float
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
