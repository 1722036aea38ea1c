// The engine lab: a page that exposes the experiments API on `window.lab` so browser tests and
// benchmarks can drive the real engine on webgl / wasm / cpu. Not linked from the site.
const status = document.getElementById('lab-status');
if (status) status.textContent = 'ready';
