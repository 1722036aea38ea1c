// @vitest-environment jsdom
// "링크 복사": the link carries this widget's parameters only (the chapter's own values left out)
// and its frame's anchor; the button copies it through the clipboard API, else the old copy
// command, else shows it in a dialog to copy by hand. A chapter's island carries the anchor.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { CopyLinkButton } from '../../../src/notebook/CopyLinkButton';
import { WidgetFrame } from '../../../src/notebook/WidgetFrame';
import { WidgetIsland } from '../../../src/notebook/WidgetIsland';
import { widgetAnchor, widgetLink } from '../../../src/notebook/widgetLink';
import { WIDGETS } from '../../../src/widgets/registry';
import { defaults, defineSchema } from '../../../src/widgets/schema';
import { defineWidget } from '../../../src/widgets/types';

const schema = defineSchema({
  n: { kind: 'number', default: 3, min: 1, max: 10, integer: true, label: '개수' },
  mode: { kind: 'enum', default: 'a', options: ['a', 'b'] as const, label: '모드' },
});

beforeAll(() => {
  WIDGETS['test-linked'] = defineWidget({
    title: '시험용 링크 위젯',
    schema,
    load: async () => ({ default: () => <p>위젯 본문</p> }),
  });
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
});

const setClipboard = (writeText: (t: string) => Promise<void>) =>
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
const setExecCommand = (ok: boolean) =>
  Object.defineProperty(document, 'execCommand', { value: () => ok, configurable: true });

describe('widgetLink', () => {
  const base = defaults(schema);
  test('this widget’s changed parameters and its anchor; other query keys and the hash go', () => {
    const href = 'https://example.org/nb/03-neural-network/?other.x=1&backend=cpu#33-heading';
    expect(widgetLink(href, 'softmax-2', schema, { ...base, n: 7 }, base)).toBe(
      'https://example.org/nb/03-neural-network/?softmax-2.n=7#widget-softmax-2',
    );
  });
  test('values equal to the chapter’s own (its directive’s) are left out', () => {
    const chapter = { ...base, mode: 'b' as const };
    expect(widgetLink('http://127.0.0.1:4173/07-cnn/', 'w', schema, chapter, chapter)).toBe(
      'http://127.0.0.1:4173/07-cnn/#widget-w',
    );
    expect(widgetLink('http://127.0.0.1:4173/07-cnn/', 'w', schema, { ...chapter, mode: 'a' }, chapter)).toBe('http://127.0.0.1:4173/07-cnn/?w.mode=a#widget-w'); // prettier-ignore
  });
  test('a chapter’s frame carries the anchor the link points to', () => {
    const html = renderToStaticMarkup(
      <WidgetIsland name="softmax" attrs={{}} instanceKey="softmax-2" line={3} />,
    );
    expect(html).toContain(`id="${widgetAnchor('softmax-2')}"`);
  });
});

describe('CopyLinkButton', () => {
  const link = () => 'http://127.0.0.1/03-neural-network/?softmax.n=7#widget-softmax';
  // the button as a widget's frame has it: beside the widget's title, which ends its name
  const button = () => (
    <>
      <p id="softmax-title">소프트맥스</p>
      <CopyLinkButton link={link} title="소프트맥스" titleId="softmax-title" />
    </>
  );

  test('copies through the clipboard API and says so', async () => {
    const writeText = vi.fn(async () => {});
    setClipboard(writeText);
    render(button());
    // one of many on a page: named by its text and then its widget's title
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: '링크 복사 소프트맥스' })),
    );
    expect(writeText).toHaveBeenCalledWith(link());
    expect(screen.getByRole('button').textContent).toBe('복사했어요 ✓');
    expect(screen.getByRole('button', { name: '복사했어요 ✓ 소프트맥스' })).toBeTruthy();
    expect(document.querySelector('.widget-link-status')!.textContent).toBe(
      '이 위젯의 링크를 복사했어요.',
    );
  });

  test('no clipboard API: the old copy command on a selected field', async () => {
    setExecCommand(true);
    render(button());
    screen.getByRole('button', { name: /^링크 복사/ }).focus(); // as a click or a key press leaves it
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^링크 복사/ })));
    expect(document.querySelector('.widget-link-status')!.textContent).toBe(
      '이 위젯의 링크를 복사했어요.',
    );
    expect(document.querySelector('textarea')).toBeNull(); // the field is gone again
    expect(document.activeElement).toBe(screen.getByRole('button')); // and the focus is back
  });

  test('both refused: a dialog shows the link to copy by hand; 닫기 closes it', async () => {
    setClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    setExecCommand(false);
    render(button());
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^링크 복사/ })));
    const field = screen.getByRole('textbox', { name: '이 위젯의 링크' });
    expect((field as HTMLInputElement).value).toBe(link());
    expect(document.querySelector('.widget-link-status')!.textContent).toBe('');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '닫기' })));
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('the widget frame', () => {
  test('shows 링크 복사 only where it has an anchor (a chapter’s island, not the playground)', async () => {
    const { unmount } = render(<WidgetFrame name="test-linked" attrs={{}} instanceKey="t" />);
    await screen.findByText('위젯 본문');
    expect(screen.queryByRole('button', { name: /^링크 복사/ })).toBeNull();
    unmount();
    // a reader's link: n = 9 from the URL against the directive's n = 5; another widget's key
    window.history.replaceState(null, '', '/05-backpropagation/?t.n=9&x.y=1');
    render(<WidgetFrame name="test-linked" attrs={{ n: '5' }} instanceKey="t" linkable />);
    await screen.findByText('위젯 본문');
    const writeText = vi.fn(async () => {});
    setClipboard(writeText);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^링크 복사/ })));
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/05-backpropagation/?t.n=9#widget-t`);
    // 책 기본값: the directive's values again, so the link carries none
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^책 기본값/ })));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /링크 복사|복사했어요/ })),
    );
    expect(writeText).toHaveBeenLastCalledWith(`${location.origin}/05-backpropagation/#widget-t`);
  });
});
