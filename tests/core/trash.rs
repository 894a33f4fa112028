//! The trash (30 days, restore, purge) and undo of the last change.

use chrono::{NaiveDate, Utc};
use partnerdesk::store::TrashKind;
use partnerdesk::{ActivityInput, ActivityPeriod, ErrorCode, EventQuery, HeldEventInput, PlanInput, PlanKind, PlanRowInput, ProfileImage};

use super::{fresh, partner};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-11-29";

#[test]
fn deleted_plans_rows_and_events_wait_in_the_trash_and_come_back() {
    let (_d, store) = fresh();
    let pid = store.create_partner(&partner(&store, "Школа № 4")).unwrap().partner.id;
    let plan = store.create_plan(&PlanInput { kind: PlanKind::School, start_year: 2026, ..Default::default() }, d(TODAY)).unwrap();
    let row = PlanRowInput { partner_id: pid, activities: vec![ActivityInput { title: "Экскурсия".into(), period: ActivityPeriod::Year, ..Default::default() }], ..Default::default() };
    let r = store.add_plan_row(plan.id, &row, d(TODAY)).unwrap();
    let e = store.create_event(&HeldEventInput { held_on: "2026-10-01".into(), partner_id: pid, title: "Концерт".into(), ..Default::default() }).unwrap();

    store.delete_event(e.id).unwrap();
    assert!(store.events(&EventQuery::default()).unwrap().is_empty());
    assert_eq!(store.event(e.id).unwrap_err().code(), ErrorCode::NotFound);
    store.delete_plan_row(r.id).unwrap();
    assert_eq!(store.plan(plan.id, d(TODAY)).unwrap().rows, 0);
    store.delete_plan(plan.id).unwrap();
    assert!(store.plans(d(TODAY)).unwrap().is_empty());
    // A period whose plan is in the trash takes no second plan: restore it instead.
    let again = store.create_plan(&PlanInput { kind: PlanKind::School, start_year: 2026, ..Default::default() }, d(TODAY));
    assert_eq!(again.unwrap_err().code(), ErrorCode::InTrash);

    let trash = store.trash().unwrap();
    assert_eq!(trash.iter().map(|t| t.kind).collect::<Vec<_>>(), vec![TrashKind::Plan, TrashKind::PlanRow, TrashKind::Event]);
    assert_eq!(trash[0].title, "2026-2027");
    assert_eq!(trash[1].title, "Школа № 4");
    assert!(trash[2].detail.starts_with("2026-10-01"));
    // A row goes back only into a plan in use.
    assert_eq!(store.restore_from_trash(TrashKind::PlanRow, r.id).unwrap_err().code(), ErrorCode::InTrash);
    store.restore_from_trash(TrashKind::Plan, plan.id).unwrap();
    store.restore_from_trash(TrashKind::PlanRow, r.id).unwrap();
    store.restore_from_trash(TrashKind::Event, e.id).unwrap();
    assert_eq!(store.plan(plan.id, d(TODAY)).unwrap().rows, 1);
    assert_eq!(store.events(&EventQuery::default()).unwrap().len(), 1);
    assert!(store.trash().unwrap().is_empty());
    assert_eq!(store.restore_from_trash(TrashKind::Event, e.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn the_trash_is_emptied_after_thirty_days() {
    let (_d, store) = fresh();
    let pid = store.create_partner(&partner(&store, "Школа № 4")).unwrap().partner.id;
    let e = store.create_event(&HeldEventInput { held_on: "2026-10-01".into(), partner_id: pid, title: "Концерт".into(), ..Default::default() }).unwrap();
    store.delete_event(e.id).unwrap();
    let deleted = chrono::DateTime::parse_from_rfc3339(&store.trash().unwrap()[0].deleted_at).unwrap().with_timezone(&Utc);
    assert_eq!(store.purge_trash(deleted + chrono::Duration::days(29)).unwrap(), 0);
    assert_eq!(store.trash().unwrap().len(), 1);
    assert_eq!(store.purge_trash(deleted + chrono::Duration::days(30) + chrono::Duration::seconds(1)).unwrap(), 1);
    assert!(store.trash().unwrap().is_empty());
}

#[test]
fn the_last_change_is_undone_whatever_it_was() {
    let (_d, store) = fresh();
    assert_eq!(store.undo_last_change().unwrap_err().code(), ErrorCode::NothingToUndo);
    // A new partner (with its contacts, lists and search entry) is undone entirely.
    let mut input = partner(&store, "Қала мұражайы");
    input.contacts = vec![partnerdesk::ContactInput { name: "Иванова Мария".into(), ..Default::default() }];
    let id = store.create_partner(&input).unwrap().partner.id;
    assert!(store.can_undo().unwrap());
    store.undo_last_change().unwrap();
    assert_eq!(store.partner(id).unwrap_err().code(), ErrorCode::NotFound);
    assert!(store.list_partners(&partnerdesk::PartnerQuery { search: "мұражай".into(), ..Default::default() }).unwrap().is_empty());
    assert!(!store.can_undo().unwrap(), "undo goes back one change only");

    // An edit is undone back to what it was, contacts included; search follows.
    let id = store.create_partner(&input).unwrap().partner.id;
    let mut edited = input.clone();
    edited.name = "Облыстық мұражай".into();
    edited.contacts.clear();
    store.update_partner(id, &edited).unwrap();
    store.undo_last_change().unwrap();
    let p = store.partner(id).unwrap();
    assert_eq!(p.name, "Қала мұражайы");
    assert_eq!(p.contacts.len(), 1);
    assert_eq!(store.list_partners(&partnerdesk::PartnerQuery { search: "қала".into(), ..Default::default() }).unwrap().len(), 1);

    // A refused change is no change: undo still undoes the one before it.
    store.archive_partner(id).unwrap();
    assert!(store.update_partner(id, &partnerdesk::PartnerInput { name: String::new(), ..edited.clone() }).is_err());
    store.undo_last_change().unwrap();
    assert!(store.partner(id).unwrap().archived_at.is_none(), "archiving was undone");

    // A deletion with cascades (a plan row and its activities, put in the trash) and a blob.
    let plan = store.create_plan(&PlanInput { kind: PlanKind::Calendar, start_year: 2027, ..Default::default() }, d(TODAY)).unwrap();
    let row = PlanRowInput { partner_id: id, activities: vec![ActivityInput { title: "Урок".into(), ..Default::default() }], ..Default::default() };
    store.add_plan_row(plan.id, &row, d(TODAY)).unwrap();
    store.delete_plan(plan.id).unwrap();
    store.undo_last_change().unwrap();
    assert_eq!(store.plan(plan.id, d(TODAY)).unwrap().rows, 1);
    let png = include_bytes!("../../src/docs/testdata/emblem.png");
    store.set_profile_image(ProfileImage::Logo, Some(png)).unwrap();
    store.set_profile_image(ProfileImage::Logo, None).unwrap();
    store.undo_last_change().unwrap();
    assert_eq!(store.profile_image(ProfileImage::Logo).unwrap().as_deref(), Some(&png[..]), "the picture came back byte for byte");
    assert!(store.integrity_ok().unwrap());
}

#[test]
fn a_number_given_out_in_a_register_is_never_undone() {
    let (_d, store) = fresh();
    let pid = store.create_partner(&partner(&store, "Школа № 4")).unwrap().partner.id;
    let input = partnerdesk::AgreementInput { partner_id: pid, valid_from: "2026-09-01".into(), valid_to: "2027-08-31".into(), signed_on: Some("2026-09-01".into()), ..Default::default() };
    let a = store.create_agreement(&input, d(TODAY)).unwrap();
    let registered = store.register_agreement(a.id, d(TODAY)).unwrap();
    assert_eq!(store.undo_last_change().unwrap_err().code(), ErrorCode::RegisterNoUndo);
    assert_eq!(store.agreement(a.id, d(TODAY)).unwrap().register_number, registered.register_number);
    let title = store.award_catalogs().unwrap().titles[0].id;
    let n = store
        .create_nomination(&partnerdesk::NominationInput { year: 2026, title_id: title, surname: "Иванова".into(), given_name: "Мария".into(), ..Default::default() })
        .unwrap();
    store.approve_nominations(&[n.id], "45", "2026-12-20").unwrap();
    store.issue_certificate(n.id, d("2026-12-25")).unwrap();
    assert_eq!(store.undo_last_change().unwrap_err().code(), ErrorCode::RegisterNoUndo);
    assert_eq!(store.certificate_register(None).unwrap().len(), 1);
}
