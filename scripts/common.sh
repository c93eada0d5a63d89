# Shared by scripts/bootstrap, scripts/env, scripts/build, scripts/run, scripts/test.
# Sourced, not executed. Decides whether this host runs the toolchain natively or
# through a cached Debian 13 root, and where that root lives.

SCHEMATA_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
SCHEMATA_PACKAGES="$SCHEMATA_SRC/scripts/packages.txt"
SCHEMATA_CACHE=${SCHEMATA_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/schemata}
SCHEMATA_SUITE=trixie
SCHEMATA_MIRROR=${SCHEMATA_MIRROR:-http://deb.debian.org/debian}

schemata_packages() {
  sed -e 's/#.*//' -e 's/[[:space:]]//g' "$SCHEMATA_PACKAGES" | grep -v '^$'
}

# The root is keyed by the package list and by the parts of bootstrap that shape
# it, so editing either produces a fresh root instead of mutating an old one.
schemata_root_key() {
  { schemata_packages; echo "$SCHEMATA_SUITE"; sed -n '/^# root-recipe-begin/,/^# root-recipe-end/p' "$SCHEMATA_SRC/scripts/bootstrap"; } \
    | sha256sum | cut -c1-16
}

schemata_root() { echo "$SCHEMATA_CACHE/root-$(schemata_root_key)"; }

# A host is native when it is Debian 13+ / Ubuntu 25.04+ class, i.e. its own
# archive carries Qt >= 6.8 and KF6. SCHEMATA_NATIVE=0|1 overrides the guess.
schemata_is_native() {
  if [ -n "${SCHEMATA_NATIVE:-}" ]; then [ "$SCHEMATA_NATIVE" = 1 ]; return; fi
  [ -r /etc/os-release ] || return 1
  . /etc/os-release
  case "${ID:-}:${VERSION_CODENAME:-}" in
    debian:trixie|debian:forky|debian:sid|ubuntu:plucky|ubuntu:questing|ubuntu:resolute) return 0 ;;
  esac
  return 1
}

schemata_die() { echo "schemata: $*" >&2; exit 2; }

# Root privileges for apt/debootstrap/unshare: run directly as root, else sudo.
schemata_sudo() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
