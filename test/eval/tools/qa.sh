#!/usr/bin/env bash
# qa.sh ROOT SET "q1||q2" : ask questions against SET's docs with ROOT's code (FRESH=1 re-ingest; HIST="h1||h2"; ORG=)
ROOT=$(cd "$1" && pwd); SET=$2; QS=$3
H=$(echo -n "$ROOT-$SET" | md5sum | cut -c1-6); W=/tmp/qa-$H
if [ -n "$FRESH" ] || [ ! -f $W/data/corpus.json ]; then
  rm -rf $W; mkdir -p $W/seeds $W/data
  for x in server web package.json tsconfig.json; do cp -r $ROOT/$x $W/; done
  for f in $ROOT/data/*; do case $(basename $f) in corpus.json|search-index.json|text|store) ;; *) cp -r $f $W/data/;; esac; done
  ln -s /work/main/node_modules $W/node_modules
  if [ "$SET" = realdocs ]; then cp /work/shared/realdocs/originals/* $W/seeds/; else
    S=$ROOT/test/$SET; [ -d $S ] || S=/work/main/test/$SET; [ -d $S ] || S=/work/blindsrc/$SET; cp -r $S/docs/. $W/seeds/; fi
  (cd $W && npx tsx server/cli/ingest.ts --keep-going > $W/ingest.log 2>&1)
else
  for x in server; do rm -rf $W/$x; cp -r $ROOT/$x $W/; done
fi
cp /work/tools/*.mts $W/ 2>/dev/null
cd $W
HARGS=(); if [ -n "$HIST" ]; then IFS='|' read -ra HS <<< "${HIST//||/|}"; for h in "${HS[@]}"; do HARGS+=(--history "$h"); done; fi
OARGS=(); [ -n "$ORG" ] && OARGS=(--org "$ORG")
IFS='|' read -ra QQ <<< "${QS//||/|}"
for q in "${QQ[@]}"; do
  echo "== $q"
  npx tsx server/cli/ask.ts "$q" "${HARGS[@]}" "${OARGS[@]}" | python3 -c '
import json,sys,os
r=json.load(sys.stdin); print(r.get("answer"))
for c in (r.get("citations") or [])[:int(os.environ.get("NC","4"))]: print("  CIT", json.dumps(c,ensure_ascii=False)[:300])
if os.environ.get("T"):
  for t in (r.get("toolCalls") or r.get("tools") or []): print("  TOOL", json.dumps(t,ensure_ascii=False)[:400])
'
done
