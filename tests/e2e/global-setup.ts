// Starts one Chromium and one static server over dist/ for the whole browser run, and lets the
// engine's probe choose a backend once, as a reader's first visit does: the pages the tests open
// start from that stored choice (a returning reader) unless a test asks for a first visit.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, requireChromium } from './chromium';
import { BACKEND_RECORD_KEY } from '../../src/experiments/client-engine';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    wsEndpoint: string;
    baseUrl: string;
    /** The probe's decision as the page stored it (localStorage `BACKEND_RECORD_KEY`), JSON. */
    backendRecord: string;
  }
}

let browserServer: BrowserServer | undefined;
let closeServer: (() => Promise<void>) | undefined;

export async function setup(project: TestProject) {
  const executablePath = requireChromium();
  const dist = resolve(process.env.E2E_DIST ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  }
  const server = await startStaticServer(dist);
  closeServer = server.close;
  browserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  project.provide('baseUrl', server.url);
  project.provide('backendRecord', await probedRecord(browserServer.wsEndpoint(), server.url));
}

/**
 * A first visit's probe (≈ 1 s of both cores on software WebGL, more under load: once here, not
 * on each of the run's page loads) and the record the page stores from it.
 */
async function probedRecord(wsEndpoint: string, baseUrl: string): Promise<string> {
  const browser = await chromium.connect(wsEndpoint);
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(new URL('/02-perceptron/', baseUrl).toString());
    const record = await page.waitForFunction(
      (key) => localStorage.getItem(key),
      BACKEND_RECORD_KEY,
      { timeout: 60_000 },
    );
    return (await record.jsonValue()) as string;
  } finally {
    await browser.close();
  }
}

export async function teardown() {
  await browserServer?.close();
  await closeServer?.();
}
