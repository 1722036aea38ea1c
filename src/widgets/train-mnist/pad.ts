// The drawing pad's canvas work (DOM, not pure): strokes, clearing, reading the ink back, and
// drawing a 28×28 digit onto it (a test digit picked from the grid). The pad's pixels are ink
// in the alpha channel of a transparent canvas, so the theme's colours never change the input.
import { inkFromRgba, SIDE } from './model';

/** The pad's own resolution (it is scaled by CSS); MNIST's strokes are ~2 px of 28 → 20 of 280. */
export const PAD = 280;
export const BRUSH = 20;

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  return canvas.getContext('2d', { willReadFrequently: true });
}

/** A round stroke from a to b (a dot when they are the same point), in pad pixels. */
export function strokeSegment(
  canvas: HTMLCanvasElement,
  a: { x: number; y: number },
  b: { x: number; y: number },
  color: string,
): void {
  const ctx = context(canvas);
  if (!ctx) return;
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = BRUSH;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  if (a.x === b.x && a.y === b.y) {
    ctx.arc(a.x, a.y, BRUSH / 2, 0, 2 * Math.PI);
    ctx.fill();
  } else {
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  }
}

export function clearPad(canvas: HTMLCanvasElement): void {
  context(canvas)?.clearRect(0, 0, canvas.width, canvas.height);
}

/** The ink (alpha 0..1) of the whole pad, row-major. */
export function readInk(canvas: HTMLCanvasElement): Float32Array | null {
  const ctx = context(canvas);
  if (!ctx) return null;
  const { width, height } = canvas;
  return inkFromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
}

/** Replaces the drawing with a 28×28 digit (grey levels 0..255), each pixel a 10×10 square. */
export function drawDigit(canvas: HTMLCanvasElement, pixels: ArrayLike<number>, color: string) {
  const ctx = context(canvas);
  if (!ctx) return;
  clearPad(canvas);
  const cell = canvas.width / SIDE;
  ctx.fillStyle = color;
  for (let i = 0; i < SIDE * SIDE; i++) {
    if (pixels[i] === 0) continue;
    ctx.globalAlpha = pixels[i] / 255;
    ctx.fillRect((i % SIDE) * cell, Math.floor(i / SIDE) * cell, cell, cell);
  }
  ctx.globalAlpha = 1;
}
