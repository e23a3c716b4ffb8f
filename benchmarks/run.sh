#!/usr/bin/env bash
# Builds the CLI and the benchmarks jar, times generate of the scale model at three sizes (generate-scale.sh,
# whose settings apply too), writes a 10,000-alert rule file, times obsgen lint (through bin/obsgen, whose JVM
# flags suit a run of seconds, and with the JVM's defaults) beside promtool check rules on it (wall time and peak
# RSS, JVM start included), confirms a file of four times as many alerts lints in a 256 MB heap, then runs the JMH
# parse benchmarks briefly.
#   RUNS=5             timed runs of each tool
#   ALERTS=10000       alerts in the generated file (the heap check uses four times as many)
#   SKIP_BUILD=1       use the jars already in core/target and benchmarks/target
#   MVN_FLAGS="-o"     extra Maven flags (e.g. offline)
#   JMH_ARGS="..."     replace the JMH options (default: 2 forks, 3x2s warm-up, 5x2s measurement)
#   CASES=FILE         the conformance cases (default promql/src/test/resources/conformance/promql/cases.jsonl)
#   WORK_DIR=DIR       where the rule file, GC log and JMH results go (default benchmarks/target/run)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
alerts=${ALERTS:-10000}
cases=${CASES:-promql/src/test/resources/conformance/promql/cases.jsonl}
work=${WORK_DIR:-benchmarks/target/run}
mkdir -p "$work"
rules="$work/large-rules.yml"

if [ ! -x /usr/bin/time ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends time
fi
command -v promtool >/dev/null || { echo "promtool is not on the PATH" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building core (lint CLI) and benchmarks"
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS:-} -pl core,benchmarks -am package -DskipTests
fi
# Copies, so that a rebuild of core or benchmarks running beside this does not swap a jar out mid-run.
cp "$(ls core/target/obsgen-core-*-cli.jar | head -1)" "$work/obsgen-core-cli.jar"
cp benchmarks/target/benchmarks.jar "$work/benchmarks.jar"
cli="$work/obsgen-core-cli.jar"
bench="$work/benchmarks.jar"

CLI="$cli" BENCH="$bench" WORK_DIR="$work" RUNS="$runs" benchmarks/generate-scale.sh
echo

echo "== generating $alerts alerts"
java -cp "$bench" dev.obsgen.benchmarks.LargeRuleFile "$rules" "$alerts"
echo "   $(wc -c < "$rules") bytes, $(wc -l < "$rules") lines"

# One timed run: prints "seconds kilobytes exit_code".
timed() {
  local out="$work/time.txt" code=0
  /usr/bin/time -v -o "$out" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" || code=$?
  awk -v code="$code" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.2f %d %d\n", s, rss, code }' "$out"
}

measure() {
  local name=$1; shift
  local all=()
  for i in $(seq 1 "$runs"); do
    read -r seconds kb code < <(timed "$@")
    all+=("$seconds $kb $code")
    awk -v n="$name" -v i="$i" -v s="$seconds" -v k="$kb" -v c="$code" \
      'BEGIN { printf "   %-26s run %d: %6.2f s  %7.1f MB  exit %d\n", n, i, s, k / 1024, c }'
  done
  printf '%s\n' "${all[@]}" | sort -n | awk -v name="$name" '
    { t[NR] = $1; r[NR] = $2; if ($2 > maxr) maxr = $2; if ($3 != 0) bad++ }
    END {
      median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "%-26s | %4d | %7.2f | %10.2f | %7.2f | %12.1f | %s\n", name, NR, t[1], median, t[NR], maxr / 1024, bad ? bad " failed" : "all exit 0"
    }' >> "$work/table.txt"
}

: > "$work/table.txt"
echo "== timing ($runs runs each)"
measure "obsgen lint (JVM defaults)" java -jar "$cli" lint "$rules"
tail -1 "$work/stdout.txt" | sed 's/^/   lint summary: /'
measure "bin/obsgen lint" env OBSGEN_JAR="$cli" bin/obsgen lint "$rules"
tail -1 "$work/stdout.txt" | sed "s/^/   lint summary through bin\/obsgen: /"
measure "promtool check rules" promtool check rules "$rules"
grep -m1 SUCCESS "$work/stdout.txt" | sed 's/^ */   promtool: /' || true

echo
echo "tool                       | runs | min (s) | median (s) | max (s) | max RSS (MB) | exit"
echo "---------------------------|------|---------|------------|---------|--------------|-----------"
cat "$work/table.txt"
awk -F'|' '{ gsub(/ +$/, "", $1); median[$1] = $4; rss[$1] = $6 }
  END {
    printf "bin/obsgen lint against promtool check rules: %.2f of its median wall time, %.2f of its peak RSS\n",
      median["bin/obsgen lint"] / median["promtool check rules"], rss["bin/obsgen lint"] / rss["promtool check rules"]
    printf "with the JVM defaults: %.2f of its median wall time, %.2f of its peak RSS\n",
      median["obsgen lint (JVM defaults)"] / median["promtool check rules"], rss["obsgen lint (JVM defaults)"] / rss["promtool check rules"]
  }' "$work/table.txt"

echo
large=$((alerts * 4))
larger="$work/larger-rules.yml"
echo "== heap limit: lint of $large alerts with -Xmx256m and a GC log"
java -cp "$bench" dev.obsgen.benchmarks.LargeRuleFile "$larger" "$large" > /dev/null
gclog="$work/gc.log"
if java -Xmx256m -Xlog:gc:file="$gclog" -jar "$cli" lint "$larger" > "$work/stdout.txt" 2> "$work/stderr.txt"; then
  peak=$(grep -o '[0-9]*M->' "$gclog" | tr -dc '0-9\n' | sort -n | tail -1)
  echo "   success: $(tail -1 "$work/stdout.txt"); heap before the largest GC: ${peak:-no GC ran} MB of 256 MB"
else
  code=$?
  echo "   FAILED (exit $code) under -Xmx256m:"; tail -5 "$work/stderr.txt"; tail -1 "$work/stdout.txt"
fi

echo
# A heap that starts large enough keeps the serial collector's growth steps (full collections as the heap grows)
# out of the figure, which is about the time of parsing, typing and checking.
echo "== lint of one alert whose expression is a left-deep chain of N '+' terms (bin/obsgen with -Xms512m, median of $runs)"
for terms in 10000 20000 40000 80000; do
  chain="$work/chain-$terms.yml"
  java -cp "$bench" dev.obsgen.benchmarks.DeepChainRuleFile "$chain" "$terms" > /dev/null
  times=()
  for i in $(seq 1 "$runs"); do
    read -r seconds kb code < <(timed env OBSGEN_JAR="$cli" JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms512m" bin/obsgen lint "$chain")
    times+=("$seconds")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$terms" -v kb="$kb" -v code="$code" '
    { t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "   %6d terms: %5.2f s median, %6.1f MB, exit %d\n", n, m, kb / 1024, code }'
done

echo
echo "== JMH parse throughput (ops/s = expressions per second, one thread)"
# shellcheck disable=SC2086
java -jar "$bench" ${JMH_ARGS:--f 2 -wi 3 -w 2s -i 5 -r 2s} -p casesPath="$cases" -rf json -rff "$work/jmh.json" \
  'dev.obsgen.benchmarks.ParseBenchmark' | tee "$work/jmh.txt" | sed -n '/^Benchmark/,$p'
