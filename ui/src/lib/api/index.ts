// Typed wrappers over the Tauri commands: each is the camelCase twin of a `verb_noun` command
// of the shell. The payload types come from ./types, generated from the Rust core (never edit
// that file by hand). Nothing here computes anything: the core owns every rule.
import { invoke } from '@tauri-apps/api/core';
import type {
  AppState,
  CatalogEntry,
  CatalogInput,
  CatalogList,
  Catalogs,
  ErrorPayload,
  Lang,
  Partner,
  PartnerInput,
  PartnerQuery,
  PartnerSummary,
  SavedPartner,
  SimilarPartner,
} from './types';

export type * from './types';

export function getAppState(): Promise<AppState> {
  return invoke<AppState>('get_app_state');
}

export function setLanguage(lang: Lang): Promise<null> {
  return invoke<null>('set_language', { lang });
}

export function loadDemo(): Promise<null> {
  return invoke<null>('load_demo');
}

export function startClean(): Promise<null> {
  return invoke<null>('start_clean');
}

export function listCatalogs(): Promise<Catalogs> {
  return invoke<Catalogs>('list_catalogs');
}

export function addCatalogEntry(list: CatalogList, input: CatalogInput): Promise<CatalogEntry> {
  return invoke<CatalogEntry>('add_catalog_entry', { list, input });
}

export function listPartners(query: PartnerQuery): Promise<PartnerSummary[]> {
  return invoke<PartnerSummary[]>('list_partners', { query });
}

export function getPartner(id: number): Promise<Partner> {
  return invoke<Partner>('get_partner', { id });
}

export function createPartner(input: PartnerInput): Promise<SavedPartner> {
  return invoke<SavedPartner>('create_partner', { input });
}

export function updatePartner(id: number, input: PartnerInput): Promise<SavedPartner> {
  return invoke<SavedPartner>('update_partner', { id, input });
}

export function archivePartner(id: number): Promise<Partner> {
  return invoke<Partner>('archive_partner', { id });
}

export function restorePartner(id: number): Promise<Partner> {
  return invoke<Partner>('restore_partner', { id });
}

export function findSimilarPartners(name: string, excludeId: number | null): Promise<SimilarPartner[]> {
  return invoke<SimilarPartner[]>('find_similar_partners', { name, excludeId });
}

/** Whether a rejection is the core's typed error (anything else is a transport failure). */
export function isErrorPayload(e: unknown): e is ErrorPayload {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { details?: unknown }).details === 'object'
  );
}
