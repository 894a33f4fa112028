//! The demo register a newcomer sees: partners of a creativity centre in Petropavl, in Russian
//! and Kazakh, across every category. The data lives in assets/demo/partners.json.

use serde::Deserialize;

use crate::error::{Error, Result};
use chrono::{Datelike, NaiveDate};

use crate::model::{
    ActivityInput, ActivityPeriod, HeldEventInput, Participants, PlanInput, PlanKind, PlanPeriod, PlanRowInput,
    AgreementInput, CatalogEntry, CatalogList, ContactInput, DocLang, LocalizedName, Organisation,
    PartnerInput,
};
use crate::store::Store;

const PARTNERS: &str = include_str!("../assets/demo/partners.json");
const ORGANISATION: &str = include_str!("../assets/demo/organisation.json");
const PLAN: &str = include_str!("../assets/demo/plan.json");

#[derive(Deserialize)]
struct DemoPlan {
    approval_order: String,
    rows: Vec<DemoRow>,
    events: Vec<DemoEvent>,
}

#[derive(Deserialize)]
struct DemoRow {
    partner: usize,
    goal: String,
    responsible: String,
    social_effect: String,
    activities: Vec<DemoActivity>,
}

#[derive(Deserialize)]
struct DemoActivity {
    title: String,
    form: String,
    period: ActivityPeriod,
}

/// An event held: for an activity of a plan row, or (`row` empty) with a partner directly.
#[derive(Deserialize)]
struct DemoEvent {
    row: Option<usize>,
    activity: Option<usize>,
    partner: Option<usize>,
    title: Option<String>,
    form: Option<String>,
    month: u32,
    day: u32,
    time: String,
    place: String,
    children: u32,
    parents: u32,
    teachers: u32,
    others: u32,
    by_parents: bool,
    media: String,
    result: String,
}

#[derive(Deserialize)]
struct DemoPartner {
    name: String,
    short_name: String,
    category: String,
    internal: bool,
    directions: Vec<String>,
    forms: Vec<String>,
    address: String,
    phones: String,
    email: String,
    website: String,
    notes: String,
    contacts: Vec<ContactInput>,
}

/// Fills an empty database with the demo register, in one transaction: all of it or nothing.
/// Refuses a database that has partners, and keeps a profile the user has filled in.
pub fn load(store: &Store) -> Result<usize> {
    store.atomically(fill)
}

