// One 28×28 image (grey levels 0 … 1) on a canvas, white ink on black as MNIST is usually shown,
// scaled up by CSS with square pixels.
import { useEffect, useRef } from 'react';

const SIDE = 28;

export function DigitCanvas({
  pixels,
  label,
  className,
}: {
  /** 784 grey levels 0 … 1 */
  pixels: Float32Array;
  label: string;
  className?: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(SIDE, SIDE);
    for (let i = 0; i < SIDE * SIDE; i++) {
      const v = Math.round(255 * Math.min(1, Math.max(0, pixels[i])));
      img.data.set([v, v, v, 255], i * 4);
    }
    ctx.putImageData(img, 0, 0);
  }, [pixels]);
  return (
    <canvas
      ref={ref}
      width={SIDE}
      height={SIDE}
      className={`data-augmentation-digit ${className ?? ''}`}
      role="img"
      aria-label={label}
    />
  );
}
