#!/usr/bin/env bash
# The NaptBalance demo: installs what is missing, builds the lab (Open vSwitch + namespaces), runs NaptBalance,
# sends a batch of requests from the client to the VIP, prints how they spread over the servers, and cleans up.
#
#   sudo scripts/demo.sh [REQUESTS] [-- NaptBalance options such as --Balancer:Policy=resTime]
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${1:-100}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
prefix=${LAB_PREFIX:-demo}
lab() { bash lab/lab.sh -p "$prefix" "$@"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "demo: needs root (network namespaces and Open vSwitch)" >&2
  exit 1
fi

bash scripts/install-deps.sh
echo "== building NaptBalance"
dotnet build samples/NaptBalance -c Release --nologo -v quiet -clp:ErrorsOnly
dll=samples/NaptBalance/bin/Release/net10.0/NaptBalance.dll

log=$(mktemp /tmp/napt-demo.XXXXXX.log)
napt_pid=
cleanup() {
  if [ -n "$napt_pid" ] && kill -0 "$napt_pid" 2>/dev/null; then
    kill -TERM "$napt_pid" 2>/dev/null || true
    wait "$napt_pid" 2>/dev/null || true
  fi
  lab down >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== building the lab ($prefix)"
lab up

echo "== starting NaptBalance (log: $log)"
ip netns exec "$prefix-sw" dotnet "$dll" --Balancer:StatusIntervalSeconds=1 "$@" >"$log" 2>&1 &
napt_pid=$!
for _ in $(seq 1 100); do
  if grep -q "Serving switch" "$log" && grep -q "srv1 is UP" "$log" && grep -q "srv2 is UP" "$log"; then break; fi
  if ! kill -0 "$napt_pid" 2>/dev/null; then cat "$log"; echo "demo: NaptBalance exited" >&2; exit 1; fi
  sleep 0.2
done
grep -E "NaptBalance |Serving switch|is UP" "$log" | sed 's/^/   /'

echo "== $requests requests from the client (10.10.10.2) to the VIP http://10.10.10.1/"
urls=()
for i in $(seq 1 "$requests"); do urls+=("http://10.10.10.1/?n=$i"); done
answers=$(lab exec client curl -s -m 5 -H 'Connection: close' "${urls[@]}" || true)
echo "$answers" | sort | uniq -c | awk '{ printf "   %-6s %4d answers\n", $2, $1 }'
failed=$(( requests - $(echo "$answers" | grep -c . || true) ))
echo "   failed: $failed"

echo "== NAPT flows in the switch (first two)"
{ lab flows | grep "priority=1000" | head -2 | sed "s/^ */   /"; } || true

if command -v ab >/dev/null; then
  echo "== ab: 2000 connections at concurrency 20"
  lab exec client ab -q -n 2000 -c 20 http://10.10.10.1/ 2>&1 | grep -E "Complete requests|Failed requests|Requests per second" | sed 's/^/   /'
fi

sleep 1
echo "== NaptBalance status"
grep "status " "$log" | tail -3 | sed "s/.*status /   /"
