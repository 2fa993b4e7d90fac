# copied from generator/runtime/core/_routes.py by the openai-connector generator; edit the source
"""Facts about individual API paths, in one place.

`AZURE_DEPLOYMENT_PATHS`: paths of the OpenAI spec that Azure OpenAI (classic API) serves under
`/openai/deployments/{deployment}/...`; every other OpenAI path goes to `/openai/{path}`.

`DONE_TERMINATED_PATHS`: streaming paths whose server ends the stream with `data: [DONE]`; a
stream of one of them that ends without it was cut, and raises instead of looking complete.

`AUDIO_UPLOAD_PATHS` / `AUDIO_FORMATS`: speech-to-text uploads and the file formats they take.

`check_server`: an operation of a further spec's namespace fits the Azure API the client speaks.
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


def check_server(operation_id: str, server_path: str, api_base: str, azure_api: str) -> None:
    """Raise `ConfigurationError` when an Azure client would send `operation_id` under another base path.

    A namespace generated from Azure's v1 spec (server `.../openai/v1`) on a classic client (which
    sends to `.../openai`, deployments and api-version) would reach the wrong API, and the other way
    round. OpenAI clients are not checked: their base URL is the caller's to choose.
    """
    from urllib.parse import urlsplit

    from ._errors import ConfigurationError

    served = urlsplit(api_base).path.rstrip("/")
    if server_path and not served.endswith(server_path):
        raise ConfigurationError(
            f"{operation_id} is served under {server_path} (its spec's server), but this Azure OpenAI client "
            f"({azure_api} API) sends to {served or '/'}: "
            + ("use azure_api='v1'" if server_path.endswith("/v1") else "use azure_api='classic' with api_version")
        )
