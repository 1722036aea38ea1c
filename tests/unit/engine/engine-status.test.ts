// The engine's status (the page's badge: backend and live tensors) never starts a tfjs backend by
// asking: tf.memory() with no backend running initialises tfjs's highest-priority one, which
// for wasm before its paths were set meant fetching binaries from a place that does not exist.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { engineStatus, initEngine } from '../../../src/engine';
import { state } from '../../../src/engine/backend/state';

interface EngineInternals {
  backendInstance: unknown;
  backendName: string | null;
}

describe('engineStatus', () => {
  it('starts no backend while none is adopted', async () => {
    await initEngine({ prefer: 'cpu' });
    const engine = tf.engine() as unknown as EngineInternals;
    const saved = { instance: engine.backendInstance, name: engine.backendName, current: state.current }; // prettier-ignore
    let started = 0;
    const fake = { memory: () => ({ unreliable: false }), dispose: () => undefined };
    tf.registerBackend('status-spy', () => (started++, fake as unknown as tf.KernelBackend), 1e6);
    try {
      // as in the worker before its first backend is up: no backend instance, none adopted
      engine.backendInstance = null;
      engine.backendName = null;
      state.current = null;
      const s = engineStatus();
      expect(s.backend).toBeNull();
      expect(started).toBe(0);
    } finally {
      tf.removeBackend('status-spy');
      engine.backendInstance = saved.instance;
      engine.backendName = saved.name;
      state.current = saved.current;
    }
    // adopted again: the live count is read as before
    const t = tf.zeros([2]);
    try {
      expect(engineStatus()).toMatchObject({ backend: 'cpu', tensors: tf.memory().numTensors });
    } finally {
      t.dispose();
    }
  });
});
