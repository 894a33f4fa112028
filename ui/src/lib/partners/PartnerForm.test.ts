import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { mockCore, partner } from '../../test/core';
import type { PartnerInput } from '../api/types';
import PartnerForm from './PartnerForm.svelte';

function input(testid: string): HTMLInputElement {
  return screen.getByTestId(testid) as HTMLInputElement;
}

describe('partner form', () => {
  test('shows the core error next to the name field and keeps what was typed', async () => {
    const { argsOf } = mockCore({
      create_partner: () => {
        throw { code: 'name-empty', message: 'the name is empty', details: { field: 'name' } };
      },
    });
    app.screen = { name: 'new' };
    render(PartnerForm, { id: null });
    await fireEvent.input(input('field-name'), { target: { value: '   ' } });
    await fireEvent.input(input('field-short-name'), { target: { value: 'ДК' } });
    await fireEvent.input(input('field-address'), { target: { value: 'ул. Абая, 1' } });
    await fireEvent.click(screen.getByTestId('save-button'));

    const note = await screen.findByTestId('field-error-name');
    expect(note.textContent).toContain('Укажите название.');
    expect(note.closest('.field')?.contains(input('field-name'))).toBe(true);
    expect(input('field-name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('error-message').textContent).toContain('Укажите название.');
    expect(input('field-name').value).toBe('   ');
    expect(input('field-short-name').value).toBe('ДК');
    expect(input('field-address').value).toBe('ул. Абая, 1');
    expect(document.activeElement).toBe(input('field-name'));
    expect(argsOf('create_partner')).toHaveLength(1);
    expect(app.screen).toEqual({ name: 'new' });
  });

  test('field errors name the field by its label and point at the contact row', async () => {
    mockCore({
      create_partner: () => {
        throw {
          code: 'email-invalid',
          message: 'contact-email is not a valid e-mail address',
          details: { field: 'contact-email', index: '2' },
        };
      },
    });
    render(PartnerForm, { id: null });
    await fireEvent.input(input('field-name'), { target: { value: 'Гимназия № 1' } });
    await fireEvent.click(screen.getByTestId('contact-add-button'));
    await fireEvent.click(screen.getByTestId('contact-add-button'));
    await fireEvent.input(input('contact-email-1'), { target: { value: 'нет-почты' } });
    await fireEvent.click(screen.getByTestId('save-button'));

    await waitFor(() => expect(input('contact-email-1').getAttribute('aria-invalid')).toBe('true'));
    expect(input('contact-email-0').getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByTestId('error-message').textContent).toContain(
      '«Эл. почта контактного лица»',
    );
    expect(input('contact-email-1').value).toBe('нет-почты');
  });

  test('sends the whole input and goes to the saved partner', async () => {
    const { argsOf } = mockCore({
      create_partner: (a) => ({
        partner: partner(42, { name: (a.input as PartnerInput).name }),
        similar: [],
      }),
    });
    render(PartnerForm, { id: null });
    await fireEvent.input(input('field-name'), { target: { value: 'Дом культуры «Достық»' } });
    await fireEvent.change(screen.getByTestId('field-category'), { target: { value: '1' } });
    // Choosing a category suggests its usual kind; the user may still change it.
    await waitFor(() =>
      expect(
        screen.getAllByTestId('field-kind').find((b) => b.dataset.value === 'internal')!
          .getAttribute('aria-checked'),
      ).toBe('true'),
    );
    await fireEvent.change(screen.getByTestId('field-category'), { target: { value: '3' } });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Патриотическое' }));
    await fireEvent.click(screen.getByTestId('contact-add-button'));
    await fireEvent.input(input('contact-name-0'), { target: { value: 'Нұрлан Әбенов' } });
    await fireEvent.input(input('contact-position-0'), { target: { value: 'Директор' } });
    await fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });

    await waitFor(() => expect(app.screen).toEqual({ name: 'partner', id: 42 }));
    expect(argsOf('create_partner')[0].input).toEqual({
      name: 'Дом культуры «Достық»',
      short_name: '',
      category_id: 3,
      internal: false,
      direction_ids: [12],
      form_ids: [],
      address: '',
      phones: '',
      email: '',
      website: '',
      notes: '',
      contacts: [{ id: null, name: 'Нұрлан Әбенов', position: 'Директор', phone: '', email: '' }],
    });
    expect(toasts.map((x) => x.message)).toEqual(['toast-saved']);
  });

  test('warns about similar names as the name is typed, without blocking', async () => {
    const { argsOf } = mockCore({
      get_partner: () => partner(5, { name: 'Школа № 5' }),
      find_similar_partners: (a) =>
        (a.name as string).startsWith('Школа')
          ? [
              { id: 9, name: 'Школа-гимназия № 5', archived: false },
              { id: 10, name: 'Школа № 5 (старая)', archived: true },
            ]
          : [],
    });
    render(PartnerForm, { id: 5 });
    await waitFor(() => expect(input('field-name').value).toBe('Школа № 5'));
    expect(screen.queryByTestId('similar-warning')).toBeNull();
    await fireEvent.input(input('field-name'), { target: { value: 'Школа № 55' } });

    const warning = await screen.findByTestId('similar-warning');
    expect(warning.textContent).toContain('Похожие партнёры уже есть');
    expect(warning.textContent).toContain('Школа-гимназия № 5');
    expect(warning.textContent).toContain('в архиве');
    expect(argsOf('find_similar_partners').at(-1)).toEqual({ name: 'Школа № 55', excludeId: 5 });
    expect((screen.getByTestId('save-button') as HTMLButtonElement).disabled).toBe(false);
  });

  test('Escape asks before discarding unsaved changes', async () => {
    mockCore();
    app.screen = { name: 'new' };
    render(PartnerForm, { id: null });
    await fireEvent.input(input('field-name'), { target: { value: 'Черновик' } });
    await fireEvent.keyDown(window, { key: 'Escape' });
    await fireEvent.click(await screen.findByTestId('confirm-cancel'));
    expect(app.screen).toEqual({ name: 'new' });
    expect(input('field-name').value).toBe('Черновик');

    await fireEvent.click(screen.getByTestId('cancel-button'));
    await fireEvent.click(await screen.findByTestId('confirm-ok'));
    expect(app.screen).toEqual({ name: 'list' });
  });

  test('a new list entry is added inline and chosen', async () => {
    const { argsOf } = mockCore({
      add_catalog_entry: (a) => ({
        id: 30,
        list: a.list,
        code: 'custom-1',
        builtin: false,
        name: { ru: 'Спортивное', kk: 'Спорттық', en: 'Sport' },
        internal: false,
      }),
    });
    render(PartnerForm, { id: null });
    await fireEvent.click(screen.getByTestId('catalog-add-direction-button'));
    const box = screen.getByTestId('catalog-add-direction');
    const [ru] = box.querySelectorAll('input');
    await fireEvent.input(ru, { target: { value: 'Спортивное' } });
    await fireEvent.keyDown(ru, { key: 'Enter' });

    const chip = await screen.findByRole('checkbox', { name: 'Спортивное' });
    expect((chip as HTMLInputElement).checked).toBe(true);
    expect(argsOf('add_catalog_entry')).toEqual([
      { list: 'direction', input: { ru: 'Спортивное', kk: '', en: '', internal: false } },
    ]);
    expect(app.catalogs.directions.map((d) => d.id)).toContain(30);
  });
});
