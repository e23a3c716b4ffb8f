#!/usr/bin/env bash
# Times `bin/obsgen generate` of the scale model (benchmarks/src/main/java/dev/obsgen/benchmarks/ScaleModel.java) at
# each size: a run into an empty folder and an unchanged re-run, several runs each, printing the median wall time,
# CPU time (user + system) and the largest peak RSS; then checks that the output of the default run (on every
# core) is byte-identical to a run on one thread. JVM start is included in every figure. The same runs follow with
# the JVM's own defaults (java -jar with no flags: G1 on this machine) for the sizes in DEFAULT_JVM_SIZES.
#   SIZES="1000:50 10000:500 40000:2000"   alerts:dashboards (1,000 gauges each)
#   DEFAULT_JVM_SIZES="10000:500"          sizes also timed with the JVM's defaults ("" for none)
#   RUNS=5                                 timed runs of each
#   CLI=FILE BENCH=FILE                    the CLI jar and the benchmarks jar (default: what run.sh built)
#   WORK_DIR=DIR                           where the outputs go (default benchmarks/target/run)
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SIZES:-"1000:50 10000:500 40000:2000"}
runs=${RUNS:-5}
work=${WORK_DIR:-benchmarks/target/run}
cli=${CLI:-$work/obsgen-core-cli.jar}
bench=${BENCH:-$work/benchmarks.jar}
export cli bench
default_sizes=${DEFAULT_JVM_SIZES-10000:500}
mkdir -p "$work"

# One timed run: prints "wall_seconds cpu_seconds peak_kilobytes exit_code".
timed() {
  local out="$work/time.txt" code=0
  /usr/bin/time -v -o "$out" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" || code=$?
  awk -v code="$code" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /User time/ { u = $2 } /System time/ { y = $2 }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.2f %.2f %d %d\n", s, u + y, rss, code }' "$out"
}

# bin/obsgen with its own flags, or with JAVA_OPTS when the caller sets it (env, so that /usr/bin/time can run it).
generate() {
  local alerts=$1 dashboards=$2 output=$3; shift 3
  env OBSGEN_JAR="$cli" OBSGEN_CLASSPATH="$bench" bin/obsgen "$@" -Dobsgen.scale.alerts="$alerts" \
    -Dobsgen.scale.dashboards="$dashboards" generate --model dev.obsgen.benchmarks.ScaleModel --output "$output"
}
export -f generate 2>/dev/null || true

median() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Prints one table row from lines of "wall cpu kb code".
row() {
  local lines cpu
  lines=$(cat)
  cpu=$(echo "$lines" | awk '{ print $2 }' | median)
  echo "$lines" | sort -n | awk -v name="$1" -v cpu="$cpu" '
    { t[NR] = $1; if ($3 > maxr) maxr = $3; if ($4 != 0) bad++ }
    END {
      wall = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "%-54s | %4d | %7.2f | %10.2f | %7.2f | %14.2f | %12.0f | %s\n", name, NR, t[1], wall, t[NR], cpu, maxr / 1024, bad ? bad " failed" : "all exit 0"
    }'
}

table="$work/generate-table.txt"
: > "$table"
: > "$work/identical.txt"

# time_size LABEL SLUG ALERTS DASHBOARDS: fresh and unchanged runs, rows into the table. Each fresh run writes a
# folder of its own, and no folder is removed until the end: ext4 skips recently deleted inodes when it allocates
# new ones, so creating thousands of files within half a minute of removing thousands costs about a second of
# kernel time (perf: find_inode_bit, recently_deleted), which no clean checkout pays.
time_size() {
  local label=$1 slug=$2 alerts=$3 dashboards=$4 fresh=() again=() wall cpu kb code i files bytes output
  for i in $(seq 1 "$runs"); do
    output="$work/scale-$alerts-$slug-$i"
    read -r wall cpu kb code < <(timed bash -c 'generate "$@"' generate "$alerts" "$dashboards" "$output")
    fresh+=("$wall $cpu $kb $code")
    echo "   $label $alerts/$dashboards run $i: $wall s wall, $cpu s CPU, $((kb / 1024)) MB, exit $code: $(tail -1 "$work/stdout.txt")"
    read -r wall cpu kb code < <(timed bash -c 'generate "$@"' generate "$alerts" "$dashboards" "$output")
    again+=("$wall $cpu $kb $code")
    echo "   $label $alerts/$dashboards unchanged re-run $i: $wall s wall, $cpu s CPU, $((kb / 1024)) MB, exit $code: $(tail -1 "$work/stdout.txt")"
  done
  files=$(find "$output" -type f | wc -l); bytes=$(du -sm "$output" | cut -f1)
  printf '%s\n' "${fresh[@]}" | row "$label generate $alerts/$dashboards ($files files, $bytes MB)" >> "$table"
  printf '%s\n' "${again[@]}" | row "$label unchanged re-run $alerts/$dashboards" >> "$table"
}

rm -rf "$work"/scale-*
echo "== generate of the scale model ($runs runs each)"
for size in $sizes; do
  alerts=${size%%:*}; dashboards=${size##*:}
  time_size "bin/obsgen" obsgen "$alerts" "$dashboards"
  output="$work/scale-$alerts-obsgen-1"
  generate "$alerts" "$dashboards" "$output.one-thread" -Dobsgen.threads=1 > /dev/null
  if diff -r -q "$output" "$output.one-thread" > "$work/diff.txt"; then
    echo "   $alerts/$dashboards: the output on one thread is byte-identical" | tee -a "$work/identical.txt"
  else
    echo "   $alerts/$dashboards: the output on one thread DIFFERS:" | tee -a "$work/identical.txt"; head "$work/diff.txt"
  fi
done
for size in $default_sizes; do
  # -XX:+UseG1GC is what the JVM picks here on its own; JAVA_OPTS must not be empty to replace bin/obsgen's flags.
  JAVA_OPTS=-XX:+UseG1GC time_size "JVM defaults" jvm "${size%%:*}" "${size##*:}"
done
rm -rf "$work"/scale-*

echo
printf '%-54s | runs | min (s) | median (s) | max (s) | median CPU (s) | max RSS (MB) | exit\n' work
printf '%s\n' "-------------------------------------------------------|------|---------|------------|---------|----------------|--------------|-----------"
cat "$table"
