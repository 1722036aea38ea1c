// 수용 영역: 3×3 합성곱 두 번과 5×5 합성곱 한 번은 같은 5칸 범위를 봐요(한 방향 단면).
const C = 34;

function Row({ x, y, n, color }: { x: number; y: number; n: number; color: string }) {
  return (
    <g>
      {Array.from({ length: n }, (_, i) => (
        <rect
          key={i}
          x={x + i * C}
          y={y}
          width={C}
          height={C}
          style={{ fill: color, fillOpacity: 0.22, stroke: color, strokeWidth: 1.5 }}
        />
      ))}
    </g>
  );
}

function fan(x0: number, n0: number, y0: number, x1: number, n1: number, y1: number, k: number) {
  // each upper cell j sees lower cells j..j+k-1
  const lines = [];
  for (let j = 0; j < n1; j++) {
    for (let t = 0; t < k; t++) {
      const i = j + t;
      if (i >= n0) continue;
      lines.push(
        <line
          key={`${j}-${t}`}
          x1={x1 + j * C + C / 2}
          y1={y1 + C}
          x2={x0 + i * C + C / 2}
          y2={y0}
          style={{ stroke: 'var(--muted)', strokeOpacity: 0.7, strokeWidth: 1.2 }}
        />,
      );
    }
  }
  return lines;
}

export default function Ch8ReceptiveField() {
  const lx = 30;
  const rx = 370;
  const yIn = 210;
  const yMid = 125;
  const yTop = 40;
  return (
    <svg
      role="img"
      aria-label="수용 영역 비교. 왼쪽은 3×3 합성곱을 두 번 거듭한 경우로, 맨 위 출력 한 칸이 가운데 층 3칸을, 가운데 층 3칸이 입력 5칸을 봐서 결국 입력 5칸을 봐요. 매개변수는 18개. 오른쪽은 5×5 합성곱 한 번으로 출력 한 칸이 입력 5칸을 바로 봐요. 매개변수는 25개."
      viewBox="0 0 600 300"
      width="100%"
      style={{ maxWidth: 600 }}
    >
      {/* left: two 3×3 */}
      {fan(lx, 5, yIn, lx + C, 3, yMid, 3)}
      {fan(lx + C, 3, yMid, lx + 2 * C, 1, yTop, 3)}
      <Row x={lx} y={yIn} n={5} color="var(--accent)" />
      <Row x={lx + C} y={yMid} n={3} color="var(--accent-2)" />
      <Row x={lx + 2 * C} y={yTop} n={1} color="var(--ok)" />
      <text
        x={lx + 4.2 * C + 14}
        y={(yMid + C + yIn) / 2 + 5}
        fontSize={13}
        style={{ fill: 'var(--muted)' }}
      >
        3×3 합성곱
      </text>
      <text
        x={lx + 3.2 * C + 14}
        y={(yTop + C + yMid) / 2 + 5}
        fontSize={13}
        style={{ fill: 'var(--muted)' }}
      >
        3×3 합성곱
      </text>
      <text
        x={lx + 2.5 * C}
        y={yIn + C + 26}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        3×3 두 번: 매개변수 9 + 9 = 18
      </text>

      {/* right: one 5×5 */}
      {fan(rx, 5, yIn, rx + 2 * C, 1, yTop, 5)}
      <Row x={rx} y={yIn} n={5} color="var(--accent)" />
      <Row x={rx + 2 * C} y={yTop} n={1} color="var(--ok)" />
      <text x={rx + 4 * C + 10} y={yMid + 5} fontSize={13} style={{ fill: 'var(--muted)' }}>
        5×5 합성곱
      </text>
      <text
        x={rx + 2.5 * C}
        y={yIn + C + 26}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        5×5 한 번: 매개변수 25
      </text>

      <text x={300} y={292} textAnchor="middle" fontSize={13} style={{ fill: 'var(--muted)' }}>
        두 경우 모두 맨 위 한 칸이 입력 5칸(2차원으로는 5×5)을 봐요
      </text>
    </svg>
  );
}
