// The engine reaches into tfjs-core's internals in one file (src/engine/backend/tfjs-internals.ts).
// They were read from one version: this test fails when another is installed, so an upgrade
// means re-reading engine.js and updating that file, not finding out in the browser.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  backendInitPending,
  backendOf,
  PINNED_TFJS_VERSION,
  withCpuBackend,
} from '../../../src/engine/backend/tfjs-internals';

describe('tfjs internals', () => {
  it('the installed tfjs-core is the version the internals were read from', () => {
    expect(tf.version_core).toBe(PINNED_TFJS_VERSION);
  });

  it('backendOf names the backend holding a tensor; withCpuBackend restores the engine state', () => {
    const t = tf.scalar(1);
    expect(backendOf(t)).toBe('cpu');
    t.dispose();
    expect(backendInitPending()).toBe(false);
    const name = withCpuBackend(() => tf.getBackend());
    expect(name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
  });
});
