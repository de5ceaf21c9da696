#!/bin/sh
# Runs the benchmark suite behind docs/performance.md and keeps every output.
#
#   bench/run_all.sh BUILD_DIR WORK_DIR [SIZE...]
#
# BUILD_DIR is a build folder holding bench/griot_gen, bench/bench_load and
# bench/bench_scan; WORK_DIR receives the data, the stores and the logs (it
# needs about 3 GB free for 10M). SIZES default to "100k 1M 10M".
# Environment: RUNS (bulk loads per size, default 3), SCAN_SIZES (sizes whose
# store bench_scan measures, default all), BATCH_SIZES (sizes also loaded with
# --batch, default "100k 1M"), QUADS_SIZES (N-Quads sizes, loaded and scanned
# for the graph-bound shapes, default "1M"; empty to skip).
set -eu

if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR WORK_DIR [SIZE...]" >&2
  exit 2
fi
B=$1/bench
W=$2
shift 2
SIZES=${*:-"100k 1M 10M"}
RUNS=${RUNS:-3}
SCAN_SIZES=${SCAN_SIZES:-$SIZES}
BATCH_SIZES=${BATCH_SIZES:-"100k 1M"}
QUADS_SIZES=${QUADS_SIZES-1M}
mkdir -p "$W/logs"
L=$W/logs

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo || true
  grep MemTotal /proc/meminfo
  cat /etc/debian_version 2>/dev/null || true
  g++ --version | head -1
  uptime
} > "$L/machine.txt"

contains() {
  for x in $1; do [ "$x" = "$2" ] && return 0; done
  return 1
}

for n in $SIZES; do
  data=$W/events-$n.nt
  [ -f "$data" ] || "$B/griot_gen" --triples "$n" -o "$data" 2> "$L/gen-$n.txt"
  r=1
  while [ "$r" -le "$RUNS" ]; do
    echo "load-$n-$r: $(uptime)" >> "$L/uptime.txt"
    "$B/bench_load" "$data" --store "$W/store-$n" --force > "$L/load-$n-$r.txt" 2>&1
    grep RESULT "$L/load-$n-$r.txt"
    r=$((r + 1))
  done
  "$B/bench_load" "$data" --mode parse > "$L/parse-$n.txt" 2>&1
  grep RESULT "$L/parse-$n.txt"
  if contains "$BATCH_SIZES" "$n"; then
    "$B/bench_load" "$data" --store "$W/store-$n-batch" --force --batch > "$L/batch-$n.txt" 2>&1
    grep RESULT "$L/batch-$n.txt"
    rm -rf "$W/store-$n-batch"
  fi
  if contains "$SCAN_SIZES" "$n"; then
    echo "scan-$n: $(uptime)" >> "$L/uptime.txt"
    "$B/bench_scan" --store "$W/store-$n" > "$L/scan-$n.txt" 2>&1
    echo "scan $n: $L/scan-$n.txt"
  fi
done

for n in $QUADS_SIZES; do
  data=$W/events-$n.nq
  [ -f "$data" ] || "$B/griot_gen" --triples "$n" --quads -o "$data" 2> "$L/gen-$n-quads.txt"
  echo "load-$n-quads: $(uptime)" >> "$L/uptime.txt"
  "$B/bench_load" "$data" --store "$W/store-$n-quads" --force > "$L/load-$n-quads.txt" 2>&1
  grep RESULT "$L/load-$n-quads.txt"
  echo "scan-$n-quads: $(uptime)" >> "$L/uptime.txt"
  "$B/bench_scan" --store "$W/store-$n-quads" > "$L/scan-$n-quads.txt" 2>&1
  echo "scan $n quads: $L/scan-$n-quads.txt"
  rm -f "$data"
done
