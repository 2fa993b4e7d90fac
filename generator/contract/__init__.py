"""The contract checker: recorded exchanges (vcrpy cassettes) checked against the specs."""

from generator.contract.checker import ContractChecker, Violation, load_cassette

__all__ = ["ContractChecker", "Violation", "load_cassette"]
