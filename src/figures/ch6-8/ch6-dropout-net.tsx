// 드롭아웃: 훈련 때는 은닉층 뉴런 일부를 무작위로 끄고, 시험 때는 모두 켜요.
const PW = 320;
const H = 290;
const layers = [4, 5, 5, 3];
const dropped = new Set(['1-1', '1-4', '2-0', '2-3']);

function nodePos(l: number, i: number): [number, number] {
  const x = 40 + l * 80;
  const n = layers[l];
  const y = 150 + (i - (n - 1) / 2) * 44;
  return [x, y];
}

function Net({ training }: { training: boolean }) {
  const isOff = (l: number, i: number) => training && dropped.has(`${l}-${i}`);
  const edges: Array<[number, number, number, number, boolean]> = [];
  for (let l = 0; l < layers.length - 1; l++) {
    for (let i = 0; i < layers[l]; i++) {
      for (let j = 0; j < layers[l + 1]; j++) {
        const [x1, y1] = nodePos(l, i);
        const [x2, y2] = nodePos(l + 1, j);
        edges.push([x1, y1, x2, y2, isOff(l, i) || isOff(l + 1, j)]);
      }
    }
  }
  return (
    <g>
      {edges
        .filter((e) => !e[4])
        .map(([x1, y1, x2, y2], k) => (
          <line
            key={k}
            x1={x1}
            y1={y1}
            x2={x2}
            y2={y2}
            style={{ stroke: 'var(--muted)', strokeOpacity: 0.55, strokeWidth: 1 }}
          />
        ))}
      {layers.map((n, l) =>
        Array.from({ length: n }, (_, i) => {
          const [x, y] = nodePos(l, i);
          const off = isOff(l, i);
          const hidden = l > 0 && l < layers.length - 1;
          return (
            <g key={`${l}-${i}`}>
              <circle
                cx={x}
                cy={y}
                r={14}
                style={{
                  fill: off ? 'var(--surface)' : hidden ? 'var(--accent)' : 'var(--surface)',
                  fillOpacity: off ? 1 : hidden ? 0.3 : 1,
                  stroke: off ? 'var(--bad)' : 'var(--fg)',
                  strokeWidth: 1.5,
                  strokeDasharray: off ? '4 3' : undefined,
                }}
              />
              {off && (
                <g style={{ stroke: 'var(--bad)', strokeWidth: 2 }}>
                  <line x1={x - 7} y1={y - 7} x2={x + 7} y2={y + 7} />
                  <line x1={x - 7} y1={y + 7} x2={x + 7} y2={y - 7} />
                </g>
              )}
            </g>
          );
        }),
      )}
    </g>
  );
}

export default function Ch6DropoutNet() {
  return (
    <svg
      role="img"
      aria-label="드롭아웃 그림. 왼쪽 훈련 중에는 두 은닉층에서 뉴런 몇 개가 X 표시로 꺼져 있고 그 뉴런에 연결된 선이 모두 사라졌어요. 오른쪽 시험 중에는 모든 뉴런과 연결이 켜져 있어요."
      viewBox={`0 0 ${PW * 2} ${H}`}
      width="100%"
      style={{ maxWidth: PW * 2 }}
    >
      {[true, false].map((training, k) => (
        <g key={k} transform={`translate(${k * PW},0)`}>
          <rect
            x={4}
            y={4}
            width={PW - 8}
            height={H - 8}
            rx={10}
            style={{ fill: 'none', stroke: 'var(--border)' }}
          />
          <text
            x={PW / 2}
            y={30}
            textAnchor="middle"
            fontSize={15}
            style={{ fill: 'var(--fg)', fontWeight: 600 }}
          >
            {training ? '훈련 중: 매번 무작위로 끄기' : '시험 중: 모두 켜기'}
          </text>
          <g transform="translate(20,0)">
            <Net training={training} />
          </g>
          <text
            x={PW / 2}
            y={H - 16}
            textAnchor="middle"
            fontSize={13}
            style={{ fill: 'var(--muted)' }}
          >
            {training
              ? '꺼진 뉴런은 신호도, 기울기도 전달하지 않아요'
              : '책의 방식: 출력에 (1 − 비율)을 곱해요'}
          </text>
        </g>
      ))}
    </svg>
  );
}
