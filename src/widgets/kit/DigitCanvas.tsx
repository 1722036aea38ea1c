// One 28×28 grey image (an MNIST digit) on a canvas of its own resolution, white ink on black as
// MNIST is usually shown (the same in light and dark themes); the caller's class scales it up by
// CSS with square pixels. Redrawn only when its pixels change.
import { useEffect, useRef } from 'react';

/** MNIST's side in pixels. */
const DIGIT_SIDE = 28;

/** Writes 784 grey levels in 0 … `scale`, from `offset` on, into `canvas` (28×28). */
function paintDigit(
  canvas: HTMLCanvasElement,
  pixels: ArrayLike<number>,
  scale = 1,
  offset = 0,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(DIGIT_SIDE, DIGIT_SIDE);
  const rgba = img.data; // written in place: no array per pixel
  for (let i = 0, j = 0; i < DIGIT_SIDE * DIGIT_SIDE; i++, j += 4) {
    const v = Math.round((Math.min(scale, Math.max(0, pixels[offset + i])) / scale) * 255);
    rgba[j] = rgba[j + 1] = rgba[j + 2] = v;
    rgba[j + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

export function DigitCanvas({
  pixels,
  scale = 1,
  offset = 0,
  label,
  className,
}: {
  /** grey levels in 0 … `scale`: 784 of them from `offset` on (a whole image set may be passed) */
  pixels: ArrayLike<number>;
  /** the white level: 1 for 0 … 1 floats, 255 for bytes */
  scale?: number;
  /** where the image starts in `pixels` */
  offset?: number;
  /** accessible name; omit for a decorative copy (a labelled parent names it) */
  label?: string;
  className: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paintDigit(ref.current, pixels, scale, offset);
  }, [pixels, scale, offset]);
  return (
    <canvas
      ref={ref}
      width={DIGIT_SIDE}
      height={DIGIT_SIDE}
      className={className}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    />
  );
}
