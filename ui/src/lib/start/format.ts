// How the start page names what it shows: plan periods in its selector, short month names
// under the chart's bars. The figures are the core's.
import { t } from '../i18n/index.svelte';
import { monthName, periodText, planKindName } from '../plans/format';

/** «2026–2027 · Учебный год», «2026 · Календарный год» (a school year's code has two years). */
export function periodLabel(period: string): string {
  const kind = period.includes('-') ? 'school' : 'calendar';
  return t('plan-page-period', { period: periodText(period), kind: planKindName(kind) });
}

/** «окт», «қаз», «Oct»: under a month's bars, where the whole name would not fit. */
export function monthShort(month: number): string {
  return t('start-chart-month', { month });
}

/** «Октябрь 2026»: in tooltips and the table read aloud. */
export function monthTitle(year: number, month: number): string {
  return t('calendar-month-title', { month: monthName(month), year: String(year) });
}
