#!/bin/sh
# Rebuild blind92: real pages (A-D), invented docx (E), questions, then check.
set -e
cd "$(dirname "$0")"
python3 src_raw.py
python3 build_real.py
python3 e_data.py > /dev/null
python3 build_e.py
python3 questions.py
python3 check.py
