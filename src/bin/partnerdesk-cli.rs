//! The headless CLI: parses arguments, calls the core, prints. Errors go to stderr, localized,
//! with a non-zero exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use partnerdesk::{
    demo, docs, i18n, import, store, tables, AgreementInput, AlbumOrder, AgreementQuery, DocLang, EventQuery,
    HeldEventInput, Lang, NominationQuery, NominationStatus, Participants, PartnerInput, PartnerQuery, PlanColumn, PlanInput, PlanPeriod,
    ReportFormat, Store,
};

#[derive(Parser)]
#[command(name = "partnerdesk-cli", version, about = "Partnerdesk from the command line")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Db {
    /// The database file (default: PARTNERDESK_DB, else the app-data folder).
    #[arg(long, value_name = "PATH", global = true)]
    db: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Fill an empty database with the demo register.
    Demo {
        #[command(flatten)]
        db: Db,
        /// Do nothing (successfully) unless the database is new: it has partners, or its
        /// first-run choice (demo data or a clean start) was already made.
        #[arg(long)]
        if_new: bool,
    },
    /// The partner register.
    Partners {
        #[command(flatten)]
        db: Db,
        #[command(subcommand)]
        command: PartnersCommand,
    },
    /// Cooperation agreements and their register.
    Agreements {
        #[command(flatten)]
        db: Db,
        #[command(subcommand)]
        command: AgreementsCommand,
    },
    /// The organisation profile every document reads.
    Profile {
        #[command(flatten)]
        db: Db,
        #[command(subcommand)]
        command: ProfileCommand,
    },
    /// Write a consistent copy of the whole database to FILE.
    Backup {
        #[command(flatten)]
        db: Db,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// Replace the database with a backup (the current state is backed up first).
    Restore {
        #[command(flatten)]
        db: Db,
        file: PathBuf,
    },
    /// Write everything to one JSON file, or a register to CSV or XLSX (by the extension).
    #[command(group(clap::ArgGroup::new("what").required(true)))]
    Export {
        #[command(flatten)]
        db: Db,
        /// Everything, for `import --json`.
        #[arg(long, value_name = "FILE", group = "what")]
        json: Option<PathBuf>,
        /// The partner register: FILE.csv or FILE.xlsx.
        #[arg(long, value_name = "FILE", group = "what")]
        partners: Option<PathBuf>,
        /// The agreement register: FILE.csv or FILE.xlsx.
        #[arg(long, value_name = "FILE", group = "what")]
        agreements: Option<PathBuf>,
        /// The events held: FILE.csv or FILE.xlsx.
        #[arg(long, value_name = "FILE", group = "what")]
        events: Option<PathBuf>,
        /// The journal of issued certificates: FILE.csv or FILE.xlsx.
        #[arg(long, value_name = "FILE", group = "what")]
        certificates: Option<PathBuf>,
    },
    /// Fill an empty database from a JSON export (`--json FILE`), or import a plan.
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Import {
        #[command(flatten)]
        db: Db,
        #[arg(long, value_name = "FILE", required = true)]
        json: Option<PathBuf>,
        #[command(subcommand)]
        what: Option<ImportCommand>,
    },
    /// The yearly plans.
    Plans {
        #[command(flatten)]
        db: Db,
        #[command(subcommand)]
        command: PlansCommand,
    },
    /// Events held.
    Events {
        #[command(flatten)]
        db: Db,
        #[command(subcommand)]
        command: EventsCommand,
    },
    /// What was deleted in the last 30 days, and restoring it.
    Trash {
        #[command(flatten)]
        db: Db,
        #[command(subcommand)]
        command: TrashCommand,
    },
    /// Award nominations of a year.
    Nominations {
        #[command(flatten)]
        db: Db,
        #[command(subcommand)]
        command: NominationsCommand,
    },
    /// The journal of issued certificates.
    Register {
        #[command(flatten)]
        db: Db,
        #[command(subcommand)]
        command: RegisterCommand,
    },
    /// The dative and genitive of a Russian name: «Фамилия Имя Отчество».
    Declension {
        name: String,
        /// f or m; guessed from the name when not given.
        #[arg(long)]
        gender: Option<String>,
    },
    /// Reports to the education department, as PDF or XLSX.
    Report {
        #[command(flatten)]
        db: Db,
        #[command(subcommand)]
        command: ReportCommand,
    },
    /// Check the database: integrity, schema version, counts.
    Check {
        #[command(flatten)]
        db: Db,
    },
    /// Print a document to PDF.
    Print {
        #[command(flatten)]
        db: Db,
        #[command(subcommand)]
        command: PrintCommand,
    },
}

