#!/usr/bin/env bash
# Start-up benchmark of the packaged app (the packaging issue). In one run, alternating, N times each:
#   - doctor409: the jlinked app-image's launcher, with its CDS archive;
#   - doctor409 without CDS (-Xshare:off), to show what the archive pays for;
#   - bare: the smallest JavaFX window on the same runtime;
# each timed from process start to its first frame (a post-layout pulse listener prints the wall clock),
# with peak RSS from GNU time; then the image size against a bare jlinked JavaFX image.
# Usage: bench/startup.sh [N]   (builds the app-image first if it is missing; needs Xvfb or a display)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}

[ -x target/dist/doctor409/bin/doctor409 ] || ./mvnw -B -q -Ppackage package -DskipTests
launcher=target/dist/doctor409/bin/doctor409
runtime=target/dist/doctor409/lib/runtime
work=$(mktemp -d)
trap 'kill "${xvfb_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :77 -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=:77
  for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
fi

javac -d "$work/bare" --module-path target/packaging/javafx --add-modules javafx.controls bench/BareWindow.java

export HOME="$work/home" DOCTOR409_CONFIG_DIR="$work/config" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
export DOCTOR409_ACCOUNTS_URL=http://127.0.0.1:9 DOCTOR409_API_URL=http://127.0.0.1:9 DOCTOR409_APRESOLVE_URL=http://127.0.0.1:9
mkdir -p "$HOME"

# one measurement: prints "<ms to first frame> <peak RSS KiB>"
measure() {
  local start out
  start=$(date +%s%3N)
  out=$( { /usr/bin/time -f 'peak-rss-kib=%M' "$@" 2>&1; } | tr -d '\r')
  local frame rss
  frame=$(sed -n 's/^first-frame-epoch-ms=//p' <<<"$out" | head -1)
  rss=$(sed -n 's/^peak-rss-kib=//p' <<<"$out" | tail -1)
  [ -n "$frame" ] || { echo "no first frame from: $*" >&2; echo "$out" >&2; exit 1; }
  echo "$((frame - start)) $rss"
}

app() { JAVA_TOOL_OPTIONS=-Ddoctor409.exitAfterFirstFrame=true "$launcher"; }
# the launcher's own java-options come after JAVA_TOOL_OPTIONS and would turn sharing back on, so the
# no-CDS variant runs the same runtime and class path directly
app_nocds() { "$runtime/bin/java" -Xshare:off -Ddoctor409.exitAfterFirstFrame=true -cp "$app_class_path" io.github.doctor409.Main; }
bare() { "$runtime/bin/java" -cp "$work/bare" BareWindow; }
export -f app app_nocds bare
app_dir=target/dist/doctor409/lib/app
app_class_path=$(sed -n 's|^app.classpath=\$APPDIR/|'"$(cd "$app_dir" && pwd)"'/|p' "$app_dir/doctor409.cfg" | paste -sd:)
export launcher runtime work app_class_path

measure bash -c app >/dev/null; measure bash -c bare >/dev/null   # warm the file cache once
for i in $(seq 1 "$runs"); do
  measure bash -c bare >> "$work/bare.txt"
  measure bash -c app >> "$work/app.txt"
  measure bash -c app_nocds >> "$work/nocds.txt"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -v c="$1" '{print $c}' "$2" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }

bare_ms=$(col 1 "$work/bare.txt"); app_ms=$(col 1 "$work/app.txt"); nocds_ms=$(col 1 "$work/nocds.txt")
bare_rss=$(col 2 "$work/bare.txt"); app_rss=$(col 2 "$work/app.txt"); nocds_rss=$(col 2 "$work/nocds.txt")

# the bare image: the same jlink options, java.base + javafx.controls only, natives copied alike
jlink --module-path "$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")/jmods:target/packaging/javafx" \
  --add-modules javafx.controls --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/bare-image"
cp target/packaging/natives/*.so "$work/bare-image/lib/" 2>/dev/null || true
bare_kib=$(du -sk "$work/bare-image" | cut -f1); app_kib=$(du -sk target/dist/doctor409 | cut -f1)

echo "start-up benchmark: $runs runs each, alternating, medians ($(nproc) cores, $(uname -m))"
printf '%-22s %10s %14s\n' "" "first frame" "peak RSS"
printf '%-22s %8s ms %11s MiB\n' "bare JavaFX window" "$bare_ms" "$((bare_rss / 1024))"
printf '%-22s %8s ms %11s MiB\n' "doctor409" "$app_ms" "$((app_rss / 1024))"
printf '%-22s %8s ms %11s MiB\n' "doctor409, no CDS" "$nocds_ms" "$((nocds_rss / 1024))"
printf '%-22s %10s MiB (bare image %s MiB)\n' "image size" "$((app_kib / 1024))" "$((bare_kib / 1024))"
echo "ratios against the bare window: start $(ratio "$app_ms" "$bare_ms") (target <= 1.0)," \
  "peak RSS $(ratio "$app_rss" "$bare_rss") (target <= 1.2), image $(ratio "$app_kib" "$bare_kib") (target <= 1.3)"
echo "what the CDS archive pays: start without it $(ratio "$nocds_ms" "$app_ms")x slower"
