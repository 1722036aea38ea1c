// The multiply-add of the followed output cell while the input's numbers are not in (a digit's
// pixels): "…·2 + …·0 + … + b", each window value a "…" in the room of a one-digit value (a
// window's pixels at the digit's edge are 0), the filter's weights and the bias the reader's.
import { Fragment } from 'react';
import { fmt, Slot } from '../../kit';

export function WaitingSum({ weights, bias }: { weights: number[]; bias: number }) {
  return (
    <>
      {weights.map((w, i) => (
        <Fragment key={i}>
          {i > 0 && ' + '}
          <Slot text={null} shape="0" />·{fmt(w, 3)}
        </Fragment>
      ))}
      {bias !== 0 && ` + ${fmt(bias)}`}
    </>
  );
}
