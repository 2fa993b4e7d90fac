"""WebSocket connections of the API: `client.realtime.connect(model=...)`, `client.responses.connect()`.

`_handshake` (URL, headers, credentials), `_events` (client events out, typed server events in) and
`_opening` (opening and reconnecting as flows) do no I/O; `_socket` opens the socket with the
`websockets` library (the `realtime` extra), imported on the first connection only; `_async_connection`,
`_async_realtime`, `_async_events` and `_async_responses` are written once, their sync twins generated
by generator/unasync.py.
"""
