// The state of an import from a table (a plan, partners): the file the shell keeps, the columns
// as the user sets them, and the core's preview of every row, asked again on each change. The
// core reads the file anew for every preview, so a file fixed meanwhile is read again on
// request. Nothing is written until the import is confirmed.
import { tick } from 'svelte';
import { chooseImportFile, listCatalogs, type Lang } from '../api';
import { app } from '../app.svelte';
import { locale } from '../i18n/index.svelte';

/** Which column holds what (`skip`: nothing to import), and whether the first row is a header. */
export interface ImportMapping<F extends string> {
  columns: F[];
  header: boolean;
}

/** What every preview of the core tells, whatever is imported. */
export interface ImportPreview<F extends string> {
  mapping: ImportMapping<F>;
  /** The first rows of the file as they are. */
  sample: string[][];
  columns: number;
  /** Every row of the file as it would be imported. */
  rows: readonly unknown[];
  accepted: number;
  refused: number;
}

/** The id of the commit's error, focused when the core refuses the import. */
export const COMMIT_ERROR_ID = 'import-commit-error';

/** What the core is asked, and what follows a done import. */
export interface ImportSteps<F extends string, P extends ImportPreview<F>, R> {
  /** What importing the chosen file with `mapping` (null: the core's own) would do. */
  preview: (mapping: ImportMapping<F> | null, lang: Lang) => Promise<P>;
  /** Imports every row, or only the accepted ones. */
  save: (mapping: ImportMapping<F>, acceptedOnly: boolean) => Promise<R>;
  /** Takes the result (a toast, the next screen). */
  done: (result: R) => void;
}

export class ImportWizard<F extends string, P extends ImportPreview<F>, R> {
  /** The chosen file's name, for showing only: the shell keeps the file itself. */
  fileName = $state<string | null>(null);
  /** Counts the times the file was chosen or is to be read again; each reads it anew. */
  reading = $state(0);
  /** The columns as the user set them; null keeps the core's own (its default and header guess). */
  mapping = $state.raw<ImportMapping<F> | null>(null);
  preview = $state.raw<P | null>(null);
  previewError = $state<unknown>(null);
  previewing = $state(false);
  chooseError = $state<unknown>(null);
  commitError = $state<unknown>(null);
  committing = $state(false);

  /** The mapping in force: the user's, else the one the core read the file with. */
  shown = $derived(this.mapping ?? this.preview?.mapping ?? null);
  /** What each column of the file holds (columns past the mapping are not imported). */
  columns = $derived<F[]>(
    this.preview
      ? Array.from({ length: this.preview.columns }, (_, i) => this.shown?.columns[i] ?? ('skip' as F))
      : [],
  );
  header = $derived(this.shown?.header ?? false);
  busy = $derived(this.previewing || this.committing);
  /** The rows stand as shown: read with the current columns (and period), without an error. */
  current = $derived(!!this.preview && !this.previewing && !this.previewError);

  readonly #save: ImportSteps<F, P, R>['save'];
  readonly #done: ImportSteps<F, P, R>['done'];

  /**
   * Create it while a component starts: from then on every change of the file, the columns,
   * the language or whatever else `preview` reads asks the core again; an answer that a later
   * question has overtaken is dropped.
   */
  constructor(steps: ImportSteps<F, P, R>) {
    this.#save = steps.save;
    this.#done = steps.done;
    let previewSeq = 0;
    $effect(() => {
      if (this.reading === 0) return;
      const seq = ++previewSeq;
      this.previewing = true;
      steps.preview(this.mapping, locale.lang).then(
        (found) => {
          if (seq !== previewSeq) return;
          this.preview = found;
          this.previewError = null;
          this.previewing = false;
        },
        (e) => {
          if (seq !== previewSeq) return;
          this.previewError = e;
          this.previewing = false;
        },
      );
    });
  }

  async choose(): Promise<void> {
    if (this.committing) return;
    this.chooseError = null;
    try {
      const name = await chooseImportFile();
      if (name === null) return;
      this.fileName = name;
      // Another file: its own columns, read by the core afresh.
      this.mapping = null;
      this.preview = null;
      this.previewError = null;
      this.commitError = null;
      this.reading += 1;
    } catch (e) {
      this.chooseError = e;
    }
  }

  reread(): void {
    this.commitError = null;
    this.reading += 1;
  }

  setColumn(index: number, field: F): void {
    const next = [...this.columns];
    next[index] = field;
    this.mapping = { columns: next, header: this.header };
  }

  setHeader(on: boolean): void {
    this.mapping = { columns: [...this.columns], header: on };
  }

  /** Imports every row (refused by the core if any is refused), or only the accepted ones. */
  async commit(acceptedOnly: boolean): Promise<void> {
    const preview = this.preview;
    if (!preview || !this.current || this.committing) return;
    this.committing = true;
    this.commitError = null;
    let result: R;
    try {
      // Exactly the columns the preview was read with.
      result = await this.#save(this.mapping ?? preview.mapping, acceptedOnly);
    } catch (e) {
      this.commitError = e;
      this.committing = false;
      // The file may have changed since it was read: show it as it is now.
      this.reading += 1;
      await tick();
      document.getElementById(COMMIT_ERROR_ID)?.focus();
      return;
    }
    // The rows may have brought new categories.
    try {
      app.catalogs = await listCatalogs();
    } catch {
      // The import is done; the lists are read again at the next start.
    }
    this.committing = false;
    this.#done(result);
  }
}
