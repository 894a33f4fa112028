//! The core's typed errors. Each has a stable code from a closed set; the UI and the CLI show
//! the Fluent message `error-<code>` with `details` as its arguments. Nobody matches on text.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A field of a form, named in errors so the UI can point at it (`field-<code>` in locales).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Name,
    ShortName,
    Category,
    Address,
    Phones,
    Email,
    Website,
    Notes,
    ContactName,
    ContactPosition,
    ContactPhone,
    ContactEmail,
    CatalogName,
    Partner,
    PartnerNumber,
    Title,
    SignedOn,
    ValidFrom,
    ValidTo,
    PartnerPosition,
    PartnerHead,
    PartnerInPerson,
    HeadPosition,
    HeadName,
    HeadInPerson,
    City,
    Bin,
    BankDetails,
    NumberPattern,
    StartNumber,
    TerminatedOn,
    Clause,
    Period,
    Goal,
    Activity,
    Responsible,
    SocialEffect,
    HeldOn,
    Time,
    Place,
    Ages,
    Result,
    MediaLink,
    ApproverPosition,
    ApproverName,
    ApprovedOn,
    ApprovalOrder,
    PupilCount,
    Participants,
    Year,
    Surname,
    GivenName,
    Patronymic,
    NameDative,
    NameGenitive,
    Reason,
    ProposedBy,
    CertificatePattern,
}

impl Field {
    pub fn code(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::ShortName => "short-name",
            Field::Category => "category",
            Field::Address => "address",
            Field::Phones => "phones",
            Field::Email => "email",
            Field::Website => "website",
            Field::Notes => "notes",
            Field::ContactName => "contact-name",
            Field::ContactPosition => "contact-position",
            Field::ContactPhone => "contact-phone",
            Field::ContactEmail => "contact-email",
            Field::CatalogName => "catalog-name",
            Field::Partner => "partner",
            Field::PartnerNumber => "partner-number",
            Field::Title => "title",
            Field::SignedOn => "signed-on",
            Field::ValidFrom => "valid-from",
            Field::ValidTo => "valid-to",
            Field::PartnerPosition => "partner-position",
            Field::PartnerHead => "partner-head",
            Field::PartnerInPerson => "partner-in-person",
            Field::HeadPosition => "head-position",
            Field::HeadName => "head-name",
            Field::HeadInPerson => "head-in-person",
            Field::City => "city",
            Field::Bin => "bin",
            Field::BankDetails => "bank-details",
            Field::NumberPattern => "number-pattern",
            Field::StartNumber => "start-number",
            Field::TerminatedOn => "terminated-on",
            Field::Clause => "clause",
            Field::Period => "period",
            Field::Goal => "goal",
            Field::Activity => "activity",
            Field::Responsible => "responsible",
            Field::SocialEffect => "social-effect",
            Field::HeldOn => "held-on",
            Field::Time => "time",
            Field::Place => "place",
            Field::Ages => "ages",
            Field::Result => "result",
            Field::MediaLink => "media-link",
            Field::ApproverPosition => "approver-position",
            Field::ApproverName => "approver-name",
            Field::ApprovedOn => "approved-on",
            Field::ApprovalOrder => "approval-order",
            Field::PupilCount => "pupil-count",
            Field::Participants => "participants",
            Field::Year => "year",
            Field::Surname => "surname",
            Field::GivenName => "given-name",
            Field::Patronymic => "patronymic",
            Field::NameDative => "name-dative",
            Field::NameGenitive => "name-genitive",
            Field::Reason => "reason",
            Field::ProposedBy => "proposed-by",
            Field::CertificatePattern => "certificate-pattern",
        }
    }
}

