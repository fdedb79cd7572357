#!/usr/bin/env bash
# Start the dashboard on the embedded default: SQLite + local Chroma + the generated demo market.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False
exec .venv/bin/streamlit run app.py --browser.gatherUsageStats false "$@"
