//! Tests of the layout model: where lines break, where pages break, where things sit.

use super::*;
use crate::docs::model::*;

const RU: &str = "Стороны обязуются совместно организовывать и проводить воспитательные, \
    просветительские и профориентационные мероприятия для обучающихся, содействовать развитию \
    социального партнёрства, обмениваться информацией о планируемых мероприятиях и \
    своевременно уведомлять друг друга об изменениях, влияющих на исполнение договора.";

/// Portrait A4: text column from 30 mm to 200 mm.
fn left() -> f32 {
    mm(30.0)
}
fn right() -> f32 {
    mm(200.0)
}

fn doc(blocks: Vec<Block>) -> Document {
    let mut d = Document::new(PageSetup::portrait());
    d.blocks = blocks;
    d
}

fn lay(blocks: Vec<Block>) -> Layout {
    layout(&doc(blocks)).expect("layout")
}

/// A baseline and its runs: (y, [(x, width, text)]).
type TextLine = (f32, Vec<(f32, f32, String)>);

/// Text runs grouped by baseline, top to bottom.
fn lines_of(page: &PageLayout) -> Vec<TextLine> {
    let mut out: Vec<TextLine> = Vec::new();
    for item in &page.items {
        if let Item::Text { x, y, width, text, .. } = item {
            match out.iter_mut().find(|(ly, _)| (ly - y).abs() < 0.01) {
                Some((_, runs)) => runs.push((*x, *width, text.clone())),
                None => out.push((*y, vec![(*x, *width, text.clone())])),
            }
        }
    }
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    out
}

fn all_text(layout: &Layout) -> Vec<String> {
    layout.pages.iter().flat_map(|p| p.text_lines()).collect()
}

fn filler(n: usize) -> Vec<Block> {
    (0..n).map(|i| Paragraph::new(format!("Абзац {i}: {RU}")).into()).collect()
}

#[test]
fn a_justified_russian_paragraph_fills_the_column_exactly() {
    let layout = lay(vec![Paragraph::new(format!("{RU} {RU}")).hyphenate(true).into()]);
    let lines = lines_of(&layout.pages[0]);
    assert!(lines.len() >= 6, "{} lines", lines.len());
    let (first_y, first_runs) = &lines[0];
    assert!((first_runs[0].0 - (left() + mm(12.5))).abs() < 1e-3, "first-line indent");
    let _ = first_y;
    for (i, (_, runs)) in lines.iter().enumerate() {
        let start = runs.iter().map(|r| r.0).fold(f32::MAX, f32::min);
        let end = runs.iter().map(|r| r.0 + r.1).fold(0.0, f32::max);
        assert!(start >= left() - 1e-3 && end <= right() + 1e-3, "line {i} overflows: {start}..{end}");
        if i + 1 < lines.len() {
            assert!((end - right()).abs() < 1e-3, "line {i} ends at {end}, not {}", right());
        } else {
            assert!(end < right() - 1.0, "the last line is set left, not stretched");
        }
    }
    // Lines keep their real spaces, and the distance between baselines is 1.15 × 12 pt.
    let text = layout.pages[0].text_lines().join(" ");
    assert!(text.contains("Стороны обязуются совместно"));
    assert!((lines[1].0 - lines[0].0 - 13.8).abs() < 1e-3);
}

#[test]
fn widths_in_the_layout_are_the_fonts_widths() {
    let layout = lay(vec![Paragraph::plain("Кеңес отырысы").into()]);
    let Item::Text { width, text, space_extra, .. } = layout.pages[0].texts().next().unwrap() else { unreachable!() };
    assert_eq!(*space_extra, 0.0);
    assert_eq!(*width, fonts::width(FontStyle::Regular, 12.0, text));
}

#[test]
fn a_no_break_space_never_breaks() {
    // «№ 7» at every position along a line: wherever it falls, it stays whole.
    for shift in 0..40 {
        let text = format!("{}договор № 7 и приложение № 7 к нему, акт № 7.", "а ".repeat(shift));
        let text = text.replace("№ ", "№\u{00A0}");
        let layout = lay(vec![Paragraph::new(text).into()]);
        for line in all_text(&layout) {
            assert!(!line.ends_with('№') && !line.ends_with("№\u{00A0}"), "shift {shift}: {line:?}");
            assert!(!line.starts_with('7'), "shift {shift}: {line:?}");
        }
        let joined = all_text(&layout).join(" ");
        assert_eq!(joined.matches("№\u{00A0}7").count(), 3, "shift {shift}");
    }
}

