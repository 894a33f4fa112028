import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { app, toasts } from '../app.svelte';
import { certificateEntry, mockCore } from '../../test/core';
import CertificateRegister from './CertificateRegister.svelte';

async function checkCode(text: string): Promise<HTMLElement> {
  await fireEvent.input(screen.getByTestId('check-certificate-input'), { target: { value: text } });
  await fireEvent.click(screen.getByTestId('check-certificate-button'));
  return screen.findByTestId('check-certificate-result');
}

describe('journal of issued certificates', () => {
  test('lists the year’s certificates and makes the journal as PDF or XLSX', async () => {
    const { argsOf } = mockCore({
      list_certificate_register: (a) =>
        a.year === 2026 ? [certificateEntry('1/2026'), certificateEntry('2/2026', { nominee: 'Семья Нурлановых' })] : [],
      print_certificate_register: (a) => (a.save ? '/home/user/Журнал грамот 2026.xlsx' : '/tmp/register.pdf'),
    });
    render(CertificateRegister);
    const rows = await screen.findAllByTestId('register-row');
    expect(argsOf('list_certificate_register')[0]).toEqual({ year: 2026 });
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('1/2026');
    expect(rows[0].textContent).toContain('Иванова Мария Петровна');
    expect(rows[0].textContent).toContain('Самый активный родитель');
    expect(rows[0].textContent).toContain('№ 45-П от 20 декабря 2026 г.');
    expect(rows[0].textContent).toContain('25.12.2026');

    await fireEvent.click(screen.getByTestId('register-save-xlsx'));
    await waitFor(() => expect(argsOf('print_certificate_register')).toHaveLength(1));
    expect(argsOf('print_certificate_register')[0]).toEqual({ year: 2026, lang: 'ru', format: 'xlsx', save: true });
    await waitFor(() => expect(toasts.map((x) => x.message)).toEqual(['toast-file-saved']));

    await fireEvent.change(screen.getByTestId('register-year'), { target: { value: '' } });
    await waitFor(() => expect(argsOf('list_certificate_register').at(-1)).toEqual({ year: null }));
    expect(await screen.findByTestId('register-empty')).toBeTruthy();

    await fireEvent.change(screen.getByTestId('register-year'), { target: { value: '2026' } });
    await fireEvent.click((await screen.findAllByTestId('register-row'))[1].querySelector('button')!);
    expect(app.screen).toEqual({ name: 'nomination', id: 5 });
  });

  test('checking a certificate tells found, genuine, altered or unknown', async () => {
    const { argsOf } = mockCore({
      check_certificate: (a) => {
        const code = a.code as string;
        // The core's verdicts, as it gives them for each kind of text.
        if (code.startsWith('99/')) return { verdict: 'not-found', found: false, checksum_ok: false, entry: null };
        const genuine = code === 'PDSK:12/2026:1A2B3C4D';
        const verdict = genuine ? 'genuine' : code.startsWith('PDSK:') ? 'mismatch' : 'number-only';
        return { verdict, found: true, checksum_ok: genuine, entry: certificateEntry('12/2026') };
      },
    });
    render(CertificateRegister);

    const result = await checkCode('  PDSK:12/2026:1A2B3C4D ');
    expect(argsOf('check_certificate')).toEqual([{ code: 'PDSK:12/2026:1A2B3C4D' }]);
    expect(result.dataset.result).toBe('genuine');
    expect(result.textContent).toContain('Грамота подлинная');
    expect(result.textContent).toContain('№ 12/2026: Иванова Мария Петровна, выдана 25 декабря 2026 г.');

    await checkCode('PDSK:12/2026:FFFFFFFF');
    await waitFor(() => expect(screen.getByTestId('check-certificate-result').dataset.result).toBe('mismatch'));
    expect(screen.getByTestId('check-certificate-result').textContent).toContain('код не совпадает');

    await checkCode('12/2026');
    await waitFor(() => expect(screen.getByTestId('check-certificate-result').dataset.result).toBe('number-only'));
    expect(screen.getByTestId('check-certificate-result').textContent).toContain('Код не проверялся');

    await checkCode('99/2026');
    await waitFor(() => expect(screen.getByTestId('check-certificate-result').dataset.result).toBe('not-found'));
    expect(screen.getByTestId('check-certificate-result').textContent).toContain('Грамоты с таким номером в журнале нет');
  });
});
