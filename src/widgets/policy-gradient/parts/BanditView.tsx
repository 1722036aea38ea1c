// Everything drawn from one engine run: the two policies, the rewards, the scrubbed episode, the
// arms and the summary. Memoised: a slider move redraws the controls at once and this only when
// the engine's numbers for the new input arrive; the α, noise and seed written here are the ones
// that run used (`ran`), never a newer slider value beside older numbers. Before the first run is
// in (`result` null) every part stands in its shape with "…" where its numbers go, `ran` being
// the input asked for: nothing under the widget moves when the numbers come.
import { memo } from 'react';
import {
  BANDIT_METHOD_LABELS,
  type BanditMethod,
  type BanditResult,
} from '../../../experiments/client';
import type { BanditInput } from '../compute';
import { ArmsTable } from './ArmsTable';
import { EpisodeStep } from './EpisodeStep';
import { ProbChart } from './ProbChart';
import { RewardChart } from './RewardChart';
import { SummaryTable } from './SummaryTable';
import { BANDIT_RUNS } from '../compute';
import { BEST_ARM } from '../model';

function BanditView({
  result,
  ran,
  rl,
  compare,
  at,
  sliderId,
  onPick,
}: {
  result: BanditResult | null;
  /** the input of this run (or of the run computing) */
  ran: BanditInput;
  /** the reinforcement-learning rule shown (with or without the baseline) */
  rl: 'reinforce' | 'baseline';
  /** the rule shown beside it */
  compare: BanditMethod;
  /** the scrubbed episode, 0 … episodes */
  at: number;
  sliderId: string;
  onPick: (episode: number) => void;
}) {
  const episodes = result?.episodes ?? ran.episodes;
  const best = result?.best ?? BEST_ARM;
  const trace = (m: BanditMethod) => result?.traces[m] ?? null;
  return (
    <>
      <div className="policy-gradient-charts">
        <ProbChart
          trace={trace(rl)}
          title={`정책 π: ${BANDIT_METHOD_LABELS[rl]}`}
          at={at}
          best={best}
          kind="rl"
          xMax={episodes}
        />
        <ProbChart
          trace={trace(compare)}
          title={`정책 π: ${BANDIT_METHOD_LABELS[compare]}`}
          at={at}
          best={best}
          kind="loss"
          xMax={episodes}
        />
      </div>
      <p className="policy-gradient-muted policy-gradient-caption">
        실선: 시드 {ran.seed} 실행의 세 팔 확률 (색은 아래 표와 같아요). 가는 점선: 시드{' '}
        {result?.runs ?? BANDIT_RUNS}개로 반복했을 때 최선의 팔 확률의 평균 ± 표준편차.
      </p>
      <RewardChart
        rl={trace(rl)}
        other={trace(compare)}
        rlLabel={BANDIT_METHOD_LABELS[rl]}
        otherLabel={BANDIT_METHOD_LABELS[compare]}
        at={at}
        xMax={episodes}
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
          disabled={!result}
          onChange={(e) => onPick(Number(e.target.value))}
        />
        <output htmlFor={sliderId}>
          {at} / {episodes}
        </output>
      </div>
      <EpisodeStep trace={trace(rl)} t={at} alpha={ran.alpha} baseline={rl === 'baseline'} />
      <ArmsTable trace={trace(rl)} t={at} noise={ran.noise} />
      <SummaryTable result={result} seed={ran.seed} episodes={episodes} />
    </>
  );
}

export default memo(BanditView);
