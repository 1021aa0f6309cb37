"""Flatten E's workbook to text (one line per row, cells joined by ' | '; numbers printed with two decimals)."""
import glob, os
from openpyxl import load_workbook
HERE = os.path.dirname(os.path.abspath(__file__))
def e_text():
    wb = load_workbook(glob.glob(os.path.join(os.path.dirname(HERE), "docs", "E-*.xlsx"))[0])
    out = []
    for ws in wb.worksheets:
        out.append(f"=== {ws.title}")
        for row in ws.iter_rows(values_only=True):
            cells = [f"{v:.2f}" if isinstance(v, float) else str(v) for v in row if v is not None]
            if cells: out.append(" | ".join(cells))
    return "\n".join(out)
if __name__ == "__main__":
    print(e_text())
