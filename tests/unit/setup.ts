// Unit tests run the engine on tfjs's CPU backend in Node.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';

tf.env().set('IS_TEST', true);
await tf.setBackend('cpu');
await tf.ready();

// Widgets never compute a drag's next value ahead here (tests count and read the engine's calls);
// tests/unit/widgets/kit/live-result.test.tsx turns it back on.
(globalThis as { __kitAhead?: string }).__kitAhead = 'off';
