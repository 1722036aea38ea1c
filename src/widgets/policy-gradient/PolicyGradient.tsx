// `::policy-gradient` (ch8's closing note): a three-armed bandit learned by REINFORCE,
// w ← w + α (R − b) ∇_w log π(a), every gradient from the ENGINE's backward(); beside it what a
// loss-based (supervised) update would do with the same samples. One engine call per change
// runs all the rules over 32 seeds; the episode slider scrubs through the shown run.
import { memo } from 'react';
import { BANDIT_METHOD_LABELS } from '../../experiments/client';
import { ParamControls, useLatestResult, useReport, useResettableState, KEEP } from '../kit';
import type { WidgetProps } from '../types';
import { computeBandit } from './compute';
import { EpisodeStep } from './parts/EpisodeStep';
import { ArmsTable } from './parts/ArmsTable';
import { ProbChart } from './parts/ProbChart';
import { RewardChart } from './parts/RewardChart';
import { SummaryTable } from './parts/SummaryTable';
import { WhyNoLabel } from './parts/WhyNoLabel';
import type { PolicyGradientSchema } from './schema';
import './policy-gradient.css';

type Props = WidgetProps<PolicyGradientSchema>;

function PolicyGradient(props: Props) {
  const { values, report, resetCount, instanceKey } = props;
  const input = {
    alpha: values.alpha,
    episodes: values.episodes,
    noise: values.noise,
    seed: values.seed,
  };
  const run = useLatestResult(JSON.stringify(input), input, computeBandit, KEEP);
  const result = run.output?.result ?? null;
  // The scrubbed episode (not a parameter): null follows the end of the run.
  const [picked, setPicked] = useResettableState<number | null>(null, resetCount);
  const episodes = result?.episodes ?? values.episodes;
  const at = Math.min(picked ?? episodes, episodes);
  const finite =
    !result ||
    Object.values(result.traces).every((tr) => tr.probs.every((v) => Number.isFinite(v)));
  const { rootRef } = useReport({
    report,
    result: run,
    errorLabel: '엔진이 밴딧을 학습시키지 못했어요',
    diverged: finite ? '' : '확률이 NaN이 됐어요: 학습률 α를 줄여 보세요.',
  });
  const rl = values.baseline === 'mean' ? 'baseline' : 'reinforce';
  const sliderId = `${instanceKey}-episode`;

  return (
    <div className="policy-gradient" ref={rootRef} data-baseline={values.baseline}>
      <ParamControls of={props} names={['alpha', 'episodes', 'noise', 'seed']} />
      <ParamControls
        of={props}
        names={['baseline', 'compare']}
        className="policy-gradient-radios"
      />
      {!result ? (
        <p className="policy-gradient-muted">엔진이 에피소드를 돌리는 중…</p>
      ) : (
        <>
          <div className="policy-gradient-charts">
            <ProbChart
              trace={result.traces[rl]}
              title={`정책 π: ${BANDIT_METHOD_LABELS[rl]}`}
              at={at}
              best={result.best}
              kind="rl"
            />
            <ProbChart
              trace={result.traces[values.compare]}
              title={`정책 π: ${BANDIT_METHOD_LABELS[values.compare]}`}
              at={at}
              best={result.best}
              kind="loss"
            />
          </div>
          <p className="policy-gradient-muted policy-gradient-caption">
            실선: 시드 {values.seed} 실행의 세 팔 확률 (색은 아래 표와 같아요). 가는 점선: 시드{' '}
            {result.runs}개로 반복했을 때 최선의 팔 확률의 평균 ± 표준편차.
          </p>
          <RewardChart
            rl={result.traces[rl]}
            other={result.traces[values.compare]}
            rlLabel={BANDIT_METHOD_LABELS[rl]}
            otherLabel={BANDIT_METHOD_LABELS[values.compare]}
            at={at}
          />
          <div className="control control-number policy-gradient-scrub">
            <label htmlFor={sliderId}>보는 에피소드</label>
            <input
              id={sliderId}
              type="range"
              min={0}
              max={episodes}
              step={1}
              value={at}
              onChange={(e) => setPicked(Number(e.target.value))}
            />
            <output htmlFor={sliderId}>
              {at} / {episodes}
            </output>
          </div>
          <EpisodeStep
            trace={result.traces[rl]}
            t={at}
            alpha={values.alpha}
            baseline={rl === 'baseline'}
          />
          <ArmsTable trace={result.traces[rl]} t={at} noise={values.noise} />
          <SummaryTable result={result} seed={values.seed} />
        </>
      )}
      <WhyNoLabel />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(PolicyGradient);
