import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { app, go, toasts } from '../app.svelte';
import { mockCore, organisation } from '../../test/core';
import type { Organisation } from '../api';
import ProfilePage from './ProfilePage.svelte';

function input(testid: string): HTMLInputElement {
  return screen.getByTestId(testid) as HTMLInputElement;
}

describe('organisation profile', () => {
  test('saves the edited fields with update_organisation', async () => {
    const { argsOf } = mockCore({
      update_organisation: (a) => a.organisation as Organisation,
    });
    render(ProfilePage);
    expect(screen.getByTestId('page-title').textContent).toBe('Организация');
    await waitFor(() => expect(input('profile-full-name-ru').value).toBe('КГКП «Центр детского творчества»'));
    expect(input('profile-head-name-kk').value).toBe('М. П. Иванова');

    await fireEvent.input(input('profile-full-name-kk'), { target: { value: '«Шығармашылық үйі» КМҚК' } });
    await fireEvent.input(input('profile-head-name-ru'), { target: { value: 'А. Б. Сейітова' } });
    await fireEvent.input(input('profile-city-ru'), { target: { value: 'Қарағанды' } });
    await fireEvent.input(input('profile-number-pattern'), { target: { value: 'СП-{n}/{yy}' } });
    await fireEvent.input(input('profile-start-number'), { target: { value: '5' } });
    expect(input('profile-pupil-count').value).toBe('');
    await fireEvent.input(input('profile-pupil-count'), { target: { value: '420' } });
    await fireEvent.click(screen.getByTestId('save-button'));

    await waitFor(() => expect(argsOf('update_organisation')).toHaveLength(1));
    expect(argsOf('update_organisation')[0].organisation).toEqual(
      organisation({
        full_name: { ...organisation().full_name, kk: '«Шығармашылық үйі» КМҚК' },
        head_name: { ...organisation().head_name, ru: 'А. Б. Сейітова' },
        city: { ...organisation().city, ru: 'Қарағанды' },
        agreement_number_pattern: 'СП-{n}/{yy}',
        agreement_start_number: 5,
        pupil_count: 420,
      }),
    );
    await waitFor(() => expect(toasts.map((x) => x.message)).toEqual(['toast-saved']));
  });

  test('previews the register number as the core writes it from the pattern', async () => {
    const { argsOf } = mockCore();
    render(ProfilePage);
    const example = () => screen.getByTestId('profile-number-example').textContent;
    await waitFor(() => expect(example()).toContain('«{n}/{yyyy}» 1'));
    await fireEvent.input(input('profile-number-pattern'), { target: { value: 'Д-{n}-{yy}' } });
    await fireEvent.input(input('profile-start-number'), { target: { value: '12' } });
    await waitFor(() => expect(example()).toContain('«Д-{n}-{yy}» 12'));
    expect(argsOf('get_number_example')).toContainEqual({ pattern: 'Д-{n}-{yy}', n: 12 });
  });

  test('shows the core error next to the field and asks before leaving unsaved changes', async () => {
    mockCore({
      update_organisation: () => {
        throw { code: 'pattern-invalid', message: '', details: { field: 'number-pattern', value: '№/2026' } };
      },
    });
    app.screen = { name: 'profile' };
    render(ProfilePage);
    await waitFor(() => expect(input('profile-number-pattern').value).toBe('{n}/{yyyy}'));
    await fireEvent.input(input('profile-number-pattern'), { target: { value: '№/2026' } });
    await fireEvent.click(screen.getByTestId('save-button'));
    const note = await screen.findByTestId('field-error-number-pattern');
    expect(note.textContent).toContain('Шаблон номера «№/2026» должен содержать {n}');
    expect(document.activeElement).toBe(input('profile-number-pattern'));
    expect(input('profile-number-pattern').value).toBe('№/2026');

    // No Cancel on a settings page: Escape keeps the edits, leaving asks first.
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(input('profile-number-pattern').value).toBe('№/2026');
    expect(screen.queryByTestId('cancel-button')).toBeNull();
    go({ name: 'list' });
    await screen.findByRole('alertdialog');
    expect(app.screen).toEqual({ name: 'profile' });
  });

  test('images are chosen and removed one by one without losing unsaved edits', async () => {
    const { argsOf } = mockCore({
      choose_profile_image: () => organisation({ has_logo: true }),
      clear_profile_image: () => organisation({ has_logo: true, has_stamp: false }),
    });
    render(ProfilePage);
    await waitFor(() => expect(screen.getByTestId('profile-image-status-logo').textContent).toContain('Не загружено'));
    expect(screen.getByTestId('profile-image-status-stamp').textContent).toContain('Загружено');
    expect(screen.queryByTestId('profile-image-clear-logo')).toBeNull();

    await fireEvent.input(input('profile-city-en'), { target: { value: 'Karaganda' } });
    await fireEvent.click(screen.getByTestId('profile-image-choose-logo'));
    await waitFor(() => expect(screen.getByTestId('profile-image-status-logo').textContent).toContain('Загружено'));
    expect(argsOf('choose_profile_image')).toEqual([{ which: 'logo' }]);
    expect(input('profile-city-en').value).toBe('Karaganda');

    await fireEvent.click(screen.getByTestId('profile-image-clear-stamp'));
    await waitFor(() => expect(screen.getByTestId('profile-image-status-stamp').textContent).toContain('Не загружено'));
    expect(argsOf('clear_profile_image')).toEqual([{ which: 'stamp' }]);
    expect(input('profile-city-en').value).toBe('Karaganda');
  });

  test('the certificate number pattern is saved too; its error is shown at it alone', async () => {
    const { argsOf } = mockCore({
      update_organisation: (a) => {
        const o = a.organisation as Organisation;
        if (!o.certificate_number_pattern.includes('{n}')) {
          throw { code: 'pattern-invalid', message: '', details: { field: 'certificate-pattern', value: o.certificate_number_pattern } };
        }
        return o;
      },
    });
    app.today = '2027-05-04';
    render(ProfilePage);
    await waitFor(() => expect(input('profile-certificate-pattern').value).toBe('{n}/{yyyy}'));
    await waitFor(() => expect(screen.getByTestId('profile-certificate-example').textContent).toContain('«{n}/{yyyy}» 1'));

    await fireEvent.input(input('profile-certificate-pattern'), { target: { value: 'Г-/{yy}' } });
    await waitFor(() => expect(screen.getByTestId('profile-certificate-example').textContent).toContain('«Г-/{yy}» 1'));
    await fireEvent.click(screen.getByTestId('save-button'));
    const notes = await screen.findAllByTestId('field-error-certificate-pattern');
    expect(notes).toHaveLength(1);
    expect(notes[0].closest('.field')?.contains(input('profile-certificate-pattern'))).toBe(true);
    expect(document.activeElement).toBe(input('profile-certificate-pattern'));
    expect(input('profile-number-pattern').getAttribute('aria-invalid')).toBe('false');

    await fireEvent.input(input('profile-certificate-pattern'), { target: { value: 'Г-{n}/{yy}' } });
    await fireEvent.click(screen.getByTestId('save-button'));
    await waitFor(() => expect(argsOf('update_organisation')).toHaveLength(2));
    expect((argsOf('update_organisation')[1].organisation as Organisation).certificate_number_pattern).toBe('Г-{n}/{yy}');
    await waitFor(() => expect(screen.queryByTestId('field-error-certificate-pattern')).toBeNull());
  });
});
