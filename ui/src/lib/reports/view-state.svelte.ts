// What the reports page shows, kept while one goes elsewhere and comes back: the tab, the month
// of the monthly report, the period of the year summary (and of the album), the album's order
// and the documents' language. The month starts as today's (set by `resetReportView` when the
// app starts).
import type { AlbumOrder, Lang } from '../api';
import { currentMonth } from '../app.svelte';

export const reportView = $state<{
  tab: 'month' | 'year';
  year: number;
  month: number;
  /** The plan period of the summary («2026-2027»); '' until chosen. */
  period: string;
  /** The documents' language; null follows the interface's. */
  lang: Lang | null;
  /** The album of cooperation: events in date order or grouped by partner. */
  albumOrder: AlbumOrder;
}>({ tab: 'month', year: 0, month: 0, period: '', lang: null, albumOrder: 'by-date' });

export function resetReportView(): void {
  Object.assign(reportView, { tab: 'month', ...currentMonth(), period: '', lang: null, albumOrder: 'by-date' });
}
