//! The start page's dashboard (the attention lists of a day and the year in figures) and the
//! album of cooperation (read back with pdftotext and pdfimages).

use chrono::NaiveDate;
use partnerdesk::docs::{album, photo};
use partnerdesk::{
    ActivityInput, ActivityPeriod, AgreementInput, AlbumOrder, HeldEventInput, Lang, LocalizedName, MonthRange,
    NominationInput, Participants, PlanInput, PlanKind, PlanPeriod, PlanRowInput, Store,
};

use super::{category, fresh, pdf_pages};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-11-29";

fn partner_in(store: &Store, name: &str, cat: &str) -> i64 {
    let input = partnerdesk::PartnerInput { name: name.into(), category_id: category(store, cat), ..Default::default() };
    store.create_partner(&input).unwrap().partner.id
}

fn month(m: u32) -> ActivityPeriod {
    ActivityPeriod::Months { ranges: vec![MonthRange { from: m, to: m }] }
}

fn agreement(store: &Store, partner_id: i64, to: &str, register: bool) -> i64 {
    let input = AgreementInput { partner_id, valid_from: "2026-01-01".into(), valid_to: to.into(), signed_on: Some("2026-01-01".into()), ..Default::default() };
    let id = store.create_agreement(&input, d(TODAY)).unwrap().id;
    if register {
        store.register_agreement(id, d(TODAY)).unwrap();
    }
    id
}

fn nomination(store: &Store, surname: &str, award_kind: Option<i64>) -> i64 {
    let title = store.award_catalogs().unwrap().titles[1].id;
    let input = NominationInput {
        year: 2026,
        title_id: title,
        award_kind_id: award_kind,
        surname: surname.into(),
        given_name: "Мария".into(),
        reason: LocalizedName { ru: "за помощь".into(), ..Default::default() },
        ..Default::default()
    };
    store.create_nomination(&input).unwrap().id
}

/// Partners in two categories (one archived), agreements ending soon and later, a school-year
/// plan with activities in September to December, two events and nominations at every stage.
fn year(store: &Store) -> (i64, i64, i64) {
    let school = partner_in(store, "Школа № 4", "education");
    let gymnasium = partner_in(store, "Гимназия № 16", "education");
    partner_in(store, "Лицей № 1", "education");
    let library = partner_in(store, "Библиотека № 5", "culture");
    let museum = partner_in(store, "Музей", "culture");
    store.archive_partner(museum).unwrap();

    let soon = agreement(store, school, "2026-12-09", true);
    agreement(store, gymnasium, "2027-06-30", true);
    agreement(store, gymnasium, "2026-12-05", false); // a draft is not an agreement in force

    let plan = store.create_plan(&PlanInput { kind: PlanKind::School, start_year: 2026, ..Default::default() }, d(TODAY)).unwrap().id;
    let acts = |list: &[(&str, u32)]| list.iter().map(|(t, m)| ActivityInput { title: (*t).into(), period: month(*m), ..Default::default() }).collect();
    store
        .add_plan_row(plan, &PlanRowInput { partner_id: school, activities: acts(&[("Октябрьская встреча", 10), ("Ноябрьская встреча", 11), ("Декабрьская встреча", 12)]), ..Default::default() }, d(TODAY))
        .unwrap();
    let library_row = store
        .add_plan_row(plan, &PlanRowInput { partner_id: library, activities: acts(&[("Экскурсия", 9)]), ..Default::default() }, d(TODAY))
        .unwrap();
    let held = |partner_id, activity_id, on: &str, p| HeldEventInput {
        held_on: on.into(),
        partner_id,
        activity_id,
        title: "Мероприятие".into(),
        participants: p,
        ..Default::default()
    };
    store.create_event(&held(library, Some(library_row.activities[0].id), "2026-09-20", Participants { children: 10, parents: 3, ..Default::default() })).unwrap();
    store.create_event(&held(school, None, "2026-11-10", Participants { teachers: 5, ..Default::default() })).unwrap();
    store.create_event(&held(school, None, "2026-06-10", Participants { children: 99, ..Default::default() })).unwrap(); // the year before

    let kinds = store.award_catalogs().unwrap().kinds;
    let prize = kinds.iter().find(|k| !k.prints).unwrap().id;
    let waiting = nomination(store, "Иванова", None);
    let gift = nomination(store, "Петрова", Some(prize));
    let printed = nomination(store, "Сидорова", None);
    nomination(store, "Козлова", None); // only proposed
    store.approve_nominations(&[waiting, gift, printed], "45", "2026-11-20").unwrap();
    store.issue_certificate(printed, d(TODAY)).unwrap();
    (soon, waiting, plan)
}

