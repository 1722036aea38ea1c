// A call's answer must not overtake the reports it sent first: a proxied callback talks on its
// own MessagePort, so the worker waits (reportsDelivered) until the page has handled them. Here
// both ends are real Comlink over a real MessageChannel, and the page's callback is slow.
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import {
  relay,
  reportsDelivered,
  type RemoteCallback,
} from '../../../src/experiments/worker-api-util';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

/** A worker-like API on one end of a channel and the page's proxy on the other. */
function connect<T extends object>(api: T): Comlink.Remote<T> {
  const channel = new MessageChannel();
  channels.push(channel);
  Comlink.expose(api, channel.port1);
  return Comlink.wrap<T>(channel.port2);
}

describe('reportsDelivered', () => {
  it('answers only after the page has handled every report of the run', async () => {
    const api = {
      async run(onProgress: RemoteCallback<number>, wait: boolean): Promise<string> {
        const send = relay(onProgress)!;
        for (let i = 1; i <= 3; i++) send(i);
        if (wait) await reportsDelivered();
        return 'done';
      },
    };
    const remote = connect(api);
    for (const wait of [false, true]) {
      const seen: number[] = [];
      const slowPage = async (v: number) => {
        await sleep(40); // the page is busy drawing
        seen.push(v);
      };
      await remote.run(Comlink.proxy(slowPage), wait);
      // without the wait the answer overtakes the reports: what the test guards against
      expect(seen).toEqual(wait ? [1, 2, 3] : []);
      await sleep(200);
    }
  });

  it('gives up after its limit when the page never answers, and forgets that report', async () => {
    const never = () => new Promise<void>(() => undefined);
    relay<number>(never)!(1);
    const t0 = performance.now();
    await reportsDelivered(60);
    const waited = performance.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(50);
    expect(waited).toBeLessThan(1000);
    // the lost report no longer holds up later answers
    const t1 = performance.now();
    await reportsDelivered(5000);
    expect(performance.now() - t1).toBeLessThan(100);
  });

  it('returns at once when nothing is in transit', async () => {
    relay<number>(() => undefined)!(1);
    await sleep(0);
    const t0 = performance.now();
    await reportsDelivered(5000);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});
