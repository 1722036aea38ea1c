// The book's Fig 7-24 in the page: the 30 first-layer filters (5×5) before training, now, and
// the book's trained ones, each filter scaled from its smallest (black) to its largest (white).
import { useMemo } from 'react';
import { CNN_FILTERS, CNN_FILTER_SIZE } from '../../../experiments/client';
import { formatNumber } from '../../kit';
import { filterChange, greyTiles } from '../model';
import { Tiles } from './Tiles';

const grey = (f: Float32Array | null) => (f ? greyTiles(f, CNN_FILTERS, CNN_FILTER_SIZE) : null);

export function FilterPanel({
  initial,
  now,
  iteration,
  book,
}: {
  initial: Float32Array | null;
  now: Float32Array | null;
  iteration: number;
  book: Float32Array | null;
}) {
  const rows = useMemo(
    () => [
      { key: 'initial', label: '학습 전 (무작위 초깃값)', grey: grey(initial) },
      { key: 'now', label: `지금 (반복 ${iteration.toLocaleString('en-US')})`, grey: grey(now) },
      { key: 'book', label: '책의 학습 결과 (20에폭)', grey: grey(book) },
    ],
    [initial, now, iteration, book],
  );
  const change = filterChange(initial, now);
  return (
    <figure className="cnn__filters" data-change={change}>
      {rows.map((r) => (
        <div key={r.key} className="cnn__filter-row" data-row={r.key}>
          <span>{r.label}</span>
          <Tiles
            grey={r.grey}
            count={CNN_FILTERS}
            size={CNN_FILTER_SIZE}
            cols={15}
            label={`1층 합성곱 필터 30개: ${r.label}`}
          />
        </div>
      ))}
      <figcaption>
        1층 합성곱 계층의 필터 30개(5×5). 필터마다 가장 작은 값을 검은색, 가장 큰 값을 흰색으로
        그렸어요. 학습 전과 지금 사이 가중치의 최대 변화: {formatNumber(change, 4)}
      </figcaption>
    </figure>
  );
}
