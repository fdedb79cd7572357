#!/usr/bin/env bash
# Create .venv and install pinned Python packages (skipped when requirements.txt is unchanged).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
want=$(sha256sum requirements.txt | cut -d' ' -f1)
have=$(cat .venv/.requirements.sha256 2>/dev/null || true)
if [ "$want" != "$have" ]; then
  echo "==> installing Python packages into .venv (first run takes a few minutes)"
  .venv/bin/pip install --quiet --disable-pip-version-check torch==2.13.0
  .venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
  echo "$want" > .venv/.requirements.sha256
fi
