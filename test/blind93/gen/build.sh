#!/bin/sh
# Rebuilds docs/A–E and questions.jsonl, then runs the checks. python3 stdlib only.
set -e
cd "$(dirname "$0")"
python3 build_real.py
python3 build_e.py
python3 build_q.py
python3 check.py
