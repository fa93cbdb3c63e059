# Sourced by build.sh and measure-start.sh: starts a private Xvfb on the first free display from :90 and exports
# DISPLAY, when Xvfb is installed; sets xvfb_pid (empty otherwise) for the caller to stop.
xvfb_pid=""
start_xvfb() {
    command -v Xvfb >/dev/null || return 1
    local display=90
    while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
    Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
    export DISPLAY=":$display"
}
