# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..video import Video as Video
from ..video import Video as VideoCreateJsonResponse
from ..video import Video as VideoCreateResponse
from ..video import Video as VideoEditJsonResponse
from ..video import Video as VideoEditResponse
from ..video import Video as VideoExtendJsonResponse
from ..video import Video as VideoExtendResponse
from ..video import Video as VideoListResponse
from ..video import Video as VideoRemixResponse
from ..video import Video as VideoRetrieveResponse
from ..video_character_resource import VideoCharacterResource as VideoCharacterResource
from ..video_character_resource import VideoCharacterResource as VideoCreateCharacterResponse
from ..video_character_resource import VideoCharacterResource as VideoGetCharacterResponse
from ..video_delete_response import VideoDeleteResponse as VideoDeleteResponse

__all__ = [
    "Video",
    "VideoCharacterResource",
    "VideoCreateCharacterResponse",
    "VideoCreateJsonResponse",
    "VideoCreateResponse",
    "VideoDeleteResponse",
    "VideoEditJsonResponse",
    "VideoEditResponse",
    "VideoExtendJsonResponse",
    "VideoExtendResponse",
    "VideoGetCharacterResponse",
    "VideoListResponse",
    "VideoRemixResponse",
    "VideoRetrieveResponse",
]
