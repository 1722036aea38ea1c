// The feature maps (Conv1 → ReLU, 30 maps 24×24) of one official test digit, for the training
// CNN and for the book's trained one, each map scaled to its own largest value.
import { useMemo, type ReactNode } from 'react';
import { CNN_FILTERS, CNN_MAP_SIZE, type CnnView } from '../../../experiments/client';
import { greyTiles } from '../model';
import { Tiles } from './Tiles';

function Maps({ view, label }: { view: CnnView | null; label: string }) {
  const grey = useMemo(() => (view ? greyTiles(view.maps, CNN_FILTERS, CNN_MAP_SIZE) : null), [view]); // prettier-ignore
  return (
    <div className="cnn__maps-row">
      <span>{label}</span>
      <Tiles grey={grey} count={CNN_FILTERS} size={CNN_MAP_SIZE} cols={10} label={`특징 맵 30장: ${label}`} />
    </div>
  ); // prettier-ignore
}

export function MapsPanel({
  ours,
  book,
  iteration,
  control,
}: {
  ours: CnnView | null;
  book: CnnView | null;
  iteration: number;
  control: ReactNode;
}) {
  const digit = book ?? ours;
  return (
    <figure className="cnn__maps">
      <div className="cnn__digit">
        {control}
        <Tiles
          grey={digit ? digit.image : null}
          count={1}
          size={28}
          cols={1}
          label={digit ? `시험 데이터의 숫자 ${digit.label}` : '시험 데이터의 숫자'}
          className="cnn__digit-image"
        />
        <span data-label={digit?.label}>정답: {digit ? digit.label : '—'}</span>
      </div>
      <Maps view={ours} label={`지금 학습 중인 CNN (반복 ${iteration.toLocaleString('en-US')})`} />
      <Maps view={book} label="책의 학습 결과" />
      <figcaption>
        이 숫자를 넣었을 때 1층 합성곱 + ReLU의 출력(특징 맵 30장, 24×24). 맵마다 가장 큰 값을
        흰색으로 그렸어요. 학습된 필터는 가장자리나 획의 방향에 반응해요.
      </figcaption>
    </figure>
  );
}
