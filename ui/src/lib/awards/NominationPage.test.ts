import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { t } from '../i18n/index.svelte';
import { mockCore, nomination } from '../../test/core';
import NominationPage from './NominationPage.svelte';
import { renderFirstPage } from './pdf';

// pdf.js needs a real browser (a worker, a canvas): here only what is drawn, and where, is checked.
vi.mock('./pdf', () => ({ renderFirstPage: vi.fn(async () => {}) }));

const drawn = vi.mocked(renderFirstPage);

beforeEach(() => drawn.mockClear());

describe('nomination page', () => {
  test('shows the nominee, the declined forms, the order and the certificate number', async () => {
    mockCore({
      get_nomination: () =>
        nomination(5, {
          status: 'printed',
          order_number: '45-П',
          order_date: '2026-12-20',
          certificate_number: '7/2026',
          issued_on: '2026-12-25',
          genitive: 'Ивановой М. П.',
          genitive_by_hand: true,
          partner_id: 3,
          partner_name: 'Средняя школа № 3',
        }),
    });
    render(NominationPage, { id: 5 });
    expect((await screen.findByTestId('page-title')).textContent).toBe('Иванова Мария Петровна');
    expect(screen.getByTestId('nomination-status').textContent).toContain('Напечатана');
    expect(screen.getByTestId('nomination-title-name').textContent).toContain('Самый активный родитель · Благодарственное письмо');
    expect(screen.getByTestId('nomination-dative').textContent).toContain('Ивановой Марии Петровне');
    expect(screen.getByTestId('nomination-genitive').textContent).toContain('Ивановой М. П. (исправлено вручную)');
    expect(screen.getByTestId('nomination-order').textContent).toContain('№ 45-П от 20 декабря 2026 г.');
    expect(screen.getByTestId('nomination-number').textContent).toContain('№ 7/2026');
    expect(screen.getByTestId('nomination-number').textContent).toContain('выдана 25 декабря 2026 г.');
    await fireEvent.click(screen.getByRole('button', { name: 'Средняя школа № 3' }));
    expect(app.screen).toEqual({ name: 'partner', id: 3 });
  });

  test('Preview certificate draws the core’s PDF with pdf.js, in the language chosen', async () => {
    const made: ArrayBuffer[] = [];
    const { argsOf } = mockCore({
      get_nomination: () => nomination(5, { status: 'approved', order_number: '45-П' }),
      preview_certificate: () => {
        made.push(new Uint8Array([37, 80, 68, 70]).buffer);
        return made.at(-1);
      },
    });
    render(NominationPage, { id: 5 });
    await fireEvent.click(await screen.findByTestId('preview-certificate-button'));
    await waitFor(() => expect(argsOf('preview_certificate')).toEqual([{ id: 5, lang: 'ru' }]));
    await waitFor(() => expect(drawn).toHaveBeenCalledTimes(1));
    const [bytes, canvas, fit] = drawn.mock.calls[0];
    expect(bytes).toBe(made[0]);
    expect(canvas).toBe(screen.getByTestId('preview-canvas'));
    expect(fit.width).toBeGreaterThan(0);

    await fireEvent.change(screen.getByTestId('preview-lang'), { target: { value: 'kk' } });
    await waitFor(() => expect(argsOf('preview_certificate').at(-1)).toEqual({ id: 5, lang: 'kk' }));
    await waitFor(() => expect(drawn).toHaveBeenCalledTimes(2));
    expect(drawn.mock.calls[1][0]).toBe(made[1]);
    // Previewing issues nothing.
    expect(argsOf('print_certificates')).toEqual([]);
  });

  test('a preview the core cannot make says why', async () => {
    mockCore({
      preview_certificate: () => {
        throw { code: 'not-approved', message: '', details: {} };
      },
    });
    render(NominationPage, { id: 5 });
    await fireEvent.click(await screen.findByTestId('preview-certificate-button'));
    expect((await screen.findByTestId('preview-error')).textContent).toContain(t('error-not-approved'));
    expect(drawn).not.toHaveBeenCalled();
  });

  test('a prize has no page to preview', async () => {
    mockCore({ get_nomination: () => nomination(5, { award_kind_id: 4 }) });
    render(NominationPage, { id: 5 });
    expect(await screen.findByTestId('no-certificate-note')).toBeTruthy();
    expect(screen.queryByTestId('preview-certificate-button')).toBeNull();
  });

  test('Hand over records the day and shows the nomination as handed', async () => {
    const { argsOf } = mockCore({
      get_nomination: () => nomination(5, { status: 'printed', order_number: '45-П', certificate_number: '7/2026' }),
      hand_over_nomination: (a) =>
        nomination(5, { status: 'handed', order_number: '45-П', certificate_number: '7/2026', handed_on: a.on as string }),
    });
    render(NominationPage, { id: 5 });
    await fireEvent.click(await screen.findByTestId('hand-over-button'));
    expect((screen.getByTestId('hand-over-date') as HTMLInputElement).value).toBe('2026-11-29');
    await fireEvent.input(screen.getByTestId('hand-over-date'), { target: { value: '2026-12-26' } });
    await fireEvent.click(screen.getByTestId('hand-over-submit'));
    await waitFor(() => expect(screen.getByTestId('nomination-status').textContent).toContain('Вручена'));
    expect(argsOf('hand_over_nomination')).toEqual([{ id: 5, on: '2026-12-26' }]);
    expect(screen.getByTestId('nomination-handed-on').textContent).toContain('26 декабря 2026 г.');
    expect(screen.queryByTestId('hand-over-panel')).toBeNull();
    expect(toasts.map((x) => [x.message, x.undo])).toEqual([['toast-nomination-handed', true]]);
  });

  test('a nomination with a certificate cannot be deleted: the core’s refusal is shown', async () => {
    const { argsOf } = mockCore({
      get_nomination: () => nomination(5, { status: 'printed', certificate_number: '7/2026' }),
      delete_nomination: () => {
        throw { code: 'already-registered', message: '', details: { number: '7/2026' } };
      },
    });
    app.screen = { name: 'nomination', id: 5 };
    render(NominationPage, { id: 5 });
    await fireEvent.click(await screen.findByTestId('delete-button'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('error-message')).textContent).toContain('7/2026');
    expect(argsOf('delete_nomination')).toEqual([{ id: 5 }]);
    expect(app.screen).toEqual({ name: 'nomination', id: 5 });
  });

  test('Delete puts a proposed nomination in the trash, with Undo', async () => {
    mockCore({ delete_nomination: () => null });
    render(NominationPage, { id: 5 });
    await fireEvent.click(await screen.findByTestId('delete-button'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(app.screen).toEqual({ name: 'awards' }));
    expect(toasts.map((x) => [x.message, x.undo])).toEqual([['toast-nomination-deleted', true]]);
  });
});
