#!/bin/sh
# Rebuild blind68 from gen/ and re-run the check (Debian python3-reportlab, fonts-wqy-zenhei, poppler-utils).
set -e
cd "$(dirname "$0")"
/usr/bin/python3 build_real.py
/usr/bin/python3 e_data.py > /dev/null
/usr/bin/python3 build_e.py
/usr/bin/python3 make_questions.py
/usr/bin/python3 check.py
