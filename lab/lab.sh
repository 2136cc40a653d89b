#!/usr/bin/env bash
# The design note's two topologies with Open vSwitch (userspace datapath) in network namespaces.
#
# napt (NAPTBalance, the default):
#   client ns (10.10.10.2/24, default via 10.10.10.1)                   -- OpenFlow port 1 (c1)
#   srv1 ns   (data 10.10.11.11/24 gw 10.10.11.1, mgmt 10.10.13.11/24)  -- port 2 (s1)
#   srv2 ns   (data 10.10.11.12/24 gw 10.10.11.1, mgmt 10.10.13.12/24)  -- port 3 (s2)
# mac (MacBalance):
#   client ns (10.10.10.2/24, no default route: the VIP is on-link)      -- OpenFlow port 1 (c1)
#   srv1 ns   (data 10.10.10.1/24 gw 10.10.10.10, mgmt 10.10.13.11/24)  -- port 2 (s1)
#   srv2 ns   (data 10.10.10.1/24 gw 10.10.10.10, mgmt 10.10.13.12/24)  -- port 3 (s2)
#   (both servers hold the service address 10.10.10.1; 10.10.10.10 exists only in the controller's ARP answers)
# both:
#   sw ns     ovsdb-server + ovs-vswitchd (br0, datapath_type=netdev, OpenFlow13, fail_mode=secure,
#             controller tcp:127.0.0.1:6653) and a Linux bridge "mgmt" with 10.10.13.1/24 for health probes;
#             the controller runs here too (lab.sh exec sw ...).
#
# Usage: lab.sh [-p PREFIX] [-t napt|mac] up | down | status | exec ROLE CMD... | web SERVER fast|slow DELAY_MS|stop
#               | flows | ofctl CMD ARGS... | vsctl ARGS... | topology
#   ROLE is sw, client, srv1 or srv2. PREFIX (default $LAB_PREFIX or "nb") names the namespaces (PREFIX-sw, ...)
#   and the run directory (/tmp/PREFIX-lab), so several labs can coexist. The topology (default $LAB_TOPOLOGY or
#   napt) is chosen at `up` and remembered in the run directory: later commands need no -t.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
prefix=${LAB_PREFIX:-nb}
topology_arg=${LAB_TOPOLOGY:-}
topology_flag=
while [ $# -gt 0 ]; do
  case "$1" in
    -p) prefix=$2; shift 2 ;;
    -t) topology_arg=$2; topology_flag=$2; shift 2 ;;
    *) break ;;
  esac
done
cmd=${1:-status}
[ $# -gt 0 ] && shift

run=/tmp/$prefix-lab
# The topology: the one the running lab was built with, else -t / LAB_TOPOLOGY, else napt.
if [ "$cmd" != up ] && [ -f "$run/topology" ]; then
  topology=$(cat "$run/topology")
  if [ -n "$topology_flag" ] && [ "$topology_flag" != "$topology" ] && [ "$cmd" != down ]; then
    echo "lab: lab $prefix runs the $topology topology (ignoring -t $topology_flag)" >&2
  fi
else
  topology=${topology_arg:-napt}
fi
case "$topology" in
  napt|mac) ;;
  *) echo "lab: unknown topology '$topology' (napt or mac)" >&2; exit 2 ;;
esac
ns_sw=$prefix-sw
ns_client=$prefix-client
ns_srv1=$prefix-srv1
ns_srv2=$prefix-srv2
dpid=${LAB_DPID:-00000000000000a1}
controller=${LAB_CONTROLLER:-tcp:127.0.0.1:6653}

# Fixed MAC addresses (the NaptBalance defaults in appsettings.json name the same ones).
mac_client=02:00:0a:0a:0a:02
mac_srv1=02:00:0a:0a:0b:0b
mac_srv2=02:00:0a:0a:0b:0c

ns_of() {
  case "$1" in
    sw) echo "$ns_sw" ;; client) echo "$ns_client" ;; srv1) echo "$ns_srv1" ;; srv2) echo "$ns_srv2" ;;
    *) echo "lab: unknown role '$1' (sw, client, srv1, srv2)" >&2; exit 2 ;;
  esac
}

vsctl() { ip netns exec "$ns_sw" ovs-vsctl --db="unix:$run/db.sock" --timeout=10 "$@"; }

