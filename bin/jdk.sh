# Sourced by bin/parallax and bin/test: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME, then `java` on the PATH, then the JDKs under the usual system folders.

parallax_java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

parallax_find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(parallax_java_major "$c/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$c"
      return 0
    fi
  done
  return 1
}

if ! PARALLAX_JDK=$(parallax_find_jdk); then
  echo "parallax: no JDK 21 or newer found (looked at \$JAVA_HOME, the PATH and /usr/lib/jvm)." >&2
  echo "parallax: install one (e.g. Temurin 21) or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME="$PARALLAX_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8's bundled Guava pokes sun.misc.Unsafe; JDK 24+ warns about it on every build unless allowed.
if [ "$(parallax_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

PARALLAX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
parallax_mvn() { # runs Maven: the system mvn, else the Maven wrapper (./mvnw fetches the Maven it names from Maven Central once)
  if command -v mvn >/dev/null 2>&1; then
    mvn -B -ntp -Dstyle.color=never "$@"
  elif [ -x "$PARALLAX_ROOT/mvnw" ]; then
    "$PARALLAX_ROOT/mvnw" -B -ntp -Dstyle.color=never "$@"
  else
    echo "parallax: Maven is needed to build; install it (e.g. apt-get install maven) or restore ./mvnw." >&2
    exit 1
  fi
}
