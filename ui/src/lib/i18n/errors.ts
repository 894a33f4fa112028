// How a rejected command is shown: the Fluent message `error-<code>` with the error's details as
// arguments. The English `message` of the payload is for logs only and never shown or matched.
import { FluentNumber } from '@fluent/bundle';
import { isErrorPayload } from '../api';
import { t, type Args } from './index.svelte';

/** The details that are counts; everything else (numbers like «007», names) stays text. */
const COUNTS = ['count', 'max', 'min', 'index', 'found', 'supported'];

/**
 * Message arguments from details that cross IPC as strings (an error's, an import issue's).
 * Counts become numbers, so that plurals agree («1 символа», «5 символов»); they are written
 * without digit grouping, as the core writes them: a year stays «1900», not «1 900». Ids and
 * typed values stay text.
 */
export function detailArgs(details: Partial<Record<string, string>>): Args {
  const args: Args = {};
  for (const [k, v] of Object.entries(details)) {
    if (v == null) continue;
    args[k] = /^\d{1,15}$/.test(v) && COUNTS.includes(k) ? new FluentNumber(Number(v), { useGrouping: false }) : v;
  }
  return args;
}

/** The localized text of any rejection (the core's ErrorPayload or a transport failure). */
export function errorText(e: unknown): string {
  if (!isErrorPayload(e)) {
    return t('app-error-unexpected', { reason: e instanceof Error ? e.message : String(e) });
  }
  const args = detailArgs(e.details ?? {});
  const field = e.details?.field;
  if (field) args.field = t(`field-${field}`);
  const entity = e.details?.entity;
  if (entity) args.entity = t(`entity-${entity}`);
  return t(`error-${e.code}`, args);
}

/** The form field an error points at (`name`, `contact-email` …), with the contact row if any. */
export function errorField(e: unknown): { field: string; index: number | null } | null {
  if (!isErrorPayload(e)) return null;
  const field = e.details?.field;
  if (!field) return null;
  const n = Number(e.details?.index);
  // The core counts contact rows from 1 for people; the form counts from 0.
  return { field, index: Number.isInteger(n) && n >= 1 ? n - 1 : null };
}

/** The text of `e` when it points at `field` (and, for rows, at row `index`), else null. */
export function fieldErrorText(e: unknown, field: string, index: number | null = null): string | null {
  const at = errorField(e);
  if (!at || at.field !== field) return null;
  if (index !== null && at.index !== index) return null;
  return errorText(e);
}

/** The id of the error note under control `controlId`, while `e` points at its field. */
export function errorNoteId(
  e: unknown,
  field: string,
  controlId: string,
  index: number | null = null,
): string | undefined {
  return fieldErrorText(e, field, index) ? `${controlId}-error` : undefined;
}
