// @vitest-environment jsdom
// Links between chapters navigate inside the page (no reload), keep a forced ?backend=, and tell
// the app's router (through onNavigate); modified clicks and other sites are left to the browser.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { Markdown } from '../../../src/notebook/Markdown';
import { onNavigate } from '../../../src/notebook/links';

afterEach(cleanup);

function link(source: string): HTMLAnchorElement {
  const a = render(<Markdown source={source} />).container.querySelector('a');
  if (!a) throw new Error('no link rendered');
  return a;
}

describe('notebook links', () => {
  test('a click on a chapter link navigates in the page, keeping ?backend=, and notifies', () => {
    window.history.replaceState(null, '', '/02-perceptron/?backend=cpu');
    window.scrollTo = vi.fn();
    const seen: string[] = [];
    const off = onNavigate(() => seen.push(window.location.pathname + window.location.search));
    try {
      const a = link('[신경망](03-neural-network.md)');
      expect(fireEvent.click(a)).toBe(false); // default prevented: no page load
      expect(seen).toEqual(['/03-neural-network/?backend=cpu']);
      expect(window.scrollTo).toHaveBeenCalledWith(0, 0);
      // a ctrl-click (new tab) and an external link are the browser's business
      expect(fireEvent.click(a, { ctrlKey: true })).toBe(true);
      const ext = link('[책](https://example.com/book)');
      expect(ext.getAttribute('target')).toBe('_blank');
      expect(fireEvent.click(ext)).toBe(true);
      expect(seen).toHaveLength(1);
    } finally {
      off();
    }
  });
});
