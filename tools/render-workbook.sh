#!/usr/bin/env bash
# Renders a workbook as LibreOffice prints it: WORKBOOK -> OUTDIR/NAME.pdf -> OUTDIR/NAME-N.png
# (one PNG per printed page), to check the page setup, the number formats and that every native
# chart shows its series without opening a spreadsheet program. Installs nothing.
set -euo pipefail

usage() {
    echo "usage: $0 WORKBOOK OUTDIR" >&2
    echo "  renders WORKBOOK (.xlsx) to OUTDIR/<name>.pdf and OUTDIR/<name>-<page>.png" >&2
    exit 2
}

[ $# -eq 2 ] || usage
workbook=$1
outdir=$2
[ -f "$workbook" ] || { echo "error: no such workbook: $workbook" >&2; exit 2; }

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(soffice)
command -v pdftoppm >/dev/null 2>&1 || missing+=(pdftoppm)
if [ ${#missing[@]} -gt 0 ]; then
    echo "error: ${missing[*]} not found; install LibreOffice Calc and Poppler, e.g." >&2
    echo "  apt-get install -y libreoffice-calc poppler-utils" >&2
    exit 3
fi

mkdir -p "$outdir"
name=$(basename "${workbook%.*}")
# A private profile: a LibreOffice already running for the user (or a stale lock) would
# otherwise take the conversion and exit without writing the PDF.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --norestore \
    --convert-to pdf --outdir "$outdir" "$workbook" >/dev/null
pdf="$outdir/$name.pdf"
[ -f "$pdf" ] || { echo "error: LibreOffice wrote no PDF for $workbook" >&2; exit 1; }
rm -f "$outdir/$name"-*.png
pdftoppm -png -r "${DPI:-80}" "$pdf" "$outdir/$name"
echo "$pdf"
ls "$outdir/$name"-*.png