/// The closed set of error codes; the TypeScript union of the same name is generated from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    NameEmpty,
    TooLong,
    EmailInvalid,
    ControlChars,
    ContactNameEmpty,
    NotFound,
    CategoryUnknown,
    CatalogNameEmpty,
    DateInvalid,
    DateOrder,
    PatternInvalid,
    AlreadyRegistered,
    AlreadyRenewed,
    AgreementTerminated,
    DatabaseTooNew,
    NotADatabase,
    DatabaseCorrupt,
    DatabaseNotEmpty,
    ReadOnly,
    DiskFull,
    DatabaseBusy,
    Storage,
    File,
    ImageInvalid,
    LanguageUnknown,
    ViewerFailed,
    OutOfRange,
    ProfileKeyUnknown,
    PartnerAmbiguous,
    AgreementAmbiguous,
    DateOutsideTerm,
    ScanInvalid,
    ImportInvalid,
    FormatUnknown,
    ExportFailed,
    PeriodInvalid,
    PlanExists,
    HasEvents,
    ActivityOtherPartner,
    MonthInvalid,
    Required,
    ImportRefused,
    InTrash,
    NothingToUndo,
    NotApproved,
    CodeMismatch,
    ColourInvalid,
    NothingToPrint,
    RegisterNoUndo,
    NoFileChosen,
    TableTooLarge,
    TableEmpty,
    FileExists,
    ImageTooLarge,
    FileTooLarge,
    OrderUnknown,
    ExportUnreadable,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NameEmpty => "name-empty",
            ErrorCode::TooLong => "too-long",
            ErrorCode::EmailInvalid => "email-invalid",
            ErrorCode::ControlChars => "control-chars",
            ErrorCode::ContactNameEmpty => "contact-name-empty",
            ErrorCode::NotFound => "not-found",
            ErrorCode::CategoryUnknown => "category-unknown",
            ErrorCode::CatalogNameEmpty => "catalog-name-empty",
            ErrorCode::DateInvalid => "date-invalid",
            ErrorCode::DateOrder => "date-order",
            ErrorCode::PatternInvalid => "pattern-invalid",
            ErrorCode::AlreadyRegistered => "already-registered",
            ErrorCode::AlreadyRenewed => "already-renewed",
            ErrorCode::AgreementTerminated => "agreement-terminated",
            ErrorCode::DatabaseTooNew => "database-too-new",
            ErrorCode::NotADatabase => "not-a-database",
            ErrorCode::DatabaseCorrupt => "database-corrupt",
            ErrorCode::DatabaseNotEmpty => "database-not-empty",
            ErrorCode::ReadOnly => "read-only",
            ErrorCode::DiskFull => "disk-full",
            ErrorCode::DatabaseBusy => "database-busy",
            ErrorCode::Storage => "storage",
            ErrorCode::File => "file",
            ErrorCode::ImageInvalid => "image-invalid",
            ErrorCode::LanguageUnknown => "language-unknown",
            ErrorCode::ViewerFailed => "viewer-failed",
            ErrorCode::OutOfRange => "out-of-range",
            ErrorCode::ProfileKeyUnknown => "profile-key-unknown",
            ErrorCode::PartnerAmbiguous => "partner-ambiguous",
            ErrorCode::AgreementAmbiguous => "agreement-ambiguous",
            ErrorCode::DateOutsideTerm => "date-outside-term",
            ErrorCode::ScanInvalid => "scan-invalid",
            ErrorCode::ImportInvalid => "import-invalid",
            ErrorCode::FormatUnknown => "format-unknown",
            ErrorCode::ExportFailed => "export-failed",
            ErrorCode::PeriodInvalid => "period-invalid",
            ErrorCode::PlanExists => "plan-exists",
            ErrorCode::HasEvents => "has-events",
            ErrorCode::ActivityOtherPartner => "activity-other-partner",
            ErrorCode::MonthInvalid => "month-invalid",
            ErrorCode::Required => "required",
            ErrorCode::ImportRefused => "import-refused",
            ErrorCode::InTrash => "in-trash",
            ErrorCode::NothingToUndo => "nothing-to-undo",
            ErrorCode::NotApproved => "not-approved",
            ErrorCode::CodeMismatch => "code-mismatch",
            ErrorCode::ColourInvalid => "colour-invalid",
            ErrorCode::NothingToPrint => "nothing-to-print",
            ErrorCode::RegisterNoUndo => "register-no-undo",
            ErrorCode::NoFileChosen => "no-file-chosen",
            ErrorCode::TableTooLarge => "table-too-large",
            ErrorCode::TableEmpty => "table-empty",
            ErrorCode::FileExists => "file-exists",
            ErrorCode::ImageTooLarge => "image-too-large",
            ErrorCode::FileTooLarge => "file-too-large",
            ErrorCode::OrderUnknown => "order-unknown",
            ErrorCode::ExportUnreadable => "export-unreadable",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the name is empty")]
    NameEmpty,
    #[error("{} is longer than {max} characters", field.code())]
    TooLong { field: Field, max: usize, index: Option<usize> },
    #[error("{} is not a valid e-mail address", field.code())]
    EmailInvalid { field: Field, index: Option<usize> },
    #[error("{} contains control characters", field.code())]
    ControlChars { field: Field, index: Option<usize> },
    #[error("contact person {} has no name", index + 1)]
    ContactNameEmpty { index: usize },
    #[error("{entity} {id} was not found")]
    NotFound { entity: &'static str, id: String },
    #[error("unknown category «{0}»")]
    CategoryUnknown(String),
    #[error("the new entry has no name")]
    CatalogNameEmpty,
    #[error("{}: «{value}» is not a date (YYYY-MM-DD)", field.code())]
    DateInvalid { field: Field, value: String },
    #[error("the end date is before the start date")]
    DateOrder,
    #[error("the number pattern «{value}» has no {{n}} or no year")]
    PatternInvalid { field: Field, value: String },
    #[error("the agreement is registered already as {0}")]
    AlreadyRegistered(String),
    #[error("the agreement was renewed already")]
    AlreadyRenewed,
    #[error("the agreement is terminated")]
    AgreementTerminated,
    #[error("the database was written by a newer Partnerdesk (schema {found}; this version knows up to {supported})")]
    DatabaseTooNew { found: i64, supported: i64 },
    #[error("{path} is not a Partnerdesk database")]
    NotADatabase { path: String },
    #[error("the database is damaged")]
    DatabaseCorrupt,
    #[error("the database already holds partners")]
    DatabaseNotEmpty,
    #[error("storage: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("{path}: {source}")]
    File { path: String, source: std::io::Error },
    /// Bytes that are not a PNG or JPEG we can use.
    #[error("the image cannot be read: {reason}")]
    ImageInvalid { reason: String },
    #[error("unknown document language «{0}» (ru, kk, en or kk+ru)")]
    LanguageUnknown(String),
    /// The file was written, but no program could open it.
    #[error("{path} was saved but could not be opened: {reason}")]
    ViewerFailed { path: String, reason: String },
    #[error("{} must be from {min} to {max}", field.code())]
    OutOfRange { field: Field, min: i64, max: i64 },
    #[error("unknown profile key «{0}»")]
    ProfileKeyUnknown(String),
    #[error("several partners are named «{0}»; give the id")]
    PartnerAmbiguous(String),
    #[error("several agreements have the number «{0}»; give the id")]
    AgreementAmbiguous(String),
    #[error("{}: the date is outside the agreement's term", field.code())]
    DateOutsideTerm { field: Field },
    /// A signed scan must be a PDF, PNG or JPEG file, stored under a name the app made.
    #[error("not a usable scan (PDF, PNG or JPEG)")]
    ScanInvalid,
    #[error("the file cannot be imported: {reason}")]
    ImportInvalid { reason: String },
    #[error("{0}: write .csv or .xlsx")]
    FormatUnknown(String),
    #[error("the table could not be written: {reason}")]
    ExportFailed { reason: String },
    #[error("«{value}» is not a period of a plan activity")]
    PeriodInvalid { value: String, index: Option<usize> },
    #[error("there is a plan for {0} already")]
    PlanExists(String),
    #[error("events held are recorded for it ({count}); it keeps its history")]
    HasEvents { count: i64 },
    #[error("the planned activity belongs to another partner's row")]
    ActivityOtherPartner,
    #[error("«{0}» is not a month (YYYY-MM) or a plan period (2026 or 2026-2027)")]
    MonthInvalid(String),
    #[error("{} is required", field.code())]
    Required { field: Field },
    #[error("{count} rows cannot be imported; nothing was imported")]
    ImportRefused { count: i64 },
    #[error("the plan for {0} is in the trash; restore it")]
    InTrash(String),
    #[error("there is no change to undo")]
    NothingToUndo,
    #[error("the nomination is not approved by an order yet")]
    NotApproved,
    #[error("the certificate's code does not match the register")]
    CodeMismatch,
    #[error("«{0}» is not a colour (#RRGGBB)")]
    ColourInvalid(String),
    #[error("nothing to print: none of these awards prints a certificate")]
    NothingToPrint,
    #[error("the last change gave out a register number, which is never taken back")]
    RegisterNoUndo,
    #[error("no file is chosen to import")]
    NoFileChosen,
    #[error("the table is larger than {max_rows} rows or {max_mb} MB")]
    TableTooLarge { max_rows: i64, max_mb: i64 },
    #[error("the workbook has no sheets")]
    TableEmpty,
    #[error("the picture is larger than {max_mb} MB")]
    ImageTooLarge { max_mb: i64 },
    #[error("the file is larger than {max_mb} MB")]
    FileTooLarge { max_mb: i64 },
    #[error("unknown order {0:?}")]
    OrderUnknown(String),
    #[error("not a Partnerdesk export that can be read: {detail}")]
    ExportUnreadable { detail: String },
    #[error("{path} exists already")]
    FileExists { path: String },
}

