#!/usr/bin/env bash
# Issue 23's large-file table from one command: the bare StAEDI read (the floor), then `replay
# --formats json` and `replay` with all five reports, wall to wall (JVM start included), on the same
# generated file, back to back, RUNS rounds. Run it on a machine doing nothing else: wall times move
# with the load (docs/benchmark.md).
#
#   scripts/benchmark-targets.sh [RUNS] [JAR]        RUNS default 3, JAR default target/scrub837.jar
#
# Environment: SIZE (default 100MB), TYPE (P or I, default P), HEAP (default -Xmx256m), CONFIG
# (default config). Builds the bench classes (`mvn -o -q -Pbench test-compile`) and generates the file
# under target/bench once (the bench's own generator, seed 1, 10 transactions). The bare read is the
# bench's in-JVM read after a warm-up (`Benchmark --bare-only`), taken again before every round so
# that each round compares with the floor of its own moment. Prints one row per measurement and a
# Markdown table of the means; replay's outputs go to target/bench/targets-out (replaced each run).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
jar=$(realpath "${2:-$repo/target/scrub837.jar}")
size=${SIZE:-100MB}
type=${TYPE:-P}
heap=${HEAP:--Xmx256m}
config=$(realpath "${CONFIG:-$repo/config}")
work="$repo/target/bench"
out="$work/targets-out"
five=json,txt,html,999,277ca

[[ -f "$jar" ]] || { echo "no $jar: build it first (mvn -o -q package -DskipTests)" >&2; exit 2; }
mkdir -p "$work"
cd "$repo"
mvn -o -q -Pbench test-compile

bare() {
    local line
    line=$(mvn -o -q -Pbench exec:exec -Dbench.jvm="$heap" \
        -Dbench.args="--size $size --type $type --bare-only --work $work" 2>&1 | tee "$work/targets-bare.log" \
        | grep '^bare StAEDI read')
    # "bare StAEDI read   7.48 s   13.38 MB/s ..."
    awk '{for (i = 1; i < NF; i++) if ($(i + 1) == "MB/s") { print $i; exit }}' <<<"$line"
}

file=$(ls "$work"/large-837"$type"-"$size"-t10-g2-s1.edi 2>/dev/null || true)

# replay FORMATS: sets wall, cpu (user + sys) of one wall-to-wall replay
replay() {
    rm -rf "$out"
    local status=0
    TIMEFORMAT='%R %U %S'
    { time java "$heap" -jar "$jar" replay --config "$config" --formats "$1" --progress never --out "$out" \
        "$file" >"$work/targets-replay.log" 2>&1 || status=$?; } 2>"$work/targets-time"
    # replay exits 1 when claims are rejected (the generated file plants defects); 2 or more is a failure
    if (( status > 1 )); then
        echo "replay --formats $1 failed (exit $status): see $work/targets-replay.log" >&2
        exit 2
    fi
    read -r wall user sys <"$work/targets-time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
}

declare -a bares jsons fives
printf 'round\tbare MB/s\tjson wall s\tjson user+sys s\tall five wall s\tall five user+sys s\n'
for ((r = 1; r <= runs; r++)); do
    b=$(bare)
    [[ -n "$file" ]] || file=$(ls "$work"/large-837"$type"-"$size"-t10-g2-s1.edi)
    replay json
    jw=$wall jc=$cpu
    replay "$five"
    bares+=("$b"); jsons+=("$jw"); fives+=("$wall")
    printf '%d\t%s\t%s\t%s\t%s\t%s\n' "$r" "$b" "$jw" "$jc" "$wall" "$cpu"
done

mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { print b / 1e6 }')
mean() { printf '%s\n' "$@" | awk '{ s += $1 } END { printf "%.2f", s / NR }'; }
bare_mean=$(mean "${bares[@]}")
json_mean=$(mean "${jsons[@]}")
five_mean=$(mean "${fives[@]}")
echo
echo "$(basename "$file"), $mb MB, $runs rounds, $(nproc) processors, $heap, jar $(basename "$jar")"
echo
echo "| | MB/s | vs the bare read |"
echo "|---|---|---|"
awk -v mb="$mb" -v b="$bare_mean" -v j="$json_mean" -v f="$five_mean" 'BEGIN {
    printf "| bare StAEDI read (bench, in-JVM) | %.2f | 1x |\n", b
    printf "| `replay --formats json`, wall to wall | %.2f (%.2f s) | %.2fx |\n", mb / j, j, mb / j / b
    printf "| `replay`, all five reports | %.2f (%.2f s) | %.2fx |\n", mb / f, f, mb / f / b
}'
