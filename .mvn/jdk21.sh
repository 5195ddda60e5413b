# Sourced (POSIX sh) before Maven starts: points JAVA_HOME at a JDK 21 or newer.
# Order: JAVA_HOME if it already is one, then `java` on PATH, then the newest JDK >= 21 found in the
# usual install folders (each JDK's `release` file says its version). See docs/design-decisions/DD001.

gov_jdk_major() {
  # prints the major version of the JDK at $1 (reads $1/release), or nothing
  [ -r "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
}

gov_is_jdk21() {
  [ -x "$1/bin/javac" ] || return 1
  gov_major=$(gov_jdk_major "$1")
  [ -n "$gov_major" ] && [ "$gov_major" -ge 21 ]
}

gov_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && gov_is_jdk21 "$JAVA_HOME"; then
    echo "$JAVA_HOME"; return 0
  fi
  gov_java=$(command -v java 2>/dev/null || true)
  if [ -n "$gov_java" ]; then
    gov_home=$(dirname "$(dirname "$(readlink -f "$gov_java")")")
    if gov_is_jdk21 "$gov_home"; then echo "$gov_home"; return 0; fi
  fi
  gov_best=""; gov_best_major=0
  for gov_dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$gov_dir" ] || continue
    if gov_is_jdk21 "$gov_dir" && [ "$gov_major" -gt "$gov_best_major" ]; then
      gov_best=$gov_dir; gov_best_major=$gov_major
    fi
  done
  [ -n "$gov_best" ] && echo "$gov_best"
}

gov_found=$(gov_pick_jdk)
if [ -z "$gov_found" ]; then
  echo "No JDK 21 or newer found: set JAVA_HOME to one (Temurin 21+ works)." >&2
  return 1 2>/dev/null || exit 1
fi
JAVA_HOME=$gov_found
export JAVA_HOME
