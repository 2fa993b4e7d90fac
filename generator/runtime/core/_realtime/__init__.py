"""WebSocket sessions of the Realtime API: `client.realtime.connect(model=...)` (the `realtime` extra).

`_handshake` builds and checks what a connection needs (URL, headers, events) without I/O; `_socket` opens
the socket with the `websockets` library; `_async_connection` / `_async_events` are the connection
and its event helpers, written once (their sync twins are generated). Nothing here imports `websockets`
until a connection is opened.
"""
