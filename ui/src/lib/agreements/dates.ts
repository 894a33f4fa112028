// Calendar days as agreements keep them: `YYYY-MM-DD`, in the computer's own time zone.

/** `date` as `YYYY-MM-DD` (local). */
export function isoDay(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The school year `now` falls in: 1 September – 31 August. */
export function schoolYear(now: Date = new Date()): { from: string; to: string } {
  const start = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

/** Whole days from `now`'s date to `day` (0 on the day itself, negative once it is past). */
export function daysUntil(day: string, now: Date = new Date()): number {
  const [y, m, d] = day.split('-').map(Number);
  const target = Date.UTC(y, m - 1, d);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((target - today) / 86_400_000);
}
