#!/usr/bin/env bash
# New TCP connections per second through the switch, per balancer and mode, each row in a fresh lab.
#
#   sudo lab/bench-modes.sh [-n CONNECTIONS] [-c CONCURRENCY] [-t SECONDS] [-r REPEAT] [--rows 1,6,7,8] [--build] [--capture]
#                        [-- options for every balancer, e.g. --Balancer:Napt:QuarantineSeconds=0]
#
# ab runs in the client namespace against http://10.10.10.1/ (keep-alive off: one request per connection), after a
# warm-up of 100 connections, REPEAT times in the same lab; the table shows the median. Rows:
#   1 NaptBalance reactive      napt topology
#   2 NaptBalance proactive     napt topology
#   3 NaptBalance conntrack     napt topology
#   4 MacBalance  reactive      mac topology
#   5 MacBalance  proactive     mac topology
#   6 static DNAT               napt topology, no controller (lab/static-flows/napt-dnat.flows), srv1 only
#   7 static MAC rewrite        mac topology, no controller (lab/static-flows/mac-rewrite.flows), srv1 only
#   8 static conntrack NAPT     napt topology, no controller (lab/static-flows/napt-conntrack.flows), srv1 only
#   9 static conntrack NAPT     napt topology, no controller, a select group spreads new connections over srv1 and
#                               srv2 (lab/static-flows/napt-conntrack-group.flows)
# A balancer row whose dll is absent, or whose balancer exits before serving (e.g. "Mode ... is not supported"), is
# reported "not available" with the reason. PacketIns per ab run: the controller's running total (`packetins=` in
# its status line) before and after the ab runs, divided by REPEAT. --capture also records the control channel
# (Controller:CapturePath) and counts the PACKET_INs on the wire during the ab runs with tshark (costs the controller
# a file write per message, so its connections/s are lower).
#
# Options: -n connections per ab run (5000), -c concurrency (20), -t cap in seconds per ab run (30), -r ab runs per
# row (3), --rows LIST (default 1-9), --build (dotnet build -c Release the samples first; without it a missing dll is
# built), --capture, -p PREFIX for the labs (default $BENCH_PREFIX or "bm"). Needs root. Results and logs stay in
# /tmp/bench-modes.*; the table also in its table.md.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

connections=5000
concurrency=20
cap=30
rows="1,2,3,4,5,6,7,8,9"
build=0
capture=0
prefix=${BENCH_PREFIX:-bm}
warmup=100
extra=()
repeat=3

usage() { sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    -n) connections=$2; shift 2 ;;
    -c) concurrency=$2; shift 2 ;;
    -t) cap=$2; shift 2 ;;
    -p) prefix=$2; shift 2 ;;
    -r|--repeat) repeat=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --rows=*) rows=${1#--rows=}; shift ;;
    --build) build=1; shift ;;
    --capture) capture=1; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "bench-modes: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
for v in "$connections" "$concurrency" "$cap" "$repeat"; do
  case "$v" in ''|*[!0-9]*|0) echo "bench-modes: -n, -c, -t and -r take positive numbers" >&2; exit 2 ;; esac
done
rows=$(echo "$rows" | tr ',' ' ')
for r in $rows; do
  case "$r" in [1-9]) ;; *) echo "bench-modes: no row '$r' (1-9)" >&2; exit 2 ;; esac
