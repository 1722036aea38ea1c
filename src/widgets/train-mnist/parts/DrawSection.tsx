// Draw a digit for the network: the pad, the 28×28 input it becomes (model.ts: preprocessDigit)
// and the ten probabilities, re-predicted at most once per animation frame (the newest drawing
// wins) and whenever the weights change. A digit picked from the mistakes grid lands here too.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useLatestResult } from '../../kit';
import { preprocessDigit } from '../model';
import { drawDigit, PAD, readInk } from '../pad';
import type { TrainSession } from '../session';
import { DrawPad } from './DrawPad';
import { Probabilities } from './Probabilities';
import './DrawSection.css';

interface PredictInput {
  session: TrainSession;
  pad: RefObject<HTMLCanvasElement | null>;
}

async function predictPad({ session, pad }: PredictInput) {
  const ink = pad.current ? readInk(pad.current) : null;
  const input = ink ? preprocessDigit(ink, PAD, PAD) : null;
  const probs = input ? await session.predict(input) : null;
  return { input, probs };
}

export function DrawSection({
  session,
  weightsKey,
  ready,
  picked,
}: {
  session: TrainSession;
  /** changes whenever the network's weights do (a new session, a chunk, a step) */
  weightsKey: string;
  ready: boolean;
  /** a test digit to put on the pad (its `n` changes each time one is picked) */
  picked: { pixels: Uint8Array; n: number } | null;
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
  const result = useLatestResult(`${version}|${weightsKey}`, { session, pad }, predictPad);
  const out = result.output;
  return (
    <section className="train-mnist__draw" aria-label="숫자 그려 보기">
      <p className="train-mnist__subtitle">숫자를 그려 보세요: 지금의 신경망이 바로 맞혀 봐요</p>
      <div className="train-mnist__draw-row">
        <DrawPad canvasRef={pad} onDraw={bump} onClear={bump} noteId={noteId} />
        <Probabilities input={out?.input ?? null} probs={out?.probs ?? null} ready={ready} />
      </div>
    </section>
  );
}