#[test]
fn the_attention_lists_name_what_needs_doing_today() {
    let (_d, store) = fresh();
    let (soon, waiting, _) = year(&store);
    let a = store.attention(d(TODAY)).unwrap();
    assert_eq!(a.expiring.iter().map(|x| x.id).collect::<Vec<_>>(), vec![soon], "the draft and the later one are not listed");
    assert_eq!(a.overdue.iter().map(|x| x.title.as_str()).collect::<Vec<_>>(), vec!["Октябрьская встреча"]);
    assert_eq!(a.due_this_month.iter().map(|x| x.title.as_str()).collect::<Vec<_>>(), vec!["Ноябрьская встреча"]);
    assert_eq!(a.unprinted.iter().map(|n| n.id).collect::<Vec<_>>(), vec![waiting], "not the gift, the proposed or the printed one");
    // A month later October and November are overdue and December is due; the agreement has ended.
    let later = store.attention(d("2026-12-20")).unwrap();
    assert_eq!(later.overdue.len(), 2);
    assert_eq!(later.due_this_month.iter().map(|x| x.title.as_str()).collect::<Vec<_>>(), vec!["Декабрьская встреча"]);
    assert!(later.expiring.is_empty());
}

#[test]
fn the_year_at_a_glance_counts_per_month_category_and_kind_of_participant() {
    let (_d, store) = fresh();
    year(&store);
    let dash = store.dashboard(None, d(TODAY)).unwrap();
    assert_eq!(dash.period, "2026-2027", "the plan that contains today");
    assert!(dash.has_plan);
    assert_eq!(dash.months.len(), 12);
    let m = |i: usize| (dash.months[i].year, dash.months[i].month, dash.months[i].planned, dash.months[i].held);
    assert_eq!([m(0), m(1), m(2), m(3), m(4)], [(2026, 9, 1, 1), (2026, 10, 1, 0), (2026, 11, 1, 1), (2026, 12, 1, 0), (2027, 1, 0, 0)]);
    assert_eq!(dash.events, 2, "the June event belongs to the year before");
    assert_eq!(dash.participants, Participants { children: 10, parents: 3, teachers: 5, others: 0 });
    let cats: Vec<(&str, u32)> = dash.partners_by_category.iter().map(|c| (c.name.ru.as_str(), c.partners)).collect();
    assert_eq!(cats, vec![("Образовательные организации", 3), ("Учреждения культуры", 1)], "the archived museum is not counted");
    let fulfilment: Vec<(&str, u32, u32, u32)> = dash
        .fulfilment_by_category
        .iter()
        .map(|c| (c.name.ru.as_str(), c.fulfilment.expected, c.fulfilment.held, c.fulfilment.percent))
        .collect();
    assert_eq!(fulfilment, vec![("Образовательные организации", 3, 0, 0), ("Учреждения культуры", 1, 1, 100)]);
    assert_eq!((dash.fulfilment.expected, dash.fulfilment.held), (4, 1));

    // Another period: its months and events, and no plan to fulfil.
    let before = store.dashboard(Some(PlanPeriod::calendar(2026)), d(TODAY)).unwrap();
    assert_eq!(before.period, "2026");
    assert!(!before.has_plan);
    assert!(before.fulfilment_by_category.is_empty());
    assert_eq!(before.events, 3);
    assert_eq!(before.months[5].held, 1, "June");
    assert_eq!(before.periods, vec!["2026-2027", "2026"], "the plan's period and the one asked for, latest first");
    assert_eq!(before.attention, dash.attention, "attention is about today, whatever the period");
}

