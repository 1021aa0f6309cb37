#!/bin/sh
set -e
cd "$(dirname "$0")"
python3 make_src.py
python3 e_data.py > /dev/null
python3 build_docs.py
python3 build_e.py
pdftotext -layout ../docs/E-lichuan-jyj-2025-bmys.pdf e_text.txt
python3 make_questions.py
python3 check.py
