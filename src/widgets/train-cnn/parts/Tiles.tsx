// Grey tiles on one canvas (filters 5×5, feature maps 24×24, a digit 28×28): one pixel per value,
// 1-pixel gaps, scaled up by CSS without smoothing. `grey`: count·size² levels 0…255.
import { useEffect, useRef } from 'react';

export function Tiles({
  grey,
  count,
  size,
  cols,
  label,
  className,
}: {
  grey: Uint8Array | null;
  count: number;
  size: number;
  cols: number;
  label: string;
  className?: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const rows = Math.ceil(count / cols);
  const width = cols * (size + 1) - 1;
  const height = rows * (size + 1) - 1;
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, width, height);
    if (!grey) return;
    const img = ctx.createImageData(width, height);
    for (let t = 0; t < count; t++) {
      const ox = (t % cols) * (size + 1);
      const oy = Math.floor(t / cols) * (size + 1);
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++) {
          const v = grey[t * size * size + y * size + x];
          const k = 4 * ((oy + y) * width + ox + x);
          img.data[k] = img.data[k + 1] = img.data[k + 2] = v;
          img.data[k + 3] = 255;
        }
    }
    ctx.putImageData(img, 0, 0);
  }, [grey, count, size, cols, width, height]);
  return (
    <canvas
      ref={ref}
      className={`cnn__tiles ${className ?? ''}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      data-ready={grey !== null}
      style={{ aspectRatio: `${width} / ${height}` }}
    />
  );
}
