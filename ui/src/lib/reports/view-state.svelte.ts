// What the reports page shows, kept while one goes elsewhere and comes back: the tab, the month
// of the monthly report, the period of the year summary and the documents' language.
import type { Lang } from '../api';

function thisMonth(now = new Date()): { year: number; month: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

export const reportView = $state<{
  tab: 'month' | 'year';
  year: number;
  month: number;
  /** The plan period of the summary («2026-2027»); '' until chosen. */
  period: string;
  /** The documents' language; null follows the interface's. */
  lang: Lang | null;
}>({ tab: 'month', ...thisMonth(), period: '', lang: null });

export function resetReportView(): void {
  Object.assign(reportView, { tab: 'month', ...thisMonth(), period: '', lang: null });
}
