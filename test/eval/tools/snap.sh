#!/usr/bin/env bash
# snap.sh SRC NAME: copy code (no node_modules, data, test) of SRC to /tmp/snap-NAME, symlink node_modules
set -e
SRC=$(cd "$1" && pwd); D=/tmp/snap-$2
rm -rf $D; mkdir -p $D
for x in server web package.json tsconfig.json wrangler.toml vitest.config.ts; do cp -r $SRC/$x $D/; done
ln -s /work/main/node_modules $D/node_modules
mkdir -p $D/data $D/seeds; for f in $SRC/data/*; do case $(basename $f) in corpus.json|search-index.json|text|store) ;; *) cp -r $f $D/data/;; esac; done
echo $D