#[test]
fn numero_keeps_its_number_and_a_dash_never_starts_a_line_even_after_a_plain_space() {
    for shift in 0..40 {
        let text = format!("{}центр № 2 — организатор, школа № 41 — партнёр.", "а ".repeat(shift));
        let layout = lay(vec![Paragraph::new(text).into()]);
        for line in all_text(&layout) {
            assert!(!line.ends_with('№') && !line.starts_with('—'), "shift {shift}: {line:?}");
            assert!(!line.starts_with("2 ") && !line.starts_with("41"), "shift {shift}: {line:?}");
        }
    }
}

#[test]
fn russian_is_hyphenated_on_request_and_kazakh_never() {
    let narrow = |text: &str| {
        let mut t = Table::new(vec![ColumnWidth::Mm(35.0)]);
        t.borders = Borders::None;
        t.rows.push(Row::new(vec![Cell::new(vec![Paragraph::plain(text).hyphenate(true).into()])]));
        all_text(&lay(vec![t.into()]))
    };
    // A word longer than the line is hyphenated between syllables, two letters at least on
    // each side.
    let ru = narrow("Высокопрофессиональный человеконенавистничество");
    assert!(ru.len() >= 3, "{ru:?}");
    for (line, next) in ru.iter().zip(&ru[1..]) {
        assert!(line.ends_with('-'), "{ru:?}");
        let head = line.rsplit(' ').next().unwrap().trim_end_matches('-');
        assert!(head.chars().count() >= 2 && next.split(' ').next().unwrap().chars().count() >= 2, "{ru:?}");
    }
    assert_eq!(ru.concat().replace('-', ""), "Высокопрофессиональный человеконенавистничество");
    // A long Kazakh word is broken between letters when it must be, but never hyphenated.
    let kk = narrow("Мемлекеттендірілмегендіктеріңізден");
    assert!(kk.len() >= 2, "{kk:?}");
    assert!(kk.iter().all(|l| !l.ends_with('-')), "{kk:?}");
    assert_eq!(kk.concat(), "Мемлекеттендірілмегендіктеріңізден");
    // Kazakh prose with the flag on is left unhyphenated too.
    let prose = "Әлеуметтік серіктестермен жұмыстың жылдық кешенді жоспары бекітілді, \
                 тараптардың міндеттемелері мен құқықтары айқындалды.";
    assert!(narrow(prose).iter().all(|l| !l.ends_with('-')));
    // Without the flag Russian is not hyphenated either (only broken if a word exceeds a line).
    let plain = {
        let mut t = Table::new(vec![ColumnWidth::Mm(35.0)]);
        t.borders = Borders::None;
        t.rows.push(Row::new(vec![Cell::text(RU, 12.0)]));
        all_text(&lay(vec![t.into()]))
    };
    assert!(plain.iter().all(|l| !l.ends_with('-')), "{plain:?}");
}

#[test]
fn hyphenation_fills_lines_and_leaves_abbreviations_whole() {
    let bps = |w: &str| {
        let glyphs: Vec<Glyph> = w.chars().map(|c| (c, FontStyle::Regular)).collect();
        break_points(&glyphs, true).into_iter().map(|b| b.head).collect::<Vec<_>>()
    };
    assert!(!bps("сотрудничестве").is_empty());
    assert!(bps("ГИБДД").is_empty());
    assert!(bps("серіктестермен").is_empty());
    // «научно-практический»: after the hyphen (no extra hyphen), plus syllables.
    let glyphs: Vec<Glyph> = "научно-практический".chars().map(|c| (c, FontStyle::Regular)).collect();
    assert!(break_points(&glyphs, false).contains(&BreakPoint { head: 7, tail: 7, hyphen: false }));
    // In a justified paragraph some line ends with a syllable hyphen.
    let layout = lay(vec![Paragraph::new(format!("{RU} {RU} {RU}")).hyphenate(true).into()]);
    assert!(all_text(&layout).iter().any(|l| l.ends_with('-')));
}

