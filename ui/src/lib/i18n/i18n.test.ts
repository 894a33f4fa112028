import { describe, expect, test } from 'vitest';
import { applyLanguage, formatDate, formatTime, initialLanguage, t } from './index.svelte';
import { detailArgs, errorField, errorText } from './errors';

describe('language', () => {
  test('starts with the remembered language, else the system one, else Russian', () => {
    expect(initialLanguage('en', ['ru-RU'])).toBe('en');
    expect(initialLanguage(null, ['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(initialLanguage(null, ['en-US'])).toBe('en');
    expect(initialLanguage(null, ['ru_RU.UTF-8'])).toBe('ru');
    expect(initialLanguage(null, ['de', 'fr'])).toBe('ru');
    expect(initialLanguage(null, [])).toBe('ru');
  });

  test('dates follow the interface language', () => {
    applyLanguage('ru');
    expect(formatDate('2026-11-29T10:00:00Z', 'long')).toBe('29 ноября 2026 г.');
    expect(formatDate('2026-11-29T10:00:00Z', 'short')).toBe('29.11.2026');
    applyLanguage('kk');
    expect(formatDate('2026-11-29T10:00:00Z', 'long')).toContain('қараша');
    expect(formatDate('2026-11-29T10:00:00Z', 'short')).toBe('29.11.2026');
    applyLanguage('en');
    expect(formatDate('2026-11-29T10:00:00Z', 'long')).toBe('29 November 2026');
    expect(formatDate('2026-11-29T10:00:00Z', 'short')).toBe('29/11/2026');
  });

  test('times of day read 24-hour in every language (local timestamps stay local)', () => {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      applyLanguage(lang);
      expect(formatTime('2026-11-29T09:05:00')).toBe('09:05');
      expect(formatTime('2026-11-29T21:40:00')).toBe('21:40');
    }
    expect(formatTime('not a date')).toBe('');
  });

  test('text has no isolation marks around arguments', () => {
    applyLanguage('ru');
    expect(t('partner-list-count', { count: 3 })).toBe('3 партнёра');
  });
});

describe('errors', () => {
  test('show error-<code> with the localized field label, never the message', () => {
    applyLanguage('ru');
    const e = {
      code: 'too-long',
      message: 'notes is longer than 5000 characters',
      details: { field: 'notes', max: '5000' },
    };
    expect(errorText(e)).toBe('Поле «Примечания» слишком длинное: не более 5000 символов.');
    expect(errorText({ ...e, details: { field: 'name', max: '21' } })).toBe(
      'Поле «Название» слишком длинное: не более 21 символа.',
    );
    applyLanguage('en');
    expect(errorText(e)).not.toContain('notes is longer');
    expect(errorText(e)).toContain('Notes');
  });

  test('numbers from the details keep their plurals but are never grouped: a year stays 1900', () => {
    const e = { code: 'out-of-range', message: '', details: { field: 'year', min: '1900', max: '2198' } };
    applyLanguage('ru');
    expect(errorText(e)).toBe('«Год»: укажите число от 1900 до 2198.');
    applyLanguage('kk');
    expect(errorText(e)).toContain('1900 мен 2198');
    applyLanguage('en');
    expect(errorText(e)).toContain('from 1900 to 2198');
    // Plural selection still sees a number.
    applyLanguage('ru');
    const long = { code: 'too-long', message: '', details: { field: 'name', max: '10001' } };
    expect(errorText(long)).toBe('Поле «Название» слишком длинное: не более 10001 символа.');
    expect(detailArgs({ count: '1900', value: '007' })).toMatchObject({ value: '007' });
  });

    test('point at the contact row counted from zero', () => {
    const e = { code: 'contact-name-empty', message: '', details: { field: 'contact-name', index: '3' } };
    expect(errorField(e)).toEqual({ field: 'contact-name', index: 2 });
    expect(errorField({ code: 'storage', message: '', details: {} })).toBeNull();
  });

  test('a transport failure still reads as a sentence', () => {
    applyLanguage('ru');
    expect(errorText('command list_partners not allowed')).toBe(
      'Что-то пошло не так: command list_partners not allowed',
    );
  });
});
