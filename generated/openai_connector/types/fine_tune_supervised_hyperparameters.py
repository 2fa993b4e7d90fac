# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of


class FineTuneSupervisedHyperparameters(BaseModel):
    """The hyperparameters used for the fine-tuning job."""

    batch_size: (
        Open[
            Annotated[
                Annotated[Literal["auto"], Tag("<str>")] | Annotated[int, Tag("<int>")], Discriminator(tag_of(None))
            ]
        ]
        | None
    ) = None
    """Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance."""

    learning_rate_multiplier: (
        Open[
            Annotated[
                Annotated[Literal["auto"], Tag("<str>")] | Annotated[float, Tag("<float>")],
                Discriminator(tag_of(None, {"<int>": "<float>"})),
            ]
        ]
        | None
    ) = None
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting."""

    n_epochs: (
        Open[
            Annotated[
                Annotated[Literal["auto"], Tag("<str>")] | Annotated[int, Tag("<int>")], Discriminator(tag_of(None))
            ]
        ]
        | None
    ) = None
    """The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset."""


class FineTuneSupervisedHyperparametersParam(TypedDict, total=False):
    """The hyperparameters used for the fine-tuning job."""

    batch_size: Literal["auto"] | int
    """Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance."""

    learning_rate_multiplier: Literal["auto"] | float
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting."""

    n_epochs: Literal["auto"] | int
    """The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset."""
