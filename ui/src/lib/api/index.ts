// Typed wrappers over the Tauri commands: each is the camelCase twin of a `verb_noun` command
// of the shell. The payload types come from ./types, generated from the Rust core (never edit
// that file by hand). Nothing here computes anything: the core owns every rule.
import { invoke } from '@tauri-apps/api/core';
import type {
  Agreement,
  AgreementInput,
  AgreementQuery,
  AgreementSection,
  AppState,
  BackupInfo,
  CatalogEntry,
  CatalogInput,
  CatalogList,
  Catalogs,
  DocLang,
  ErrorPayload,
  Lang,
  Organisation,
  Partner,
  PartnerInput,
  PartnerQuery,
  PartnerSummary,
  ProfileImage,
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

export function getOrganisation(): Promise<Organisation> {
  return invoke<Organisation>('get_organisation');
}

export function updateOrganisation(organisation: Organisation): Promise<Organisation> {
  return invoke<Organisation>('update_organisation', { organisation });
}

/** The core asks for the file with a native dialog; the profile comes back unchanged if cancelled. */
export function chooseProfileImage(which: ProfileImage): Promise<Organisation> {
  return invoke<Organisation>('choose_profile_image', { which });
}

export function clearProfileImage(which: ProfileImage): Promise<Organisation> {
  return invoke<Organisation>('clear_profile_image', { which });
}

export function listAgreements(query: AgreementQuery): Promise<Agreement[]> {
  return invoke<Agreement[]>('list_agreements', { query });
}

export function getAgreement(id: number): Promise<Agreement> {
  return invoke<Agreement>('get_agreement', { id });
}

export function createAgreement(input: AgreementInput): Promise<Agreement> {
  return invoke<Agreement>('create_agreement', { input });
}

export function updateAgreement(id: number, input: AgreementInput): Promise<Agreement> {
  return invoke<Agreement>('update_agreement', { id, input });
}

/** Gives the agreement its number in the register. */
export function registerAgreement(id: number): Promise<Agreement> {
  return invoke<Agreement>('register_agreement', { id });
}

/** Returns the new draft agreement for the next term. */
export function renewAgreement(id: number): Promise<Agreement> {
  return invoke<Agreement>('renew_agreement', { id });
}

/** `on` is a date, `YYYY-MM-DD`. */
export function terminateAgreement(id: number, on: string): Promise<Agreement> {
  return invoke<Agreement>('terminate_agreement', { id, on });
}

/** The text in one language; the first section is the preamble (its title is empty). */
export function getAgreementText(id: number, lang: Lang): Promise<AgreementSection[]> {
  return invoke<AgreementSection[]>('get_agreement_text', { id, lang });
}

/** Replaces one clause's text; null (or empty) brings back the template's. */
export function setAgreementClause(
  id: number,
  lang: Lang,
  clause: string,
  text: string | null,
): Promise<AgreementSection[]> {
  return invoke<AgreementSection[]>('set_agreement_clause', { id, lang, clause, text });
}

/** The core asks for the file with a native dialog; unchanged if cancelled. */
export function attachAgreementScan(id: number): Promise<Agreement> {
  return invoke<Agreement>('attach_agreement_scan', { id });
}

export function openAgreementScan(id: number): Promise<null> {
  return invoke<null>('open_agreement_scan', { id });
}

/**
 * Prints to PDF: `save` false opens a temporary file in the system viewer, true asks where to
 * save it. Returns the path written, null if the user cancelled.
 */
export function printAgreement(id: number, lang: DocLang, save: boolean): Promise<string | null> {
  return invoke<string | null>('print_agreement', { id, lang, save });
}

/** The backups in the «backups» folder beside the database, newest first. */
export function listBackups(): Promise<BackupInfo[]> {
  return invoke<BackupInfo[]>('list_backups');
}

/** The core asks where to save with a native dialog; the path written, null if cancelled. */
export function backupNow(): Promise<string | null> {
  return invoke<string | null>('backup_now');
}

/** Puts back one of the listed backups (`path` as listed); the current state is backed up first. */
export function restoreBackup(path: string): Promise<null> {
  return invoke<null>('restore_backup', { path });
}

/** The core asks for the file with a native dialog; true if it was restored, false if cancelled. */
export function restoreFromFile(): Promise<boolean> {
  return invoke<boolean>('restore_from_file');
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
