#!/usr/bin/env bash
# Builds the jlinked runtime and the jpackage app-image (and optionally an installer) from the jars that
# Maven staged in target/packaging. Called by `./mvnw -Ppackage package` (and `-Pdeb`); usable alone:
#   packaging/build-image.sh VERSION [app-image|deb|rpm|msi|exe|dmg|pkg]
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:?version}
type=${2:-app-image}
target=target
staging=$target/packaging
dist=$target/dist
case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "unsupported OS $(uname -s)" >&2; exit 1 ;;
esac
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
jmods=$java_home/jmods
[ -d "$jmods" ] || { echo "No jmods in $java_home: install a full JDK (Debian: openjdk-17-jdk-headless)" >&2; exit 1; }

# 1. Split the staged jars: JavaFX's platform jars become runtime modules, the rest is the class path.
rm -rf "$staging/javafx" "$staging/input" "$staging/runtime" "$staging/natives"
mkdir -p "$staging/javafx" "$staging/input" "$staging/natives"
for jar in "$staging"/libs/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-[0-9]*.[0-9]*-*.jar) cp "$jar" "$staging/javafx/" ;;   # javafx-graphics-21.0.11-linux.jar
    javafx-*) ;;                                                      # the empty per-artifact stubs
    *) cp "$jar" "$staging/input/" ;;
  esac
done
cp "$target/doctor409-$version.jar" "$staging/input/doctor409.jar"

# 2. The JDK modules our code and libraries use (jdeps), plus what reflection and TLS need.
jdk_modules=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 \
  --module-path "$staging/javafx:$staging/input" --class-path "$staging/input/*" "$staging"/input/*.jar 2>/dev/null | tail -1)
# java.sql (Gson's optional SQL date adapters) and java.compiler (compile-time annotations) are only
# referenced, never needed at run time; leaving them out keeps the image under 100 MB.
jdk_modules=$(tr ',' '\n' <<<"$jdk_modules" | grep -vxE 'java\.sql|java\.compiler' | paste -sd,)
# jdk.localedata gives German, Spanish and Brazilian number and date formats; only those locales are kept.
modules="$jdk_modules,jdk.crypto.ec,java.naming,jdk.localedata"
echo "runtime modules: $modules"

# 3. jlink a small runtime; then copy JavaFX's native libraries into it, so nothing is unpacked into
#    the user's home at first start (jlink keeps them inside the modules as plain resources).
jlink --module-path "$jmods:$staging/javafx" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --include-locales=en,es,pt,de \
  --output "$staging/runtime"
native_dir=$staging/runtime/lib
[ "$os" = windows ] && native_dir=$staging/runtime/bin
for jar in "$staging"/javafx/*.jar; do
  (cd "$staging/natives" && unzip -q -o "../javafx/$(basename "$jar")" '*.so' '*.dylib' '*.dll' 2>/dev/null || true)
done
find "$staging/natives" -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) -exec cp {} "$native_dir/" \;

# 4. The app-image, from shared options plus this OS's.
rm -rf "$dist/doctor409" "$dist/doctor409.app"
mkdir -p "$dist"
jpackage --type app-image --name doctor409 --dest "$dist" \
  --input "$staging/input" --main-jar doctor409.jar --main-class io.github.doctor409.Main \
  --runtime-image "$staging/runtime" --app-version "$version" \
  @"$staging/args/common.txt" @"$staging/args/$os.txt"

# 5. A class-data-sharing archive of the JDK, JavaFX and app classes a start loads, for a faster start.
#    A training run records the classes loaded up to the window's first frame, then a
#    static archive is dumped with the exact class path the launcher uses.
if [ "$os" = linux ]; then
  app_dir=$dist/doctor409/lib/app
  runtime_java=$dist/doctor409/lib/runtime/bin/java
  cfg=$app_dir/doctor409.cfg
  class_path=$(sed -n 's|^app.classpath=\$APPDIR/|'"$(cd "$app_dir" && pwd)"'/|p' "$cfg" | paste -sd:)
  train=$(mktemp -d)
  train_env=(env HOME="$train" DOCTOR409_CONFIG_DIR="$train/cfg" XDG_CONFIG_HOME="$train/.config"
    XDG_CACHE_HOME="$train/.cache" DOCTOR409_API_URL=http://127.0.0.1:9
    DOCTOR409_ACCOUNTS_URL=http://127.0.0.1:9 DOCTOR409_APRESOLVE_URL=http://127.0.0.1:9)
  java_args=(-Duser.home="$train" -Xshare:off -cp "$class_path")
  # The window's start is what the archive is for; the command line only gets one when no display
  # exists here (every class in the archive costs about 7 KB of image size).
  if [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null 2>&1; then
    runner=(); [ -z "${DISPLAY:-}" ] && runner=(xvfb-run -a)
    timeout 120 "${train_env[@]}" "${runner[@]}" "$runtime_java" "${java_args[@]}" -XX:DumpLoadedClassList="$train/window.lst" \
      -Ddoctor409.exitAfterFirstFrame=true -Ddoctor409.cdsTraining=true io.github.doctor409.Main >/dev/null 2>&1 || echo "warning: window training run failed" >&2
  fi
  if [ ! -s "$train/window.lst" ]; then
    echo "warning: no window training run: the CDS archive covers the command line only" >&2
    timeout 120 "${train_env[@]}" "$runtime_java" "${java_args[@]}" -XX:DumpLoadedClassList="$train/cli.lst" \
      io.github.doctor409.Main check --timeout 1 >/dev/null 2>&1 || true
  fi
  cat "$train"/*.lst 2>/dev/null | awk '!seen[$0]++' > "$train/classes.lst"
  cp "$train/classes.lst" "$staging/doctor409.classlist"
  # Dumped with the serial collector, the archive carries no pre-built heap objects: about 3 MB smaller,
  # and still used by the launcher's default collector (only the heap part of an archive is tied to G1).
  if "$runtime_java" -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$train/classes.lst" \
      -XX:SharedArchiveFile="$app_dir/doctor409.jsa" -cp "$class_path" >"$train/dump.log" 2>&1; then
    echo "java-options=-XX:SharedArchiveFile=\$APPDIR/doctor409.jsa" >> "$cfg"
    echo "java-options=-Xshare:auto" >> "$cfg"
    echo "CDS archive: $(wc -l < "$train/classes.lst") classes, $(du -h "$app_dir/doctor409.jsa" | cut -f1)"
  else
    echo "warning: no CDS archive was made:" >&2; tail -5 "$train/dump.log" >&2
  fi
  rm -rf "$train"
fi

image=$dist/doctor409
[ "$os" = macos ] && image=$dist/doctor409.app
du -sh "$image" | sed "s/^/app-image: /"

# 6. Optionally an installer from the app-image. The archive made above records this folder's path, so
#    the installer leaves it out and ships the class list instead: the Linux packages make their own
#    archive in postinst from doctor409.classlist.
if [ "$type" != app-image ]; then
  installer_image=$staging/installer-image/$(basename "$image")
  rm -rf "$staging/installer-image" && mkdir -p "$staging/installer-image"
  cp -a "$image" "$installer_image"
  rm -f "$installer_image/lib/app/doctor409.jsa"
  [ -f "$staging/doctor409.classlist" ] && cp "$staging/doctor409.classlist" "$installer_image/lib/app/"
  jpackage --type "$type" --app-image "$installer_image" --name doctor409 --dest "$dist" --app-version "$version" \
    @"$staging/args/installer-common.txt" @"$staging/args/installer-$os.txt"
  ls -la "$dist"
fi
