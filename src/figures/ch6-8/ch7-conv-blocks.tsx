// 3차원 합성곱을 블록으로: (C, H, W) ⊛ 필터 FN개 (FN, C, FH, FW) + 편향 (FN, 1, 1) → (FN, OH, OW).
type Box = { x: number; y: number; w: number; h: number; d: number };

function Cuboid({ b, color, opacity = 0.22 }: { b: Box; color: string; opacity?: number }) {
  const dx = b.d * 0.6;
  const dy = -b.d * 0.6;
  const { x, y, w, h } = b;
  const face = { fill: color, fillOpacity: opacity, stroke: color, strokeWidth: 1.5 };
  return (
    <g>
      <polygon
        points={`${x},${y} ${x + dx},${y + dy} ${x + w + dx},${y + dy} ${x + w},${y}`}
        style={{ ...face, fillOpacity: opacity * 0.6 }}
      />
      <polygon
        points={`${x + w},${y} ${x + w + dx},${y + dy} ${x + w + dx},${y + h + dy} ${x + w},${y + h}`}
        style={{ ...face, fillOpacity: opacity * 1.4 }}
      />
      <rect x={x} y={y} width={w} height={h} style={face} />
    </g>
  );
}

function Label({ x, y, lines }: { x: number; y: number; lines: string[] }) {
  return (
    <g>
      {lines.map((l, i) => (
        <text
          key={i}
          x={x}
          y={y + i * 18}
          textAnchor="middle"
          fontSize={i === 0 ? 14 : 13}
          style={{ fill: i === 0 ? 'var(--fg)' : 'var(--muted)' }}
        >
          {l}
        </text>
      ))}
    </g>
  );
}

export default function Ch7ConvBlocks() {
  const base = 190;
  return (
    <svg
      role="img"
      aria-label="3차원 합성곱을 블록으로 나타낸 그림. 채널 C, 높이 H, 너비 W인 입력 블록에 채널 C, 크기 FH×FW인 필터 FN개를 적용하고 편향 FN개를 더하면, 채널이 FN개인 OH×OW 출력 블록이 나와요. 필터 하나가 출력 채널 하나를 만들어요."
      viewBox="0 0 720 270"
      width="100%"
      style={{ maxWidth: 720 }}
    >
      {/* input */}
      <Cuboid b={{ x: 20, y: base - 110, w: 110, h: 110, d: 40 }} color="var(--accent)" />
      <Label x={90} y={base + 28} lines={['입력 데이터', '(C, H, W)']} />

      <text x={178} y={base - 45} textAnchor="middle" fontSize={28} style={{ fill: 'var(--fg)' }}>
        ⊛
      </text>

      {/* a stack of filters */}
      {[0, 1, 2, 3].map((k) => (
        <Cuboid
          key={k}
          b={{ x: 210 + k * 14, y: base - 90 + k * 12 - 20, w: 50, h: 50, d: 40 }}
          color="var(--accent-2)"
          opacity={0.28}
        />
      ))}
      <text
        x={300}
        y={base - 6}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--accent-2)' }}
      >
        FN개
      </text>
      <Label x={262} y={base + 28} lines={['필터', '(FN, C, FH, FW)']} />

      <text x={350} y={base - 45} textAnchor="middle" fontSize={24} style={{ fill: 'var(--fg)' }}>
        →
      </text>

      {/* conv output */}
      <Cuboid b={{ x: 380, y: base - 90, w: 90, h: 90, d: 46 }} color="var(--ok)" />
      <Label x={440} y={base + 28} lines={['합성곱 결과', '(FN, OH, OW)']} />

      <text x={518} y={base - 45} textAnchor="middle" fontSize={24} style={{ fill: 'var(--fg)' }}>
        +
      </text>

      {/* bias */}
      <Cuboid
        b={{ x: 542, y: base - 70, w: 16, h: 16, d: 46 }}
        color="var(--muted)"
        opacity={0.35}
      />
      <Label x={562} y={base + 28} lines={['편향', '(FN, 1, 1)']} />

      <text x={620} y={base - 45} textAnchor="middle" fontSize={24} style={{ fill: 'var(--fg)' }}>
        →
      </text>
      <Label x={670} y={base - 52} lines={['출력', '(FN, OH, OW)']} />

      <text x={20} y={258} fontSize={13} style={{ fill: 'var(--muted)' }}>
        필터의 채널 수 C는 입력의 채널 수와 같아야 하고, 필터 하나가 출력 채널 하나를 만들어요.
      </text>
    </svg>
  );
}
