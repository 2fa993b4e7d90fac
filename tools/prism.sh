#!/usr/bin/env bash
# Start the Prism mock server (@stoplight/prism-cli, pinned) on 127.0.0.1 for one spec.
# Installs it with npm into .tools/prism on first use. Usage: tools/prism.sh SPEC [PORT]
set -euo pipefail
exec "$(dirname "$0")/../.venv/bin/python" -m generator.mockserver.prism "$@"
