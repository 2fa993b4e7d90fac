# generated from the OpenAI API spec by the openai-connector generator; do not edit


from ..lib._models import BaseModel
from .beta_model_ids_responses import BetaModelIdsResponses
from .beta_prompt import BetaPrompt
from .beta_response_text_param import BetaResponseText
from .beta_tool_choice_param import BetaToolChoice
from .beta_tools_array import BetaToolsArray


class BetaResponseProperties(BaseModel):
    previous_response_id: str | None = None
    """The unique ID of the previous response to the model. Use this to
    create multi-turn conversations. Learn more about
    [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    """

    model: BetaModelIdsResponses | None = None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """

    background: bool | None = None
    """Whether to run the model response in the background.
    [Learn more](/docs/guides/background).
    """

    max_tool_calls: int | None = None
    """The maximum number of total calls to built-in tools that can be processed in a response. This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model will be ignored."""

    text: BetaResponseText | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    tools: BetaToolsArray | None = None
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    We support the following categories of tools:
    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **MCP Tools**: Integrations with third-party systems via custom MCP servers
      or predefined connectors such as Google Drive and SharePoint. Learn more about
      [MCP Tools](/docs/guides/tools-connectors-mcp).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code with strongly typed arguments
      and outputs. Learn more about
      [function calling](/docs/guides/function-calling). You can also use
      custom tools to call your own code.
    """

    tool_choice: BetaToolChoice | None = None
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """

    prompt: BetaPrompt | None = None
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """
