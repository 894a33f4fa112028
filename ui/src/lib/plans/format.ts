// How plans, their periods and their fulfilment read on screen. Which months or dates a plan
// period covers, the slots an activity expects and whether they are filled are the core's; here
// are only names and the months to offer in pickers.
import type { ActivityStatus, Fulfilment, Plan, PlanKind } from '../api';
import { t } from '../i18n/index.svelte';

/** «Октябрь», «Қазан», «October» (periods.ftl of each locale). */
export function monthName(month: number): string {
  return t(`month-${month}`);
}

/** The months in the order a plan of `kind` runs: a school year from September. */
export function planMonths(kind: PlanKind): number[] {
  const first = kind === 'school' ? 9 : 1;
  return Array.from({ length: 12 }, (_, i) => ((first - 1 + i) % 12) + 1);
}

/** The period as people write it: «2026» or «2026–2027». */
export function periodText(period: string): string {
  return period.replace('-', '–');
}

/** «Учебный год», «Календарный год». */
export function planKindName(kind: PlanKind): string {
  return t(`plan-kind-${kind}`);
}

/** The plan's own title, else the standard one for its period. */
export function planTitle(plan: Pick<Plan, 'title' | 'kind' | 'period'>): string {
  if (plan.title) return plan.title;
  const kind = plan.kind;
  return t(`plan-title-${kind}`, { period: periodText(plan.period) });
}

/** The core's share held, in whole percent, to show; null (shown as «—») when nothing is expected. */
export function percent(f: Fulfilment): number | null {
  return f.expected === 0 ? null : f.percent;
}

/** «3 / 4 · 75 %», or «—» when nothing is expected. */
export function fulfilmentText(f: Fulfilment): string {
  const p = percent(f);
  return p === null ? '—' : t('plan-fulfilment-short', { held: f.held, expected: f.expected, percent: p });
}

/** «Проведено», «Просрочено», «В этом месяце», «Запланировано». */
export function activityStatusName(status: ActivityStatus): string {
  return t(`activity-status-${status}`);
}

/** The plan that runs on `day` (YYYY-MM-DD) among `plans`, the school year's first. */
export function planOn<P extends Pick<Plan, 'kind' | 'first_day' | 'last_day'>>(plans: readonly P[], day: string): P | null {
  const running = plans.filter((p) => p.first_day <= day && day <= p.last_day);
  return running.find((p) => p.kind === 'school') ?? running[0] ?? null;
}
