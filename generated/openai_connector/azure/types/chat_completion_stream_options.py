# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel


class ChatCompletionStreamOptions(BaseModel):
    """Options for streaming response. Only set this when you set `stream: true`."""

    include_usage: bool | None = None
    """If set, an additional chunk will be streamed before the `data: [DONE]` message. The `usage` field on this chunk shows the token usage statistics for the entire request, and the `choices` field will always be an empty array. All other chunks will also include a `usage` field, but with a null value."""
