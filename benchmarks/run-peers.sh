#!/usr/bin/env bash
# Runs the switch emulator against our NaptBalance (napt workload) and LearningSwitch (l2), ovs-testcontroller (l2)
# and the same two apps written for os-ken (benchmarks/peers/osken_l2.py, osken_napt.py), controller pinned to one
# core and emulator to another, a fresh controller per run, and prints one markdown table with the ratios
# (ours ÷ peer, PacketIns answered per second; issue 7's goals: >= 5x ovs-testcontroller, >= 100x os-ken).
#   benchmarks/run-peers.sh                      # 10 s per run, 1 and 4 switches, throughput and latency
#   SECONDS_PER_RUN=5 SWITCHES="1" MODES="throughput" PEERS="napt osken-napt" benchmarks/run-peers.sh
#   IN_FLIGHT=1024 PEERS="napt learning" MODES=throughput benchmarks/run-peers.sh   # keep the controller's core busy
# Each run: WARMUP seconds (default 5) left out of the totals, then SECONDS_PER_RUN measured.
# Needs: dotnet, python3, taskset (util-linux); peers skipped (with the reason) when absent: ovs-testcontroller
# (Debian openvswitch-testcontroller), os-ken (Debian python3-os-ken, run by $OSKEN_PYTHON, default /usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
SWITCHES=${SWITCHES:-"1 4"}
MODES=${MODES:-"throughput latency"}
PEERS=${PEERS:-"napt learning ovs osken-napt osken-l2"}
OSKEN_PYTHON=${OSKEN_PYTHON:-/usr/bin/python3}
IN_FLIGHT=${IN_FLIGHT:-64}
WARMUP=${WARMUP:-5}
# Pinned to one core, .NET waits ten times longer before it recompiles hot code optimised; without this a short run
# measures the JIT's first tier (see "Where the time goes in the live NAPT path" in benchmarks/README.md).
export DOTNET_TC_DelaySingleProcMultiplier=1
PORT=${PORT:-16653}
CONTROLLER_CPU=${CONTROLLER_CPU:-0}
EMULATOR_CPU=${EMULATOR_CPU:-1}
OUT=$(mktemp -d /tmp/run-peers.XXXXXX)

pin() { # pin CPU command...: exec under taskset when there is one and the core exists (keeps the caller's pid)
  local cpu=$1; shift
  if command -v taskset >/dev/null && [ "$(nproc)" -gt "$cpu" ]; then exec taskset -c "$cpu" "$@"; else exec "$@"; fi
}
# CPU accounting, in clock ticks, so the table can say how much else ran on the machine during each run (it may be
# shared): every core's busy time, the controller's own time, and the emulator's (the children this shell has reaped).
busy_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
proc_ticks() { local s; s=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }; s=${s##*) }; set -- $s; echo $(( ${12} + ${13} )); }
reaped_ticks() { local s; s=$(cat "/proc/$$/stat"); s=${s##*) }; set -- $s; echo $(( ${14} + ${15} )); }
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
    osken-l2|osken-napt)
      (pin "$CONTROLLER_CPU" "$OSKEN_PYTHON" -m os_ken.cmd.manager --ofp-listen-host 127.0.0.1 --ofp-tcp-listen-port "$PORT" \
        "benchmarks/peers/${1/-/_}.py") >"$OUT/$1.log" 2>&1 &
      CONTROLLER_PID=$! ;;
    *) echo "unknown peer $1 (napt learning ovs osken-napt osken-l2)" >&2; exit 2 ;;
  esac
  for _ in $(seq 600); do # wait for the listener, at most 60 s (a loaded machine starts .NET and Python slowly)
    if ! kill -0 "$CONTROLLER_PID" 2>/dev/null; then break; fi
    if listening; then sleep 0.5; return 0; fi
    sleep 0.1
  done
  echo "$1 did not listen on $PORT; its log:" >&2; cat "$OUT/$1.log" >&2; stop_controller; return 1
}

