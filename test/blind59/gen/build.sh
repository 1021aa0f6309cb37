#!/bin/sh
# Rebuild blind59 from gen/ and re-check.  python-docx is not needed to build (the .docx XML is written by hand).
set -e
cd "$(dirname "$0")"
python3 e_data.py > /dev/null
python3 build_docs.py
python3 build_e.py
python3 questions.py
cd .. && python3 gen/check.py | tail -2
