#!/usr/bin/env bash
# tools/keywords/generate.sh [--dry-run] — regenerates src/dialect/*/…keywords.cpp from real
# engines: starts a throw-away PostgreSQL 17 cluster and MariaDB server (unix sockets in a temp
# dir, no TCP) and an in-memory SQLite database, and lists only the keywords each one refuses
# (or reads differently) as a bare lowercase identifier. See generate.py for the method.
# Run from anywhere; it goes through scripts/env, and needs root (PostgreSQL runs as "postgres").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
exec scripts/env python3 tools/keywords/generate.py "$@"
