import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { fulfilment, mockCore, plan, yearSummary } from '../../test/core';
import { applyLanguage, t } from '../i18n/index.svelte';
import { resetReportView } from './view-state.svelte';
import ReportsPage from './ReportsPage.svelte';

describe('reports', () => {
  test('the month’s report opens on this month in the interface language and prints as PDF or XLSX', async () => {
    app.today = '2026-10-31';
    resetReportView();
    applyLanguage('kk');
    const { argsOf } = mockCore({
      print_month_report: (a) => (a.save ? `/home/user/report.${a.format}` : '/tmp/report.pdf'),
    });
    render(ReportsPage);
    await waitFor(() => expect(screen.getAllByTestId('report-line')).toHaveLength(2));
    expect(argsOf('get_month_report')).toEqual([{ year: 2026, month: 10, lang: 'kk' }]);
    expect((screen.getByTestId('month-report-lang') as HTMLSelectElement).value).toBe('kk');

    await fireEvent.change(screen.getByTestId('month-report-lang'), { target: { value: 'ru' } });
    await waitFor(() => expect(argsOf('get_month_report').at(-1)).toEqual({ year: 2026, month: 10, lang: 'ru' }));
    await fireEvent.click(screen.getByTestId('report-month-next'));
    await waitFor(() => expect(argsOf('get_month_report').at(-1)).toEqual({ year: 2026, month: 11, lang: 'ru' }));

    await fireEvent.click(screen.getByTestId('month-report-print-pdf'));
    await fireEvent.click(screen.getByTestId('month-report-save-pdf'));
    await fireEvent.click(screen.getByTestId('month-report-save-xlsx'));
    await waitFor(() => expect(argsOf('print_month_report')).toHaveLength(3));
    expect(argsOf('print_month_report')).toEqual([
      { year: 2026, month: 11, lang: 'ru', format: 'pdf', save: false },
      { year: 2026, month: 11, lang: 'ru', format: 'pdf', save: true },
      { year: 2026, month: 11, lang: 'ru', format: 'xlsx', save: true },
    ]);
    await waitFor(() => expect(toasts).toHaveLength(2));
    expect(toasts.map((x) => t(x.message, x.args))).toEqual([
      'Файл сақталды: /home/user/report.pdf',
      'Файл сақталды: /home/user/report.xlsx',
    ]);

    await fireEvent.click(within(screen.getAllByTestId('report-line')[0]).getByRole('button'));
    expect(app.screen).toEqual({ name: 'event', id: 501, back: { name: 'reports' } });
  });

  test('the year summary: the running plan’s period, indicators, months and partners', async () => {
    app.today = '2027-03-01';
    resetReportView();
    const { argsOf } = mockCore({
      list_plans: () => [
        plan(3, { kind: 'calendar', period: '2027', start_year: 2027, first_day: '2027-01-01', last_day: '2027-12-31' }),
        plan(1),
        plan(0, { period: '2025-2026', start_year: 2025, first_day: '2025-09-01', last_day: '2026-08-31' }),
      ],
      print_year_summary: () => null,
    });
    render(ReportsPage);
    await fireEvent.click(screen.getByTestId('reports-tab-year'));
    // The school year running today is chosen, not the newest plan.
    await waitFor(() => expect(argsOf('get_year_summary')).toEqual([{ period: '2026-2027' }]));
    expect((screen.getByTestId('summary-period') as HTMLSelectElement).value).toBe('2026-2027');

    await screen.findByTestId('year-summary');
    expect(screen.getByTestId('summary-fulfilment').textContent).toContain('25 %');
    expect(screen.getByTestId('summary-fulfilment').textContent).toContain('Проведено 1 из 4');
    expect(screen.getByTestId('summary-parents').textContent).toContain('50 %');
    expect(screen.getByTestId('summary-parents').textContent).toContain('Родители участвовали в 1 из 2 мероприятий');
    expect(screen.getByTestId('summary-no-pupils').textContent).toContain('не указано число воспитанников');
    const months = screen.getAllByTestId('summary-month');
    expect(months).toHaveLength(12);
    expect(months[0].textContent).toContain('Сентябрь 2026');
    expect(months[1].querySelectorAll('td')[0].textContent).toBe('2');
    expect(months[1].querySelectorAll('td')[1].textContent).toBe('1');
    expect(screen.getByTestId('summary-partner').textContent).toContain('1 из 3 · 33 %');

    await fireEvent.click(screen.getByTestId('year-summary-save-xlsx'));
    await waitFor(() =>
      expect(argsOf('print_year_summary')).toEqual([{ period: '2026-2027', lang: 'ru', format: 'xlsx', save: true }]),
    );
    expect(toasts).toHaveLength(0); // the save dialog was cancelled

    await fireEvent.change(screen.getByTestId('summary-period'), { target: { value: '2027' } });
    await waitFor(() => expect(argsOf('get_year_summary').at(-1)).toEqual({ period: '2027' }));
  });

  test('with a pupil count the figure per 100 pupils is shown', async () => {
    mockCore({
      get_year_summary: () =>
        yearSummary({ pupils: 240, by_parents_per_100_pupils: 1.25, events_by_parents: 3, fulfilment: fulfilment(0, 0) }),
    });
    render(ReportsPage);
    await fireEvent.click(screen.getByTestId('reports-tab-year'));
    const per100 = await screen.findByTestId('summary-per-100');
    expect(per100.textContent?.replace(/\s/g, ' ')).toContain('1,3 на 100 воспитанников (всего воспитанников: 240)');
    expect(screen.getByTestId('summary-fulfilment').textContent).toContain('нет плана');
  });

  test('the album of cooperation of the summary’s period: order, language, open or save', async () => {
    app.today = '2027-03-01';
    resetReportView();
    const { argsOf } = mockCore({
      list_plans: () => [plan(3, { kind: 'calendar', period: '2027', start_year: 2027, first_day: '2027-01-01', last_day: '2027-12-31' }), plan(1)],
      print_album: (a) => (a.save ? '/home/user/Альбом 2026–2027.pdf' : '/tmp/album.pdf'),
    });
    render(ReportsPage);
    await fireEvent.click(screen.getByTestId('reports-tab-year'));
    const album = await screen.findByTestId('album');
    expect(within(album).getByRole('heading').textContent).toBe('Альбом сотрудничества');
    await waitFor(() => expect(album.textContent).toContain('за 2026–2027'));
    expect((screen.getByTestId('album-order') as HTMLSelectElement).value).toBe('by-date');
    expect([...(screen.getByTestId('album-order') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'По датам',
      'По партнёрам',
    ]);
    expect(screen.getByLabelText('Порядок')).toBe(screen.getByTestId('album-order'));

    await fireEvent.click(screen.getByTestId('album-open'));
    await waitFor(() => expect(argsOf('print_album')).toEqual([{ period: '2026-2027', lang: 'ru', order: 'by-date', save: false }]));
    expect(toasts).toHaveLength(0); // opened in the viewer, nothing saved

    await fireEvent.change(screen.getByTestId('album-order'), { target: { value: 'by-partner' } });
    await fireEvent.change(screen.getByTestId('album-lang'), { target: { value: 'kk' } });
    await fireEvent.change(screen.getByTestId('summary-period'), { target: { value: '2027' } });
    await fireEvent.click(screen.getByTestId('album-save'));
    await waitFor(() => expect(argsOf('print_album')).toHaveLength(2));
    expect(argsOf('print_album')[1]).toEqual({ period: '2027', lang: 'kk', order: 'by-partner', save: true });
    await waitFor(() => expect(toasts.map((x) => t(x.message, x.args))).toEqual(['Файл сохранён: /home/user/Альбом 2026–2027.pdf']));
  });

  test('an album that cannot be made says why', async () => {
    mockCore({
      print_album: () => {
        throw {
          code: 'file',
          message: '',
          details: { path: '/home/user/Альбом 2026–2027.pdf', reason: 'Permission denied (os error 13)' },
        };
      },
    });
    render(ReportsPage);
    await fireEvent.click(screen.getByTestId('reports-tab-year'));
    await fireEvent.click(await screen.findByTestId('album-save'));
    const alert = await screen.findByTestId('album-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(
      'Не удаётся использовать файл «/home/user/Альбом 2026–2027.pdf»: Permission denied (os error 13)',
    );
  });

  test('while a document is made its buttons keep the focus, do nothing, and a status says so', async () => {
    let finish: (path: string | null) => void = () => {};
    const { argsOf } = mockCore({
      print_album: () => new Promise((resolve) => (finish = resolve)),
    });
    render(ReportsPage);
    await fireEvent.click(screen.getByTestId('reports-tab-year'));
    const open = await screen.findByTestId('album-open');
    await waitFor(() => expect((open as HTMLButtonElement).disabled).toBe(false));
    const status = screen.getByTestId('album-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('');

    open.focus();
    await fireEvent.click(open);
    await waitFor(() => expect(status.textContent).toBe('Готовится документ…'));
    for (const id of ['album-open', 'album-save']) {
      const button = screen.getByTestId(id) as HTMLButtonElement;
      expect(button.disabled).toBe(false);
      expect(button.getAttribute('aria-disabled')).toBe('true');
    }
    expect(document.activeElement).toBe(open);
    // A second click while the first document is made does nothing.
    await fireEvent.click(open);
    await fireEvent.click(screen.getByTestId('album-save'));
    expect(argsOf('print_album')).toHaveLength(1);
    // The other document's buttons are not busy.
    expect(screen.getByTestId('year-summary-print-pdf').getAttribute('aria-disabled')).toBeNull();

    finish('/tmp/album.pdf');
    await waitFor(() => expect(status.textContent).toBe(''));
    expect(open.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  test('the buttons of the same name of the summary and of the album tell their section', async () => {
    mockCore();
    render(ReportsPage);
    await fireEvent.click(screen.getByTestId('reports-tab-year'));
    const description = (id: string): string => {
      const by = screen.getByTestId(id).getAttribute('aria-describedby') ?? '';
      return by
        .split(' ')
        .map((ref) => document.getElementById(ref)?.textContent?.trim() ?? '')
        .join(' ');
    };
    await screen.findByTestId('album-open');
    expect(screen.getByTestId('year-summary-print-pdf').textContent?.trim()).toBe('Открыть PDF');
    expect(screen.getByTestId('album-open').textContent?.trim()).toBe('Открыть PDF');
    expect(description('year-summary-print-pdf')).toBe('Итоги года');
    expect(description('year-summary-save-pdf')).toBe('Итоги года');
    expect(description('album-open')).toBe('Альбом сотрудничества');
    expect(description('album-save')).toBe('Альбом сотрудничества');
  });
});
