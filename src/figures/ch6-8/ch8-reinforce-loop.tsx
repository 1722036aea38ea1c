import { ArrowDefs } from '../svg';

// 강화학습의 고리: 에이전트(정책 신경망)가 행동하고, 환경이 상태와 보상을 돌려주고, 보상으로 정책을 고쳐요.
const W = 640;
const H = 300;

export default function Ch8ReinforceLoop() {
  const ax = 30;
  const ay = 70;
  const aw = 230;
  const ah = 130;
  const ex = 390;
  const ew = 220;
  return (
    <svg
      role="img"
      aria-label="강화학습의 상호작용 그림. 왼쪽의 에이전트는 정책 신경망으로 상태 s에서 행동 a의 확률 파이(a|s)를 계산해 행동을 뽑아 환경에 보내요. 오른쪽의 환경은 바뀐 상태 s와 보상 R을 에이전트에게 돌려줘요. 에이전트는 보상에 비례해 방금 한 행동의 확률을 키우도록 가중치를 갱신해요."
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <ArrowDefs
        heads={[
          { id: 'ch8-rl-arrow', c: 'var(--accent)' },
          { id: 'ch8-rl-arrow2', c: 'var(--accent-2)' },
        ]}
      />

      <rect
        x={ax}
        y={ay}
        width={aw}
        height={ah}
        rx={12}
        style={{
          fill: 'var(--accent)',
          fillOpacity: 0.12,
          stroke: 'var(--accent)',
          strokeWidth: 2,
        }}
      />
      <text
        x={ax + aw / 2}
        y={ay + 28}
        textAnchor="middle"
        fontSize={16}
        style={{ fill: 'var(--fg)', fontWeight: 600 }}
      >
        에이전트
      </text>
      <text
        x={ax + aw / 2}
        y={ay + 56}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--fg)' }}
      >
        정책 신경망 π_w(a | s)
      </text>
      {/* tiny network glyph */}
      {[0, 1, 2].map((i) =>
        [0, 1].map((j) => (
          <line
            key={`${i}-${j}`}
            x1={ax + 70}
            y1={ay + 78 + i * 16}
            x2={ax + 160}
            y2={ay + 86 + j * 16}
            style={{ stroke: 'var(--muted)', strokeWidth: 1 }}
          />
        )),
      )}
      {[0, 1, 2].map((i) => (
        <circle
          key={i}
          cx={ax + 70}
          cy={ay + 78 + i * 16}
          r={5}
          style={{ fill: 'var(--surface)', stroke: 'var(--fg)' }}
        />
      ))}
      {[0, 1].map((j) => (
        <circle
          key={j}
          cx={ax + 160}
          cy={ay + 86 + j * 16}
          r={5}
          style={{ fill: 'var(--surface)', stroke: 'var(--fg)' }}
        />
      ))}

      <rect
        x={ex}
        y={ay}
        width={ew}
        height={ah}
        rx={12}
        style={{ fill: 'var(--ok)', fillOpacity: 0.12, stroke: 'var(--ok)', strokeWidth: 2 }}
      />
      <text
        x={ex + ew / 2}
        y={ay + 28}
        textAnchor="middle"
        fontSize={16}
        style={{ fill: 'var(--fg)', fontWeight: 600 }}
      >
        환경
      </text>
      <text
        x={ex + ew / 2}
        y={ay + 60}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--fg)' }}
      >
        게임, 로봇의 몸, 바둑판 …
      </text>
      <text
        x={ex + ew / 2}
        y={ay + 84}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--muted)' }}
      >
        행동을 받아 상태를 바꾸고
      </text>
      <text
        x={ex + ew / 2}
        y={ay + 104}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--muted)' }}
      >
        보상을 내줘요
      </text>

      <path
        d={`M${ax + aw / 2 + 40},${ay} C${ax + aw / 2 + 60},${ay - 50} ${ex + ew / 2 - 60},${ay - 50} ${ex + ew / 2 - 40},${ay - 3}`}
        markerEnd="url(#ch8-rl-arrow)"
        style={{ fill: 'none', stroke: 'var(--accent)', strokeWidth: 2.5 }}
      />
      <text
        x={W / 2}
        y={ay - 40}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--accent)' }}
      >
        행동 a (확률에 따라 뽑기)
      </text>

      <path
        d={`M${ex + ew / 2 - 40},${ay + ah} C${ex + ew / 2 - 60},${ay + ah + 50} ${ax + aw / 2 + 60},${ay + ah + 50} ${ax + aw / 2 + 40},${ay + ah + 3}`}
        markerEnd="url(#ch8-rl-arrow2)"
        style={{ fill: 'none', stroke: 'var(--accent-2)', strokeWidth: 2.5 }}
      />
      <text
        x={W / 2}
        y={ay + ah + 54}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--accent-2)' }}
      >
        새 상태 s, 보상 R
      </text>

      <text x={W / 2} y={H - 14} textAnchor="middle" fontSize={14} style={{ fill: 'var(--fg)' }}>
        학습: w ← w + α · R · ∇ log π_w(a | s)
      </text>
    </svg>
  );
}