done
if [ "$(id -u)" -ne 0 ]; then echo "bench-modes: needs root (network namespaces and Open vSwitch)" >&2; exit 1; fi
for tool in ovs-vswitchd ab curl ip; do
  command -v "$tool" >/dev/null || { echo "bench-modes: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
if [ "$capture" = 1 ] && ! command -v tshark >/dev/null; then
  echo "bench-modes: --capture needs tshark" >&2; exit 1
fi

if [ $((warmup + repeat * connections)) -gt 30000 ]; then
  echo "bench-modes: warning: $((warmup + repeat * connections)) connections per row: the client will reuse source ports" \
    "within a row, and a reused 4-tuple may meet the flows of an earlier connection" >&2
fi
out=$(mktemp -d /tmp/bench-modes.XXXXXX)
lab() { bash "$here/lab.sh" -p "$prefix" "$@"; }
# lab_up ROW TOPOLOGY: a fresh lab whose client has the widest ephemeral port range, so that no source port is used
# twice in a row (Linux hands out even ports first, ~32,000 of them here): a reused 4-tuple would find the flows of
# an earlier connection and bypass the controller, or race with their expiry.
lab_up() {
  lab -t "$2" up >"$out/row$1-lab.txt" 2>&1 || return 1
  ip netns exec "$prefix-client" sh -c 'echo "1024 65535" > /proc/sys/net/ipv4/ip_local_port_range'
}

ctl_pid=
stop_controller() {
  if [ -n "$ctl_pid" ] && kill -0 "$ctl_pid" 2>/dev/null; then
    kill -TERM "$ctl_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$ctl_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$ctl_pid" 2>/dev/null || true
  fi
  [ -n "$ctl_pid" ] && wait "$ctl_pid" 2>/dev/null
  ctl_pid=
}
cleanup() {
  stop_controller
  lab down >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# ---- the balancers -------------------------------------------------------------------------------------------------
napt_dll=samples/NaptBalance/bin/Release/net10.0/NaptBalance.dll
mac_dll=samples/MacBalance/bin/Release/net10.0/MacBalance.dll

# build_sample DIR DLL: builds when --build or when the dll is missing; returns 1 (with a reason on stdout) when there
# is nothing to run.
declare -A built
build_sample() {
  local dir=$1 dll=$2
  if [ ! -d "$dir" ] || ! ls "$dir"/*.csproj >/dev/null 2>&1; then
    echo "$dir is absent"; return 1
  fi
  if [ -z "${built[$dir]:-}" ] && { [ "$build" = 1 ] || [ ! -f "$dll" ]; }; then
    say "building $dir (Release)"
    if ! dotnet build "$dir" -c Release --nologo -v quiet -clp:ErrorsOnly >"$out/build-$(basename "$dir").log" 2>&1; then
      built[$dir]=failed
    else
      built[$dir]=ok
    fi
  fi
  if [ "${built[$dir]:-}" = failed ]; then echo "the build of $dir failed (see $out/build-$(basename "$dir").log)"; return 1; fi
  [ -f "$dll" ] || { echo "$dll is missing after the build"; return 1; }
  return 0
}

# ---- ab --------------------------------------------------------------------------------------------------------------
# run_ab N FILE: ab from the client to the VIP, capped by -t (given before -n: ab's -t resets -n otherwise) and by timeout.
run_ab() {
  local n=$1 file=$2
  timeout $((cap + 20)) ip netns exec "$prefix-client" \
    ab -q -r -t "$cap" -n "$n" -c "$concurrency" -s 10 http://10.10.10.1/ >"$file" 2>&1 </dev/null
}
ab_field() { sed -n "s/^$1:[[:space:]]*\([0-9.]*\).*/\1/p" "$2" | head -1; }

# ---- results ---------------------------------------------------------------------------------------------------------
declare -A r_bal r_mode r_topo r_cps r_failed r_pins r_wire r_notes

# measure ROW [HOOK]: warm-up, HOOK (if any), then REPEAT measured ab runs; fills r_cps (the median), r_failed (the sum),
# r_notes and the epoch times t_start/t_end around all measured runs.
t_start=0 t_end=0
measure() {
  local row=$1 hook=${2:-}
  run_ab "$warmup" "$out/row$row-warmup.txt" || true
  sleep 0.5
  [ -n "$hook" ] && "$hook"
  local i rc file complete failed rps non2xx all=() failed_sum=0 notes=""
  t_start=$(date +%s.%N)
  for i in $(seq 1 "$repeat"); do
    [ "$i" -gt 1 ] && sleep 1
    file="$out/row$row-ab$i.txt"
    run_ab "$connections" "$file"
    rc=$?
    complete=$(ab_field "Complete requests" "$file")
    failed=$(ab_field "Failed requests" "$file")
    rps=$(ab_field "Requests per second" "$file")
    non2xx=$(ab_field "Non-2xx responses" "$file")
    if [ -z "$complete" ]; then
      # ab gives up on the whole run when one connection stays unanswered for -s seconds ("apr_pollset_poll: The
      # timeout specified has expired", then "Total of N requests completed"): count the rest as failed.
      local done_n
      done_n=$(sed -n 's/^Total of \([0-9]*\) requests completed.*/\1/p' "$file" | head -1)
      if [ -n "$done_n" ]; then
        failed_sum=$((failed_sum + connections - done_n))
        notes="${notes}run $i: ab gave up after $done_n of $connections ($(grep -o 'apr_[a-z_]*: [^(]*' "$file" | head -1 | sed 's/ *$//')), not in the median; "
      else
        notes="${notes}run $i: ab failed (rc $rc): $(grep -v '^$' "$file" | tail -1 | tr '|' '/'); "
      fi
      continue
    fi
    all+=("$(printf '%.0f' "$rps")")
    failed_sum=$((failed_sum + failed))
    [ "$complete" -lt "$connections" ] && notes="${notes}run $i: only $complete of $connections completed within ${cap}s; "
    [ -n "$non2xx" ] && [ "$non2xx" != 0 ] && notes="${notes}run $i: $non2xx non-2xx; "
    [ "$rc" -ne 0 ] && notes="${notes}run $i: ab rc $rc; "
  done
  t_end=$(date +%s.%N)
  if [ ${#all[@]} -eq 0 ]; then
    r_cps[$row]="—"
    if [ "$failed_sum" -gt 0 ]; then r_failed[$row]=$failed_sum; else r_failed[$row]="—"; fi
  else
    local sorted
    sorted=$(printf '%s\n' "${all[@]}" | sort -n)
    r_cps[$row]=$(echo "$sorted" | sed -n "$(( (${#all[@]} + 1) / 2 ))p")
    r_failed[$row]=$failed_sum
    [ ${#all[@]} -gt 1 ] && notes="${notes}median of ${#all[@]} runs ($(IFS=/; echo "${all[*]}") in order); "
  fi
  r_notes[$row]="${r_notes[$row]:-}$notes"
}
# ---- controller rows -----------------------------------------------------------------------------------------------
status_count() { grep -c "packetins=" "$1" 2>/dev/null || true; }
last_packetins() { grep -o "packetins=[0-9]*" "$1" | tail -1 | cut -d= -f2; }
# wait_status LOG N: waits (up to 6 s) until N more status lines than now have been logged.
wait_status() {
  local log=$1 want=$(( $(status_count "$1") + $2 ))
  for _ in $(seq 1 60); do
    [ "$(status_count "$log")" -ge "$want" ] && return 0
    sleep 0.1
  done
  return 1
}

controller_row() {
  local row=$1 name=$2 mode=$3 topo=$4 dir=$5 dll=$6
  shift 6
  local why
  if ! why=$(build_sample "$dir" "$dll"); then
    r_notes[$row]="not available: $why"
    return
  fi
  say "row $row: $name $mode ($topo topology)"
  lab_up "$row" "$topo" || { r_notes[$row]="lab up failed (see $out/row$row-lab.txt)"; return; }
  local p1 log="$out/row$row-controller.log" pcap="$out/row$row-control.pcap"
  local args=(--Balancer:Mode="$mode" --Balancer:StatusIntervalSeconds=1 "$@" ${extra[@]+"${extra[@]}"})
  [ "$capture" = 1 ] && args+=(--Controller:CapturePath="$pcap")
  ip netns exec "$prefix-sw" dotnet "$dll" "${args[@]}" >"$log" 2>&1 </dev/null &
  ctl_pid=$!
  local ready=0
  for _ in $(seq 1 300); do
    if grep -q "Serving switch" "$log" && grep -q "srv1 is UP" "$log" && grep -q "srv2 is UP" "$log"; then ready=1; break; fi
    kill -0 "$ctl_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ "$ready" = 0 ]; then
    if ! kill -0 "$ctl_pid" 2>/dev/null; then
      wait "$ctl_pid"
      local rc=$?
      ctl_pid=
      why=$(grep -v '^[[:space:]]*$' "$log" | grep -iE "not supported|error|fail|exception|$name:" | head -1)
      [ -n "$why" ] || why=$(grep -v '^[[:space:]]*$' "$log" | tail -1)
      r_notes[$row]="not available: the balancer exited (code $rc) before serving: $(echo "$why" | tr '|' '/' | cut -c1-200)"
    else
      stop_controller
      r_notes[$row]="not available: no 'Serving switch' and both servers UP within 30 s (see $log)"
    fi
    lab down >/dev/null 2>&1
    return
  fi
  if [ "$(lab exec client curl -s -m 5 http://10.10.10.1/)" = "" ]; then
    r_notes[$row]="curl through the balancer got no answer; "
  fi
  # PacketIns during the run: the running total from the status line (every second) just before and after it.
  p0=
  packetins_before() { wait_status "$log" 2; p0=$(last_packetins "$log"); }
  measure "$row" packetins_before
  wait_status "$log" 2
  p1=$(last_packetins "$log")
  if [ -n "$p0" ] && [ -n "$p1" ]; then
    # Per ab run of $connections connections (the runs are alike), and per connection.
    local pins=$(( (p1 - p0) / repeat ))
    r_pins[$row]="$pins ($(awk -v p="$pins" -v n="$connections" 'BEGIN { printf "%.1f", p / n }')/conn)"
  else
    r_pins[$row]="?"
  fi
  stop_controller
  if [ "$capture" = 1 ] && [ -s "$pcap" ]; then
    r_wire[$row]=$(( $(tshark -r "$pcap" -Y "openflow_v4.type == 10 && frame.time_epoch >= $t_start && frame.time_epoch <= $t_end" 2>/dev/null | wc -l) / repeat ))
  fi
  lab down >/dev/null 2>&1
}

# ---- static rows ---------------------------------------------------------------------------------------------------
static_row() {
  local row=$1 topo=$2 flows=$3 expect=${4:-srv1}
  say "row $row: static $(basename "$flows") ($topo topology, no controller)"
  # The file names the neighbour entries it needs as "# neigh ROLE IP MAC" and its groups as "# group GROUP-SPEC".
  lab_up "$row" "$topo" || { r_notes[$row]="lab up failed (see $out/row$row-lab.txt)"; return; }
  lab vsctl del-controller br0
  local role ip mac
  while read -r _ _ role ip mac; do
    lab exec "$role" ip neigh replace "$ip" lladdr "$mac" dev eth0 nud permanent
  done < <(grep '^# neigh ' "$flows")
  local group
  while read -r group; do
    lab ofctl add-group "$group" >>"$out/row$row-flows.txt" 2>&1
  done < <(sed -n 's/^# group //p' "$flows")
  if ! lab ofctl add-flows "$flows" >>"$out/row$row-flows.txt" 2>&1; then
    r_notes[$row]="add-flows failed: $(tail -1 "$out/row$row-flows.txt" | tr '|' '/')"
    lab down >/dev/null 2>&1
    return
  fi
  local answer
  answer=$(lab exec client curl -s -m 5 http://10.10.10.1/)
  if ! [[ "$answer" =~ ^($expect)$ ]]; then
    r_notes[$row]="curl through the static flows got '${answer}' instead of $expect"
    lab down >/dev/null 2>&1
    return
  fi
  measure "$row"
  r_pins[$row]="— (no controller)"
  lab flows >"$out/row$row-flows-after.txt" 2>&1
  lab down >/dev/null 2>&1
}

# ---- the rows ------------------------------------------------------------------------------------------------------
napt_opts=(--Balancer:Napt:IdleTimeoutSeconds=5)
run_row() {
  case "$1" in
    1) r_bal[1]=NaptBalance r_mode[1]=reactive r_topo[1]=napt
       controller_row 1 NaptBalance reactive napt samples/NaptBalance "$napt_dll" "${napt_opts[@]}" ;;
    2) r_bal[2]=NaptBalance r_mode[2]=proactive r_topo[2]=napt
       controller_row 2 NaptBalance proactive napt samples/NaptBalance "$napt_dll" "${napt_opts[@]}" ;;
    3) r_bal[3]=NaptBalance r_mode[3]=conntrack r_topo[3]=napt
       controller_row 3 NaptBalance conntrack napt samples/NaptBalance "$napt_dll" "${napt_opts[@]}" ;;
    4) r_bal[4]=MacBalance r_mode[4]=reactive r_topo[4]=mac
       controller_row 4 MacBalance reactive mac samples/MacBalance "$mac_dll" ;;
    5) r_bal[5]=MacBalance r_mode[5]=proactive r_topo[5]=mac
       controller_row 5 MacBalance proactive mac samples/MacBalance "$mac_dll" ;;
    6) r_bal[6]="static flows (DNAT, srv1)" r_mode[6]="no controller" r_topo[6]=napt
       static_row 6 napt "$here/static-flows/napt-dnat.flows" ;;
    7) r_bal[7]="static flows (MAC rewrite, srv1)" r_mode[7]="no controller" r_topo[7]=mac
       static_row 7 mac "$here/static-flows/mac-rewrite.flows" ;;
    8) r_bal[8]="static flows (conntrack NAPT, srv1)" r_mode[8]="no controller" r_topo[8]=napt
       static_row 8 napt "$here/static-flows/napt-conntrack.flows" ;;
    9) r_bal[9]="static flows (conntrack NAPT, select group over srv1+srv2)" r_mode[9]="no controller" r_topo[9]=napt
       static_row 9 napt "$here/static-flows/napt-conntrack-group.flows" 'srv1|srv2' ;;
  esac
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
cpu=$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo | head -1)
header() {
  echo "bench-modes: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores (${cpu:-unknown CPU}), $(ovs-vswitchd --version | head -1)," \
    "kernel $(uname -r), dotnet $(dotnet --version 2>/dev/null || echo '?'), load average $load_start at the start"
  echo "ab -n $connections -c $concurrency (cap ${cap}s) from the client namespace to http://10.10.10.1/, one request per" \
    "connection, after $warmup warm-up connections; median of $repeat runs; each row in a fresh lab ($prefix); logs in $out"
}
header >&2
for r in $rows; do
  run_row "$r"
  lab down >/dev/null 2>&1 || true
done

{
  echo
  header
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the numbers)"
  echo
  if [ "$capture" = 1 ]; then
    echo "| # | balancer | mode | topology | connections/s | failed | PacketIns (controller) | PacketIns (wire) | notes |"
    echo "|---|---|---|---|---:|---:|---:|---:|---|"
  else
    echo "| # | balancer | mode | topology | connections/s | failed | PacketIns (controller) | notes |"
    echo "|---|---|---|---|---:|---:|---:|---|"
  fi
  for r in $rows; do
    notes=${r_notes[$r]:-}
    notes=${notes%; }
    cps=${r_cps[$r]:-—} failed=${r_failed[$r]:-—} pins=${r_pins[$r]:-—}
    if [ "$capture" = 1 ]; then
      echo "| $r | ${r_bal[$r]} | ${r_mode[$r]} | ${r_topo[$r]} | $cps | $failed | $pins | ${r_wire[$r]:-—} | $notes |"
    else
      echo "| $r | ${r_bal[$r]} | ${r_mode[$r]} | ${r_topo[$r]} | $cps | $failed | $pins | $notes |"
    fi
  done
} | tee "$out/table.md"
