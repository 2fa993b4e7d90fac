# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .costs_result import CostsResult
from .usage_audio_speeches_result import UsageAudioSpeechesResult
from .usage_audio_transcriptions_result import UsageAudioTranscriptionsResult
from .usage_code_interpreter_sessions_result import UsageCodeInterpreterSessionsResult
from .usage_completions_result import UsageCompletionsResult
from .usage_embeddings_result import UsageEmbeddingsResult
from .usage_file_search_calls_result import UsageFileSearchCallsResult
from .usage_images_result import UsageImagesResult
from .usage_moderations_result import UsageModerationsResult
from .usage_vector_stores_result import UsageVectorStoresResult
from .usage_web_search_calls_result import UsageWebSearchCallsResult


class UsageTimeBucket(BaseModel):
    object: Literal["bucket"] = Field(default_factory=_missing)

    start_time: int = Field(default_factory=_missing)

    end_time: int = Field(default_factory=_missing)

    results: 'list[Open[Annotated[Annotated[UsageCompletionsResult, Tag("organization.usage.completions.result")] | Annotated[UsageEmbeddingsResult, Tag("organization.usage.embeddings.result")] | Annotated[UsageModerationsResult, Tag("organization.usage.moderations.result")] | Annotated[UsageImagesResult, Tag("organization.usage.images.result")] | Annotated[UsageAudioSpeechesResult, Tag("organization.usage.audio_speeches.result")] | Annotated[UsageAudioTranscriptionsResult, Tag("organization.usage.audio_transcriptions.result")] | Annotated[UsageVectorStoresResult, Tag("organization.usage.vector_stores.result")] | Annotated[UsageCodeInterpreterSessionsResult, Tag("organization.usage.code_interpreter_sessions.result")] | Annotated[UsageFileSearchCallsResult, Tag("organization.usage.file_searches.result")] | Annotated[UsageWebSearchCallsResult, Tag("organization.usage.web_searches.result")] | Annotated[CostsResult, Tag("organization.costs.result")], Discriminator(tag_of("object"))]]]' = Field(
        default_factory=_missing
    )
