#!/usr/bin/env bash
# Proves that a change leaves every output byte-identical: builds BASE_REV (default: HEAD) and the
# working tree, replays every sample (edi-samples/837P, edi-samples/837I), every file of the shared
# corpus (../shared/corpus, skipped when absent) and two generated multi-transaction files with
# both builds, and compares every output file and every replay line byte for byte.
#
#   scripts/compare-outputs.sh [BASE_REV]
#
# Each input set is replayed three ways, each with all five reports: with the shipped settings;
# sequentially (scrub.parallelThreads=1, scrub.replayFiles=1); and with the per-transaction
# parallel scrub forced on every file (scrub.parallelThreads=4, scrub.parallelMinBytes=0). The
# generated files (about 1 MB) also take the path where rules and writers run on threads of their
# own (files of 256 KiB or more).
#
# The only bytes masked are the acknowledgments' creation date and time (999 and 277CA: ISA09,
# ISA10, GS04, GS05, BHT04, BHT05, DTP*050 and DTP*009), which come from the clock.
# Exit status: 0 identical, 1 some difference (listed), 2 a build or run failed.
# Work files go to target-compare (the base build is kept there per commit and reused).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
base_rev=${1:-HEAD}
base_sha=$(git -C "$repo" rev-parse --short=12 "$base_rev^{commit}")
work="$repo/target-compare"
base_tree="$work/base-$base_sha"
mvn_flags=(-o -B -q -DskipTests)
java_flags=(-Xmx256m)
corpus="$repo/../shared/corpus"
formats=json,txt,html,999,277ca

mkdir -p "$work"
if [[ ! -f "$base_tree/target/scrub837.jar" ]]; then
    echo "building $base_rev ($base_sha) in $base_tree"
    rm -rf "$base_tree"
    mkdir -p "$base_tree"
    git -C "$repo" archive "$base_sha" | tar -x -C "$base_tree"
    (cd "$base_tree" && mvn "${mvn_flags[@]}" package) || { echo "base build failed" >&2; exit 2; }
fi
echo "building the working tree"
(cd "$repo" && mvn "${mvn_flags[@]}" package) || { echo "working-tree build failed" >&2; exit 2; }

# input sets: name -> folder
inputs="$work/inputs"
rm -rf "$inputs" "$work/out-base" "$work/out-work"
mkdir -p "$inputs"
declare -a sets=("837P=$repo/edi-samples/837P" "837I=$repo/edi-samples/837I")
if [[ -d "$corpus" ]]; then
    for d in "$corpus"/*/; do
        sets+=("corpus-$(basename "$d")=${d%/}")
    done
else
    echo "note: $corpus absent, shared corpus not compared"
fi

# generated files, written by whichever build still ships the generator (the bench left the
# product jar: then the working tree's test classes are used)
gen="$inputs/generated"
mkdir -p "$gen"
generate() {
    local args=("$@")
    if unzip -l "$base_tree/target/scrub837.jar" 'org/scrub837/bench/GenerateCommand.class' >/dev/null 2>&1; then
        java "${java_flags[@]}" -cp "$base_tree/target/scrub837.jar" org.scrub837.bench.GenerateCommand "${args[@]}"
    else
        (cd "$repo" && mvn -o -B -q -Pbench test-compile exec:exec -Dbench.main=org.scrub837.bench.GenerateCommand \
            -Dbench.args="${args[*]}")
    fi
}
generate --size 1MB --type P --transactions 10 --groups 2 --seed 7 "$gen/generated-p.837" >/dev/null
generate --size 600KB --type I --transactions 4 --groups 1 --seed 11 "$gen/generated-i.837" >/dev/null
rm -f "$gen"/*.expected.tsv
sets+=("generated=$gen")

modes=("shipped=" "sequential=-Dscrub.parallelThreads=1 -Dscrub.replayFiles=1"
       "parallel=-Dscrub.parallelThreads=4 -Dscrub.parallelMinBytes=0")

replay() { # tree, out, mode flags, input folder
    local tree=$1 out=$2 flags=$3 folder=$4
    mkdir -p "$out"
    set +e
    # shellcheck disable=SC2086
    (cd "$tree" && java "${java_flags[@]}" $flags -Dscrub.state="$out/.state" -jar target/scrub837.jar replay \
        --config config --formats "$formats" --out "$out" "$folder" >"$out/.replay-lines" 2>"$out/.replay-log")
    echo "exit status $?" >>"$out/.replay-lines"
    set -e
    rm -rf "$out/.state"
    if grep -q "Exception\|ERROR" "$out/.replay-log"; then
        echo "note: $out/.replay-log has errors (compared as outputs anyway)"
    fi
}

for m in "${modes[@]}"; do
    mode=${m%%=*}
    flags=${m#*=}
    for s in "${sets[@]}"; do
        name=${s%%=*}
        folder=${s#*=}
        replay "$base_tree" "$work/out-base/$mode/$name" "$flags" "$folder"
        replay "$repo" "$work/out-work/$mode/$name" "$flags" "$folder"
    done
done

# mask the clock in the acknowledgments (element separator: the ISA's fourth character)
python3 - "$work/out-base" "$work/out-work" <<'PY'
import pathlib, sys
MASK = {"ISA": (9, 10), "GS": (4, 5), "BHT": (4, 5)}
for root in sys.argv[1:]:
    for p in pathlib.Path(root).rglob("*"):
        if p.suffix not in (".999", ".277ca") or not p.is_file():
            continue
        text = p.read_bytes().decode("utf-8")
        if len(text) < 106 or not text.startswith("ISA"):
            continue
        sep, term = text[3], text[105]
        out = []
        for seg in text.split(term):
            el = seg.split(sep)
            tag = el[0].strip()
            for i in MASK.get(tag, ()):
                if i < len(el):
                    el[i] = "#" * len(el[i])
            if tag == "DTP" and len(el) > 3 and el[1] in ("050", "009"):
                el[3] = "#" * len(el[3])
            out.append(sep.join(el))
        p.write_bytes(term.join(out).encode("utf-8"))
PY

files=$(cd "$work/out-base" && find . -type f ! -name '.replay-log' | wc -l)
if diff -r -x .replay-log "$work/out-base" "$work/out-work" >"$work/diff.txt"; then
    echo "IDENTICAL: $files files (outputs and replay lines/exit statuses) of ${#sets[@]} input sets x ${#modes[@]} modes, base $base_rev ($base_sha) vs working tree"
    exit 0
fi
echo "DIFFERENT: base $base_rev ($base_sha) vs working tree; first differences (full list in $work/diff.txt):"
head -40 "$work/diff.txt"
exit 1
