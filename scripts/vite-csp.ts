// The pages' Content-Security-Policy, as a <meta http-equiv> in every built HTML page (the same
// policy belongs in the host's response header: README, "Deploying"). Scripts, workers and wasm
// come only from the site itself; no inline script, no eval. Styles come from the site too —
// 'unsafe-inline' only because KaTeX's pre-rendered formulas position glyphs with inline
// `style` attributes (no inline <style> or script is ever written).
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the policy to every page of the build (not to the dev server's, which injects inline scripts). */
export function cspPlugin(): Plugin {
  return {
    name: 'csp',
    apply: 'build',
    // right after <meta charset>: a policy applies only to what comes after it
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          /<meta charset="UTF-8" \/>/,
          (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
        ),
    },
  };
}
