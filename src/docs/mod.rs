//! Documents as PDF: the layout engine every printed document stands on (agreements, the yearly
//! plan in A4 landscape, monthly reports, certificates).
//!
//! A document flows data → layout → PDF:
//! - [`model`]: the input, a [`Document`] of [`Block`]s (paragraphs of styled runs, headings,
//!   numbered sections, tables with repeated headers and group rows, images, spacers, page
//!   breaks, keep-together groups, the «УТВЕРЖДАЮ» approval block and the two-party
//!   signatures block). Millimetres for lengths, points for font sizes.
//! - [`layout()`]: measures with the bundled font's glyph advances, breaks lines (never at a
//!   no-break space), hyphenates Russian on request, aligns and justifies, flows blocks over
//!   pages (a heading never ends a page, a table row that does not fit moves on, a taller one
//!   is split, headers repeat) and adds page numbers. The result, a [`Layout`], is plain data:
//!   tests assert positions, line breaks and page breaks without reading PDF bytes. A page that
//!   is composed rather than flowed (a certificate) is built as a [`PageLayout`] directly:
//!   [`set_lines`] sets a paragraph (centred, letter-spaced, coloured) exactly as the flow
//!   would, [`Layout::image`] decodes each distinct picture once, and [`Item::Path`] draws
//!   vector shapes (frames, ornaments of Bézier curves, a QR code) in any colour.
//! - [`render`]: writes a [`Layout`] as PDF with printpdf (font subsets, lossless images, each
//!   distinct drawing stored once as a form and reused on every page that has it).
//! - [`fonts`]: Liberation Serif (all Kazakh letters), parsed once; [`width`] measures text the
//!   way printpdf writes widths, [`prepare`] strips invisible marks and replaces characters the
//!   font lacks.
//!
//! This module knows nothing of agreements or plans and reads no locales: the modules that
//! build particular documents pass it finished, localized strings (page-number templates
//! included). It never touches the database.

pub mod agreement;
pub mod album;
pub mod awards;
pub mod certificate;
pub mod fonts;
pub mod layout;
pub mod model;
pub mod pdf;
pub mod photo;
pub mod plan;
pub mod report;

pub use fonts::{has_glyph, prepare, width, FontStyle};
pub use layout::{
    layout, line_width, mm, set_lines, Item, Layout, LayoutImage, LineBox, PageLayout, Segment,
    Stroke, PT_PER_MM,
};
pub use model::{
    Align, ApprovalBlock, Block, Borders, Cell, ColumnWidth, Document, Heading, Image, Margins,
    Metadata, Orientation, PageNumbers, PageSetup, PageSize, Paragraph, Party, Rgb, Row, Run, Section,
    SignaturesBlock, Table, VAlign,
};
pub use pdf::{render, to_pdf};

