#!/usr/bin/env bash
# Install MSLog's desktop entry, AppStream metadata, manual page and icons into a freedesktop prefix.
#   packaging/linux/install.sh                  # for you: ~/.local/share/...
#   PREFIX=/usr DESTDIR="$pkgdir" packaging/linux/install.sh   # a distribution package
#   EXEC=/opt/mslog/mslog packaging/linux/install.sh   # the PyInstaller folder copied to /opt
# The program itself comes from the wheel (`pip install`, which provides `mslog` on PATH) or
# the PyInstaller folder; this script only adds what a desktop needs to show and launch it.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP_ID=org.mslog.MSLog
PREFIX="${PREFIX:-$HOME/.local}"
SHARE="${DESTDIR:-}$PREFIX/share"

install -Dm644 "$HERE/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
if [ -n "${EXEC:-}" ]; then
    # Desktop-entry quoting: a path with spaces or quotes goes in double quotes, escaped.
    case "$EXEC" in
        *[[:space:]\"\'\\\$\`]*)
            quoted="$(printf '%s' "$EXEC" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')"
            quoted="\"$quoted\"" ;;
        *) quoted="$EXEC" ;;
    esac
    quoted="${quoted//%/%%}"
    tmp="$(mktemp)"
    awk -v exec="$quoted" '/^Exec=/ { print "Exec=" exec; next } { print }' \
        "$SHARE/applications/$APP_ID.desktop" >"$tmp"
    install -m644 "$tmp" "$SHARE/applications/$APP_ID.desktop"
    rm -f "$tmp"
fi
install -Dm644 "$HERE/mslog.1" "$SHARE/man/man1/mslog.1"
install -Dm644 "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$ROOT/resources/icons/mslog.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ROOT"/resources/icons/hicolor/*/apps/"$APP_ID".png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    install -Dm644 "$png" "$SHARE/icons/hicolor/$size/apps/$APP_ID.png"
done

# Refresh the caches when installing onto this system (a package's own scripts do it otherwise).
if [ -z "${DESTDIR:-}" ]; then
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$SHARE/icons/hicolor" || true
fi
echo "installed $APP_ID into $SHARE"
