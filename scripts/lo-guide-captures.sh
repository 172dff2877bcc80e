#!/usr/bin/env bash
# The screen captures of docs/lo/user-guide.md: kumban in Lao at 80x24 on
# the demonstration data in a temporary folder, drawn in tmux with
# TERM=linux and read back with capture-pane. Run after a change to what
# a screen shows, then paste each file of OUT into the guide.
#   scripts/lo-guide-captures.sh [OUT]   (default: a new temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin="$PWD/target/debug/kumban"
work="$(mktemp -d)"
out="${1:-$work/captures}"
mkdir -p "$out"
socket="kumban-captures-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work/db"' EXIT
KUMBAN_LOCAL=1 "$bin" --db "$work/db" --today 2026-11-28 demo >/dev/null
tmux -L "$socket" new-session -d -s guide -x 80 -y 24 \
  "env TERM=linux KUMBAN_LOCAL=1 $bin --db $work/db --lang lo --today 2026-11-28"
sleep 2
capture() { tmux -L "$socket" capture-pane -p -t guide >"$out/$1.txt"; }
keys() { tmux -L "$socket" send-keys -t guide "$@"; sleep 1; }
capture dashboard
keys 2; capture households
keys '?'; capture help
keys Escape; keys n; capture form
keys Escape; keys 4; keys 4; capture reports
keys q
echo "captures in $out"