/// A sample agreement in Russian with Kazakh passages, two pages and more: every kind of block
/// the agreement needs. Rendered by the tests; look at it after changing the layout.
#[cfg(test)]
pub fn sample() -> Document {
    let mut doc = Document::new(PageSetup::portrait());
    doc.metadata = Metadata {
        title: "Договор о сотрудничестве № 12/2026".into(),
        author: "КГКП «Центр детского творчества № 2»".into(),
        subject: "Социальное партнёрство".into(),
    };
    doc.page_numbers = Some(PageNumbers { on_first_page: false, ..PageNumbers::new("— {page} —") });
    let clause = |text: &str| Paragraph::new(text).hyphenate(true);
    doc.push(Image::new(include_bytes!("testdata/emblem.png").to_vec(), 18.0));
    doc.push(Heading::new("ДОГОВОР № 12/2026\nо сотрудничестве и социальном партнёрстве").size(14.0).space_before_mm(2.0));
    let mut place = Table::new(vec![ColumnWidth::Fraction(1.0), ColumnWidth::Fraction(1.0)]);
    place.borders = Borders::None;
    place.padding_mm = (0.0, 0.0);
    place.rows.push(Row::new(vec![
        Cell::text("г. Павлодар", 12.0),
        Cell::new(vec![Paragraph::plain("«29» ноября 2026 г.").align(Align::Right).into()]),
    ]));
    doc.push(place);
    doc.push(clause(
        "Коммунальное государственное казённое предприятие «Центр детского творчества № 2» \
         отдела образования города Павлодара, именуемое в дальнейшем «Организация», в лице \
         директора Сейткали Айгерим Болатовны, действующей на основании Устава, с одной стороны, \
         и Государственное учреждение «Областная детская библиотека имени Жамбыла Жабаева», \
         именуемое в дальнейшем «Партнёр», в лице директора Ивановой Марины Сергеевны, \
         действующей на основании Положения, с другой стороны, совместно именуемые «Стороны», \
         заключили настоящий договор о нижеследующем:",
    ).space_before_mm(3.0));
    let sections: [(&str, &str, &[&str]); 5] = [
        ("1.", "ПРЕДМЕТ ДОГОВОРА", &[
            "1.1. Предметом настоящего договора является сотрудничество Сторон в области \
             воспитания и дополнительного образования детей, организация совместных \
             мероприятий согласно плану совместной работы (приложение № 1).",
            "1.2. Сотрудничество осуществляется на безвозмездной основе и не преследует цели \
             извлечения прибыли.",
        ]),
        ("2.", "ПРАВА И ОБЯЗАННОСТИ СТОРОН", &[
            "2.1. Организация обязуется: обеспечить участие воспитанников в совместных \
             мероприятиях; назначить ответственного за жизнь и здоровье детей во время \
             мероприятий; своевременно информировать Партнёра об изменениях в составе групп.",
            "2.2. Партнёр обязуется: предоставлять помещения и фонды для проведения \
             мероприятий; проводить экскурсии, мастер-классы, литературные гостиные и встречи \
             с интересными людьми; освещать совместную деятельность в средствах массовой \
             информации.",
            "2.3. Стороны вправе вносить предложения по совершенствованию совместной работы, \
             запрашивать информацию, необходимую для выполнения обязательств, и привлекать к \
             проведению мероприятий третьих лиц по взаимному согласию.",
        ]),
        ("3.", "СРОК ДЕЙСТВИЯ ДОГОВОРА", &[
            "3.1. Договор вступает в силу с момента подписания и действует до 31 мая 2027 года. \
             Если ни одна из Сторон не заявит о его расторжении за месяц до окончания срока, \
             договор считается продлённым на следующий учебный год.",
        ]),
        ("4.", "ИЗМЕНЕНИЕ И РАСТОРЖЕНИЕ ДОГОВОРА", &[
            "4.1. Изменения и дополнения к договору оформляются письменно и подписываются \
             обеими Сторонами.",
            "4.2. Договор может быть расторгнут по соглашению Сторон или по инициативе одной из \
             них с письменным уведомлением другой Стороны не менее чем за тридцать дней.",
        ]),
        ("5.", "ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ", &[
            "5.1. Договор составлен в двух экземплярах, имеющих равную юридическую силу, по \
             одному для каждой из Сторон.",
            "5.2. Споры разрешаются путём переговоров, а при недостижении согласия — в порядке, \
             установленном законодательством Республики Казахстан.",
        ]),
    ];
    for (number, title, clauses) in sections {
        let blocks = clauses.iter().map(|c| clause(c).into()).collect();
        doc.push(Section::new(number, title, blocks));
    }
    doc.push(Heading::new("Бірлескен жұмыс жоспары / План совместной работы"));
    let mut plan = Table::new(vec![
        ColumnWidth::Mm(10.0),
        ColumnWidth::Fraction(3.0),
        ColumnWidth::Fraction(2.0),
        ColumnWidth::Mm(30.0),
    ]);
    let head = |t: &str| Cell::new(vec![Paragraph::plain(t).size(11.0).style(FontStyle::Bold).align(Align::Center).into()]).fill(0.92).valign(VAlign::Middle);
    plan.header.push(Row::new(vec![head("№"), head("Іс-шара / Мероприятие"), head("Нысаны / Форма"), head("Мерзімі / Срок")]));
    plan.rows.push(Row::group(Cell::text("Білім беру ұйымдары / Образовательные организации:", 11.0).fill(0.97)));
    let events = [
        ("Экскурсия «Әлем кітаптары» ко Всемирному дню чтения", "экскурсия", "Октябрь"),
        ("Мастер-класс «Қолөнер шеберханасы» по прикладному творчеству", "мастер-класс", "Ноябрь"),
        ("Литературная гостиная «Абай оқулары»", "встреча", "Декабрь–январь"),
        ("Акция «Подари книгу детскому саду» совместно с родительским комитетом", "акция", "В течение года"),
        ("Круглый стол «Отбасы — бақыт бесігі» для родителей воспитанников", "круглый стол", "2 раза в год"),
    ];
    for (i, (what, form, when)) in events.iter().enumerate() {
        plan.rows.push(Row::new(vec![
            Cell::text(format!("{}.", i + 1), 11.0),
            Cell::text(*what, 11.0),
            Cell::text(*form, 11.0),
            Cell::text(*when, 11.0),
        ]));
    }
    doc.push(plan);
    doc.push(Paragraph::new(
        "Тараптар осы шартты екі данада жасады, әрқайсысының заңды күші бірдей. Қазақ әліпбиінің \
         әріптері: Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і.",
    ).space_before_mm(2.0));
    doc.push(Heading::new("6. РЕКВИЗИТЫ И ПОДПИСИ СТОРОН"));
    doc.push(SignaturesBlock::new(
        Party {
            heading: "Организация:".into(),
            requisites: vec![
                "КГКП «Центр детского творчества № 2»".into(),
                "140000, г. Павлодар, ул. Академика Сатпаева, 12".into(),
                "БИН 990140001234".into(),
                "АО «Народный банк Казахстана», ИИК KZ12 6010 0000 0012 3456".into(),
                "Тел.: 8 (7182) 55-12-34".into(),
            ],
            position: "Директор".into(),
            name: "А.Б. Сейткали".into(),
            stamp: "М.П.".into(),
        },
        Party {
            heading: "Партнёр:".into(),
            requisites: vec![
                "ГУ «Областная детская библиотека имени Ж. Жабаева»".into(),
                "140000, г. Павлодар, ул. Естая, 54".into(),
                "БИН 000240005678".into(),
                "Тел.: 8 (7182) 32-45-67".into(),
            ],
            position: "Директор".into(),
            name: "М.С. Иванова".into(),
            stamp: "М.П.".into(),
        },
    ));
    doc
}

