#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need, starts PostgreSQL, runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "==> installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

bash scripts/setup.sh

# A throwaway PostgreSQL for the storage tests (stopped on exit).
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGDIR=$(mktemp -d /tmp/skillgap-pg.XXXXXX)
PGPORT=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
AS=""; if [ "$(id -u)" = 0 ]; then chown postgres "$PGDIR"; AS="runuser -u postgres --"; fi
$AS "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust >/dev/null
$AS "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
trap '$AS "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"' EXIT
$AS "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres skillgap_test

export SKILLGAP_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PGPORT/skillgap_test"
export SKILLGAP_REQUIRE_PG=1 SKILLGAP_REQUIRE_BROWSER=1
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False
cd "$ROOT"
.venv/bin/python -m pytest "$@"
