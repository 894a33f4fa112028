// Generated from the Rust types of the core (src/bindings.rs). Do not edit by hand:
// run `UPDATE_BINDINGS=1 cargo test bindings` after changing them.

export type Lang = "ru" | "kk" | "en";

export type ErrorCode = "name-empty" | "too-long" | "email-invalid" | "control-chars" | "contact-name-empty" | "not-found" | "category-unknown" | "catalog-name-empty" | "database-too-new" | "not-a-database" | "database-corrupt" | "database-not-empty" | "read-only" | "disk-full" | "database-busy" | "storage" | "file";

export type Field = "name" | "short-name" | "category" | "address" | "phones" | "email" | "website" | "notes" | "contact-name" | "contact-position" | "contact-phone" | "contact-email" | "catalog-name";

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
