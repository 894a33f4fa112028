//! The headless CLI: parses arguments, calls the core, prints. Errors go to stderr, localized,
//! with a non-zero exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use partnerdesk::{
    demo, docs, i18n, store, tables, AgreementInput, AgreementQuery, DocLang, Lang, PartnerInput,
    PartnerQuery, Store,
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
    },
    /// Fill an empty database from a JSON export.
    Import {
        #[command(flatten)]
        db: Db,
        #[arg(long, value_name = "FILE")]
        json: PathBuf,
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
    Store::open(&store::resolve_db_path(db.db))
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
        Command::Export { db, json, partners, agreements } => {
            let store = open(db)?;
            let written = match (json, partners, agreements) {
                (Some(json), _, _) => {
                    let text = serde_json::to_string_pretty(&store.export_json()?).expect("an export serializes");
                    std::fs::write(&json, text).map_err(|e| partnerdesk::Error::file(&json, e))?;
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
                (None, None, None) => unreachable!("clap requires one of --json, --partners, --agreements"),
            };
            println!("{}", written.display());
        }
        Command::Import { db, json } => {
            let text = std::fs::read_to_string(&json).map_err(|e| partnerdesk::Error::file(&json, e))?;
            let data: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| partnerdesk::Error::ImportInvalid { reason: e.to_string() })?;
            let store = open(db)?;
            store.import_json(&data)?;
            println!("{}", i18n::message_with(lang, "cli-restored", &[("count", store.partner_count()?.to_string())]));
        }
        Command::Check { db } => {
            let store = open(db)?;
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
    }
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
