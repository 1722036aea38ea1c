// One 28×28 test digit on a canvas, white ink on black as MNIST is usually shown (the same in
// light and dark themes), scaled up by CSS with square pixels.
import { useEffect, useRef } from 'react';
import { SIDE } from '../model';

export function DigitCanvas({
  images,
  index,
  label,
  className,
}: {
  /** all test images, 784 grey levels 0..255 each */
  images: Uint8Array;
  index: number;
  /** accessible name; omit for a decorative copy (a labelled parent names it) */
  label?: string;
  className?: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const px = SIDE * SIDE;
    const img = ctx.createImageData(SIDE, SIDE);
    for (let i = 0; i < px; i++) {
      const v = images[index * px + i];
      img.data.set([v, v, v, 255], i * 4);
    }
    ctx.putImageData(img, 0, 0);
  }, [images, index]);
  return (
    <canvas
      ref={ref}
      width={SIDE}
      height={SIDE}
      className={`mnist-inference-digit ${className ?? ''}`}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    />
  );
}