#[test]
fn a_soft_hyphen_is_a_break_point_and_otherwise_invisible() {
    let layout = lay(vec![Paragraph::plain("до\u{00AD}го\u{00AD}вор").into()]);
    assert_eq!(all_text(&layout), vec!["договор"]);
}

#[test]
fn alignment_left_centre_right() {
    let layout = lay(vec![
        Paragraph::plain("Слева").into(),
        Paragraph::plain("По центру").align(Align::Center).into(),
        Paragraph::plain("Справа").align(Align::Right).into(),
    ]);
    let lines = lines_of(&layout.pages[0]);
    let (l, c, r) = (&lines[0].1[0], &lines[1].1[0], &lines[2].1[0]);
    assert!((l.0 - left()).abs() < 1e-3);
    assert!(((c.0 + c.1 / 2.0) - (left() + right()) / 2.0).abs() < 1e-3);
    assert!((r.0 + r.1 - right()).abs() < 1e-3);
}

#[test]
fn a_line_feed_breaks_the_line_and_is_not_justified() {
    let layout = lay(vec![Paragraph::new("Первая строка\nвторая строка").into()]);
    let lines = lines_of(&layout.pages[0]);
    assert_eq!(lines.len(), 2);
    assert!(lines[0].1.iter().all(|r| r.0 + r.1 < right() - 10.0));
}

#[test]
fn mixed_runs_share_a_line_and_justify_together() {
    let p = Paragraph::from_runs(vec![
        Run::bold("1.1. "),
        Run::regular(RU),
        Run::italic(" (в редакции Сторон)"),
    ]);
    let layout = lay(vec![p.into()]);
    let lines = lines_of(&layout.pages[0]);
    let first = &lines[0].1;
    assert!(first.len() >= 2, "a bold run and a regular run on the first line");
    // Runs follow each other without gaps or overlaps.
    for pair in first.windows(2) {
        assert!((pair[0].0 + pair[0].1 - pair[1].0).abs() < 1e-3);
    }
    let end = first.last().map(|r| r.0 + r.1).unwrap();
    assert!((end - right()).abs() < 1e-3);
}

#[test]
fn a_table_of_60_rows_repeats_its_header_on_every_page() {
    let mut t = Table::new(vec![ColumnWidth::Mm(12.0), ColumnWidth::Fraction(1.0), ColumnWidth::Fraction(2.0)]);
    t.header.push(Row::new(vec![Cell::text("№", 12.0), Cell::text("Партнёр", 12.0), Cell::text("Формы работы", 12.0)]));
    for i in 1..=60 {
        t.rows.push(Row::new(vec![
            Cell::text(format!("{i}."), 12.0),
            Cell::text(format!("Партнёр {i}"), 12.0),
            Cell::text("Экскурсия, мастер-класс, встреча с интересными людьми", 12.0),
        ]));
    }
    let layout = lay(vec![Heading::new("План").into(), t.into()]);
    assert!(layout.pages.len() >= 3, "{} pages", layout.pages.len());
    let mut seen = Vec::new();
    for (p, page) in layout.pages.iter().enumerate() {
        let lines = page.text_lines();
        let header = lines.iter().position(|l| l.starts_with("№ Партнёр Формы работы"));
        let header = header.unwrap_or_else(|| panic!("no header on page {}: {lines:?}", p + 1));
        // The header comes before every row of the page.
        let first_row = lines.iter().position(|l| l.starts_with(|c: char| c.is_ascii_digit())).unwrap();
        assert!(header < first_row);
        for l in &lines {
            if let Some(n) = l.split('.').next().and_then(|n| n.parse::<u32>().ok()) {
                seen.push(n);
            }
        }
        // Nothing below the bottom margin.
        for item in &page.items {
            if let Item::Line { y2, .. } = item {
                assert!(*y2 <= mm(297.0 - 20.0) + 0.01);
            }
        }
    }
    assert_eq!(seen, (1..=60).collect::<Vec<_>>(), "every row once, in order");
}

