#!/bin/sh
# Rebuild blind91: real pages A–D from their stored text, the invented PDF E, the questions, then check everything.
set -e
cd "$(dirname "$0")"
python3 src_raw.py
python3 build_real.py
python3 e_data.py
python3 build_e.py
python3 questions.py
python3 check.py
