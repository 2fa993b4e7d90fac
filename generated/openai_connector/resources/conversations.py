# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..lib._pagination import (
        AsyncConversationCursorPage,
        AsyncPaginator,
        SyncConversationCursorPage,
    )
    from ..types.conversation import Conversation
    from ..types.conversation_deleted_resource import ConversationDeletedResource
    from ..types.conversation_item import ConversationItem
    from ..types.conversation_item_list import ConversationItemList
    from ..types.include_enum import IncludeEnum
    from ..types.input_item import InputItemParam
    from ..types.metadata import Metadata

_CREATE_CONVERSATION = Operation(
    api="openai",
    operation_id="createConversation",
    method="POST",
    path="/conversations",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "metadata": {"type": "object", "nullable": True},
            "items": {"type": "array", "maxItems": 20, "nullable": True},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_GET_CONVERSATION = Operation(
    api="openai",
    operation_id="getConversation",
    method="GET",
    path="/conversations/{conversation_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"conversation_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_UPDATE_CONVERSATION = Operation(
    api="openai",
    operation_id="updateConversation",
    method="POST",
    path="/conversations/{conversation_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"conversation_id": {"type": "string"}},
        "body": {"metadata": {"type": "object", "nullable": True}},
    },
    security=("api_key",),
    version_param="api-version",
)

_DELETE_CONVERSATION = Operation(
    api="openai",
    operation_id="deleteConversation",
    method="DELETE",
    path="/conversations/{conversation_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"conversation_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_LIST_CONVERSATION_ITEMS = Operation(
    api="openai",
    operation_id="listConversationItems",
    method="GET",
    path="/conversations/{conversation_id}/items",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"conversation_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "include": {"type": "array"},
        },
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
)

_CREATE_CONVERSATION_ITEMS = Operation(
    api="openai",
    operation_id="createConversationItems",
    method="POST",
    path="/conversations/{conversation_id}/items",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"conversation_id": {"type": "string"}},
        "query": {"include": {"type": "array"}},
        "body": {"items": {"type": "array", "maxItems": 20}},
    },
    security=("api_key",),
    version_param="api-version",
)

_GET_CONVERSATION_ITEM = Operation(
    api="openai",
    operation_id="getConversationItem",
    method="GET",
    path="/conversations/{conversation_id}/items/{item_id}",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"conversation_id": {"type": "string"}, "item_id": {"type": "string"}},
        "query": {"include": {"type": "array"}},
    },
    security=("api_key",),
    version_param="api-version",
)

_DELETE_CONVERSATION_ITEM = Operation(
    api="openai",
    operation_id="deleteConversationItem",
    method="DELETE",
    path="/conversations/{conversation_id}/items/{item_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"conversation_id": {"type": "string"}, "item_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)


