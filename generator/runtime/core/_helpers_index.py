"""Which generated resources gain hand-written helper methods (openai-python's `parse`, `stream`, `*_and_poll`).

The one list of the contract, read by the runtime and by the generator (which loads this file by path,
so it imports nothing but the standard library). A resource at a path listed here inherits the mixin
classes named for it, one for the sync resource and one for the async one, from the module named
(inside `lib/`). A mixin builds on the resource's generated methods (`self.create(...)`), so it works on
every package whose tree has that resource, OpenAI's and Azure's alike.
"""

from __future__ import annotations

# resource path on the client -> (module inside lib/, sync mixin class, async mixin class)
RESOURCE_HELPERS: dict[str, tuple[str, str, str]] = {
    "realtime": ("helpers.realtime", "RealtimeHelpers", "AsyncRealtimeHelpers"),
    "responses": ("helpers.responses", "ResponsesHelpers", "AsyncResponsesHelpers"),
}
# helper module -> the other lib/ paths (a module or a folder) only helpers import: a part of the client
# without the helper's resources (`vendor --only`) leaves the module out, and these when no kept helper needs them
HELPER_NEEDS: dict[str, tuple[str, ...]] = {
    "helpers.realtime": ("_realtime",),
    "helpers.responses": ("_realtime",),
}