/// The page and baseline of the first text item containing `needle`.
fn find(layout: &Layout, needle: &str) -> (usize, f32) {
    for (p, page) in layout.pages.iter().enumerate() {
        for item in &page.items {
            if let Item::Text { y, text, .. } = item {
                if text.contains(needle) {
                    return (p, *y);
                }
            }
        }
    }
    panic!("{needle:?} not laid out")
}

#[test]
fn a_row_that_does_not_fit_moves_to_the_next_page_whole() {
    // Fill the first page to different depths; the five-line row is never split.
    let tall = "первая\nвторая\nтретья\nчетвёртая\nпятая";
    let mut moved = 0;
    for n in 0..14 {
        let mut t = Table::new(vec![ColumnWidth::Fraction(1.0), ColumnWidth::Fraction(1.0)]);
        t.header.push(Row::new(vec![Cell::text("Заголовок А", 12.0), Cell::text("Заголовок Б", 12.0)]));
        for i in 0..n {
            t.rows.push(Row::new(vec![Cell::text(format!("строка {i}"), 12.0), Cell::text("", 12.0)]));
        }
        t.rows.push(Row::new(vec![Cell::text(tall, 12.0), Cell::text("x", 12.0)]));
        let mut blocks = filler(7);
        blocks.push(t.into());
        let layout = lay(blocks);
        let (p1, _) = find(&layout, "первая");
        let (p5, _) = find(&layout, "пятая");
        assert_eq!(p1, p5, "n = {n}: the row was split");
        if p1 == 1 {
            moved += 1;
            // It starts the page under a repeated header.
            assert!(layout.pages[1].text_lines()[0].starts_with("Заголовок А"));
        }
    }
    assert!(moved > 0 && moved < 14, "the scenario moved the row sometimes ({moved})");
}

#[test]
fn a_row_taller_than_a_page_is_split_between_lines() {
    let long: Vec<String> = (1..=120).map(|i| format!("пункт {i}")).collect();
    let mut t = Table::new(vec![ColumnWidth::Fraction(1.0), ColumnWidth::Fraction(1.0)]);
    t.header.push(Row::new(vec![Cell::text("Шапка", 12.0), Cell::text("Шапка 2", 12.0)]));
    t.rows.push(Row::new(vec![Cell::text(long.join("\n"), 12.0), Cell::text("коротко", 12.0)]));
    t.rows.push(Row::new(vec![Cell::text("после", 12.0), Cell::text("", 12.0)]));
    let layout = lay(vec![t.into()]);
    assert!(layout.pages.len() >= 3);
    let mut numbers = Vec::new();
    for page in &layout.pages {
        let lines = page.text_lines();
        assert!(lines[0].starts_with("Шапка"), "{lines:?}");
        for l in lines {
            if let Some(rest) = l.strip_prefix("пункт ") {
                numbers.push(rest.split(' ').next().unwrap().parse::<u32>().unwrap());
            }
        }
    }
    assert_eq!(numbers, (1..=120).collect::<Vec<_>>());
    let (p, _) = find(&layout, "после");
    assert_eq!(p, layout.pages.len() - 1);
}

#[test]
fn a_heading_is_never_the_last_line_of_a_page() {
    for n in 0..40 {
        let mut blocks: Vec<Block> = (0..n).map(|i| Paragraph::new(format!("Строка {i}")).into()).collect();
        blocks.push(Section::new("3.", "СРОК ДЕЙСТВИЯ", vec![Paragraph::new(RU).into()]).into());
        blocks.push(Heading::new("Приложение").into());
        blocks.extend(filler(2));
        let layout = lay(blocks);
        for page in &layout.pages[..layout.pages.len() - 1] {
            let last = page.text_lines().pop().unwrap();
            assert!(!last.contains("СРОК ДЕЙСТВИЯ") && last != "Приложение", "n = {n}: page ends with {last:?}");
        }
        let (ph, _) = find(&layout, "СРОК ДЕЙСТВИЯ");
        let (pb, _) = find(&layout, "Стороны обязуются");
        assert_eq!(ph, pb, "n = {n}: the section title is on the page of its first lines");
    }
}

