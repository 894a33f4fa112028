// The partner list's search, filters, sort, selection and scroll position. Kept outside the
// component so that opening a partner and coming back finds the list exactly as it was left.
import type { PartnerQuery } from '../api';

export function defaultQuery(): PartnerQuery {
  return {
    search: '',
    category_id: null,
    kind: 'all',
    direction_id: null,
    archived: 'active',
    sort: 'name',
    direction: 'asc',
  };
}

export const listView = $state<{
  query: PartnerQuery;
  /** What is in the search box; `query.search` follows it after a short pause. */
  searchText: string;
  selectedId: number | null;
  scrollTop: number;
}>({
  query: defaultQuery(),
  searchText: '',
  selectedId: null,
  scrollTop: 0,
});

export function resetListView(): void {
  listView.query = defaultQuery();
  listView.searchText = '';
  listView.selectedId = null;
  listView.scrollTop = 0;
}
