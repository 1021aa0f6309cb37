#!/bin/sh
# Rebuild blind83: stored excerpts -> A-D HTML, E PDF, questions, then run the checks.
set -e
cd "$(dirname "$0")"
python3 src_raw.py
python3 build_real.py
python3 build_e.py
python3 make_questions.py
python3 check.py
