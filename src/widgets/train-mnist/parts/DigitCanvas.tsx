// One 28×28 image on a small canvas, white ink on black as MNIST is usually shown (the same
// in light and dark themes), scaled up by CSS with square pixels.
import { useEffect, useRef } from 'react';
import { paintDigit } from '../pad';
import { SIDE } from '../model';

export function DigitCanvas({
  pixels,
  scale,
  label,
  className,
}: {
  /** 784 grey levels in 0..`scale` */
  pixels: ArrayLike<number>;
  scale: number;
  label: string;
  className?: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paintDigit(ref.current, pixels, scale);
  }, [pixels, scale]);
  return (
    <canvas
      ref={ref}
      width={SIDE}
      height={SIDE}
      role="img"
      aria-label={label}
      className={`train-mnist__digit ${className ?? ''}`}
    />
  );
}
