// How a backup reads in the list: when, why and how big.
import type { BackupInfo, BackupKind } from '../api';
import { formatDate, formatTime, t } from '../i18n/index.svelte';

/** «Ежедневная», «Перед обновлением» … */
export function kindName(kind: BackupKind): string {
  return t(`backups-kind-${kind}`);
}

/** «29.11.2026 09:15» (for the table). */
export function takenText(backup: Pick<BackupInfo, 'taken_at'>): string {
  return `${formatDate(backup.taken_at, 'short')} ${formatTime(backup.taken_at)}`;
}

/** «340 КБ» below a megabyte (never «0»), else «2,4 МБ». */
export function sizeText(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return t('backups-size-kb', { size: Math.max(1, Math.round(kb)) });
  return t('backups-size-mb', { size: Math.round((kb / 1024) * 10) / 10 });
}
