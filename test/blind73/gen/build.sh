#!/bin/sh
# rebuild blind73 from gen/ and check it (needs reportlab and pdftotext)
cd "$(dirname "$0")" && python3 src_raw.py && python3 build_real.py && python3 build_e.py && python3 make_questions.py && python3 check.py
