// The month the calendar shows, kept while one opens an event and comes back.

function thisMonth(now = new Date()): { year: number; month: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

export const calendarView = $state<{ year: number; month: number }>(thisMonth());

export function resetCalendarView(): void {
  Object.assign(calendarView, thisMonth());
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