#[test]
fn a_paragraph_leaves_no_single_line_at_either_end_of_a_page() {
    for n in 40..52 {
        let mut blocks: Vec<Block> = (0..n).map(|i| Paragraph::plain(format!("Строка {i}")).into()).collect();
        blocks.extend(filler(1));
        let layout = lay(blocks);
        for page in &layout.pages {
            let lines = page.text_lines();
            let ours: Vec<_> = lines.iter().filter(|l| !l.starts_with("Строка")).collect();
            assert!(ours.is_empty() || ours.len() >= 2, "n = {n}: {ours:?}");
        }
    }
}

#[test]
fn the_approval_block_sits_at_the_right_margin() {
    let layout = layout(&{
        let mut d = Document::new(PageSetup::landscape());
        d.push(ApprovalBlock::new(
            "УТВЕРЖДАЮ",
            vec!["Директор КГКП «Центр детского творчества № 2» отдела образования".into()],
            "А.Б. Сейткали",
            "«29» ноября 2026 г.",
        ));
        d.push(Heading::new("КОМПЛЕКСНЫЙ ПЛАН"));
        d
    })
    .unwrap();
    let page = &layout.pages[0];
    let column = mm(297.0 - 15.0) - mm(80.0);
    let lines = lines_of(page);
    assert_eq!(lines[0].1[0].2, "УТВЕРЖДАЮ");
    assert!((lines[0].1[0].0 - column).abs() < 1e-3, "heading at the column's left edge");
    assert!((lines[0].0 - mm(15.0)).abs() < 14.0, "at the top of the page");
    let approval: Vec<_> = lines.iter().take_while(|(_, runs)| runs[0].2 != "КОМПЛЕКСНЫЙ ПЛАН").collect();
    assert!(approval.len() >= 5, "heading, two position lines, signature, date: {approval:?}");
    for (_, runs) in &approval {
        for (x, w, _) in runs {
            assert!(*x >= column - 1e-3 && x + w <= mm(297.0 - 15.0) + 1e-3);
        }
    }
    let texts = page.text_lines();
    assert!(texts.contains(&"_____________ А.Б.\u{00A0}Сейткали".to_string()), "{texts:?}");
    assert!(texts.contains(&"«29» ноября 2026 г.".to_string()));
}

#[test]
fn signatures_stand_side_by_side_in_equal_columns() {
    let party = |name: &str, lines: usize| Party {
        heading: format!("{name}:"),
        requisites: (0..lines).map(|i| format!("Реквизит {i} стороны «{name}»")).collect(),
        position: "Директор".into(),
        name: "И.О. Фамилия".into(),
        stamp: "М.П.".into(),
    };
    let mut blocks = filler(5);
    blocks.push(SignaturesBlock::new(party("Организация", 6), party("Партнёр", 2)).into());
    let layout = lay(blocks);
    let last = layout.pages.last().unwrap();
    let signs: Vec<(f32, f32)> = last
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text { x, y, text, .. } if text.starts_with("_____") => Some((*x, *y)),
            _ => None,
        })
        .collect();
    assert_eq!(signs.len(), 2);
    assert!((signs[0].1 - signs[1].1).abs() < 1e-3, "the signature lines are level");
    let cw = (right() - left() - mm(10.0)) / 2.0;
    assert!((signs[0].0 - left()).abs() < 1e-3);
    assert!((signs[1].0 - (left() + cw + mm(10.0))).abs() < 1e-3);
    // The whole block is on one page.
    let (ph, _) = find(&layout, "Организация:");
    let (pm, _) = find(&layout, "М.П.");
    assert_eq!(ph, pm);
    assert_eq!(last.text_lines().iter().filter(|l| l.contains("М.П.")).count(), 1, "both stamps on one line");
}

