#!/bin/sh
# Rebuild blind67 from gen/ and re-run the check. openpyxl is the Debian package (python3-openpyxl), hence /usr/bin/python3.
set -e
cd "$(dirname "$0")"
/usr/bin/python3 build_real.py
/usr/bin/python3 e_data.py > /dev/null
/usr/bin/python3 build_e.py
/usr/bin/python3 make_questions.py
/usr/bin/python3 check.py
