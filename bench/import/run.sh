#!/bin/sh
# bench/import: the article importer's throughput and memory, over corpora
# generated from the example articles (gen_corpus.py).
#
#   bench/import/run.sh BUILD_DIR WORK_DIR [COUNT...]
#
# For each COUNT (default "1000 10000 30000") it writes a corpus to WORK_DIR
# and measures, RUNS times (default 3):
#   extract-1  griot extract -f tsv over the corpus, one process
#   extract-2  two griot extract processes, each over half of the folders
#              (the way to use two cores: extraction is stateless)
#   import     griot import into a fresh store (one process)
# Each line gives wall seconds, articles/s, MB/s, CPU seconds (user+sys) per
# 1000 articles and the peak RSS. Logs and the machine's description go to
# WORK_DIR/logs. Needs /usr/bin/time (Debian package "time").
set -eu

if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR WORK_DIR [COUNT...]" >&2
  exit 2
fi
GRIOT=$1/repl/griot
W=$2
shift 2
COUNTS=${*:-"1000 10000 30000"}
RUNS=${RUNS:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
mkdir -p "$W/logs"
L=$W/logs
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo || true
  grep MemTotal /proc/meminfo
  cat /etc/debian_version 2>/dev/null || true
  uptime
} > "$L/machine.txt"

# report NAME COUNT BYTES TIMEFILE...: one line from /usr/bin/time outputs
# ("wall user sys maxrss_kb" each); wall is the longest, CPU the sum, RSS the
# largest of the processes.
report() {
  name=$1 count=$2 bytes=$3
  shift 3
  cat "$@" | awk -v name="$name" -v n="$count" -v b="$bytes" '
    { if ($1 > wall) wall = $1; cpu += $2 + $3; if ($4 > rss) rss = $4 }
    END { printf "RESULT %-9s docs=%d wall=%.2fs articles/s=%.0f MB/s=%.2f cpu_s_per_1000=%.2f peak_rss_mib=%.0f\n",
                 name, n, wall, n / wall, b / wall / 1e6, cpu / n * 1000, rss / 1024 }'
}

for n in $COUNTS; do
  corpus=$W/corpus-$n
  [ -d "$corpus" ] || python3 "$HERE/gen_corpus.py" "$ROOT/examples/articles" \
    "$ROOT/importers/lexicons" "$corpus" --count "$n" 2> "$L/gen-$n.txt"
  bytes=$(find "$corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  half=$(ls "$corpus" | awk 'NR % 2 == 1' | sed "s|^|$corpus/|")
  other=$(ls "$corpus" | awk 'NR % 2 == 0' | sed "s|^|$corpus/|")
  r=1
  while [ "$r" -le "$RUNS" ]; do
    echo "$n-$r: $(uptime)" >> "$L/uptime.txt"
    /usr/bin/time -f "%e %U %S %M" -o "$L/t-extract1-$n-$r" \
      "$GRIOT" extract -f tsv "$corpus" > /dev/null 2> "$L/extract1-$n-$r.txt"
    report extract-1 "$n" "$bytes" "$L/t-extract1-$n-$r"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$L/t-extract2a-$n-$r" \
      "$GRIOT" extract -f tsv $half > /dev/null 2> "$L/extract2a-$n-$r.txt" &
    if [ -n "$other" ]; then
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e %U %S %M" -o "$L/t-extract2b-$n-$r" \
        "$GRIOT" extract -f tsv $other > /dev/null 2> "$L/extract2b-$n-$r.txt"
    else
      echo "0 0 0 0" > "$L/t-extract2b-$n-$r"
    fi
    wait
    report extract-2 "$n" "$bytes" "$L/t-extract2a-$n-$r" "$L/t-extract2b-$n-$r"
    rm -rf "$W/store-$n"
    /usr/bin/time -f "%e %U %S %M" -o "$L/t-import-$n-$r" \
      "$GRIOT" --store "$W/store-$n" import "$corpus" > "$L/import-$n-$r.txt" 2>&1
    report import "$n" "$bytes" "$L/t-import-$n-$r"
    r=$((r + 1))
  done
  rm -rf "$W/store-$n"
done
