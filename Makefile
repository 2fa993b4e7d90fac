# Thin list of named tasks; CI calls them verbatim. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CONFIG := specs/config.toml

.DEFAULT_GOAL := help
.PHONY: help install generate check-generated regen-golden lint typecheck test bench record update-specs prism-sweep

help:  ## List the tasks.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## Create .venv and install the client, the generator and the dev tools.

generate: install  ## Regenerate generated/openai_connector from specs/ and generator/runtime/ (the main job).
	$(PY) -m generator generate --config $(CONFIG) --out generated --report build/generation-report.json

check-generated: install  ## Regenerate into a temporary folder; fail on any difference from generated/.
	$(PY) -m generator check --config $(CONFIG) --against generated

regen-golden: install  ## Rewrite the generator's golden outputs under tests/generator/golden on purpose.
	$(PY) -m tests.generator.regen_golden

lint: install  ## ruff on everything, generated code included.
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check generator tests bench

typecheck: install  ## mypy --strict on the generator, the generated client, the bench and the tests.
	$(VENV)/bin/mypy generator generated/openai_connector bench tests

test: install  ## Run every check and the whole test suite (what CI runs).
	@# The three checks are independent, mostly single-core: side by side, then the suite on every core.
	$(MAKE) --no-print-directory -j3 --output-sync=target check-generated lint typecheck
	$(PY) -m pytest -q -n auto

bench: install  ## Run the benchmarks; writes bench/RESULTS.md.
	$(PY) -m bench

record: install  ## Re-record cassettes (TARGET=reference|prism|live).
	$(PY) -m tests.record --target $(or $(TARGET),reference)

prism-sweep: install  ## Every OpenAI operation 5 times against Prism's random answers (-d); prints the pass rate.
	$(PY) -m tests.mockserver.prism_sweep --calls 5

update-specs: install  ## Fetch the newest specs (or SOURCE=path), update specs/config.toml, print the diff, regenerate.
	$(PY) -m generator fetch --dest specs --config $(CONFIG) --generate generated --report build/generation-report.json $(if $(SOURCE),--source $(SOURCE))
