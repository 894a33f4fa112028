//! Plain domain types: what the coordinator keeps, with no storage or IPC logic in them.
//! Every type that crosses to the UI derives `TS`; `crate::bindings` writes them to TypeScript.

pub mod agreement;
pub mod award;
pub mod catalog;
pub mod dashboard;
pub mod event;
pub mod lang;
pub mod organisation;
pub mod partner;
pub mod plan;

pub use agreement::{
    Agreement, AgreementInput, AgreementQuery, AgreementSection, AgreementStatus, Clause, DocLang,
};
pub use dashboard::{Attention, CategoryCount, CategoryFulfilment, Dashboard};
pub use catalog::{CatalogEntry, CatalogInput, CatalogList, Catalogs, LocalizedName};
pub use lang::Lang;
pub use organisation::{Organisation, ProfileImage};
pub use partner::{
    ArchivedFilter, Contact, ContactInput, KindFilter, Partner, PartnerInput, PartnerQuery,
    PartnerSort, PartnerSummary, SavedPartner, SimilarPartner, SortDirection,
};
pub use event::{
    AlbumOrder, EventPhoto, EventQuery, HeldEvent, HeldEventInput, MonthFigures, MonthReport, Participants,
    PartnerFigures, ReportFormat, ReportLine, YearSummary,
};
pub use plan::{
    Activity, ActivityDue, ActivityInput, CalendarMonth, PlannedItem, ActivityPeriod, ActivityStatus, Fulfilment, MonthRange,
    Plan, PlanColumn, PlanGroup, PlanInput, PlanKind, PlanPeriod, PlanRow, PlanRowInput,
    PlanSheet,
};
pub use award::{
    AwardCatalogs, AwardKind, CertificateCheck, CheckVerdict, CertificateEntry, CertificateTemplate, DeclinedName, PrintProgress, Nomination, NominationInput,
    NominationQuery, NominationStatus, NominationTitle, NomineeKind, NomineeRole,
};
