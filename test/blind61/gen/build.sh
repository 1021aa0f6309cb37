#!/bin/sh
set -e
cd "$(dirname "$0")"
python3 e_data.py
python3 build_docs.py
python3 build_e.py
pdftotext -layout ../docs/E-huagou-zhen-2024-bmjs.pdf e_text.txt
python3 make_questions.py
python3 check.py
