// Generated from the Rust types of the core (src/bindings.rs). Do not edit by hand:
// run `UPDATE_BINDINGS=1 cargo test bindings` after changing them.

export type Lang = "ru" | "kk" | "en";

export type ErrorCode = "name-empty" | "too-long" | "email-invalid" | "control-chars" | "contact-name-empty" | "not-found" | "category-unknown" | "catalog-name-empty" | "date-invalid" | "date-order" | "pattern-invalid" | "already-registered" | "already-renewed" | "agreement-terminated" | "database-too-new" | "not-a-database" | "database-corrupt" | "database-not-empty" | "read-only" | "disk-full" | "database-busy" | "storage" | "file" | "image-invalid" | "language-unknown" | "viewer-failed" | "out-of-range" | "profile-key-unknown" | "partner-ambiguous" | "agreement-ambiguous" | "date-outside-term" | "scan-invalid" | "import-invalid" | "format-unknown" | "export-failed";

export type Field = "name" | "short-name" | "category" | "address" | "phones" | "email" | "website" | "notes" | "contact-name" | "contact-position" | "contact-phone" | "contact-email" | "catalog-name" | "partner" | "partner-number" | "title" | "signed-on" | "valid-from" | "valid-to" | "partner-position" | "partner-head" | "partner-in-person" | "head-position" | "head-name" | "head-in-person" | "city" | "bin" | "bank-details" | "number-pattern" | "start-number" | "terminated-on" | "clause";

export type ErrorPayload = { code: ErrorCode, message: string, details: { [key in string]: string }, };

export type AppState = { db_path: string, 
/**
 * Set when the database could not be opened; the UI shows it instead of the register.
 */
open_error: ErrorPayload | null, language: Lang | null, first_run: boolean, version: string, };

export type CatalogList = "category" | "direction" | "form";

export type LocalizedName = { ru: string, kk: string, en: string, };

export type CatalogEntry = { id: number, list: CatalogList, 
/**
 * Stable code: `education`, `patriotic` … for built-ins, `custom-<n>` for the user's own.
 */
code: string, builtin: boolean, name: LocalizedName, 
/**
 * For categories: whether partners of this category are usually internal.
 */
internal: boolean, };

export type Catalogs = { categories: Array<CatalogEntry>, directions: Array<CatalogEntry>, forms: Array<CatalogEntry>, };

export type CatalogInput = { ru: string, kk: string, en: string, internal: boolean, };

export type Contact = { id: number, name: string, position: string, phone: string, email: string, };

export type ContactInput = { id: number | null, name: string, position: string, phone: string, email: string, };

export type Partner = { id: number, name: string, short_name: string, category_id: number, internal: boolean, direction_ids: number[], form_ids: number[], address: string, phones: string, email: string, website: string, notes: string, contacts: Array<Contact>, 
/**
 * RFC 3339, UTC.
 */
created_at: string, updated_at: string, 
/**
 * Set when the partner is archived (RFC 3339, UTC).
 */
archived_at: string | null, };

export type PartnerInput = { name: string, short_name: string, category_id: number, internal: boolean, direction_ids: number[], form_ids: number[], address: string, phones: string, email: string, website: string, notes: string, contacts: Array<ContactInput>, };

export type PartnerSummary = { id: number, name: string, short_name: string, category_id: number, internal: boolean, 
/**
 * The first contact person's name, or empty.
 */
contact: string, contact_count: number, phones: string, email: string, updated_at: string, archived: boolean, };

export type SimilarPartner = { id: number, name: string, archived: boolean, };

export type SavedPartner = { partner: Partner, similar: Array<SimilarPartner>, };

export type KindFilter = "all" | "internal" | "external";

export type ArchivedFilter = "active" | "archived" | "all";

export type PartnerSort = "name" | "category" | "contact" | "updated";

export type SortDirection = "asc" | "desc";

export type PartnerQuery = { 
/**
 * Words typed in the search box; each matches a word prefix, all must match.
 */
search: string, category_id: number | null, kind: KindFilter, direction_id: number | null, archived: ArchivedFilter, sort: PartnerSort, direction: SortDirection, };

export type Organisation = { full_name: LocalizedName, short_name: LocalizedName, 
/**
 * The head's position as signed («Директор»).
 */
head_position: LocalizedName, 
/**
 * The head's name as signed («М. П. Иванова»).
 */
head_name: LocalizedName, 
/**
 * The head as a preamble names them after «в лице» («директора Ивановой Марии Петровны»).
 */
head_in_person: LocalizedName, address: LocalizedName, city: LocalizedName, 
/**
 * БИН (Kazakhstan) or ИНН (Russia).
 */
bin: string, bank_details: string, phone: string, email: string, 
/**
 * The agreement register's number pattern: `{n}` the number, `{yyyy}`/`{yy}` the year.
 */
agreement_number_pattern: string, agreement_start_number: number, has_logo: boolean, has_stamp: boolean, has_signature: boolean, };

export type ProfileImage = "logo" | "stamp" | "signature";

export type DocLang = "ru" | "kk" | "en" | "kkru";

export type AgreementStatus = "draft" | "active" | "expiring" | "expired" | "terminated" | "renewed";

export type Agreement = { id: number, partner_id: number, partner_name: string, 
/**
 * The organisation's register number («12/2026»), set when registered.
 */
register_number: string | null, 
/**
 * The partner's own number, printed after ours with a slash.
 */
partner_number: string, 
/**
 * Both numbers as printed: «12/2026 / 45-П».
 */
number: string, title: string, language: DocLang, 
/**
 * Dates are ISO `YYYY-MM-DD`.
 */
signed_on: string | null, valid_from: string, valid_to: string, partner_position: LocalizedName, partner_head: LocalizedName, partner_in_person: LocalizedName, terminated_on: string | null, renews_id: number | null, renewed_by_id: number | null, has_scan: boolean, notes: string, status: AgreementStatus, 
/**
 * Days from today to the last day of the term (negative once it has passed).
 */
days_left: number | null, created_at: string, updated_at: string, };

export type AgreementInput = { partner_id: number, partner_number: string, title: string, language: DocLang, signed_on: string | null, valid_from: string, valid_to: string, partner_position: LocalizedName, partner_head: LocalizedName, partner_in_person: LocalizedName, notes: string, };

export type AgreementQuery = { partner_id: number | null, status: AgreementStatus | null, year: number | null, };

export type Clause = { 
/**
 * The template message id («agreement-subject-1»).
 */
id: string, text: string, 
/**
 * Edited for this agreement (not the template's text).
 */
edited: boolean, };

export type AgreementSection = { id: string, title: string, clauses: Array<Clause>, };

export type BackupKind = "daily" | "migration" | "restore" | "manual";

export type BackupInfo = { file_name: string, path: string, 
/**
 * Local time the backup was taken, `YYYY-MM-DDTHH:MM:SS`.
 */
taken_at: string, kind: BackupKind, size_bytes: number, };
