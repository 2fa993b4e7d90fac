# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .fine_tune_method import FineTuneMethod
from .fine_tuning_integration import FineTuningIntegration
from .metadata import Metadata


class FineTuningJobError(BaseModel):
    """For fine-tuning jobs that have `failed`, this will contain more information on the cause of the failure."""

    code: str = Field(default_factory=_missing)
    """A machine-readable error code."""

    message: str = Field(default_factory=_missing)
    """A human-readable error message."""

    param: str | None = None
    """The parameter that was invalid, usually `training_file` or `validation_file`. This field will be null if the failure was not parameter-specific."""


class FineTuningJobHyperparameters(BaseModel):
    """The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised` jobs."""

    batch_size: (
        Open[
            Annotated[
                Annotated[Literal["auto"], Tag("<str>")] | Annotated[int, Tag("<int>")], Discriminator(tag_of(None))
            ]
        ]
        | None
    ) = None
    """Number of examples in each batch. A larger batch size means that model parameters
    are updated less frequently, but with lower variance.
    """

    learning_rate_multiplier: (
        Open[
            Annotated[
                Annotated[Literal["auto"], Tag("<str>")] | Annotated[float, Tag("<float>")],
                Discriminator(tag_of(None, {"<int>": "<float>"})),
            ]
        ]
        | None
    ) = None
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    overfitting.
    """

    n_epochs: (
        Open[
            Annotated[
                Annotated[Literal["auto"], Tag("<str>")] | Annotated[int, Tag("<int>")], Discriminator(tag_of(None))
            ]
        ]
        | None
    ) = None
    """The number of epochs to train the model for. An epoch refers to one full cycle
    through the training dataset.
    """


class FineTuningJob(BaseModel):
    """The `fine_tuning.job` object represents a fine-tuning job that has been created through the API."""

    id: str = Field(default_factory=_missing)
    """The object identifier, which can be referenced in the API endpoints."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the fine-tuning job was created."""

    error: FineTuningJobError | None = None
    """For fine-tuning jobs that have `failed`, this will contain more information on the cause of the failure."""

    fine_tuned_model: str | None = None
    """The name of the fine-tuned model that is being created. The value will be null if the fine-tuning job is still running."""

    finished_at: int | None = None
    """The Unix timestamp (in seconds) for when the fine-tuning job was finished. The value will be null if the fine-tuning job is still running."""

    hyperparameters: FineTuningJobHyperparameters = Field(default_factory=_missing)
    """The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised` jobs."""

    model: str = Field(default_factory=_missing)
    """The base model that is being fine-tuned."""

    object: Literal["fine_tuning.job"] = Field(default_factory=_missing)
    """The object type, which is always "fine_tuning.job"."""

    organization_id: str = Field(default_factory=_missing)
    """The organization that owns the fine-tuning job."""

    result_files: list[str] = Field(default_factory=_missing)
    """The compiled results file ID(s) for the fine-tuning job. You can retrieve the results with the [Files API](/docs/api-reference/files/retrieve-contents)."""

    status: Open[Literal["validating_files", "queued", "running", "succeeded", "failed", "cancelled"]] = Field(
        default_factory=_missing
    )
    """The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`."""

    trained_tokens: int | None = None
    """The total number of billable tokens processed by this fine-tuning job. The value will be null if the fine-tuning job is still running."""

    training_file: str = Field(default_factory=_missing)
    """The file ID used for training. You can retrieve the training data with the [Files API](/docs/api-reference/files/retrieve-contents)."""

    validation_file: str | None = None
    """The file ID used for validation. You can retrieve the validation results with the [Files API](/docs/api-reference/files/retrieve-contents)."""

    integrations: list[FineTuningIntegration] | None = None
    """A list of integrations to enable for this fine-tuning job."""

    seed: int = Field(default_factory=_missing)
    """The seed used for the fine-tuning job."""

    estimated_finish: int | None = None
    """The Unix timestamp (in seconds) for when the fine-tuning job is estimated to finish. The value will be null if the fine-tuning job is not running."""

    method: FineTuneMethod | None = None
    """The method used for fine-tuning."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
