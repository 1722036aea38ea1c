// The source files a widget's "이 위젯이 실행하는 코드" panel can show: the experiments and the
// engine, bundled as plain text (Vite `?raw`), one lazy chunk per file, loaded when a reader
// opens the panel. `excerpt` cuts one exported declaration (with its doc comment) out of a file.

/** A declaration a widget runs: `file` relative to src/ (e.g. 'experiments/activations.ts'). */
export interface CodeRef {
  file: string;
  /** the exported function, const or class to show */
  symbol: string;
}

export interface Excerpt {
  text: string;
  /** 1-based first and last line in the file */
  from: number;
  to: number;
}

const FILES = import.meta.glob<string>(['../experiments/*.ts', '../engine/**/*.ts'], {
  query: '?raw',
  import: 'default',
});

/** The whole text of a source file, or an Error in Korean when it is not one we ship. */
export async function loadSource(file: string): Promise<string> {
  const load = FILES[`../${file}`];
  if (!load) throw new Error(`소스 파일 ${file}을(를) 찾지 못했어요`);
  return load();
}

/**
 * The declaration of `symbol` in `source`: from its doc comment (the comment lines right above
 * it) to the first line at column 0 that closes it (`}`, `};`, `});`, `]);`), or to the end of a
 * one-line declaration. Null when the file does not declare it.
 */
export function excerpt(source: string, symbol: string): Excerpt | null {
  const lines = source.split('\n');
  const decl = new RegExp(
    `^export\\s+(?:default\\s+)?(?:async\\s+)?(?:function\\*?|const|let|class)\\s+${symbol}\\b`,
  );
  const start = lines.findIndex((l) => decl.test(l));
  if (start < 0) return null;
  let first = start;
  while (first > 0 && /^\s*(\/\/|\/\*\*|\*|\*\/)/.test(lines[first - 1])) first--;
  let last = start;
  const opens = /[{([]\s*$/.test(lines[start]) || /=>\s*[{(]?\s*$/.test(lines[start]);
  if (opens || !/;\s*$/.test(lines[start])) {
    last = lines.findIndex((l, i) => i > start && /^[})\]]/.test(l));
    if (last < 0) last = lines.length - 1;
  }
  return { text: lines.slice(first, last + 1).join('\n'), from: first + 1, to: last + 1 };
}