fn fill(store: &Store) -> Result<usize> {
    if store.partner_count()? > 0 {
        return Err(Error::DatabaseNotEmpty);
    }
    let demo: Vec<DemoPartner> = serde_json::from_str(PARTNERS).expect("the bundled demo data is valid JSON");
    let categories = store.catalog(CatalogList::Category)?;
    let directions = store.catalog(CatalogList::Direction)?;
    let forms = store.catalog(CatalogList::Form)?;
    let id_of = |list: &[CatalogEntry], code: &str| -> Result<i64> {
        list.iter()
            .find(|e| e.code == code)
            .map(|e| e.id)
            .ok_or_else(|| Error::CategoryUnknown(code.to_string()))
    };
    let inputs = demo
        .into_iter()
        .map(|d| {
            Ok(PartnerInput {
                name: d.name,
                short_name: d.short_name,
                category_id: id_of(&categories, &d.category)?,
                internal: d.internal,
                direction_ids: d.directions.iter().map(|c| id_of(&directions, c)).collect::<Result<_>>()?,
                form_ids: d.forms.iter().map(|c| id_of(&forms, c)).collect::<Result<_>>()?,
                address: d.address,
                phones: d.phones,
                email: d.email,
                website: d.website,
                notes: d.notes,
                contacts: d.contacts,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let ids = store.create_partners(&inputs)?;
    if store.organisation()?.full_name == LocalizedName::default() {
        let org: Organisation = serde_json::from_str(ORGANISATION).expect("the bundled demo profile is valid JSON");
        store.update_organisation(&org)?;
    }
    agreements(store, &ids, crate::today())?;
    plan(store, &ids, &forms, crate::today())?;
    awards(store, &ids, crate::today())?;
    store.finish_welcome()?;
    Ok(ids.len())
}

/// A few agreements around `today`: registered ones of the current and the last school
/// year (one ending within a month, one expired) and a draft.
fn agreements(store: &Store, partners: &[i64], today: NaiveDate) -> Result<()> {
    let school_year = if today.month() >= 9 { today.year() } else { today.year() - 1 };
    let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).expect("valid demo dates");
    let soon = today + chrono::Duration::days(20);
    let plans: [(usize, NaiveDate, NaiveDate, &str, bool); 8] = [
        (16, ymd(school_year, 9, 1), ymd(school_year + 1, 8, 31), "", true),
        (17, ymd(school_year, 9, 1), ymd(school_year + 1, 8, 31), "45-П", true),
        (19, ymd(school_year, 9, 15), ymd(school_year + 1, 5, 31), "", true),
        (22, ymd(school_year - 1, 9, 1), soon, "", true),
        (26, ymd(school_year - 1, 9, 1), ymd(school_year, 8, 31), "", true),
        (30, ymd(school_year, 10, 1), ymd(school_year + 1, 9, 30), "12", true),
        (35, ymd(school_year, 9, 1), ymd(school_year + 1, 8, 31), "", true),
        (40, ymd(school_year, 12, 1), ymd(school_year + 1, 11, 30), "", false),
    ];
    for (k, (index, from, to, theirs, register)) in plans.into_iter().enumerate() {
        let Some(&partner_id) = partners.get(index) else { continue };
        let partner = store.partner(partner_id)?;
        let head = partner.contacts.first();
        let input = AgreementInput {
            partner_id,
            partner_number: theirs.to_string(),
            language: if k % 2 == 0 { DocLang::Kkru } else { DocLang::Ru },
            signed_on: register.then(|| from.to_string()),
            valid_from: from.to_string(),
            valid_to: to.to_string(),
            partner_position: head.map(|c| LocalizedName { ru: c.position.clone(), kk: c.position.clone(), en: c.position.clone() }).unwrap_or_default(),
            partner_head: head.map(|c| LocalizedName { ru: c.name.clone(), kk: c.name.clone(), en: c.name.clone() }).unwrap_or_default(),
            partner_in_person: head.map(|c| LocalizedName { ru: c.name.clone(), kk: c.name.clone(), en: c.name.clone() }).unwrap_or_default(),
            ..Default::default()
        };
        let a = store.create_agreement(&input, today)?;
        if register {
            store.register_agreement(a.id, today)?;
        }
    }
    Ok(())
}

/// The plan of the current school year, with the events held so far (none after `today`).
fn plan(store: &Store, partners: &[i64], forms: &[CatalogEntry], today: NaiveDate) -> Result<()> {
    let demo: DemoPlan = serde_json::from_str(PLAN).expect("the bundled demo plan is valid JSON");
    let school_year = if today.month() >= 9 { today.year() } else { today.year() - 1 };
    let period = PlanPeriod::school(school_year);
    let form = |code: &str| forms.iter().find(|f| f.code == code).map(|f| f.id);
    let plan = store.create_plan(
        &PlanInput {
            kind: PlanKind::School,
            start_year: school_year,
            approved_on: Some(NaiveDate::from_ymd_opt(school_year, 8, 28).expect("a valid date").to_string()),
            approval_order: demo.approval_order.replace("{year}", &school_year.to_string()),
            ..PlanInput::default()
        },
        today,
    )?;
    let mut rows = Vec::new();
    for r in &demo.rows {
        let Some(&partner_id) = partners.get(r.partner) else { continue };
        let input = PlanRowInput {
            partner_id,
            group_id: None,
            goal: r.goal.clone(),
            responsible: r.responsible.clone(),
            social_effect: r.social_effect.clone(),
            activities: r
                .activities
                .iter()
                .map(|a| ActivityInput { id: None, title: a.title.clone(), form_id: form(&a.form), period: a.period.clone() })
                .collect(),
        };
        rows.push(store.add_plan_row(plan.id, &input, today)?);
    }
    for e in &demo.events {
        let Some(held_on) = NaiveDate::from_ymd_opt(period.year_of_month(e.month), e.month, e.day) else { continue };
        if held_on > today {
            continue;
        }
        let row = e.row.and_then(|r| rows.get(r));
        let activity = row.zip(e.activity).and_then(|(r, a)| r.activities.get(a));
        let Some(partner_id) = row.map(|r| r.partner_id).or_else(|| e.partner.and_then(|p| partners.get(p).copied())) else {
            continue;
        };
        store.create_event(&HeldEventInput {
            held_on: held_on.to_string(),
            time: e.time.clone(),
            partner_id,
            activity_id: activity.map(|a| a.id),
            title: e.title.clone().or_else(|| activity.map(|a| a.title.clone())).unwrap_or_default(),
            form_id: e.form.as_deref().and_then(form).or_else(|| activity.and_then(|a| a.form_id)),
            place: e.place.clone(),
            participants: Participants { children: e.children, parents: e.parents, teachers: e.teachers, others: e.others },
            ages: String::new(),
            by_parents: e.by_parents,
            responsible: row.map(|r| r.responsible.clone()).unwrap_or_default(),
            result: e.result.clone(),
            media_link: e.media.clone(),
        })?;
    }
    Ok(())
}

/// Nominations of this year at every step: proposed, approved by an order, printed with a
/// register number, handed over.
fn awards(store: &Store, partners: &[i64], today: NaiveDate) -> Result<()> {
    use crate::declension::Gender;
    use crate::model::{NominationInput, NomineeKind, NomineeRole};
    let titles = store.award_catalogs()?.titles;
    let title = |code: &str| titles.iter().find(|t| t.code == code).map(|t| t.id).unwrap_or(titles[0].id);
    let reason = |ru: &str, kk: &str| LocalizedName { ru: ru.into(), kk: kk.into(), en: String::new() };
    let person = |surname: &str, given: &str, patronymic: &str, gender: Gender, role: NomineeRole, code: &str, why: LocalizedName| NominationInput {
        year: today.year(),
        title_id: title(code),
        nominee_kind: NomineeKind::Person,
        surname: surname.into(),
        given_name: given.into(),
        patronymic: patronymic.into(),
        gender: Some(gender),
        role,
        reason: why,
        proposed_by: "Методический совет".into(),
        ..Default::default()
    };
    let list = [
        person("Кравченко", "Наталья", "Викторовна", Gender::Female, NomineeRole::Parent, "most-active-parent",
            reason("за активное участие в жизни Дворца школьников и помощь в организации праздников", "Оқушылар сарайының өміріне белсене қатысқаны және мерекелерді ұйымдастыруға көмектескені үшін")),
        person("Сейтқалиева", "Жанар", "Болатқызы", Gender::Female, NomineeRole::Parent, "most-active-parent",
            reason("за многолетнее сотрудничество и поддержку детских инициатив", "көпжылдық ынтымақтастығы мен балалар бастамаларын қолдағаны үшін")),
        person("Ахметов", "Ерлан", "Серикович", Gender::Male, NomineeRole::Teacher, "parents-methodist",
            reason("за высокий профессионализм в работе с родителями воспитанников", "тәрбиеленушілердің ата-аналарымен жұмыстағы жоғары кәсібилігі үшін")),
        person("Иванова", "Марина", "Сергеевна", Gender::Female, NomineeRole::Partner, "best-partner",
            reason("за плодотворное сотрудничество в деле воспитания подрастающего поколения", "өскелең ұрпақты тәрбиелеу ісіндегі жемісті ынтымақтастығы үшін")),
        NominationInput {
            nominee_kind: NomineeKind::Family,
            name: "Семья Нурлановых".into(),
            ..person("", "", "", Gender::Male, NomineeRole::Parent, "friendly-family",
                reason("за активное участие в спортивном празднике «Папа, мама, я — спортивная семья»", "«Әке, ана және мен — спорттық отбасы» мерекесіне белсене қатысқаны үшін"))
        },
        NominationInput {
            nominee_kind: NomineeKind::Collective,
            name: "Родительский комитет Дворца школьников".into(),
            partner_id: partners.first().copied(),
            ..person("", "", "", Gender::Male, NomineeRole::Parent, "best-parents-committee",
                reason("за организацию благотворительной ярмарки «Мейірім»", "«Мейірім» қайырымдылық жәрмеңкесін ұйымдастырғаны үшін"))
        },
    ];
    let ids: Vec<i64> = list.iter().map(|n| store.create_nomination(n).map(|n| n.id)).collect::<Result<_>>()?;
    let order_date = today - chrono::Duration::days(5);
    store.approve_nominations(&ids[2..], "112-П", &order_date.to_string())?;
    store.issue_certificate(ids[4], today - chrono::Duration::days(2))?;
    store.issue_certificate(ids[5], today - chrono::Duration::days(2))?;
    store.hand_over(ids[5], &(today - chrono::Duration::days(1)).to_string())?;
    Ok(())
}
