// One convolution layer's output (after its ReLU) for the drawn digit: every channel as a small
// grey picture, tiled on one canvas (white = the layer's largest value).
import { useEffect, useMemo, useRef } from 'react';
import type { FeatureMaps } from '../../../experiments/client';
import { tileMaps } from '../model';

export function FeatureMapView({ maps, title }: { maps: FeatureMaps; title: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const tiled = useMemo(() => tileMaps(maps), [maps]);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(tiled.width, tiled.height);
    img.data.set(tiled.rgba);
    ctx.putImageData(img, 0, 0);
  }, [tiled]);
  return (
    <figure className="deep-convnet__maps" data-channels={maps.channels}>
      <canvas
        ref={ref}
        width={tiled.width}
        height={tiled.height}
        role="img"
        aria-label={`${title}: ${maps.channels}장의 ${maps.height}×${maps.width} 특징 맵`}
        className="deep-convnet__maps-canvas"
        style={{ aspectRatio: `${tiled.width} / ${tiled.height}` }}
      />
      <figcaption>
        {title} 뒤 ReLU 출력: {maps.channels}장 × {maps.height}×{maps.width} (흰색 = 이 층의 최댓값{' '}
        {tiled.max.toFixed(2)})
      </figcaption>
    </figure>
  );
}
