#!/usr/bin/env bash
# Installs the Debian packages the tests and the demo use, when they are missing.
# Needs root (CI runs as root); without root it only says what is missing.
set -euo pipefail

packages=(openvswitch-switch openvswitch-common tshark python3-os-ken iproute2 ethtool curl apache2-utils nginx-light iputils-ping)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages (install them as root): ${missing[*]}" >&2
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
