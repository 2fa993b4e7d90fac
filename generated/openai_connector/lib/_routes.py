"""Facts about individual API paths, in one place.

`AZURE_DEPLOYMENT_PATHS`: paths of the OpenAI spec that Azure OpenAI (classic API) serves under
`/openai/deployments/{deployment}/...`; every other OpenAI path goes to `/openai/{path}`.

`DONE_TERMINATED_PATHS`: streaming paths whose server ends the stream with `data: [DONE]`; a
stream of one of them that ends without it was cut, and raises instead of looking complete.

`AUDIO_UPLOAD_PATHS` / `AUDIO_FORMATS`: speech-to-text uploads and the file formats they take.
"""

from __future__ import annotations

from typing import Final

AZURE_DEPLOYMENT_PATHS: Final = frozenset(
    {
        "/chat/completions",
        "/completions",
        "/embeddings",
        "/audio/transcriptions",
        "/audio/translations",
        "/audio/speech",
        "/images/generations",
        "/images/edits",
        "/images/variations",
    }
)

DONE_TERMINATED_PATHS: Final = frozenset(
    {
        "/chat/completions",
        "/completions",
        "/deployments/{deployment-id}/chat/completions",
        "/deployments/{deployment-id}/completions",
    }
)

# Speech-to-text uploads, and the audio formats (file name extensions) the API takes for them.
AUDIO_UPLOAD_PATHS: Final = frozenset(
    {
        "/audio/transcriptions",
        "/audio/translations",
        "/deployments/{deployment-id}/audio/transcriptions",
        "/deployments/{deployment-id}/audio/translations",
    }
)
AUDIO_FORMATS: Final = frozenset({"flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "oga", "ogg", "wav", "webm"})
