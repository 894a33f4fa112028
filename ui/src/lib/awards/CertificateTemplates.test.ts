import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { toasts } from '../app.svelte';
import { certificateTemplate, mockCore } from '../../test/core';
import type { CertificateTemplate } from '../api';
import CertificateTemplates from './CertificateTemplates.svelte';
import { renderFirstPage } from './pdf';

vi.mock('./pdf', () => ({ renderFirstPage: vi.fn(async () => {}) }));

const drawn = vi.mocked(renderFirstPage);

beforeEach(() => drawn.mockClear());

function input(testid: string): HTMLInputElement {
  return screen.getByTestId(testid) as HTMLInputElement;
}

describe('certificate templates', () => {
  test('edits are previewed live with the core’s PDF and saved', async () => {
    const { argsOf } = mockCore({
      preview_template: () => new Uint8Array([37, 80, 68, 70]).buffer,
      save_certificate_template: (a) => ({ ...(a.template as CertificateTemplate), edited: true }),
    });
    render(CertificateTemplates);
    await waitFor(() => expect(input('template-title').value).toBe('ГРАМОТА'));
    // Only the kinds that print a page: no template for a valuable prize.
    expect([...screen.getByTestId('template-kind').querySelectorAll('option')].map((o) => o.textContent?.trim())).toEqual([
      'Грамота',
      'Благодарственное письмо',
    ]);
    expect(argsOf('get_certificate_template')).toEqual([{ awardKindId: 1, lang: 'ru' }]);
    expect(screen.getByTestId('template-state').textContent).toContain('Исходный шаблон');
    await waitFor(() => expect(drawn).toHaveBeenCalledTimes(1));
    expect(argsOf('preview_template')[0].template).toEqual(certificateTemplate());
    expect(drawn.mock.calls[0][1]).toBe(screen.getByTestId('preview-canvas'));
    expect(screen.getByTestId('template-placeholders').textContent).toContain('{nominee}');

    await fireEvent.input(input('template-title'), { target: { value: 'ГРАМОТА {organisation}' } });
    await fireEvent.change(screen.getByTestId('template-name-case'), { target: { value: 'dative' } });
    await fireEvent.change(screen.getByTestId('template-border'), { target: { value: 'laurel' } });
    await fireEvent.input(input('template-primary'), { target: { value: '#1f3a68' } });
    await fireEvent.click(screen.getByTestId('template-landscape'));
    await fireEvent.click(screen.getByTestId('template-show-stamp'));
    const edited = {
      title: 'ГРАМОТА {organisation}',
      name_case: 'dative',
      border: 'laurel',
      primary: '#1f3a68',
      landscape: true,
      show_stamp: false,
    };
    // Once the editing pauses, the preview is made again from what is on screen.
    await waitFor(() => expect(argsOf('preview_template').at(-1)?.template).toMatchObject(edited), { timeout: 2000 });
    await waitFor(() => expect(drawn).toHaveBeenCalledTimes(2));

    await fireEvent.click(screen.getByTestId('save-button'));
    await waitFor(() => expect(argsOf('save_certificate_template')).toHaveLength(1));
    expect(argsOf('save_certificate_template')[0].template).toEqual(certificateTemplate(edited as Partial<CertificateTemplate>));
    await waitFor(() => expect(screen.getByTestId('template-state').textContent).toContain('изменён вами'));
    expect(toasts.map((x) => [x.message, x.undo])).toEqual([['toast-saved', true]]);
  });

  test('another kind or language asks before dropping unsaved edits; Reset brings the defaults back', async () => {
    const { argsOf } = mockCore({
      get_certificate_template: (a) =>
        certificateTemplate({ award_kind_id: a.awardKindId as number, lang: a.lang as CertificateTemplate['lang'], edited: true, title: 'МОЯ ГРАМОТА' }),
      reset_certificate_template: (a) => certificateTemplate({ award_kind_id: a.awardKindId as number, lang: a.lang as CertificateTemplate['lang'] }),
    });
    render(CertificateTemplates);
    await waitFor(() => expect(input('template-title').value).toBe('МОЯ ГРАМОТА'));
    await fireEvent.input(input('template-title'), { target: { value: 'ГРАМОТА!' } });
    await fireEvent.change(screen.getByTestId('template-lang'), { target: { value: 'kk' } });
    await screen.findByRole('alertdialog');
    expect(argsOf('get_certificate_template')).toHaveLength(1);
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(input('template-title').value).toBe('ГРАМОТА!');
    expect((screen.getByTestId('template-lang') as HTMLSelectElement).value).toBe('ru');

    await fireEvent.change(screen.getByTestId('template-lang'), { target: { value: 'kk' } });
    await fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(argsOf('get_certificate_template').at(-1)).toEqual({ awardKindId: 1, lang: 'kk' }));
    await waitFor(() => expect(input('template-title').value).toBe('МОЯ ГРАМОТА'));

    await fireEvent.click(screen.getByTestId('reset-template-button'));
    await waitFor(() => expect(input('template-title').value).toBe('ГРАМОТА'));
    expect(argsOf('reset_certificate_template')).toEqual([{ awardKindId: 1, lang: 'kk' }]);
    expect(toasts.map((x) => x.message)).toEqual(['toast-template-reset']);
  });

  test('a background picture is chosen without losing unsaved edits', async () => {
    const { argsOf } = mockCore({
      choose_template_background: (a) =>
        certificateTemplate({ has_background: !a.clear, edited: true }),
    });
    render(CertificateTemplates);
    await waitFor(() => expect(input('template-title').value).toBe('ГРАМОТА'));
    await fireEvent.input(input('template-title'), { target: { value: 'ДИПЛОМ' } });
    await fireEvent.click(screen.getByTestId('template-background-choose'));
    await waitFor(() => expect(screen.getByTestId('template-background-status').textContent).toContain('Загружено'));
    expect(argsOf('choose_template_background')).toEqual([{ awardKindId: 1, lang: 'ru', clear: false }]);
    expect(input('template-title').value).toBe('ДИПЛОМ');
    expect(toasts.map((x) => x.message)).toEqual(['toast-image-added']);

    await fireEvent.click(screen.getByTestId('template-background-clear'));
    await waitFor(() => expect(screen.getByTestId('template-background-status').textContent).toContain('Не загружено'));
    expect(argsOf('choose_template_background').at(-1)).toEqual({ awardKindId: 1, lang: 'ru', clear: true });
  });
});
