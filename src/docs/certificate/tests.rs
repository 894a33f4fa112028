//! Tests of the certificate: the recipient's size rule, everything inside the border, the QR
//! code, and the PDF as a reader sees it.

use std::path::Path;

use super::*;
use crate::docs::pdf::tests::{grey_map, pdftotext, write};

const KAZAKH: &str = "Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і";

fn image(bytes: &[u8]) -> Option<Arc<[u8]>> {
    Some(Arc::from(bytes))
}

/// A letter of thanks… no: a certificate of honour in Russian, with every picture.
pub(crate) fn sample_ru(border: BorderStyle, landscape: bool) -> CertificateData {
    CertificateData {
        style: CertificateStyle { border, landscape, ..CertificateStyle::default() },
        logo: image(include_bytes!("../testdata/emblem.png")),
        org_name: "Коммунальное государственное казённое предприятие «Центр детского творчества № 2» \
                   отдела образования города Петропавловска"
            .into(),
        title: "ГРАМОТА".into(),
        lead: "награждается".into(),
        recipient: "Иванова Мария Сергеевна".into(),
        reason: "за активное участие в жизни центра, помощь в организации совместных мероприятий \
                 с социальными партнёрами и творческий подход к воспитанию детей"
            .into(),
        signer_position: "Директор КГКП «Центр детского творчества № 2»".into(),
        signer_name: "А.Б. Сейткали".into(),
        signature: image(include_bytes!("../testdata/signature.png")),
        stamp: image(include_bytes!("../testdata/stamp.png")),
        stamp_label: "М.П.".into(),
        place_date: "г. Петропавловск, 29 ноября 2026 г.".into(),
        number: "№ 12/2026".into(),
        qr: Some("https://cdt2.edu.kz/c/12-2026-7F3K".into()),
    }
}

/// A letter of thanks in Kazakh, with the Kazakh ornament colours.
pub(crate) fn sample_kk(border: BorderStyle, landscape: bool) -> CertificateData {
    CertificateData {
        style: CertificateStyle {
            border,
            landscape,
            primary: [0, 98, 140],
            accent: [196, 152, 40],
            background: None,
        },
        logo: image(include_bytes!("../testdata/emblem.png")),
        org_name: "Петропавл қаласы білім бөлімінің «№ 2 балалар шығармашылығы орталығы» \
                   коммуналдық мемлекеттік қазыналық кәсіпорны"
            .into(),
        title: "АЛҒЫС ХАТ".into(),
        lead: "алғыс білдіреді".into(),
        recipient: "Һәкімова Әсел Ғалымжанқызына".into(),
        reason: "орталықтың қоғамдық өміріне белсенді қатысқаны, ата-аналар қауымдастығымен және \
                 әлеуметтік серіктестермен бірлескен іс-шараларды ұйымдастырудағы үлесі үшін"
            .into(),
        signer_position: "Директор".into(),
        signer_name: "Ұ.Ө. Іңкәрбаева".into(),
        signature: image(include_bytes!("../testdata/signature.png")),
        stamp: image(include_bytes!("../testdata/stamp.png")),
        stamp_label: "М.О.".into(),
        place_date: "Петропавл қ., 2026 жылғы 29 қараша".into(),
        number: "№ 7/2026".into(),
        qr: Some("https://cdt2.edu.kz/c/7-2026-Q2ZP".into()),
    }
}

/// A text run: its text, size, baseline and bounds.
type TextRun<'a> = (&'a str, f32, f32, (f32, f32, f32, f32));

fn text_items(page: &PageLayout) -> Vec<TextRun<'_>> {
    page.items
        .iter()
        .filter_map(|i| match i {
            Item::Text { text, size, y, .. } => Some((text.as_str(), *size, *y, i.bounds())),
            _ => None,
        })
        .collect()
}

/// The recipient's lines: the text runs in bold italic.
fn recipient_runs(page: &PageLayout) -> Vec<(String, f32, f32)> {
    page.items
        .iter()
        .filter_map(|i| match i {
            Item::Text { text, size, y, style: FontStyle::BoldItalic, .. } => Some((text.clone(), *size, *y)),
            _ => None,
        })
        .collect()
}