#[derive(Subcommand)]
enum AgreementsCommand {
    /// List agreements, newest first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add an agreement with a partner (a draft unless --register).
    Add {
        /// The partner's id or exact name.
        #[arg(long)]
        partner: String,
        /// First day, YYYY-MM-DD.
        #[arg(long)]
        from: String,
        /// Last day, YYYY-MM-DD.
        #[arg(long)]
        to: String,
        /// Signing date, YYYY-MM-DD.
        #[arg(long)]
        signed: Option<String>,
        /// ru, kk, en or kk+ru.
        #[arg(long, default_value = "ru")]
        lang: String,
        /// The partner's own number of the agreement.
        #[arg(long, default_value = "")]
        partner_number: String,
        /// Enter it in the register at once (assigns the next number).
        #[arg(long)]
        register: bool,
    },
    /// Enter an agreement in the register (assigns its number).
    Register { id: i64 },
}

#[derive(Subcommand)]
enum ImportCommand {
    /// A yearly plan from CSV or XLSX. Columns, unless --columns says otherwise: group
    /// (category heading), partner, goal, activities, period, responsible, social effect.
    /// Partners not in the register are added. Rows that cannot be read are listed; nothing
    /// is imported unless --accepted-only.
    Plan {
        file: PathBuf,
        /// 2026 (a calendar year) or 2026-2027 (a school year); the plan is made if missing.
        #[arg(long)]
        period: String,
        /// The meaning of each column, in order, comma-separated: group, partner, goal,
        /// activities, period, responsible, social-effect, skip.
        #[arg(long, value_delimiter = ',')]
        columns: Vec<String>,
        /// Import the rows that can be read even when others cannot.
        #[arg(long)]
        accepted_only: bool,
    },
    /// Nominees from CSV or XLSX, as proposed nominations of YEAR. Columns, unless --columns
    /// says otherwise: surname, given-name, patronymic, gender, role, title, reason.
    Nominees {
        file: PathBuf,
        #[arg(long)]
        year: i32,
        #[arg(long, value_delimiter = ',')]
        columns: Vec<String>,
        #[arg(long)]
        accepted_only: bool,
    },
    /// Partners from CSV or XLSX. Columns, unless --columns says otherwise, as `export
    /// --partners` writes them: name, short-name, category, kind, address, phones, email,
    /// website, contacts, notes.
    Partners {
        file: PathBuf,
        /// The meaning of each column, in order, comma-separated (skip for a column to leave).
        #[arg(long, value_delimiter = ',')]
        columns: Vec<String>,
        #[arg(long)]
        accepted_only: bool,
    },
}