stop_pidfile() {
  local f=$1
  [ -f "$f" ] || return 0
  local pid
  pid=$(cat "$f" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

web_stop() {
  local s=$1
  stop_pidfile "$run/$s-nginx.pid"
  stop_pidfile "$run/$s-web.pid"
}

web_fast() {
  local s=$1 ns
  ns=$(ns_of "$s")
  web_stop "$s"
  mkdir -p "$run/$s-www" "$run/$s-tmp"
  echo "$s" > "$run/$s-www/index.html"
  # A large file for slow downloads (curl --limit-rate) in restart tests.
  [ -f "$run/$s-www/big.bin" ] || head -c 4194304 /dev/zero > "$run/$s-www/big.bin"
  if command -v nginx >/dev/null 2>&1; then
    cat > "$run/$s-nginx.conf" <<CONF
user root;
worker_processes 1;
pid $run/$s-nginx.pid;
error_log $run/$s-nginx.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $run/$s-tmp/body;
  proxy_temp_path $run/$s-tmp/proxy;
  fastcgi_temp_path $run/$s-tmp/fastcgi;
  uwsgi_temp_path $run/$s-tmp/uwsgi;
  scgi_temp_path $run/$s-tmp/scgi;
  keepalive_timeout 0;
  server {
    listen 0.0.0.0:80 reuseport;
    root $run/$s-www;
    location / { index index.html; }
  }
}
CONF
    ip netns exec "$ns" nginx -c "$run/$s-nginx.conf"
  else
    ip netns exec "$ns" python3 "$here/web_server.py" --name "$s" --root "$run/$s-www" --delay-ms 0 \
      --pidfile "$run/$s-web.pid" >"$run/$s-web.log" 2>&1 &
  fi
  wait_web "$s"
}

web_slow() {
  local s=$1 delay=${2:-300} ns
  ns=$(ns_of "$s")
  web_stop "$s"
  mkdir -p "$run/$s-www"
  echo "$s" > "$run/$s-www/index.html"
  ip netns exec "$ns" python3 "$here/web_server.py" --name "$s" --root "$run/$s-www" --delay-ms "$delay" \
    --pidfile "$run/$s-web.pid" >"$run/$s-web.log" 2>&1 &
  wait_web "$s"
}

wait_web() {
  local s=$1 ns
  ns=$(ns_of "$s")
  for _ in $(seq 1 50); do
    ip netns exec "$ns" bash -c 'exec 3<>/dev/tcp/127.0.0.1/80' 2>/dev/null && return 0
    sleep 0.1
  done
  echo "lab: the web server of $s did not start" >&2
  return 1
}

down() {
  for s in srv1 srv2; do web_stop "$s"; done
  stop_pidfile "$run/ovs-vswitchd.pid"
  stop_pidfile "$run/ovsdb-server.pid"
  for ns in "$ns_client" "$ns_srv1" "$ns_srv2" "$ns_sw"; do
    ip netns del "$ns" 2>/dev/null || true
  done
  rm -rf "$run"
}

# Addresses of the data network per topology.
#   napt: client 10.10.10.2 via 10.10.10.1 (the VIP, answered by the controller); servers 10.10.11.11/.12 via 10.10.11.1
#   mac:  client 10.10.10.2 on-link with the VIP; both servers hold 10.10.10.1, via 10.10.10.10
data_addresses() {
  if [ "$topology" = mac ]; then
    ip -n "$ns_client" addr add 10.10.10.2/24 dev eth0
    ip -n "$ns_srv1" addr add 10.10.10.1/24 dev eth0
    ip -n "$ns_srv1" route add default via 10.10.10.10
    ip -n "$ns_srv2" addr add 10.10.10.1/24 dev eth0
    ip -n "$ns_srv2" route add default via 10.10.10.10
  else
    ip -n "$ns_client" addr add 10.10.10.2/24 dev eth0
    ip -n "$ns_client" route add default via 10.10.10.1
    ip -n "$ns_srv1" addr add 10.10.11.11/24 dev eth0
    ip -n "$ns_srv1" route add default via 10.10.11.1
    ip -n "$ns_srv2" addr add 10.10.11.12/24 dev eth0
    ip -n "$ns_srv2" route add default via 10.10.11.1
  fi
}

host_link() {
  # host_link NS IFNAME_IN_SW IFNAME_IN_HOST MAC
  local ns=$1 swif=$2 hostif=$3 mac=$4
  ip -n "$ns_sw" link add "$swif" type veth peer name "$hostif" netns "$ns"
  ip -n "$ns" link set "$hostif" address "$mac"
  # No IPv6 on the data links: its neighbour discovery and MLD would only reach the controller as PacketIns.
  ip netns exec "$ns" sh -c "echo 1 > /proc/sys/net/ipv6/conf/$hostif/disable_ipv6" 2>/dev/null || true
  ip netns exec "$ns_sw" sh -c "echo 1 > /proc/sys/net/ipv6/conf/$swif/disable_ipv6" 2>/dev/null || true
  ip -n "$ns_sw" link set "$swif" up
  ip -n "$ns" link set "$hostif" up
  ip netns exec "$ns" ethtool -K "$hostif" tx off >/dev/null
}

up() {
  command -v ovs-vswitchd >/dev/null || { echo "lab: Open vSwitch is not installed (scripts/install-deps.sh)" >&2; exit 1; }
  down
  mkdir -p "$run"
  echo "$topology" > "$run/topology"
  for ns in "$ns_sw" "$ns_client" "$ns_srv1" "$ns_srv2"; do
    ip netns add "$ns"
    ip -n "$ns" link set lo up
  done

  # Data plane links: client c1 (port 1), servers s1/s2 (ports 2, 3).
  host_link "$ns_client" c1 eth0 "$mac_client"
  host_link "$ns_srv1" s1 eth0 "$mac_srv1"
  host_link "$ns_srv2" s2 eth0 "$mac_srv2"
  data_addresses

  # Management network: a Linux bridge in the switch namespace, the controller side is 10.10.13.1.
  ip -n "$ns_sw" link add mgmt type bridge
  ip -n "$ns_sw" addr add 10.10.13.1/24 dev mgmt
  ip -n "$ns_sw" link set mgmt up
  local i=11
  for s in srv1 srv2; do
    local ns
    ns=$(ns_of "$s")
    ip -n "$ns_sw" link add "m$s" type veth peer name eth1 netns "$ns"
    ip -n "$ns_sw" link set "m$s" master mgmt up
    ip -n "$ns" addr add "10.10.13.$i/24" dev eth1
    ip -n "$ns" link set eth1 up
    i=$((i + 1))
  done

  # Open vSwitch with its own run directory.
  export OVS_RUNDIR=$run OVS_LOGDIR=$run OVS_DBDIR=$run
  ovsdb-tool create "$run/conf.db" /usr/share/openvswitch/vswitch.ovsschema
  ip netns exec "$ns_sw" ovsdb-server "$run/conf.db" --remote="punix:$run/db.sock" \
    --pidfile="$run/ovsdb-server.pid" --detach --log-file="$run/ovsdb-server.log" -vconsole:off 2>>"$run/daemons.stderr" </dev/null
  vsctl --no-wait init
  ip netns exec "$ns_sw" ovs-vswitchd "unix:$run/db.sock" --pidfile="$run/ovs-vswitchd.pid" --detach \
    --log-file="$run/ovs-vswitchd.log" -vconsole:off 2>>"$run/daemons.stderr" </dev/null
  vsctl add-br br0 -- set bridge br0 datapath_type=netdev protocols=OpenFlow13 fail_mode=secure \
    other-config:datapath-id="$dpid"
  vsctl add-port br0 c1 -- set interface c1 ofport_request=1
  vsctl add-port br0 s1 -- set interface s1 ofport_request=2
  vsctl add-port br0 s2 -- set interface s2 ofport_request=3
  vsctl set-controller br0 "$controller"
  # Let the switch reconnect quickly after a controller restart.
  vsctl set controller br0 max_backoff=1000

  web_fast srv1
  web_fast srv2
  echo "lab $prefix up ($topology topology): namespaces $ns_sw $ns_client $ns_srv1 $ns_srv2, run dir $run, controller $controller"
}

status() {
  if ! ip netns list | grep -qw "$ns_sw"; then echo "lab $prefix: down"; return 1; fi
  echo "lab $prefix: up, $topology topology (run dir $run)"
  if [ "$topology" = mac ]; then
    echo "  client 10.10.10.2/24 (port 1); srv1, srv2 both 10.10.10.1/24 via 10.10.10.10 (ports 2, 3); mgmt 10.10.13.0/24"
  else
    echo "  client 10.10.10.2/24 via 10.10.10.1 (port 1); srv1 10.10.11.11, srv2 10.10.11.12 via 10.10.11.1 (ports 2, 3); mgmt 10.10.13.0/24"
  fi
  vsctl show || true
  ip netns exec "$ns_sw" ovs-ofctl -O OpenFlow13 show "unix:$run/br0.mgmt" || true
}

case "$cmd" in
  up) up ;;
  down) down; echo "lab $prefix down" ;;
  status) status ;;
  exec)
    role=$1; shift
    ns=$(ns_of "$role")
    exec ip netns exec "$ns" "$@"
    ;;
  web)
    s=$1; mode=$2
    case "$mode" in
      fast) web_fast "$s" ;;
      slow) web_slow "$s" "${3:-300}" ;;
      stop) web_stop "$s" ;;
      *) echo "lab: web SERVER fast|slow [DELAY_MS]|stop" >&2; exit 2 ;;
    esac
    ;;
  flows) exec ip netns exec "$ns_sw" ovs-ofctl -O OpenFlow13 dump-flows "unix:$run/br0.mgmt" "$@" ;;
  ofctl) exec ip netns exec "$ns_sw" ovs-ofctl -O OpenFlow13 "$1" "unix:$run/br0.mgmt" "${@:2}" ;;
  vsctl) vsctl "$@" ;;
  topology) echo "$topology" ;;
  *) echo "usage: lab.sh [-p PREFIX] [-t napt|mac] up|down|status|exec ROLE CMD...|web SERVER fast|slow [MS]|stop|flows|ofctl CMD ARGS|vsctl ARGS|topology" >&2; exit 2 ;;
esac
