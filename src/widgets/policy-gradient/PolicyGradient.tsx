// `::policy-gradient` (ch8's closing note): a three-armed bandit learned by REINFORCE,
// w ← w + α (R − b) ∇_w log π(a), every gradient from the ENGINE's backward(); beside it what a
// loss-based (supervised) update would do with the same samples. One engine call per change
// runs all the rules over 32 seeds; the episode slider scrubs through the shown run.
import { memo } from 'react';
import { ParamControls, useLiveResult, useReport, useResettableState } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeBandit, type BanditInput } from './compute';
import BanditView from './parts/BanditView';
import { WhyNoLabel } from './parts/WhyNoLabel';
import type { PolicyGradientSchema } from './schema';
import './policy-gradient.css';

type Props = WidgetProps<PolicyGradientSchema>;

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<PolicyGradientSchema>): BanditInput => ({
  alpha: v.alpha,
  episodes: v.episodes,
  noise: v.noise,
  seed: v.seed,
});

function PolicyGradient(props: Props) {
  const { values, report, resetCount, instanceKey } = props;
  // a run is 300 episodes in sequence (a few frames); it stops at its next pause (every 50) when
  // aborted, so the values a drag or a key is heading to are computed while the reader is idle
  const run = useLiveResult(props, toInput, computeBandit, JSON.stringify, { stoppable: true });
  const out = run.output;
  const result = out?.result ?? null;
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
    errorLabel: '엔진이 정책을 학습시키지 못했어요',
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
      <BanditView
        result={result}
        ran={out?.input ?? toInput(values)}
        rl={rl}
        compare={values.compare}
        at={at}
        sliderId={sliderId}
        onPick={setPicked}
      />
      <WhyNoLabel />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(PolicyGradient);