class Conversations(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ConversationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConversationsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ConversationsWithStreamingResponse(self)

    @cached_property
    def items(self) -> ConversationsItems:
        return ConversationsItems(self._client)

    def create(
        self,
        *,
        metadata: Metadata | NotGiven | None = NOT_GIVEN,
        items: Sequence[InputItemParam] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Conversation:
        """Create a conversation.

        Args:
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          items: Initial items to include in the conversation context. You may add up to 20 items at a time.
        """

        from ..types.conversation import Conversation

        return cast(
            "Conversation",
            self._client.call(
                _CREATE_CONVERSATION,
                body={"metadata": metadata, "items": items},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Conversation,
            ),
        )

    def retrieve(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Conversation:
        """Get a conversation

        Args:
          conversation_id: The ID of the conversation to retrieve.
        """

        from ..types.conversation import Conversation

        return cast(
            "Conversation",
            self._client.call(
                _GET_CONVERSATION,
                path_params={"conversation_id": conversation_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Conversation,
            ),
        )

    def update(
        self,
        conversation_id: str,
        *,
        metadata: Metadata,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Conversation:
        """Update a conversation

        Args:
          conversation_id: The ID of the conversation to update.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.conversation import Conversation

        return cast(
            "Conversation",
            self._client.call(
                _UPDATE_CONVERSATION,
                path_params={"conversation_id": conversation_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Conversation,
            ),
        )

    def delete(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ConversationDeletedResource:
        """Delete a conversation. Items in the conversation will not be deleted.

        Args:
          conversation_id: The ID of the conversation to delete.
        """

        from ..types.conversation_deleted_resource import ConversationDeletedResource

        return cast(
            "ConversationDeletedResource",
            self._client.call(
                _DELETE_CONVERSATION,
                path_params={"conversation_id": conversation_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ConversationDeletedResource,
            ),
        )


class AsyncConversations(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncConversationsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncConversationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConversationsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncConversationsWithStreamingResponse(self)

    @cached_property
    def items(self) -> AsyncConversationsItems:
        return AsyncConversationsItems(self._client)

    async def create(
        self,
        *,
        metadata: Metadata | NotGiven | None = NOT_GIVEN,
        items: Sequence[InputItemParam] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Conversation:
        """Create a conversation.

        Args:
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          items: Initial items to include in the conversation context. You may add up to 20 items at a time.
        """

        from ..types.conversation import Conversation

        return cast(
            "Conversation",
            await self._client.call(
                _CREATE_CONVERSATION,
                body={"metadata": metadata, "items": items},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Conversation,
            ),
        )

    async def retrieve(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Conversation:
        """Get a conversation

        Args:
          conversation_id: The ID of the conversation to retrieve.
        """

        from ..types.conversation import Conversation

        return cast(
            "Conversation",
            await self._client.call(
                _GET_CONVERSATION,
                path_params={"conversation_id": conversation_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Conversation,
            ),
        )

    async def update(
        self,
        conversation_id: str,
        *,
        metadata: Metadata,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Conversation:
        """Update a conversation

        Args:
          conversation_id: The ID of the conversation to update.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.conversation import Conversation

        return cast(
            "Conversation",
            await self._client.call(
                _UPDATE_CONVERSATION,
                path_params={"conversation_id": conversation_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Conversation,
            ),
        )

    async def delete(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ConversationDeletedResource:
        """Delete a conversation. Items in the conversation will not be deleted.

        Args:
          conversation_id: The ID of the conversation to delete.
        """

        from ..types.conversation_deleted_resource import ConversationDeletedResource

        return cast(
            "ConversationDeletedResource",
            await self._client.call(
                _DELETE_CONVERSATION,
                path_params={"conversation_id": conversation_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ConversationDeletedResource,
            ),
        )


class ConversationsItems(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ConversationsItemsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ConversationsItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConversationsItemsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ConversationsItemsWithStreamingResponse(self)

    def list(
        self,
        conversation_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncConversationCursorPage[ConversationItem]:
        """List all items for a conversation with the given ID.

        Args:
          conversation_id: The ID of the conversation to list items for.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
          after: An item ID to list items after, used in pagination.
          include: Specify additional output data to include in the model response. Currently supported values are: - `web_search_call.action.sources`: Include the sources of the web search tool call. - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items. - `computer_call_output.output.image_url`: Include image urls from the computer call output. - `file_search_call.results`: Include the search results of the file search tool call. - `message.input_image.image_url`: Include image urls from the input message. - `message.output_text.logprobs`: Include logprobs with assistant messages. - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
        """

        from ..types.conversation_item import ConversationItem
        from ..types.conversation_item_list import ConversationItemList

        return cast(
            "SyncConversationCursorPage[ConversationItem]",
            self._client.call_page(
                _LIST_CONVERSATION_ITEMS,
                path_params={"conversation_id": conversation_id},
                query={"limit": limit, "order": order, "after": after, "include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ConversationItemList,
                item_type=ConversationItem,
                cursor_param="after",
            ),
        )

    def create(
        self,
        conversation_id: str,
        *,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        items: Sequence[InputItemParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ConversationItemList:
        """Create items in a conversation with the given ID.

        Args:
          conversation_id: The ID of the conversation to add the item to.
          include: Additional fields to include in the response. See the `include` parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
          items: The items to add to the conversation. You may add up to 20 items at a time.
        """

        from ..types.conversation_item_list import ConversationItemList

        return cast(
            "ConversationItemList",
            self._client.call(
                _CREATE_CONVERSATION_ITEMS,
                path_params={"conversation_id": conversation_id},
                query={"include": include},
                body={"items": items},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ConversationItemList,
            ),
        )

    def retrieve(
        self,
        item_id: str,
        *,
        conversation_id: str,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ConversationItem:
        """Get a single item from a conversation with the given IDs.

        Args:
          conversation_id: The ID of the conversation that contains the item.
          item_id: The ID of the item to retrieve.
          include: Additional fields to include in the response. See the `include` parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
        """

        from ..types.conversation_item import ConversationItem

        return cast(
            "ConversationItem",
            self._client.call(
                _GET_CONVERSATION_ITEM,
                path_params={"conversation_id": conversation_id, "item_id": item_id},
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ConversationItem,
            ),
        )

    def delete(
        self,
        item_id: str,
        *,
        conversation_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Conversation:
        """Delete an item from a conversation with the given IDs.

        Args:
          conversation_id: The ID of the conversation that contains the item.
          item_id: The ID of the item to delete.
        """

        from ..types.conversation import Conversation

        return cast(
            "Conversation",
            self._client.call(
                _DELETE_CONVERSATION_ITEM,
                path_params={"conversation_id": conversation_id, "item_id": item_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Conversation,
            ),
        )


class AsyncConversationsItems(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncConversationsItemsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncConversationsItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConversationsItemsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncConversationsItemsWithStreamingResponse(self)

    def list(
        self,
        conversation_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ConversationItem, AsyncConversationCursorPage[ConversationItem]]:
        """List all items for a conversation with the given ID.

        Args:
          conversation_id: The ID of the conversation to list items for.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
          after: An item ID to list items after, used in pagination.
          include: Specify additional output data to include in the model response. Currently supported values are: - `web_search_call.action.sources`: Include the sources of the web search tool call. - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items. - `computer_call_output.output.image_url`: Include image urls from the computer call output. - `file_search_call.results`: Include the search results of the file search tool call. - `message.input_image.image_url`: Include image urls from the input message. - `message.output_text.logprobs`: Include logprobs with assistant messages. - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
        """

        from ..types.conversation_item import ConversationItem
        from ..types.conversation_item_list import ConversationItemList

        return cast(
            "AsyncPaginator[ConversationItem, AsyncConversationCursorPage[ConversationItem]]",
            self._client.call_page(
                _LIST_CONVERSATION_ITEMS,
                path_params={"conversation_id": conversation_id},
                query={"limit": limit, "order": order, "after": after, "include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ConversationItemList,
                item_type=ConversationItem,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        conversation_id: str,
        *,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        items: Sequence[InputItemParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ConversationItemList:
        """Create items in a conversation with the given ID.

        Args:
          conversation_id: The ID of the conversation to add the item to.
          include: Additional fields to include in the response. See the `include` parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
          items: The items to add to the conversation. You may add up to 20 items at a time.
        """

        from ..types.conversation_item_list import ConversationItemList

        return cast(
            "ConversationItemList",
            await self._client.call(
                _CREATE_CONVERSATION_ITEMS,
                path_params={"conversation_id": conversation_id},
                query={"include": include},
                body={"items": items},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ConversationItemList,
            ),
        )

    async def retrieve(
        self,
        item_id: str,
        *,
        conversation_id: str,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ConversationItem:
        """Get a single item from a conversation with the given IDs.

        Args:
          conversation_id: The ID of the conversation that contains the item.
          item_id: The ID of the item to retrieve.
          include: Additional fields to include in the response. See the `include` parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
        """

        from ..types.conversation_item import ConversationItem

        return cast(
            "ConversationItem",
            await self._client.call(
                _GET_CONVERSATION_ITEM,
                path_params={"conversation_id": conversation_id, "item_id": item_id},
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ConversationItem,
            ),
        )

    async def delete(
        self,
        item_id: str,
        *,
        conversation_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Conversation:
        """Delete an item from a conversation with the given IDs.

        Args:
          conversation_id: The ID of the conversation that contains the item.
          item_id: The ID of the item to delete.
        """

        from ..types.conversation import Conversation

        return cast(
            "Conversation",
            await self._client.call(
                _DELETE_CONVERSATION_ITEM,
                path_params={"conversation_id": conversation_id, "item_id": item_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Conversation,
            ),
        )


class ConversationsWithRawResponse(ResourceView):
    _resource: Conversations

    @property
    def items(self) -> ConversationsItemsWithRawResponse:
        return self._resource.items.with_raw_response

    create = raw_method(Conversations.create)
    retrieve = raw_method(Conversations.retrieve)
    update = raw_method(Conversations.update)
    delete = raw_method(Conversations.delete)


class ConversationsWithStreamingResponse(StreamingResourceView):
    _resource: Conversations

    @property
    def items(self) -> ConversationsItemsWithStreamingResponse:
        return self._resource.items.with_streaming_response

    create = streamed_method(Conversations.create)
    retrieve = streamed_method(Conversations.retrieve)
    update = streamed_method(Conversations.update)
    delete = streamed_method(Conversations.delete)


class AsyncConversationsWithRawResponse(ResourceView):
    _resource: AsyncConversations

    @property
    def items(self) -> AsyncConversationsItemsWithRawResponse:
        return self._resource.items.with_raw_response

    create = async_raw_method(AsyncConversations.create)
    retrieve = async_raw_method(AsyncConversations.retrieve)
    update = async_raw_method(AsyncConversations.update)
    delete = async_raw_method(AsyncConversations.delete)


class AsyncConversationsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncConversations

    @property
    def items(self) -> AsyncConversationsItemsWithStreamingResponse:
        return self._resource.items.with_streaming_response

    create = async_streamed_method(AsyncConversations.create)
    retrieve = async_streamed_method(AsyncConversations.retrieve)
    update = async_streamed_method(AsyncConversations.update)
    delete = async_streamed_method(AsyncConversations.delete)


class ConversationsItemsWithRawResponse(ResourceView):
    _resource: ConversationsItems

    list = raw_method(ConversationsItems.list)
    create = raw_method(ConversationsItems.create)
    retrieve = raw_method(ConversationsItems.retrieve)
    delete = raw_method(ConversationsItems.delete)


class ConversationsItemsWithStreamingResponse(StreamingResourceView):
    _resource: ConversationsItems

    list = streamed_method(ConversationsItems.list)
    create = streamed_method(ConversationsItems.create)
    retrieve = streamed_method(ConversationsItems.retrieve)
    delete = streamed_method(ConversationsItems.delete)


class AsyncConversationsItemsWithRawResponse(ResourceView):
    _resource: AsyncConversationsItems

    list = async_raw_method(AsyncConversationsItems.list)
    create = async_raw_method(AsyncConversationsItems.create)
    retrieve = async_raw_method(AsyncConversationsItems.retrieve)
    delete = async_raw_method(AsyncConversationsItems.delete)


class AsyncConversationsItemsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncConversationsItems

    list = async_streamed_method(AsyncConversationsItems.list)
    create = async_streamed_method(AsyncConversationsItems.create)
    retrieve = async_streamed_method(AsyncConversationsItems.retrieve)
    delete = async_streamed_method(AsyncConversationsItems.delete)
