import { T, Arrow, Box, ArrowDefs } from '../svg';

// 5장: 상류 → ReLU → Affine → 하류로 기울기가 흐를 때 Affine이 하는 두 가지 임무.
export default function Ch5ReluAffineFlow() {
  const mf = 'ch5-flow-f';
  const mb = 'ch5-flow-b';
  const mo = 'ch5-flow-o';
  const F = 'var(--accent)';
  const B = 'var(--accent-2)';
  const G = 'var(--ok)';
  const top = 60;
  const h = 70;
  const fy = top + 22;
  const by = top + 50;
  const prev = { x: 20, w: 110 };
  const aff = { x: 220, w: 150 };
  const relu = { x: 470, w: 90 };
  return (
    <svg
      role="img"
      aria-label="ReLU와 Affine 계층의 역전파. 순전파는 앞 층의 출력 x가 Affine 계층에서 a = wx + b가 되고, ReLU를 거쳐 z가 되어 상류로 가요. 역전파에서 상류의 ∂L/∂z는 ReLU에서 1 또는 0이 곱해져 ∂L/∂a가 되고, Affine 계층은 이 값으로 두 가지 일을 해요. 임무 1은 x를 곱해 ∂L/∂w를 만들고 가중치 갱신에 쓰며, 편향의 기울기는 ∂L/∂a 그대로예요. 임무 2는 w를 곱해 ∂L/∂x를 앞 층으로 보내요."
      viewBox="0 0 660 330"
      width="100%"
      style={{ maxWidth: 680 }}
    >
      <ArrowDefs
        heads={[
          { id: mf, c: 'var(--fg)' },
          { id: mb, c: B },
          { id: mo, c: G },
        ]}
      />
      <Box x={prev.x} y={top} w={prev.w} h={h} c="var(--muted)" dashed />
      <Box x={aff.x} y={top} w={aff.w} h={h} c={F} />
      <Box x={relu.x} y={top} w={relu.w} h={h} c="var(--fg)" />
      <T x={prev.x + prev.w / 2} y={top + 40} c="var(--muted)" s={13}>
        앞 층 (하류)
      </T>
      <T x={aff.x + aff.w / 2} y={top + 30} c={F} w={600}>
        Affine
      </T>
      <T x={aff.x + aff.w / 2} y={top + 52} c={F} s={13}>
        a = wx + b
      </T>
      <T x={relu.x + relu.w / 2} y={top + 40} w={600}>
        ReLU
      </T>
      <T x={630} y={top + 40} c="var(--muted)" s={13}>
        상류
      </T>
      {/* 순전파 */}
      <Arrow x1={prev.x + prev.w} y1={fy} x2={aff.x} y2={fy} m={mf} />
      <Arrow x1={aff.x + aff.w} y1={fy} x2={relu.x} y2={fy} m={mf} />
      <Arrow x1={relu.x + relu.w} y1={fy} x2={608} y2={fy} m={mf} />
      <T x={175} y={fy - 8} c={F} i s={13}>
        x
      </T>
      <T x={420} y={fy - 8} c={F} i s={13}>
        a
      </T>
      <T x={585} y={fy - 8} c={F} i s={13}>
        z
      </T>
      {/* 역전파 */}
      <Arrow x1={608} y1={by} x2={relu.x + relu.w + 4} y2={by} m={mb} c={B} />
      <Arrow x1={relu.x - 4} y1={by} x2={aff.x + aff.w + 4} y2={by} m={mb} c={B} />
      <Arrow x1={aff.x - 4} y1={by} x2={prev.x + prev.w + 4} y2={by} m={mb} c={B} />
      <T x={590} y={by + 22} c={B} s={13}>
        ∂L/∂z
      </T>
      <T x={420} y={by + 22} c={B} s={13}>
        ∂L/∂a
      </T>
      <T x={515} y={top - 10} c="var(--muted)" s={12}>
        × (1 또는 0)
      </T>
      <T x={175} y={by + 22} c={B} s={13}>
        ∂L/∂x
      </T>
      <T x={175} y={top - 26} c={B} s={13} w={600}>
        임무 2: 전달
      </T>
      <T x={175} y={top - 8} c={B} s={13}>
        ∂L/∂a × w
      </T>
      {/* 임무 1 */}
      <Arrow x1={aff.x + aff.w / 2} y1={top + h} x2={aff.x + aff.w / 2} y2={190} m={mo} c={G} />
      <Box x={150} y={192} w={360} h={118} c={G} />
      <T x={330} y={216} c={G} s={14} w={600}>
        임무 1: 내 가중치의 성적표 (보관 → 갱신)
      </T>
      <T x={330} y={244} s={14}>
        ∂L/∂w = ∂L/∂a × x
      </T>
      <T x={330} y={270} s={14}>
        ∂L/∂b = ∂L/∂a × 1
      </T>
      <T x={330} y={296} s={14}>
        w ← w − η · ∂L/∂w
      </T>
    </svg>
  );
}
