#!/bin/sh
# rebuild blind74 from gen/ and check it (needs openpyxl)
cd "$(dirname "$0")" && /usr/bin/python3 src_raw.py && /usr/bin/python3 build_real.py && /usr/bin/python3 build_e.py && /usr/bin/python3 make_questions.py && /usr/bin/python3 check.py
