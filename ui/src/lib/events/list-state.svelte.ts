// The event list's filters, selection and scroll position, kept outside the component so that
// opening an event and coming back finds the list as it was left. The month starts as today's
// (set by `resetEventView` when the app starts, once the core has said what today is).
import { currentMonth } from '../app.svelte';

/** Which days the list shows: one month, a range of dates, or every event. */
export type EventSpan = 'month' | 'range' | 'all';

export const eventView = $state<{
  span: EventSpan;
  year: number;
  month: number;
  /** The range's days, `YYYY-MM-DD` ('' leaves that end open). */
  from: string;
  to: string;
  partnerId: number | null;
  selectedId: number | null;
  scrollTop: number;
}>({ span: 'month', year: 0, month: 0, from: '', to: '', partnerId: null, selectedId: null, scrollTop: 0 });

export function resetEventView(): void {
  Object.assign(eventView, {
    span: 'month',
    ...currentMonth(),
    from: '',
    to: '',
    partnerId: null,
    selectedId: null,
    scrollTop: 0,
  });
}