impl Error {
    pub fn file(path: &std::path::Path, source: std::io::Error) -> Error {
        Error::File { path: path.display().to_string(), source }
    }

    pub fn code(&self) -> ErrorCode {
        use rusqlite::ErrorCode as Sq;
        match self {
            Error::NameEmpty => ErrorCode::NameEmpty,
            Error::TooLong { .. } => ErrorCode::TooLong,
            Error::EmailInvalid { .. } => ErrorCode::EmailInvalid,
            Error::ControlChars { .. } => ErrorCode::ControlChars,
            Error::ContactNameEmpty { .. } => ErrorCode::ContactNameEmpty,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::CategoryUnknown(_) => ErrorCode::CategoryUnknown,
            Error::CatalogNameEmpty => ErrorCode::CatalogNameEmpty,
            Error::DateInvalid { .. } => ErrorCode::DateInvalid,
            Error::DateOrder => ErrorCode::DateOrder,
            Error::PatternInvalid { .. } => ErrorCode::PatternInvalid,
            Error::AlreadyRegistered(_) => ErrorCode::AlreadyRegistered,
            Error::AlreadyRenewed => ErrorCode::AlreadyRenewed,
            Error::AgreementTerminated => ErrorCode::AgreementTerminated,
            Error::DatabaseTooNew { .. } => ErrorCode::DatabaseTooNew,
            Error::NotADatabase { .. } => ErrorCode::NotADatabase,
            Error::DatabaseCorrupt => ErrorCode::DatabaseCorrupt,
            Error::DatabaseNotEmpty => ErrorCode::DatabaseNotEmpty,
            Error::File { .. } => ErrorCode::File,
            Error::ImageInvalid { .. } => ErrorCode::ImageInvalid,
            Error::LanguageUnknown(_) => ErrorCode::LanguageUnknown,
            Error::ViewerFailed { .. } => ErrorCode::ViewerFailed,
            Error::OutOfRange { .. } => ErrorCode::OutOfRange,
            Error::ProfileKeyUnknown(_) => ErrorCode::ProfileKeyUnknown,
            Error::PartnerAmbiguous(_) => ErrorCode::PartnerAmbiguous,
            Error::AgreementAmbiguous(_) => ErrorCode::AgreementAmbiguous,
            Error::DateOutsideTerm { .. } => ErrorCode::DateOutsideTerm,
            Error::ScanInvalid => ErrorCode::ScanInvalid,
            Error::ImportInvalid { .. } => ErrorCode::ImportInvalid,
            Error::FormatUnknown(_) => ErrorCode::FormatUnknown,
            Error::ExportFailed { .. } => ErrorCode::ExportFailed,
            Error::PeriodInvalid { .. } => ErrorCode::PeriodInvalid,
            Error::PlanExists(_) => ErrorCode::PlanExists,
            Error::HasEvents { .. } => ErrorCode::HasEvents,
            Error::ActivityOtherPartner => ErrorCode::ActivityOtherPartner,
            Error::MonthInvalid(_) => ErrorCode::MonthInvalid,
            Error::Required { .. } => ErrorCode::Required,
            Error::ImportRefused { .. } => ErrorCode::ImportRefused,
            Error::InTrash(_) => ErrorCode::InTrash,
            Error::NothingToUndo => ErrorCode::NothingToUndo,
            Error::NotApproved => ErrorCode::NotApproved,
            Error::CodeMismatch => ErrorCode::CodeMismatch,
            Error::ColourInvalid(_) => ErrorCode::ColourInvalid,
            Error::NothingToPrint => ErrorCode::NothingToPrint,
            Error::RegisterNoUndo => ErrorCode::RegisterNoUndo,
            Error::NoFileChosen => ErrorCode::NoFileChosen,
            Error::TableTooLarge { .. } => ErrorCode::TableTooLarge,
            Error::TableEmpty => ErrorCode::TableEmpty,
            Error::FileExists { .. } => ErrorCode::FileExists,
            Error::ImageTooLarge { .. } => ErrorCode::ImageTooLarge,
            Error::FileTooLarge { .. } => ErrorCode::FileTooLarge,
            Error::OrderUnknown(_) => ErrorCode::OrderUnknown,
            Error::ExportUnreadable { .. } => ErrorCode::ExportUnreadable,
            Error::Storage(e) => match e.sqlite_error_code() {
                Some(Sq::NotADatabase) => ErrorCode::NotADatabase,
                Some(Sq::DatabaseCorrupt) => ErrorCode::DatabaseCorrupt,
                Some(Sq::ReadOnly) | Some(Sq::CannotOpen) | Some(Sq::PermissionDenied) => {
                    ErrorCode::ReadOnly
                }
                Some(Sq::DiskFull) => ErrorCode::DiskFull,
                Some(Sq::DatabaseBusy) | Some(Sq::DatabaseLocked) => ErrorCode::DatabaseBusy,
                _ => ErrorCode::Storage,
            },
        }
    }

