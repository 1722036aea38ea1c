// @vitest-environment jsdom
// The race widgets' results table: before the race's first numbers each row already carries its
// lane's name, so the columns keep their widths when the numbers come (train-cnn's spread 60–90 px
// sideways on a phone when the names replaced "—": a layout shift at the end of chapter 7).
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { RaceLane } from '../../../src/experiments/client';
import { RaceTable } from '../../../src/widgets/optimizer-mnist/parts/RaceTable';

afterEach(cleanup);

const rowNames = (c: HTMLElement) =>
  [...c.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());

const lane = (label: string): RaceLane => ({
  label,
  iteration: 1,
  loss: Float32Array.from([2.3]),
  evalAt: [],
  trainAcc: [],
  testAcc: [],
  divergedAt: null,
  examplesPerSecond: 0,
});

test('waiting rows carry the lanes’ names, the same as the rows with numbers', () => {
  const names = ['SimpleConvNet', '2층 신경망'];
  const props = { colors: [0, 1], names, evalSize: 1000 };
  const { container, rerender } = render(<RaceTable lanes={[]} {...props} />);
  expect(rowNames(container)).toEqual(names);
  expect(container.querySelectorAll('tbody tr[data-waiting]')).toHaveLength(2);
  expect([...container.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['—', '—', '—', '—']); // prettier-ignore
  rerender(<RaceTable lanes={names.map(lane)} {...props} />);
  expect(rowNames(container)).toEqual(names);
  expect(container.querySelectorAll('tbody tr[data-waiting]')).toHaveLength(0);
});
