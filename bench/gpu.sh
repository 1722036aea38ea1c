#!/usr/bin/env bash
# The site's backend pick, the widget, readback and training benchmarks on this machine's GPU: headless Chromium with ANGLE on
# Vulkan (BENCH_GPU=1, flags in bench/chromium-args.ts), WebGL against wasm in the same run.
# First prints the WebGL renderer Chromium got (UNMASKED_RENDERER); a software rasterizer
# (SwiftShader, llvmpipe, …) is never reported as a GPU: the script stops there, or with
# --allow-software runs and labels every result "software WebGL, not a GPU".
#
#   npm run bench:gpu [-- --quick] [-- --allow-software] [-- --widgets-only] [-- --no-build]
#   BENCH_CHROMIUM_ARGS="--use-gl=egl" npm run bench:gpu    # where Vulkan is missing
#   BENCH_DIST=folder npm run bench:gpu -- --no-build       # another build than dist/
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0 allow_software=0 widgets_only=0 build=1
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    --allow-software) allow_software=1 ;;
    --widgets-only) widgets_only=1 ;;
    --no-build) build=0 ;;
    *) echo "bench/gpu.sh: unknown option $a" >&2; exit 2 ;;
  esac
done
export BENCH_GPU=1
dist="${BENCH_DIST:-dist}"

echo "# GPU benchmarks — $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m)"
set +e
probe="$(npx tsx bench/gpu-probe.ts)"
rc=$?
set -e
echo "$probe"
renderer="$(printf '%s\n' "$probe" | sed -n 's/^WebGL renderer: //p')"
case $rc in
  0) label="GPU: $renderer" ;;
  3)
    if [ "$allow_software" = 1 ]; then
      label="software WebGL, NOT a GPU: $renderer"
    else
      echo "No GPU here: Chromium's WebGL runs on a software rasterizer. Nothing measured." >&2
      echo "(--allow-software runs anyway and labels the results as software WebGL.)" >&2
      exit 3
    fi
    ;;
  4) echo "No WebGL in this Chromium: nothing to measure on a GPU." >&2; exit 4 ;;
  *) echo "bench/gpu-probe.ts failed (exit $rc)" >&2; exit "$rc" ;;
esac

if [ "$build" = 1 ] || [ ! -f "$dist/index.html" ]; then
  echo "building $dist/ …"
  npm run prepare-data >/dev/null
  npx vite build --outDir "$dist" >/dev/null
fi

echo
echo "## webgl below = $label"
echo
changes=50
[ "$quick" = 1 ] && changes=10
# which backend the site's own probe picks here (nothing remembered)
npx tsx bench/backend-pick.ts --dist="$dist"
npx tsx bench/widgets.bench.ts --dist="$dist" --backends=webgl,wasm --changes="$changes" \
  | sed "s/ webgl / webgl [$label] /"
# where a readback's wait goes: fence polling, a bare worker against the site's page (gpu-readback.ts)
npx tsx bench/gpu-readback.ts --n="$changes" --dist="$dist"
if [ "$widgets_only" = 0 ]; then
  iterations=1200
  [ "$quick" = 1 ] && iterations=300
  BENCH_DIST="$dist" npx tsx bench/training-page.bench.ts --backends=webgl,wasm \
    --iterations="$iterations" | sed "s/ webgl / webgl [$label] /"
fi
echo
echo "(webgl = $label)"
