# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .error_detail import ErrorDetail
from .video_model import VideoModel
from .video_size import VideoSize
from .video_status import VideoStatus


class Video(BaseModel):
    """Structured information describing a generated video job."""

    id: str = Field(default_factory=_missing)
    """Unique identifier for the video job."""

    object: Literal["video"] = Field(default_factory=_missing)
    """The object type, which is always `video`."""

    model: VideoModel = Field(default_factory=_missing)
    """The video generation model that produced the job."""

    status: VideoStatus = Field(default_factory=_missing)
    """Current lifecycle status of the video job."""

    progress: int = Field(default_factory=_missing)
    """Approximate completion percentage for the generation task."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (seconds) for when the job was created."""

    completed_at: int | None = None
    """Unix timestamp (seconds) for when the job completed, if finished."""

    expires_at: int | None = None
    """Unix timestamp (seconds) for when the downloadable assets expire, if set."""

    prompt: str | None = None
    """The prompt that was used to generate the video."""

    size: VideoSize = Field(default_factory=_missing)
    """The resolution of the generated video."""

    seconds: str = Field(default_factory=_missing)
    """Duration of the generated clip in seconds. For extensions, this is the stitched total duration."""

    remixed_from_video_id: str | None = None
    """Identifier of the source video if this video is a remix."""

    error: ErrorDetail | None = None
    """Error payload that explains why generation failed, if applicable."""