#[test]
fn page_numbers_are_on_every_page() {
    let mut d = doc(filler(30));
    d.page_numbers = Some(PageNumbers::new("— {page} —"));
    let layout = layout(&d).unwrap();
    let count = layout.pages.len();
    assert!(count >= 3);
    for (i, page) in layout.pages.iter().enumerate() {
        let Some(Item::Text { text, x, y, width, .. }) = page.items.last() else { panic!() };
        assert_eq!(text, &format!("— {} —", i + 1));
        assert!(*y > mm(297.0 - 20.0) && *y < mm(297.0));
        assert!(((x + width / 2.0) - (left() + right()) / 2.0).abs() < 1e-3);
    }
    d.page_numbers = Some(PageNumbers { on_first_page: false, ..PageNumbers::new("{page} / {pages}") });
    let layout = super::layout(&d).unwrap();
    assert!(!layout.pages[0].text_lines().iter().any(|l| l.contains(" / ")));
    assert_eq!(layout.pages[1].text_lines().last().unwrap(), &format!("2 / {count}"));
}

#[test]
fn page_breaks_and_spacers() {
    let layout = lay(vec![
        Paragraph::plain("один").into(),
        Block::PageBreak,
        Block::PageBreak,
        Paragraph::plain("два").into(),
        Block::PageBreak,
    ]);
    assert_eq!(layout.pages.len(), 2, "no blank pages");
    let layout = lay(vec![Block::Spacer(50.0), Paragraph::plain("ниже").space_before_mm(10.0).into()]);
    let (_, y) = find(&layout, "ниже");
    assert!(y > mm(20.0 + 50.0 + 10.0) && y < mm(20.0 + 50.0 + 10.0) + 14.0);
}

#[test]
fn keep_together_moves_as_a_whole() {
    let mut blocks = filler(7);
    blocks.push(Block::KeepTogether(vec![
        Paragraph::plain("Начало группы").into(),
        Paragraph::new(RU).into(),
        Paragraph::new(RU).into(),
        Paragraph::plain("Конец группы").into(),
    ]));
    let layout = lay(blocks);
    let (a, _) = find(&layout, "Начало группы");
    let (b, _) = find(&layout, "Конец группы");
    assert_eq!(a, b);
}

#[test]
fn a_group_row_is_never_the_last_row_of_a_page() {
    for n in 20..40 {
        let mut t = Table::new(vec![ColumnWidth::Fraction(1.0), ColumnWidth::Fraction(1.0)]);
        t.header.push(Row::new(vec![Cell::text("А", 12.0), Cell::text("Б", 12.0)]));
        for i in 0..n {
            t.rows.push(Row::new(vec![Cell::text(format!("ряд {i}"), 12.0), Cell::text("", 12.0)]));
        }
        t.rows.push(Row::group(Cell::text("Учреждения культуры:", 12.0)));
        t.rows.push(Row::new(vec![Cell::text("библиотека", 12.0), Cell::text("", 12.0)]));
        let mut blocks = filler(3);
        blocks.push(t.into());
        let layout = lay(blocks);
        let (g, _) = find(&layout, "Учреждения культуры:");
        let (r, _) = find(&layout, "библиотека");
        assert_eq!(g, r, "n = {n}");
        // The group row spans the whole table.
        let widest = layout.pages[g].items.iter().any(|i| matches!(i, Item::Line { x1, x2, .. } if (x1 - left()).abs() < 1e-3 && (x2 - right()).abs() < 1e-3));
        assert!(widest);
    }
}

#[test]
fn column_widths_mix_millimetres_and_fractions() {
    let e = column_edges(&[ColumnWidth::Mm(10.0), ColumnWidth::Fraction(1.0), ColumnWidth::Fraction(3.0)], mm(170.0));
    assert!((e[1] - mm(10.0)).abs() < 1e-3);
    assert!((e[2] - e[1] - mm(40.0)).abs() < 1e-3);
    assert!((e[3] - mm(170.0)).abs() < 1e-3);
    let e = column_edges(&[ColumnWidth::Mm(100.0), ColumnWidth::Mm(100.0)], mm(100.0));
    assert!((e[2] - mm(100.0)).abs() < 1e-3, "scaled down to fit");
}

