// The CNN's own numbers during a run: its training speed (examples/s, beside ConvNetJS's
// in-browser demo) and when its test accuracy (first 1,000 test digits) first reached 0.985.
import type { RaceLane } from '../../../experiments/client';
import { epochs } from '../model';

export const TARGET = 0.985;

export function TrainNotes({ lane }: { lane: RaceLane | null }) {
  if (!lane || lane.iteration === 0) return null;
  const k = lane.testAcc.findIndex((a) => a >= TARGET);
  const at = k >= 0 ? lane.evalAt[k] : null;
  return (
    <p className="cnn__notes" data-speed={Math.round(lane.examplesPerSecond)} data-reached={at ?? ''}>
      <span>
        CNN 학습 속도: <strong>{Math.round(lane.examplesPerSecond).toLocaleString('en-US')}장/초</strong>{' '}
        (순수 자바스크립트로 브라우저에서 학습하는 ConvNetJS의 MNIST 데모는 초당 수백 장 정도예요).
      </span>{' '}
      <span>
        {at !== null
          ? `시험 정확도(앞 1,000장)가 ${TARGET} 이상이 된 첫 측정: 반복 ${at.toLocaleString('en-US')} (${epochs(at)}).`
          : `시험 정확도(앞 1,000장)는 아직 ${TARGET}에 못 미쳐요.`}
      </span>
    </p>
  ); // prettier-ignore
}
