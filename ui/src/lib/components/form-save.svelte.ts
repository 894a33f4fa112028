import { toastChange } from '../app.svelte';
import { errorField } from '../i18n/errors';

/** The field an error of the core names. */
export type ErrorAt = NonNullable<ReturnType<typeof errorField>>;

/**
 * The saving of a form: whether a save is under way, the error of the last one (shown by the
 * fields it names), and the input as last loaded or saved, to tell unsaved changes.
 */
export class FormSave {
  saving = $state(false);
  error = $state<unknown>(null);
  /** The input as last loaded or saved, as JSON. */
  saved = $state('');

  /** `input` is what the form holds as loaded (or saved). */
  keep(input: unknown): void {
    this.saved = JSON.stringify(input);
  }

  /** Whether `input` differs from what was loaded or saved. */
  changed(input: unknown): boolean {
    return JSON.stringify(input) !== this.saved;
  }

  /**
   * Sends `sent` by `request`. Saved: it is kept as saved, «Saved» is shown and `done` goes on
   * with the core's answer. Refused: the error is kept and `focus` takes the field it names.
   */
  async send<I, R>(
    sent: I,
    request: (sent: I) => Promise<R>,
    done: (result: R) => void | Promise<void>,
    focus: (at: ErrorAt | null) => Promise<void> | undefined,
  ): Promise<void> {
    this.saving = true;
    this.error = null;
    try {
      const result = await request(sent);
      this.keep(sent);
      toastChange('toast-saved');
      await done(result);
    } catch (e) {
      this.error = e;
      await focus(errorField(e));
    } finally {
      this.saving = false;
    }
  }
}
