import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { activity, fulfilment, mockCore, partner, planRow, planSheet, summary } from '../../test/core';
import type { PlanRowInput } from '../api';
import { t } from '../i18n/index.svelte';
import PlanPage from './PlanPage.svelte';
import { useShortcuts } from '../../test/shortcuts';

function rows(): HTMLElement[] {
  return screen.getAllByTestId('plan-row');
}

function editorField(testid: string): HTMLTextAreaElement {
  return within(screen.getByTestId('plan-row-editor')).getByTestId(testid) as HTMLTextAreaElement;
}

/** Answers update/add with the row as sent (activities without ids get new ones). */
function echoRow(id: number, input: PlanRowInput) {
  return planRow(id, {
    partner_id: input.partner_id,
    goal: input.goal,
    responsible: input.responsible,
    social_effect: input.social_effect,
    activities: input.activities.map((a, i) =>
      activity(a.id ?? 900 + i, id, { title: a.title, form_id: a.form_id, period: a.period }),
    ),
  });
}

describe('plan page', () => {
  test('shows the plan under its headings with each activity against the events held', async () => {
    mockCore();
    render(PlanPage, { id: 1 });
    expect((await screen.findByTestId('page-title')).textContent).toBe(
      'Комплексный план работы с социальными партнёрами на 2026–2027 учебный год',
    );
    expect(screen.getByTestId('plan-period').textContent).toContain('2026–2027 · Учебный год');
    const total = screen.getByTestId('plan-fulfilment');
    expect(total.textContent).toContain('25 %');
    expect(total.textContent).toContain('Проведено 1 из 4');
    expect(total.textContent).toContain('Не проведено в срок: 1');

    expect(screen.getAllByTestId('plan-group-name').map((g) => g.textContent)).toEqual([
      'Образовательные организации',
      'Учреждения культуры',
    ]);
    expect(rows().map((r) => r.dataset.id)).toEqual(['1', '2']);
    const [school, museum] = rows();
    expect(school.textContent).toContain('Средняя школа № 1');
    expect(school.textContent).toContain('Профориентация учащихся');
    const activities = within(school).getAllByTestId('plan-activity');
    expect(activities[0].textContent).toContain('Экскурсия «Мир профессий»');
    expect(activities[0].textContent).toContain('Экскурсии'); // the form, from the catalog
    expect(within(activities[0]).getByTestId('activity-period').textContent).toBe('Октябрь');
    expect(within(activities[0]).getByTestId('activity-status').dataset.status).toBe('done');
    expect(within(activities[0]).getByTestId('activity-held').textContent?.trim()).toBe('1 / 1');
    expect(within(activities[0]).getByTestId('activity-event-link').textContent?.trim()).toBe('14.10.2026');
    expect(within(activities[1]).getByTestId('activity-period').textContent).toBe('2 раза в год');
    expect(within(activities[1]).getByTestId('activity-held').textContent?.trim()).toBe('0 / 2');
    expect(within(school).getByTestId('row-fulfilment').textContent?.replace(/\s+/g, ' ').trim()).toBe('33 % 1 / 3');
    expect(within(museum).getByTestId('activity-status').textContent).toContain('Просрочено');
    // First in its heading: it cannot move up.
    expect((within(school).getByTestId('plan-row-up') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getAllByTestId('plan-group-up')[0] as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getAllByTestId('plan-group-down')[0] as HTMLButtonElement).disabled).toBe(false);
  });

  test('in Kazakh the headings, periods and title follow the interface', async () => {
    mockCore();
    const { applyLanguage } = await import('../i18n/index.svelte');
    applyLanguage('kk');
    render(PlanPage, { id: 1 });
    expect((await screen.findByTestId('page-title')).textContent).toBe(
      '2026–2027 оқу жылына арналған әлеуметтік серіктестермен жұмыстың кешенді жоспары',
    );
    expect(screen.getAllByTestId('plan-group-name')[0].textContent).toBe('Білім беру ұйымдары');
    expect(screen.getAllByTestId('activity-period')[0].textContent).toBe('Қазан');
  });

  test('a row is edited in place: Tab order through its cells, Ctrl+S saves, activities keep their ids', async () => {
    const { argsOf } = mockCore({ update_plan_row: (a) => echoRow(a.id as number, a.input as PlanRowInput) });
    render(PlanPage, { id: 1 });
    await fireEvent.click(within((await screen.findAllByTestId('plan-row'))[0]).getByTestId('plan-row-edit'));

    const editor = screen.getByTestId('plan-row-editor');
    const goal = editorField('row-goal');
    expect(document.activeElement).toBe(goal);
    expect(goal.value).toBe('Профориентация учащихся');
    // The fields are in the row's cells, in the order Tab walks them.
    const order = [...editor.querySelectorAll('input, textarea, select')].map(
      (el) => (el as HTMLElement).dataset.testid,
    );
    expect(order.slice(0, 5)).toEqual(['row-partner', 'row-goal', 'activity-title', 'activity-form', 'period-kind']);
    expect(order.filter((id) => id === 'activity-title')).toHaveLength(2);
    expect(order.slice(-2)).toEqual(['row-responsible', 'row-social-effect']);
    // An activity with events held cannot be removed.
    const removes = within(editor).getAllByTestId('activity-remove') as HTMLButtonElement[];
    expect(removes.map((b) => b.disabled)).toEqual([true, false]);

    await fireEvent.input(goal, { target: { value: 'Новая цель' } });
    await fireEvent.input(editorField('row-social-effect'), { target: { value: 'Осознанный выбор профессии' } });
    await fireEvent.keyDown(goal, { key: 's', code: 'KeyS', ctrlKey: true });

    await waitFor(() => expect(screen.queryByTestId('plan-row-editor')).toBeNull());
    expect(argsOf('update_plan_row')).toEqual([
      {
        id: 1,
        input: {
          partner_id: 1,
          group_id: 2,
          goal: 'Новая цель',
          responsible: 'Методист',
          social_effect: 'Осознанный выбор профессии',
          activities: [
            { id: 11, title: 'Экскурсия «Мир профессий»', form_id: 22, period: { kind: 'months', ranges: [{ from: 10, to: 10 }] } },
            { id: 12, title: 'Мастер-класс', form_id: null, period: { kind: 'times', count: 2 } },
          ],
        },
      },
    ]);
    // The plan is read again (fulfilment, order) and the saved row has the focus.
    expect(argsOf('get_plan_sheet')).toHaveLength(2);
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById('plan-row-1')));
    expect(toasts.map((x) => x.message)).toEqual(['toast-saved']);
  });

  test('adding an activity inside the row editor; Ctrl+Enter saves it with the rest', async () => {
    const { argsOf } = mockCore({ update_plan_row: (a) => echoRow(a.id as number, a.input as PlanRowInput) });
    render(PlanPage, { id: 1 });
    await fireEvent.keyDown((await screen.findAllByTestId('plan-row'))[1], { key: 'Enter' });
    expect(screen.getByTestId('plan-row-editor').dataset.id).toBe('2');

    await fireEvent.click(editorField('activity-add'));
    const titles = within(screen.getByTestId('plan-row-editor')).getAllByTestId('activity-title');
    expect(titles).toHaveLength(2);
    expect(document.activeElement).toBe(titles[1]);
    await fireEvent.input(titles[1], { target: { value: 'Акция «Чистый двор»' } });
    const second = within(screen.getByTestId('plan-row-editor')).getAllByTestId('activity-editor')[1];
    await fireEvent.change(within(second).getByTestId('activity-form'), { target: { value: '21' } });
    await fireEvent.change(within(second).getByTestId('period-kind'), { target: { value: 'quarters' } });
    await fireEvent.click(within(second).getByTestId('period-quarter-1'));
    await fireEvent.click(within(second).getByTestId('period-quarter-3'));
    await fireEvent.keyDown(titles[1], { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(argsOf('update_plan_row')).toHaveLength(1));
    expect((argsOf('update_plan_row')[0].input as PlanRowInput).activities).toEqual([
      { id: 21, title: 'Выставка', form_id: 22, period: { kind: 'months', ranges: [{ from: 10, to: 10 }] } },
      { id: null, title: 'Акция «Чистый двор»', form_id: 21, period: { kind: 'quarters', quarters: [2, 4] } },
    ]);
  });

  test('a new row: the partner is found by typing, the first activity is filled, Enter in a field saves', async () => {
    const { argsOf } = mockCore({
      list_partners: (a) => {
        const search = (a.query as { search: string }).search;
        const all = [summary(partner(1)), summary(partner(4, { name: 'Детская библиотека № 2' }))];
        return all.filter((p) => p.name.toLowerCase().includes(search.toLowerCase()));
      },
      add_plan_row: (a) => echoRow(7, a.input as PlanRowInput),
    });
    render(PlanPage, { id: 1 });
    await fireEvent.click(await screen.findByTestId('plan-row-add'));
    const picker = editorField('row-partner') as unknown as HTMLInputElement;
    expect(document.activeElement).toBe(picker);

    // Saving without a partner asks for one and sends nothing.
    await fireEvent.click(screen.getByTestId('plan-row-save'));
    expect(screen.getByTestId('field-error-partner').textContent).toContain('Выберите партнёра');
    expect(argsOf('add_plan_row')).toHaveLength(0);

    await fireEvent.input(picker, { target: { value: 'библ' } });
    const options = await screen.findAllByTestId('partner-option');
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Детская библиотека № 2']);
    expect(argsOf('list_partners').at(-1)?.query).toMatchObject({ search: 'библ', archived: 'active' });
    await fireEvent.keyDown(picker, { key: 'Enter' });
    expect(screen.queryByTestId('partner-option')).toBeNull();
    expect(picker.value).toBe('Детская библиотека № 2');
    expect(screen.queryByTestId('field-error-partner')).toBeNull();
    expect(argsOf('add_plan_row')).toHaveLength(0); // Enter chose the partner, it did not save

    await fireEvent.input(editorField('row-goal'), { target: { value: 'Приобщение к чтению' } });
    await fireEvent.input(editorField('activity-title'), { target: { value: 'Неделя детской книги' } });
    await fireEvent.change(editorField('period-kind'), { target: { value: 'months' } });
    await fireEvent.click(editorField('period-month-3'));
    await fireEvent.change(editorField('period-kind'), { target: { value: 'times' } });
    await fireEvent.input(editorField('period-count'), { target: { value: '2' } });
    await fireEvent.keyDown(editorField('period-count'), { key: 'Enter' });

    await waitFor(() => expect(argsOf('add_plan_row')).toHaveLength(1));
    expect(argsOf('add_plan_row')[0]).toEqual({
      planId: 1,
      input: {
        partner_id: 4,
        group_id: null,
        goal: 'Приобщение к чтению',
        responsible: '',
        social_effect: '',
        activities: [{ id: null, title: 'Неделя детской книги', form_id: null, period: { kind: 'times', count: 2 } }],
      },
    });
    await waitFor(() => expect(screen.queryByTestId('plan-row-editor')).toBeNull());
  });

  test('Escape cancels the edit (not the page); unsaved changes ask before another row opens', async () => {
    const { argsOf } = mockCore();
    app.screen = { name: 'plan', id: 1 };
    render(PlanPage, { id: 1 });
    await fireEvent.click(within((await screen.findAllByTestId('plan-row'))[0]).getByTestId('plan-row-edit'));
    await fireEvent.input(editorField('row-goal'), { target: { value: 'не то' } });
    await fireEvent.click(within(rows()[0]).getByTestId('plan-row-edit'));
    expect(screen.getByRole('alertdialog').textContent).toContain('Не сохранять изменения?');
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.getByTestId('plan-row-editor').dataset.id).toBe('1');

    await fireEvent.keyDown(editorField('row-goal'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('plan-row-editor')).toBeNull());
    expect(app.screen).toEqual({ name: 'plan', id: 1 });
    expect(argsOf('update_plan_row')).toHaveLength(0);
    expect(document.activeElement).toBe(document.getElementById('plan-row-1'));

    // Escape on the page itself goes back to the plans.
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(app.screen).toEqual({ name: 'plans' });
  });

  test('the core’s refusals are shown where they belong: a period under its activity, the rest above the row', async () => {
    let answer: unknown = { code: 'period-invalid', message: '', details: { field: 'period', value: '{}', index: '2' } };
    mockCore({
      update_plan_row: () => {
        throw answer;
      },
    });
    render(PlanPage, { id: 1 });
    await fireEvent.click(within((await screen.findAllByTestId('plan-row'))[0]).getByTestId('plan-row-edit'));
    await fireEvent.click(screen.getByTestId('plan-row-save'));

    const note = await screen.findByTestId('field-error-period');
    const second = within(screen.getByTestId('plan-row-editor')).getAllByTestId('activity-editor')[1];
    expect(second.contains(note)).toBe(true);
    const kind = within(second).getByTestId('period-kind');
    expect(kind.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(kind);

    answer = { code: 'has-events', message: '', details: { count: '2' } };
    await fireEvent.click(screen.getByTestId('plan-row-save'));
    const box = await screen.findByTestId('plan-row-error');
    expect(box.textContent).toBe(t('error-has-events', { count: 2 }));
    expect(screen.queryByTestId('field-error-period')).toBeNull();
    expect(screen.getByTestId('plan-row-editor')).toBeTruthy();
  });

  test('rows move with Alt+↑/↓ and the buttons; headings move as wholes; a row is deleted after asking', async () => {
    const { argsOf } = mockCore({ move_plan_row: () => null, move_plan_group: () => null, delete_plan_row: () => null });
    render(PlanPage, { id: 1 });
    const [school] = await screen.findAllByTestId('plan-row');
    await fireEvent.keyDown(school, { key: 'ArrowUp', altKey: true }); // the first cannot go up
    await fireEvent.keyDown(school, { key: 'ArrowDown', altKey: true }); // nor down: alone in its heading
    expect(argsOf('move_plan_row')).toHaveLength(0);

    await fireEvent.click(screen.getAllByTestId('plan-group-down')[0]);
    await waitFor(() => expect(argsOf('move_plan_group')).toEqual([{ planId: 1, groupId: 2, delta: 1 }]));

    await fireEvent.keyDown(rows()[1], { key: 'Delete' });
    expect(screen.getByRole('alertdialog').textContent).toContain('Городской музей');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(argsOf('delete_plan_row')).toEqual([{ id: 2 }]));
    await waitFor(() => expect(toasts.map((x) => x.message)).toContain('toast-plan-row-deleted'));
  });

  test('Alt+↓ moves a row down within its heading', async () => {
    const sheet = planSheet();
    sheet.groups[0].rows.push(planRow(5, { partner_name: 'Гимназия № 3', partner_id: 5 }));
    const { argsOf } = mockCore({ get_plan_sheet: () => sheet, move_plan_row: () => null });
    render(PlanPage, { id: 1 });
    const [first] = await screen.findAllByTestId('plan-row');
    await fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(argsOf('move_plan_row')).toEqual([{ id: 1, delta: 1 }]));
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById('plan-row-1')));
  });

  test('«Mark as held» opens the event form prefilled and comes back to the plan', async () => {
    mockCore();
    render(PlanPage, { id: 1 });
    const museum = (await screen.findAllByTestId('plan-row'))[1];
    await fireEvent.click(within(museum).getByTestId('activity-mark-held'));
    expect(app.screen).toEqual({
      name: 'new-event',
      prefill: { partner_id: 3, partner_name: 'Городской музей', activity_id: 21, title: 'Выставка', form_id: 22 },
      back: { name: 'plan', id: 1, activityId: 21 },
    });
  });

  test('the approval is edited in a small form; errors name the field', async () => {
    let fail = true;
    const { argsOf } = mockCore({
      update_plan: (a) => {
        if (fail) {
          fail = false;
          throw { code: 'date-invalid', message: '', details: { field: 'approved-on', value: '31.02' } };
        }
        return { ...planSheet().plan, ...(a.input as object) };
      },
    });
    render(PlanPage, { id: 1 });
    expect((await screen.findByTestId('plan-approval')).textContent).toContain('из профиля организации');
    await fireEvent.click(screen.getByTestId('plan-approval-edit'));
    await fireEvent.input(screen.getByTestId('plan-approval-approver-position'), { target: { value: 'Директор' } });
    await fireEvent.input(screen.getByTestId('plan-approval-approver-name'), { target: { value: 'М. П. Иванова' } });
    await fireEvent.input(screen.getByTestId('plan-approval-approval-order'), { target: { value: 'Приказ № 45' } });
    await fireEvent.keyDown(screen.getByTestId('plan-approval-approval-order'), { key: 'Enter' });

    expect((await screen.findByTestId('field-error-approved-on')).textContent).toContain('31.02');
    expect(document.activeElement).toBe(screen.getByTestId('plan-approval-approved-on'));
    await fireEvent.input(screen.getByTestId('plan-approval-approved-on'), { target: { value: '2026-08-28' } });
    await fireEvent.click(screen.getByTestId('plan-approval-save'));

    await waitFor(() => expect(screen.getByTestId('plan-approval').textContent).toContain('М. П. Иванова'));
    expect(argsOf('update_plan')[1]).toEqual({
      id: 1,
      input: {
        kind: 'school',
        start_year: 2026,
        title: '',
        approver_position: 'Директор',
        approver_name: 'М. П. Иванова',
        approved_on: '2026-08-28',
        approval_order: 'Приказ № 45',
      },
    });
    expect(screen.getByTestId('plan-approval').textContent).toContain('28 августа 2026 г.');
  });

  test('Print asks for the language and the columns, then opens or saves the PDF', async () => {
    const { argsOf } = mockCore({ print_plan: (a) => (a.save ? '/home/user/План.pdf' : '/tmp/plan.pdf') });
    render(PlanPage, { id: 1 });
    await fireEvent.click(await screen.findByTestId('plan-print-button'));
    const lang = screen.getByTestId('plan-print-lang') as HTMLSelectElement;
    expect(lang.value).toBe('ru');
    expect(document.activeElement).toBe(lang);
    for (const c of ['goal', 'activities', 'period', 'responsible', 'social-effect']) {
      expect((screen.getByTestId(`plan-print-column-${c}`) as HTMLInputElement).checked).toBe(true);
    }
    await fireEvent.change(lang, { target: { value: 'kk' } });
    await fireEvent.click(screen.getByTestId('plan-print-column-social-effect'));
    await fireEvent.click(screen.getByTestId('plan-print-column-goal'));
    await fireEvent.click(screen.getByTestId('plan-print-open'));
    await waitFor(() =>
      expect(argsOf('print_plan')).toEqual([
        { id: 1, lang: 'kk', columns: ['activities', 'period', 'responsible'], save: false },
      ]),
    );
    await waitFor(() => expect(screen.queryByTestId('plan-print-lang')).toBeNull());

    await fireEvent.click(screen.getByTestId('plan-print-button'));
    await fireEvent.click(screen.getByTestId('plan-print-save'));
    await waitFor(() => expect(argsOf('print_plan')[1]).toMatchObject({ save: true }));
    await waitFor(() => expect(toasts.map((x) => t(x.message, x.args))).toEqual(['PDF сохранён: /home/user/План.pdf']));
  });

  test('carrying the plan over opens the new one', async () => {
    const { argsOf } = mockCore({
      carry_over_plan: () => planSheet(2, { period: '2027-2028', start_year: 2027 }).plan,
    });
    render(PlanPage, { id: 1 });
    await fireEvent.click(await screen.findByTestId('plan-carry-over'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'plan', id: 2 }));
    expect(argsOf('carry_over_plan')).toEqual([{ id: 1 }]);
    expect(toasts.map((x) => t(x.message, x.args))).toEqual(['Создан план на 2027–2028 со всеми строками']);
  });

  test('an empty plan invites the first row', async () => {
    mockCore({
      get_plan_sheet: () => ({ plan: planSheet().plan, groups: [] }),
    });
    useShortcuts();
    render(PlanPage, { id: 1 });
    expect((await screen.findByTestId('plan-empty')).textContent).toContain('Добавьте первого партнёра');
    expect(screen.getByTestId('plan-fulfilment').dataset.expected).toBe(String(fulfilment(1, 4).expected));
    await fireEvent.keyDown(window, { key: 'n', code: 'KeyN', ctrlKey: true });
    expect(screen.getByTestId('plan-row-editor')).toBeTruthy();
    expect(screen.queryByTestId('plan-empty')).toBeNull();
  });
});
