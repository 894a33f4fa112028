//! Draws a [`Layout`] into PDF bytes with printpdf. Every decision (what goes where) was made
//! by the layout; this module only translates items into PDF operators.
//!
//! Fonts are embedded as subsets (only the glyphs used), pictures are stored losslessly
//! (Flate; printpdf would otherwise re-encode PNGs as JPEG), and JPEG photos as they are. Every stream is deflated here, at
//! a level that keeps 500 pages well under a second. Text is placed with absolute text
//! matrices; justified lines keep their real spaces (copy and paste stays right) and get the
//! extra width as TJ offsets, because word spacing (`Tw`) does nothing with two-byte CID fonts.

use std::collections::HashMap;
use std::sync::Arc;

use printpdf::{
    BlendMode, Color, ExtendedGraphicsState, ExternalStream, ExternalXObject, FontId, Greyscale, Line, LineCapStyle, LinePoint, Op,
    PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
    TextMatrix, XObjectId, XObjectTransform,
};

use super::fonts::{family, FontStyle};
use super::layout::{layout, Item, Layout, LayoutImage, Pixels, Segment, Stroke};
use super::model::{Document, Metadata, Rgb};
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
    let images: Vec<_> = layout
        .images
        .iter()
        .map(|im| match &im.pixels {
            Pixels::Decoded(raw) => doc.add_image(raw),
            Pixels::Jpeg { grey } => doc.add_xobject(&jpeg_xobject(im, *grey)),
        })
        .collect();
    let ink = layout
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .any(|i| matches!(i, Item::Image { multiply: true, .. }))
        .then(|| doc.add_graphics_state(ExtendedGraphicsState::default().with_blend_mode(BlendMode::multiply())));

    // Drawings (runs of paths and repeats) as form XObjects, each distinct one stored once: a
    // border repeated on 500 certificates is written once.
    let mut forms = Forms::default();
    let pages = layout
        .pages
        .iter()
        .map(|page| {
            let h = page.height_pt;
            let mut ops = vec![Op::SetLineCapStyle { cap: LineCapStyle::ProjectingSquare }];
            let mut in_text = false;
            let mut current: Option<(FontStyle, f32)> = None;
            // Fill colour and character spacing outlive text sections; everything else that
            // changes the graphics state does it between q and Q.
            let mut text_fill = Rgb::BLACK;
            let mut char_spacing = 0.0;
            let mut drawn_to = 0;
            for (i, item) in page.items.iter().enumerate() {
                if i < drawn_to {
                    continue;
                }
                if !matches!(item, Item::Text { .. }) && in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                match item {
                    Item::Text { x, y, style, size, text, space_extra, char_spacing: tc, color, .. } => {
                        if !in_text {
                            ops.push(Op::StartTextSection);
                            in_text = true;
                            current = None;
                        }
                        if *color != text_fill {
                            ops.push(Op::SetFillColor { col: rgb(*color) });
                            text_fill = *color;
                        }
                        if *tc != char_spacing {
                            ops.push(Op::SetCharacterSpacing { multiplier: *tc });
                            char_spacing = *tc;
                        }
                        if current != Some((*style, *size)) {
                            let font = fonts[style.index()].clone().expect("registered above");
                            ops.push(Op::SetFont { font: PdfFontHandle::External(font), size: Pt(*size) });
                            current = Some((*style, *size));
                        }
                        ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(round(*x)), Pt(round(h - y))) });
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
                                ..Rect::from_xywh(Pt(round(*x)), Pt(round(h - y - height)), Pt(round(*width)), Pt(round(*height)))
                            },
                        });
                        ops.push(Op::RestoreGraphicsState);
                    }
                    Item::Path { .. } | Item::Repeat { .. } => {
                        let drawing = |it: &Item| matches!(it, Item::Path { .. } | Item::Repeat { .. });
                        drawn_to = page.items[i..].iter().position(|it| !drawing(it)).map_or(page.items.len(), |n| i + n);
                        let id = forms.id(&page.items[i..drawn_to], page.width_pt, h);
                        ops.push(Op::UseXobject { id, transform: XObjectTransform::default() });
                    }
                    Item::Image { x, y, width, height, image, multiply } => {
                        let im = &layout.images[*image];
                        let ink = ink.as_ref().filter(|_| *multiply);
                        if let Some(gs) = ink {
                            ops.push(Op::SaveGraphicsState);
                            ops.push(Op::LoadGraphicsState { gs: gs.clone() });
                        }
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
                        if ink.is_some() {
                            ops.push(Op::RestoreGraphicsState);
                        }
                    }
                }
            }
            if in_text {
                ops.push(Op::EndTextSection);
            }
            PdfPage::new(Pt(page.width_pt).into(), Pt(page.height_pt).into(), ops)
        })
        .collect();

    // printpdf would deflate every stream at the best level, which took most of the time of
    // a PDF of 500 certificates (and re-encoded pictures once more, at the best level too).
    // Streams are written plain here and deflated below at a faster level, for files within a
    // few per cent of the size.
    let options = PdfSaveOptions { optimize: false, subset_fonts: true, image_optimization: None, ..Default::default() };
    let mut warnings = Vec::new();
    let mut pdf = doc.with_pages(pages).to_lopdf_document(&options, &mut warnings);
    forms.add_to(&mut pdf);
    deflate_streams(&mut pdf);
    let mut bytes = Vec::new();
    // Writing into memory cannot fail.
    let _ = pdf.save_to(&mut bytes);
    bytes
}

