#!/bin/sh
# Rebuild blind81: real pages (A-D), invented workbook (E), questions, then check.
set -e
cd "$(dirname "$0")"
python3 src_raw.py
python3 build_real.py
python3 build_e.py
python3 questions.py
python3 check.py
