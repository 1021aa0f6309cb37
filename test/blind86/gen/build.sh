#!/bin/sh
# Rebuild blind86: real pages A-D, invented E (PDF), questions, then run the checks.
set -e
cd "$(dirname "$0")"
python3 src_raw.py
python3 build_real.py
python3 e_data.py
python3 build_e.py
python3 questions.py
python3 check.py
