// How awards read in the interface: status, nominee kind, role, gender, case and border names,
// the order and the certificate's number. Names of built-in kinds and titles come from the core.
import type { BorderStyle, Case, Gender, Nomination, NominationStatus, NomineeKind, NomineeRole } from '../api';
import { formatDay, t } from '../i18n/index.svelte';

export const STATUSES: readonly NominationStatus[] = ['proposed', 'approved', 'printed', 'handed'];
export const NOMINEE_KINDS: readonly NomineeKind[] = ['person', 'family', 'collective', 'organisation'];
export const ROLES: readonly NomineeRole[] = ['teacher', 'partner', 'parent', 'pupil', 'other'];
export const GENDERS: readonly Gender[] = ['female', 'male'];
export const CASES: readonly Case[] = ['nominative', 'dative', 'genitive'];
export const BORDERS: readonly BorderStyle[] = ['classic', 'ornament', 'laurel', 'ribbon', 'simple'];

/** «Предложена», «Утверждена» … (the core's names). */
export function statusName(status: NominationStatus): string {
  return t(`nomination-status-${status}`);
}

export function nomineeKindName(kind: NomineeKind): string {
  return t(`awards-nominee-kind-${kind}`);
}

export function roleName(role: NomineeRole): string {
  return t(`awards-role-${role}`);
}

/** «Женский», «Мужской»; no gender: «не указан». */
export function genderName(gender: Gender | null): string {
  return gender ? t(`awards-gender-${gender}`) : t('awards-gender-unknown');
}

export function caseName(c: Case): string {
  return t(`awards-case-${c}`);
}

export function borderName(border: BorderStyle): string {
  return t(`awards-border-${border}`);
}

/** «№ 45 от 20 декабря 2026 г.», or '' while not approved. */
export function orderText(n: Pick<Nomination, 'order_number' | 'order_date'>): string {
  if (!n.order_number) return '';
  return n.order_date
    ? t('awards-order', { number: n.order_number, date: formatDay(n.order_date, 'long') })
    : t('awards-order-no-date', { number: n.order_number });
}

/** Whether the nomination's certificate can be printed: approved by an order. */
export function printable(n: Pick<Nomination, 'status'>): boolean {
  return n.status !== 'proposed';
}

/** Whether it can be marked as handed over: its certificate is in the register. */
export function handable(n: Pick<Nomination, 'certificate_number'>): boolean {
  return n.certificate_number !== null;
}