/// A JPEG as an image XObject of its own bytes (DCTDecode), so that a photo is not stored
/// as its decoded pixels, many times larger.
fn jpeg_xobject(im: &LayoutImage, grey: bool) -> ExternalXObject {
    use printpdf::DictItem::{Int, Name};
    let name = |s: &str| Name(s.as_bytes().to_vec());
    let dict = [
        ("Type", name("XObject")),
        ("Subtype", name("Image")),
        ("Width", Int(im.width_px as i64)),
        ("Height", Int(im.height_px as i64)),
        ("ColorSpace", name(if grey { "DeviceGray" } else { "DeviceRGB" })),
        ("BitsPerComponent", Int(8)),
        ("Filter", name("DCTDecode")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    ExternalXObject {
        stream: ExternalStream { dict, content: im.bytes.to_vec(), compress: false },
        width: Some(printpdf::Px(im.width_px)),
        height: Some(printpdf::Px(im.height_px)),
        dpi: None,
    }
}

/// Deflates every stream that is not compressed yet (page contents, font subsets, pixels).
fn deflate_streams(pdf: &mut lopdf::Document) {
    use std::io::Write;
    for object in pdf.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else { continue };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
        let compressed = encoder.write_all(&stream.content).and_then(|()| encoder.finish());
        if let Some(compressed) = compressed.ok().filter(|c| c.len() + 19 < stream.content.len()) {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
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

/// A coordinate to a hundredth of a point (a 3,600th of an inch): shorter content streams
/// that compress faster, and nothing anyone could see.
fn round(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

fn rgb(c: Rgb) -> Color {
    // Three decimals tell apart every one of the 256 levels.
    let [r, g, b] = c.unit().map(|v| (v * 1000.0).round() / 1000.0);
    Color::Rgb(printpdf::Rgb { r, g, b, icc_profile: None })
}

/// Drawings written as form XObjects, each distinct one once: every run of paths on a page
/// (a border repeated on 500 certificates is one form), and every path that an
/// [`Item::Repeat`] places many times (a motif along the border, drawn once, placed by `cm`).
#[derive(Default)]
struct Forms {
    /// Runs of paths by a hash of their numbers, with the items (to tell a collision from a
    /// repeat) and the form's number.
    runs: HashMap<u64, Vec<(Vec<Item>, usize)>>,
    /// The same for the paths of repeats (as a path item in its own coordinates).
    symbols: HashMap<u64, Vec<(Item, usize)>>,
    /// Content stream and bounding box of each form.
    forms: Vec<(Vec<u8>, [f32; 4])>,
}

/// FNV-1a over the bits of every number of `items`: a repeat is found without writing it out.
fn hash_items(items: &[Item], seed: u32) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    let mut feed = |v: u32| {
        hash ^= u64::from(v);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    feed(seed);
    for item in items {
        let (segments, fill, stroke, at): (&[Segment], _, _, &[[f32; 6]]) = match item {
            Item::Path { segments, fill, stroke } => (segments, fill, stroke, &[]),
            Item::Repeat { segments, fill, stroke, at } => (segments, fill, stroke, at),
            _ => continue,
        };
        feed(fill.map_or(u32::MAX, |c| u32::from_be_bytes([0, c.0[0], c.0[1], c.0[2]])));
        if let Some(s) = stroke {
            feed(u32::from_be_bytes([u8::from(s.round), s.color.0[0], s.color.0[1], s.color.0[2]]));
            feed(s.width.to_bits());
        }
        for seg in segments {
            feed(match seg {
                Segment::Move(..) => 1,
                Segment::Line(..) => 2,
                Segment::Curve(..) => 3,
                Segment::Close => 4,
            });
            for (x, y) in seg.points() {
                feed(x.to_bits());
                feed(y.to_bits());
            }
        }
        for m in at {
            m.iter().for_each(|v| feed(v.to_bits()));
        }
    }
    hash
}

impl Forms {
    /// The name of the form that draws `items` (paths and repeats) on a `w` × `h` page, made
    /// on first sight.
    fn id(&mut self, items: &[Item], w: f32, h: f32) -> XObjectId {
        let hash = hash_items(items, h.to_bits());
        let known = self.runs.get(&hash).and_then(|k| k.iter().find(|(run, _)| run.as_slice() == items));
        let n = match known {
            Some((_, n)) => *n,
            None => {
                let mut bytes = Vec::with_capacity(256 * items.len());
                for item in items {
                    match item {
                        Item::Path { segments, fill, stroke } => write_path(&mut bytes, segments, *fill, *stroke, h),
                        Item::Repeat { segments, fill, stroke, at } => {
                            let symbol = self.symbol(segments, *fill, *stroke);
                            for &[a, b, c, d, e, f] in at {
                                // Drawn in (x, −y), as PDF's y runs up; see `symbol`.
                                bytes.extend_from_slice(b"q ");
                                for v in [a, -b, -c, d] {
                                    write_num(&mut bytes, v, 4);
                                }
                                write_num(&mut bytes, e, 2);
                                write_num(&mut bytes, h - f, 2);
                                bytes.extend_from_slice(format!("cm /Fm{symbol} Do Q\n").as_bytes());
                            }
                        }
                        _ => {}
                    }
                }
                self.forms.push((bytes, [0.0, 0.0, w, h]));
                let n = self.forms.len() - 1;
                self.runs.entry(hash).or_default().push((items.to_vec(), n));
                n
            }
        };
        XObjectId(format!("Fm{n}"))
    }

    /// The number of the form of a repeated path, drawn at (x, −y) for each of its points
    /// (x, y): a map [a b c d e f] of the page's y-down points then becomes the PDF matrix
    /// [a −b −c d e h−f].
    fn symbol(&mut self, segments: &Arc<[Segment]>, fill: Option<Rgb>, stroke: Option<Stroke>) -> usize {
        let item = Item::Path { segments: segments.to_vec(), fill, stroke };
        let hash = hash_items(std::slice::from_ref(&item), u32::MAX);
        if let Some((_, n)) = self.symbols.get(&hash).and_then(|k| k.iter().find(|(i, _)| *i == item)) {
            return *n;
        }
        let mut bytes = Vec::new();
        write_path(&mut bytes, segments, fill, stroke, 0.0);
        let (l, t, r, b) = item.bounds();
        self.forms.push((bytes, [l - 1.0, -b - 1.0, r + 1.0, -t + 1.0]));
        let n = self.forms.len() - 1;
        self.symbols.entry(hash).or_default().push((item, n));
        n
    }

    /// Adds the forms to the document, named in the XObject dictionary all pages share (which
    /// they use in turn, for the motifs they place).
    fn add_to(&self, pdf: &mut lopdf::Document) {
        use lopdf::Object::{Array, Dictionary, Integer, Name, Real, Reference};
        if self.forms.is_empty() {
            return;
        }
        let shared = pdf.get_pages().values().next().and_then(|page| {
            let resources = pdf.get_dictionary(*page).ok()?.get(b"Resources").ok()?;
            let (_, resources) = pdf.dereference(resources).ok()?;
            resources.as_dict().ok()?.get(b"XObject").ok()?.as_reference().ok()
        });
        // printpdf gives every page the one XObject dictionary; without it there is no page.
        let Some(shared) = shared else { return };
        let ids: Vec<(String, lopdf::ObjectId)> = self
            .forms
            .iter()
            .enumerate()
            .map(|(n, (bytes, bbox))| {
                let dict = lopdf::Dictionary::from_iter(vec![
                    ("Type", Name(b"XObject".to_vec())),
                    ("Subtype", Name(b"Form".to_vec())),
                    ("FormType", Integer(1)),
                    ("BBox", Array(bbox.iter().map(|v| Real(*v)).collect())),
                    ("Resources", Dictionary(lopdf::Dictionary::from_iter(vec![("XObject", Reference(shared))]))),
                ]);
                (format!("Fm{n}"), pdf.add_object(lopdf::Stream::new(dict, bytes.clone())))
            })
            .collect();
        let Some(dict) = pdf.get_object_mut(shared).ok().and_then(|o| o.as_dict_mut().ok()) else { return };
        for (name, id) in ids {
            dict.set(name, Reference(id));
        }
    }
}

/// A number to a hundredth (a colour component to a thousandth): short content streams that
/// compress well and fast, and nothing anyone could see.
fn write_num(out: &mut Vec<u8>, v: f32, decimals: u32) {
    let scale = 10i64.pow(decimals);
    let n = (f64::from(v) * scale as f64).round() as i64;
    if n < 0 {
        out.push(b'-');
    }
    let (int, mut frac) = (n.abs() / scale, n.abs() % scale);
    out.extend_from_slice(int.to_string().as_bytes());
    if frac != 0 {
        out.push(b'.');
        let mut digits = decimals;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        out.extend_from_slice(format!("{frac:0width$}", width = digits as usize).as_bytes());
    }
    out.push(b' ');
}

/// One path in PDF operators, in its own graphics state; `h` the page height for the flip to
/// PDF's y-up coordinates.
fn write_path(out: &mut Vec<u8>, segments: &[Segment], fill: Option<Rgb>, stroke: Option<Stroke>, h: f32) {
    out.extend_from_slice(b"q\n");
    if let Some(c) = fill {
        for v in c.unit() {
            write_num(out, v, 3);
        }
        out.extend_from_slice(b"rg\n");
    }
    if let Some(s) = stroke {
        for v in s.color.unit() {
            write_num(out, v, 3);
        }
        out.extend_from_slice(b"RG ");
        write_num(out, s.width, 2);
        out.extend_from_slice(if s.round { b"w 1 J 1 j\n" } else { b"w 0 J 0 j\n" });
    }
    let point = |out: &mut Vec<u8>, (x, y): (f32, f32)| {
        write_num(out, x, 2);
        write_num(out, h - y, 2);
    };
    let mut rest = segments;
    while let Some(seg) = rest.first() {
        // A closed rectangle, as `Segment::rect` makes it, is one `re`: half the numbers. The
        // height is negative so that the corners come in the same order (the direction
        // decides what the nonzero rule fills where rectangles nest).
        if let [Segment::Move(x0, y0), Segment::Line(x1, y1), Segment::Line(x2, y2), Segment::Line(x3, y3), Segment::Close, ..] = *rest {
            if y1 == y0 && x2 == x1 && y3 == y2 && x3 == x0 {
                point(out, (x0, y0));
                write_num(out, x1 - x0, 2);
                write_num(out, -(y2 - y0), 2);
                out.extend_from_slice(b"re\n");
                rest = &rest[5..];
                continue;
            }
        }
        rest = &rest[1..];
        match *seg {
            Segment::Move(x, y) => {
                point(out, (x, y));
                out.extend_from_slice(b"m\n");
            }
            Segment::Line(x, y) => {
                point(out, (x, y));
                out.extend_from_slice(b"l\n");
            }
            Segment::Curve(a, b, c) => {
                point(out, a);
                point(out, b);
                point(out, c);
                out.extend_from_slice(b"c\n");
            }
            Segment::Close => out.extend_from_slice(b"h\n"),
        }
    }
    out.extend_from_slice(match (fill.is_some(), stroke.is_some()) {
        (true, true) => b"B\nQ\n",
        (true, false) => b"f\nQ\n",
        (false, true) => b"S\nQ\n",
        (false, false) => b"n\nQ\n",
    });
}

fn segment(x1: f32, y1: f32, x2: f32, y2: f32) -> Line {
    let p = |x, y| LinePoint { p: Point { x: Pt(round(x)), y: Pt(round(y)) }, bezier: false };
    Line { points: vec![p(x1, y1), p(x2, y2)], is_closed: false }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::path::Path;
    use std::process::Command;

    use super::*;
    use crate::docs::model::*;
    use crate::docs::PageLayout;

    const KAZAKH: &str = "Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і";

    /// The text of a PDF as poppler's pdftotext reads it (pages separated by form feeds).
    pub(crate) fn pdftotext(pdf: &Path) -> String {
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

    /// The first page of a PDF as poppler draws it, in grey (0 black … 255 white): width,
    /// height and the pixels row by row.
    pub(crate) fn grey_map(pdf: &Path, dpi: u32) -> (usize, usize, Vec<u8>) {
        let out = Command::new("pdftoppm").args(["-gray", "-r", &dpi.to_string(), "-singlefile"]).arg(pdf).output().unwrap();
        assert!(out.status.success() && out.stderr.is_empty(), "pdftoppm: {}", String::from_utf8_lossy(&out.stderr));
        // A binary PGM: «P5», width, height, 255, one whitespace, then the pixels.
        let bytes = out.stdout;
        let (mut fields, mut i) = (Vec::new(), 0);
        while fields.len() < 4 {
            while bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let start = i;
            while !bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            fields.push(String::from_utf8_lossy(&bytes[start..i]).into_owned());
        }
        assert_eq!(fields[0], "P5");
        let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
        (w, h, bytes[i + 1..i + 1 + w * h].to_vec())
    }

    pub(crate) fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
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
    fn numbers_are_written_short() {
        let mut out = Vec::new();
        for v in [0.0, 12.0, 12.5, 12.345, -3.004, 841.8898, 0.999] {
            write_num(&mut out, v, 2);
        }
        write_num(&mut out, 0.7686, 3);
        assert_eq!(String::from_utf8(out).unwrap(), "0 12 12.5 12.35 -3 841.89 1 0.769 ");
    }

    #[test]
    fn a_drawing_repeated_on_many_pages_is_stored_once() {
        let frame = |w: f32| Item::Path {
            segments: crate::docs::Segment::rect(20.0, 20.0, 100.0, 100.0).to_vec(),
            fill: None,
            stroke: Some(crate::docs::Stroke { color: Rgb([22, 58, 122]), width: w, round: false }),
        };
        let page = |w: f32| PageLayout { width_pt: 200.0, height_pt: 300.0, items: vec![frame(w), frame(w + 1.0)] };
        let layout = Layout { pages: vec![page(1.0), page(1.0), page(1.0), page(2.0)], images: Vec::new() };
        let bytes = render(&layout, &Metadata::default());
        let forms = bytes.windows(13).filter(|w| w == b"/Subtype/Form").count();
        assert_eq!(forms, 2, "one drawing for the first three pages, one for the last");
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "forms.pdf", &bytes);
        let out = Command::new("pdftoppm").args(["-r", "10", "-png"]).arg(&path).arg(dir.path().join("p")).output().unwrap();
        assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    }

    #[test]
    fn a_ring_is_filled_between_its_rectangles_only() {
        // The outer rectangle is written as `re`: it must keep its direction, or the nonzero
        // rule fills the hole too.
        let mut segments = crate::docs::Segment::rect(10.0, 10.0, 180.0, 180.0).to_vec();
        segments.extend([
            crate::docs::Segment::Move(30.0, 30.0),
            crate::docs::Segment::Line(30.0, 170.0),
            crate::docs::Segment::Line(170.0, 170.0),
            crate::docs::Segment::Line(170.0, 30.0),
            crate::docs::Segment::Close,
        ]);
        let ring = Item::Path { segments, fill: Some(Rgb::BLACK), stroke: None };
        let layout = Layout { pages: vec![PageLayout { width_pt: 200.0, height_pt: 200.0, items: vec![ring] }], images: Vec::new() };
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "ring.pdf", &render(&layout, &Metadata::default()));
        // 72 dpi: a pixel a point.
        let (w, _, pixels) = grey_map(&path, 72);
        assert_eq!(pixels[100 * w + 100], 255, "the hole is empty");
        assert_eq!(pixels[20 * w + 100], 0, "the ring is filled");
    }

    #[test]
    fn a_repeated_motif_is_stored_once_and_drawn_where_each_map_puts_it() {
        use crate::docs::Segment;
        // An L of two bars in its own coordinates: a 20 × 4 bar along x, a 4 × 20 bar down y.
        let mut segments = Segment::rect(0.0, 0.0, 20.0, 4.0).to_vec();
        segments.extend(Segment::rect(0.0, 0.0, 4.0, 20.0));
        let motif = Item::Repeat {
            segments: segments.into(),
            fill: Some(Rgb::BLACK),
            stroke: None,
            // As it is at (20, 20); turned a quarter clockwise at (150, 20); mirrored at (170, 150).
            at: vec![[1.0, 0.0, 0.0, 1.0, 20.0, 20.0], [0.0, 1.0, -1.0, 0.0, 150.0, 20.0], [-1.0, 0.0, 0.0, 1.0, 170.0, 150.0]],
        };
        assert_eq!(motif.bounds(), (20.0, 20.0, 170.0, 170.0));
        let layout = Layout { pages: vec![PageLayout { width_pt: 200.0, height_pt: 200.0, items: vec![motif] }], images: Vec::new() };
        let bytes = render(&layout, &Metadata::default());
        assert_eq!(bytes.windows(13).filter(|w| w == b"/Subtype/Form").count(), 2, "the page's drawing and the motif");
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "motif.pdf", &bytes);
        let (w, _, pixels) = grey_map(&path, 72);
        let dark = |x: usize, y: usize| pixels[y * w + x] < 128;
        // The first: its bar along x and its bar down y.
        assert!(dark(35, 22) && dark(22, 35) && !dark(35, 35));
        // Turned: the bar along x now runs down (x 146–150), the bar down y runs left.
        assert!(dark(148, 35) && dark(135, 22) && !dark(135, 35));
        // Mirrored: the bar along x runs left of x 170.
        assert!(dark(155, 152) && dark(168, 165) && !dark(185, 152));
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
