#!/usr/bin/env bash
# The HTML validation runs the Nu Html Checker (vnu.jar, from the vnu-jar npm package), which
# needs a Java runtime: Debian's, never a downloaded one (the package's own postinstall would fetch
# one; it stays unapproved). Install it when we can (as root, like ensure-chromium.sh does);
# otherwise name the one command to run.
set -euo pipefail
JAVA="${JAVA_PATH:-java}"

# Java 11 or newer runs vnu.jar; `java -version` prints e.g. `openjdk version "17.0.15"`.
java_ok() {
  command -v "$JAVA" >/dev/null 2>&1 || return 1
  local version
  version="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
  [ -n "$version" ] && [ "$version" -ge 11 ]
}
java_ok && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-java: installing Debian's default-jre-headless"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
  if ! java_ok; then
    echo "ensure-java: default-jre-headless was installed but \`$JAVA -version\` does not show Java 11 or newer" >&2
    exit 1
  fi
  exit 0
fi
echo "ensure-java: the HTML validation needs a Java runtime (11 or newer) for the Nu Html Checker. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y default-jre-headless" >&2
exit 1
