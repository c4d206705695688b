#!/bin/sh
# Network diagnosis under faults: see docs/benchmarks.md. Usage: bench/run-network-bench.sh [deadline-seconds] [hang-runs] [fast-runs]
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" bench/NetworkDiagnosisBench.java "$@"