fn with_name(name: &str, landscape: bool) -> PageLayout {
    let mut d = sample_ru(BorderStyle::Classic, landscape);
    d.recipient = name.into();
    layout(&d).unwrap().pages.remove(0)
}

#[test]
fn a_short_name_is_set_at_the_largest_size_on_one_line() {
    for landscape in [false, true] {
        let runs = recipient_runs(&with_name("Иванова Мария Сергеевна", landscape));
        let max = if landscape { LANDSCAPE.name_max } else { PORTRAIT.name_max };
        assert_eq!(runs.len(), 1, "{runs:?}");
        assert_eq!(runs[0].0, "Иванова Мария Сергеевна");
        assert_eq!(runs[0].1, max);
    }
}

#[test]
fn a_long_double_barrelled_name_shrinks_to_stay_on_one_line() {
    let name = "Салтыкова-Щедрина Александра-Виктория Константиновна Иванова";
    assert_eq!(name.chars().count(), 60);
    for landscape in [false, true] {
        let page = with_name(name, landscape);
        let runs = recipient_runs(&page);
        let s = if landscape { &LANDSCAPE } else { &PORTRAIT };
        assert_eq!(runs.len(), 1, "{runs:?}");
        let size = runs[0].1;
        assert!(size < s.name_max && size >= s.name_min, "{size}");
        // As large as fits: half a point more would not.
        let f = frame(&CertificateStyle { landscape, ..CertificateStyle::default() });
        let p = Paragraph::plain(name).style(FontStyle::BoldItalic);
        assert!(line_width(&p.clone().size(size)) <= f.content.width());
        assert!(line_width(&p.size(size + 0.5)) > f.content.width());
    }
}

#[test]
fn a_very_long_name_wraps_to_two_lines_at_the_minimum_size_inside_the_frame() {
    let name = "Семья Ивановых-Петровых: Иван Сергеевич, Мария Петровна, их дети Анна, Сергей \
                и Алёна, бабушка Зоя и дедушка Пётр Ильич.";
    assert_eq!(name.chars().count(), 120);
    for border in BorderStyle::ALL {
        for landscape in [false, true] {
            let mut d = sample_ru(border, landscape);
            d.recipient = name.into();
            let page = layout(&d).unwrap().pages.remove(0);
            let runs = recipient_runs(&page);
            let min = if landscape { LANDSCAPE.name_min } else { PORTRAIT.name_min };
            assert_eq!(runs.len(), 2, "{border:?} {runs:?}");
            assert!(runs.iter().all(|r| r.1 == min), "{runs:?}");
            assert!(runs[1].2 > runs[0].2);
            assert_eq!(format!("{} {}", runs[0].0, runs[1].0), name);
            let f = frame(&d.style);
            for (text, _, _, b) in text_items(&page) {
                assert!(f.content.holds(b, 0.01), "{text:?} {b:?} outside {:?}", f.content);
            }
        }
    }
}

/// Every combination of border, orientation and language, plus one with everything too long.
fn every_sample() -> Vec<CertificateData> {
    let mut out = Vec::new();
    for border in BorderStyle::ALL {
        for landscape in [false, true] {
            out.push(sample_ru(border, landscape));
            out.push(sample_kk(border, landscape));
            let mut long = sample_ru(border, landscape);
            long.org_name = long.org_name.repeat(4);
            long.title = "БЛАГОДАРСТВЕННОЕ ПИСЬМО ЗА ОСОБЫЕ ЗАСЛУГИ".into();
            long.recipient = "Нұрмағамбетова-Шаяхметова Айгерим-Жанар Бауыржанқызы ".repeat(4);
            long.reason = long.reason.repeat(6);
            long.signer_position = "Директор коммунального государственного казённого предприятия \
                                    «Центр детского творчества № 2» отдела образования"
                .into();
            long.signer_name = "Александра-Виктория Б. Сейткали-Оспанова".into();
            long.place_date = "г. Петропавловск, Северо-Казахстанская область, 29 ноября 2026 г.".into();
            long.number = "№ 1234567/2026-ПК-БЛАГ".into();
            out.push(long);
        }
    }
    out
}

