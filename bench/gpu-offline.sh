#!/bin/bash
# Runs inside an unpacked bench/gpu-bundle.sh bundle on a machine with a GPU and nothing else:
# unpacks glvnd and the Vulkan loader into /, finds a Chromium configuration whose WebGL renderer
# is a hardware GPU (ANGLE on Vulkan first, then ANGLE on EGL, then plain EGL), and runs with it
# the site's own backend pick, the widget bench (weight-init and optimizer, webgl against wasm),
# the readback bench, the book's training run in the page and every live slider. Logs go to $OUT
# (default /tmp/out) too. No GPU found: it prints the GPU process's log and exits 3; nothing is
# labelled as GPU that is not one.
#   bash gpu-offline.sh        DRY=1: here, without asking for a GPU (with tiny counts)
#   CHANGES=50 ITER=book|N SCH=30 and T_P T_W T_R T_T T_S (seconds allowed per bench) may be set.
set -u
cd "$(dirname "$0")" || exit 1
H=$PWD
O=${OUT:-/tmp/out}
mkdir -p "$O"
log() { echo "== $*"; }
if [ "${DRY:-0}" != 1 ]; then
  for f in gl/*.deb; do dpkg -x "$f" /; done
  ldconfig
  nv=/usr/local/nvidia/share
  [ -f $nv/vulkan/icd.d/nvidia_icd.json ] && export VK_DRIVER_FILES=$nv/vulkan/icd.d/nvidia_icd.json
  [ -f $nv/glvnd/egl_vendor.d/10_nvidia.json ] &&
    export __EGL_VENDOR_LIBRARY_FILENAMES=$nv/glvnd/egl_vendor.d/10_nvidia.json
  log "VK_DRIVER_FILES=${VK_DRIVER_FILES:-} EGL vendor=${__EGL_VENDOR_LIBRARY_FILENAMES:-}"
  nvidia-smi -L
  grep PRETTY /etc/os-release
  ldd --version | head -1
fi
NV=""
for d in /usr/local/nvidia/lib64 /usr/local/nvidia/lib; do [ -d $d ] && NV="$NV:$d"; done
cat >"$H/chromium/run" <<W
#!/bin/sh
export LD_LIBRARY_PATH=$H/lib$NV
export FONTCONFIG_FILE=$H/fonts/fonts.conf
exec $H/chromium/chromium "\$@"
W
chmod +x "$H/chromium/run" "$H/chromium/chromium" "$H/node"
export CHROMIUM_PATH=$H/chromium/run PATH=$H:$PATH
log "libraries Chromium lacks here (none expected):"
LD_LIBRARY_PATH=$H/lib$NV ldd "$H/chromium/chromium" | grep "not found"
"$H/chromium/run" --version
export BENCH_GPU=1
[ "${DRY:-0}" = 1 ] && export BENCH_GPU=0
chosen="" label=""
for cfg in "" "--use-angle=gl-egl" "--use-gl=egl" "--use-angle=vulkan --use-vulkan=native"; do
  log "probe: BENCH_CHROMIUM_ARGS='$cfg'"
  export BENCH_CHROMIUM_ARGS="--disable-dev-shm-usage $cfg"
  p="$(timeout 40 node bench/gpu-probe.mjs 2>&1)"
  rc=$?
  if [ $rc = 0 ]; then echo "$p" | tail -5; else echo "$p" | tail -25 | cut -c1-400; fi
  echo "rc=$rc"
  if [ $rc = 0 ] || [ "${DRY:-0}" = 1 ]; then
    chosen="$cfg"
    label="$(printf '%s\n' "$p" | sed -n 's/^WebGL renderer: //p')"
    break
  fi
done
if [ -z "$label" ] && [ "${DRY:-0}" != 1 ]; then
  log "no hardware WebGL; the GPU process's log with ANGLE on Vulkan:"
  timeout 40 "$H/chromium/run" --headless=new --no-sandbox --disable-dev-shm-usage --enable-gpu \
    --use-angle=vulkan --enable-features=Vulkan --enable-logging=stderr --v=1 --dump-dom about:blank 2>&1 |
    grep -i -E "gpu|vulkan|egl|angle|gl_|error" | head -60
  exit 3
fi
export BENCH_CHROMIUM_ARGS="--disable-dev-shm-usage $chosen"
log "chosen: '$chosen' → webgl = $label"
if [ "${ITER:-book}" = book ]; then targs=(--book); else targs=(--iterations="$ITER"); fi
log "the site's own pick (its probe, three fresh profiles)"
timeout "${T_P:-90}" node bench/backend-pick.mjs --dist=dist 2>&1 | tee "$O/pick.log"
log "widgets"
timeout "${T_W:-150}" node bench/widgets.bench.mjs --dist=dist --backends=webgl,wasm \
  --changes="${CHANGES:-50}" 2>&1 | tee "$O/widgets.log"
log "readback"
timeout "${T_R:-90}" node bench/gpu-readback.mjs --n="${CHANGES:-50}" --dist=dist 2>&1 | tee "$O/readback.log"
log "training"
BENCH_DIST=$H/dist timeout "${T_T:-170}" node bench/training-page.bench.mjs --backends=webgl,wasm \
  "${targs[@]}" 2>&1 | tee "$O/training.log"
log "sliders"
timeout "${T_S:-120}" node bench/sliders.bench.mjs --dist=dist --backends=webgl,wasm \
  --changes="${SCH:-30}" --aligned --ahead 2>&1 | tee "$O/sliders.log"
log "webgl above = $label (Chromium flags: $BENCH_CHROMIUM_ARGS)"