/// A sample yearly plan: A4 landscape, approval block, a long table with category rows.
#[cfg(test)]
pub fn sample_plan() -> Document {
    let mut doc = Document::new(PageSetup::landscape());
    doc.metadata.title = "Комплексный план работы с социальными партнёрами на 2026–2027 учебный год".into();
    doc.page_numbers = Some(PageNumbers::new("{page}"));
    doc.push(ApprovalBlock::new(
        "УТВЕРЖДАЮ",
        vec!["Директор КГКП «Центр детского творчества № 2»".into()],
        "А.Б. Сейткали",
        "«29» ноября 2026 г.",
    ));
    doc.push(Heading::new("КОМПЛЕКСНЫЙ ПЛАН\nработы с социальными партнёрами на 2026–2027 учебный год").size(14.0));
    let mut t = Table::new(vec![
        ColumnWidth::Mm(12.0),
        ColumnWidth::Fraction(2.0),
        ColumnWidth::Fraction(3.0),
        ColumnWidth::Fraction(4.0),
        ColumnWidth::Mm(40.0),
    ]);
    let head = |s: &str| Cell::new(vec![Paragraph::plain(s).style(FontStyle::Bold).align(Align::Center).into()]).valign(VAlign::Middle).fill(0.92);
    t.header.push(Row::new(vec![head("№"), head("Социальный партнёр"), head("Цель взаимодействия"), head("Формы взаимодействия"), head("Сроки")]));
    let categories = ["Образовательные организации:", "Учреждения культуры:", "Спорт и здравоохранение:", "Правопорядок и безопасность:"];
    let mut n = 0;
    for cat in categories {
        t.rows.push(Row::group(Cell::text(cat, 12.0).style_bold()));
        for k in 0..5 {
            n += 1;
            t.rows.push(Row::new(vec![
                Cell::text(format!("{n}."), 12.0),
                Cell::text(format!("Партнёр № {n} ({cat})"), 12.0),
                Cell::text("Развитие познавательного интереса, расширение кругозора воспитанников", 12.0),
                Cell::text(if k % 2 == 0 {
                    "Экскурсия ко Всемирному дню защиты животных; мастер-класс «Әлем балалардың көзімен»; \
                     совместный концерт для родителей"
                } else {
                    "Встреча с интересными людьми"
                }, 12.0),
                Cell::text(if k % 3 == 0 { "В течение года" } else { "Один раз в квартал" }, 12.0),
            ]));
        }
    }
    doc.push(t);
    doc
}

#[cfg(test)]
impl Cell {
    fn style_bold(mut self) -> Cell {
        for b in &mut self.blocks {
            if let Block::Paragraph(p) = b {
                *p = p.clone().style(FontStyle::Bold);
            }
        }
        self
    }
}
