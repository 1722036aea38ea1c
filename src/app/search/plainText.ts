// Markdown (mdast, after our remark plugins) → plain text for the search index and its snippets.
// Display math and widget/figure directives are left out; inline math is kept as a rough plain
// reading of its TeX (`\mathbf{y} - \mathbf{t}` → `y - t`, `\frac{\partial L}{\partial x}` →
// `∂L/∂x`), so that sentences around it still read in a snippet; code is kept as written.
import type { Nodes, Table } from 'mdast';

const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  Delta: 'Δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  eta: 'η',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  Sigma: 'Σ',
  tau: 'τ',
  phi: 'φ',
  omega: 'ω',
  partial: '∂',
  nabla: '∇',
  sum: 'Σ',
  prod: 'Π',
  infty: '∞',
  times: '×',
  cdot: '·',
  odot: '⊙',
  pm: '±',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  approx: '≈',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  gets: '←',
  in: '∈',
  sqrt: '√',
  lVert: '‖',
  rVert: '‖',
  Vert: '‖',
  ldots: '…',
  cdots: '…',
  dots: '…',
};
/** Commands read as the word itself (`\log x` → `log x`). */
const WORDS = new Set(['log', 'exp', 'max', 'min', 'sin', 'cos', 'tanh', 'argmax', 'mean']);

/** A rough plain reading of a TeX formula. */
export function texToText(tex: string): string {
  let s = tex.replace(/\\(?:text|mathrm|operatorname|textbf|mathit)\{([^{}]*)\}/g, ' $1 ');
  for (let i = 0; i < 4; i++) {
    const next = s.replace(/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '$1/$2');
    if (next === s) break;
    s = next;
  }
  return s
    .replace(/\\([a-zA-Z]+) ?/g, (_, name: string) =>
      name in SYMBOLS ? SYMBOLS[name] : WORDS.has(name) ? `${name} ` : '',
    )
    .replace(/\\[,;:! ]|~/g, ' ')
    .replace(/\\\{|\\\}/g, (b) => b[1])
    .replace(/[{}^_&]|\\\\/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Inline parents: their children are joined without spaces. */
const INLINE = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

/** The cells of each row of a table, as plain text. */
export function tableRows(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => plainText(cell)));
}

/** Plain text of a node (whitespace collapsed). */
export function plainText(node: Nodes): string {
  return rawText(node).replace(/\s+/g, ' ').trim();
}

function rawText(node: Nodes): string {
  switch (node.type) {
    case 'math':
    case 'leafDirective':
    case 'html':
    case 'definition':
      return '';
    case 'inlineMath':
      return texToText(node.value);
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'table':
      return tableRows(node)
        .map((cells) => cells.join(' · '))
        .join(' ');
  }
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(rawText);
  return INLINE.has(node.type) ? parts.join('') : parts.join(' ');
}
