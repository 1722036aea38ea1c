// 패딩(4×4 입력에 폭 1의 0 두르기 → 출력 4×4)과 스트라이드(7×7 입력, 보폭 2 → 출력 3×3).
const input = [
  [1, 2, 3, 0],
  [0, 1, 2, 3],
  [3, 0, 1, 2],
  [2, 3, 0, 1],
];

function Cells({
  x,
  y,
  n,
  cell,
  label,
}: {
  x: number;
  y: number;
  n: number;
  cell: number;
  label?: (i: number, j: number) => string | null;
}) {
  const out = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const t = label ? label(i, j) : null;
      const pad = t === '0';
      out.push(
        <g key={`${i}-${j}`}>
          <rect
            x={x + j * cell}
            y={y + i * cell}
            width={cell}
            height={cell}
            style={{
              fill: 'var(--surface)',
              stroke: pad ? 'var(--muted)' : 'var(--border)',
              strokeDasharray: pad ? '3 3' : undefined,
            }}
          />
          {t !== null && (
            <text
              x={x + j * cell + cell / 2}
              y={y + i * cell + cell / 2 + 5}
              textAnchor="middle"
              fontSize={13}
              style={{ fill: pad ? 'var(--muted)' : 'var(--fg)' }}
            >
              {t}
            </text>
          )}
        </g>,
      );
    }
  }
  return <g>{out}</g>;
}

function ArrowGlyph({ x, y }: { x: number; y: number }) {
  return (
    <text x={x} y={y} textAnchor="middle" fontSize={24} style={{ fill: 'var(--fg)' }}>
      →
    </text>
  );
}

export default function Ch7ConvPaddingStride() {
  const P = 26; // padding panel cell
  const S = 22; // stride panel cell
  const O = 20; // output cell
  const py = 60;
  const sxp = 350; // stride panel origin x
  return (
    <svg
      role="img"
      aria-label="왼쪽: 4×4 입력 둘레에 0을 한 겹 두르는 패딩으로 6×6을 만들고 3×3 필터를 적용하면 출력이 4×4로 입력과 같아요. 오른쪽: 7×7 입력에 3×3 필터를 스트라이드 2로, 즉 두 칸씩 옮기며 적용하면 출력이 3×3이에요."
      viewBox="0 0 690 290"
      width="100%"
      style={{ maxWidth: 690 }}
    >
      <text x={20} y={28} fontSize={15} style={{ fill: 'var(--fg)', fontWeight: 600 }}>
        패딩 1: 4×4 → 출력 4×4
      </text>
      <Cells
        x={20}
        y={py}
        n={6}
        cell={P}
        label={(i, j) =>
          i === 0 || j === 0 || i === 5 || j === 5 ? '0' : String(input[i - 1][j - 1])
        }
      />
      <rect
        x={20}
        y={py}
        width={3 * P}
        height={3 * P}
        style={{
          fill: 'var(--accent)',
          fillOpacity: 0.18,
          stroke: 'var(--accent)',
          strokeWidth: 3,
        }}
      />
      <ArrowGlyph x={20 + 6 * P + 26} y={py + 3 * P + 8} />
      <Cells x={20 + 6 * P + 52} y={py + P} n={4} cell={O} />
      <rect
        x={20 + 6 * P + 52}
        y={py + P}
        width={O}
        height={O}
        style={{
          fill: 'var(--accent)',
          fillOpacity: 0.35,
          stroke: 'var(--accent)',
          strokeWidth: 2,
        }}
      />
      <text x={20} y={py + 6 * P + 30} fontSize={13} style={{ fill: 'var(--muted)' }}>
        점선 칸이 패딩으로 두른 0이에요.
      </text>
      <text x={20} y={py + 6 * P + 50} fontSize={13} style={{ fill: 'var(--muted)' }}>
        (4 + 2·1 − 3) / 1 + 1 = 4
      </text>

      <text x={sxp} y={28} fontSize={15} style={{ fill: 'var(--fg)', fontWeight: 600 }}>
        스트라이드 2: 7×7 → 출력 3×3
      </text>
      <Cells x={sxp} y={py - 10} n={7} cell={S} />
      <rect
        x={sxp}
        y={py - 10}
        width={3 * S}
        height={3 * S}
        style={{
          fill: 'var(--accent)',
          fillOpacity: 0.18,
          stroke: 'var(--accent)',
          strokeWidth: 3,
        }}
      />
      <rect
        x={sxp + 2 * S}
        y={py - 10}
        width={3 * S}
        height={3 * S}
        style={{
          fill: 'var(--accent-2)',
          fillOpacity: 0.15,
          stroke: 'var(--accent-2)',
          strokeWidth: 3,
          strokeDasharray: '6 3',
        }}
      />
      <text
        x={sxp + 3.5 * S}
        y={py - 18}
        textAnchor="middle"
        fontSize={12}
        style={{ fill: 'var(--accent-2)' }}
      >
        두 칸 이동
      </text>
      <ArrowGlyph x={sxp + 7 * S + 26} y={py - 10 + 3.5 * S + 8} />
      <Cells x={sxp + 7 * S + 52} y={py - 10 + 2 * S} n={3} cell={O} />
      <rect
        x={sxp + 7 * S + 52}
        y={py - 10 + 2 * S}
        width={O}
        height={O}
        style={{
          fill: 'var(--accent)',
          fillOpacity: 0.35,
          stroke: 'var(--accent)',
          strokeWidth: 2,
        }}
      />
      <rect
        x={sxp + 7 * S + 52 + O}
        y={py - 10 + 2 * S}
        width={O}
        height={O}
        style={{
          fill: 'var(--accent-2)',
          fillOpacity: 0.35,
          stroke: 'var(--accent-2)',
          strokeWidth: 2,
        }}
      />
      <text x={sxp} y={py + 6 * P + 30} fontSize={13} style={{ fill: 'var(--muted)' }}>
        필터(3×3)가 두 칸씩 건너뛰어요.
      </text>
      <text x={sxp} y={py + 6 * P + 50} fontSize={13} style={{ fill: 'var(--muted)' }}>
        (7 + 0 − 3) / 2 + 1 = 3
      </text>
    </svg>
  );
}
