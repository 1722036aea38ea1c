// Why reinforcement learning has no label, and why the reward weights the gradient: the short
// Korean explanation under the policy-gradient widget.
import { Tex } from '../../kit';

export function WhyNoLabel() {
  return (
    <details className="policy-gradient-why">
      <summary>왜 정답 레이블 대신 보상을 곱할까요?</summary>
      <p>
        지도 학습이라면 &quot;이번엔 팔 0이 정답&quot;이라는 레이블이 있어서 교차 엔트로피를 줄이는
        방향(기울기의 반대) <Tex tex="\mathbf{t} - \pi" />가 곧 갈 방향이에요 (위의 ‘교사가
        정답(최선의 팔)을 알려 줌’). 슬롯머신 앞의 에이전트에게는 그런 레이블이 없어요. 직접 뽑아 본
        팔과 그 보상 하나만 알죠.
      </p>
      <p>
        그래서 REINFORCE는 뽑은 행동을 임시 정답으로 삼아, 그 교차 엔트로피를 줄이는 방향{' '}
        <Tex tex="\nabla_w \log\pi(a) = \text{onehot}(a) - \pi" />에 보상에서 기준선을 뺀 값{' '}
        <Tex tex="R - b" />를 곱해요. 좋았던 행동은 세게, 기대보다 못했던 행동은 반대로 밀어서,
        평균을 내면 기대 보상이 커지는 방향이 돼요. 보상을 곱하지 않고 뽑은 행동만 따라
        하면(&quot;고른 행동을 정답으로&quot;) 기울기의 기댓값이 0이라 확률은 우연히 뽑힌 쪽으로
        떠돌 뿐 좋은 팔을 찾지 못해요.
      </p>
    </details>
  );
}
