// A card for code that could not be fetched (missingCode.ts) offers 새로고침 and no 다시 시도:
// `withReload` stubs the page's reload for the test's body; `expectReloadOnly` presses the card's
// button and checks it reloaded.
import { fireEvent, screen } from '@testing-library/react';
import { expect, vi, type Mock } from 'vitest';

export async function withReload(body: (reload: Mock) => Promise<void>): Promise<void> {
  const reload = vi.fn();
  vi.stubGlobal('location', { ...window.location, reload, search: '', href: 'http://localhost/' });
  try {
    await body(reload);
  } finally {
    vi.unstubAllGlobals();
  }
}

export function expectReloadOnly(reload: Mock): void {
  expect(screen.queryByRole('button', { name: '다시 시도' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '새로고침' }));
  expect(reload).toHaveBeenCalledOnce();
}
