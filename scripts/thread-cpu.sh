#!/usr/bin/env bash
# CPU seconds per thread of one command (a JVM), for comparing builds on a machine shared with
# other work, where wall times spread too much to compare and per-thread CPU does not.
#
#   scripts/thread-cpu.sh LABEL COMMAND [ARGS...]
#   e.g. scripts/thread-cpu.sh base java -Xmx256m -jar base.jar replay --formats json \
#            --progress never --out /tmp/o /work/bench/p100.837
#
# Reads utime+stime of every /proc/<pid>/task/*/stat every 0.25 s and keeps each thread's last
# reading, so threads that end before the process (a per-transaction thread, a compiler thread the
# JVM retires) still count. Up to 0.25 s of a thread's last moments can be missed. Threads are
# summed by name with the JVM's numbering removed ("C2 CompilerThread0" and "...1" become one row).
# Prints one TSV line: label, wall seconds, total CPU, then name=seconds for every group of 0.05 s
# or more, largest first. The command's own output goes to $TMPDIR/thread-cpu-<label>.log.
set -uo pipefail

label=$1
shift
log="${TMPDIR:-/tmp}/thread-cpu-$label.log"
hz=$(getconf CLK_TCK)

start=$(date +%s.%N)
"$@" >"$log" 2>&1 &
pid=$!

declare -A ticks names
while kill -0 "$pid" 2>/dev/null; do
    for stat in /proc/"$pid"/task/*/stat; do
        line=$(<"$stat") 2>/dev/null || continue
        tid=${stat%/stat}
        tid=${tid##*/}
        comm=${line#*(}
        comm=${comm%)*}
        # fields after the command name start at field 3 (state); utime is 14, stime 15
        read -r -a f <<<"${line##*) }"
        [[ ${#f[@]} -gt 12 ]] || continue
        ticks[$tid]=$((f[11] + f[12]))
        names[$tid]=$comm
    done
    sleep 0.25
done
wait "$pid"
status=$?
end=$(date +%s.%N)

for tid in "${!ticks[@]}"; do
    # "C2 CompilerThre" (comm is cut at 15 characters), "GC Thread#3", "G1 Conc#0": drop numbering
    group=$(sed -E 's/[#]?[0-9]+$//' <<<"${names[$tid]}")
    printf '%s\t%s\n' "$group" "${ticks[$tid]}"
done | awk -F'\t' -v label="$label" -v hz="$hz" -v wall="$(echo "$end - $start" | bc)" -v status="$status" '
    { sum[$1] += $2; total += $2 }
    END {
        line = sprintf("%s\twall=%.2f\tstatus=%d\ttotal=%.2f", label, wall, status, total / hz)
        n = 0
        for (g in sum) if (sum[g] / hz >= 0.05) { k[++n] = g }
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sum[k[j]] > sum[k[i]]) { t = k[i]; k[i] = k[j]; k[j] = t }
        for (i = 1; i <= n; i++) line = line sprintf("\t%s=%.2f", k[i], sum[k[i]] / hz)
        print line
    }'
exit "$status"
