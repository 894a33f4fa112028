// Generated from the Rust types of the core (src/bindings.rs). Do not edit by hand:
// run `UPDATE_BINDINGS=1 cargo test bindings` after changing them.

export type Lang = "ru" | "kk" | "en";

export type ErrorCode = "name-empty" | "too-long" | "email-invalid" | "control-chars" | "contact-name-empty" | "not-found" | "category-unknown" | "catalog-name-empty" | "date-invalid" | "date-order" | "pattern-invalid" | "already-registered" | "already-renewed" | "agreement-terminated" | "database-too-new" | "not-a-database" | "database-corrupt" | "database-not-empty" | "read-only" | "disk-full" | "database-busy" | "storage" | "file" | "image-invalid" | "language-unknown" | "viewer-failed" | "out-of-range" | "profile-key-unknown" | "partner-ambiguous" | "agreement-ambiguous" | "date-outside-term" | "scan-invalid" | "import-invalid" | "format-unknown" | "export-failed" | "period-invalid" | "plan-exists" | "has-events" | "activity-other-partner" | "month-invalid" | "required" | "import-refused" | "in-trash" | "nothing-to-undo" | "not-approved" | "code-mismatch" | "colour-invalid" | "nothing-to-print" | "register-no-undo" | "no-file-chosen" | "table-too-large" | "table-empty" | "file-exists" | "image-too-large" | "file-too-large" | "order-unknown" | "export-unreadable";

export type Field = "name" | "short-name" | "category" | "address" | "phones" | "email" | "website" | "notes" | "contact-name" | "contact-position" | "contact-phone" | "contact-email" | "catalog-name" | "partner" | "partner-number" | "title" | "signed-on" | "valid-from" | "valid-to" | "partner-position" | "partner-head" | "partner-in-person" | "head-position" | "head-name" | "head-in-person" | "city" | "bin" | "bank-details" | "number-pattern" | "start-number" | "terminated-on" | "clause" | "period" | "goal" | "activity" | "responsible" | "social-effect" | "held-on" | "time" | "place" | "ages" | "result" | "media-link" | "approver-position" | "approver-name" | "approved-on" | "approval-order" | "pupil-count" | "participants" | "year" | "surname" | "given-name" | "patronymic" | "name-dative" | "name-genitive" | "reason" | "proposed-by" | "certificate-pattern";

export type ErrorPayload = { code: ErrorCode, message: string, details: { [key in string]: string }, };

export type AppState = { db_path: string, 
/**
 * Set when the database could not be opened; the UI shows it instead of the register.
 */
open_error: ErrorPayload | null, language: Lang | null, first_run: boolean, version: string, 
/**
 * Today as the core reckons it (ISO date): statuses and new records use this day.
 */
today: string, 
/**
 * The school year today falls in: the default term of a new agreement and plan.
 */
school_year: SchoolYear, };

export type SchoolYear = { 
/**
 * «2026-2027».
 */
code: string, start_year: number, 
/**
 * ISO dates of its first and last day.
 */
first_day: string, last_day: string, };

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
agreement_number_pattern: string, agreement_start_number: number, 
/**
 * The certificate register's number pattern, like the agreements'.
 */
certificate_number_pattern: string, 
/**
 * How many pupils the organisation has: the report's «per 100 pupils» needs it (0: not set).
 */
pupil_count: number, has_logo: boolean, has_stamp: boolean, has_signature: boolean, };

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

export type PlanKind = "calendar" | "school";

export type MonthRange = { from: number, to: number, };

export type ActivityPeriod = { "kind": "year" } | { "kind": "times", count: number, } | { "kind": "months", ranges: Array<MonthRange>, } | { "kind": "quarters", quarters: Array<number>, } | { "kind": "dates", dates: Array<string>, };

export type ActivityStatus = "done" | "overdue" | "due" | "planned";

export type Fulfilment = { 
/**
 * Events expected.
 */
expected: number, 
/**
 * Of those, held within their window.
 */
held: number, 
/**
 * Of those expected, whose window has already closed (the held ones included).
 */
due: number, 
/**
 * Held as a share of expected, in whole percent (100 when nothing is expected); kept in
 * step by `new` and `add`.
 */
percent: number, };

export type Plan = { id: number, kind: PlanKind, 
/**
 * «2026» or «2026-2027».
 */
period: string, start_year: number, 
/**
 * The period's first and last days (ISO).
 */
first_day: string, last_day: string, 
/**
 * The user's own title; empty means the standard one in the document's language.
 */
title: string, 
/**
 * Who approves it; empty means the organisation's head from the profile.
 */
approver_position: string, approver_name: string, approved_on: string | null, 
/**
 * «Приказ № 45 от 28.08.2026», printed under the approval when given.
 */
approval_order: string, rows: number, fulfilment: Fulfilment, created_at: string, updated_at: string, };

