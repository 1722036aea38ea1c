// The drawing pad: mouse, touch and pen through Pointer Events (coalesced moves for smooth
// strokes), a 지우기 button, and a note for keyboard users (the test-digit grid puts a digit here).
import { useRef, type PointerEvent, type RefObject } from 'react';
import { clearPad, PAD, strokeSegment } from '../pad';

export function DrawPad({
  canvasRef,
  onDraw,
  onClear,
  noteId,
}: {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  /** the ink changed (called for every stroke segment; the prediction is throttled elsewhere) */
  onDraw: () => void;
  onClear: () => void;
  noteId: string;
}) {
  const last = useRef<{ x: number; y: number } | null>(null);
  const color = useRef('#000');
  const at = (canvas: HTMLCanvasElement, e: { clientX: number; clientY: number }) => {
    const r = canvas.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) * canvas.width) / Math.max(1, r.width),
      y: ((e.clientY - r.top) * canvas.height) / Math.max(1, r.height),
    };
  };
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const canvas = e.currentTarget;
    canvas.setPointerCapture(e.pointerId);
    color.current = getComputedStyle(canvas).color;
    const p = at(canvas, e);
    strokeSegment(canvas, p, p, color.current);
    last.current = p;
    e.preventDefault();
    onDraw();
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!last.current) return;
    const canvas = e.currentTarget;
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const ev of events.length ? events : [e.nativeEvent]) {
      const p = at(canvas, ev);
      strokeSegment(canvas, last.current, p, color.current);
      last.current = p;
    }
    onDraw();
  };
  const up = () => {
    last.current = null;
  };
  return (
    <div className="train-mnist__pad">
      <canvas
        ref={canvasRef}
        width={PAD}
        height={PAD}
        role="img"
        aria-label="숫자 그림판: 마우스, 손가락, 펜으로 숫자를 그려요"
        aria-describedby={noteId}
        className="train-mnist__pad-canvas"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <div className="train-mnist__pad-row">
        <button
          type="button"
          onClick={() => {
            if (canvasRef.current) clearPad(canvasRef.current);
            onClear();
          }}
        >
          지우기
        </button>
        <p id={noteId} className="train-mnist__note">
          키보드로는 그릴 수 없어요. 아래 틀린 시험 숫자를 골라(Tab, Enter) 그림판에 올릴 수 있어요.
        </p>
      </div>
    </div>
  );
}
