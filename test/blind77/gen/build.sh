#!/bin/sh
# Rebuild everything in blind77 from gen/ (run from anywhere).
set -e
cd "$(dirname "$0")"
/usr/bin/python3 src_raw.py        # stored excerpts -> src_*.json / src_*.txt
/usr/bin/python3 build_real.py     # A-D html
/usr/bin/python3 e_data.py >/dev/null  # E data + reconciliation asserts
/usr/bin/python3 build_e.py        # E html
/usr/bin/python3 make_questions.py # questions.jsonl
/usr/bin/python3 check.py          # all checks