export type PlanInput = { kind: PlanKind, start_year: number, title: string, approver_position: string, approver_name: string, approved_on: string | null, approval_order: string, };

export type Activity = { id: number, row_id: number, title: string, form_id: number | null, period: ActivityPeriod, 
/**
 * The period as printed, in each language («Декабрь–январь»).
 */
period_label: LocalizedName, status: ActivityStatus, fulfilment: Fulfilment, 
/**
 * The events held for it, by date.
 */
event_ids: number[], 
/**
 * Their dates, in the same order.
 */
held_on: Array<string>, };

export type ActivityInput = { id: number | null, title: string, form_id: number | null, period: ActivityPeriod, };

export type PlanRow = { id: number, plan_id: number, partner_id: number, partner_name: string, 
/**
 * The category heading the row stands under.
 */
group_id: number, goal: string, responsible: string, social_effect: string, activities: Array<Activity>, fulfilment: Fulfilment, };

export type PlanRowInput = { partner_id: number, group_id: number | null, goal: string, responsible: string, social_effect: string, activities: Array<ActivityInput>, };

export type PlanGroup = { id: number, name: LocalizedName, rows: Array<PlanRow>, fulfilment: Fulfilment, };

export type PlanSheet = { plan: Plan, groups: Array<PlanGroup>, };

export type PlanColumn = "goal" | "activities" | "period" | "responsible" | "social-effect";

export type ActivityDue = { plan_id: number, period: string, activity_id: number, partner_id: number, partner_name: string, title: string, activity_period: ActivityPeriod, 
/**
 * The period as printed, in each language.
 */
period_label: LocalizedName, status: ActivityStatus, fulfilment: Fulfilment, };

export type PlannedItem = { plan_id: number, activity_id: number, partner_id: number, partner_name: string, title: string, period: ActivityPeriod, 
/**
 * The window (ISO dates); for a planned date, `day` is that date.
 */
from: string, to: string, day: string | null, 
/**
 * An event held fills this window.
 */
held: boolean, status: ActivityStatus, };

export type CalendarMonth = { year: number, month: number, planned: Array<PlannedItem>, events: Array<HeldEvent>, };

export type Attention = { 
/**
 * Agreements ending within 30 days, the one ending soonest first.
 */
expiring: Array<Agreement>, 
/**
 * Planned activities whose window closed without an event held.
 */
overdue: Array<ActivityDue>, 
/**
 * Planned activities due this month.
 */
due_this_month: Array<ActivityDue>, 
/**
 * Nominations approved by order whose certificate is not printed yet.
 */
unprinted: Array<Nomination>, };

export type CategoryCount = { category_id: number, name: LocalizedName, partners: number, };

export type CategoryFulfilment = { category_id: number, name: LocalizedName, fulfilment: Fulfilment, };

export type Dashboard = { attention: Attention, 
/**
 * The period the charts show, as a code («2026-2027» or «2026»).
 */
period: string, 
/**
 * The periods one can switch to: every plan's and the current one, latest first.
 */
periods: Array<string>, 
/**
 * Whether the period has a plan (without one nothing is planned).
 */
has_plan: boolean, 
/**
 * Activities planned and events held, per month of the period.
 */
months: Array<MonthFigures>, 
/**
 * Active partners per category, the largest first.
 */
partners_by_category: Array<CategoryCount>, 
/**
 * The plan's fulfilment per category heading, in the plan's order.
 */
fulfilment_by_category: Array<CategoryFulfilment>, 
/**
 * Everyone who took part in the period's events, by kind.
 */
participants: Participants, events: number, fulfilment: Fulfilment, };

export type Participants = { children: number, parents: number, teachers: number, others: number, };

export type EventPhoto = { id: number, 
/**
 * The file name the app gave it (only such names are ever opened).
 */
file: string, 
/**
 * The name it had when it was added.
 */
original_name: string, };

export type HeldEvent = { id: number, 
/**
 * ISO date.
 */
held_on: string, 
/**
 * «HH:MM», or empty.
 */
time: string, partner_id: number, partner_name: string, 
/**
 * The planned activity it fulfils, if any.
 */
activity_id: number | null, activity_title: string | null, title: string, form_id: number | null, place: string, participants: Participants, 
/**
 * «7–10 лет».
 */
ages: string, 
/**
 * Organised by the parents themselves (an indicator of the report).
 */
by_parents: boolean, responsible: string, result: string, media_link: string, photos: Array<EventPhoto>, created_at: string, updated_at: string, };