#[test]
fn cells_span_columns_and_missing_cells_are_drawn_empty() {
    let mut t = Table::new(vec![ColumnWidth::Fraction(1.0); 3]);
    t.rows.push(Row::new(vec![Cell::text("широкая", 12.0).span(2), Cell::text("узкая", 12.0)]));
    t.rows.push(Row::new(vec![Cell::text("одна", 12.0)]));
    let layout = lay(vec![t.into()]);
    let verticals: Vec<f32> = layout.pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Line { x1, x2, .. } if x1 == x2 => Some(*x1),
            _ => None,
        })
        .collect();
    // Row 1: edges 0, 2/3, 1 — row 2: 0, 1/3, 2/3, 1.
    assert_eq!(verticals.len(), 3 + 4);
    let third = (right() - left()) / 3.0;
    assert!((verticals[1] - (left() + 2.0 * third)).abs() < 1e-3);
}

#[test]
fn images_keep_their_proportions_and_bad_bytes_are_refused() {
    let png = include_bytes!("../testdata/emblem.png");
    let layout = lay(vec![Image::new(png.to_vec(), 40.0).into(), Image::new(png.to_vec(), 20.0).align(Align::Left).into()]);
    assert_eq!(layout.images.len(), 1, "the same picture is stored once");
    let imgs: Vec<_> = layout.pages[0].items.iter().filter(|i| matches!(i, Item::Image { .. })).collect();
    let Item::Image { x, width, height, image, .. } = imgs[0] else { unreachable!() };
    assert_eq!(*image, 0);
    assert!((width - mm(40.0)).abs() < 1e-3 && (height - width).abs() < 1e-3);
    assert!((x + width / 2.0 - (left() + right()) / 2.0).abs() < 1e-3, "centred");
    let err = layout_err(vec![Image::new(b"not a picture".to_vec(), 40.0).into()]);
    assert_eq!(err.code(), crate::error::ErrorCode::ImageInvalid);
    // A PNG whose header claims 40000 × 40000 pixels is refused before they are allocated.
    // A valid PNG of 12000 × 10000 (its header's checksum made right) is refused by size,
    // before the decoder would allocate 480 MB.
    let mut huge = png.to_vec();
    huge[16..24].copy_from_slice(&[0, 0, 0x2E, 0xE0, 0, 0, 0x27, 0x10]);
    let mut crc = flate2::Crc::new();
    crc.update(&huge[12..29]);
    huge[29..33].copy_from_slice(&crc.sum().to_be_bytes());
    assert_eq!(png_size(&huge), Some((12000, 10000)));
    let Error::ImageInvalid { reason } = layout_err(vec![Image::new(huge, 40.0).into()]) else { panic!("not refused as a picture") };
    assert!(reason.contains("more pixels"), "{reason}");
}

#[test]
fn only_jpegs_pdf_can_show_are_kept_as_they_are() {
    let jpeg = include_bytes!("../testdata/emblem.jpg");
    let sof = jpeg.windows(2).position(|w| w[0] == 0xFF && (0xC0..=0xC2).contains(&w[1])).unwrap();
    for (marker, kept) in [(0xC0, true), (0xC1, true), (0xC2, true), (0xC3, false), (0xC9, false), (0xCB, false)] {
        let mut bytes = jpeg.to_vec();
        bytes[sof + 1] = marker;
        assert_eq!(jpeg_frame(&bytes).is_some(), kept, "SOF {marker:#x}");
    }
}

proptest::proptest! {
    /// A real JPEG with bytes changed or cut short anywhere: reading its frame header ends
    /// without a panic, and a header it finds lies within the bytes.
    #[test]
    fn a_damaged_jpeg_is_read_safely(
        changes in proptest::collection::vec((0usize..2000, proptest::num::u8::ANY), 1..8),
        cut in 2usize..2000,
    ) {
        let mut bytes = include_bytes!("../testdata/emblem.jpg").to_vec();
        for (at, b) in changes {
            let at = at % bytes.len();
            bytes[at] = b;
        }
        bytes.truncate(cut.min(bytes.len()));
        if let Some(f) = jpeg_frame(&bytes) {
            let header = bytes.windows(2).position(|w| w[0] == 0xFF && (0xC0..=0xC2).contains(&w[1]));
            proptest::prop_assert!(header.is_some_and(|h| h + 10 <= bytes.len()), "{f:?} without its header");
        }
    }
}

