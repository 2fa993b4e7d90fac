"""The one wait that differs between the sync and async actions: `sleep` blocks, `asleep` yields to the loop.

The async source calls `asleep`; generator/unasync.py turns that into `sleep` in the sync module.
"""

from __future__ import annotations

from time import sleep

__all__ = ["asleep", "sleep"]


async def asleep(seconds: float) -> None:
    import asyncio  # here, not at the top: sync code never pays for importing it

    await asyncio.sleep(seconds)
