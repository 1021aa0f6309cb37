#!/bin/sh
# Rebuild blind66 from gen/ and re-run the check.
set -e
cd "$(dirname "$0")"
python3 e_data.py > /dev/null
python3 build_real.py
python3 build_e.py
python3 make_questions.py
python3 check.py
