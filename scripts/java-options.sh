# Sourced by ./guildmark and bench/run: sets java_opts, the JVM options the product runs with.
# Transparent huge pages where the kernel grants them on request: a large audit touches a table of some 64 MB at
# random, and with 2 MB pages it misses the TLB far less often (docs/performance.md). Elsewhere the JVM would warn.
java_opts=()
if grep -qE '\[(madvise|always)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  java_opts+=(-XX:+UseTransparentHugePages)
fi