#[test]
fn every_text_is_inside_the_border_and_no_two_lines_overlap() {
    for d in every_sample() {
        let layout = layout(&d).unwrap();
        assert_eq!(layout.pages.len(), 1);
        let page = &layout.pages[0];
        let f = frame(&d.style);
        assert_eq!((page.width_pt, page.height_pt), (f.width, f.height));
        assert!(f.border.left < f.content.left && f.content.right < f.border.right);
        let texts = text_items(page);
        assert!(texts.len() >= 8, "{:?}", d.style);
        for (text, _, _, b) in &texts {
            assert!(f.content.holds(*b, 0.01), "{:?}: {text:?} {b:?} outside {:?}", d.style, f.content);
        }
        // Lines on different baselines never cover one another (a small overlap of the
        // ascender of one line and the descender of the one above is allowed).
        for (i, a) in texts.iter().enumerate() {
            for b in &texts[i + 1..] {
                let (x_overlap, y_overlap) = (a.3 .0 < b.3 .2 && b.3 .0 < a.3 .2, a.3 .1 < b.3 .3 && b.3 .1 < a.3 .3);
                let overlap = (a.3 .3.min(b.3 .3) - a.3 .1.max(b.3 .1)).max(0.0);
                let small = overlap < 0.25 * a.1.min(b.1);
                assert!(!(x_overlap && y_overlap) || small || (a.2 - b.2).abs() < 0.01, "{:?}: {:?} and {:?} overlap", d.style.border, a.0, b.0);
            }
        }
        // Nothing of the drawing leaves the sheet.
        for item in &page.items {
            let b = item.bounds();
            assert!(b.0 >= -0.01 && b.1 >= -0.01 && b.2 <= f.width + 0.01 && b.3 <= f.height + 0.01, "{item:?}");
        }
    }
}

#[test]
fn the_title_is_letter_spaced_in_the_primary_colour_and_centred() {
    let d = sample_kk(BorderStyle::Ornament, false);
    let page = layout(&d).unwrap().pages.remove(0);
    let f = frame(&d.style);
    let Some(Item::Text { x, width, char_spacing, color, size, .. }) =
        page.items.iter().find(|i| matches!(i, Item::Text { text, .. } if text == "АЛҒЫС ХАТ"))
    else {
        panic!("no title")
    };
    assert_eq!(*color, Rgb(d.style.primary));
    assert!((char_spacing - size * TITLE_TRACKING as f32 / 1000.0).abs() < 1e-3);
    assert!(((x + width / 2.0) - f.content.center_x()).abs() < 0.01);
}

#[test]
fn the_qr_modules_are_those_of_the_qrcode_crate() {
    let long = "Мадақтама № 12/2026 — Һәкімова Әсел Ғалымжанқызы. ".repeat(20);
    let texts = ["1", "12/2026", "https://cdt2.edu.kz/c/12-2026-7F3K", "HELLO WORLD 2026", "Қ", long.as_str()];
    for (k, text) in texts.iter().chain([&"x".repeat(2000).as_str()]).enumerate() {
        let text = format!("{text}{}", "#".repeat(k * 7));
        let modules = qr_modules(&text).unwrap();
        let expected = qrcode::QrCode::with_error_correction_level(&text, qrcode::EcLevel::M)
            .or_else(|_| qrcode::QrCode::with_error_correction_level(&text, qrcode::EcLevel::L))
            .unwrap();
        let expected: Vec<Vec<bool>> =
            expected.to_colors().chunks(expected.width()).map(|r| r.iter().map(|c| *c == qrcode::Color::Dark).collect()).collect();
        assert_eq!(modules, expected, "{text}");
    }
    assert!(qr_modules(&"x".repeat(4000)).is_err());
}

