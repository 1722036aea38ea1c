// Starts one Chromium and one static server over dist/ for the whole browser run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, requireChromium } from './chromium';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    wsEndpoint: string;
    baseUrl: string;
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
}

export async function teardown() {
  await browserServer?.close();
  await closeServer?.();
}
