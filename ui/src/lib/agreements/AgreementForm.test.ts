import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { agreement, mockCore, partner, schoolYearFrom, summary } from '../../test/core';
import type { AgreementInput } from '../api';
import AgreementForm from './AgreementForm.svelte';

function input(testid: string): HTMLInputElement {
  return screen.getByTestId(testid) as HTMLInputElement;
}

describe('agreement form', () => {
  test('a new agreement runs for the current school year and goes to its page once saved', async () => {
    app.today = '2027-03-15'; // 15 March 2027: the 2026/27 school year
    app.schoolYear = schoolYearFrom(2026);
    const { argsOf } = mockCore({
      create_agreement: (a) => agreement(77, { ...(a.input as AgreementInput), register_number: null }),
    });
    render(AgreementForm, { id: null, partnerId: 2 });

    await waitFor(() => expect((screen.getByTestId('field-partner') as HTMLSelectElement).value).toBe('2'));
    expect(input('field-valid-from').value).toBe('2026-09-01');
    expect(input('field-valid-to').value).toBe('2027-08-31');
    expect(input('field-signed-on').value).toBe('');
    expect((screen.getByTestId('field-language') as HTMLSelectElement).value).toBe('ru');
    expect([...(screen.getByTestId('field-language') as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Русский',
      'Қазақша',
      'English',
      'Қазақша + Русский',
    ]);

    await fireEvent.input(input('field-partner-number'), { target: { value: '45-П' } });
    await fireEvent.change(screen.getByTestId('field-language'), { target: { value: 'kkru' } });
    await fireEvent.input(input('field-signed-on'), { target: { value: '2026-09-05' } });
    await fireEvent.input(input('field-partner-position-ru'), { target: { value: 'Директор' } });
    await fireEvent.input(input('field-partner-position-kk'), { target: { value: 'Директор' } });
    await fireEvent.input(input('field-partner-head-ru'), { target: { value: 'Н. Әбенов' } });
    await fireEvent.input(input('field-partner-in-person-kk'), { target: { value: 'директор Нұрлан Әбенов' } });
    await fireEvent.click(screen.getByTestId('save-button'));

    await waitFor(() => expect(app.screen).toEqual({ name: 'agreement', id: 77 }));
    expect(argsOf('create_agreement')[0].input).toEqual({
      partner_id: 2,
      partner_number: '45-П',
      title: '',
      language: 'kkru',
      signed_on: '2026-09-05',
      valid_from: '2026-09-01',
      valid_to: '2027-08-31',
      partner_position: { ru: 'Директор', kk: 'Директор', en: '' },
      partner_head: { ru: 'Н. Әбенов', kk: '', en: '' },
      partner_in_person: { ru: '', kk: 'директор Нұрлан Әбенов', en: '' },
      notes: '',
    });
    expect(toasts.map((x) => x.message)).toEqual(['toast-saved']);
  });

  test('in September the new school year has begun', async () => {
    app.today = '2026-09-01';
    app.schoolYear = schoolYearFrom(2026);
    mockCore();
    render(AgreementForm, { id: null });
    await waitFor(() => expect(input('field-valid-from').value).toBe('2026-09-01'));
    expect(input('field-valid-to').value).toBe('2027-08-31');
  });

  test('shows the core error next to «valid to» and keeps what was typed', async () => {
    const { argsOf } = mockCore({
      create_agreement: () => {
        throw { code: 'date-order', message: 'the end date is before the start date', details: { field: 'valid-to' } };
      },
    });
    app.screen = { name: 'new-agreement', partnerId: 1 };
    render(AgreementForm, { id: null, partnerId: 1 });
    await waitFor(() => expect((screen.getByTestId('field-partner') as HTMLSelectElement).value).toBe('1'));
    await fireEvent.input(input('field-valid-from'), { target: { value: '2026-09-01' } });
    await fireEvent.input(input('field-valid-to'), { target: { value: '2026-06-30' } });
    await fireEvent.input(input('field-title'), { target: { value: 'О сотрудничестве' } });
    await fireEvent.click(screen.getByTestId('save-button'));

    const note = await screen.findByTestId('field-error-valid-to');
    expect(note.textContent).toContain('Дата окончания раньше даты начала.');
    expect(note.closest('.field')?.contains(input('field-valid-to'))).toBe(true);
    expect(input('field-valid-to').getAttribute('aria-invalid')).toBe('true');
    expect(input('field-valid-from').getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(input('field-valid-to'));
    expect(input('field-valid-to').value).toBe('2026-06-30');
    expect(input('field-valid-from').value).toBe('2026-09-01');
    expect(input('field-title').value).toBe('О сотрудничестве');
    expect(argsOf('create_agreement')).toHaveLength(1);
    expect(app.screen).toEqual({ name: 'new-agreement', partnerId: 1 });
  });

  test('an error of a signatory row is shown under that row', async () => {
    mockCore({
      create_agreement: () => {
        throw { code: 'too-long', message: '', details: { field: 'partner-in-person', max: '300' } };
      },
    });
    render(AgreementForm, { id: null, partnerId: 1 });
    await waitFor(() => expect((screen.getByTestId('field-partner') as HTMLSelectElement).value).toBe('1'));
    await fireEvent.click(screen.getByTestId('save-button'));
    const note = await screen.findByTestId('field-error-partner-in-person');
    expect(note.textContent).toContain('«В лице»');
    expect(input('field-partner-in-person-ru').getAttribute('aria-invalid')).toBe('true');
    expect(input('field-partner-head-ru').getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(input('field-partner-in-person-ru'));
  });

  test('without a partner it asks for one and sends nothing', async () => {
    const { argsOf } = mockCore();
    render(AgreementForm, { id: null });
    await waitFor(() => expect((screen.getByTestId('field-partner') as HTMLSelectElement).value).toBe('0'));
    await fireEvent.click(screen.getByTestId('save-button'));
    expect((await screen.findByTestId('field-error-partner')).textContent).toContain('Выберите партнёра');
    expect(argsOf('create_agreement')).toHaveLength(0);
    await fireEvent.change(screen.getByTestId('field-partner'), { target: { value: '2' } });
    expect(screen.queryByTestId('field-error-partner')).toBeNull();
  });

  test('edits an agreement whose partner is archived, keeping that partner', async () => {
    const { argsOf } = mockCore({
      list_partners: () => [summary(partner(1)), summary(partner(2))],
      get_agreement: () =>
        agreement(8, { partner_id: 30, partner_name: 'Старый музей', notes: 'Экскурсии', language: 'kk' }),
      update_agreement: (a) => agreement(8, a.input as AgreementInput),
    });
    render(AgreementForm, { id: 8 });
    await waitFor(() => expect((screen.getByTestId('field-partner') as HTMLSelectElement).value).toBe('30'));
    expect(screen.getByTestId('field-partner').textContent).toContain('Старый музей');
    expect((screen.getByTestId('field-language') as HTMLSelectElement).value).toBe('kk');
    expect(input('field-partner-head-en').value).toBe('A. S. Seitova');
    expect((screen.getByTestId('field-notes') as HTMLTextAreaElement).value).toBe('Экскурсии');
    expect(argsOf('list_partners')[0].query).toMatchObject({ archived: 'active', sort: 'name' });

    await fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await waitFor(() => expect(app.screen).toEqual({ name: 'agreement', id: 8 }));
    expect(argsOf('update_agreement')[0]).toMatchObject({ id: 8, input: { partner_id: 30, signed_on: '2026-09-01' } });
  });
});