export type HeldEventInput = { held_on: string, time: string, partner_id: number, activity_id: number | null, title: string, form_id: number | null, place: string, participants: Participants, ages: string, by_parents: boolean, responsible: string, result: string, media_link: string, };

export type EventQuery = { from: string | null, to: string | null, partner_id: number | null, activity_id: number | null, };

export type ReportLine = { event_id: number, partner: string, title: string, 
/**
 * The form's name in the report's language.
 */
form: string, held_on: string, time: string, place: string, participants: Participants, ages: string, responsible: string, media_link: string, };

export type MonthReport = { year: number, month: number, lines: Array<ReportLine>, participants: Participants, };

export type MonthFigures = { year: number, month: number, 
/**
 * Planned activities whose window is this month (year-long ones are not counted).
 */
planned: number, held: number, participants: Participants, };

export type PartnerFigures = { partner_id: number, partner_name: string, category: LocalizedName, held: number, fulfilment: Fulfilment, };

export type YearSummary = { period: string, months: Array<MonthFigures>, partners: Array<PartnerFigures>, 
/**
 * Over the plan of the period, if there is one.
 */
fulfilment: Fulfilment, events: number, participants: Participants, 
/**
 * Events with at least one parent taking part.
 */
events_with_parents: number, 
/**
 * Those as a share of all events, in whole percent.
 */
events_with_parents_percent: number, 
/**
 * Events the parents organised themselves.
 */
events_by_parents: number, 
/**
 * The pupil count from the organisation profile (0 when not given).
 */
pupils: number, 
/**
 * Events organised by parents per 100 pupils (none without a pupil count).
 */
by_parents_per_100_pupils: number | null, };

export type ReportFormat = "pdf" | "xlsx";

export type AlbumOrder = "by-date" | "by-partner";

export type PlanField = "group" | "partner" | "goal" | "activities" | "period" | "responsible" | "social-effect" | "skip";

export type PlanMapping = { columns: Array<PlanField>, header: boolean, };

export type ImportIssue = { code: string, args: { [key in string]: string }, 
/**
 * The row cannot be imported.
 */
refused: boolean, };

export type ImportedActivity = { title: string, period: ActivityPeriod, 
/**
 * The period as it was written.
 */
period_text: string, 
/**
 * It could not be read and is recorded as «throughout the year».
 */
period_unread: boolean, };

export type PlanImportRow = { 
/**
 * The row's number in the file (1 is the first row).
 */
line: number, group: string, partner: string, 
/**
 * The partner in the register, when there is one by that name.
 */
partner_id: number | null, goal: string, responsible: string, social_effect: string, activities: Array<ImportedActivity>, issues: Array<ImportIssue>, accepted: boolean, };

export type PlanImportPreview = { period: string, 
/**
 * A plan for the period exists: rows are added to its end.
 */
plan_exists: boolean, mapping: PlanMapping, 
/**
 * The first rows of the file as they are, for choosing the mapping.
 */
sample: Array<Array<string>>, columns: number, rows: Array<PlanImportRow>, accepted: number, refused: number, 
/**
 * Partners that will be added to the register.
 */
new_partners: Array<string>, 
/**
 * Headings that will become new categories.
 */
new_groups: Array<string>, };

export type PlanImportResult = { plan_id: number, rows: number, partners_created: number, refused: number, };

export type TrashKind = "plan" | "plan-row" | "event" | "nomination";

export type TrashItem = { kind: TrashKind, id: number, 
/**
 * What it is: a plan's period, a row's partner, an event's title.
 */
title: string, 
/**
 * Where it belonged: the row's plan, the event's date and partner.
 */
detail: string, deleted_at: string, 
/**
 * The day it is deleted for good (ISO date).
 */
purge_on: string, };

export type PartnerField = "name" | "short-name" | "category" | "kind" | "address" | "phones" | "email" | "website" | "contacts" | "notes" | "skip";

export type PartnerMapping = { columns: Array<PartnerField>, header: boolean, };

export type PartnerImportRow = { line: number, name: string, 
/**
 * The category as written (empty: the «other partners» category).
 */
category: string, internal: boolean, contacts: Array<string>, issues: Array<ImportIssue>, accepted: boolean, };

export type PartnerImportPreview = { mapping: PartnerMapping, sample: Array<Array<string>>, columns: number, rows: Array<PartnerImportRow>, accepted: number, refused: number, new_categories: Array<string>, };

export type PartnerImportResult = { created: number, refused: number, };

export type Gender = "female" | "male";

