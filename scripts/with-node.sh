#!/usr/bin/env bash
# Runs a command on the Node.js major named in .nvmrc, the runtime the image ships.
#   bash scripts/with-node.sh npm test     one command on that Node
#   source scripts/with-node.sh            this shell: that Node first on PATH
# When the machine's Node is older, the official binary is taken from the npm registry's node-linux-<arch>
# package (no other download) into .tools/, once.
_hotline_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_hotline_major="$(tr -dc '0-9' < "$_hotline_root/.nvmrc")"
# The exact release CI and the image are measured on; a newer patch of the same major is fine.
_hotline_version="${HOTLINE_NODE_VERSION:-24.22.3}"

_hotline_provision_node() {
  local have_major
  have_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$have_major" -ge "$_hotline_major" ]; then return 0; fi

  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "with-node: no node-linux package for $(uname -m); install Node $_hotline_major yourself" >&2; return 1 ;;
  esac
  local home="$_hotline_root/.tools/node-v$_hotline_version-linux-$arch"
  if [ ! -x "$home/bin/node" ]; then
    echo "with-node: Node $(node --version 2>/dev/null || echo none) is older than $_hotline_major; fetching node-linux-$arch@$_hotline_version from the npm registry" >&2
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-$arch@$_hotline_version" > /dev/null) || { rm -rf "$tmp"; return 1; }
    mkdir -p "$home"
    tar -xzf "$tmp"/node-linux-"$arch"-*.tgz -C "$home" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$home/bin:$PATH"
  # Native add-ons built by node-gyp must compile against this Node's headers, not the machine's.
  export npm_config_nodedir="$home"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  _hotline_provision_node && node --version
else
  set -euo pipefail
  _hotline_provision_node
  if [ "$#" -eq 0 ]; then node --version; exit 0; fi
  exec "$@"
fi
