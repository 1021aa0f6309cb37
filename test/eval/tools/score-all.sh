#!/usr/bin/env bash
# score-all.sh ROOT PREFIX ; env SETS (numbers; default 8..77 80..97 existing), NOREAL=1 skips realdocs, J parallel (2)
ROOT=$1; P=$2; J=${J:-2}
[ -z "$SETS" ] && SETS="$(seq -s ' ' 8 77) $(seq -s ' ' 80 99)"
L=""; [ -z "$NOREAL" ] && L="realdocs"
for n in $SETS; do if [ -d /work/main/test/blind$n ] || [ -d /work/blindsrc/blind$n ]; then L="$L blind$n"; fi; done
i=0
for s in $L; do echo "$s"; done | xargs -r -P $J -I{} /work/tools/score-set.sh "$ROOT" {} "$P" auto
cat /tmp/sc/$P-*.txt | grep -h "^score" | awk '{split($2,a,"/"); p+=a[1]; t+=a[2]} END {print "TOTAL", p"/"t}'
