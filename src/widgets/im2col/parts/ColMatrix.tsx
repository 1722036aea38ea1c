// The unrolled matrix col (one row per window, columns in the book's order c, ky, kx): a heat
// map of the values on one canvas, the selected row outlined; pointing at or clicking a row
// selects its window. The canvas keeps one height whatever the shape (a slider that changes N or
// H does not move the rest of the page): rows share it, numbers appear when cells are big enough.
// Before the engine's col is in (`col` null) the same box waits with the selected row outlined,
// a "…" over it, and the caption's row list in its room.
import { useLayoutEffect, useMemo, useRef, type PointerEvent } from 'react';
import { fmt, Pending, useElementWidth, useThemeColors } from '../../kit';
import { RowValues } from './RowValues';

/** Height of the heat map in CSS px, whatever the shape */
const HEIGHT = 240;
const COLORS = ['bg', 'fg', 'series-1', 'series-2'] as const;
/** values are integers 0…9: the heat is v / HEAT_MAX */
const HEAT_MAX = 10;
const heat = (v: number) => Math.min(1, Math.max(0, v / HEAT_MAX));

/** A CSS colour's red, green and blue, as a canvas paints it. */
function rgbOf(color: string): [number, number, number] {
  const c = document.createElement('canvas');
  c.width = c.height = 1;
  const g = c.getContext('2d', { willReadFrequently: true });
  if (!g) return [0, 0, 0];
  g.fillStyle = color;
  g.fillRect(0, 0, 1, 1);
  const [r, gr, b] = g.getImageData(0, 0, 1, 1).data;
  return [r, gr, b];
}

/** The heat map at one pixel per cell, the heat as each pixel's opacity (null without a canvas). */
function cellBitmap(
  col: Float32Array,
  rows: number,
  cols: number,
  [r, g, b]: [number, number, number],
): HTMLCanvasElement | null {
  const cells = document.createElement('canvas');
  cells.width = cols;
  cells.height = rows;
  const cg = cells.getContext('2d');
  if (!cg) return null;
  const img = cg.createImageData(cols, rows);
  const px = img.data;
  for (let k = 0, o = 0; k < rows * cols; k++, o += 4) {
    px[o] = r;
    px[o + 1] = g;
    px[o + 2] = b;
    px[o + 3] = Math.round(255 * heat(col[k]));
  }
  cg.putImageData(img, 0, 0);
  return cells;
}

export function ColMatrix({
  col,
  rows,
  cols,
  selected,
  onSelect,
}: {
  /** the engine's col (rows × cols); null while it is not in */
  col: Float32Array | null;
  rows: number;
  cols: number;
  selected: number;
  onSelect: (row: number) => void;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(canvasRef, 600);
  const colors = useThemeColors(boxRef, COLORS);
  const heatRgb = useMemo(() => (colors ? rgbOf(colors['series-2']) : null), [colors]);
  // Built when the numbers or the colour change, not when another row is selected.
  const cells = useMemo(
    () => (heatRgb && col ? cellBitmap(col, rows, cols, heatRgb) : null),
    [col, rows, cols, heatRgb],
  );
  const rowPx = HEIGHT / rows;
  const cellPx = width / cols;
  const numbers = col !== null && cellPx >= 16 && rowPx >= 14;
  const row = col && Array.from(col.subarray(selected * cols, (selected + 1) * cols));

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const g = canvas?.getContext('2d');
    if (!canvas || !g || !colors) return;
    const dpr = window.devicePixelRatio || 1;
    // (setting a size, even the same one, drops the canvas's bitmap and makes a new one)
    const [cw, ch] = [Math.round(width * dpr), Math.round(HEIGHT * dpr)];
    if (canvas.width !== cw) canvas.width = cw;
    if (canvas.height !== ch) canvas.height = ch;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.fillStyle = colors.bg;
    g.fillRect(0, 0, width, HEIGHT);
    // The cells' bitmap stretched over the canvas without smoothing: one draw call for up to
    // 6,750 cells, every cell on whole device pixels (no seams).
    g.imageSmoothingEnabled = false;
    if (cells) g.drawImage(cells, 0, 0, width, HEIGHT);
    if (col && numbers) {
      g.font = `${Math.min(12, rowPx * 0.7)}px system-ui, sans-serif`;
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      for (let r = 0; r < rows; r++)
        for (let j = 0; j < cols; j++) {
          const v = col[r * cols + j];
          g.fillStyle = heat(v) > 0.55 ? colors.bg : colors.fg; // legible on dark and light cells
          g.fillText(fmt(v), (j + 0.5) * cellPx, (r + 0.5) * rowPx);
        }
    }
    g.strokeStyle = colors['series-1'];
    g.lineWidth = 2;
    g.strokeRect(1, selected * rowPx + 1, width - 2, Math.max(rowPx - 2, 1));
  }, [col, rows, cols, cells, selected, width, colors, rowPx, cellPx, numbers]);

  const pick = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = Math.floor(e.nativeEvent.offsetY / rowPx);
    if (r >= 0 && r < rows && r !== selected) onSelect(r);
  };
  return (
    <figure className="im2col-matrix-figure">
      <div
        ref={boxRef}
        className="im2col-matrix"
        style={{ height: HEIGHT }}
        data-rows={rows}
        data-cols={cols}
        data-row-px={rowPx}
        data-selected-row={selected}
        data-row-values={row?.join(',')}
        data-waiting={col ? undefined : ''}
        aria-busy={!col}
      >
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={`im2col 결과 col: ${rows}행 ${cols}열 히트맵, ${selected + 1}번째 행 강조${col ? '' : ' (계산 중)'}`}
          onPointerMove={pick}
          onPointerDown={pick}
        />
        {!col && (
          <span className="im2col-matrix-wait">
            <Pending />
          </span>
        )}
      </div>
      <figcaption>
        col: {rows}행 × {cols}열 (색이 진할수록 큰 값, 0~9). 강조한 행 {selected + 1} ={' '}
        <RowValues row={row} cols={cols} />
      </figcaption>
    </figure>
  );
}