: >"$OUT/results.jsonl"
: >"$OUT/skipped.txt"
skip() { echo "$1: skipped, $2" | tee -a "$OUT/skipped.txt" >&2; }
for peer in $PEERS; do
  case $peer in
    ovs) command -v ovs-testcontroller >/dev/null ||
      { skip "$peer" "ovs-testcontroller not installed (apt-get install openvswitch-testcontroller)"; continue; } ;;
    osken-*) "$OSKEN_PYTHON" -c 'import os_ken' 2>/dev/null ||
      { skip "$peer" "$OSKEN_PYTHON cannot import os_ken (apt-get install python3-os-ken, or set OSKEN_PYTHON)"; continue; } ;;
  esac
  workload=l2; case $peer in napt|osken-napt) workload=napt ;; esac
  for mode in $MODES; do
    for n in $SWITCHES; do
      # A fresh controller per run: no flows, MACs or NAPT ports left over from the previous one.
      start_controller "$peer" || { skip "$peer $mode $n" "the controller did not start (log: $OUT/$peer.log)"; continue; }
      echo "== $peer $mode $n switch(es)" >&2
      b0=$(busy_ticks); c0=$(proc_ticks "$CONTROLLER_PID"); r0=$(reaped_ticks); t0=$(date +%s%N)
      json=$( (pin "$EMULATOR_CPU" "$EMU" --controller 127.0.0.1:$PORT --switches "$n" --seconds "$SECONDS_PER_RUN" --warmup "$WARMUP" \
        --mode "$mode" --workload "$workload" --in-flight "$IN_FLIGHT" --json) 2>>"$OUT/emulator.log" || true)
      b1=$(busy_ticks); c1=$(proc_ticks "$CONTROLLER_PID"); r1=$(reaped_ticks); t1=$(date +%s%N)
      stop_controller
      # Busy time of everything but controller and emulator, in % of one core, over the emulator's whole run.
      other=$(( ((b1 - b0) - (c1 - c0) - (r1 - r0)) * 100 * 1000000000 / ($(getconf CLK_TCK) * (t1 - t0)) ))
      ctl=$(( (c1 - c0) * 100 * 1000000000 / ($(getconf CLK_TCK) * (t1 - t0)) ))
      if [ -n "$json" ]; then echo "{\"peer\":\"$peer\",\"other_cpu_pct\":$other,\"controller_cpu_pct\":$ctl,${json#\{}" >>"$OUT/results.jsonl"
      else skip "$peer $mode $n" "no result from the emulator (see $OUT/emulator.log)"; fi
    done
  done
done

python3 - "$OUT/results.jsonl" "$OUT/skipped.txt" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
names = {"napt": "NaptBalance (.NET)", "learning": "LearningSwitch (.NET)", "ovs": "ovs-testcontroller (C)",
         "osken-napt": "osken_napt.py (os-ken)", "osken-l2": "osken_l2.py (os-ken)"}
ours = {"napt": "napt", "l2": "learning"}          # our app for each workload
goals = {"ovs": 5, "osken-napt": 100, "osken-l2": 100}
order = ["napt", "learning", "ovs", "osken-napt", "osken-l2"]
key = lambda r: (r["workload"] != "napt", r["mode"] != "throughput", r["switches"], order.index(r["peer"]) if r["peer"] in order else 9)
rows.sort(key=key)
ours_rate = {(r["workload"], r["mode"], r["switches"]): r["packetins_answered_per_s"] for r in rows if r["peer"] == ours.get(r["workload"])}
print("| workload | mode | switches | controller | answered/s | flowmods/s | packetouts/s | p50 µs | p99 µs | p99.9 µs | lost | ctl CPU % | other CPU % | ours ÷ this (goal) |")
print("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for r in rows:
    ratio = "-"
    if r["peer"] in goals:
        o = ours_rate.get((r["workload"], r["mode"], r["switches"]))
        if o is None:
            ratio = "no run of ours"
        elif r["packetins_answered_per_s"] == 0:
            ratio = "∞ (answered none)"
        else:
            x = o / r["packetins_answered_per_s"]
            ratio = f'{x:,.1f}x (≥{goals[r["peer"]]}x: {"met" if x >= goals[r["peer"]] else "**missed**"})'
    sw = f'{r["switches"]}' + (f' ({r["switches_answered"]} answered)' if r["switches_answered"] != r["switches"] else "")
    print(f'| {r["workload"]} | {r["mode"]} | {sw} | {names.get(r["peer"], r["peer"])} | {r["packetins_answered_per_s"]:,.0f} | '
          f'{r["flowmods_per_s"]:,.0f} | {r["packetouts_per_s"]:,.0f} | {r["p50_us"]:,.1f} | {r["p99_us"]:,.1f} | {r["p999_us"]:,.1f} | '
          f'{r["packetins_lost"]:,} | {r.get("controller_cpu_pct", "?")} | {r.get("other_cpu_pct", "?")} | {ratio} |')
skipped = [l.strip() for l in open(sys.argv[2]) if l.strip()]
if skipped:
    print()
    for l in skipped:
        print(f"- {l}")
PY
echo "logs and raw JSON: $OUT" >&2