#[test]
fn without_a_plan_the_current_period_is_the_school_year_of_today() {
    let (_d, store) = fresh();
    assert_eq!(store.current_period(d("2026-08-31")).unwrap(), PlanPeriod::school(2025));
    assert_eq!(store.current_period(d("2026-09-01")).unwrap(), PlanPeriod::school(2026));
    let dash = store.dashboard(None, d(TODAY)).unwrap();
    assert_eq!((dash.period.as_str(), dash.has_plan, dash.events), ("2026-2027", false, 0));
    assert!(dash.partners_by_category.is_empty());
    // A calendar-year plan that contains today is taken when there is no school-year one.
    store.create_plan(&PlanInput { kind: PlanKind::Calendar, start_year: 2026, ..Default::default() }, d(TODAY)).unwrap();
    assert_eq!(store.current_period(d(TODAY)).unwrap(), PlanPeriod::calendar(2026));
}

/// Images in a PDF as pdfimages lists them: (encoding, width, height).
fn pdf_images(dir: &std::path::Path, pdf: &[u8]) -> Vec<(String, u32, u32, u32)> {
    let path = dir.join("images.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdfimages").arg("-list").arg(&path).output().expect("pdfimages (poppler-utils) is needed");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .skip(2)
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f[8].to_string(), f[3].parse().unwrap(), f[4].parse().unwrap(), f[12].parse().unwrap())
        })
        .collect()
}

const KAZAKH: &str = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І";

#[test]
fn the_album_has_a_cover_every_event_of_the_period_and_up_to_four_photos_each() {
    let (dir, store) = fresh();
    let library = partner_in(&store, "Библиотека «Әлем кітаптары»", "culture");
    let school = partner_in(&store, "Школа № 4", "education");
    let photos = |n: u64, seed: u64| -> Vec<std::path::PathBuf> {
        (0..n)
            .map(|k| {
                let path = dir.path().join(format!("source-{seed}-{k}.jpg"));
                std::fs::write(&path, photo::sample(1200, 900, seed * 10 + k)).unwrap();
                path
            })
            .collect()
    };
    let add = |partner_id, on: &str, title: &str, result: &str, files: Vec<std::path::PathBuf>| {
        let e = store
            .create_event(&HeldEventInput {
                held_on: on.into(),
                partner_id,
                title: title.into(),
                result: result.into(),
                place: "Актовый зал".into(),
                participants: Participants { children: 25, parents: 4, ..Default::default() },
                ..Default::default()
            })
            .unwrap();
        for f in files {
            store.add_event_photo(e.id, &f).unwrap();
        }
        store.event(e.id).unwrap()
    };
    add(library, "2026-10-14", "Экскурсия «Ғажайып әлем»", "Балалар кітапханамен танысты: қазақ, орыс тілдеріндегі түрлі кітаптар, ұлттық өнер, һәм ңғ.", photos(5, 1));
    let broken = add(school, "2026-09-05", "День знаний", "Вместе открыли учебный год.", photos(2, 2));
    add(school, "2026-12-01", "Встреча без фото", "", vec![]);
    add(school, "2027-09-02", "Следующий год", "", photos(1, 3));
    // One photo's file was damaged on disk: the album is still made, and says so.
    let damaged = store.photo_path(broken.photos[1].id).unwrap();
    std::fs::write(&damaged, b"not a photo any more").unwrap();

    let period = PlanPeriod::school(2026);
    let (pdf, name) = album::album_file(&store, period, AlbumOrder::ByDate, Lang::Ru).unwrap();
    assert_eq!(name, "Альбом сотрудничества 2026-2027 (ru).pdf");
    let pages = pdf_pages(dir.path(), "album.pdf", &pdf);
    assert!(pages[0].contains("Альбом сотрудничества с социальными партнёрами"), "{}", pages[0]);
    assert!(pages[0].contains("2026–2027 учебный год"));
    assert!(pages[0].contains("Мероприятий: 3 · Партнёров: 2 · Участников: 87"), "{}", pages[0]);
    let body = pages[1..].join(" ");
    let at = |s: &str| body.find(s).unwrap_or_else(|| panic!("«{s}» is not in the album: {body}"));
    assert!(at("День знаний") < at("Экскурсия «Ғажайып әлем»") && at("Экскурсия «Ғажайып әлем»") < at("Встреча без фото"), "by date");
    assert!(!body.contains("Следующий год"), "an event of the next year");
    at("14 октября 2026 г. · Актовый зал");
    at("Библиотека «Әлем кітаптары»");
    at("Участники — дети: 25, родители: 4");
    at("Ещё фото: 1");
    at(&format!("Фото «{}» не удалось прочитать.", broken.photos[1].original_name));
    for letter in KAZAKH.split(' ').filter(|l| l.chars().all(char::is_lowercase)) {
        assert!(body.contains(letter), "{letter}");
    }
    // Four photos of the first event, one of the second; as JPEG, scaled to their boxes.
    let images = pdf_images(dir.path(), &pdf);
    assert_eq!(images.len(), 5, "{images:?}");
    for (enc, w, h, ppi) in &images {
        assert_eq!(enc, "jpeg");
        assert!(*w.max(h) <= photo::pixels_for_mm(170.0), "{w}×{h}");
        // Each is printed at about the resolution it was scaled for, the one whose neighbour
        // could not be read too (it keeps its half-width place).
        assert!(*ppi >= 170, "{w}×{h} printed at {ppi} ppi: {images:?}");
    }
    assert!(images.iter().filter(|(_, w, _, _)| *w == photo::pixels_for_mm(83.0)).count() >= 4, "the four in a square are half-width: {images:?}");
}

