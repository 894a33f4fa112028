// The nomination list's year, filters, ticked rows, selection and scroll position, kept outside
// the component so that opening a nomination and coming back finds the list as it was left.
import type { NominationStatus } from '../api';
import { currentMonth } from '../app.svelte';

export const awardView = $state<{
  year: number;
  status: NominationStatus | null;
  titleId: number | null;
  /** The rows ticked for an action on several at once (approve, print, hand over). */
  checked: number[];
  selectedId: number | null;
  scrollTop: number;
}>({ year: 0, status: null, titleId: null, checked: [], selectedId: null, scrollTop: 0 });

/** Back as on opening the app: this year's nominations (the core's year), no filters. */
export function resetAwardView(): void {
  awardView.year = currentMonth().year;
  awardView.status = null;
  awardView.titleId = null;
  awardView.checked = [];
  awardView.selectedId = null;
  awardView.scrollTop = 0;
}
