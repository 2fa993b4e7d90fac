# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class ModerationCreateResponseResultCategories(BaseModel):
    """A list of the categories, and whether they are flagged or not."""

    hate: bool = Field(default_factory=_missing)
    """Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste. Hateful content aimed at non-protected groups (e.g., chess players) is harassment."""

    hate_threatening: bool = Field(default_factory=_missing, alias="hate/threatening")
    """Hateful content that also includes violence or serious harm towards the targeted group based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste."""

    harassment: bool = Field(default_factory=_missing)
    """Content that expresses, incites, or promotes harassing language towards any target."""

    harassment_threatening: bool = Field(default_factory=_missing, alias="harassment/threatening")
    """Harassment content that also includes violence or serious harm towards any target."""

    illicit: bool | None = None
    """Content that includes instructions or advice that facilitate the planning or execution of wrongdoing, or that gives advice or instruction on how to commit illicit acts. For example, "how to shoplift" would fit this category."""

    illicit_violent: bool | None = Field(default=None, alias="illicit/violent")
    """Content that includes instructions or advice that facilitate the planning or execution of wrongdoing that also includes violence, or that gives advice or instruction on the procurement of any weapon."""

    self_harm: bool = Field(default_factory=_missing, alias="self-harm")
    """Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating disorders."""

    self_harm_intent: bool = Field(default_factory=_missing, alias="self-harm/intent")
    """Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as suicide, cutting, and eating disorders."""

    self_harm_instructions: bool = Field(default_factory=_missing, alias="self-harm/instructions")
    """Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or that gives instructions or advice on how to commit such acts."""

    sexual: bool = Field(default_factory=_missing)
    """Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes sexual services (excluding sex education and wellness)."""

    sexual_minors: bool = Field(default_factory=_missing, alias="sexual/minors")
    """Sexual content that includes an individual who is under 18 years old."""

    violence: bool = Field(default_factory=_missing)
    """Content that depicts death, violence, or physical injury."""

    violence_graphic: bool = Field(default_factory=_missing, alias="violence/graphic")
    """Content that depicts death, violence, or physical injury in graphic detail."""


class ModerationCreateResponseResultCategoryAppliedInputTypes(BaseModel):
    """A list of the categories along with the input type(s) that the score applies to."""

    hate: list[Literal["text"]] = Field(default_factory=_missing)
    """The applied input type(s) for the category 'hate'."""

    hate_threatening: list[Literal["text"]] = Field(default_factory=_missing, alias="hate/threatening")
    """The applied input type(s) for the category 'hate/threatening'."""

    harassment: list[Literal["text"]] = Field(default_factory=_missing)
    """The applied input type(s) for the category 'harassment'."""

    harassment_threatening: list[Literal["text"]] = Field(default_factory=_missing, alias="harassment/threatening")
    """The applied input type(s) for the category 'harassment/threatening'."""

    illicit: list[Literal["text"]] = Field(default_factory=_missing)
    """The applied input type(s) for the category 'illicit'."""

    illicit_violent: list[Literal["text"]] = Field(default_factory=_missing, alias="illicit/violent")
    """The applied input type(s) for the category 'illicit/violent'."""

    self_harm: list[Open[Literal["text", "image"]]] = Field(default_factory=_missing, alias="self-harm")
    """The applied input type(s) for the category 'self-harm'."""

    self_harm_intent: list[Open[Literal["text", "image"]]] = Field(default_factory=_missing, alias="self-harm/intent")
    """The applied input type(s) for the category 'self-harm/intent'."""

    self_harm_instructions: list[Open[Literal["text", "image"]]] = Field(
        default_factory=_missing, alias="self-harm/instructions"
    )
    """The applied input type(s) for the category 'self-harm/instructions'."""

    sexual: list[Open[Literal["text", "image"]]] = Field(default_factory=_missing)
    """The applied input type(s) for the category 'sexual'."""

    sexual_minors: list[Literal["text"]] = Field(default_factory=_missing, alias="sexual/minors")
    """The applied input type(s) for the category 'sexual/minors'."""

    violence: list[Open[Literal["text", "image"]]] = Field(default_factory=_missing)
    """The applied input type(s) for the category 'violence'."""

    violence_graphic: list[Open[Literal["text", "image"]]] = Field(default_factory=_missing, alias="violence/graphic")
    """The applied input type(s) for the category 'violence/graphic'."""


class ModerationCreateResponseResultCategoryScores(BaseModel):
    """A list of the categories along with their scores as predicted by model."""

    hate: float = Field(default_factory=_missing)
    """The score for the category 'hate'."""

    hate_threatening: float = Field(default_factory=_missing, alias="hate/threatening")
    """The score for the category 'hate/threatening'."""

    harassment: float = Field(default_factory=_missing)
    """The score for the category 'harassment'."""

    harassment_threatening: float = Field(default_factory=_missing, alias="harassment/threatening")
    """The score for the category 'harassment/threatening'."""

    illicit: float = Field(default_factory=_missing)
    """The score for the category 'illicit'."""

    illicit_violent: float = Field(default_factory=_missing, alias="illicit/violent")
    """The score for the category 'illicit/violent'."""

    self_harm: float = Field(default_factory=_missing, alias="self-harm")
    """The score for the category 'self-harm'."""

    self_harm_intent: float = Field(default_factory=_missing, alias="self-harm/intent")
    """The score for the category 'self-harm/intent'."""

    self_harm_instructions: float = Field(default_factory=_missing, alias="self-harm/instructions")
    """The score for the category 'self-harm/instructions'."""

    sexual: float = Field(default_factory=_missing)
    """The score for the category 'sexual'."""

    sexual_minors: float = Field(default_factory=_missing, alias="sexual/minors")
    """The score for the category 'sexual/minors'."""

    violence: float = Field(default_factory=_missing)
    """The score for the category 'violence'."""

    violence_graphic: float = Field(default_factory=_missing, alias="violence/graphic")
    """The score for the category 'violence/graphic'."""


class ModerationCreateResponseResult(BaseModel):
    flagged: bool = Field(default_factory=_missing)
    """Whether any of the below categories are flagged."""

    categories: ModerationCreateResponseResultCategories = Field(default_factory=_missing)
    """A list of the categories, and whether they are flagged or not."""

    category_scores: ModerationCreateResponseResultCategoryScores = Field(default_factory=_missing)
    """A list of the categories along with their scores as predicted by model."""

    category_applied_input_types: ModerationCreateResponseResultCategoryAppliedInputTypes = Field(
        default_factory=_missing
    )
    """A list of the categories along with the input type(s) that the score applies to."""


class ModerationCreateResponse(BaseModel):
    """Represents if a given text input is potentially harmful."""

    id: str = Field(default_factory=_missing)
    """The unique identifier for the moderation request."""

    model: str = Field(default_factory=_missing)
    """The model used to generate the moderation results."""

    results: list[ModerationCreateResponseResult] = Field(default_factory=_missing)
    """A list of moderation objects."""