#[test]
fn the_album_by_partner_puts_each_partners_events_under_its_name_and_speaks_kazakh() {
    let (dir, store) = fresh();
    let b = partner_in(&store, "Библиотека № 5", "culture");
    let a = partner_in(&store, "Ақбота балабақшасы", "education");
    for (p, on, title) in [(b, "2026-09-10", "Кітап көрмесі"), (a, "2026-10-01", "Ертегілер кеші"), (b, "2026-11-11", "Ақындар айтысы")] {
        store.create_event(&HeldEventInput { held_on: on.into(), partner_id: p, title: title.into(), ..Default::default() }).unwrap();
    }
    let (pdf, name) = album::album_file(&store, PlanPeriod::school(2026), AlbumOrder::ByPartner, Lang::Kk).unwrap();
    assert_eq!(name, "Ынтымақтастық альбомы 2026-2027 (kk).pdf");
    let pages = pdf_pages(dir.path(), "album-kk.pdf", &pdf);
    assert!(pages[0].contains("Әлеуметтік серіктестермен ынтымақтастық альбомы") && pages[0].contains("2026–2027 оқу жылы"), "{}", pages[0]);
    // Partners in alphabetical order, each on its own page, its events by date.
    assert_eq!(pages.len(), 3, "{pages:?}");
    assert!(pages[1].starts_with("Ақбота балабақшасы") && pages[1].contains("Ертегілер кеші"), "{}", pages[1]);
    assert!(pages[2].starts_with("Библиотека № 5"), "{}", pages[2]);
    assert!(pages[2].find("Кітап көрмесі").unwrap() < pages[2].find("Ақындар айтысы").unwrap());

    // A period without events says so.
    let (pdf, _) = album::album_file(&store, PlanPeriod::calendar(2030), AlbumOrder::ByDate, Lang::En).unwrap();
    let pages = pdf_pages(dir.path(), "empty.pdf", &pdf);
    assert!(pages.iter().any(|p| p.contains("No events held are recorded for this period.")), "{pages:?}");
}

