#!/usr/bin/env bash
# score-set.sh ROOT SET PREFIX PORT : SET = realdocs | blindN ; output /tmp/sc/PREFIX-SET.txt (FAIL lines + score)
ROOT=$(cd "$1" && pwd); SET=$2; P=$3; PORT=$4
[ -z "$PORT" -o "$PORT" = auto ] && PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
W=/tmp/score-$P-$SET; rm -rf $W; mkdir -p $W/seeds $W/data /tmp/sc
for x in server web package.json tsconfig.json; do cp -r $ROOT/$x $W/; done; for f in $ROOT/data/*; do case $(basename $f) in corpus.json|search-index.json|text|store) ;; *) cp -r $f $W/data/;; esac; done
ln -s /work/main/node_modules $W/node_modules
if [ "$SET" = realdocs ]; then cp /work/shared/realdocs/originals/* $W/seeds/; Q=$(mktemp); cat /work/shared/realdocs/questions/*.jsonl > $Q
else
  S=$ROOT/test/$SET; [ -d $S ] || S=/work/main/test/$SET; [ -d $S ] || S=/work/blindsrc/$SET
  cp -r $S/docs/. $W/seeds/; Q=$S/questions.jsonl; fi
cd $W && npx tsx server/cli/ingest.ts --keep-going > $W/ingest.log 2>&1
[ -d web/dist ] || npx tsx web/build.ts > /dev/null 2>&1
PORT=$PORT setsid npx tsx server/node.ts > $W/server.log 2>&1 &
SP=$!
for i in $(seq 1 120); do curl -sf http://127.0.0.1:$PORT/api/health >/dev/null && break; sleep 0.5; done
python3 /work/shared/tools/ask_eval.py --questions $Q --base http://127.0.0.1:$PORT > /tmp/sc/$P-$SET.txt 2>&1
kill -- -$SP 2>/dev/null; sleep 0.3; kill -9 -- -$SP 2>/dev/null; wait $SP 2>/dev/null
tail -1 /tmp/sc/$P-$SET.txt | sed "s/^/$SET /"
