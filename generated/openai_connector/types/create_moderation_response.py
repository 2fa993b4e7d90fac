# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open


class CreateModerationResponse(BaseModel):
    """Represents if a given text input is potentially harmful."""

    id: str
    """The unique identifier for the moderation request."""

    model: str
    """The model used to generate the moderation results."""

    results: list[CreateModerationResponseResult]
    """A list of moderation objects."""


class CreateModerationResponseResult(BaseModel):
    flagged: bool
    """Whether any of the below categories are flagged."""

    categories: CreateModerationResponseResultCategories
    """A list of the categories, and whether they are flagged or not."""

    category_scores: CreateModerationResponseResultCategoryScores
    """A list of the categories along with their scores as predicted by model."""

    category_applied_input_types: CreateModerationResponseResultCategoryAppliedInputTypes
    """A list of the categories along with the input type(s) that the score applies to."""


class CreateModerationResponseResultCategories(BaseModel):
    """A list of the categories, and whether they are flagged or not."""

    hate: bool
    """Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste. Hateful content aimed at non-protected groups (e.g., chess players) is harassment."""

    hate_threatening: bool = Field(alias="hate/threatening")
    """Hateful content that also includes violence or serious harm towards the targeted group based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste."""

    harassment: bool
    """Content that expresses, incites, or promotes harassing language towards any target."""

    harassment_threatening: bool = Field(alias="harassment/threatening")
    """Harassment content that also includes violence or serious harm towards any target."""

    illicit: bool | None = None

    illicit_violent: bool | None = Field(default=None, alias="illicit/violent")

    self_harm: bool = Field(alias="self-harm")
    """Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating disorders."""

    self_harm_intent: bool = Field(alias="self-harm/intent")
    """Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as suicide, cutting, and eating disorders."""

    self_harm_instructions: bool = Field(alias="self-harm/instructions")
    """Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or that gives instructions or advice on how to commit such acts."""

    sexual: bool
    """Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes sexual services (excluding sex education and wellness)."""

    sexual_minors: bool = Field(alias="sexual/minors")
    """Sexual content that includes an individual who is under 18 years old."""

    violence: bool
    """Content that depicts death, violence, or physical injury."""

    violence_graphic: bool = Field(alias="violence/graphic")
    """Content that depicts death, violence, or physical injury in graphic detail."""


class CreateModerationResponseResultCategoryAppliedInputTypes(BaseModel):
    """A list of the categories along with the input type(s) that the score applies to."""

    hate: list[Literal["text"]]
    """The applied input type(s) for the category 'hate'."""

    hate_threatening: list[Literal["text"]] = Field(alias="hate/threatening")
    """The applied input type(s) for the category 'hate/threatening'."""

    harassment: list[Literal["text"]]
    """The applied input type(s) for the category 'harassment'."""

    harassment_threatening: list[Literal["text"]] = Field(alias="harassment/threatening")
    """The applied input type(s) for the category 'harassment/threatening'."""

    illicit: list[Literal["text"]]
    """The applied input type(s) for the category 'illicit'."""

    illicit_violent: list[Literal["text"]] = Field(alias="illicit/violent")
    """The applied input type(s) for the category 'illicit/violent'."""

    self_harm: list[Open[Literal["text", "image"]]] = Field(alias="self-harm")
    """The applied input type(s) for the category 'self-harm'."""

    self_harm_intent: list[Open[Literal["text", "image"]]] = Field(alias="self-harm/intent")
    """The applied input type(s) for the category 'self-harm/intent'."""

    self_harm_instructions: list[Open[Literal["text", "image"]]] = Field(alias="self-harm/instructions")
    """The applied input type(s) for the category 'self-harm/instructions'."""

    sexual: list[Open[Literal["text", "image"]]]
    """The applied input type(s) for the category 'sexual'."""

    sexual_minors: list[Literal["text"]] = Field(alias="sexual/minors")
    """The applied input type(s) for the category 'sexual/minors'."""

    violence: list[Open[Literal["text", "image"]]]
    """The applied input type(s) for the category 'violence'."""

    violence_graphic: list[Open[Literal["text", "image"]]] = Field(alias="violence/graphic")
    """The applied input type(s) for the category 'violence/graphic'."""


class CreateModerationResponseResultCategoryScores(BaseModel):
    """A list of the categories along with their scores as predicted by model."""

    hate: float
    """The score for the category 'hate'."""

    hate_threatening: float = Field(alias="hate/threatening")
    """The score for the category 'hate/threatening'."""

    harassment: float
    """The score for the category 'harassment'."""

    harassment_threatening: float = Field(alias="harassment/threatening")
    """The score for the category 'harassment/threatening'."""

    illicit: float
    """The score for the category 'illicit'."""

    illicit_violent: float = Field(alias="illicit/violent")
    """The score for the category 'illicit/violent'."""

    self_harm: float = Field(alias="self-harm")
    """The score for the category 'self-harm'."""

    self_harm_intent: float = Field(alias="self-harm/intent")
    """The score for the category 'self-harm/intent'."""

    self_harm_instructions: float = Field(alias="self-harm/instructions")
    """The score for the category 'self-harm/instructions'."""

    sexual: float
    """The score for the category 'sexual'."""

    sexual_minors: float = Field(alias="sexual/minors")
    """The score for the category 'sexual/minors'."""

    violence: float
    """The score for the category 'violence'."""

    violence_graphic: float = Field(alias="violence/graphic")
    """The score for the category 'violence/graphic'."""
