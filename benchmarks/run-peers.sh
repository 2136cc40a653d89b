#!/usr/bin/env bash
# Runs the switch emulator against NaptBalance (napt workload), LearningSwitch (l2) and ovs-testcontroller (l2),
# controller pinned to one core and emulator to another, and prints one table.
#   benchmarks/run-peers.sh                      # 10 s per run, 1 and 4 switches, throughput and latency
#   SECONDS_PER_RUN=5 SWITCHES="1" MODES="throughput" PEERS="napt ovs" benchmarks/run-peers.sh
# Needs: dotnet, python3, taskset (util-linux), ovs-testcontroller (Debian openvswitch-testcontroller; skipped if absent).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
SWITCHES=${SWITCHES:-"1 4"}
MODES=${MODES:-"throughput latency"}
PEERS=${PEERS:-"napt learning ovs"}
IN_FLIGHT=${IN_FLIGHT:-64}
PORT=${PORT:-16653}
CONTROLLER_CPU=${CONTROLLER_CPU:-0}
EMULATOR_CPU=${EMULATOR_CPU:-1}
OUT=$(mktemp -d /tmp/run-peers.XXXXXX)

pin() { # pin CPU command...: exec under taskset when there is one and the core exists (keeps the caller's pid)
  local cpu=$1; shift
  if command -v taskset >/dev/null && [ "$(nproc)" -gt "$cpu" ]; then exec taskset -c "$cpu" "$@"; else exec "$@"; fi
}
listening() { (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; }

echo "building (Release)..." >&2
for p in benchmarks/SwitchEmulator samples/NaptBalance samples/LearningSwitch; do
  dotnet build -c Release --nologo -v q "$p" >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }
done
EMU=benchmarks/SwitchEmulator/bin/Release/net10.0/SwitchEmulator
NAPT_DIR=samples/NaptBalance/bin/Release/net10.0
LEARN_DIR=samples/LearningSwitch/bin/Release/net10.0

CONTROLLER_PID=
stop_controller() {
  if [ -n "$CONTROLLER_PID" ]; then kill "$CONTROLLER_PID" 2>/dev/null || true; wait "$CONTROLLER_PID" 2>/dev/null || true; CONTROLLER_PID=; fi
  for _ in $(seq 50); do listening || return 0; sleep 0.1; done
}
trap stop_controller EXIT

start_controller() { # peer
  # Never measure a stranger: the port must be free before the controller under test takes it.
  if listening; then echo "port $PORT is already in use; set PORT=..." >&2; exit 1; fi
  case $1 in
    napt)
      (cd "$NAPT_DIR" && pin "$CONTROLLER_CPU" ./NaptBalance --Controller:Listen=127.0.0.1:$PORT \
        --Balancer:Napt:QuarantineSeconds=0 --Balancer:Servers:0:ProbeUrl= --Balancer:Servers:1:ProbeUrl= \
        --Logging:LogLevel:Default=Warning) >"$OUT/$1.log" 2>&1 &
      CONTROLLER_PID=$! ;;
    learning)
      (cd "$LEARN_DIR" && pin "$CONTROLLER_CPU" ./LearningSwitch --Controller:Listen=127.0.0.1:$PORT \
        --Logging:LogLevel:Default=Warning) >"$OUT/$1.log" 2>&1 &
      CONTROLLER_PID=$! ;;
    ovs)
      (pin "$CONTROLLER_CPU" ovs-testcontroller -O OpenFlow13 --unixctl="$OUT/ovs-testcontroller.ctl" -vconsole:warn \
        "ptcp:$PORT:127.0.0.1") >"$OUT/$1.log" 2>&1 &
      CONTROLLER_PID=$! ;;
  esac
  for _ in $(seq 100); do # wait for the listener, at most 10 s
    if ! kill -0 "$CONTROLLER_PID" 2>/dev/null; then break; fi
    if listening; then sleep 0.5; return 0; fi
    sleep 0.1
  done
  echo "$1 did not listen on $PORT; its log:" >&2; cat "$OUT/$1.log" >&2; return 1
}

: >"$OUT/results.jsonl"
for peer in $PEERS; do
  if [ "$peer" = ovs ] && ! command -v ovs-testcontroller >/dev/null; then
    echo "ovs-testcontroller not installed (apt-get install openvswitch-testcontroller): skipped" >&2; continue
  fi
  workload=l2; [ "$peer" = napt ] && workload=napt
  for mode in $MODES; do
    for n in $SWITCHES; do
      # A fresh controller per run: no flows, MACs or NAPT ports left over from the previous one.
      start_controller "$peer"
      echo "== $peer $mode $n switch(es)" >&2
      json=$( (pin "$EMULATOR_CPU" "$EMU" --controller 127.0.0.1:$PORT --switches "$n" --seconds "$SECONDS_PER_RUN" \
        --mode "$mode" --workload "$workload" --in-flight "$IN_FLIGHT" --json) 2>>"$OUT/emulator.log" || true)
      stop_controller
      [ -n "$json" ] && echo "{\"peer\":\"$peer\",${json#\{}" >>"$OUT/results.jsonl"
    done
  done
done

python3 - "$OUT/results.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
names = {"napt": "NaptBalance (.NET)", "learning": "LearningSwitch (.NET)", "ovs": "ovs-testcontroller (C)"}
base = {(r["mode"], r["switches"]): r["packetins_answered_per_s"] for r in rows if r["peer"] == "ovs"}
print("| controller | workload | mode | switches | answered/s | flowmods/s | packetouts/s | p50 µs | p99 µs | p99.9 µs | lost | vs ovs |")
print("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    b = base.get((r["mode"], r["switches"]))
    ratio = f'{r["packetins_answered_per_s"] / b:.2f}x' if b else "-"
    sw = f'{r["switches"]}' + (f' ({r["switches_answered"]} answered)' if r["switches_answered"] != r["switches"] else "")
    print(f'| {names.get(r["peer"], r["peer"])} | {r["workload"]} | {r["mode"]} | {sw} | {r["packetins_answered_per_s"]:,.0f} | '
          f'{r["flowmods_per_s"]:,.0f} | {r["packetouts_per_s"]:,.0f} | {r["p50_us"]:.1f} | {r["p99_us"]:.1f} | {r["p999_us"]:.1f} | '
          f'{r["packetins_lost"]} | {ratio} |')
PY
echo "logs and raw JSON: $OUT" >&2
