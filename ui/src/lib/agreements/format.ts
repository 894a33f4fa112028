// How an agreement's number and term read in lists and headers.
import type { Agreement, AgreementStatus, DocLang } from '../api';
import { formatDay, t } from '../i18n/index.svelte';

/** The printed number once registered («12/2026 / 45-П»), else null (a draft has none yet). */
export function registeredNumber(a: Agreement): string | null {
  return a.register_number ? a.number : null;
}

/** «01.09.2026 – 31.08.2027». */
export function termText(a: Pick<Agreement, 'valid_from' | 'valid_to'>): string {
  return `${formatDay(a.valid_from, 'short')} – ${formatDay(a.valid_to, 'short')}`;
}

/** The languages an agreement can be printed in, as the form and the print menu offer them. */
export const DOC_LANGS: readonly DocLang[] = ['ru', 'kk', 'en', 'kkru'];

/** «Қазақша + Русский» … */
export function docLangName(lang: DocLang): string {
  return t(`agreements-lang-${lang}`);
}

/** «Действует», «Истекает» … */
export function statusName(status: AgreementStatus): string {
  return t(`status-${status}`);
}
