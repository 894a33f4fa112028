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
