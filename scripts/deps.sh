# Shared by setup.sh, test.sh and scripts/fuzz.sh (source it; do not run it).
# Installs the Debian packages Mirage needs when some are missing and builds a CMake tree.

MIRAGE_APT_PACKAGES=(
  rustc-web cargo-web rust-web-src            # the pinned compiler and std's source
  cmake ninja-build g++ libsimdjson-dev       # the C++ build
  libgtest-dev libbenchmark-dev               # tests and benchmarks
  clang libclang-rt-14-dev                    # the libFuzzer target
  python3 binutils                            # the oracles' scripts (c++filt, nm)
)

mirage_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

mirage_log() { printf '==> %s\n' "$*" >&2; }

# Installs whatever of MIRAGE_APT_PACKAGES is not installed. Does nothing (and needs no
# root) when all are there.
mirage_ensure_deps() {
  local missing=() p
  for p in "${MIRAGE_APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  mirage_log "installing missing packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "error: missing packages ${missing[*]}; run as root or install sudo" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  # rustc-web 1.96 comes from bookworm-security: refresh the lists first.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
}

mirage_jobs() { echo "${MIRAGE_JOBS:-$(nproc 2>/dev/null || echo 2)}"; }

# mirage_build DIR [CMAKE ARGS...]: configures DIR (RelWithDebInfo, Ninja) once and builds it
# (all targets, or only those named in MIRAGE_BUILD_TARGETS).
mirage_build() {
  local dir="$1"
  shift
  if [ ! -f "$mirage_root/$dir/build.ninja" ]; then
    mirage_log "configuring $dir"
    cmake -S "$mirage_root" -B "$mirage_root/$dir" -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  elif [ "$#" -gt 0 ]; then
    cmake -S "$mirage_root" -B "$mirage_root/$dir" "$@" >/dev/null
  fi
  mirage_log "building $dir"
  local targets=()
  [ -n "${MIRAGE_BUILD_TARGETS:-}" ] && targets=(--target ${MIRAGE_BUILD_TARGETS})
  cmake --build "$mirage_root/$dir" -j "$(mirage_jobs)" "${targets[@]}"
}

# mirage_sysroot_dir [TARGET]: the sysroot cache directory that `mirage setup` fills, computed
# as src/frontend/sysroot.cpp does (cache_root()/<release>-<commit[0..12]>/<target>).
mirage_sysroot_dir() {
  local rustc="${MIRAGE_RUSTC:-/usr/bin/rustc}" vv release commit host root
  vv="$("$rustc" -vV)" || return 1
  release="$(sed -n 's/^release: //p' <<<"$vv")"
  commit="$(sed -n 's/^commit-hash: //p' <<<"$vv")"
  host="$(sed -n 's/^host: //p' <<<"$vv")"
  if [ -n "${MIRAGE_HOME:-}" ]; then
    root="$(realpath -ms "$MIRAGE_HOME")"
  elif [ "${XDG_CACHE_HOME:-}" != "" ] && [ "${XDG_CACHE_HOME:0:1}" = "/" ]; then
    root="$XDG_CACHE_HOME/mirage"
  else
    root="$HOME/.cache/mirage"
  fi
  echo "$root/$release-${commit:0:12}/${1:-$host}"
}
