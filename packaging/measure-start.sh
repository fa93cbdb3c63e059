#!/usr/bin/env bash
# Times the Linux app image's start: from the process's start to the first frame of the window showing the
# sample plan (FirstFrameProbe), through the packaged launcher, N runs of each way to start it, taken in turn:
#   appcds  the image as built: the app's class-data archive (-XX:SharedArchiveFile=$APPDIR/strategy-canvas.jsa)
#   jdk-cds the JDK's own archive only (jlink's --generate-cds-archive), as without the packaging's archive
#   no-cds  no class data at all (-Xshare:off)
# and prints each one's median, with the median CPU time (user + system) of the runs, which other programs
# running at the same time disturb less. Run after packaging/build.sh:
#   packaging/measure-start.sh [RUNS]       (default 7; an X display: Xvfb when installed, else $DISPLAY)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
runs="${1:-7}"
image="$repo/target/packaging/image/StrategyCanvas"
cfg="$image/lib/app/StrategyCanvas.cfg"
sample="$repo/assets/samples/boulangerie-martin.strategy.json"

[ -x "$image/bin/StrategyCanvas" ] || { echo "measure-start: no app image, run packaging/build.sh first" >&2; exit 1; }

work="$(mktemp -d)"
cp "$cfg" "$work/built.cfg"
xvfb_pid=""
finish() {
    cp "$work/built.cfg" "$cfg"
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap finish EXIT

. "$here/xvfb.sh"
start_xvfb || true
[ -n "${DISPLAY:-}" ] || { echo "measure-start: needs Xvfb or a DISPLAY" >&2; exit 1; }

# The built launcher configuration, with the probe, a throwaway settings folder, and each variant's sharing.
variant_cfg() {
    local sharing
    case "$1" in
        appcds) sharing='java-options=-XX:SharedArchiveFile=$APPDIR/strategy-canvas.jsa' ;;
        jdk-cds) sharing='' ;;
        no-cds) sharing='java-options=-Xshare:off' ;;
    esac
    grep -v 'SharedArchiveFile' "$work/built.cfg"
    [ -z "$sharing" ] || echo "$sharing"
    echo "java-options=-Dstrategycanvas.exitAfterFirstFrame=true"
    echo "java-options=-Dstrategycanvas.configDir=$work/config"
}

variants=(appcds jdk-cds no-cds)
for v in "${variants[@]}"; do variant_cfg "$v" >"$work/$v.cfg"; done

# One untimed start first: the files it reads are then in the system's cache for every variant alike.
cp "$work/appcds.cfg" "$cfg"
"$image/bin/StrategyCanvas" "$sample" >/dev/null 2>&1

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
    for v in "${variants[@]}"; do
        cp "$work/$v.cfg" "$cfg"
        /usr/bin/time -f "cpuSeconds=%U %S" -o "$work/time" "$image/bin/StrategyCanvas" "$sample" >"$work/out" 2>&1
        ms="$(sed -n 's/^firstFrameMs=//p' "$work/out")"
        [ -n "$ms" ] || { cat "$work/out" >&2; echo "measure-start: no frame reported ($v)" >&2; exit 1; }
        cpu="$(awk '/cpuSeconds=/ { sub("cpuSeconds=", ""); printf "%d", ($1 + $2) * 1000 }' "$work/time")"
        echo "$ms $cpu" >>"$work/$v.runs"
        echo "run $i $v: first frame ${ms} ms, cpu ${cpu} ms"
    done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo
echo "machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)," \
    "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM," \
    "runtime $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$image/lib/runtime/release")," \
    "load average $load_before before, $load_after after"
printf '%-8s %22s %18s\n' variant "first frame (median)" "cpu (median)"
for v in "${variants[@]}"; do
    printf '%-8s %19s ms %15s ms\n' "$v" "$(cut -d' ' -f1 "$work/$v.runs" | median)" "$(cut -d' ' -f2 "$work/$v.runs" | median)"
done
