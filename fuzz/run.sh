#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 60), two at a time, with the nightly toolchain:
#   ./run.sh 600
# New inputs go to fuzz/work/<target> (not committed); the committed corpus in
# fuzz/corpus/<target> (seeds and past findings) is read too. A crash stops its target and
# leaves the input in fuzz/artifacts/<target>/: fix the bug, then copy the input into
# fuzz/corpus/<target>/ so that `cargo test` replays it forever. Logs: fuzz/logs/<target>.log.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
targets=(frame hex names locale render generator explain added_locale)
cargo +nightly fuzz build
mkdir -p logs
for target in "${targets[@]}"; do mkdir -p "work/$target"; done
printf '%s\n' "${targets[@]}" | xargs -P "${JOBS:-2}" -I{} sh -c \
    "cargo +nightly fuzz run {} work/{} corpus/{} -- -max_total_time=$seconds -max_len=4096 -rss_limit_mb=2048 > logs/{}.log 2>&1 && echo '{}: done' || echo '{}: FAILED, see fuzz/logs/{}.log'"
for target in "${targets[@]}"; do
    printf '%-10s %s\n' "$target" "$(grep -E '^Done [0-9]+ runs' "logs/$target.log" || echo 'no summary')"
done
