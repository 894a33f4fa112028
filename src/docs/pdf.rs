//! Draws a [`Layout`] into PDF bytes with printpdf. Every decision (what goes where) was made
//! by the layout; this module only translates items into PDF operators.
//!
//! Fonts are embedded as subsets (only the glyphs used), pictures are stored losslessly
//! (Flate; printpdf would otherwise re-encode PNGs as JPEG). Text is placed with absolute text
//! matrices; justified lines keep their real spaces (copy and paste stays right) and get the
//! extra width as TJ offsets, because word spacing (`Tw`) does nothing with two-byte CID fonts.

use printpdf::{
    Color, FontId, Greyscale, ImageCompression, ImageOptimizationOptions, Line, LineCapStyle,
    LinePoint, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt,
    Rect, TextItem, TextMatrix, XObjectTransform,
};

use super::fonts::{family, FontStyle};
use super::layout::{layout, Item, Layout};
use super::model::{Document, Metadata};
use crate::error::Result;

/// The PDF of a laid-out document.
pub fn render(layout: &Layout, metadata: &Metadata) -> Vec<u8> {
    let mut doc = PdfDocument::new(&metadata.title);
    doc.metadata.info.author = metadata.author.clone();
    doc.metadata.info.subject = metadata.subject.clone();
    doc.metadata.info.creator = "Partnerdesk".to_string();
    let now = printpdf::OffsetDateTime::now();
    doc.metadata.info.creation_date = now;
    doc.metadata.info.modification_date = now;
    doc.metadata.info.metadata_date = now;

    // Only the faces that are used are embedded.
    let fam = family();
    let mut fonts: [Option<FontId>; 4] = Default::default();
    for page in &layout.pages {
        for item in &page.items {
            if let Item::Text { style, .. } = item {
                let slot = &mut fonts[style.index()];
                if slot.is_none() {
                    *slot = Some(doc.add_font(fam.face(*style).parsed()));
                }
            }
        }
    }
    let images: Vec<_> = layout.images.iter().map(|im| doc.add_image(&im.raw)).collect();

    let pages = layout
        .pages
        .iter()
        .map(|page| {
            let h = page.height_pt;
            let mut ops = vec![Op::SetLineCapStyle { cap: LineCapStyle::ProjectingSquare }];
            let mut in_text = false;
            let mut current: Option<(FontStyle, f32)> = None;
            for item in &page.items {
                if !matches!(item, Item::Text { .. }) && in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                match item {
                    Item::Text { x, y, style, size, text, space_extra, .. } => {
                        if !in_text {
                            ops.push(Op::StartTextSection);
                            in_text = true;
                            current = None;
                        }
                        if current != Some((*style, *size)) {
                            let font = fonts[style.index()].clone().expect("registered above");
                            ops.push(Op::SetFont { font: PdfFontHandle::External(font), size: Pt(*size) });
                            current = Some((*style, *size));
                        }
                        ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(*x), Pt(h - y)) });
                        ops.push(Op::ShowText { items: text_items(text, *space_extra, *size) });
                    }
                    Item::Line { x1, y1, x2, y2, width } => {
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        ops.push(Op::DrawLine { line: segment(*x1, h - y1, *x2, h - y2) });
                    }
                    Item::Rect { x, y, width, height, fill, stroke } => {
                        ops.push(Op::SaveGraphicsState);
                        if let Some(grey) = fill {
                            ops.push(Op::SetFillColor { col: Color::Greyscale(Greyscale::new(*grey, None)) });
                        }
                        if let Some(w) = stroke {
                            ops.push(Op::SetOutlineThickness { pt: Pt(*w) });
                        }
                        let mode = match (fill, stroke) {
                            (Some(_), Some(_)) => PaintMode::FillStroke,
                            (Some(_), None) => PaintMode::Fill,
                            _ => PaintMode::Stroke,
                        };
                        ops.push(Op::DrawRectangle {
                            rectangle: Rect {
                                mode: Some(mode),
                                ..Rect::from_xywh(Pt(*x), Pt(h - y - height), Pt(*width), Pt(*height))
                            },
                        });
                        ops.push(Op::RestoreGraphicsState);
                    }
                    Item::Image { x, y, width, height, image } => {
                        let im = &layout.images[*image];
                        // At 72 dpi one pixel is one point, so the scale is points per pixel.
                        ops.push(Op::UseXobject {
                            id: images[*image].clone(),
                            transform: XObjectTransform {
                                translate_x: Some(Pt(*x)),
                                translate_y: Some(Pt(h - y - height)),
                                scale_x: Some(width / im.width_px as f32),
                                scale_y: Some(height / im.height_px as f32),
                                dpi: Some(72.0),
                                ..Default::default()
                            },
                        });
                    }
                }
            }
            if in_text {
                ops.push(Op::EndTextSection);
            }
            PdfPage::new(Pt(page.width_pt).into(), Pt(page.height_pt).into(), ops)
        })
        .collect();

    let options = PdfSaveOptions {
        subset_fonts: true,
        image_optimization: Some(ImageOptimizationOptions {
            format: Some(ImageCompression::Flate),
            ..Default::default()
        }),
        ..Default::default()
    };
    let mut warnings = Vec::new();
    doc.with_pages(pages).save(&options, &mut warnings)
}

/// Lays out and renders a document.
pub fn to_pdf(doc: &Document) -> Result<Vec<u8>> {
    Ok(render(&layout(doc)?, &doc.metadata))
}

