# Shared by scripts/run and scripts/test: install what is missing, idempotently and quickly
# when everything is present. Works as root or through sudo.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

check_toolchains() {
  command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs)." >&2; exit 1; }
  command -v node >/dev/null || { echo "Node.js 20 or newer is missing." >&2; exit 1; }
  # 20.10 is the first Node whose test runner has --test-concurrency.
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 10) ? 0 : 1)' \
    || { echo "Node.js 20.10 or newer is needed (found $(node --version))." >&2; exit 1; }
}

# Debian packages: what building needs, and what the end-to-end tests and PDF checks need.
BUILD_PACKAGES=(build-essential pkg-config libwebkit2gtk-4.1-dev)
TEST_PACKAGES=(webkit2gtk-driver xvfb xauth poppler-utils qpdf dbus)

ensure_packages() {
  local missing=()
  for p in "$@"; do
    # Installed for real, not only «config-files» left by a removal.
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# npm ci in a folder unless its node_modules matches its lock file already.
ensure_npm() {
  local dir="$1"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "Installing npm packages in $dir"
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  fi
}

ensure_tauri_driver() {
  if ! command -v tauri-driver >/dev/null; then
    say "Installing tauri-driver (about 2 minutes, once)"
    cargo install tauri-driver --locked --version '^2'
  fi
}

# The real app: the UI bundle first (the shell embeds it), then the shell and the CLI.
build_app() {
  say "Building the interface"
  npm --prefix ui run build --silent
  say "Building the app"
  cargo build -p partnerdesk-app -p partnerdesk --bins
}

# The release package (a .deb here): the UI is built by the packaging tool's before-build step.
package_app() {
  say "Building the installable package (release)"
  npx --no-install tauri build
  ls "$ROOT"/target/release/bundle/deb/*.deb
}