#[test]
fn a_photo_too_large_is_refused_with_the_limit_in_the_message() {
    let (dir, store) = fresh();
    let p = partner_in(&store, "Школа № 4", "education");
    let e = store.create_event(&HeldEventInput { held_on: "2026-10-01".into(), partner_id: p, title: "Встреча".into(), ..Default::default() }).unwrap();
    let big = dir.path().join("big.jpg");
    let mut bytes = photo::sample(64, 64, 1);
    bytes.resize(partnerdesk::store::PHOTO_MAX_BYTES + 1, 0);
    std::fs::write(&big, bytes).unwrap();
    let err = store.add_event_photo(e.id, &big).unwrap_err();
    assert_eq!(err.code(), partnerdesk::ErrorCode::ImageTooLarge);
    assert_eq!(partnerdesk::i18n::error_message(Lang::Ru, &err), "Изображение больше 20 МБ. Уменьшите его или сохраните с меньшим качеством.");
    let text = dir.path().join("photo.jpg");
    std::fs::write(&text, "plain text").unwrap();
    assert_eq!(store.add_event_photo(e.id, &text).unwrap_err().code(), partnerdesk::ErrorCode::ImageInvalid);
    assert!(store.event(e.id).unwrap().photos.is_empty());
}

#[test]
fn a_photo_gone_from_disk_is_named_and_partners_with_alike_names_keep_their_own_pages() {
    let (dir, store) = fresh();
    let first = partner_in(&store, "Школа № 4", "education");
    let second = partner_in(&store, "школа №4", "education");
    let source = dir.path().join("photo.jpg");
    std::fs::write(&source, photo::sample(800, 600, 5)).unwrap();
    let mut kept = None;
    for (p, on) in [(first, "2026-10-01"), (second, "2026-10-02"), (first, "2026-10-03")] {
        let input = HeldEventInput { held_on: on.into(), partner_id: p, title: format!("Встреча {on}"), ..Default::default() };
        kept = Some(store.create_event_with_photos(&input, std::slice::from_ref(&source)).unwrap());
    }
    let gone = kept.unwrap();
    std::fs::remove_file(store.photo_path(gone.photos[0].id).unwrap()).unwrap();

    let (pdf, _) = album::album_file(&store, PlanPeriod::school(2026), AlbumOrder::ByPartner, Lang::Ru).unwrap();
    let pages = pdf_pages(dir.path(), "album.pdf", &pdf);
    // The cover, then one page per partner: the two «Школа № 4» are not interleaved by date.
    assert_eq!(pages.len(), 3, "{pages:?}");
    assert!(pages[1].contains("Встреча 2026-10-01") && pages[1].contains("Встреча 2026-10-03"), "{}", pages[1]);
    assert!(pages[2].contains("Встреча 2026-10-02"), "{}", pages[2]);
    assert!(pages[1].contains("Фото «photo.jpg» не удалось прочитать."), "{}", pages[1]);
    // The two photos left are shown, and being the same picture they are stored once.
    let path = dir.path().join("album.pdf");
    let list = String::from_utf8(std::process::Command::new("pdfimages").arg("-list").arg(&path).output().unwrap().stdout).unwrap();
    let objects: std::collections::BTreeSet<&str> = list.lines().skip(2).filter_map(|l| l.split_whitespace().nth(10)).collect();
    assert_eq!((list.lines().skip(2).count(), objects.len()), (2, 1), "{list}");
}

#[test]
fn an_event_with_a_photo_that_is_not_one_is_not_recorded() {
    let (dir, store) = fresh();
    let p = partner_in(&store, "Школа № 4", "education");
    let good = dir.path().join("good.jpg");
    std::fs::write(&good, photo::sample(64, 48, 1)).unwrap();
    let bad = dir.path().join("bad.jpg");
    std::fs::write(&bad, "text").unwrap();
    let input = HeldEventInput { held_on: "2026-10-01".into(), partner_id: p, title: "Встреча".into(), ..Default::default() };
    let err = store.create_event_with_photos(&input, &[good.clone(), bad]).unwrap_err();
    assert_eq!(err.code(), partnerdesk::ErrorCode::ImageInvalid);
    assert!(store.events(&Default::default()).unwrap().is_empty());
    let e = store.create_event_with_photos(&input, &[good.clone(), good]).unwrap();
    assert_eq!(e.photos.len(), 2);
}
