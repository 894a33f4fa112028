import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { awardCatalogs, mockCore, nomination } from '../../test/core';
import type { Nomination, NominationInput } from '../api';
import NominationForm from './NominationForm.svelte';

function input(testid: string): HTMLInputElement {
  return screen.getByTestId(testid) as HTMLInputElement;
}

async function type(testid: string, value: string): Promise<void> {
  await fireEvent.input(input(testid), { target: { value } });
}

/** The nomination the core returns after a save (what was sent is checked in the calls). */
function saved(id = 7): Nomination {
  return nomination(id);
}

describe('nomination form', () => {
  test('shows the dative and genitive as the name is typed; the computed ones are not sent', async () => {
    const { argsOf } = mockCore({ create_nomination: () => saved() });
    render(NominationForm, { id: null });
    await waitFor(() => expect(screen.getByTestId('field-title').querySelectorAll('option')).toHaveLength(4));
    await fireEvent.change(screen.getByTestId('field-title'), { target: { value: '11' } });
    // The title's own award is offered first.
    expect(screen.getByTestId('field-award-kind').querySelector('option')?.textContent).toContain(
      'Как в номинации: Благодарственное письмо',
    );

    await type('field-surname', 'Иванова');
    await type('field-given-name', 'Мария');
    await type('field-patronymic', 'Петровна');
    await waitFor(() => expect(screen.getByTestId('declined-dative').textContent).toContain('Ивановой Марии Петровне'));
    expect(screen.getByTestId('declined-genitive').textContent).toContain('Ивановой Марии Петровны');
    // Asked once the typing paused, with the name as typed.
    expect(argsOf('decline_name').at(-1)?.input).toMatchObject({
      nominee_kind: 'person',
      surname: 'Иванова',
      given_name: 'Мария',
      patronymic: 'Петровна',
      gender: null,
    });
    expect(screen.getByTestId('declined-gender').textContent).toContain('Пол определён по имени: Женский');
    expect(screen.queryByTestId('field-name-dative')).toBeNull();

    await fireEvent.input(screen.getByTestId('field-reason-ru'), { target: { value: 'за помощь в организации праздников' } });
    await fireEvent.click(screen.getByTestId('save-button'));
    await waitFor(() => expect(argsOf('create_nomination')).toHaveLength(1));
    const sent = argsOf('create_nomination')[0].input as NominationInput;
    expect(sent).toMatchObject({
      year: 2026,
      title_id: 11,
      award_kind_id: null,
      surname: 'Иванова',
      given_name: 'Мария',
      patronymic: 'Петровна',
      name_dative: '',
      name_genitive: '',
      reason: { ru: 'за помощь в организации праздников', kk: '', en: '' },
    });
    await waitFor(() => expect(app.screen).toEqual({ name: 'nomination', id: 7 }));
    expect(toasts.map((x) => x.message)).toEqual(['toast-saved']);
  });

  test('a form corrected by hand sends the typed dative; turned off, the computed one again', async () => {
    const { argsOf } = mockCore({
      get_nomination: () => nomination(5),
      update_nomination: () => saved(5),
    });
    render(NominationForm, { id: 5 });
    await waitFor(() => expect(input('field-surname').value).toBe('Иванова'));
    await waitFor(() => expect(screen.getByTestId('declined-dative').textContent).toContain('Ивановой Марии Петровне'));

    await fireEvent.click(screen.getByTestId('decline-by-hand'));
    // Empty fields stand for the computed forms, shown as their placeholders.
    expect(input('field-name-dative').placeholder).toBe('Ивановой Марии Петровне');
    await type('field-name-dative', 'Ивановой Марии Петровне (мама Саши)');
    await fireEvent.click(screen.getByTestId('save-button'));
    await waitFor(() => expect(argsOf('update_nomination')).toHaveLength(1));
    expect(argsOf('update_nomination')[0]).toMatchObject({
      id: 5,
      input: { name_dative: 'Ивановой Марии Петровне (мама Саши)', name_genitive: '' },
    });

  });

  test('turning the correction off again sends nothing by hand', async () => {
    const { argsOf } = mockCore({
      get_nomination: () =>
        nomination(5, { dative: 'Ивановой М. П.', dative_by_hand: true }),
      update_nomination: () => saved(5),
    });
    render(NominationForm, { id: 5 });
    await waitFor(() => expect(input('field-name-dative').value).toBe('Ивановой М. П.'));
    expect(input('decline-by-hand').checked).toBe(true);
    expect(input('field-name-genitive').value).toBe('');

    await fireEvent.click(screen.getByTestId('decline-by-hand'));
    expect(screen.queryByTestId('field-name-dative')).toBeNull();
    await fireEvent.click(screen.getByTestId('save-button'));
    await waitFor(() => expect(argsOf('update_nomination')).toHaveLength(1));
    expect(argsOf('update_nomination')[0].input).toMatchObject({ name_dative: '', name_genitive: '' });
  });

  test('a family is named, not declined; the core’s error is shown at the field it names', async () => {
    const { argsOf } = mockCore({
      create_nomination: () => {
        throw { code: 'required', message: '', details: { field: 'name' } };
      },
    });
    render(NominationForm, { id: null });
    await waitFor(() => expect(screen.getByTestId('field-title').querySelectorAll('option')).toHaveLength(4));
    await fireEvent.click(screen.getByTestId('save-button'));
    // No title chosen: said here, nothing sent.
    expect((await screen.findByTestId('field-error-title')).textContent).toContain('Выберите номинацию');
    expect(argsOf('create_nomination')).toHaveLength(0);

    await fireEvent.change(screen.getByTestId('field-title'), { target: { value: '12' } });
    await fireEvent.change(screen.getByTestId('field-nominee-kind'), { target: { value: 'family' } });
    expect(screen.queryByTestId('field-surname')).toBeNull();
    await type('field-name', 'Семья Нурлановых');
    await waitFor(() => expect(screen.getByTestId('declined-dative').textContent).toContain('Семья Нурлановых'));
    await type('field-name', '');
    await fireEvent.click(screen.getByTestId('save-button'));
    const note = await screen.findByTestId('field-error-name');
    expect(note.closest('.field')?.contains(input('field-name'))).toBe(true);
    expect(argsOf('create_nomination')[0].input).toMatchObject({ nominee_kind: 'family', surname: '', name: '' });
    expect(document.activeElement).toBe(input('field-name'));
  });

  test('a title of one’s own is added inline and chosen', async () => {
    const { argsOf } = mockCore({
      add_nomination_title: (a) => ({
        id: 20,
        code: 'custom-20',
        builtin: false,
        name: { ru: 'Папа года', kk: 'Папа года', en: 'Папа года' },
        award_kind_id: a.awardKindId as number,
      }),
    });
    render(NominationForm, { id: null });
    await waitFor(() => expect(screen.getByTestId('field-title').querySelectorAll('option')).toHaveLength(4));
    await fireEvent.click(screen.getByTestId('title-add-button'));
    await type('title-add-ru', 'Папа года');
    await fireEvent.change(screen.getByTestId('title-add-kind'), { target: { value: '1' } });
    await fireEvent.click(screen.getByTestId('title-add-save'));
    await waitFor(() => expect((screen.getByTestId('field-title') as HTMLSelectElement).value).toBe('20'));
    expect(argsOf('add_nomination_title')).toEqual([{ name: { ru: 'Папа года', kk: '', en: '' }, awardKindId: 1 }]);
    expect(toasts.map((x) => x.message)).toEqual(['toast-catalog-added']);
  });

  test('a kind of award of one’s own is added inline; the catalogs are read again and it is chosen', async () => {
    const added = {
      id: 9,
      code: 'custom-9',
      builtin: false,
      name: { ru: 'Медаль', kk: 'Медаль', en: 'Medal' },
      prints: false,
    };
    let catalogReads = 0;
    const { argsOf } = mockCore({
      add_award_kind: () => added,
      list_award_catalogs: () => {
        catalogReads += 1;
        const c = structuredClone(awardCatalogs);
        if (catalogReads > 1) c.kinds.push(added);
        return c;
      },
    });
    render(NominationForm, { id: null });
    const kind = (): HTMLSelectElement => screen.getByTestId('field-award-kind') as HTMLSelectElement;
    await waitFor(() => expect(kind().querySelectorAll('option')).toHaveLength(4));
    await fireEvent.click(screen.getByTestId('award-kind-add-button'));
    const prints = screen.getByTestId('award-kind-add-prints') as HTMLInputElement;
    expect(prints.checked).toBe(true);
    await type('award-kind-add-ru', 'Медаль');
    await type('award-kind-add-en', 'Medal');
    await fireEvent.click(prints);
    await fireEvent.click(screen.getByTestId('award-kind-add-save'));
    await waitFor(() => expect(kind().value).toBe('9'));
    expect(argsOf('add_award_kind')).toEqual([{ name: { ru: 'Медаль', kk: '', en: 'Medal' }, prints: false }]);
    expect(argsOf('list_award_catalogs')).toHaveLength(2);
    expect([...kind().options].map((o) => o.text)).toContain('Медаль');
    expect(screen.queryByTestId('award-kind-add')).toBeNull();
    expect(toasts.map((x) => x.message)).toEqual(['toast-catalog-added']);
  });
});
