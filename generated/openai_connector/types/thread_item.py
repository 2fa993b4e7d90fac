# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .assistant_message_item import AssistantMessageItem
from .client_tool_call_item import ClientToolCallItem
from .task_group_item import TaskGroupItem
from .task_item import TaskItem
from .user_message_item import UserMessageItem
from .widget_message_item import WidgetMessageItem

ThreadItem: TypeAlias = Open[
    Annotated[
        Annotated[UserMessageItem, Tag("chatkit.user_message")]
        | Annotated[AssistantMessageItem, Tag("chatkit.assistant_message")]
        | Annotated[WidgetMessageItem, Tag("chatkit.widget")]
        | Annotated[ClientToolCallItem, Tag("chatkit.client_tool_call")]
        | Annotated[TaskItem, Tag("chatkit.task")]
        | Annotated[TaskGroupItem, Tag("chatkit.task_group")],
        Discriminator(tag_of("type")),
    ]
]
"""The thread item"""
