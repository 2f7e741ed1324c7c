#!/usr/bin/env bash
# Times 'backtest report' (all eight figures as PDF, SVG and 300 dpi PNG, plus the five-page report.pdf) for a
# six-year daily run, five times. The target is under 2 s of wall time on the project's 2-core machine.
# Usage: tools/time-report.sh [DATA-DIR]   (default ../shared/data/yahoo-daily)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/yahoo-daily}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ReadyToRun: the published program starts without JIT-compiling ScottPlot, SkiaSharp and Deedle first.
dotnet publish src/Backtest.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" > /dev/null
"$work/bin/backtest" run pair-msft-nvda --data "$data" --from 2020-06-01 --to 2026-05-29 --out "$work/results" --no-report > /dev/null
folder=$(ls -d "$work"/results/pair-msft-nvda/*)
echo "report of $(($(wc -l < "$folder/equity.csv") - 1)) days, $(nproc) cores:"
TIMEFORMAT='  %R s wall, %U s user'
for _ in 1 2 3 4 5; do
  time "$work/bin/backtest" report "$folder" > /dev/null
done
