#!/bin/sh
# accord-kiosk-chromium.sh — opens the single-file kiosk (accord-kiosk.html, beside this
# script; written by `make kiosk`) in Chromium's full-screen --kiosk mode, from file://,
# with no network needed. Extra page parameters go in ACCORD_KIOSK_QUERY (for example
# ACCORD_KIOSK_QUERY='?idle=60&reset=90'); extra Chromium flags after the script's name.
# The browser: $ACCORD_CHROMIUM, else the first of chromium, chromium-browser found.
# Its profile is kept apart from the user's ($XDG_STATE_HOME/accord-kiosk/chromium).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
page="$here/accord-kiosk.html"
[ -f "$page" ] || { echo "accord-kiosk-chromium.sh: $page not found (run make kiosk)" >&2; exit 1; }
browser=${ACCORD_CHROMIUM:-}
if [ -z "$browser" ]; then
    for candidate in chromium chromium-browser; do
        if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
    done
fi
[ -n "$browser" ] || { echo "accord-kiosk-chromium.sh: no Chromium found (apt-get install chromium, or set ACCORD_CHROMIUM)" >&2; exit 1; }
profile=${XDG_STATE_HOME:-$HOME/.local/state}/accord-kiosk/chromium
mkdir -p "$profile"
# Why: after a power cut Chromium offers to "restore pages" over the kiosk; mark the
# last session as cleanly closed so it does not.
prefs="$profile/Default/Preferences"
if [ -f "$prefs" ]; then
    sed -i 's/"exited_cleanly":false/"exited_cleanly":true/; s/"exit_type":"[A-Za-z]*"/"exit_type":"Normal"/' "$prefs"
fi
# --kiosk: full screen, no address bar or way out; --overscroll-history-navigation=0: a
# swipe does not go "back"; --disable-pinch: the map pinches, not the page; no first-run,
# error, translate or update bubbles over the kiosk.
exec "$browser" --kiosk --user-data-dir="$profile" --no-first-run --noerrdialogs \
    --disable-infobars --disable-session-crashed-bubble --disable-features=Translate,TranslateUI \
    --overscroll-history-navigation=0 --disable-pinch --check-for-update-interval=31536000 \
    --password-store=basic "$@" "file://$(printf '%s' "$page" | sed 's/%/%25/g; s/ /%20/g; s/#/%23/g; s/?/%3F/g')${ACCORD_KIOSK_QUERY:-}"
