import { T, Box } from '../svg';

// 3장: 한 장을 넣을 때와 100장을 배치로 넣을 때 배열 모양의 변화.
const ITEMS: Array<[string, string, string]> = [
  ['X', '784', '100 × 784'],
  ['W1', '784 × 50', '784 × 50'],
  ['W2', '50 × 100', '50 × 100'],
  ['W3', '100 × 10', '100 × 10'],
  ['Y', '10', '100 × 10'],
];

export default function Ch3BatchShapes() {
  const w = 100;
  const gap = 18;
  const x0 = 110;
  const rows: Array<[string, number, number]> = [
    ['한 장', 60, 1],
    ['배치 100장', 170, 2],
  ];
  return (
    <svg
      role="img"
      aria-label="배치 처리의 배열 모양. 한 장일 때는 X 784, W1 784×50, W2 50×100, W3 100×10을 거쳐 Y 10이 나와요. 100장을 배치로 넣으면 X가 100×784가 되고 가중치는 그대로이며 Y가 100×10이 되어, 각 행이 이미지 한 장의 결과예요."
      viewBox="0 0 720 250"
      width="100%"
      style={{ maxWidth: 720 }}
    >
      {rows.map(([title, y, col]) => (
        <g key={title}>
          <T x={50} y={y + 5} w={600} s={14}>
            {title}
          </T>
          {ITEMS.map((it, k) => {
            const bx = x0 + k * (w + gap);
            const isData = it[0] === 'X' || it[0] === 'Y';
            const c =
              isData && col === 2 ? 'var(--accent-2)' : isData ? 'var(--accent)' : 'var(--fg)';
            return (
              <g key={it[0]}>
                <Box x={bx} y={y - 22} w={w} h={44} c={c} />
                <T x={bx + w / 2} y={y - 2} i c={c}>
                  {it[0]}
                </T>
                <T x={bx + w / 2} y={y + 16} s={13} c={c}>
                  {it[col]}
                </T>
                {k < ITEMS.length - 1 ? (
                  <T x={bx + w + gap / 2} y={y + 5} s={16} c="var(--muted)">
                    {k === ITEMS.length - 2 ? '→' : '·'}
                  </T>
                ) : null}
              </g>
            );
          })}
        </g>
      ))}
      <T x={400} y={232} c="var(--muted)" s={13}>
        가중치는 그대로, 데이터만 행으로 쌓여요. Y의 i번째 행 = i번째 이미지의 결과
      </T>
    </svg>
  );
}
