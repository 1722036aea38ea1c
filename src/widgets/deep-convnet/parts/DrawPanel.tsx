// Draw a digit for the book's network: train-mnist's pad and preprocessing (the ink scaled into
// 20×20 and centred by its mass in 28×28, like MNIST), the ten probabilities, and the feature
// maps of one convolution layer. Re-predicted at most once per frame (the newest drawing wins);
// a digit picked from the gallery lands on the pad too.
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { predictDeepConvnet, type DeepConvnetPrediction } from '../../../experiments/client';
import { useLatestResult, type LatestResult } from '../../kit';
import { preprocessDigit } from '../../train-mnist/model';
import { drawDigit, PAD, readInk } from '../../train-mnist/pad';
import { DrawPad } from '../../train-mnist/parts/DrawPad';
import { Probabilities } from '../../train-mnist/parts/Probabilities';
import { reluOf } from '../model';
import { FeatureMapView } from './FeatureMapView';

export interface DrawOutput {
  input: Float32Array | null;
  prediction: DeepConvnetPrediction | null;
}

async function predictPad(o: {
  pad: RefObject<HTMLCanvasElement | null>;
  maps: boolean;
}): Promise<DrawOutput> {
  const ink = o.pad.current ? readInk(o.pad.current) : null;
  const input = ink ? preprocessDigit(ink, PAD, PAD) : null;
  const prediction = input ? await predictDeepConvnet({ pixels: input, maps: o.maps }) : null;
  return { input, prediction };
}

export function DrawPanel({
  ready,
  maps,
  layer,
  layerTitle,
  picked,
  onResult,
  controls,
}: {
  /** the network is loaded */
  ready: boolean;
  maps: boolean;
  /** 'conv1' … 'conv6' */
  layer: string;
  layerTitle: string;
  picked: { pixels: Uint8Array; n: number } | null;
  /** the latest prediction's state, for the widget's report */
  onResult: (r: LatestResult<DrawOutput>) => void;
  /** the feature maps' controls, shown above them */
  controls: ReactNode;
}) {
  const pad = useRef<HTMLCanvasElement>(null);
  const [version, setVersion] = useState(0);
  const noteId = useId();
  const bump = () => setVersion((v) => v + 1);
  useEffect(() => {
    if (!picked || !pad.current) return;
    drawDigit(pad.current, picked.pixels, getComputedStyle(pad.current).color);
    setVersion((v) => v + 1);
  }, [picked]);
  const result = useLatestResult(`${version}|${maps}|${ready}`, { pad, maps }, predictPad);
  useEffect(() => onResult(result), [result, onResult]);
  const out = result.output;
  const shown = out?.prediction?.maps.find((m) => m.name === reluOf(layer));
  return (
    <section className="deep-convnet__draw" aria-label="숫자 그려 보기">
      <p className="deep-convnet__subtitle">숫자를 그려 보세요: 책의 DeepConvNet이 맞혀 봐요</p>
      <div className="train-mnist__draw-row">
        <DrawPad canvasRef={pad} onDraw={bump} onClear={bump} noteId={noteId} />
        <Probabilities
          input={out?.input ?? null}
          probs={out?.prediction?.probs ?? null}
          ready={ready}
        />
      </div>
      {controls}
      {maps && shown && <FeatureMapView maps={shown} title={layerTitle} />}
      {maps && !shown && (
        <p className="deep-convnet__note">숫자를 그리면 {layerTitle}의 특징 맵을 보여 줘요.</p>
      )}
    </section>
  );
}
