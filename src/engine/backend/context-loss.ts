// Surviving a lost WebGL context (a crashed or reset GPU driver): fail pending readbacks at
// once, switch to wasm (then cpu) in the queue, and rebuild every Restorable — parameters from
// their host snapshots, index tables from their host copies — on the new backend.
import { trySet } from './load';
import { rejectPendingReadbacks } from './readback';
import { emit, enqueue, state, TO, type BackendName } from './state';

/** Something that lives across calls and must be rebuilt on a new backend (parameters, tables). */
export interface Restorable {
  /** Re-create the device value on the now-current backend (from a host copy) or drop it. */
  restore(): void;
}
const restorables = new Set<Restorable>();
export function trackRestorable(r: Restorable): () => void {
  restorables.add(r);
  return () => restorables.delete(r);
}

/** Listens (once) for the loss of the WebGL context behind `canvas`. */
export function watchContextLoss(canvas: HTMLCanvasElement | OffscreenCanvas | undefined): void {
  if (!canvas || !('addEventListener' in canvas)) return;
  canvas.addEventListener('webglcontextlost', () => void onContextLost(), { once: true });
}

async function onContextLost(): Promise<void> {
  if (state.webglLost || state.current !== 'webgl') return;
  state.webglLost = true;
  state.switching = true;
  rejectPendingReadbacks();
  await enqueue(async () => {
    try {
      for (const name of ['wasm', 'cpu'] as const) {
        if (await trySet(name)) return adoptAfterLoss(name);
      }
      state.current = null;
      state.notice = 'WebGL 컨텍스트를 잃었고 대신 쓸 백엔드가 없어요';
      emit();
      return null;
    } finally {
      state.switching = false;
    }
  });
}

function adoptAfterLoss(name: BackendName): BackendName {
  state.notice = `WebGL 컨텍스트를 잃어 ${TO[name]} 전환했어요`;
  state.current = name;
  state.generation++;
  for (const r of [...restorables]) r.restore();
  emit();
  return name;
}
