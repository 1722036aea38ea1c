// The browser's grid and detail while the test digits are on their way: the same boxes, empty
// (a page of blank tiles, a blank large digit, the bars' frame), so the widget has its real
// height from the start and the chapter below it does not jump down by a screen or two when
// the 10,000 digits arrive. Hidden from screen readers: the load status says what is happening.
import { PAGE_SIZE } from '../model';
import { BARS_VIEWBOX } from './DigitDetail';
import { Pager } from './Pager';

const TILES = Array.from({ length: PAGE_SIZE }, (_, i) => i);

export function BrowseSkeleton() {
  return (
    <>
      <div className="mnist-inference-grid-wrap" data-skeleton>
        <Pager page={0} pages={1} count={null} />
        <ul className="mnist-inference-grid" aria-hidden="true">
          {TILES.map((i) => (
            <li key={i} className="mnist-inference-tile-blank">
              <span className="mnist-inference-digit mnist-inference-digit-blank" />
              <span className="mnist-inference-tile-caption">{'\u00a0'}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="mnist-inference-detail" aria-hidden="true" data-skeleton>
        <figure className="mnist-inference-detail-image">
          <span className="mnist-inference-digit mnist-inference-digit-large mnist-inference-digit-blank" />
          {/* the caption's room, unseen: beside it the bars fit or wrap as they will with it */}
          <figcaption className="mnist-inference-unseen">
            시험 이미지 0000번
            <br />
            정답 <strong>0</strong> · 예측 <strong>0</strong> (00.0%)
          </figcaption>
        </figure>
        <svg className="mnist-inference-bars" viewBox={BARS_VIEWBOX} />
      </div>
    </>
  );
}
