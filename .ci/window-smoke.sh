#!/usr/bin/env bash
# Starts the packaged jar with no arguments on a virtual display and waits for the "409 Doctor" window.
# Every Spotify address points at a closed local port, and the home is a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" "$@"
fi

# A demo can pass its own home and stand-in (see README, "Screenshots"); otherwise a closed port.
if [ -n "${DEMO_HOME:-}" ]; then
  home=$DEMO_HOME
else
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  export DOCTOR409_CONFIG_DIR="$home/config" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
  export DOCTOR409_ACCOUNTS_URL=http://127.0.0.1:9 DOCTOR409_API_URL=http://127.0.0.1:9 DOCTOR409_APRESOLVE_URL=http://127.0.0.1:9
fi

java -Duser.home="$home" -jar target/doctor409.jar >"$home/window.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "window smoke: the app exited early:"; cat "$home/window.log"; exit 1
  fi
  if xwininfo -root -tree 2>/dev/null | grep -q '"409 Doctor"'; then
    # the window exists; SCREENSHOT=file.png also takes a picture once the checks had time to finish
    echo "window smoke: the 409 Doctor window appeared"
    if [ -n "${SCREENSHOT:-}" ] && command -v import >/dev/null 2>&1; then
      for _ in $(seq 1 20); do sleep 0.5; done
      window_id=$(xwininfo -root -tree | grep '"409 Doctor"' | head -1 | awk '{print $1}')
      import -window "$window_id" "$SCREENSHOT"
    fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
    exit 0
  fi
  sleep 0.5
done
echo "window smoke: no window after 30 s"; cat "$home/window.log"; kill "$pid" || true; exit 1
