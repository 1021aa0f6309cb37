#!/bin/sh
set -e
cd "$(dirname "$0")"
python3 e_data.py
python3 build_e.py
python3 build_docs.py
python3 questions.py
python3 check.py
