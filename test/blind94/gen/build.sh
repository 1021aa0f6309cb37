#!/bin/sh
# Rebuild blind94: real pages A-D, invented workbook E, questions, then run the checks.
set -e
cd "$(dirname "$0")"
python3 build_real.py
python3 build_e.py > /dev/null
python3 questions.py > /dev/null
python3 check.py
