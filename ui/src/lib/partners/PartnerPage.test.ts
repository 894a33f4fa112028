import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { agreement, mockCore, partner } from '../../test/core';
import PartnerPage from './PartnerPage.svelte';

describe('partner page', () => {
  test('shows the partner whole', async () => {
    mockCore({ get_partner: () => partner(3, { notes: 'Экскурсии\nпо четвергам' }) });
    render(PartnerPage, { id: 3 });
    const title = await screen.findByTestId('partner-name');
    expect(title.tagName).toBe('H1');
    expect(title.textContent).toContain('Средняя школа № 3');
    expect(screen.getByTestId('page-title').textContent).toBe('Средняя школа № 3');
    expect(screen.getAllByTestId('contact-row')).toHaveLength(2);
    const text = document.body.textContent ?? '';
    for (const part of ['СШ 3', 'Образовательные организации', 'Внешний', 'Образовательное', 'Экскурсии', 'г. Алматы, ул. Абая, 1', 'school@edu.kz', 'school.edu.kz']) {
      expect(text).toContain(part);
    }
    expect(screen.queryByTestId('archived-banner')).toBeNull();
  });

  test('archives only after the confirmation', async () => {
    const { argsOf } = mockCore({
      archive_partner: (a) => partner(a.id as number, { archived_at: '2026-11-29T08:00:00Z' }),
    });
    app.screen = { name: 'partner', id: 3 };
    render(PartnerPage, { id: 3 });
    await fireEvent.click(await screen.findByTestId('archive-button'));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain(
      'Перенести «Средняя школа № 3» в архив? Партнёр будет скрыт из списка, но ничего не удалится',
    );
    expect(argsOf('archive_partner')).toHaveLength(0);

    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(argsOf('archive_partner')).toHaveLength(0);

    await fireEvent.click(screen.getByTestId('archive-button'));
    await fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(argsOf('archive_partner')).toHaveLength(0);
    expect(app.screen).toEqual({ name: 'partner', id: 3 }); // Escape closed the dialog only

    await fireEvent.click(screen.getByTestId('archive-button'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(argsOf('archive_partner')).toEqual([{ id: 3 }]));

    const banner = await screen.findByTestId('archived-banner');
    expect(banner.textContent).toContain('Перенесён в архив 29 ноября 2026');
    expect(screen.queryByTestId('archive-button')).toBeNull();
    expect(toasts.map((x) => x.message)).toEqual(['toast-archived']);
  });

  test('restores an archived partner', async () => {
    const { argsOf } = mockCore({
      get_partner: (a) => partner(a.id as number, { archived_at: '2026-11-01T08:00:00Z' }),
      restore_partner: (a) => partner(a.id as number),
    });
    render(PartnerPage, { id: 4 });
    await fireEvent.click(await screen.findByTestId('restore-button'));
    await waitFor(() => expect(screen.queryByTestId('archived-banner')).toBeNull());
    expect(argsOf('restore_partner')).toEqual([{ id: 4 }]);
    expect(screen.getByTestId('archive-button')).toBeTruthy();
    expect(toasts.map((x) => x.message)).toEqual(['toast-restored']);
  });

  test('Escape goes back to the list, Edit opens the form', async () => {
    mockCore();
    app.screen = { name: 'partner', id: 3 };
    render(PartnerPage, { id: 3 });
    await fireEvent.click(await screen.findByTestId('edit-button'));
    expect(app.screen).toEqual({ name: 'edit', id: 3 });
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(app.screen).toEqual({ name: 'list' });
  });

  test('lists the partner’s agreements and starts a new one for it', async () => {
    const { argsOf } = mockCore({
      list_agreements: () => [
        agreement(11, { partner_id: 3, title: 'О музейных уроках', status: 'expiring' }),
        agreement(12, { partner_id: 3, register_number: null, number: '', status: 'draft' }),
      ],
    });
    render(PartnerPage, { id: 3 });
    const rows = await screen.findAllByTestId('partner-agreement-row');
    expect(argsOf('list_agreements')).toEqual([{ query: { partner_id: 3, status: null, year: null } }]);
    expect(rows[0].textContent).toContain('11/2026');
    expect(rows[0].textContent).toContain('О музейных уроках');
    expect(rows[0].textContent).toContain('Истекает');
    expect(rows[1].textContent).toContain('черновик');
    expect(rows[1].textContent).toContain('Черновик');

    await fireEvent.click(rows[1]);
    expect(app.screen).toEqual({ name: 'agreement', id: 12 });
    await fireEvent.click(screen.getByTestId('partner-new-agreement-button'));
    expect(app.screen).toEqual({ name: 'new-agreement', partnerId: 3 });
  });

  test('a partner without agreements says so', async () => {
    mockCore();
    render(PartnerPage, { id: 3 });
    expect((await screen.findByTestId('partner-agreements')).textContent).toContain(
      'Договоров с этим партнёром пока нет.',
    );
  });
});
