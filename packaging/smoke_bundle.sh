#!/usr/bin/env bash
# Smoke-run the PyInstaller folder that `make bundle` built: its size, version, commands, a
# real window, every tab, and every sound cue played to a silent PulseAudio sink.
# Usage: packaging/smoke_bundle.sh [dist/mslog]   (run from the checkout's root or anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE="${1:-dist/mslog}"
APP="$BUNDLE/mslog"
RES="$BUNDLE/_internal/mslog/resources"

fail() { echo "smoke_bundle: FAIL: $*" >&2; exit 1; }
[ -x "$APP" ] || fail "$APP is missing; run 'make bundle' first"

# The size budget (packaging/README.md says what was left out to meet it).
BUDGET_MIB=200
size="$(du -sb "$BUNDLE" | cut -f1)"
size_mib=$(( (size + 1048575) / 1048576 ))
[ "$size_mib" -le "$BUDGET_MIB" ] \
    || fail "the bundle is $size_mib MiB ($size bytes) on disk, over its budget of $BUDGET_MIB MiB"
echo "ok: $size_mib MiB on disk (budget $BUDGET_MIB MiB)"

DATA="$(mktemp -d)"
PULSE_PID=""
cleanup() {
    if [ -n "$PULSE_PID" ]; then kill "$PULSE_PID" 2>/dev/null || true; fi
    rm -rf "$DATA"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen MSLOG_DATA_DIR="$DATA"

# A sound server of our own with only a null sink: the cues really decode and play, silently,
# also on a machine with no sound card (CI runs as root; PulseAudio warns and runs).
# Without pulseaudio installed, the self-test cannot play them and says so.
if command -v pulseaudio >/dev/null; then
    mkdir -m 700 "$DATA/pulse"
    HOME="$DATA/pulse" XDG_RUNTIME_DIR="$DATA/pulse" pulseaudio --daemonize=no -n \
        --exit-idle-time=-1 --disable-shm=yes --log-target=stderr \
        --load="module-native-protocol-unix socket=$DATA/pulse/native auth-anonymous=1" \
        --load="module-null-sink sink_name=mslog_smoke" 2>"$DATA/pulse.log" &
    PULSE_PID=$!
    for _ in $(seq 50); do [ -S "$DATA/pulse/native" ] && break; sleep 0.1; done
    [ -S "$DATA/pulse/native" ] || { cat "$DATA/pulse.log" >&2; fail "pulseaudio did not start"; }
    export PULSE_SERVER="unix:$DATA/pulse/native" MSLOG_SELFTEST_SOUND=1
else
    echo "note: pulseaudio is not installed, so the cues are not played (CI installs it)"
    export PULSE_SERVER="unix:$DATA/no-sound-server"  # never the desktop's speakers
fi

version="$("$APP" --version)"
want="MSLog $(sed -n 's/^__version__ = "\(.*\)"/\1/p' mslog/__init__.py)"
[ "$version" = "$want" ] || fail "--version said '$version', expected '$want'"
echo "ok: $version"

# Everything under resources/ came along, where mslog/platform/assets.py looks for it when frozen.
for file in icons/mslog.svg icons/hicolor/256x256/apps/org.mslog.MSLog.png \
    routines/daily_5_minutes.json exercises/calf_stretch.json \
    illustrations/calf_stretch_1.svg sounds/tick.wav; do
    [ -s "$RES/$file" ] || fail "resource $file is missing from the bundle"
done
[ "$(find "$RES" -type f | wc -l)" -eq "$(find resources -type f -not -path '*/__pycache__/*' | wc -l)" ] \
    || fail "the bundle's resources differ in number from resources/"
ls "$BUNDLE"/_internal/PySide6/Qt/plugins/iconengines/*svg* >/dev/null \
    || fail "the SVG icon engine plugin is missing (the window icon would be blank)"
echo "ok: resources and the SVG plugin are in the bundle"

"$APP" routines | grep -q "Daily 5-minute routine" || fail "'mslog routines' lost the built-in routines"
"$APP" log --severity 4 --note "bundle smoke" | grep -q "^Saved spasm" || fail "'mslog log' failed"
"$APP" list | grep -q "bundle smoke" || fail "'mslog list' does not show the logged spasm"
"$APP" report --out "$DATA/report.pdf" >/dev/null || fail "'mslog report' failed"
head -c 5 "$DATA/report.pdf" | grep -q "%PDF-" || fail "'mslog report' wrote no PDF"
echo "ok: log, list, routines and report work from the bundle"

# A real window, offscreen: it prints MSLOG_SHOWN at its first frame, MSLOG_READY once the
# diary is open and drawn, and quits.
rc=0
out="$(MSLOG_EXIT_WHEN_SHOWN=1 timeout 60 "$APP" 2>"$DATA/stderr")" || rc=$?
[ "$rc" -eq 0 ] || { cat "$DATA/stderr" >&2; fail "the window did not start (exit $rc)"; }
[ "$out" = "$(printf 'MSLOG_SHOWN\nMSLOG_READY')" ] || { cat "$DATA/stderr" >&2; fail "the window printed '$out'"; }
if grep -qiE "traceback|error|cannot|could not|failed" "$DATA/stderr"; then
    cat "$DATA/stderr" >&2
    fail "the window started with errors on stderr"
fi
echo "ok: a window opened and closed offscreen"

# What loads lazily (charts, sound, speech, every module, every tab) is in the bundle too.
MSLOG_BUNDLE_SELFTEST=1 timeout 120 "$APP" | sed 's/^/  /' || fail "the bundle's self-test failed"
echo "ok: every module imports, every tab opens, the cues play (packaging/launch.py self-test)"
echo "smoke_bundle: all passed ($size_mib MiB in $BUNDLE)"
