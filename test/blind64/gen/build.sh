#!/bin/sh
set -e
cd "$(dirname "$0")"
python3 e_data.py >/dev/null
python3 build_docs.py
python3 build_e.py
pdftotext -layout ../docs/E-yuting-wlj-2024-bmjs.pdf e_text.txt
python3 questions.py
python3 check.py
