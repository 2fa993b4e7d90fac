"""The reference server: answers the API's operations from the specs' examples, validating requests."""

from generator.mockserver.server import ReferenceServer

__all__ = ["ReferenceServer"]
