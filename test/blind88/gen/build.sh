#!/bin/sh
# Rebuild the five documents and the questions, then check everything.
set -e
cd "$(dirname "$0")"
python3 src_raw.py
python3 build_real.py
python3 e_data.py > /dev/null
python3 build_e.py
python3 make_questions.py
python3 check.py
