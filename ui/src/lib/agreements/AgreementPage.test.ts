import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { agreement, agreementText, mockCore } from '../../test/core';
import { t } from '../i18n/index.svelte';
import AgreementPage from './AgreementPage.svelte';

describe('agreement page', () => {
  test('shows the number, status, partner, term and the text in the document’s language', async () => {
    const { argsOf } = mockCore({
      get_agreement: () =>
        agreement(3, { number: '3/2026 / 45-П', partner_number: '45-П', language: 'kkru' }),
    });
    render(AgreementPage, { id: 3 });
    expect((await screen.findByTestId('agreement-number')).textContent).toContain('№ 3/2026 / 45-П');
    expect(screen.getByTestId('agreement-status').textContent).toContain('Действует');
    expect(screen.getByTestId('agreement-partner-link').textContent).toContain('Средняя школа № 1');
    expect(screen.getByTestId('agreement-term').textContent).toContain('с 1 сентября 2026 г. по 31 августа 2027 г.');
    expect(document.body.textContent).toContain('Қазақша + Русский');
    expect(screen.queryByTestId('register-button')).toBeNull();

    // Bilingual: the text opens in Kazakh; sections and clauses are numbered, the preamble not.
    await waitFor(() => expect(argsOf('get_agreement_text')).toEqual([{ id: 3, lang: 'kk' }]));
    const clauses = await screen.findAllByTestId('agreement-clause');
    expect(clauses.map((c) => c.dataset.id)).toEqual([
      'agreement-preamble',
      'agreement-subject-1',
      'agreement-subject-2',
      'agreement-general-1',
    ]);
    expect(clauses[0].textContent).toContain('Преамбула (kk)');
    expect(clauses[0].textContent).not.toMatch(/\d\./);
    expect(clauses[2].textContent).toContain('1.2.');
    expect(clauses[3].textContent).toContain('2.1.');
    expect(document.body.textContent).toContain('1. ПРЕДМЕТ ДОГОВОРА');

    await fireEvent.click(screen.getByTestId('text-lang-ru'));
    await waitFor(() => expect(argsOf('get_agreement_text').at(-1)).toEqual({ id: 3, lang: 'ru' }));
    await waitFor(() => expect(screen.getAllByTestId('agreement-clause')[1].textContent).toContain('Изменён'));
  });

  test('Register gives the draft its number and says so', async () => {
    const { argsOf } = mockCore({
      get_agreement: () => agreement(5, { register_number: null, number: '', status: 'draft' }),
      register_agreement: (a) => agreement(a.id as number, { register_number: '12/2026', number: '12/2026' }),
    });
    render(AgreementPage, { id: 5 });
    expect((await screen.findByTestId('agreement-number')).textContent).toContain('Без номера');
    expect(screen.getByTestId('agreement-status').textContent).toContain('Черновик');
    expect(screen.queryByTestId('renew-button')).toBeNull();

    await fireEvent.click(screen.getByTestId('register-button'));
    await waitFor(() => expect(screen.getByTestId('agreement-number').textContent).toContain('№ 12/2026'));
    expect(argsOf('register_agreement')).toEqual([{ id: 5 }]);
    expect(screen.getByTestId('agreement-status').textContent).toContain('Действует');
    expect(screen.queryByTestId('register-button')).toBeNull();
    expect(toasts.map((x) => t(x.message, x.args))).toEqual(['Договор зарегистрирован под № 12/2026']);
  });

  test('a refused action is explained on the page', async () => {
    mockCore({
      get_agreement: () => agreement(5, { register_number: null, number: '', status: 'draft' }),
      register_agreement: () => {
        throw { code: 'pattern-invalid', message: '', details: { field: 'number-pattern', value: 'Д-' } };
      },
    });
    render(AgreementPage, { id: 5 });
    await fireEvent.click(await screen.findByTestId('register-button'));
    expect((await screen.findByTestId('error-message')).textContent).toContain('Шаблон номера «Д-»');
  });

  test('Print asks for the language (the agreement’s by default) and opens or saves the PDF', async () => {
    const { argsOf } = mockCore({
      get_agreement: () => agreement(6, { language: 'kk' }),
      print_agreement: (a) => (a.save ? '/home/user/Договор 6.pdf' : '/tmp/agreement-6.pdf'),
    });
    render(AgreementPage, { id: 6 });
    await fireEvent.click(await screen.findByTestId('print-button'));
    const lang = screen.getByTestId('print-lang') as HTMLSelectElement;
    expect(lang.value).toBe('kk');
    expect([...lang.options].map((o) => o.value)).toEqual(['ru', 'kk', 'en', 'kkru']);

    await fireEvent.change(lang, { target: { value: 'kkru' } });
    await fireEvent.click(screen.getByTestId('print-open'));
    await waitFor(() => expect(argsOf('print_agreement')).toEqual([{ id: 6, lang: 'kkru', save: false }]));
    await waitFor(() => expect(screen.queryByTestId('print-lang')).toBeNull());
    expect(toasts).toHaveLength(0);

    await fireEvent.click(screen.getByTestId('print-button'));
    expect((screen.getByTestId('print-lang') as HTMLSelectElement).value).toBe('kk');
    await fireEvent.change(screen.getByTestId('print-lang'), { target: { value: 'en' } });
    await fireEvent.click(screen.getByTestId('print-save'));
    await waitFor(() => expect(argsOf('print_agreement').at(-1)).toEqual({ id: 6, lang: 'en', save: true }));
    await waitFor(() =>
      expect(toasts.map((x) => t(x.message, x.args))).toEqual(['PDF сохранён: /home/user/Договор 6.pdf']),
    );
  });

  test('a cancelled save dialog says nothing; Escape closes the print menu only', async () => {
    mockCore({ print_agreement: () => null });
    app.screen = { name: 'agreement', id: 6 };
    render(AgreementPage, { id: 6 });
    await fireEvent.click(await screen.findByTestId('print-button'));
    await fireEvent.click(screen.getByTestId('print-save'));
    await waitFor(() => expect(screen.queryByTestId('print-lang')).toBeNull());
    expect(toasts).toHaveLength(0);

    await fireEvent.click(screen.getByTestId('print-button'));
    await fireEvent.keyDown(screen.getByTestId('print-lang'), { key: 'Escape' });
    expect(screen.queryByTestId('print-lang')).toBeNull();
    expect(app.screen).toEqual({ name: 'agreement', id: 6 });
  });

  test('a clause is edited in place and saved with Ctrl+Enter; an edited one goes back to the template', async () => {
    const { argsOf } = mockCore({
      set_agreement_clause: (a) =>
        agreementText('ru').map((s) => ({
          ...s,
          clauses: s.clauses.map((c) =>
            c.id === a.clause ? { ...c, text: (a.text as string | null) ?? 'Шаблон', edited: a.text !== null } : c,
          ),
        })),
    });
    render(AgreementPage, { id: 2 });
    const clause = (await screen.findAllByTestId('agreement-clause'))[2];
    expect(clause.dataset.id).toBe('agreement-subject-2');
    await fireEvent.click(within(clause).getByRole('button', { name: /Предмет 2/ }));
    const editor = screen.getByTestId('clause-editor') as HTMLTextAreaElement;
    expect(editor.value).toBe('Предмет 2 (ru)');
    expect(document.activeElement).toBe(editor);
    await fireEvent.input(editor, { target: { value: 'Новый текст пункта' } });
    await fireEvent.keyDown(editor, { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(screen.queryByTestId('clause-editor')).toBeNull());
    expect(argsOf('set_agreement_clause')).toEqual([
      { id: 2, lang: 'ru', clause: 'agreement-subject-2', text: 'Новый текст пункта' },
    ]);
    const updated = screen.getAllByTestId('agreement-clause')[2];
    expect(updated.textContent).toContain('Новый текст пункта');
    expect(updated.textContent).toContain('Изменён');

    await fireEvent.click(within(updated).getByTestId('clause-reset'));
    await waitFor(() => expect(argsOf('set_agreement_clause')).toHaveLength(2));
    expect(argsOf('set_agreement_clause')[1]).toEqual({ id: 2, lang: 'ru', clause: 'agreement-subject-2', text: null });
  });

  test('leaving an unchanged clause sends nothing; Escape cancels the edit, not the page', async () => {
    const { argsOf } = mockCore();
    app.screen = { name: 'agreement', id: 2 };
    render(AgreementPage, { id: 2 });
    const clause = (await screen.findAllByTestId('agreement-clause'))[3];
    await fireEvent.click(within(clause).getByRole('button'));
    await fireEvent.blur(screen.getByTestId('clause-editor'));
    await waitFor(() => expect(screen.queryByTestId('clause-editor')).toBeNull());

    await fireEvent.click(within(screen.getAllByTestId('agreement-clause')[3]).getByRole('button'));
    await fireEvent.input(screen.getByTestId('clause-editor'), { target: { value: 'не то' } });
    await fireEvent.keyDown(screen.getByTestId('clause-editor'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('clause-editor')).toBeNull());
    expect(argsOf('set_agreement_clause')).toHaveLength(0);
    expect(app.screen).toEqual({ name: 'agreement', id: 2 });
  });

  test('Terminate asks for the date first', async () => {
    const { argsOf } = mockCore({
      terminate_agreement: (a) =>
        agreement(a.id as number, { terminated_on: a.on as string, status: 'terminated' }),
    });
    render(AgreementPage, { id: 4 });
    await fireEvent.click(await screen.findByTestId('terminate-button'));
    const date = screen.getByTestId('terminate-date') as HTMLInputElement;
    expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await fireEvent.input(date, { target: { value: '2027-01-31' } });
    expect(argsOf('terminate_agreement')).toHaveLength(0);
    await fireEvent.click(screen.getByTestId('confirm-ok'));

    await waitFor(() => expect(argsOf('terminate_agreement')).toEqual([{ id: 4, on: '2027-01-31' }]));
    await waitFor(() => expect(screen.getByTestId('agreement-status').textContent).toContain('Расторгнут'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByTestId('terminate-button')).toBeNull();
    expect(screen.queryByTestId('edit-button')).toBeNull();
    expect(document.body.textContent).toContain('31 января 2027 г.');
  });

  test('Renew opens the new draft', async () => {
    const { argsOf } = mockCore({
      renew_agreement: () => agreement(9, { register_number: null, number: '', status: 'draft', renews_id: 4 }),
    });
    render(AgreementPage, { id: 4 });
    await fireEvent.click(await screen.findByTestId('renew-button'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'agreement', id: 9 }));
    expect(argsOf('renew_agreement')).toEqual([{ id: 4 }]);
    expect(toasts.map((x) => x.message)).toEqual(['toast-agreement-renewed']);
  });

  test('the scan is attached through the core’s dialog and opened with the system viewer', async () => {
    let attached = false;
    const { argsOf } = mockCore({
      attach_agreement_scan: (a) => {
        attached = true;
        return agreement(a.id as number, { has_scan: true, updated_at: '2026-10-01T10:00:00Z' });
      },
      open_agreement_scan: () => null,
    });
    render(AgreementPage, { id: 4 });
    expect((await screen.findByTestId('scan-status')).textContent).toContain('Не прикреплён');
    expect(screen.queryByTestId('open-scan-button')).toBeNull();
    await fireEvent.click(screen.getByTestId('attach-scan-button'));
    await waitFor(() => expect(screen.getByTestId('scan-status').textContent).toContain('Прикреплён'));
    expect(attached).toBe(true);
    expect(toasts.map((x) => x.message)).toEqual(['toast-scan-attached']);
    await fireEvent.click(screen.getByTestId('open-scan-button'));
    await waitFor(() => expect(argsOf('open_agreement_scan')).toEqual([{ id: 4 }]));
  });

  test('the partner link opens the partner; Escape goes back to the list', async () => {
    mockCore();
    app.screen = { name: 'agreement', id: 4 };
    render(AgreementPage, { id: 4 });
    await fireEvent.click(await screen.findByTestId('agreement-partner-link'));
    expect(app.screen).toEqual({ name: 'partner', id: 1 });
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(app.screen).toEqual({ name: 'agreements' });
  });
});
