// The month the calendar shows, kept while one opens an event and comes back: today's at first
// (set by `resetCalendarView` when the app starts).
import { currentMonth } from '../app.svelte';

export const calendarView = $state<{ year: number; month: number }>({ year: 0, month: 0 });

export function resetCalendarView(): void {
  Object.assign(calendarView, currentMonth());
}

/**
 * The weeks of a month, Monday first: each a list of seven days (`YYYY-MM-DD`), null where the
 * day belongs to the month before or after.
 */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const lead = (new Date(year, month - 1, 1).getDay() + 6) % 7;
  const days = new Date(year, month, 0).getDate();
  const mm = String(month).padStart(2, '0');
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${year}-${mm}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
