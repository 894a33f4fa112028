// How an event's participants read in lists and reports.
import type { Participants } from '../api';
import { t } from '../i18n/index.svelte';

/** Everyone who took part. */
export function participantsTotal(p: Participants): number {
  return p.children + p.parents + p.teachers + p.others;
}

/** «25 детей, 10 родителей, 2 педагога» (the kinds with nobody left out), or «—». */
export function participantsText(p: Participants): string {
  const parts: string[] = [];
  if (p.children) parts.push(t('participants-children', { count: p.children }));
  if (p.parents) parts.push(t('participants-parents', { count: p.parents }));
  if (p.teachers) parts.push(t('participants-teachers', { count: p.teachers }));
  if (p.others) parts.push(t('participants-others', { count: p.others }));
  return parts.length ? parts.join(', ') : '—';
}

/** The first and the last day of a month (1–12), `YYYY-MM-DD`. */
export function monthDays(year: number, month: number): { from: string; to: string } {
  const mm = String(month).padStart(2, '0');
  const last = new Date(year, month, 0).getDate();
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}