    /// The arguments of the error's message; `field` is a field code (`field-<code>` names it).
    pub fn details(&self) -> BTreeMap<String, String> {
        let mut d = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            d.insert(k.to_string(), v);
        };
        match self {
            Error::TooLong { field, max, index } => {
                put("field", field.code().into());
                put("max", max.to_string());
                if let Some(i) = index {
                    put("index", (i + 1).to_string());
                }
            }
            Error::EmailInvalid { field, index } | Error::ControlChars { field, index } => {
                put("field", field.code().into());
                if let Some(i) = index {
                    put("index", (i + 1).to_string());
                }
            }
            Error::ContactNameEmpty { index } => {
                put("field", Field::ContactName.code().into());
                put("index", (index + 1).to_string());
            }
            Error::NameEmpty => put("field", Field::Name.code().into()),
            Error::DateInvalid { field, value } => {
                put("field", field.code().into());
                put("value", value.clone());
            }
            Error::DateOrder => put("field", Field::ValidTo.code().into()),
            Error::PatternInvalid { field, value } => {
                put("field", field.code().into());
                put("value", value.clone());
            }
            Error::AlreadyRegistered(n) => put("number", n.clone()),
            Error::AlreadyRenewed | Error::AgreementTerminated => {}
            Error::CatalogNameEmpty => put("field", Field::CatalogName.code().into()),
            Error::NotFound { entity, id } => {
                put("entity", (*entity).into());
                put("id", id.clone());
            }
            Error::CategoryUnknown(v) => {
                put("field", Field::Category.code().into());
                put("value", v.clone());
            }
            Error::DatabaseTooNew { found, supported } => {
                put("found", found.to_string());
                put("supported", supported.to_string());
            }
            Error::NotADatabase { path } => put("path", path.clone()),
            Error::File { path, source } => {
                put("path", path.clone());
                put("reason", source.to_string());
            }
            Error::Storage(e) => put("reason", e.to_string()),
            Error::ImageInvalid { reason } => put("reason", reason.clone()),
            Error::LanguageUnknown(v) => put("value", v.clone()),
            Error::ProfileKeyUnknown(k) => {
                put("value", k.clone());
                put("keys", crate::model::Organisation::KEYS.join(", "));
            }
            Error::PartnerAmbiguous(n) | Error::AgreementAmbiguous(n) => put("value", n.clone()),
            Error::DateOutsideTerm { field } => put("field", field.code().into()),
            Error::ScanInvalid => {}
            Error::ImportInvalid { reason } | Error::ExportFailed { reason } => put("reason", reason.clone()),
            Error::FormatUnknown(p) => put("path", p.clone()),
            Error::OutOfRange { field, min, max } => {
                put("field", field.code().into());
                put("min", min.to_string());
                put("max", max.to_string());
            }
            Error::ViewerFailed { path, reason } => {
                put("path", path.clone());
                put("reason", reason.clone());
            }
            Error::DatabaseCorrupt | Error::DatabaseNotEmpty | Error::ActivityOtherPartner => {}
            Error::PeriodInvalid { value, index } => {
                put("field", Field::Period.code().into());
                put("value", value.clone());
                if let Some(i) = index {
                    put("index", (i + 1).to_string());
                }
            }
            Error::PlanExists(p) | Error::MonthInvalid(p) | Error::InTrash(p) | Error::ColourInvalid(p) | Error::OrderUnknown(p) => {
                put("value", p.clone())
            }
            Error::NothingToUndo | Error::NotApproved | Error::CodeMismatch | Error::NothingToPrint | Error::RegisterNoUndo | Error::NoFileChosen | Error::TableEmpty => {}
            Error::TableTooLarge { max_rows, max_mb } => {
                put("max", max_rows.to_string());
                put("mb", max_mb.to_string());
            }
            Error::FileExists { path } => put("path", path.clone()),
            Error::ImageTooLarge { max_mb } | Error::FileTooLarge { max_mb } => put("mb", max_mb.to_string()),
            Error::ExportUnreadable { detail } => put("detail", detail.clone()),
            Error::HasEvents { count } | Error::ImportRefused { count } => put("count", count.to_string()),
            Error::Required { field } => put("field", field.code().into()),
        }
        d
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload { code: self.code(), message: self.to_string(), details: self.details() }
    }
}

/// An error as it crosses to the UI: the UI shows `error-<code>` localized, `message` is for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
    pub details: BTreeMap<String, String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialize_as_their_strings() {
        for code in [ErrorCode::NameEmpty, ErrorCode::DatabaseTooNew, ErrorCode::DiskFull] {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }

    #[test]
    fn sqlite_full_maps_to_disk_full() {
        let e = Error::Storage(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        ));
        assert_eq!(e.code(), ErrorCode::DiskFull);
    }

    #[test]
    fn too_long_names_the_field_and_limit() {
        let e = Error::TooLong { field: Field::Notes, max: 5000, index: None };
        let d = e.details();
        assert_eq!(d["field"], "notes");
        assert_eq!(d["max"], "5000");
    }
}
