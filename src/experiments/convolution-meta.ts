// Engine-free facts of the ch. 7 convolution widgets: the book's 4×4 example (§7.2.3), filter
// presets, the filter's text form for the URL, and the output-size formula as plain arithmetic
// (the engine's outputSize floors the same way; the book: 1 + int((H + 2*pad - FH) / stride)).

/** The book's input (Fig. 7-3) and filter; output (15, 16, 6, 15), with bias 3 (18, 19, 9, 18). */
export const BOOK_INPUT: readonly number[] = [1, 2, 3, 0, 0, 1, 2, 3, 3, 0, 1, 2, 2, 3, 0, 1];
export const BOOK_FILTER_TEXT = '2,0,1;0,1,2;1,0,2';

export type FilterPreset = 'book' | 'edge' | 'blur' | 'sharpen';

export const FILTER_PRESETS: ReadonlyArray<{ name: FilterPreset; label: string; text: string }> = [
  { name: 'book', label: '책의 필터', text: BOOK_FILTER_TEXT },
  { name: 'edge', label: '윤곽선', text: '-1,-1,-1;-1,8,-1;-1,-1,-1' },
  { name: 'blur', label: '흐림', text: '0.111,0.111,0.111;0.111,0.111,0.111;0.111,0.111,0.111' },
  { name: 'sharpen', label: '선명하게', text: '0,-1,0;-1,5,-1;0,-1,0' },
];

/** Rows separated by `;`, numbers by `,`: 1 … 5 rows of 1 … 5 numbers, all rows equally long. */
export const FILTER_PATTERN =
  /-?\d+(\.\d+)?(,-?\d+(\.\d+)?){0,4}(;-?\d+(\.\d+)?(,-?\d+(\.\d+)?){0,4}){0,4}/;

export interface Filter {
  rows: number[][];
  FH: number;
  FW: number;
}

/** Parses the text form; null when rows differ in length or a number is not finite. */
export function parseFilter(text: string): Filter | null {
  const rows = text.split(';').map((r) => r.split(',').map(Number));
  const FW = rows[0]?.length ?? 0;
  if (rows.length < 1 || rows.length > 5 || FW < 1 || FW > 5) return null;
  if (rows.some((r) => r.length !== FW || r.some((v) => !Number.isFinite(v)))) return null;
  return { rows, FH: rows.length, FW };
}

const num = (v: number) => String(Number(v.toFixed(3)));

export function filterText(rows: number[][]): string {
  return rows.map((r) => r.map(num).join(',')).join(';');
}

/** The filter grown (new cells 0) or cut to FH×FW. */
export function resizeFilter(f: Filter, FH: number, FW: number): string {
  return filterText(
    Array.from({ length: FH }, (_, y) => Array.from({ length: FW }, (_, x) => f.rows[y]?.[x] ?? 0)),
  );
}

export interface SizeCheck {
  /** H + 2P − FH */
  span: number;
  /** span / S as written (may be fractional) */
  exact: number;
  /** the book's code: 1 + int(span / S) */
  floored: number;
  /** span is a multiple of S and ≥ 0 */
  divisible: boolean;
  /** the window fits at all (span ≥ 0) */
  fits: boolean;
}

/** OH = (H + 2P − FH)/S + 1, checked: is it a whole number, and what the book's code makes of it. */
export function checkSize(H: number, F: number, P: number, S: number): SizeCheck {
  const span = H + 2 * P - F;
  return {
    span,
    exact: span / S + 1,
    floored: Math.floor(span / S) + 1,
    divisible: span >= 0 && span % S === 0,
    fits: span >= 0,
  };
}
