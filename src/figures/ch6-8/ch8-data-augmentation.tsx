// 데이터 확장: 손글씨 7 하나를 회전·이동·확대·밝기 변화로 여러 장으로 늘려요. 좌우 뒤집기는 숫자에는 맞지 않아요.
const P = 108; // panel size
const seven = 'M28,30 L74,30 L46,82';
const bar = 'M40,56 L64,56';

const variants: Array<{
  label: string;
  transform: string;
  stroke: string;
  bad?: boolean;
  width?: number;
}> = [
  { label: '원본', transform: '', stroke: 'var(--fg)' },
  { label: '회전', transform: 'rotate(18 50 55)', stroke: 'var(--accent)' },
  { label: '이동', transform: 'translate(12 9)', stroke: 'var(--accent)' },
  {
    label: '확대·자르기',
    transform: 'translate(50 55) scale(1.35) translate(-50 -55)',
    stroke: 'var(--accent)',
  },
  { label: '굵기·밝기', transform: '', stroke: 'var(--muted)', width: 9 },
  {
    label: '좌우 뒤집기',
    transform: 'translate(100 0) scale(-1 1)',
    stroke: 'var(--bad)',
    bad: true,
  },
];

export default function Ch8DataAugmentation() {
  const W = variants.length * (P + 6) + 10;
  return (
    <svg
      role="img"
      aria-label="데이터 확장의 예. 손글씨 숫자 7 하나를 회전, 이동, 확대와 자르기, 굵기와 밝기 변화로 변형해 여러 장의 훈련 데이터로 만들어요. 좌우로 뒤집은 7은 더 이상 7처럼 보이지 않아서 숫자에는 쓰지 않아요."
      viewBox={`0 0 ${W} 170`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <defs>
        {variants.map((_, i) => (
          <clipPath key={i} id={`ch8-aug-clip-${i}`}>
            <rect x={0} y={0} width={100} height={100} />
          </clipPath>
        ))}
      </defs>
      {variants.map((v, i) => (
        <g key={i} transform={`translate(${10 + i * (P + 6)},16)`}>
          <rect
            x={0}
            y={0}
            width={100}
            height={100}
            rx={6}
            style={{
              fill: 'var(--surface)',
              stroke: v.bad ? 'var(--bad)' : 'var(--border)',
              strokeWidth: v.bad ? 2 : 1,
            }}
          />
          <g clipPath={`url(#ch8-aug-clip-${i})`}>
            <g transform={v.transform}>
              <path
                d={seven}
                style={{
                  fill: 'none',
                  stroke: v.stroke,
                  strokeWidth: v.width ?? 6,
                  strokeLinecap: 'round',
                  strokeLinejoin: 'round',
                }}
              />
              <path
                d={bar}
                style={{
                  fill: 'none',
                  stroke: v.stroke,
                  strokeWidth: (v.width ?? 6) - 1,
                  strokeLinecap: 'round',
                }}
              />
            </g>
          </g>
          <text
            x={50}
            y={124}
            textAnchor="middle"
            fontSize={13}
            style={{ fill: v.bad ? 'var(--bad)' : 'var(--fg)' }}
          >
            {v.label}
          </text>
          {v.bad && (
            <text x={50} y={144} textAnchor="middle" fontSize={12} style={{ fill: 'var(--bad)' }}>
              숫자에는 부적합
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
