// The event list's filters, selection and scroll position, kept outside the component so that
// opening an event and coming back finds the list as it was left.

/** Which days the list shows: one month, a range of dates, or every event. */
export type EventSpan = 'month' | 'range' | 'all';

function thisMonth(now = new Date()): { year: number; month: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

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
}>({ span: 'month', ...thisMonth(), from: '', to: '', partnerId: null, selectedId: null, scrollTop: 0 });

export function resetEventView(): void {
  Object.assign(eventView, {
    span: 'month',
    ...thisMonth(),
    from: '',
    to: '',
    partnerId: null,
    selectedId: null,
    scrollTop: 0,
  });
}
