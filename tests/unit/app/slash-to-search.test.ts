// @vitest-environment jsdom
// "/" goes to the header's search box from the page, a slider or a button; typed into a text
// field (the search box itself, a number box, the playground's textarea) it stays text.
import { beforeAll, expect, test } from 'vitest';
import { SEARCH_INPUT_ID, slashToSearch } from '../../../src/app/search/slashToSearch';

beforeAll(() => {
  document.body.innerHTML = `
    <input id="${SEARCH_INPUT_ID}" type="search" value="">
    <input id="range" type="range"><button id="button">b</button>
    <input id="number" type="number"><textarea id="text"></textarea>`;
  slashToSearch();
});

/** Presses "/" on `id` (or the body); whether the page took it (focus moved, no text typed). */
function slash(id: string | null, init: KeyboardEventInit = {}): boolean {
  const from = id ? document.getElementById(id)! : document.body;
  from.focus();
  const e = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true, ...init });
  from.dispatchEvent(e);
  const taken = document.activeElement?.id === SEARCH_INPUT_ID && e.defaultPrevented;
  document.body.focus();
  return taken;
}

test('from the page, a slider or a button, "/" focuses the search box instead of typing', () => {
  expect(slash(null)).toBe(true);
  expect(slash('range')).toBe(true);
  expect(slash('button')).toBe(true);
});

test('in a text field, or with a modifier or an IME composing, "/" is left alone', () => {
  expect(slash(SEARCH_INPUT_ID)).toBe(false);
  expect(slash('number')).toBe(false);
  expect(slash('text')).toBe(false);
  expect(slash(null, { ctrlKey: true })).toBe(false);
  expect(slash(null, { isComposing: true })).toBe(false);
});
