import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { ActivityPeriod } from '../api';
import PeriodEditorHarness from '../../test/PeriodEditorHarness.svelte';

function editor(initial: ActivityPeriod, planKind: 'school' | 'calendar' = 'school') {
  const values: ActivityPeriod[] = [];
  // The bounds are the plan's own days as the core sends them.
  const [firstDay, lastDay] = planKind === 'school' ? ['2026-09-01', '2027-08-31'] : ['2026-01-01', '2026-12-31'];
  render(PeriodEditorHarness, { initial, planKind, firstDay, lastDay, onvalue: (v) => values.push(v) });
  return { last: () => values.at(-1) };
}

const kind = () => screen.getByTestId('period-kind') as HTMLSelectElement;

describe('period editor', () => {
  test('single months and a span over the new year come out in the school year’s order', async () => {
    const { last } = editor({ kind: 'year' });
    expect([...kind().options].map((o) => o.value)).toEqual(['year', 'times', 'months', 'quarters', 'dates']);
    await fireEvent.change(kind(), { target: { value: 'months' } });

    // The school year's months start in September.
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => b.dataset.testid)).toEqual(
      [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8].map((m) => `period-month-${m}`),
    );
    expect(boxes[0].closest('label')?.textContent).toContain('Сентябрь');

    await fireEvent.click(screen.getByTestId('period-month-5'));
    await fireEvent.click(screen.getByTestId('period-month-10'));
    await fireEvent.click(screen.getByTestId('period-span-add'));
    expect((screen.getByTestId('period-span-from') as HTMLSelectElement).value).toBe('12');
    expect((screen.getByTestId('period-span-to') as HTMLSelectElement).value).toBe('1');
    expect(document.activeElement).toBe(screen.getByTestId('period-span-from'));

    expect(last()).toEqual({
      kind: 'months',
      ranges: [
        { from: 10, to: 10 },
        { from: 12, to: 1 },
        { from: 5, to: 5 },
      ],
    });

    await fireEvent.click(screen.getByTestId('period-month-5'));
    await fireEvent.click(screen.getByTestId('period-span-remove'));
    expect(last()).toEqual({ kind: 'months', ranges: [{ from: 10, to: 10 }] });
  });

  test('each kind keeps what was entered when another is tried', async () => {
    const { last } = editor({ kind: 'times', count: 3 }, 'calendar');
    expect(kind().value).toBe('times');
    expect((screen.getByTestId('period-count') as HTMLInputElement).value).toBe('3');
    await fireEvent.input(screen.getByTestId('period-count'), { target: { value: '4' } });
    expect(last()).toEqual({ kind: 'times', count: 4 });

    await fireEvent.change(kind(), { target: { value: 'quarters' } });
    // «Once a quarter» is offered first; a calendar year's quarters are explained.
    expect(last()).toEqual({ kind: 'quarters', quarters: [1, 2, 3, 4] });
    expect(document.body.textContent).toContain('I — январь–март');
    await fireEvent.click(screen.getByTestId('period-quarter-2'));
    await fireEvent.click(screen.getByTestId('period-quarter-4'));
    expect(last()).toEqual({ kind: 'quarters', quarters: [1, 3] });

    await fireEvent.change(kind(), { target: { value: 'times' } });
    expect(last()).toEqual({ kind: 'times', count: 4 });
    await fireEvent.change(kind(), { target: { value: 'year' } });
    expect(last()).toEqual({ kind: 'year' });
  });

  test('dates are bounded by the plan period; empty ones are left out', async () => {
    const { last } = editor({ kind: 'months', ranges: [{ from: 12, to: 1 }] });
    expect((screen.getByTestId('period-span-from') as HTMLSelectElement).value).toBe('12');
    await fireEvent.change(kind(), { target: { value: 'dates' } });
    const first = screen.getByTestId('period-date') as HTMLInputElement;
    expect([first.min, first.max]).toEqual(['2026-09-01', '2027-08-31']);
    expect(last()).toEqual({ kind: 'dates', dates: [] });
    await fireEvent.input(first, { target: { value: '2027-03-08' } });
    await fireEvent.click(screen.getByTestId('period-date-add'));
    expect(screen.getAllByTestId('period-date')).toHaveLength(2);
    expect(last()).toEqual({ kind: 'dates', dates: ['2027-03-08'] });
    await fireEvent.input(screen.getAllByTestId('period-date')[1], { target: { value: '2026-12-25' } });
    expect(last()).toEqual({ kind: 'dates', dates: ['2027-03-08', '2026-12-25'] });
  });
});