#[derive(Subcommand)]
enum PlansCommand {
    /// List the plans with their fulfilment.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Make an empty plan for a period (2026 or 2026-2027).
    Create { period: String },
    /// Copy a plan to the next period (dates move by a year).
    CarryOver { period: String },
    /// Show a plan: its rows, activities and their status.
    Show {
        period: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum EventsCommand {
    /// List events held, by date.
    List {
        /// From this day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// Up to this day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Record an event held.
    Add {
        /// The partner's id or exact name.
        #[arg(long)]
        partner: String,
        /// The day it was held, YYYY-MM-DD.
        #[arg(long)]
        date: String,
        /// HH:MM.
        #[arg(long, default_value = "")]
        time: String,
        /// The title; when empty, the planned activity's title.
        #[arg(long, default_value = "")]
        title: String,
        /// The id of the planned activity it fulfils (see `plans show`).
        #[arg(long)]
        activity: Option<i64>,
        #[arg(long, default_value = "")]
        place: String,
        #[arg(long, default_value_t = 0)]
        children: u32,
        #[arg(long, default_value_t = 0)]
        parents: u32,
        #[arg(long, default_value_t = 0)]
        teachers: u32,
        #[arg(long, default_value_t = 0)]
        others: u32,
        /// Organised by the parents themselves.
        #[arg(long)]
        by_parents: bool,
        #[arg(long, default_value = "")]
        responsible: String,
        #[arg(long, default_value = "")]
        result: String,
        #[arg(long, default_value = "")]
        media: String,
        /// A photo (JPEG or PNG) to add; repeat for more. Each is checked before the event is
        /// recorded.
        #[arg(long = "photo", value_name = "FILE")]
        photos: Vec<PathBuf>,
    },
}

#[derive(Subcommand)]
enum NominationsCommand {
    /// List the nominations of a year (all years when none is given).
    List {
        #[arg(long)]
        year: Option<i32>,
        #[arg(long)]
        json: bool,
    },
    /// Approve the year's proposed nominations by the director's order: «№ 45 от 20.12.2026».
    Approve {
        #[arg(long)]
        year: i32,
        #[arg(long)]
        order: String,
    },
}

#[derive(Subcommand)]
enum RegisterCommand {
    /// The issued certificates, by year and number.
    List {
        #[arg(long)]
        year: Option<i32>,
        #[arg(long)]
        json: bool,
    },
    /// Look a certificate up by its number or the code of its QR code.
    Check { code: String },
    /// The journal as PDF or XLSX.
    Print {
        #[arg(long)]
        year: Option<i32>,
        #[arg(long, default_value = "ru")]
        lang: String,
        #[arg(long, default_value = "pdf")]
        format: String,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
}

#[derive(Subcommand)]
enum TrashCommand {
    /// List the trash, most recently deleted first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Take a record out of the trash: plan, plan-row or event, and its id.
    Restore { kind: String, id: i64 },
}

#[derive(Subcommand)]
enum ReportCommand {
    /// The monthly information on work with partners.
    Month {
        /// YYYY-MM.
        month: String,
        #[arg(long, default_value = "ru")]
        lang: String,
        /// pdf or xlsx.
        #[arg(long, default_value = "pdf")]
        format: String,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// The year summary with its indicators, for a plan period (2026 or 2026-2027).
    Year {
        period: String,
        #[arg(long, default_value = "ru")]
        lang: String,
        /// pdf or xlsx.
        #[arg(long, default_value = "pdf")]
        format: String,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
}

#[derive(Subcommand)]
enum ProfileCommand {
    /// Show the profile as JSON.
    Show,
    /// Set one field: full-name.ru, head-name.kk, city.en, bin, bank-details, phone, email,
    /// number-pattern, start-number …
    Set { key: String, value: String },
}

#[derive(Subcommand)]
enum PrintCommand {
    /// An agreement in ru, kk, en or kk+ru (side by side).
    Agreement {
        /// The register number («12/2026») or the id.
        number: String,
        #[arg(long, default_value = "ru")]
        lang: String,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// The certificates of a year's approved nominations (printed ones again, same numbers):
    /// into one PDF, or one file each into a folder. Each takes its register number as it is
    /// printed.
    #[command(group(clap::ArgGroup::new("into").required(true)))]
    Certificates {
        #[arg(long)]
        year: i32,
        #[arg(long, value_name = "FILE", group = "into")]
        one_file: Option<PathBuf>,
        #[arg(long, value_name = "DIR", group = "into")]
        dir: Option<PathBuf>,
        #[arg(long, default_value = "ru")]
        lang: String,
    },
    /// The yearly plan of a period (2026 or 2026-2027), A4 landscape.
    Plan {
        period: String,
        #[arg(long, default_value = "ru")]
        lang: String,
        /// The columns to print besides № and partner, comma-separated: goal, activities,
        /// period, responsible, social-effect (default: all).
        #[arg(long, value_delimiter = ',')]
        columns: Vec<String>,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// The album of cooperation of a period (2026 or 2026-2027): a cover, then every event
    /// held with its text and up to four photos.
    Album {
        period: String,
        #[arg(long, default_value = "ru")]
        lang: String,
        /// by-date (all events by date) or by-partner (under each partner's name).
        #[arg(long, default_value = "by-date")]
        order: String,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
}

#[derive(Subcommand)]
enum PartnersCommand {
    /// List partners in use, alphabetically.
    List {
        /// Words to find in names, short names, contact names and notes.
        #[arg(long)]
        search: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Add a partner.
    Add {
        #[arg(long)]
        name: String,
        /// A category code (education, culture …) or its name in any language.
        #[arg(long)]
        category: String,
        #[arg(long, conflicts_with = "internal")]
        external: bool,
        #[arg(long)]
        internal: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = std::env::var("PARTNERDESK_LANG")
        .ok()
        .or_else(|| std::env::var("LANG").ok())
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or(Lang::Ru);
    match run(cli, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}: {}", i18n::message(lang, "cli-error"), i18n::error_message(lang, &e));
            ExitCode::FAILURE
        }
    }
}

fn open(db: Db) -> partnerdesk::Result<Store> {
    Store::open_checked(&store::resolve_db_path(db.db))
}

fn run(cli: Cli, lang: Lang) -> partnerdesk::Result<()> {
    match cli.command {
        Command::Demo { db, if_new } => {
            let store = open(db)?;
            if if_new && !store.is_first_run()? {
                return Ok(());
            }
            let n = demo::load(&store)?;
            println!("{}", i18n::message_with(lang, "cli-demo-loaded", &[("count", n.to_string())]));
        }
        Command::Partners { db, command: PartnersCommand::List { search, json } } => {
            let store = open(db)?;
            let rows = store.list_partners(&PartnerQuery { search: search.unwrap_or_default(), ..Default::default() })?;
            if json {
                println!("{}", serde_json::to_string_pretty(&rows).expect("summaries serialize"));
            } else {
                let cats = store.catalogs()?.categories;
                for r in rows {
                    let cat = cats.iter().find(|c| c.id == r.category_id).map(|c| c.name.get(lang)).unwrap_or("");
                    println!("{}\t{}\t{}\t{}", r.id, r.name, cat, r.contact);
                }
            }
        }
        Command::Partners { db, command: PartnersCommand::Add { name, category, external, internal } } => {
            let store = open(db)?;
            let cat = store.find_category(&category)?;
            let input = PartnerInput {
                name,
                category_id: cat.id,
                internal: if internal || external { internal } else { cat.internal },
                ..Default::default()
            };
            let saved = store.create_partner(&input)?;
            for s in &saved.similar {
                eprintln!("{}", i18n::message_with(lang, "cli-similar-warning", &[("name", s.name.clone())]));
            }
            println!("{}", saved.partner.id);
        }
        Command::Agreements { db, command } => agreements(open(db)?, command, lang)?,
        Command::Backup { db, output } => {
            open(db)?.backup_to(&output)?;
            println!("{}", output.display());
        }
        Command::Restore { db, file } => {
            let mut store = open(db)?;
            store.restore_from(&file, store::local_now())?;
            println!("{}", i18n::message_with(lang, "cli-restored", &[("count", store.partner_count()?.to_string())]));
        }
        Command::Export { db, json, partners, agreements, events, certificates } => {
            let store = open(db)?;
            if let Some(file) = events {
                tables::write(&tables::events(&store, lang)?, &file)?;
                println!("{}", file.display());
                return Ok(());
            }
            if let Some(file) = certificates {
                tables::write(&tables::certificates(&store, lang, None)?, &file)?;
                println!("{}", file.display());
                return Ok(());
            }
            let written = match (json, partners, agreements) {
                (Some(json), _, _) => {
                    store.export_json_file(&json)?;
                    json
                }
                (None, Some(file), _) => {
                    tables::write(&tables::partners(&store, lang)?, &file)?;
                    file
                }
                (None, None, Some(file)) => {
                    tables::write(&tables::agreements(&store, lang, partnerdesk::today())?, &file)?;
                    file
                }
                (None, None, None) => unreachable!("clap requires one of --json, --partners, --agreements, --events"),
            };
            println!("{}", written.display());
        }
        Command::Import { db, what: Some(ImportCommand::Plan { file, period, columns, accepted_only }), .. } => {
            import_plan(open(db)?, &file, &period, &columns, accepted_only, lang)?;
        }
        Command::Import { db, json: Some(json), what: None } => {
            let store = open(db)?;
            store.import_json_file(&json)?;
            println!("{}", i18n::message_with(lang, "cli-restored", &[("count", store.partner_count()?.to_string())]));
        }
        Command::Import { db, what: Some(ImportCommand::Partners { file, columns, accepted_only }), .. } => {
            let store = open(db)?;
            let table = import::read_table(&file)?;
            let mapping = import::parse_columns(&columns)?
                .map(|columns| import::partners::PartnerMapping { columns, header: import::starts_with_header(&table) });
            let preview = import::partners::preview_partners(&store, &table, mapping.clone(), lang)?;
            print_issues(lang, preview.rows.iter().map(|r| (r.line, &r.issues[..])));
            let r = import::partners::import_partners(&store, &table, mapping, accepted_only)?;
            println!("{}", i18n::message_with(lang, "cli-partners-imported", &[("count", r.created.to_string()), ("refused", r.refused.to_string())]));
        }
        Command::Import { db, what: Some(ImportCommand::Nominees { file, year, columns, accepted_only }), .. } => {
            let store = open(db)?;
            let table = import::read_table(&file)?;
            let mapping = import::parse_columns(&columns)?.map(|columns| import::nominees::NomineeMapping {
                columns,
                header: import::starts_with_header(&table),
                reason_lang: lang,
            });
            let preview = import::nominees::preview_nominees(&store, &table, year, mapping.clone(), lang)?;
            print_issues(lang, preview.rows.iter().map(|r| (r.line, &r.issues[..])));
            let n = import::nominees::import_nominees(&store, &table, year, mapping, accepted_only)?;
            println!("{}", i18n::message_with(lang, "cli-nominees-imported", &[("count", n.to_string()), ("refused", preview.refused.to_string())]));
        }
        Command::Nominations { db, command: NominationsCommand::List { year, json } } => {
            let list = open(db)?.nominations(&NominationQuery { year, ..Default::default() })?;
            if json {
                println!("{}", serde_json::to_string_pretty(&list).expect("nominations serialize"));
            } else {
                for n in list {
                    let status = i18n::message(lang, &format!("nomination-status-{}", n.status.code()));
                    println!("{}\t{}\t{}\t{}\t{status}\t{}", n.id, n.year, n.nominative, n.title.get(lang), n.certificate_number.unwrap_or_default());
                }
            }
        }
        Command::Nominations { db, command: NominationsCommand::Approve { year, order } } => {
            let store = open(db)?;
            let (number, date) = parse_order(&order)?;
            let ids: Vec<i64> = store
                .nominations(&NominationQuery { year: Some(year), status: Some(NominationStatus::Proposed), ..Default::default() })?
                .into_iter()
                .map(|n| n.id)
                .collect();
            let n = store.approve_nominations(&ids, &number, &date)?;
            println!("{}", i18n::message_with(lang, "cli-nominations-approved", &[("count", n.to_string())]));
        }
        Command::Register { db, command: RegisterCommand::List { year, json } } => {
            let entries = open(db)?.certificate_register(year)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&entries).expect("the register serializes"));
            } else {
                for e in entries {
                    println!("{}\t{}\t{}\t{}\t{}", e.number, e.nominee, e.title.get(lang), e.award_kind.get(lang), e.issued_on);
                }
            }
        }
        Command::Register { db, command: RegisterCommand::Print { year, lang: l, format, output } } => {
            let (bytes, _) = docs::report::register_file(&open(db)?, year, plain_lang(&l)?, report_format(&format)?)?;
            std::fs::write(&output, bytes).map_err(|e| partnerdesk::Error::file(&output, e))?;
            println!("{}", output.display());
        }
        Command::Register { db, command: RegisterCommand::Check { code } } => {
            let check = open(db)?.check_certificate(&code)?;
            let Some(e) = check.entry else {
                return Err(partnerdesk::Error::NotFound { entity: "certificate", id: code.chars().take(60).collect() });
            };
            let args = [("number", e.number.clone()), ("nominee", e.nominee.clone()), ("issued", e.issued_on.clone())];
            if check.verdict == partnerdesk::CheckVerdict::Mismatch {
                eprintln!("{}", i18n::message_with(lang, "cli-certificate-mismatch", &args));
                return Err(partnerdesk::Error::CodeMismatch);
            }
            println!("{}", i18n::message_with(lang, "cli-certificate-found", &args));
        }
        Command::Declension { name, gender } => {
            let g = match gender.as_deref().map(str::trim) {
                None => None,
                Some("f" | "ж") => Some(partnerdesk::declension::Gender::Female),
                Some("m" | "м") => Some(partnerdesk::declension::Gender::Male),
                Some(other) => return Err(partnerdesk::Error::FormatUnknown(other.to_string())),
            };
            use partnerdesk::declension::{declined_full, Case};
            println!("{}: {}", i18n::message(lang, "cli-case-dative"), declined_full(&name, g, Case::Dative));
            println!("{}: {}", i18n::message(lang, "cli-case-genitive"), declined_full(&name, g, Case::Genitive));
        }
        Command::Import { json: None, what: None, .. } => unreachable!("clap requires --json or a subcommand"),
        Command::Plans { db, command } => plans(open(db)?, command, lang)?,
        Command::Events { db, command } => events(open(db)?, command)?,
        Command::Trash { db, command: TrashCommand::List { json } } => {
            let items = open(db)?.trash()?;
            if json {
                println!("{}", serde_json::to_string_pretty(&items).expect("the trash serializes"));
            } else {
                for t in items {
                    let kind = serde_json::to_value(t.kind).expect("kinds serialize");
                    println!("{}\t{}\t{}\t{}\t{}", kind.as_str().unwrap_or(""), t.id, t.title, t.detail, t.purge_on);
                }
            }
        }
        Command::Trash { db, command: TrashCommand::Restore { kind, id } } => {
            let kind: store::TrashKind = serde_json::from_value(serde_json::Value::String(kind.clone()))
                .map_err(|_| partnerdesk::Error::FormatUnknown(kind))?;
            open(db)?.restore_from_trash(kind, id)?;
        }
        Command::Report { db, command } => {
            let store = open(db)?;
            let (output, (bytes, _)) = match command {
                ReportCommand::Month { month, lang: l, format, output } => {
                    let (y, m) = parse_month(&month)?;
                    (output, docs::report::month_file(&store, y, m, plain_lang(&l)?, report_format(&format)?)?)
                }
                ReportCommand::Year { period, lang: l, format, output } => {
                    let p = PlanPeriod::read(&period)?;
                    let today = partnerdesk::today();
                    (output, docs::report::year_file(&store, p, plain_lang(&l)?, report_format(&format)?, today)?)
                }
            };
            std::fs::write(&output, bytes).map_err(|e| partnerdesk::Error::file(&output, e))?;
            println!("{}", output.display());
        }
        Command::Check { db } => {
            // Opened without the quick check: this command reports on a damaged file itself.
            let store = Store::open(&store::resolve_db_path(db.db))?;
            let ok = store.integrity_ok()?;
            let args = [
                ("version", store.schema_version()?.to_string()),
                ("partners", store.partner_count()?.to_string()),
                ("backups", store.backups()?.len().to_string()),
            ];
            println!("{}", i18n::message_with(lang, if ok { "cli-check-ok" } else { "cli-check-damaged" }, &args));
            if !ok {
                return Err(partnerdesk::Error::DatabaseCorrupt);
            }
        }
        Command::Profile { db, command } => {
            let store = open(db)?;
            let mut org = store.organisation()?;
            if let ProfileCommand::Set { key, value } = command {
                org.set(&key, &value)?;
                org = store.update_organisation(&org)?;
            }
            println!("{}", serde_json::to_string_pretty(&org).expect("the profile serializes"));
        }
        Command::Print { db, command: PrintCommand::Agreement { number, lang: l, output } } => {
            let store = open(db)?;
            let today = partnerdesk::today();
            let id = store.find_agreement(&number, today)?.id;
            let pdf = docs::agreement::render(&store, id, doc_lang(&l)?, today)?;
            std::fs::write(&output, pdf).map_err(|e| partnerdesk::Error::file(&output, e))?;
            println!("{}", output.display());
        }
        Command::Print { db, command: PrintCommand::Certificates { year, one_file, dir, lang: l } } => {
            let store = open(db)?;
            let doc_lang = plain_lang(&l)?;
            let today = partnerdesk::today();
            let ids = store.printable_nominations(year)?;
            match (one_file, dir) {
                (Some(file), _) => {
                    let pdf = docs::awards::print_combined(&store, &ids, doc_lang, today)?;
                    std::fs::write(&file, pdf).map_err(|e| partnerdesk::Error::file(&file, e))?;
                    println!("{}", file.display());
                }
                (None, Some(dir)) => {
                    let files = docs::awards::print_each(&store, &ids, doc_lang, today, &dir, &mut |p| {
                        eprint!("\r{}/{}", p.done, p.total);
                        true
                    })?;
                    eprintln!();
                    for f in files {
                        println!("{}", f.display());
                    }
                }
                (None, None) => unreachable!("clap requires --one-file or --dir"),
            }
        }
        Command::Print { db, command: PrintCommand::Plan { period, lang: l, columns, output } } => {
            let store = open(db)?;
            let sheet = store.plan_sheet(store.find_plan(&period, partnerdesk::today())?.id, partnerdesk::today())?;
            let columns = columns
                .iter()
                .map(|c| PlanColumn::parse(c).ok_or_else(|| partnerdesk::Error::FormatUnknown(c.clone())))
                .collect::<partnerdesk::Result<Vec<_>>>()?;
            let pdf = docs::plan::render(&store, &sheet, plain_lang(&l)?, &columns)?;
            std::fs::write(&output, pdf).map_err(|e| partnerdesk::Error::file(&output, e))?;
            println!("{}", output.display());
        }
        Command::Print { db, command: PrintCommand::Album { period, lang: l, order, output } } => {
            let store = open(db)?;
            let order = AlbumOrder::parse(&order).ok_or(partnerdesk::Error::OrderUnknown(order))?;
            let (pdf, _) = docs::album::album_file(&store, PlanPeriod::read(&period)?, order, plain_lang(&l)?)?;
            std::fs::write(&output, pdf).map_err(|e| partnerdesk::Error::file(&output, e))?;
            println!("{}", output.display());
        }
    }
    Ok(())
}

/// «№ 45 от 20.12.2026» (or «45 от 2026-12-20», «№45, 20.12.2026») → («45», «2026-12-20»).
fn parse_order(s: &str) -> partnerdesk::Result<(String, String)> {
    let bad = || partnerdesk::Error::DateInvalid { field: partnerdesk::Field::ApprovalOrder, value: s.chars().take(60).collect() };
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let date = words
        .iter()
        .find_map(|w| {
            chrono::NaiveDate::parse_from_str(w.trim_end_matches('.'), "%d.%m.%Y")
                .or_else(|_| chrono::NaiveDate::parse_from_str(w, "%Y-%m-%d"))
                .ok()
        })
        .ok_or_else(bad)?;
    let number = words
        .iter()
        .map(|w| w.trim_start_matches('№'))
        .find(|w| !w.is_empty() && w.chars().any(|c| c.is_ascii_digit()) && !w.contains('.') && !w.contains('-'))
        .ok_or_else(bad)?;
    Ok((number.to_string(), date.to_string()))
}

/// A document language that is one language (ru, kk or en).
fn plain_lang(s: &str) -> partnerdesk::Result<Lang> {
    Lang::parse(s).filter(|l| l.code() == s.trim().to_ascii_lowercase()).ok_or_else(|| partnerdesk::Error::LanguageUnknown(s.to_string()))
}

fn report_format(s: &str) -> partnerdesk::Result<ReportFormat> {
    ReportFormat::parse(s).ok_or_else(|| partnerdesk::Error::FormatUnknown(s.to_string()))
}

/// «2026-11» → (2026, 11).
fn parse_month(s: &str) -> partnerdesk::Result<(i32, u32)> {
    let bad = || partnerdesk::Error::MonthInvalid(s.chars().take(40).collect());
    let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
    let (y, m): (i32, u32) = (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if y.to_string().len() != 4 || !(1..=12).contains(&m) {
        return Err(bad());
    }
    Ok((y, m))
}

fn plans(store: Store, command: PlansCommand, lang: Lang) -> partnerdesk::Result<()> {
    let today = partnerdesk::today();
    match command {
        PlansCommand::List { json } => {
            let plans = store.plans(today)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&plans).expect("plans serialize"));
            } else {
                for p in plans {
                    println!("{}\t{}\t{}\t{}%", p.id, p.period, p.rows, p.fulfilment.percent());
                }
            }
        }
        PlansCommand::Create { period } => {
            let p = PlanPeriod::read(&period)?;
            let plan = store.create_plan(&PlanInput { kind: p.kind, start_year: p.start_year, ..Default::default() }, today)?;
            println!("{}\t{}", plan.id, plan.period);
        }
        PlansCommand::CarryOver { period } => {
            let plan = store.carry_over_plan(store.find_plan(&period, today)?.id, today)?;
            println!("{}\t{}", plan.id, plan.period);
        }
        PlansCommand::Show { period, json } => {
            let sheet = store.plan_sheet(store.find_plan(&period, today)?.id, today)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&sheet).expect("a plan serializes"));
                return Ok(());
            }
            for g in &sheet.groups {
                println!("{}:", g.name.get(lang));
                for r in &g.rows {
                    println!("  {}\t{}", r.partner_name, r.fulfilment.percent());
                    for a in &r.activities {
                        let status = i18n::message(lang, &format!("activity-status-{}", a.status.code()));
                        println!("    {}\t{}\t{}\t{}/{}\t{status}", a.id, a.title, a.period_label.get(lang), a.fulfilment.held, a.fulfilment.expected);
                    }
                }
            }
        }
    }
    Ok(())
}

fn events(store: Store, command: EventsCommand) -> partnerdesk::Result<()> {
    match command {
        EventsCommand::List { from, to, json } => {
            let events = store.events(&EventQuery { from, to, ..Default::default() })?;
            if json {
                println!("{}", serde_json::to_string_pretty(&events).expect("events serialize"));
            } else {
                for e in events {
                    println!("{}\t{}\t{}\t{}\t{}", e.id, e.held_on, e.partner_name, e.title, e.participants.total());
                }
            }
        }
        EventsCommand::Add {
            partner, date, time, title, activity, place, children, parents, teachers, others, by_parents,
            responsible, result, media, photos,
        } => {
            let partner_id = store.find_partner(&partner)?;
            let e = store.create_event_with_photos(&HeldEventInput {
                held_on: date,
                time,
                partner_id,
                activity_id: activity,
                title,
                form_id: None,
                place,
                participants: Participants { children, parents, teachers, others },
                ages: String::new(),
                by_parents,
                responsible,
                result,
                media_link: media,
            }, &photos)?;
            println!("{}", e.id);
        }
    }
    Ok(())
}

/// Lists on stderr every issue of an import preview: «✗ строка 4: Не указан партнёр.» for a
/// refused row, «!» for a warning.
fn print_issues<'a>(lang: Lang, rows: impl Iterator<Item = (usize, &'a [import::ImportIssue])>) {
    for (line, issues) in rows {
        for issue in issues {
            let mark = if issue.refused { "✗" } else { "!" };
            eprintln!("{mark} {}: {}", i18n::message_with(lang, "cli-import-line", &[("line", line.to_string())]), issue.text(lang));
        }
    }
}

