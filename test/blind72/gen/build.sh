#!/bin/sh
# rebuild blind72 from gen/ and check it
cd "$(dirname "$0")" && python3 build_real.py && python3 build_e.py && python3 make_questions.py && python3 check.py
