#!/bin/sh
# rebuild blind70 from gen/ and check it (reportlab is the Debian package: use /usr/bin/python3)
cd "$(dirname "$0")" && /usr/bin/python3 build_real.py && /usr/bin/python3 build_e.py && /usr/bin/python3 make_questions.py && /usr/bin/python3 check.py