/// Imports a plan; every row with something to say is listed on stderr first.
fn import_plan(store: Store, file: &std::path::Path, period: &str, columns: &[String], accepted_only: bool, lang: Lang) -> partnerdesk::Result<()> {
    let p = PlanPeriod::read(period)?;
    let table = import::read_table(file)?;
    let mapping = import::parse_columns(columns)?.map(|columns| import::PlanMapping { columns, header: import::starts_with_header(&table) });
    let preview = import::preview_plan(&store, &table, p, mapping.clone(), lang)?;
    print_issues(lang, preview.rows.iter().map(|r| (r.line, &r.issues[..])));
    let result = import::import_plan(&store, &table, p, mapping, accepted_only)?;
    println!(
        "{}",
        i18n::message_with(
            lang,
            "cli-plan-imported",
            &[("count", result.rows.to_string()), ("partners", result.partners_created.to_string()), ("refused", result.refused.to_string())]
        )
    );
    Ok(())
}

fn doc_lang(s: &str) -> partnerdesk::Result<DocLang> {
    DocLang::parse(s).ok_or_else(|| partnerdesk::Error::LanguageUnknown(s.to_string()))
}

fn agreements(store: Store, command: AgreementsCommand, lang: Lang) -> partnerdesk::Result<()> {
    let today = partnerdesk::today();
    match command {
        AgreementsCommand::List { json } => {
            let rows = store.agreements(&AgreementQuery::default(), today)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&rows).expect("agreements serialize"));
            } else {
                for a in rows {
                    let status = i18n::message(lang, &format!("status-{}", a.status.code()));
                    println!("{}\t{}\t{}\t{}–{}\t{status}", a.id, a.number, a.partner_name, a.valid_from, a.valid_to);
                }
            }
        }
        AgreementsCommand::Add { partner, from, to, signed, lang, partner_number, register } => {
            let input = AgreementInput {
                partner_id: store.find_partner(&partner)?,
                valid_from: from,
                valid_to: to,
                signed_on: signed,
                language: doc_lang(&lang)?,
                partner_number,
                ..Default::default()
            };
            let a = store.atomically(|s| {
                let a = s.create_agreement(&input, today)?;
                if register { s.register_agreement(a.id, today) } else { Ok(a) }
            })?;
            println!("{}\t{}", a.id, a.number);
        }
        AgreementsCommand::Register { id } => {
            println!("{}", store.register_agreement(id, today)?.number);
        }
    }
    Ok(())
}
