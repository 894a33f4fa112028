//! The TypeScript twins of every type that crosses IPC, written to
//! `ui/src/lib/api/types.ts`. The test `bindings_are_fresh` fails when that file is stale;
//! `UPDATE_BINDINGS=1 cargo test bindings` rewrites it.

use ts_rs::{Config, TS};

use crate::error::{ErrorCode, ErrorPayload, Field};
use crate::model::*;
use crate::AppState;

/// The generated file, relative to the workspace root.
pub const PATH: &str = "ui/src/lib/api/types.ts";

macro_rules! decls {
    ($cfg:expr; $($t:ty),* $(,)?) => { vec![$(format!("export {}", <$t as TS>::decl($cfg))),*] };
}

/// The whole generated file.
pub fn typescript() -> String {
    let cfg = Config::default();
    let decls = decls![&cfg;
        Lang, ErrorCode, Field, ErrorPayload, AppState, crate::app_state::SchoolYear,
        CatalogList, LocalizedName, CatalogEntry, Catalogs, CatalogInput,
        Contact, ContactInput, Partner, PartnerInput, PartnerSummary, SimilarPartner, SavedPartner,
        KindFilter, ArchivedFilter, PartnerSort, SortDirection, PartnerQuery,
        Organisation, ProfileImage,
        DocLang, AgreementStatus, Agreement, AgreementInput, AgreementQuery, Clause, AgreementSection,
        crate::store::BackupKind, crate::store::BackupInfo,
        PlanKind, MonthRange, ActivityPeriod, ActivityStatus, Fulfilment, Plan, PlanInput, Activity,
        ActivityInput, PlanRow, PlanRowInput, PlanGroup, PlanSheet, PlanColumn, ActivityDue,
        PlannedItem, CalendarMonth, Attention, CategoryCount, CategoryFulfilment, Dashboard,
        Participants, EventPhoto, HeldEvent, HeldEventInput, EventQuery, ReportLine, MonthReport,
        MonthFigures, PartnerFigures, YearSummary, ReportFormat, AlbumOrder,
        crate::import::PlanField, crate::import::PlanMapping, crate::import::ImportIssue,
        crate::import::ImportedActivity, crate::import::PlanImportRow, crate::import::PlanImportPreview,
        crate::import::PlanImportResult,
        crate::store::TrashKind, crate::store::TrashItem,
        crate::import::partners::PartnerField, crate::import::partners::PartnerMapping,
        crate::import::partners::PartnerImportRow, crate::import::partners::PartnerImportPreview,
        crate::import::partners::PartnerImportResult,
        crate::declension::Gender, crate::declension::Case, NomineeKind, NomineeRole, NominationStatus,
        AwardKind, NominationTitle, AwardCatalogs, Nomination, NominationInput, NominationQuery, DeclinedName,
        CertificateEntry, CheckVerdict, CertificateCheck, CertificateTemplate, PrintProgress,
        crate::model::award::BorderStyle, crate::tables::Register,
        crate::import::nominees::NomineeField, crate::import::nominees::NomineeMapping,
        crate::import::nominees::NomineeImportRow, crate::import::nominees::NomineeImportPreview,
    ];
    let mut out = String::from(
        "// Generated from the Rust types of the core (src/bindings.rs). Do not edit by hand:\n\
         // run `UPDATE_BINDINGS=1 cargo test bindings` after changing them.\n\n",
    );
    for d in decls {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