#[test]
fn the_qr_code_is_drawn_as_its_modules() {
    let text = "https://cdt2.edu.kz/c/12-2026-7F3K";
    let modules = qr_modules(text).unwrap();
    let expected = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).unwrap();
    assert_eq!(modules.len(), expected.width());
    let n = modules.len();
    let (x, y, side) = (100.0, 200.0, mm(QR_MM));
    let [ground, code] = qr_code(text, x, y, side).unwrap();
    assert!(matches!(ground, Item::Path { fill: Some(Rgb::WHITE), .. }));
    let Item::Path { segments, fill: Some(Rgb::BLACK), stroke: None } = code else { panic!() };
    // Paint the rectangles back into a grid: it must be the matrix, each module once.
    let m = side / n as f32;
    let mut painted = vec![vec![0u8; n]; n];
    for rect in segments.chunks(5) {
        let (Segment::Move(x0, y0), Segment::Line(x1, _), Segment::Line(_, y1)) = (rect[0], rect[1], rect[2]) else { panic!("{rect:?}") };
        assert!(((y1 - y0) - m).abs() < 1e-3, "one module high");
        let row = ((y0 - y) / m).round() as usize;
        let (c0, c1) = (((x0 - x) / m).round() as usize, ((x1 - x) / m).round() as usize);
        for cell in &mut painted[row][c0..c1] {
            *cell += 1;
        }
    }
    for r in 0..n {
        for c in 0..n {
            assert_eq!(painted[r][c] == 1, expected[(c, r)] == qrcode::Color::Dark, "module {r},{c}");
            assert!(painted[r][c] <= 1);
        }
    }
}

/// Words as pdftotext gives them, joined back regardless of where it broke the lines (it
/// drops a hyphen at the end of a line and joins the halves, so hyphens are left out).
fn words(text: &str) -> String {
    text.replace('-', "").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_pdf_reads_back_with_every_kazakh_letter() {
    let dir = tempfile::tempdir().unwrap();
    for landscape in [false, true] {
        let mut d = sample_kk(BorderStyle::Ornament, landscape);
        d.reason = format!("{} Әріптер: {KAZAKH}.", d.reason);
        let text = words(&pdftotext(&write(dir.path(), "kk.pdf", &render(&d).unwrap())));
        for part in [&d.title, &d.recipient, &d.number, &d.place_date, &d.signer_name, &d.lead, &d.org_name] {
            assert!(text.contains(&words(part)), "{part} is missing from: {text}");
        }
        assert!(text.contains(&words(&d.reason)), "the reason is missing from: {text}");
        for letter in KAZAKH.split(' ') {
            assert!(text.contains(letter), "{letter} is missing from: {text}");
        }
        assert!(!text.contains('?') && !text.contains('\u{FFFD}'), "{text}");

        let d = sample_ru(BorderStyle::Classic, landscape);
        let text = words(&pdftotext(&write(dir.path(), "ru.pdf", &render(&d).unwrap())));
        for part in [&d.title, &d.recipient, &d.number, &d.place_date, &d.stamp_label, &words(&d.reason), &words(&d.org_name)] {
            assert!(text.contains(part.as_str()), "{part} is missing from: {text}");
        }
    }
}

#[test]
fn the_printed_qr_code_decodes_to_its_text() {
    let dir = tempfile::tempdir().unwrap();
    for border in [BorderStyle::Ribbon, BorderStyle::Classic] {
        let d = sample_ru(border, border == BorderStyle::Ribbon);
        let path = write(dir.path(), "qr.pdf", &render(&d).unwrap());
        let (w, h, grey) = grey_map(&path, 150);
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| grey[y * w + x]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "{border:?}: one QR code on the page");
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(Some(content), d.qr);
    }
}

#[test]
fn many_certificates_make_one_page_each_with_pictures_and_fonts_embedded_once() {
    let ds = [sample_ru(BorderStyle::Laurel, false), sample_kk(BorderStyle::Ornament, true), sample_ru(BorderStyle::Simple, false)];
    let layout = layout_many(&ds).unwrap();
    assert_eq!(layout.pages.len(), 3);
    // Logo, signature and stamp: three pictures for three certificates.
    assert_eq!(layout.images.len(), 3);
    assert!(layout.pages[1].width_pt > layout.pages[1].height_pt);
    let bytes = render_many(&ds).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text = pdftotext(&write(dir.path(), "three.pdf", &bytes));
    let pages: Vec<&str> = text.split('\u{000C}').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(pages.len(), 3);
    assert!(words(pages[1]).contains("Һәкімова Әсел Ғалымжанқызына"), "{}", pages[1]);
    let one = render(&ds[0]).unwrap();
    assert!(bytes.len() < 3 * one.len(), "{} bytes for three, {} for one", bytes.len(), one.len());
    // Every face is embedded once, however many pages use it.
    let fonts = bytes.windows(9).filter(|w| w == b"/FontFile").count();
    assert!(fonts <= 4, "{fonts} font files");
}

