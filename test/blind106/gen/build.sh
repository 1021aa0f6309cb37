#!/bin/sh
# Rebuild blind106: real pages A-D, invented workbook E, questions, then run the checks.
set -e
cd "$(dirname "$0")"
python3 build_real.py
python3 build_e.py
python3 make_questions.py
python3 check.py
