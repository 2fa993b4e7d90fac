# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Mapping, Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller
from .beta_mcp_tool_filter import BetaMcpToolFilter, BetaMcpToolFilterParam


class BetaMcpToolRequireApprovalMcpToolApprovalFilter(BaseModel):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.
    """

    always: BetaMcpToolFilter | None = None
    """A filter object to specify which tools are allowed."""

    never: BetaMcpToolFilter | None = None
    """A filter object to specify which tools are allowed."""


class BetaMcpTool(BaseModel):
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](/docs/guides/tools-remote-mcp).
    """

    type: Literal["mcp"] = Field(default_factory=_missing)
    """The type of the MCP tool. Always `mcp`."""

    server_label: str = Field(default_factory=_missing)
    """A label for this MCP server, used to identify it in tool calls."""

    server_url: str | None = None
    """The URL for the MCP server. One of `server_url`, `connector_id`, or
    `tunnel_id` must be provided.
    """

    connector_id: (
        Open[
            Literal[
                "connector_dropbox",
                "connector_gmail",
                "connector_googlecalendar",
                "connector_googledrive",
                "connector_microsoftteams",
                "connector_outlookcalendar",
                "connector_outlookemail",
                "connector_sharepoint",
            ]
        ]
        | None
    ) = None
    """Identifier for service connectors, like those available in ChatGPT. One of
    `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
    about service connectors [here](/docs/guides/tools-remote-mcp#connectors).

    Currently supported `connector_id` values are:

    - Dropbox: `connector_dropbox`
    - Gmail: `connector_gmail`
    - Google Calendar: `connector_googlecalendar`
    - Google Drive: `connector_googledrive`
    - Microsoft Teams: `connector_microsoftteams`
    - Outlook Calendar: `connector_outlookcalendar`
    - Outlook Email: `connector_outlookemail`
    - SharePoint: `connector_sharepoint`
    """

    tunnel_id: str | None = None
    """The Secure MCP Tunnel ID to use instead of a direct server URL. One of
    `server_url`, `connector_id`, or `tunnel_id` must be provided.
    """

    authorization: str | None = None
    """An OAuth access token that can be used with a remote MCP server, either
    with a custom MCP server URL or a service connector. Your application
    must handle the OAuth authorization flow and provide the token here.
    """

    server_description: str | None = None
    """Optional description of the MCP server, used to provide more context."""

    headers: dict[str, str] | None = None
    """Optional HTTP headers to send to the MCP server. Use for authentication
    or other purposes.
    """

    allowed_tools: (
        Open[
            Annotated[
                Annotated[list[str], Tag("<list>")] | Annotated[BetaMcpToolFilter, Tag("<dict>")],
                Discriminator(tag_of(None)),
            ]
        ]
        | None
    ) = None
    """List of allowed tool names or a filter object."""

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
    """The tool invocation context(s)."""

    require_approval: (
        Open[
            Annotated[
                Annotated[BetaMcpToolRequireApprovalMcpToolApprovalFilter, Tag("<dict>")]
                | Annotated[Literal["always", "never"], Tag("<str>")],
                Discriminator(tag_of(None)),
            ]
        ]
        | None
    ) = None
    """Specify which of the MCP server's tools require approval."""

    defer_loading: bool | None = None
    """Whether this MCP tool is deferred and discovered via tool search."""


class BetaMcpToolRequireApprovalMcpToolApprovalFilterParam(TypedDict, total=False):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.
    """

    always: BetaMcpToolFilterParam
    """A filter object to specify which tools are allowed."""

    never: BetaMcpToolFilterParam
    """A filter object to specify which tools are allowed."""


class BetaMcpToolParam(TypedDict, total=False):
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](/docs/guides/tools-remote-mcp).
    """

    type: Required[Literal["mcp"]]
    """The type of the MCP tool. Always `mcp`."""

    server_label: Required[str]
    """A label for this MCP server, used to identify it in tool calls."""

    server_url: str
    """The URL for the MCP server. One of `server_url`, `connector_id`, or
    `tunnel_id` must be provided.
    """

    connector_id: Literal[
        "connector_dropbox",
        "connector_gmail",
        "connector_googlecalendar",
        "connector_googledrive",
        "connector_microsoftteams",
        "connector_outlookcalendar",
        "connector_outlookemail",
        "connector_sharepoint",
    ]
    """Identifier for service connectors, like those available in ChatGPT. One of
    `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
    about service connectors [here](/docs/guides/tools-remote-mcp#connectors).

    Currently supported `connector_id` values are:

    - Dropbox: `connector_dropbox`
    - Gmail: `connector_gmail`
    - Google Calendar: `connector_googlecalendar`
    - Google Drive: `connector_googledrive`
    - Microsoft Teams: `connector_microsoftteams`
    - Outlook Calendar: `connector_outlookcalendar`
    - Outlook Email: `connector_outlookemail`
    - SharePoint: `connector_sharepoint`
    """

    tunnel_id: str
    """The Secure MCP Tunnel ID to use instead of a direct server URL. One of
    `server_url`, `connector_id`, or `tunnel_id` must be provided.
    """

    authorization: str
    """An OAuth access token that can be used with a remote MCP server, either
    with a custom MCP server URL or a service connector. Your application
    must handle the OAuth authorization flow and provide the token here.
    """

    server_description: str
    """Optional description of the MCP server, used to provide more context."""

    headers: Mapping[str, str] | None
    """Optional HTTP headers to send to the MCP server. Use for authentication
    or other purposes.
    """

    allowed_tools: Sequence[str] | BetaMcpToolFilterParam | None
    """List of allowed tool names or a filter object."""

    allowed_callers: Sequence[BetaCallableToolAllowedCaller] | None
    """The tool invocation context(s)."""

    require_approval: BetaMcpToolRequireApprovalMcpToolApprovalFilterParam | Literal["always", "never"] | None
    """Specify which of the MCP server's tools require approval."""

    defer_loading: bool
    """Whether this MCP tool is deferred and discovered via tool search."""
