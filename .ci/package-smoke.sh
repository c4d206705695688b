#!/usr/bin/env bash
# Builds the jlinked app-image and proves the packaged launcher works:
#  1. its CLI reaches a local HTTPS stand-in (an EC certificate trusted through the JVM's trust store
#     options), so the runtime has everything TLS needs;
#  2. its window opens on a virtual display and draws a first frame.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -Ppackage package -DskipTests
launcher=target/dist/doctor409/bin/doctor409
[ -x "$launcher" ] || { echo "package smoke: no launcher at $launcher"; exit 1; }
size_mb=$(du -sm target/dist/doctor409 | cut -f1)
echo "package smoke: app-image is ${size_mb} MB"

work=$(mktemp -d)
cleanup() { exec 3>&- 2>/dev/null || true; kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

keytool -genkeypair -alias standin -keyalg EC -groupname secp256r1 -dname CN=127.0.0.1 -ext SAN=ip:127.0.0.1 \
  -validity 2 -keystore "$work/server.p12" -storetype PKCS12 -storepass changeit >/dev/null 2>&1
keytool -exportcert -alias standin -keystore "$work/server.p12" -storepass changeit -file "$work/server.cer" >/dev/null 2>&1
keytool -importcert -noprompt -alias standin -file "$work/server.cer" -keystore "$work/trust.p12" -storetype PKCS12 \
  -storepass changeit >/dev/null 2>&1

mkfifo "$work/in"
java .ci/HttpsStandIn.java "$work/server.p12" changeit < "$work/in" > "$work/port" &
server_pid=$!
exec 3>"$work/in"
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(head -1 "$work/port")
base="https://127.0.0.1:$port"

export HOME="$work/home" DOCTOR409_CONFIG_DIR="$work/config" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
export DOCTOR409_ACCOUNTS_URL=$base DOCTOR409_API_URL=$base DOCTOR409_APRESOLVE_URL=$base
mkdir -p "$HOME"
JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=$work/trust.p12 -Djavax.net.ssl.trustStorePassword=changeit -Djavax.net.ssl.trustStoreType=PKCS12" \
  "$launcher" check --json --only network.services > "$work/report.json" 2> "$work/stderr" || true
if grep -q '"status": "pass"' "$work/report.json" && grep -q '"id": "network.services"' "$work/report.json"; then
  echo "package smoke: the packaged CLI reached the HTTPS stand-in"
else
  echo "package smoke: the packaged CLI did not reach the HTTPS stand-in"; cat "$work/report.json" "$work/stderr"; exit 1
fi

if command -v xvfb-run >/dev/null 2>&1; then
  JAVA_TOOL_OPTIONS=-Ddoctor409.exitAfterFirstFrame=true timeout 120 xvfb-run -a "$launcher" > "$work/window.out" 2>&1 || true
  if grep -q '^first-frame-epoch-ms=' "$work/window.out"; then
    echo "package smoke: the packaged window drew its first frame"
  else
    echo "package smoke: the packaged window did not appear"; cat "$work/window.out"; exit 1
  fi
  if [ -d "$HOME/.openjfx" ]; then
    echo "package smoke: JavaFX unpacked native libraries into the home folder"; exit 1
  fi
fi
