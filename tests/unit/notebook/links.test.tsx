// @vitest-environment jsdom
// Links between chapter files become chapter URLs (plain links: every page is its own HTML file);
// a forced ?backend= travels along with a click on a same-site link, not to other sites.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { Markdown } from '../../../src/notebook/Markdown';
import { carryForcedBackend } from '../../../src/notebook/links';

afterEach(cleanup);

function link(source: string): HTMLAnchorElement {
  const a = render(<Markdown source={source} />).container.querySelector('a');
  if (!a) throw new Error('no link rendered');
  return a;
}

describe('notebook links', () => {
  test('a chapter link is a plain link to the chapter page; external links open a new tab', () => {
    const a = link('[신경망](03-neural-network.md#활성화-함수)');
    expect(decodeURI(a.getAttribute('href') ?? '')).toBe('/03-neural-network/#활성화-함수');
    expect(a.getAttribute('target')).toBeNull();
    const ext = link('[책](https://example.com/book)');
    expect(ext.getAttribute('target')).toBe('_blank');
    expect(ext.getAttribute('rel')).toContain('noopener');
  });

  test('a click keeps a forced ?backend= on same-site links only', () => {
    window.history.replaceState(null, '', '/02-perceptron/?backend=cpu');
    const off = carryForcedBackend();
    try {
      const a = link('[신경망](03-neural-network.md)');
      a.addEventListener('click', (e) => e.preventDefault()); // jsdom cannot navigate
      fireEvent.click(a);
      expect(new URL(a.href).pathname).toBe('/03-neural-network/');
      expect(new URL(a.href).searchParams.get('backend')).toBe('cpu');
      const ext = link('[책](https://example.com/book)');
      ext.addEventListener('click', (e) => e.preventDefault());
      fireEvent.click(ext);
      expect(ext.href).toBe('https://example.com/book');
    } finally {
      off();
      window.history.replaceState(null, '', '/');
    }
  });
});
