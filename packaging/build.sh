#!/usr/bin/env bash
# Builds Strategy Canvas's installer for the current OS with jpackage (Linux: an app-image and a .deb;
# macOS: a .dmg; Windows: see build.ps1). Run from anywhere, after `mvn package` made target/strategy-canvas.jar;
# `mvn -Ppackage package` does both. Everything lands in target/packaging/.
#
#   1. a slim Java runtime (jlink): only the JDK modules jdeps finds in the jar, French and English locale
#      data, no debug data, compressed, with the JDK's own class-data archive;
#   2. the app image: that runtime, the shaded jar (JavaFX inside, on the class path, as with java -jar) and
#      JavaFX's native libraries beside the jar, where JavaFX loads them from without unpacking them first.
#      JavaFX linked into the runtime as modules measured no faster (within the noise, same CPU time), and
#      FirstFrameProbe would then need --add-exports, which turns off the JDK's archived module graph;
#   3. on Linux, an AppCDS archive for a fast start: the image's own java runs the app once (it opens the
#      sample plan, draws its first frame and exits, see FirstFrameProbe) and lists the classes it loaded;
#      the archive of those classes is made where the app lives (the .deb makes it when installed) and the
#      launcher maps it at every start;
#   4. the installer, with the file association for *.strategy.json, the icon and the menu entry.
#
# Environment: JAVA_HOME (the JDK whose jlink/jpackage are used; default: the java on the PATH),
# APP_VERSION (default: the jar's Implementation-Version). On Linux the training run needs an X display:
# Xvfb when it is installed (nothing shows), else $DISPLAY.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"

name_linux=StrategyCanvas
jar=target/strategy-canvas.jar
main_class=org.strategycanvas.app.Launcher
sample=assets/samples/boulangerie-martin.strategy.json
out=target/packaging

fail() { echo "packaging: $*" >&2; exit 1; }

[ -f "$jar" ] || fail "$jar is missing: run mvn package first (or mvn -Ppackage package)"
if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
for tool in jdeps jlink jpackage jar; do
    [ -x "$JAVA_HOME/bin/$tool" ] || fail "$JAVA_HOME/bin/$tool not found: set JAVA_HOME to a JDK 17 or newer"
done
feature="$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p')"
version="${APP_VERSION:-$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')}"
version="${version%%-*}"   # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    *) fail "this script builds on Linux and macOS; on Windows run packaging/build.ps1" ;;
esac

rm -rf "$out"
mkdir -p "$out/input" "$out/installer"

echo "packaging: JDK modules the jar needs (jdeps)"
modules="$("$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$feature" "$jar")"
# Not found by jdeps: the French date and number formats (locale data is looked up by name).
modules="$modules,jdk.localedata"
echo "packaging:   $modules"

echo "packaging: slim runtime (jlink)"
if [ "$feature" -ge 21 ]; then compress=zip-6; else compress=2; fi
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --include-locales=en,fr \
    --strip-debug --no-header-files --no-man-pages --compress="$compress" \
    --generate-cds-archive --output "$out/runtime"
# The JDK's archive for heaps over 32 GB (no compressed pointers): a planning app never gets there by
# default below 128 GB of memory, and without it such a machine only starts without class data.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

cp "$jar" "$out/input/"
natives="$(unzip -Z1 "$jar" | grep -E '^[^/]+\.(so|dylib)$' || true)"
[ -n "$natives" ] || fail "no JavaFX native library at the root of $jar"
# shellcheck disable=SC2086
unzip -q -o "$jar" $natives -d "$out/input"

# Name, version, vendor, description: the same for the image and the installer.
common=(
    --name "$([ "$os" = linux ] && echo "$name_linux" || echo "Strategy Canvas")"
    --app-version "$version"
    @"$here/common.options"
)
image_options=(--input "$out/input" --main-jar strategy-canvas.jar --main-class "$main_class" --runtime-image "$out/runtime")
if [ "$os" = linux ]; then
    image_options+=(--java-options '-XX:SharedArchiveFile=$APPDIR/strategy-canvas.jsa')
fi

echo "packaging: app image (jpackage)"
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$out/image" "${common[@]}" @"$here/$os/app-image.options" \
    "${image_options[@]}"

if [ "$os" = macos ]; then
    # No class-data archive on macOS yet: on JDK 17 one only maps at the path it was made for, and a .dmg's
    # app goes wherever the user drops it. The JDK's own archive still serves.
    echo "packaging: installer (jpackage)"
    "$JAVA_HOME/bin/jpackage" --type dmg --dest "$out/installer" --app-image "$out/image/Strategy Canvas.app" \
        "${common[@]}" @"$here/macos/dmg.options" --file-associations "$here/macos/strategy-canvas-file.properties"
    echo "packaging: done"
    du -sh "$out/image"/* "$out/installer"/*
    exit 0
fi

image="$out/image/$name_linux"
app_dir="$(cd "$image/lib/app" && pwd)"
java="$image/lib/runtime/bin/java"

# The training run lists the classes a start loads (the image's own java, the launcher's class path); the
# archive is made from that list where the app is installed, because on JDK 17 an archive maps only for the
# very class path it was made with: by the .deb's postinst in /opt, and below for this image in place.
echo "packaging: class list for the class-data archive (a training run of the app)"
. "$here/xvfb.sh"
stop_xvfb() { if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi; }
trap stop_xvfb EXIT
if start_xvfb; then
    :
elif [ -z "${DISPLAY:-}" ]; then
    fail "the training run needs a display: install Xvfb (apt-get install xvfb) or set DISPLAY"
fi
training="$(mktemp -d)"
if ! "$java" -XX:DumpLoadedClassList="$app_dir/strategy-canvas.classlist" \
        -Dstrategycanvas.exitAfterFirstFrame=true -Dstrategycanvas.configDir="$training/config" \
        -cp "$app_dir/strategy-canvas.jar" "$main_class" "$sample" >"$training/log" 2>&1; then
    cat "$training/log" >&2
    fail "the training run failed"
fi
grep "firstFrameMs" "$training/log" || { cat "$training/log" >&2; fail "the training run showed no frame"; }
rm -rf "$training"
stop_xvfb
xvfb_pid=""
[ -s "$app_dir/strategy-canvas.classlist" ] || fail "the training run listed no class"

echo "packaging: installer (jpackage)"
"$JAVA_HOME/bin/jpackage" --type deb --dest "$out/installer" --app-image "$image" \
    "${common[@]}" @"$here/linux/deb.options" \
    --resource-dir "$here/linux" --file-associations "$here/linux/strategy-canvas-file.properties"

echo "packaging: class-data archive for the image in place"
"$java" -Xshare:dump -XX:SharedClassListFile="$app_dir/strategy-canvas.classlist" \
    -XX:SharedArchiveFile="$app_dir/strategy-canvas.jsa" -cp "$app_dir/strategy-canvas.jar" >/dev/null 2>&1 \
    || fail "the class-data archive could not be made"
# -Xshare:on refuses to start unless the archive maps: it matches this JVM and this class path.
"$java" -Xshare:on -XX:SharedArchiveFile="$app_dir/strategy-canvas.jsa" -cp "$app_dir/strategy-canvas.jar" \
    "$main_class" --version >/dev/null || fail "the class-data archive does not match the image"

echo "packaging: done"
du -sh "$image" "$out/installer"/*
