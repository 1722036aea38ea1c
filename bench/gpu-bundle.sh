#!/usr/bin/env bash
# Packs what bench/gpu.sh needs into one self-contained bundle, for a machine with a GPU but no
# Chromium, no Node and no network (a bare CUDA image, say): this machine's Debian Chromium and
# every library it links (glibc and libstdc++ aside), this Node, playwright-core, the benches
# bundled by esbuild, the production build, the glvnd and Vulkan-loader packages an NVIDIA driver
# needs, and bench/gpu-offline.sh, which runs there. The bundle is split into parts for transfers
# with a size limit.
#
#   bash bench/gpu-bundle.sh [OUTDIR] [PART]     (default .scratch/gpu-bundle, parts of 54M)
#   there:  mkdir -p /tmp/s && cat part.* | xz -dc | tar -x -C /tmp/s && bash /tmp/s/gpu-offline.sh
#   here, the same bundle without a GPU (tiny counts, WebGL not asked for):
#           DRY=1 CHANGES=2 ITER=50 SCH=2 bash STAGE/gpu-offline.sh
# Chromium 150 with Debian 12's libraries needs glibc ≥ 2.36 there (Ubuntu 24.04 has 2.39).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-.scratch/gpu-bundle}")"
part="${2:-54M}"
stage="$out/stage"
rm -rf "$out" && mkdir -p "$stage"/{bench,chromium,lib,gl,fonts,node_modules}

echo "benches → $stage/bench (esbuild, playwright-core left external)"
for f in gpu-probe backend-pick widgets.bench training-page.bench sliders.bench; do
  npx esbuild "bench/$f.ts" --bundle --platform=node --format=esm --target=node20 \
    --external:playwright-core --outfile="$stage/bench/$f.mjs" --log-level=warning
done
# the readback bench's worker, built once here (no esbuild there); Vite's ?url imports unused
npx esbuild bench/readback-worker.ts --bundle --format=iife --external:'*?url' \
  --outfile="$stage/bench/readback-worker.js" --log-level=warning
npx esbuild bench/gpu-readback.ts --bundle --platform=node --format=esm --target=node20 \
  --external:playwright-core --external:esbuild --outfile="$stage/bench/gpu-readback.mjs" \
  --log-level=warning
cp -r node_modules/playwright-core "$stage/node_modules/"
cp "$(readlink -f "$(command -v node)")" "$stage/node"

echo "production build → $stage/dist"
[ -f dist/index.html ] || npm run build >/dev/null
cp -r dist "$stage/dist"

echo "Chromium and its libraries"
src=/usr/lib/chromium
for f in "$src"/*; do
  case "$(basename "$f")" in
    # validation layers, the mock ICD and SwiftShader: not wanted where a GPU is measured
    libVkLayer_khronos_validation.so* | libVkICD_mock_icd.so* | libvk_swiftshader.so | vk_swiftshader_icd.json) ;;
    *) cp -r "$f" "$stage/chromium/" ;;
  esac
done
glibc='^(linux-vdso|libc\.so|libm\.so|libpthread|libdl\.so|ld-linux|librt\.so|libstdc\+\+|libgcc_s|libresolv|libutil)'
for b in chromium libEGL.so libGLESv2.so libvulkan.so.1 chrome_crashpad_handler; do ldd "$src/$b"; done |
  awk '$2 == "=>" && $3 ~ /^\// { print $1, $3 }' | sort -u | grep -v -E "$glibc" |
  while read -r name path; do cp -L "$path" "$stage/lib/$name"; done
# NSS opens its token modules at run time (not in ldd's list)
for f in libsoftokn3 libfreebl3 libfreeblpriv3 libnssdbm3 libnssckbi; do
  cp -L /usr/lib/x86_64-linux-gnu/$f.* "$stage/lib/" 2>/dev/null || true
done
cp -L /usr/lib/x86_64-linux-gnu/libsqlite3.so.0 "$stage/lib/"
echo "  $(ls "$stage/lib" | wc -l) files in lib/"

echo "glvnd and the Vulkan loader (unpacked into / there, as NVIDIA's ICD expects)"
mkdir -p /tmp/gpu-bundle-apt/partial
o=(-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 -oDir::State::Lists=/tmp/gpu-bundle-apt)
apt-get "${o[@]}" update >/dev/null
(cd "$stage/gl" && apt-get "${o[@]}" download libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 \
  libglx0 libgles2 2>&1 | grep -v -E 'unsandboxed|^Get:|^Fetched' || true)

cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf "$stage/fonts/"
cat >"$stage/fonts/fonts.conf" <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir prefix="relative">.</dir><cachedir>/tmp/fc-cache</cachedir></fontconfig>
EOF
cp bench/gpu-offline.sh "$stage/gpu-offline.sh"

echo "packing $(du -sh "$stage" | cut -f1) (xz -9, a few minutes)"
tar -C "$stage" -cf - . | xz -9 -T0 >"$out/bundle.tar.xz"
split -b "$part" -d -a 1 "$out/bundle.tar.xz" "$out/part."
rm "$out/bundle.tar.xz"
(cd "$out" && cat part.* | md5sum | sed 's/-$/bundle (cat part.*)/' >md5 && ls -la part.* && cat md5)
