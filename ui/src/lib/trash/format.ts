// How a record in the trash reads: what kind it is, what it is and where it belonged. The core
// names them (a plan by its period, a row by its partner, an event by its title and day); here
// the period and the day are only written as the interface writes them.
import type { TrashItem, TrashKind } from '../api';
import { formatDate, formatDay, formatTime, t } from '../i18n/index.svelte';
import { periodText } from '../plans/format';

/** «План», «Строка плана», «Мероприятие». */
export function trashKindName(kind: TrashKind): string {
  return t(`trash-kind-${kind}`);
}

/** «План на 2026–2027» for a plan; a row's partner, an event's title as they are. */
export function trashTitle(item: TrashItem): string {
  return item.kind === 'plan' ? t('trash-plan-title', { period: periodText(item.title) }) : item.title;
}

/** A plan's own title; «Из плана на 2026–2027» for a row; an event's day and partner; else as told. */
export function trashDetail(item: TrashItem): string {
  if (!item.detail) return '';
  switch (item.kind) {
    case 'plan':
      return item.detail;
    case 'plan-row':
      return t('trash-row-detail', { period: periodText(item.detail) });
    case 'event': {
      const day = /^(\d{4}-\d{2}-\d{2})(.*)$/s.exec(item.detail);
      return day ? formatDay(day[1], 'short') + day[2] : item.detail;
    }
    default:
      return item.detail;
  }
}

/** «29.11.2026 09:15», when it was put in the trash. */
export function deletedText(item: Pick<TrashItem, 'deleted_at'>): string {
  return `${formatDate(item.deleted_at, 'short')} ${formatTime(item.deleted_at)}`;
}
