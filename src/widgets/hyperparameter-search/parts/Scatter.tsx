// The book's search space on log axes: lr (x) against weight decay λ (y), one dot per finished
// trial coloured by its validation accuracy, with the colour scale's legend.
import { SEARCH_BOOK, type SearchTrialDone } from '../../../experiments/client';
import { accColor, lastVal, logFraction, sci } from '../model';

const W = 360;
const H = 250;
const M = { left: 52, right: 12, top: 10, bottom: 38 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;
const [LR_LO, LR_HI] = SEARCH_BOOK.lrLog;
const [WD_LO, WD_HI] = SEARCH_BOOK.decayLog;

export function Scatter({ trials, best }: { trials: SearchTrialDone[]; best: number | null }) {
  const x = (lr: number) => M.left + logFraction(lr, LR_LO, LR_HI) * PW;
  const y = (wd: number) => M.top + (1 - logFraction(wd, WD_LO, WD_HI)) * PH;
  const xTicks = [-6, -5, -4, -3, -2];
  const yTicks = [-8, -7, -6, -5, -4];
  return (
    <figure className="hps__scatter">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`학습률과 가중치 감소의 산점도: 끝난 시도 ${trials.length}개, 색은 검증 정확도`}
      >
        <rect x={M.left} y={M.top} width={PW} height={PH} className="hps__plot" />
        {xTicks.map((e) => (
          <g key={`x${e}`}>
            <line
              x1={x(10 ** e)}
              x2={x(10 ** e)}
              y1={M.top}
              y2={M.top + PH}
              className="hps__grid"
            />
            <text x={x(10 ** e)} y={M.top + PH + 14} textAnchor="middle" className="hps__tick">
              10{sup(e)}
            </text>
          </g>
        ))}
        {yTicks.map((e) => (
          <g key={`y${e}`}>
            <line
              x1={M.left}
              x2={M.left + PW}
              y1={y(10 ** e)}
              y2={y(10 ** e)}
              className="hps__grid"
            />
            <text x={M.left - 4} y={y(10 ** e) + 4} textAnchor="end" className="hps__tick">
              10{sup(e)}
            </text>
          </g>
        ))}
        <text x={M.left + PW / 2} y={H - 4} textAnchor="middle" className="hps__axis">
          학습률 lr (로그 눈금)
        </text>
        <text
          transform={`translate(11 ${M.top + PH / 2}) rotate(-90)`}
          textAnchor="middle"
          className="hps__axis"
        >
          가중치 감소 λ (로그 눈금)
        </text>
        {trials.map((t) => (
          <circle
            key={t.index}
            className="hps__dot"
            cx={x(t.lr)}
            cy={y(t.weightDecay)}
            r={t.index === best ? 7 : 5}
            fill={accColor(lastVal(t))}
            stroke={t.index === best ? 'var(--fg)' : 'none'}
            data-index={t.index}
            data-lr={t.lr}
            data-wd={t.weightDecay}
            data-val={lastVal(t)}
          >
            <title>{`lr ${sci(t.lr)}, λ ${sci(t.weightDecay)}: 검증 정확도 ${lastVal(t).toFixed(2)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="hps__legend">
        <span>검증 정확도</span>
        <span>0</span>
        <span className="hps__ramp" aria-hidden="true" />
        <span>1</span>
      </figcaption>
    </figure>
  );
}

const SUP: Record<string, string> = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' }; // prettier-ignore
const sup = (e: number) => [...String(e)].map((c) => SUP[c] ?? c).join('');
