/**
 * A list a page reads from the core, with the page's actions on it run one at a time: the
 * error of reading stands in place of the list, the error of an action above it.
 */
export class LoadedList<T> {
  /** The rows, or null until the first read (replaced whole by each read). */
  items = $state.raw<T[] | null>(null);
  loadError = $state<unknown>(null);
  actionError = $state<unknown>(null);
  busy = $state(false);

  readonly #read: () => Promise<T[]>;

  constructor(read: () => Promise<T[]>) {
    this.#read = read;
  }

  async load(): Promise<void> {
    try {
      this.items = await this.#read();
      this.loadError = null;
    } catch (e) {
      this.loadError = e;
    }
  }

  /** Runs one action at a time (none while another runs); with `reload` the list is read again after it, also after a failure. */
  async run(action: () => Promise<void>, reload = false): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.actionError = null;
    try {
      await action();
    } catch (e) {
      this.actionError = e;
    } finally {
      this.busy = false;
      if (reload) await this.load();
    }
  }
}