fn layout_err(blocks: Vec<Block>) -> crate::error::Error {
    layout(&doc(blocks)).unwrap_err()
}

#[test]
fn landscape_pages_are_wide() {
    let mut d = Document::new(PageSetup::landscape());
    d.push(Paragraph::new(RU));
    let layout = layout(&d).unwrap();
    assert!((layout.pages[0].width_pt - mm(297.0)).abs() < 1e-3);
    assert!((layout.pages[0].height_pt - mm(210.0)).abs() < 1e-3);
    let lines = lines_of(&layout.pages[0]);
    let end = lines[0].1.iter().map(|r| r.0 + r.1).fold(0.0, f32::max);
    assert!((end - mm(297.0 - 15.0)).abs() < 1e-3);
}

#[test]
fn empty_documents_and_paragraphs_do_not_fail() {
    assert_eq!(lay(vec![]).pages.len(), 1);
    let layout = lay(vec![Paragraph::new("").into(), Paragraph::plain("после пустого").into()]);
    let (_, y) = find(&layout, "после пустого");
    assert!(y > mm(20.0) + 13.8, "an empty paragraph takes a line");
}

#[test]
fn the_sample_documents_lay_out() {
    let agreement = layout(&crate::docs::sample()).unwrap();
    assert!(agreement.pages.len() >= 2);
    let plan = layout(&crate::docs::sample_plan()).unwrap();
    assert!(plan.pages.len() >= 2);
    for page in &plan.pages {
        assert!(page.text_lines().iter().any(|l| l.starts_with("№ Социальный партнёр")));
    }
}

#[test]
fn letter_spacing_widens_a_line_by_its_letters_and_centres_the_ink() {
    let fam = family();
    let plain = Paragraph::plain("ГРАМОТА").size(40.0).align(Align::Center).style(FontStyle::Bold);
    let spaced = plain.clone().tracking(100).color(Rgb([22, 58, 122]));
    let natural = fam.width(FontStyle::Bold, 40.0, "ГРАМОТА");
    // Six gaps between seven letters, a tenth of an em each; none after the last letter.
    assert!((line_width(&spaced) - (natural + 6.0 * 4.0)).abs() < 1e-3);
    assert!((line_width(&plain) - natural).abs() < 1e-3);
    let width = mm(150.0);
    let lines = set_lines(&spaced, width);
    assert_eq!(lines.len(), 1);
    let Item::Text { x, width: w, char_spacing, color, .. } = &lines[0].items[0] else { panic!() };
    assert!((w - line_width(&spaced)).abs() < 1e-3);
    assert!((char_spacing - 4.0).abs() < 1e-4);
    assert_eq!(*color, Rgb([22, 58, 122]));
    assert!(((x + w / 2.0) - width / 2.0).abs() < 1e-3, "centred on the ink");
    // Just wide enough: the last letter's spacing does not count.
    assert_eq!(set_lines(&spaced, line_width(&spaced) + 0.01).len(), 1);
    let twice = Paragraph { runs: vec![Run::bold("ГРАМОТА ГРАМОТА")], ..spaced.clone() };
    assert_eq!(set_lines(&twice, line_width(&spaced) + 0.01).len(), 2);
}

#[test]
fn a_path_moves_with_its_points_and_bounds_them() {
    let mut segments = Segment::rect(10.0, 20.0, 30.0, 40.0).to_vec();
    segments.push(Segment::Move(0.0, 0.0));
    segments.push(Segment::Curve((5.0, -5.0), (15.0, -5.0), (20.0, 0.0)));
    let stroke = Stroke { color: Rgb::BLACK, width: 2.0, round: true };
    let path = Item::Path { segments, fill: Some(Rgb::WHITE), stroke: Some(stroke) };
    assert_eq!(path.bounds(), (-1.0, -6.0, 41.0, 61.0));
    let moved = path.moved(100.0, 200.0);
    assert_eq!(moved.bounds(), (99.0, 194.0, 141.0, 261.0));
    let Item::Path { segments, .. } = moved else { panic!() };
    assert_eq!(segments[0], Segment::Move(110.0, 220.0));
    assert_eq!(segments[4], Segment::Close);
}
