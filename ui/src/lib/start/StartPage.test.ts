import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app } from '../app.svelte';
import { awardView } from '../awards/list-state.svelte';
import { applyLanguage } from '../i18n/index.svelte';
import { activityDue, agreement, catalogs, dashboard, fulfilment, mockCore, nomination } from '../../test/core';
import type { Dashboard } from '../api';
import StartPage from './StartPage.svelte';

afterEach(() => {
  vi.useRealTimers();
});

/** The dashboard with `attention` in place of the empty lists. */
function withAttention(attention: Partial<Dashboard['attention']>, overrides: Partial<Dashboard> = {}): Dashboard {
  const d = dashboard(overrides);
  return { ...d, attention: { ...d.attention, ...attention } };
}

/** The bars a chart drew, as [series, value] (series is '' for a single one). */
function bars(chart: HTMLElement): [string, number][] {
  return within(chart)
    .getAllByTestId('chart-bar')
    .map((b) => [b.dataset.series ?? '', Number(b.dataset.value)]);
}

describe('start page: needs attention today', () => {
  test('lists the agreements expiring soon as the core orders them, with the days left the core counted', async () => {
    // The days left come from the core (its «today»), not from this computer's clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2031, 0, 1, 10, 0));
    const { argsOf } = mockCore({
      get_dashboard: () =>
        withAttention({
          expiring: [
            agreement(4, { status: 'expiring', valid_to: '2026-12-01', days_left: 0, number: '4/2026 / 12' }),
            agreement(3, { status: 'expiring', valid_to: '2026-12-02', days_left: 1, partner_name: 'Библиотека № 2' }),
            agreement(7, { status: 'expiring', valid_to: '2026-12-21', days_left: 20, partner_name: 'Городской музей' }),
          ],
        }),
    });
    render(StartPage);
    expect(screen.getByTestId('page-title').textContent).toBe('Главная');

    const rows = await screen.findAllByTestId('expiring-row');
    // One call for the whole page, of the current period.
    expect(argsOf('get_dashboard')).toEqual([{ period: null }]);
    expect(rows.map((r) => r.dataset.id)).toEqual(['4', '3', '7']);
    expect(rows[0].textContent).toContain('4/2026 / 12');
    expect(rows[0].textContent).toContain('до 01.12.2026');
    expect(rows[0].textContent).toContain('истекает сегодня');
    expect(rows[1].textContent).toContain('Библиотека № 2');
    expect(rows[1].textContent).toContain('остался 1 день');
    expect(rows[2].textContent).toContain('осталось 20 дней');
    expect(screen.getByTestId('expiring-count').textContent).toBe('3');

    // Each row is a button: reached with Tab, opened with a click (or Enter).
    expect(rows[2].tagName).toBe('BUTTON');
    await fireEvent.click(rows[2]);
    expect(app.screen).toEqual({ name: 'agreement', id: 7 });
  });

  test('lists the plan’s overdue activities and this month’s; each opens the plan or is marked as held', async () => {
    mockCore({
      get_dashboard: () =>
        withAttention({
          overdue: [
            activityDue(21, {
              status: 'overdue',
              title: 'Выставка',
              period_label: { ru: 'Октябрь', kk: 'Қазан', en: 'October' },
              fulfilment: fulfilment(0, 1, 1),
            }),
          ],
          due_this_month: [
            activityDue(12, { status: 'due', title: 'Мастер-класс', partner_id: 1, partner_name: 'Средняя школа № 1', fulfilment: fulfilment(1, 2) }),
          ],
        }),
    });
    render(StartPage);
    const [overdue] = await screen.findAllByTestId('due-overdue-row');
    expect(overdue.textContent).toContain('Выставка');
    expect(overdue.textContent).toContain('Городской музей');
    expect(overdue.textContent).toContain('0 / 1');
    expect(overdue.textContent).toContain('План 2026–2027');
    // When it is due, as the core prints the period.
    expect(within(overdue).getByTestId('due-period').textContent).toBe('Октябрь');
    const [month] = screen.getAllByTestId('due-month-row');
    expect(month.textContent).toContain('Мастер-класс');
    expect(within(month).getByTestId('due-period').textContent).toBe('Ноябрь');
    expect(month.textContent).toContain('1 / 2');
    expect(screen.getByTestId('overdue-count').textContent).toBe('1');
    expect(screen.getByTestId('month-count').textContent).toBe('1');

    await fireEvent.click(within(month).getByTestId('due-mark-held'));
    expect(app.screen).toEqual({
      name: 'new-event',
      prefill: { partner_id: 1, partner_name: 'Средняя школа № 1', activity_id: 12, title: 'Мастер-класс', form_id: null },
      back: { name: 'start' },
    });
    await fireEvent.click(within(overdue).getByText('Выставка'));
    expect(app.screen).toEqual({ name: 'plan', id: 1, activityId: 21 });
  });

  test('lists the approved awards whose certificate is not printed; each opens its nomination', async () => {
    mockCore({
      get_dashboard: () =>
        withAttention({
          unprinted: [
            nomination(5, { status: 'approved', order_number: '112-П', order_date: '2026-11-24' }),
            nomination(6, {
              status: 'approved',
              nominee_kind: 'family',
              name: 'Семья Нурлановых',
              nominative: 'Семья Нурлановых',
              order_number: '112-П',
              order_date: '2026-11-24',
            }),
          ],
        }),
    });
    render(StartPage);
    const rows = await screen.findAllByTestId('unprinted-row');
    expect(rows.map((r) => r.dataset.id)).toEqual(['5', '6']);
    expect(rows[0].textContent).toContain('Иванова Мария Петровна');
    expect(rows[0].textContent).toContain('Благодарственное письмо');
    expect(rows[0].textContent).toContain('Самый активный родитель');
    expect(rows[0].textContent).toContain('Приказ № 112-П от 24 ноября 2026');
    expect(rows[1].textContent).toContain('Семья Нурлановых');
    expect(screen.getByTestId('unprinted-count').textContent).toBe('2');

    await fireEvent.click(rows[1]);
    expect(app.screen).toEqual({ name: 'nomination', id: 6 });

    // The card's link opens the awards list on those waiting for their certificate.
    await fireEvent.click(within(screen.getByTestId('unprinted-card')).getByRole('button', { name: 'Награды' }));
    expect(app.screen).toEqual({ name: 'awards' });
    expect(awardView.status).toBe('approved');
  });

  test('nothing to do is said calmly in every list; the quick actions start a partner or an agreement', async () => {
    mockCore();
    render(StartPage);
    expect((await screen.findByTestId('overdue-empty')).textContent).toContain('Просроченных мероприятий нет.');
    expect(screen.getByTestId('month-empty')).toBeTruthy();
    expect(screen.getByTestId('expiring-empty').textContent).toContain('В ближайшие 30 дней ни один договор не истекает.');
    expect(screen.getByTestId('unprinted-empty').textContent).toContain('Всё утверждённое уже напечатано.');
    for (const id of ['expiring-row', 'due-overdue-row', 'due-month-row', 'unprinted-row', 'overdue-count']) {
      expect(screen.queryByTestId(id)).toBeNull();
    }

    await fireEvent.click(screen.getByTestId('start-new-agreement'));
    expect(app.screen).toEqual({ name: 'new-agreement', partnerId: null });
    await fireEvent.click(screen.getByTestId('start-new-partner'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'new' }));
  });

  test('a long list shows its first four, and all of them on request', async () => {
    mockCore({
      get_dashboard: () =>
        withAttention({ overdue: [1, 2, 3, 4, 5, 6].map((id) => activityDue(id, { status: 'overdue' })) }),
    });
    render(StartPage);
    await waitFor(() => expect(screen.getAllByTestId('due-overdue-row')).toHaveLength(4));
    expect(screen.getByTestId('overdue-count').textContent).toBe('6');
    const more = screen.getByRole('button', { name: 'Показать все (6)' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(more);
    expect(screen.getAllByTestId('due-overdue-row')).toHaveLength(6);
    await fireEvent.click(screen.getByRole('button', { name: 'Свернуть' }));
    expect(screen.getAllByTestId('due-overdue-row')).toHaveLength(4);
  });

  test('a failure to read the dashboard is told', async () => {
    mockCore({
      get_dashboard: () => {
        throw { code: 'database-busy', message: '', details: {} };
      },
    });
    render(StartPage);
    expect((await screen.findByTestId('error-message')).getAttribute('role')).toBe('alert');
    expect(screen.queryByTestId('overdue-card')).toBeNull();
    // The quick actions stay.
    expect(screen.getByTestId('start-new-partner')).toBeTruthy();
  });
});

describe('start page: the year at a glance', () => {
  test('headline figures and four charts, one bar per value with the value written', async () => {
    mockCore();
    render(StartPage);
    const months = await screen.findByTestId('chart-months');

    expect(screen.getByTestId('start-figure-events').textContent).toContain('2');
    expect(screen.getByTestId('start-figure-fulfilment').textContent).toContain('25 %');
    expect(screen.getByTestId('start-figure-fulfilment').textContent).toContain('Проведено 1 из 4');
    expect(screen.getByTestId('start-figure-participants').textContent).toContain('31');

    // Months: planned and held for each of the twelve, September first, short names under them.
    const monthBars = bars(months);
    expect(monthBars).toHaveLength(24);
    expect(monthBars.slice(0, 4)).toEqual([
      ['planned', 0],
      ['held', 0],
      ['planned', 2],
      ['held', 2],
    ]);
    const svg = months.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('По месяцам запланировано мероприятий: 3, проведено: 2.');
    const labels = [...svg.querySelectorAll('text.label')].map((x) => x.textContent);
    expect(labels.slice(0, 3)).toEqual(['сен', 'окт', 'ноя']);
    expect([...svg.querySelectorAll('text.value')].map((x) => x.textContent)).toEqual(['2', '2', '1']);
    expect(within(months).getByText('Запланировано', { selector: 'li' })).toBeTruthy();
    expect(months.querySelector('figcaption')?.textContent).toBe('Мероприятия по месяцам');
    // A title per bar and a table for screen readers, with the whole month names.
    expect(within(months).getAllByTestId('chart-bar')[3].querySelector('title')?.textContent).toBe(
      'Октябрь 2026 — Проведено: 2',
    );
    const table = months.querySelector('table')!;
    expect(table.parentElement?.className).toContain('visually-hidden');
    expect(within(table).getByRole('row', { name: /Октябрь 2026/ }).textContent).toBe('Октябрь 202622');

    // Partners by category: the names in the interface language.
    const categories = screen.getByTestId('chart-categories');
    expect(bars(categories)).toEqual([
      ['', 5],
      ['', 2],
    ]);
    expect(categories.textContent).toContain('Образовательные организации');
    expect(categories.querySelector('svg')?.getAttribute('aria-label')).toBe('Активных партнёров: 7, категорий: 2.');

    // Fulfilment per heading, 0–100 %, with held of expected written out.
    const fulfilmentChart = screen.getByTestId('chart-fulfilment');
    expect(bars(fulfilmentChart)).toEqual([
      ['', 33],
      ['', 0],
    ]);
    expect(fulfilmentChart.textContent).toContain('33 %');
    expect(fulfilmentChart.textContent).toContain('Проведено 1 из 3');
    expect([...fulfilmentChart.querySelectorAll('text.tick')].map((x) => x.textContent)).toEqual([
      '0 %',
      '25 %',
      '50 %',
      '75 %',
      '100 %',
    ]);

    // Participants by kind, named as on the event form.
    const participants = screen.getByTestId('chart-participants');
    expect(bars(participants).map(([, v]) => v)).toEqual([25, 4, 2, 0]);
    expect(participants.textContent).toContain('Дети');
    expect(participants.textContent).toContain('Педагоги');
  });

  test('the period selector names periods as printed and reloads the dashboard of the one chosen', async () => {
    const { argsOf } = mockCore({
      get_dashboard: (a) =>
        a.period === '2026'
          ? dashboard({
              period: '2026',
              periods: ['2026-2027', '2026'],
              months: Array.from({ length: 12 }, (_, i) => ({
                year: 2026,
                month: i + 1,
                planned: 0,
                held: i === 4 ? 7 : 0,
                participants: { children: 0, parents: 0, teachers: 0, others: 0 },
              })),
            })
          : dashboard({ periods: ['2026-2027', '2026'] }),
    });
    render(StartPage);
    const select = (await screen.findByTestId('start-period')) as HTMLSelectElement;
    expect(select.value).toBe('2026-2027');
    expect([...select.options].map((o) => o.textContent)).toEqual(['2026–2027 · Учебный год', '2026 · Календарный год']);

    await fireEvent.change(select, { target: { value: '2026' } });
    await waitFor(() => expect(argsOf('get_dashboard')).toEqual([{ period: null }, { period: '2026' }]));
    // A calendar year runs from January; May's seven events are drawn.
    await waitFor(() =>
      expect([...screen.getByTestId('chart-months').querySelectorAll('text.label')][0].textContent).toBe('янв'),
    );
    expect(bars(screen.getByTestId('chart-months'))[9]).toEqual(['held', 7]);
    expect((screen.getByTestId('start-period') as HTMLSelectElement).value).toBe('2026');
  });

  test('a period whose dashboard cannot be read: the selector goes back to the period still shown', async () => {
    const { argsOf } = mockCore({
      get_dashboard: (a) => {
        if (a.period === '2026') throw { code: 'database-busy', message: '', details: {} };
        return dashboard({ periods: ['2026-2027', '2026'] });
      },
    });
    render(StartPage);
    const select = (await screen.findByTestId('start-period')) as HTMLSelectElement;
    expect(select.value).toBe('2026-2027');

    await fireEvent.change(select, { target: { value: '2026' } });
    await waitFor(() => expect(argsOf('get_dashboard')).toEqual([{ period: null }, { period: '2026' }]));
    expect((await screen.findByTestId('error-message')).getAttribute('role')).toBe('alert');
    // The figures are the school year's, and so is the period the selector names.
    await waitFor(() => expect((screen.getByTestId('start-period') as HTMLSelectElement).value).toBe('2026-2027'));
    expect(screen.getByTestId('start-figure-fulfilment').textContent).toContain('25 %');
    expect(screen.getByTestId('start-year').getAttribute('aria-busy')).toBe('false');
  });

  test('a plan with nothing expected: the fulfilment chart’s summary says so, not «100 %»', async () => {
    mockCore({
      get_dashboard: () =>
        dashboard({
          fulfilment: fulfilment(0, 0),
          fulfilment_by_category: [{ category_id: 2, name: catalogs.categories[1].name, fulfilment: fulfilment(0, 0) }],
        }),
    });
    render(StartPage);
    const chart = await screen.findByTestId('chart-fulfilment');
    const summary = chart.querySelector('svg')!.getAttribute('aria-label');
    expect(summary).toBe('В плане пока нет мероприятий.');
    expect(summary).not.toContain('100');
    expect(chart.textContent).toContain('—');
    expect(screen.getByTestId('start-figure-fulfilment').textContent).toContain('—');
  });

  test('the fulfilment chart’s summary tells the share held, as the headline does', async () => {
    mockCore();
    render(StartPage);
    const chart = await screen.findByTestId('chart-fulfilment');
    expect(chart.querySelector('svg')!.getAttribute('aria-label')).toBe('План выполнен на 25 %: проведено 1 из 4.');
  });

  test('without a plan for the period, the fulfilment chart says so and leads to the plans', async () => {
    mockCore({
      get_dashboard: () => dashboard({ has_plan: false, fulfilment_by_category: [], fulfilment: fulfilment(0, 0) }),
    });
    render(StartPage);
    const empty = await screen.findByTestId('chart-fulfilment-empty');
    expect(empty.textContent).toContain('На этот период плана нет');
    expect(within(screen.getByTestId('chart-fulfilment')).queryAllByTestId('chart-bar')).toHaveLength(0);
    expect(screen.getByTestId('start-figure-fulfilment').textContent).toContain('—');
    await fireEvent.click(screen.getByTestId('chart-fulfilment-plans'));
    expect(app.screen).toEqual({ name: 'plans' });
  });

  test('charts speak the interface language: Kazakh month names and category names', async () => {
    applyLanguage('kk');
    mockCore();
    render(StartPage);
    const months = await screen.findByTestId('chart-months');
    expect([...months.querySelectorAll('text.label')].slice(0, 2).map((x) => x.textContent)).toEqual(['қыр', 'қаз']);
    expect(screen.getByTestId('chart-categories').textContent).toContain('Білім беру ұйымдары');
    expect(screen.getByTestId('chart-participants').textContent).toContain('Балалар');
    expect((screen.getByTestId('start-period') as HTMLSelectElement).options[0].textContent).toBe('2026–2027 · Оқу жылы');
  });
});
