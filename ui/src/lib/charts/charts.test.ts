import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import BarChart from './BarChart.svelte';
import HBarChart from './HBarChart.svelte';

const series = [
  { key: 'planned', name: 'Запланировано', tone: 'planned' as const },
  { key: 'held', name: 'Проведено', tone: 'held' as const },
];

const groups = [
  { key: 'a', label: 'сен', title: 'Сентябрь 2026' },
  { key: 'b', label: 'окт', title: 'Октябрь 2026' },
  { key: 'c', label: 'ноя', title: 'Ноябрь 2026' },
];

describe('BarChart', () => {
  test('draws one bar per value, each with its value, a title and a row in the hidden table', () => {
    render(BarChart, {
      caption: 'Мероприятия по месяцам',
      summary: 'Запланировано 9, проведено 5.',
      testid: 'chart',
      groups,
      series,
      values: [
        [3, 1],
        [6, 4],
        [0, 0],
      ],
      groupHeader: 'Месяц',
    });
    const figure = screen.getByTestId('chart');
    expect(figure.tagName).toBe('FIGURE');
    expect(figure.querySelector('figcaption')?.textContent).toBe('Мероприятия по месяцам');
    const svg = within(figure).getByRole('img', { name: 'Запланировано 9, проведено 5.' });
    const bars = within(svg).getAllByTestId('chart-bar');
    expect(bars.map((b) => [b.dataset.series, b.dataset.value])).toEqual([
      ['planned', '3'],
      ['held', '1'],
      ['planned', '6'],
      ['held', '4'],
      ['planned', '0'],
      ['held', '0'],
    ]);
    // Taller for more; nothing drawn for nothing; all standing on one baseline.
    const height = (i: number) => Number(bars[i].getAttribute('height'));
    const bottom = (i: number) => Number(bars[i].getAttribute('y')) + height(i);
    expect(height(2)).toBeGreaterThan(height(0));
    expect(height(0)).toBeGreaterThan(height(1));
    expect(height(4)).toBe(0);
    expect(new Set(bars.map((_, i) => Math.round(bottom(i)))).size).toBe(1);
    // The axis: round gridlines up to the largest value.
    expect([...svg.querySelectorAll('text.tick')].map((x) => x.textContent)).toEqual(['0', '2', '4', '6']);
    // Values written above the bars that have one.
    expect([...svg.querySelectorAll('text.value')].map((x) => x.textContent)).toEqual(['3', '1', '6', '4']);
    expect(bars[3].querySelector('title')?.textContent).toBe('Октябрь 2026 — Проведено: 4');
    // The legend names the series with their colours.
    const legend = figure.querySelector('.legend')!;
    expect(legend.textContent).toContain('Запланировано');
    expect(legend.querySelector('.swatch.tone-held')).toBeTruthy();
    // The marks are SVG (drawn by the figure's <svg>, not as unknown HTML elements).
    expect(bars[0].namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelector('text.label')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    // The table read aloud, named by the caption.
    const table = within(figure).getByRole('table', { name: 'Мероприятия по месяцам' });
    expect([...table.querySelectorAll('thead th')].map((x) => x.textContent)).toEqual(['Месяц', 'Запланировано', 'Проведено']);
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
      'Сентябрь 202631',
      'Октябрь 202664',
      'Ноябрь 202600',
    ]);
  });
});

describe('HBarChart', () => {
  const rows = [
    { key: 1, label: 'Образовательные организации', value: 12, valueText: '12' },
    { key: 2, label: 'Правоохранительные органы и службы безопасности', value: 3, valueText: '3' },
  ];

  test('draws one bar per row, its name above and its value at its end', () => {
    render(HBarChart, {
      caption: 'Партнёры по категориям',
      summary: 'Партнёров: 15.',
      testid: 'chart',
      rows,
      labelHeader: 'Категория',
      valueHeader: 'Партнёров',
    });
    const figure = screen.getByTestId('chart');
    const svg = within(figure).getByRole('img', { name: 'Партнёров: 15.' });
    const bars = within(svg).getAllByTestId('chart-bar');
    expect(bars.map((b) => b.dataset.value)).toEqual(['12', '3']);
    expect(Number(bars[0].getAttribute('width'))).toBeGreaterThan(Number(bars[1].getAttribute('width')));
    expect([...svg.querySelectorAll('text.label')].map((x) => x.textContent)).toEqual([
      'Образовательные организации',
      'Правоохранительные органы и службы безопасности',
    ]);
    expect([...svg.querySelectorAll('text.value')].map((x) => x.textContent)).toEqual(['12', '3']);
    expect([...svg.querySelectorAll('text.tick')].map((x) => x.textContent)).toEqual(['0', '5', '10', '15']);
    expect(bars[1].querySelector('title')?.textContent).toBe('Правоохранительные органы и службы безопасности: 3');
    expect(bars[0].namespaceURI).toBe('http://www.w3.org/2000/svg');
    const table = within(figure).getByRole('table', { name: 'Партнёры по категориям' });
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
      'Образовательные организации12',
      'Правоохранительные органы и службы безопасности3',
    ]);
  });

  test('shares are drawn on a 0–100 track with the note beside the name', () => {
    render(HBarChart, {
      caption: 'Выполнение плана',
      summary: 'План выполнен на 50 %.',
      testid: 'chart',
      rows: [
        { key: 1, label: 'Учреждения культуры', value: 75, valueText: '75 %', detail: 'Проведено 3 из 4' },
        { key: 2, label: 'СМИ', value: 0, valueText: '—' },
      ],
      percent: true,
      tickText: (v: number) => `${v} %`,
      labelHeader: 'Категория',
      valueHeader: 'Выполнение плана',
    });
    const svg = screen.getByRole('img');
    const bars = within(svg).getAllByTestId('chart-bar');
    expect(bars.map((b) => b.dataset.value)).toEqual(['75', '0']);
    const track = Number(svg.querySelector('rect.track')!.getAttribute('width'));
    expect(Number(bars[0].getAttribute('width'))).toBeCloseTo(track * 0.75);
    expect(svg.querySelectorAll('rect.track')).toHaveLength(2);
    expect([...svg.querySelectorAll('text.tick')].map((x) => x.textContent)).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
    expect(svg.querySelector('text.detail')?.textContent).toBe('Проведено 3 из 4');
    expect(screen.getByTestId('chart').querySelector('tbody')?.textContent).toBe('Учреждения культуры75 % (Проведено 3 из 4)СМИ—');
  });

  test('with no rows it shows what it is given for that instead of an empty drawing', () => {
    render(HBarChart, {
      caption: 'Партнёры по категориям',
      summary: '',
      testid: 'chart',
      rows: [],
      labelHeader: 'Категория',
      valueHeader: 'Партнёров',
      empty: createRawSnippet(() => ({ render: () => '<p data-testid="nothing">Партнёров нет.</p>' })),
    });
    expect(screen.getByTestId('nothing').textContent).toBe('Партнёров нет.');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByTestId('chart').querySelector('figcaption')?.textContent).toBe('Партнёры по категориям');
  });
});
