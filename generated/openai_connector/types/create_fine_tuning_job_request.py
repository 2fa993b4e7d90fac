# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .fine_tune_method import FineTuneMethod, FineTuneMethodParam
from .metadata import Metadata


class CreateFineTuningJobRequest(BaseModel):
    model: Open[str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]] = Field(
        default_factory=_missing
    )
    """The name of the model to fine-tune. You can select one of the
    [supported models](/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
    """

    training_file: str = Field(default_factory=_missing)
    """The ID of an uploaded file that contains training data.

    See [upload file](/docs/api-reference/files/create) for how to upload a file.

    Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`.

    The contents of the file should differ depending on if the model uses the [chat](/docs/api-reference/fine-tuning/chat-input), [completions](/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](/docs/api-reference/fine-tuning/preference-input) format.

    See the [fine-tuning guide](/docs/guides/model-optimization) for more details.
    """

    hyperparameters: CreateFineTuningJobRequestHyperparameters | None = None
    """The hyperparameters used for the fine-tuning job.
    This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
    """

    suffix: str | None = None
    """A string of up to 64 characters that will be added to your fine-tuned model name.

    For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.
    """

    validation_file: str | None = None
    """The ID of an uploaded file that contains validation data.

    If you provide this file, the data is used to generate validation
    metrics periodically during fine-tuning. These metrics can be viewed in
    the fine-tuning results file.
    The same data should not be present in both train and validation files.

    Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`.

    See the [fine-tuning guide](/docs/guides/model-optimization) for more details.
    """

    integrations: list[CreateFineTuningJobRequestIntegration] | None = None
    """A list of integrations to enable for your fine-tuning job."""

    seed: int | None = None
    """The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases.
    If a seed is not specified, one will be generated for you.
    """

    method: FineTuneMethod | None = None
    """The method used for fine-tuning."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """


class CreateFineTuningJobRequestParam(TypedDict, total=False):
    model: Required[str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]]
    """The name of the model to fine-tune. You can select one of the
    [supported models](/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
    """

    training_file: Required[str]
    """The ID of an uploaded file that contains training data.

    See [upload file](/docs/api-reference/files/create) for how to upload a file.

    Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`.

    The contents of the file should differ depending on if the model uses the [chat](/docs/api-reference/fine-tuning/chat-input), [completions](/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](/docs/api-reference/fine-tuning/preference-input) format.

    See the [fine-tuning guide](/docs/guides/model-optimization) for more details.
    """

    hyperparameters: CreateFineTuningJobRequestHyperparametersParam
    """The hyperparameters used for the fine-tuning job.
    This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
    """

    suffix: str | None
    """A string of up to 64 characters that will be added to your fine-tuned model name.

    For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.
    """

    validation_file: str | None
    """The ID of an uploaded file that contains validation data.

    If you provide this file, the data is used to generate validation
    metrics periodically during fine-tuning. These metrics can be viewed in
    the fine-tuning results file.
    The same data should not be present in both train and validation files.

    Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`.

    See the [fine-tuning guide](/docs/guides/model-optimization) for more details.
    """

    integrations: Sequence[CreateFineTuningJobRequestIntegrationParam] | None
    """A list of integrations to enable for your fine-tuning job."""

    seed: int | None
    """The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases.
    If a seed is not specified, one will be generated for you.
    """

    method: FineTuneMethodParam
    """The method used for fine-tuning."""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """


class CreateFineTuningJobRequestHyperparameters(BaseModel):
    """The hyperparameters used for the fine-tuning job.
    This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
    """

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


class CreateFineTuningJobRequestHyperparametersParam(TypedDict, total=False):
    """The hyperparameters used for the fine-tuning job.
    This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
    """

    batch_size: Literal["auto"] | int
    """Number of examples in each batch. A larger batch size means that model parameters
    are updated less frequently, but with lower variance.
    """

    learning_rate_multiplier: Literal["auto"] | float
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    overfitting.
    """

    n_epochs: Literal["auto"] | int
    """The number of epochs to train the model for. An epoch refers to one full cycle
    through the training dataset.
    """


class CreateFineTuningJobRequestIntegration(BaseModel):
    type: Literal["wandb"] = Field(default_factory=_missing)
    """The type of integration to enable. Currently, only "wandb" (Weights and Biases) is supported."""

    wandb: CreateFineTuningJobRequestIntegrationWandb = Field(default_factory=_missing)
    """The settings for your integration with Weights and Biases. This payload specifies the project that
    metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with your run.
    """


class CreateFineTuningJobRequestIntegrationParam(TypedDict, total=False):
    type: Required[Literal["wandb"]]
    """The type of integration to enable. Currently, only "wandb" (Weights and Biases) is supported."""

    wandb: Required[CreateFineTuningJobRequestIntegrationWandbParam]
    """The settings for your integration with Weights and Biases. This payload specifies the project that
    metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with your run.
    """


class CreateFineTuningJobRequestIntegrationWandb(BaseModel):
    """The settings for your integration with Weights and Biases. This payload specifies the project that
    metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with your run.
    """

    project: str = Field(default_factory=_missing)
    """The name of the project that the new run will be created under."""

    name: str | None = None
    """A display name to set for the run. If not set, we will use the Job ID as the name."""

    entity: str | None = None
    """The entity to use for the run. This allows you to set the team or username of the WandB user that you would
    like associated with the run. If not set, the default entity for the registered WandB API key is used.
    """

    tags: list[str] | None = None
    """A list of tags to be attached to the newly created run. These tags are passed through directly to WandB. Some
    default tags are generated by OpenAI: "openai/finetune", "openai/{base-model}", "openai/{ftjob-abcdef}".
    """


class CreateFineTuningJobRequestIntegrationWandbParam(TypedDict, total=False):
    """The settings for your integration with Weights and Biases. This payload specifies the project that
    metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with your run.
    """

    project: Required[str]
    """The name of the project that the new run will be created under."""

    name: str | None
    """A display name to set for the run. If not set, we will use the Job ID as the name."""

    entity: str | None
    """The entity to use for the run. This allows you to set the team or username of the WandB user that you would
    like associated with the run. If not set, the default entity for the registered WandB API key is used.
    """

    tags: Sequence[str]
    """A list of tags to be attached to the newly created run. These tags are passed through directly to WandB. Some
    default tags are generated by OpenAI: "openai/finetune", "openai/{base-model}", "openai/{ftjob-abcdef}".
    """