/// The TJ array of a run: the text, and after each space (when justifying) the extra width as
/// an offset in thousandths of an em (negative moves right).
fn text_items(text: &str, space_extra: f32, size: f32) -> Vec<TextItem> {
    if space_extra == 0.0 || !text.contains(' ') {
        return vec![TextItem::Text(text.to_string())];
    }
    let offset = -space_extra * 1000.0 / size;
    let mut items = Vec::new();
    for part in text.split_inclusive(' ') {
        items.push(TextItem::Text(part.to_string()));
        if part.ends_with(' ') {
            items.push(TextItem::Offset(offset));
        }
    }
    items
}

fn segment(x1: f32, y1: f32, x2: f32, y2: f32) -> Line {
    let p = |x, y| LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false };
    Line { points: vec![p(x1, y1), p(x2, y2)], is_closed: false }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::process::Command;

    use super::*;
    use crate::docs::model::*;

    const KAZAKH: &str = "Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і";

    /// The text of a PDF as poppler's pdftotext reads it (pages separated by form feeds).
    fn pdftotext(pdf: &Path) -> String {
        let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(pdf).arg("-").output();
        let out = match out {
            Ok(out) => out,
            Err(e) => panic!(
                "cannot run pdftotext ({e}): install poppler-utils (apt-get install poppler-utils) \
                 to run the PDF tests"
            ),
        };
        assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
    }

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn a_two_page_pdf_carries_every_kazakh_letter_and_the_table_rows() {
        let mut doc = Document::new(PageSetup::portrait());
        doc.metadata.title = "Сынақ".into();
        doc.page_numbers = Some(PageNumbers::new("{page}"));
        doc.push(Heading::new("Қазақ әліпбиі"));
        doc.push(Paragraph::new(format!("Әріптер: {KAZAKH}.")));
        doc.push(Paragraph::new(
            "Стороны обязуются совместно организовывать и проводить воспитательные, \
             просветительские и профориентационные мероприятия для обучающихся.",
        ).hyphenate(true));
        doc.push(Block::PageBreak);
        let mut t = Table::new(vec![ColumnWidth::Mm(10.0), ColumnWidth::Fraction(1.0), ColumnWidth::Mm(35.0)]);
        t.header.push(Row::new(vec![Cell::text("№", 12.0), Cell::text("Іс-шара", 12.0), Cell::text("Мерзімі", 12.0)]));
        t.rows.push(Row::new(vec![
            Cell::text("1.", 12.0),
            Cell::text("Экскурсия «Әлем кітаптары»", 12.0),
            Cell::text("Қазан", 12.0),
        ]));
        doc.push(t);
        let bytes = to_pdf(&doc).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));

        let dir = tempfile::tempdir().unwrap();
        let text = pdftotext(&write(dir.path(), "two-pages.pdf", &bytes));
        let pages: Vec<&str> = text.split('\u{000C}').filter(|p| !p.trim().is_empty()).collect();
        assert_eq!(pages.len(), 2, "{text}");
        for letter in KAZAKH.split(' ') {
            assert!(pages[0].contains(letter), "{letter} is missing from: {}", pages[0]);
        }
        assert!(pages[0].contains("Стороны обязуются совместно"), "{}", pages[0]);
        assert!(pages[1].contains("Экскурсия «Әлем кітаптары»"), "{}", pages[1]);
        assert!(pages[1].contains("Қазан"));
        assert!(!text.contains('?') && !text.contains('\u{FFFD}'));
    }

    #[test]
    fn jpeg_pictures_are_drawn_too() {
        let mut doc = Document::new(PageSetup::portrait());
        doc.push(Image::new(include_bytes!("testdata/emblem.jpg").to_vec(), 30.0));
        let layout = layout(&doc).unwrap();
        assert_eq!((layout.images[0].width_px, layout.images[0].height_px), (160, 160));
        let bytes = render(&layout, &doc.metadata);
        assert!(bytes.windows(8).any(|w| w == b"/XObject"));
    }

    #[test]
    fn fonts_are_subset_and_pictures_kept() {
        let mut doc = Document::new(PageSetup::portrait());
        doc.push(Image::new(include_bytes!("testdata/emblem.png").to_vec(), 30.0));
        doc.push(Paragraph::new("Короткий текст."));
        let bytes = to_pdf(&doc).unwrap();
        // Four whole faces would be 1.5 MB; one subset face and a small picture are far less.
        assert!(bytes.len() < 60_000, "{} bytes", bytes.len());
        assert!(!bytes.windows(9).any(|w| w == b"DCTDecode"), "the PNG was re-encoded as JPEG");
    }

    #[test]
    fn the_samples_render_and_read_back() {
        // PARTNERDESK_SAMPLE_DIR=/tmp keeps the PDFs for a look (pdftoppm -r 60 -png …).
        let keep = std::env::var_os("PARTNERDESK_SAMPLE_DIR");
        let dir = tempfile::tempdir().unwrap();
        let dir = keep.as_deref().map(Path::new).unwrap_or(dir.path());
        for (name, doc) in [("layout-sample.pdf", crate::docs::sample()), ("layout-sample-plan.pdf", crate::docs::sample_plan())] {
            let bytes = to_pdf(&doc).unwrap();
            assert!(bytes.len() < 150_000, "{name}: {} bytes", bytes.len());
            let text = pdftotext(&write(dir, name, &bytes));
            assert!(text.contains("Қазақ") || text.contains("Әлем"), "{name}");
            assert!(!text.contains('\u{FFFD}'), "{name}");
        }
    }
}
