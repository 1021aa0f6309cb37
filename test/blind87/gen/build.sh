#!/bin/sh
# Rebuild the documents and questions of blind87 and check them.
set -e
cd "$(dirname "$0")"
python3 src_raw.py
python3 build_real.py
python3 build_e.py
python3 make_questions.py
python3 check.py
