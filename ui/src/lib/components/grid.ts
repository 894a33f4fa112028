/** A column of a DataGrid; `sort` makes its header a sort button. */
export interface GridColumn<S extends string = string> {
  id: string;
  label: string;
  sort?: S | null;
}

/** What a screen can ask of its DataGrid (bound with bind:this). */
export interface GridHandle {
  /** Handles the keys that move through the rows and open one; see DataGrid. */
  onkey(e: KeyboardEvent, fromSearch?: boolean): void;
}
