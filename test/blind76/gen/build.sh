#!/bin/sh
# rebuild blind76 from gen/ (needs /usr/bin/python3 with reportlab, poppler pdftotext/pdfinfo)
set -e
cd "$(dirname "$0")"
/usr/bin/python3 src_raw.py
/usr/bin/python3 build_real.py
/usr/bin/python3 build_e.py
/usr/bin/python3 make_questions.py
/usr/bin/python3 check.py