export type Case = "nominative" | "genitive" | "dative";

export type NomineeKind = "person" | "family" | "collective" | "organisation";

export type NomineeRole = "teacher" | "partner" | "parent" | "pupil" | "other";

export type NominationStatus = "proposed" | "approved" | "printed" | "handed";

export type AwardKind = { id: number, code: string, builtin: boolean, name: LocalizedName, 
/**
 * Whether a certificate is printed (a valuable prize is only entered in the register).
 */
prints: boolean, };

export type NominationTitle = { id: number, code: string, builtin: boolean, name: LocalizedName, award_kind_id: number, };

export type AwardCatalogs = { kinds: Array<AwardKind>, titles: Array<NominationTitle>, };

export type Nomination = { id: number, year: number, title_id: number, title: LocalizedName, award_kind_id: number, award_kind: LocalizedName, nominee_kind: NomineeKind, surname: string, given_name: string, patronymic: string, gender: Gender | null, 
/**
 * A family's, collective's or organisation's name.
 */
name: string, 
/**
 * The nominee as printed after «награждается»: «Иванова Мария Петровна».
 */
nominative: string, 
/**
 * «Ивановой Марии Петровне»: typed by hand, or computed.
 */
dative: string, genitive: string, 
/**
 * The dative and genitive were typed by hand (else they are computed).
 */
dative_by_hand: boolean, genitive_by_hand: boolean, role: NomineeRole, partner_id: number | null, partner_name: string | null, 
/**
 * The reason as printed, per language («за активное участие …»).
 */
reason: LocalizedName, proposed_by: string, order_number: string, order_date: string | null, handed_on: string | null, notes: string, status: NominationStatus, certificate_number: string | null, issued_on: string | null, created_at: string, updated_at: string, };

export type NominationInput = { year: number, title_id: number, 
/**
 * The kind of award; empty means the title's usual one.
 */
award_kind_id: number | null, nominee_kind: NomineeKind, surname: string, given_name: string, patronymic: string, gender: Gender | null, name: string, name_dative: string, name_genitive: string, role: NomineeRole, partner_id: number | null, reason: LocalizedName, proposed_by: string, notes: string, };

export type NominationQuery = { year: number | null, status: NominationStatus | null, title_id: number | null, award_kind_id: number | null, };

export type DeclinedName = { nominative: string, dative: string, genitive: string, 
/**
 * The gender the forms were made for (given, or guessed from the name).
 */
gender: Gender | null, };

export type CertificateEntry = { number: string, nomination_id: number, nominee: string, title: LocalizedName, award_kind: LocalizedName, order_number: string, order_date: string | null, issued_on: string, 
/**
 * The code printed in the QR code: «PDSK:<number>:<checksum>».
 */
code: string, };

export type CheckVerdict = "genuine" | "mismatch" | "number-only" | "not-found";

export type CertificateCheck = { verdict: CheckVerdict, 
/**
 * The register holds this number.
 */
found: boolean, 
/**
 * The checksum read matches the register's (false when none was given).
 */
checksum_ok: boolean, entry: CertificateEntry | null, };

export type CertificateTemplate = { award_kind_id: number, lang: Lang, 
/**
 * «ГРАМОТА», «АЛҒЫС ХАТ».
 */
title: string, 
/**
 * The words before the name: «награждается», «выражает благодарность».
 */
lead: string, 
/**
 * The case the name is printed in: the dative after «выражает благодарность».
 */
name_case: Case, 
/**
 * The words after the reason: «марапатталады».
 */
closing: string, border: BorderStyle, 
/**
 * Colours as «#RRGGBB»: the title and frame, the ornaments.
 */
primary: string, accent: string, landscape: boolean, show_logo: boolean, show_signature: boolean, show_stamp: boolean, has_background: boolean, 
/**
 * Saved by the user (else the defaults are shown).
 */
edited: boolean, };

export type PrintProgress = { done: number, total: number, };

export type BorderStyle = "classic" | "ornament" | "laurel" | "ribbon" | "simple";

export type Register = "partners" | "agreements" | "events" | "certificates";

export type NomineeField = "surname" | "given-name" | "patronymic" | "gender" | "role" | "title" | "reason" | "skip";

export type NomineeMapping = { columns: Array<NomineeField>, header: boolean, reason_lang: Lang, };

export type NomineeImportRow = { line: number, nominee: string, dative: string, title: string, issues: Array<ImportIssue>, accepted: boolean, };

export type NomineeImportPreview = { mapping: NomineeMapping, sample: Array<Array<string>>, columns: number, rows: Array<NomineeImportRow>, accepted: number, refused: number, new_titles: Array<string>, };
