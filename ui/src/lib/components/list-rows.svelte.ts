// The rows of a register screen (partners, agreements), asked again whenever what `request`
// reads changes (the filters, the search). Only the answer to the newest request is kept, so a
// slow answer to an older query never replaces a newer one. Create it while a component starts.

export class ListRows<T> {
  // Raw: ten thousand rows are replaced whole, never mutated, so deep proxies would only cost.
  rows = $state.raw<T[]>([]);
  /** False until the first answer. */
  loaded = $state(false);
  /** Why the newest request failed, else null. */
  error = $state<unknown>(null);

  constructor(request: () => Promise<T[]>) {
    let requestSeq = 0;
    $effect(() => {
      const seq = ++requestSeq;
      request().then(
        (found) => {
          if (seq !== requestSeq) return; // a newer query is on its way
          this.rows = found;
          this.error = null;
          this.loaded = true;
        },
        (e) => {
          if (seq !== requestSeq) return;
          this.error = e;
          this.loaded = true;
        },
      );
    });
  }
}
