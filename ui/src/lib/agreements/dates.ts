// Calendar days as agreements and plans keep them: `YYYY-MM-DD`.

/**
 * The school year `day` falls in: from 1 September of `start` to 31 August of the next year.
 * Only a default to offer (a new agreement's term, a plan period to import into); the periods
 * of plans that exist come from the core with their own first and last days.
 */
export function schoolYear(day: string): { start: number; from: string; to: string } {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 9 ? year : year - 1;
  return { start, from: `${start}-09-01`, to: `${start + 1}-08-31` };
}
