#!/usr/bin/env bash
# The browser tests drive Debian's Chromium, never a downloaded one, with Debian's colour emoji font
# so screenshots show emoji rather than boxes. Install what is missing when we can (as root, like
# `playwright install --with-deps` would); otherwise name the one command to run.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
EMOJI_FONT="Noto Color Emoji"

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium fonts-dejavu-core)
# fc-list comes with Chromium's fontconfig; without it, the font cannot be there either.
if ! fc-list 2>/dev/null | grep -q "$EMOJI_FONT"; then
  missing+=(fonts-noto-color-emoji)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-chromium: chromium was installed but $CHROMIUM is still missing" >&2
    exit 1
  fi
  if ! fc-list | grep -q "$EMOJI_FONT"; then
    echo "ensure-chromium: fonts-noto-color-emoji was installed but fontconfig does not list $EMOJI_FONT" >&2
    exit 1
  fi
  exit 0
fi
echo "ensure-chromium: the browser tests need Chromium at $CHROMIUM and the $EMOJI_FONT font. Install them with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
exit 1
