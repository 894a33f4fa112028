// Typed wrappers over the Tauri commands: each is the camelCase twin of a `verb_noun` command
// of the shell. The payload types come from ./types, generated from the Rust core (never edit
// that file by hand). Nothing here computes anything: the core owns every rule.
import { invoke, type Channel } from '@tauri-apps/api/core';
import type {
  ActivityDue,
  Agreement,
  AgreementInput,
  AgreementQuery,
  AgreementSection,
  AlbumOrder,
  AppState,
  AwardCatalogs,
  AwardKind,
  BackupInfo,
  CalendarMonth,
  CatalogEntry,
  CatalogInput,
  CatalogList,
  Catalogs,
  CertificateCheck,
  CertificateEntry,
  CertificateTemplate,
  Dashboard,
  DeclinedName,
  DocLang,
  ErrorPayload,
  EventQuery,
  HeldEvent,
  HeldEventInput,
  Lang,
  LocalizedName,
  MonthReport,
  Nomination,
  NominationInput,
  NominationQuery,
  NominationTitle,
  NomineeImportPreview,
  NomineeMapping,
  Organisation,
  Partner,
  PartnerImportPreview,
  PartnerImportResult,
  PartnerInput,
  PartnerMapping,
  PartnerQuery,
  PartnerSummary,
  Plan,
  PlanColumn,
  PlanImportPreview,
  PlanImportResult,
  PlanInput,
  PlanMapping,
  PlanRow,
  PlanRowInput,
  PlanSheet,
  PrintProgress,
  ProfileImage,
  Register,
  ReportFormat,
  SavedPartner,
  SimilarPartner,
  TrashItem,
  TrashKind,
  YearSummary,
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

/** How register number `n` of this year looks with `pattern` (the core numbers the registers). */
export function getNumberExample(pattern: string, n: number): Promise<string> {
  return invoke<string>('get_number_example', { pattern, n });
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

/**
 * Opens a copy of one of the listed backups (`path` as listed) as the database to work on; the
 * backup itself stays as it is. Returns the new file's path. Works also while the current file
 * cannot be opened.
 */
export function openBackupCopy(path: string): Promise<string> {
  return invoke<string>('open_backup_copy', { path });
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

/**
 * Opens another database file chosen in a native dialog (remembered for the next start). True
 * if it opened, false if cancelled; when it cannot be opened the current one stays open.
 */
export function openDatabase(): Promise<boolean> {
  return invoke<boolean>('open_database');
}

/** Starts a new, empty database in a file named in a native dialog (never an existing file). */
export function newDatabase(): Promise<boolean> {
  return invoke<boolean>('new_database');
}

/**
 * Writes a register as a table in `lang` where the user chooses in a native save dialog (XLSX
 * or CSV, by the extension picked). Returns the path written, null if cancelled.
 */
export function exportRegister(which: Register, lang: Lang): Promise<string | null> {
  return invoke<string | null>('export_register', { which, lang });
}

/** Writes everything to one JSON file named in a native save dialog; null if cancelled. */
export function exportEverything(): Promise<string | null> {
  return invoke<string | null>('export_everything');
}

/**
 * Fills the open database, which must be empty (`database-not-empty` otherwise), from a JSON
 * export chosen in a native dialog. True if it was filled, false if cancelled; the window is
 * then loaded anew, as after opening a database.
 */
export function importEverything(): Promise<boolean> {
  return invoke<boolean>('import_everything');
}

/** Plans, plan rows and events deleted within the last 30 days, the latest first. */
export function listTrash(): Promise<TrashItem[]> {
  return invoke<TrashItem[]>('list_trash');
}

/** Takes a record out of the trash (a row only into a plan that is not in the trash itself). */
export function restoreFromTrash(kind: TrashKind, id: number): Promise<null> {
  return invoke<null>('restore_from_trash', { kind, id });
}

export function deleteForever(kind: TrashKind, id: number): Promise<null> {
  return invoke<null>('delete_forever', { kind, id });
}

/** Whether there is a change to undo. */
export function canUndo(): Promise<boolean> {
  return invoke<boolean>('can_undo');
}

/** Undoes the last change of the register (`nothing-to-undo` when there is none). */
export function undoLastChange(): Promise<null> {
  return invoke<null>('undo_last_change');
}

/** Every plan, the newest period first, each with its fulfilment today. */
export function listPlans(): Promise<Plan[]> {
  return invoke<Plan[]>('list_plans');
}

/** The whole plan: its header and its rows under their category headings. */
export function getPlanSheet(id: number): Promise<PlanSheet> {
  return invoke<PlanSheet>('get_plan_sheet', { id });
}

export function createPlan(input: PlanInput): Promise<Plan> {
  return invoke<Plan>('create_plan', { input });
}

/** Changes the title and the approval; the period stays as created. */
export function updatePlan(id: number, input: PlanInput): Promise<Plan> {
  return invoke<Plan>('update_plan', { id, input });
}

export function deletePlan(id: number): Promise<null> {
  return invoke<null>('delete_plan', { id });
}

/** Returns the new plan of the next period, with every row and activity copied. */
export function carryOverPlan(id: number): Promise<Plan> {
  return invoke<Plan>('carry_over_plan', { id });
}

export function addPlanRow(planId: number, input: PlanRowInput): Promise<PlanRow> {
  return invoke<PlanRow>('add_plan_row', { planId, input });
}

/**
 * Saves a row with its activities: those with an id are kept, those without are added, the
 * missing ones removed (refused with `has-events` when events were held for one).
 */
export function updatePlanRow(id: number, input: PlanRowInput): Promise<PlanRow> {
  return invoke<PlanRow>('update_plan_row', { id, input });
}

export function deletePlanRow(id: number): Promise<null> {
  return invoke<null>('delete_plan_row', { id });
}

/** Moves a row within its group: `delta` −1 up, 1 down. */
export function movePlanRow(id: number, delta: number): Promise<null> {
  return invoke<null>('move_plan_row', { id, delta });
}

/** Moves a whole category heading with its rows: `delta` −1 up, 1 down. */
export function movePlanGroup(planId: number, groupId: number, delta: number): Promise<null> {
  return invoke<null>('move_plan_group', { planId, groupId, delta });
}

/**
 * Asks for a CSV or XLSX file to import with a native dialog; the shell remembers the file (the
 * interface never names a path). Returns the file's name to show, null if cancelled.
 */
export function chooseImportFile(): Promise<string | null> {
  return invoke<string | null>('choose_import_file');
}

/**
 * What importing the chosen file as the plan of `period` («2026» or «2026-2027») would do, read
 * anew from the file each time. `mapping` null lets the core take its default columns and tell
 * whether the first row is a header; reasons in the issues are in `lang`.
 */
export function previewPlanImport(
  period: string,
  mapping: PlanMapping | null,
  lang: Lang,
): Promise<PlanImportPreview> {
  return invoke<PlanImportPreview>('preview_plan_import', { period, mapping, lang });
}

/**
 * Imports the chosen file into the plan of `period` (made if missing) in one transaction. With
 * refused rows it is refused (`import-refused`) unless `acceptedOnly`.
 */
export function importPlan(
  period: string,
  mapping: PlanMapping | null,
  acceptedOnly: boolean,
): Promise<PlanImportResult> {
  return invoke<PlanImportResult>('import_plan', { period, mapping, acceptedOnly });
}

/**
 * What importing the chosen file as partners would do, read anew from the file each time.
 * `mapping` null lets the core take the export's columns and tell whether the first row is a
 * header; reasons in the issues are in `lang`.
 */
export function previewPartnerImport(mapping: PartnerMapping | null, lang: Lang): Promise<PartnerImportPreview> {
  return invoke<PartnerImportPreview>('preview_partner_import', { mapping, lang });
}

/**
 * Adds the partners of the chosen file in one transaction. With refused rows it is refused
 * (`import-refused`) unless `acceptedOnly`.
 */
export function importPartners(mapping: PartnerMapping | null, acceptedOnly: boolean): Promise<PartnerImportResult> {
  return invoke<PartnerImportResult>('import_partners', { mapping, acceptedOnly });
}

/**
 * What importing the chosen file as proposed nominations of `year` would do, read anew from
 * the file each time. `mapping` null lets the core take its default columns, tell whether the
 * first row is a header and read the reasons as written in `lang`; reasons in the issues are
 * in `lang`.
 */
export function previewNomineeImport(
  year: number,
  mapping: NomineeMapping | null,
  lang: Lang,
): Promise<NomineeImportPreview> {
  return invoke<NomineeImportPreview>('preview_nominee_import', { year, mapping, lang });
}

/**
 * Adds the nominees of the chosen file as proposed nominations of `year` in one transaction
 * (unknown titles are added to the list). With refused rows it is refused (`import-refused`)
 * unless `acceptedOnly`. Returns how many nominations were added.
 */
export function importNominees(year: number, mapping: NomineeMapping | null, acceptedOnly: boolean): Promise<number> {
  return invoke<number>('import_nominees', { year, mapping, acceptedOnly });
}

/** Planned activities overdue, then those due this month, from the plans running today. */
export function listActivitiesDue(): Promise<ActivityDue[]> {
  return invoke<ActivityDue[]>('list_activities_due');
}

/**
 * The start page: what needs attention today, and the figures of plan period `period`
 * («2026-2027», «2026»; null for the current one).
 */
export function getDashboard(period: string | null): Promise<Dashboard> {
  return invoke<Dashboard>('get_dashboard', { period });
}

/** `month` is 1–12. */
export function getCalendarMonth(year: number, month: number): Promise<CalendarMonth> {
  return invoke<CalendarMonth>('get_calendar_month', { year, month });
}

/** Prints the plan with the chosen columns; `save` as for agreements. */
export function printPlan(
  id: number,
  lang: Lang,
  columns: PlanColumn[],
  save: boolean,
): Promise<string | null> {
  return invoke<string | null>('print_plan', { id, lang, columns, save });
}

export function listEvents(query: EventQuery): Promise<HeldEvent[]> {
  return invoke<HeldEvent[]>('list_events', { query });
}

export function getEvent(id: number): Promise<HeldEvent> {
  return invoke<HeldEvent>('get_event', { id });
}

export function createEvent(input: HeldEventInput): Promise<HeldEvent> {
  return invoke<HeldEvent>('create_event', { input });
}

export function updateEvent(id: number, input: HeldEventInput): Promise<HeldEvent> {
  return invoke<HeldEvent>('update_event', { id, input });
}

export function deleteEvent(id: number): Promise<null> {
  return invoke<null>('delete_event', { id });
}

/** The core asks for the photos with a native dialog; the event comes back as it is now. */
export function addEventPhotos(id: number): Promise<HeldEvent> {
  return invoke<HeldEvent>('add_event_photos', { id });
}

export function removeEventPhoto(photoId: number): Promise<null> {
  return invoke<null>('remove_event_photo', { photoId });
}

export function openEventPhoto(photoId: number): Promise<null> {
  return invoke<null>('open_event_photo', { photoId });
}

/** The monthly report's lines; form names in `lang`. */
export function getMonthReport(year: number, month: number, lang: Lang): Promise<MonthReport> {
  return invoke<MonthReport>('get_month_report', { year, month, lang });
}

/** The indicators of a plan period, «2026» or «2026-2027». */
export function getYearSummary(period: string): Promise<YearSummary> {
  return invoke<YearSummary>('get_year_summary', { period });
}

/** The monthly report as a file: `save` false opens it, true asks where to save it. */
export function printMonthReport(
  year: number,
  month: number,
  lang: Lang,
  format: ReportFormat,
  save: boolean,
): Promise<string | null> {
  return invoke<string | null>('print_month_report', { year, month, lang, format, save });
}

export function printYearSummary(
  period: string,
  lang: Lang,
  format: ReportFormat,
  save: boolean,
): Promise<string | null> {
  return invoke<string | null>('print_year_summary', { period, lang, format, save });
}

/**
 * The album of cooperation of plan period `period`, its events in date order or grouped by
 * partner; `save` false opens it, true asks where to save it.
 */
export function printAlbum(period: string, lang: Lang, order: AlbumOrder, save: boolean): Promise<string | null> {
  return invoke<string | null>('print_album', { period, lang, order, save });
}

/** The kinds of award and the nomination titles (built-in ones named by the locales). */
export function listAwardCatalogs(): Promise<AwardCatalogs> {
  return invoke<AwardCatalogs>('list_award_catalogs');
}

/** Adds the user's own nomination title with the award it usually brings. */
export function addNominationTitle(name: LocalizedName, awardKindId: number): Promise<NominationTitle> {
  return invoke<NominationTitle>('add_nomination_title', { name, awardKindId });
}

/** Adds the user's own kind of award; `prints` whether a certificate is printed for it. */
export function addAwardKind(name: LocalizedName, prints: boolean): Promise<AwardKind> {
  return invoke<AwardKind>('add_award_kind', { name, prints });
}

/** Nominations by year, then title, then name. */
export function listNominations(query: NominationQuery): Promise<Nomination[]> {
  return invoke<Nomination[]>('list_nominations', { query });
}

export function getNomination(id: number): Promise<Nomination> {
  return invoke<Nomination>('get_nomination', { id });
}

export function createNomination(input: NominationInput): Promise<Nomination> {
  return invoke<Nomination>('create_nomination', { input });
}

export function updateNomination(id: number, input: NominationInput): Promise<Nomination> {
  return invoke<Nomination>('update_nomination', { id, input });
}

/** To the trash; refused (`already-registered`) once its certificate is in the register. */
export function deleteNomination(id: number): Promise<null> {
  return invoke<null>('delete_nomination', { id });
}

/** The dative and genitive of the nominee as typed so far (nothing is saved). */
export function declineName(input: NominationInput): Promise<DeclinedName> {
  return invoke<DeclinedName>('decline_name', { input });
}

/**
 * Approves nominations by the director's order (`orderDate` is `YYYY-MM-DD`); those already
 * printed keep their order. Returns how many were approved.
 */
export function approveNominations(ids: number[], orderNumber: string, orderDate: string): Promise<number> {
  return invoke<number>('approve_nominations', { ids, orderNumber, orderDate });
}

/** Records the handing over on `on` (`YYYY-MM-DD`); only a nomination with a certificate. */
export function handOverNomination(id: number, on: string): Promise<Nomination> {
  return invoke<Nomination>('hand_over_nomination', { id, on });
}

/** The template of a kind of award in a language (its defaults until it is saved). */
export function getCertificateTemplate(awardKindId: number, lang: Lang): Promise<CertificateTemplate> {
  return invoke<CertificateTemplate>('get_certificate_template', { awardKindId, lang });
}

export function saveCertificateTemplate(template: CertificateTemplate): Promise<CertificateTemplate> {
  return invoke<CertificateTemplate>('save_certificate_template', { template });
}

/** Back to the defaults, the background picture too. */
export function resetCertificateTemplate(awardKindId: number, lang: Lang): Promise<CertificateTemplate> {
  return invoke<CertificateTemplate>('reset_certificate_template', { awardKindId, lang });
}

/**
 * The core asks for a PNG or JPEG with a native dialog (`clear` removes the picture instead);
 * the template comes back as stored, unchanged if the dialog was cancelled.
 */
export function chooseTemplateBackground(awardKindId: number, lang: Lang, clear: boolean): Promise<CertificateTemplate> {
  return invoke<CertificateTemplate>('choose_template_background', { awardKindId, lang, clear });
}

/** The PDF of a template (saved or not) with a sample nominee, as raw bytes. */
export function previewTemplate(template: CertificateTemplate): Promise<ArrayBuffer> {
  return invoke<ArrayBuffer>('preview_template', { template });
}

/** The PDF of a nomination's certificate as it would print now, issuing nothing. */
export function previewCertificate(id: number, lang: Lang): Promise<ArrayBuffer> {
  return invoke<ArrayBuffer>('preview_certificate', { id, lang });
}

/**
 * Prints the certificates of `ids`, each taking its register number as it prints: into one PDF
 * (`oneFile`, named in a native dialog) or one file each into a folder chosen in a native
 * dialog. `progress` hears how far it has come. Returns where they went, null if a dialog was
 * cancelled.
 */
export function printCertificates(
  ids: number[],
  lang: Lang,
  oneFile: boolean,
  progress: Channel<PrintProgress>,
): Promise<string | null> {
  return invoke<string | null>('print_certificates', { ids, lang, oneFile, progress });
}

/** Stops a printing into a folder after the certificate it is printing. */
export function cancelPrint(): Promise<null> {
  return invoke<null>('cancel_print');
}

/** The journal of issued certificates (of `year`, or all), by year and number. */
export function listCertificateRegister(year: number | null): Promise<CertificateEntry[]> {
  return invoke<CertificateEntry[]>('list_certificate_register', { year });
}

/** The journal as a file: `save` false opens it, true asks where to save it. */
export function printCertificateRegister(
  year: number | null,
  lang: Lang,
  format: ReportFormat,
  save: boolean,
): Promise<string | null> {
  return invoke<string | null>('print_certificate_register', { year, lang, format, save });
}

/** Looks a certificate up by its number or by the text of its QR code («PDSK:…»). */
export function checkCertificate(code: string): Promise<CertificateCheck> {
  return invoke<CertificateCheck>('check_certificate', { code });
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
