import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { monthReport } from '../../test/core';
import { applyLanguage } from '../i18n/index.svelte';
import MonthReportTable from './MonthReportTable.svelte';

describe('month report table', () => {
  test('one line per event: partner | event / form | date, place | participants | responsible | media', () => {
    const onopen = vi.fn();
    render(MonthReportTable, { report: monthReport(), onopen });
    const head = [...screen.getByTestId('report-table').querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).toEqual([
      '№',
      'Партнёр',
      'Мероприятие / форма',
      'Дата, место',
      'Участники',
      'Ответственный',
      'Освещение в СМИ',
    ]);
    const lines = screen.getAllByTestId('report-line');
    expect(lines.map((l) => l.dataset.id)).toEqual(['501', '502']);
    const cells = [...lines[0].querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual([
      '1',
      'Средняя школа № 1',
      'Экскурсия «Мир профессий» Экскурсии',
      '14.10.2026, 10:00 Школа № 1',
      '25 детей, 4 родителя, 2 педагога возраст: 10–12 лет',
      'Иванова М. П.',
      'https://school1.edu.kz/news/12',
    ]);
    // An event with nothing but its title and date.
    const bare = [...lines[1].querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
    expect(bare).toEqual(['2', 'Городской музей', 'Выставка рисунков', '20.10.2026', '—', '', '']);

    const total = screen.getByTestId('report-total');
    expect(total.textContent).toContain('Всего мероприятий: 2');
    expect(total.textContent).toContain('Всего участников: 31');

    fireEvent.click(within(lines[1]).getByRole('button', { name: 'Выставка рисунков' }));
    expect(onopen).toHaveBeenCalledWith(502);
  });

  test('Kazakh and English plurals of the participants', () => {
    applyLanguage('kk');
    const { unmount } = render(MonthReportTable, { report: monthReport() });
    expect(screen.getAllByTestId('report-line')[0].textContent).toContain('25 бала, 4 ата-ана, 2 педагог');
    unmount();
    applyLanguage('en');
    render(MonthReportTable, {
      report: monthReport({
        lines: [{ ...monthReport().lines[0], participants: { children: 1, parents: 0, teachers: 1, others: 3 } }],
      }),
    });
    expect(screen.getByTestId('report-line').textContent).toContain('1 child, 1 teacher, 3 others');
  });

  test('a month without events says so', () => {
    render(MonthReportTable, { report: monthReport({ lines: [] }) });
    expect(screen.getByTestId('report-empty').textContent).toContain('В этом месяце проведённых мероприятий нет.');
    expect(screen.queryByTestId('report-table')).toBeNull();
  });
});
