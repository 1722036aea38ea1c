import { T, Arrow, Box, ArrowDefs } from '../svg';

// 5장: Softmax-with-Loss 계층. 순전파는 a → y → L, 역전파는 소프트맥스 입력 쪽에 y − t가 도착해요.
const ROWS = [75, 145, 215];
const SUB = ['₁', '₂', '₃'];

export default function Ch5SoftmaxWithLoss() {
  const mf = 'ch5-swl-f';
  const mb = 'ch5-swl-b';
  const F = 'var(--accent)';
  const B = 'var(--accent-2)';
  const sm = { x: 170, w: 100 };
  const ce = { x: 410, w: 110 };
  return (
    <svg
      role="img"
      aria-label="Softmax-with-Loss 계층. 점수 a1, a2, a3가 Softmax 계층에 들어가 확률 y1, y2, y3가 되고, 정답 t1, t2, t3와 함께 Cross Entropy Error 계층에 들어가 손실 L이 돼요. 역전파는 L 쪽의 1에서 시작해 Softmax와 Cross Entropy Error 사이에는 −t/y가 흐르고, Softmax 입력 쪽에는 y1 − t1, y2 − t2, y3 − t3이 도착해요."
      viewBox="0 0 640 310"
      width="100%"
      style={{ maxWidth: 640 }}
    >
      <ArrowDefs
        heads={[
          { id: mf, c: 'var(--fg)' },
          { id: mb, c: B },
        ]}
      />
      <Box x={sm.x} y={40} w={sm.w} h={210} c="var(--fg)" />
      <Box x={ce.x} y={40} w={ce.w} h={210} c="var(--fg)" />
      <T x={sm.x + sm.w / 2} y={150} w={600}>
        Softmax
      </T>
      <T x={ce.x + ce.w / 2} y={142} w={600}>
        Cross
      </T>
      <T x={ce.x + ce.w / 2} y={160} w={600}>
        Entropy Error
      </T>
      {ROWS.map((yy, k) => (
        <g key={yy}>
          <Arrow x1={30} y1={yy} x2={sm.x} y2={yy} m={mf} />
          <Arrow x1={sm.x - 6} y1={yy + 14} x2={36} y2={yy + 14} m={mb} c={B} />
          <T x={70} y={yy - 8} c={F} i>
            {`a${SUB[k]}`}
          </T>
          <T x={100} y={yy + 34} c={B} s={13}>
            {`y${SUB[k]} − t${SUB[k]}`}
          </T>
          <Arrow x1={sm.x + sm.w} y1={yy} x2={ce.x} y2={yy} m={mf} />
          <Arrow x1={ce.x - 6} y1={yy + 14} x2={sm.x + sm.w + 6} y2={yy + 14} m={mb} c={B} />
          <T x={340} y={yy - 8} c={F} i>
            {`y${SUB[k]}`}
          </T>
          <T x={340} y={yy + 34} c={B} s={13}>
            {`−t${SUB[k]}/y${SUB[k]}`}
          </T>
          <Arrow x1={ce.x + 25 + k * 30} y1={295} x2={ce.x + 25 + k * 30} y2={250} m={mf} />
          <T x={ce.x + 38 + k * 30} y={285} a="start" c={F} s={13} i>
            {`t${SUB[k]}`}
          </T>
        </g>
      ))}
      <Arrow x1={ce.x + ce.w} y1={ROWS[1]} x2={620} y2={ROWS[1]} m={mf} />
      <Arrow x1={612} y1={ROWS[1] + 14} x2={ce.x + ce.w + 6} y2={ROWS[1] + 14} m={mb} c={B} />
      <T x={575} y={ROWS[1] - 8} c={F} i>
        L
      </T>
      <T x={575} y={ROWS[1] + 34} c={B}>
        1
      </T>
      <T x={320} y={22} c="var(--muted)" s={13}>
        파란색: 순전파 · 주황색: 역전파
      </T>
    </svg>
  );
}