#[test]
fn a_bare_certificate_needs_no_pictures_and_stays_small() {
    let d = CertificateData {
        title: "ДИПЛОМ".into(),
        lead: "награждается".into(),
        recipient: "Айгерим Сейтқали".into(),
        ..CertificateData::default()
    };
    let layout = layout(&d).unwrap();
    assert!(layout.images.is_empty());
    assert_eq!(recipient_runs(&layout.pages[0]).len(), 1);
    let bytes = render(&d).unwrap();
    assert!(bytes.len() < 60_000, "{} bytes", bytes.len());
    let full = render(&sample_kk(BorderStyle::Ornament, false)).unwrap();
    assert!(full.len() < 90_000, "{} bytes with logo, signature and stamp", full.len());
}

#[test]
fn the_background_lies_under_everything_over_the_whole_sheet() {
    let mut d = sample_ru(BorderStyle::Ribbon, true);
    d.style.background = image(include_bytes!("../testdata/emblem.jpg"));
    let layout = layout(&d).unwrap();
    let page = &layout.pages[0];
    let Item::Image { x, y, width, height, image, multiply } = page.items[0] else { panic!("{:?}", page.items[0]) };
    assert_eq!((x, y, width, height, multiply), (0.0, 0.0, page.width_pt, page.height_pt, false));
    assert_eq!((layout.images[image].width_px, layout.images[image].height_px), (160, 160));
    // Stamp and signature are laid on like ink; the logo is not.
    let inks = page.items.iter().filter(|i| matches!(i, Item::Image { multiply: true, .. })).count();
    assert_eq!(inks, 2);
}

#[test]
fn a_picture_that_is_not_one_is_refused() {
    let mut d = sample_ru(BorderStyle::Simple, false);
    d.stamp = image(b"not a picture");
    assert_eq!(layout(&d).unwrap_err().code(), crate::ErrorCode::ImageInvalid);
}

#[test]
fn border_styles_are_kebab_case_in_json() {
    assert_eq!(serde_json::to_string(&BorderStyle::Ornament).unwrap(), "\"ornament\"");
    for b in BorderStyle::ALL {
        assert_eq!(serde_json::to_string(&b).unwrap(), format!("\"{}\"", b.code()));
    }
}

/// Writes a certificate of every border, ru and kk, portrait and landscape, when
/// PARTNERDESK_SAMPLE_DIR names a folder (look at them with `pdftoppm -r 50 -png`).
#[test]
fn samples() {
    let Some(dir) = std::env::var_os("PARTNERDESK_SAMPLE_DIR") else { return };
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir).unwrap();
    for border in BorderStyle::ALL {
        for landscape in [false, true] {
            let o = if landscape { "landscape" } else { "portrait" };
            for (lang, d) in [("ru", sample_ru(border, landscape)), ("kk", sample_kk(border, landscape))] {
                write(dir, &format!("{}-{lang}-{o}.pdf", border.code()), &render(&d).unwrap());
            }
        }
    }
    let long = every_sample().into_iter().nth(2).unwrap();
    write(dir, "long-ru-portrait.pdf", &render(&long).unwrap());
    let bare = CertificateData {
        style: CertificateStyle { border: BorderStyle::Simple, primary: [150, 24, 34], ..CertificateStyle::default() },
        title: "ДИПЛОМ".into(),
        lead: "награждается".into(),
        recipient: "Сейтқали Айгерим".into(),
        reason: "победитель городского конкурса чтецов «Туған жер»".into(),
        signer_position: "Директор".into(),
        signer_name: "А.Б. Сейткали".into(),
        place_date: "г. Петропавловск, 2026 г.".into(),
        ..CertificateData::default()
    };
    write(dir, "bare-ru-portrait.pdf", &render(&bare).unwrap());
}

