#!/usr/bin/env bash
# The balancer demo: installs what is missing, builds the lab (Open vSwitch + namespaces), runs the balancer, sends a
# batch of requests from the client to the VIP, prints how they spread over the servers, and cleans up.
#
#   sudo scripts/demo.sh [REQUESTS] [--balancer napt|mac] [-- balancer options such as --Balancer:Policy=resTime]
#
# napt (the default): NaptBalance in the NAPT topology; mac: MacBalance in the MAC topology (both servers hold the VIP).
set -euo pipefail
cd "$(dirname "$0")/.."

requests=100
balancer=napt
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then requests=$1; shift; fi
while [ $# -gt 0 ]; do
  case "$1" in
    --balancer) balancer=${2:-}; shift 2 || { echo "demo: --balancer needs napt or mac" >&2; exit 2; } ;;
    --balancer=*) balancer=${1#--balancer=}; shift ;;
    --) shift; break ;;
    [0-9]*) requests=$1; shift ;;
    *) break ;;
  esac
done
case "$balancer" in
  napt) name=NaptBalance topology=napt ;;
  mac) name=MacBalance topology=mac ;;
  *) echo "demo: --balancer napt|mac, not '$balancer'" >&2; exit 2 ;;
esac
prefix=${LAB_PREFIX:-demo}
lab() { bash lab/lab.sh -p "$prefix" "$@"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "demo: needs root (network namespaces and Open vSwitch)" >&2
  exit 1
fi

project=samples/$name
if ! ls "$project"/*.csproj >/dev/null 2>&1; then
  echo "demo: $name is not in this checkout ($project is absent), so --balancer $balancer cannot run; try --balancer napt" >&2
  exit 1
fi

bash scripts/install-deps.sh
echo "== building $name"
dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly
dll=$project/bin/Release/net10.0/$name.dll
if [ ! -f "$dll" ]; then
  echo "demo: the build did not produce $dll" >&2
  exit 1
fi

log=$(mktemp "/tmp/$balancer-demo.XXXXXX.log")
napt_pid=
cleanup() {
  if [ -n "$napt_pid" ] && kill -0 "$napt_pid" 2>/dev/null; then
    kill -TERM "$napt_pid" 2>/dev/null || true
    wait "$napt_pid" 2>/dev/null || true
  fi
  lab down >/dev/null 2>&1 || true
}
trap cleanup EXIT

if [ "$topology" = napt ]; then
  echo "== building the lab ($prefix)"
else
  echo "== building the lab ($prefix, $topology topology)"
fi
lab -t "$topology" up

echo "== starting $name (log: $log)"
ip netns exec "$prefix-sw" dotnet "$dll" --Balancer:StatusIntervalSeconds=1 "$@" >"$log" 2>&1 &
napt_pid=$!
for _ in $(seq 1 100); do
  if grep -q "Serving switch" "$log" && grep -q "srv1 is UP" "$log" && grep -q "srv2 is UP" "$log"; then break; fi
  if ! kill -0 "$napt_pid" 2>/dev/null; then cat "$log"; echo "demo: $name exited" >&2; exit 1; fi
  sleep 0.2
done
grep -E "$name |Serving switch|is UP" "$log" | sed 's/^/   /'

echo "== $requests requests from the client (10.10.10.2) to the VIP http://10.10.10.1/"
urls=()
for i in $(seq 1 "$requests"); do urls+=("http://10.10.10.1/?n=$i"); done
answers=$(lab exec client curl -s -m 5 -H 'Connection: close' "${urls[@]}" || true)
echo "$answers" | sort | uniq -c | awk '{ printf "   %-6s %4d answers\n", $2, $1 }'
failed=$(( requests - $(echo "$answers" | grep -c . || true) ))
echo "   failed: $failed"

if [ "$balancer" = napt ]; then
  echo "== NAPT flows in the switch (first two)"
  { lab flows | grep "priority=1000" | head -2 | sed "s/^ */   /"; } || true
else
  echo "== flows in the switch (first two with traffic)"
  { lab flows | grep -v "OFPST_FLOW" | grep -v "n_packets=0," | head -2 | sed "s/^ */   /"; } || true
fi

if command -v ab >/dev/null; then
  echo "== ab: 2000 connections at concurrency 20"
  timeout 60 ip netns exec "$prefix-client" ab -q -t 30 -n 2000 -c 20 http://10.10.10.1/ 2>&1 </dev/null | grep -E "Complete requests|Failed requests|Requests per second" | sed 's/^/   /' || true
fi

sleep 1
echo "== $name status"
grep "status " "$log" | tail -3 | sed "s/.*status /   /"
