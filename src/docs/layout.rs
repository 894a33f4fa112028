//! From a [`Document`] to positioned pages: line breaking, hyphenation, alignment, tables and
//! page flow. The result, a [`Layout`], is plain data (coloured, letter-spaced text runs, lines,
//! rectangles, images, vector paths at points on pages) that tests can inspect and
//! [`super::pdf::render`] draws without deciding anything. Pages composed by hand rather than
//! flowed (a certificate) are built from the same pieces: [`set_lines`] sets a paragraph as the
//! flow would, [`Layout::image`] decodes a picture once.
//!
//! How it works. Every block is first turned, at its column's width, into a vertical list of
//! unbreakable boxes (a line of text, a picture, a signatures block), stretches of space, forced
//! page breaks and tables (whose rows the pager splits and whose header it repeats). A box may
//! be tied to the next one (`keep`): heading lines, the first two and last two lines of a
//! paragraph, the parts of a `KeepTogether`. The pager then fills pages top to bottom, moving a
//! tied chain to the next page when it does not fit the rest of the current one.
//!
//! Coordinates are in points with the origin at the top-left corner of the page and y growing
//! downwards (the PDF's y-up flip happens only in `pdf.rs`); a text item's `y` is its baseline.
//! Nothing here writes PDF or reads locales.

use std::sync::Arc;

use super::fonts::{self, family, FontFamily, FontStyle};
use super::model::{
    Align, ApprovalBlock, Block, Borders, ColumnWidth, Document, Heading, Image, Paragraph, Party,
    Rgb, Row, Run, SignaturesBlock, Table, VAlign,
};
use crate::error::{Error, Result};

/// Points in a millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Millimetres to points.
pub fn mm(v: f32) -> f32 {
    v * PT_PER_MM
}

/// Slack for comparing positions built from sums of floats (a hundredth of a point).
const EPS: f32 = 0.01;

/// The signature line before a name.
const SIGNATURE_LINE: &str = "_____________";

// ───────────────────────────── output ─────────────────────────────

/// Positioned pages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub pages: Vec<PageLayout>,
    /// Pictures, each decoded once; [`Item::Image`] refers to them by index.
    pub images: Vec<LayoutImage>,
}

/// One page: its size and what is drawn on it, in drawing order.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLayout {
    pub width_pt: f32,
    pub height_pt: f32,
    pub items: Vec<Item>,
}

/// Something drawn on a page. Points; origin top-left; y downwards.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A run of text in one face on one baseline. `width` is its drawn width including
    /// `space_extra`, the points added after every space of the text to justify the line, and
    /// `char_spacing`, the points added after every character but the last (letter-spacing).
    Text {
        x: f32,
        y: f32,
        width: f32,
        style: FontStyle,
        size: f32,
        text: String,
        space_extra: f32,
        char_spacing: f32,
        color: Rgb,
    },
    /// A straight line `width` points thick.
    Line { x1: f32, y1: f32, x2: f32, y2: f32, width: f32 },
    /// A rectangle (top-left corner `x`, `y`), filled with a grey (0 black … 1 white) and/or
    /// stroked with a line of the given width.
    Rect { x: f32, y: f32, width: f32, height: f32, fill: Option<f32>, stroke: Option<f32> },
    /// [`Layout::images`]`[image]` scaled into the box whose top-left corner is `x`, `y`.
    /// With `multiply` it is laid on like ink (a stamp or a signature scanned on white paper):
    /// its white leaves what is under it visible, its colour darkens it.
    Image { x: f32, y: f32, width: f32, height: f32, image: usize, multiply: bool },
    /// Straight and curved segments (ornaments, frames, a QR code), filled and/or stroked.
    /// A fill closes every subpath; the nonzero rule decides what is inside.
    Path { segments: Vec<Segment>, fill: Option<Rgb>, stroke: Option<Stroke> },
    /// One path, drawn in its own coordinates around (0, 0), placed many times (a motif along
    /// a border): once under each map `[a, b, c, d, e, f]`, which takes (x, y) to
    /// (a·x + c·y + e, b·x + d·y + f) on the page. The PDF stores the path once. Maps that turn
    /// and move but do not scale keep the stroke's width.
    Repeat { segments: Arc<[Segment]>, fill: Option<Rgb>, stroke: Option<Stroke>, at: Vec<[f32; 6]> },
}

/// A piece of a path. Points; origin top-left; y downwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Segment {
    /// Starts a subpath at the point.
    Move(f32, f32),
    /// A straight line to the point.
    Line(f32, f32),
    /// A cubic Bézier curve: the two control points, then the end point.
    Curve((f32, f32), (f32, f32), (f32, f32)),
    /// A straight line back to the subpath's start.
    Close,
}

impl Segment {
    /// A closed rectangle with its top-left corner at `x`, `y`.
    pub fn rect(x: f32, y: f32, w: f32, h: f32) -> [Segment; 5] {
        [Segment::Move(x, y), Segment::Line(x + w, y), Segment::Line(x + w, y + h), Segment::Line(x, y + h), Segment::Close]
    }

    /// The segment with every point passed through `f`.
    pub fn map(self, f: impl Fn(f32, f32) -> (f32, f32)) -> Segment {
        let p = |(x, y): (f32, f32)| f(x, y);
        match self {
            Segment::Move(x, y) => {
                let (x, y) = f(x, y);
                Segment::Move(x, y)
            }
            Segment::Line(x, y) => {
                let (x, y) = f(x, y);
                Segment::Line(x, y)
            }
            Segment::Curve(a, b, c) => Segment::Curve(p(a), p(b), p(c)),
            Segment::Close => Segment::Close,
        }
    }

    /// The segment's points (the control points of a curve included).
    pub fn points(&self) -> impl Iterator<Item = (f32, f32)> {
        let pts: [Option<(f32, f32)>; 3] = match *self {
            Segment::Move(x, y) | Segment::Line(x, y) => [Some((x, y)), None, None],
            Segment::Curve(a, b, c) => [Some(a), Some(b), Some(c)],
            Segment::Close => [None, None, None],
        };
        pts.into_iter().flatten()
    }
}

/// How a path's outline is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub color: Rgb,
    /// Line width in points.
    pub width: f32,
    /// Round caps and joins (curls and leaves) instead of square ones (frames).
    pub round: bool,
}

impl Item {
    fn shifted(&self, dx: f32, dy: f32) -> Item {
        let mut item = self.clone();
        match &mut item {
            Item::Text { x, y, .. } | Item::Rect { x, y, .. } | Item::Image { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Item::Line { x1, y1, x2, y2, .. } => {
                *x1 += dx;
                *x2 += dx;
                *y1 += dy;
                *y2 += dy;
            }
            Item::Path { segments, .. } => {
                for s in segments.iter_mut() {
                    *s = s.map(|x, y| (x + dx, y + dy));
                }
            }
            Item::Repeat { at, .. } => {
                for m in at.iter_mut() {
                    m[4] += dx;
                    m[5] += dy;
                }
            }
        }
        item
    }

    /// The item moved by `dx`, `dy` points.
    pub fn moved(&self, dx: f32, dy: f32) -> Item {
        self.shifted(dx, dy)
    }

    /// The box the item covers: left, top, right, bottom. A text run's box reaches from the
    /// face's ascender to its descender; a path's is the box of its points (control points
    /// included, which a curve never leaves), widened by half its stroke.
    pub fn bounds(&self) -> (f32, f32, f32, f32) {
        match self {
            Item::Text { x, y, width, style, size, .. } => {
                let fam = family();
                (*x, y - fam.ascent(*style, *size), x + width, y - fam.descent(*style, *size))
            }
            Item::Line { x1, y1, x2, y2, width } => {
                let h = width / 2.0;
                (x1.min(*x2) - h, y1.min(*y2) - h, x1.max(*x2) + h, y1.max(*y2) + h)
            }
            Item::Rect { x, y, width, height, stroke, .. } => {
                let h = stroke.unwrap_or(0.0) / 2.0;
                (x - h, y - h, x + width + h, y + height + h)
            }
            Item::Image { x, y, width, height, .. } => (*x, *y, x + width, y + height),
            Item::Path { segments, stroke, .. } => {
                let mut b = (f32::INFINITY, f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY);
                for (x, y) in segments.iter().flat_map(Segment::points) {
                    b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
                }
                let h = stroke.map_or(0.0, |s| s.width / 2.0);
                (b.0 - h, b.1 - h, b.2 + h, b.3 + h)
            }
            Item::Repeat { segments, stroke, at, .. } => {
                let mut b = (f32::INFINITY, f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY);
                for [a1, b1, c1, d1, e1, f1] in at {
                    for (x, y) in segments.iter().flat_map(Segment::points) {
                        let (px, py) = (a1 * x + c1 * y + e1, b1 * x + d1 * y + f1);
                        b = (b.0.min(px), b.1.min(py), b.2.max(px), b.3.max(py));
                    }
                }
                let h = stroke.map_or(0.0, |s| s.width / 2.0);
                (b.0 - h, b.1 - h, b.2 + h, b.3 + h)
            }
        }
    }
}

impl PageLayout {
    /// The page's text, one string per baseline (top to bottom), the runs on a baseline joined
    /// left to right with a space where there is a gap between them. For tests and previews.
    pub fn text_lines(&self) -> Vec<String> {
        let mut runs: Vec<(f32, f32, f32, &str)> = self
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { x, y, width, text, .. } => Some((*y, *x, *width, text.as_str())),
                _ => None,
            })
            .collect();
        runs.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let mut lines: Vec<(f32, f32, String)> = Vec::new();
        for (y, x, w, text) in runs {
            match lines.last_mut() {
                Some((ly, end, s)) if (*ly - y).abs() < 0.5 => {
                    if x > *end + 0.5 && !s.ends_with(' ') {
                        s.push(' ');
                    }
                    s.push_str(text);
                    *end = x + w;
                }
                _ => lines.push((y, x + w, text.to_string())),
            }
        }
        lines.into_iter().map(|(_, _, s)| s).collect()
    }

    /// The page's text items.
    pub fn texts(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| matches!(i, Item::Text { .. }))
    }
}

/// A picture and the bytes it came from.
#[derive(Clone)]
pub struct LayoutImage {
    pub width_px: usize,
    pub height_px: usize,
    pub(crate) bytes: Arc<[u8]>,
    pub(crate) pixels: Pixels,
}

/// How a picture goes into the PDF.
#[derive(Clone)]
pub(crate) enum Pixels {
    /// Decoded, to be stored losslessly (PNG, and JPEG that PDF cannot take as it is).
    Decoded(Arc<printpdf::RawImage>),
    /// A grey or RGB JPEG, stored as its own bytes (DCTDecode): a photo stays the size it is.
    Jpeg { grey: bool },
}

impl std::fmt::Debug for LayoutImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LayoutImage({}×{} px, {} bytes)", self.width_px, self.height_px, self.bytes.len())
    }
}

impl PartialEq for LayoutImage {
    fn eq(&self, other: &LayoutImage) -> bool {
        self.bytes == other.bytes
    }
}

impl Layout {
    /// The index in [`Layout::images`] of a PNG or JPEG, decoded the first time its content is
    /// seen: a logo repeated on 500 pages is stored once. For pages composed by hand.
    pub fn image(&mut self, bytes: &Arc<[u8]>) -> Result<usize> {
        image_index(&mut self.images, bytes)
    }
}

/// Decodes a picture once per distinct content.
fn image_index(images: &mut Vec<LayoutImage>, bytes: &Arc<[u8]>) -> Result<usize> {
    if let Some(i) = images.iter().position(|im| Arc::ptr_eq(&im.bytes, bytes) || im.bytes == *bytes) {
        return Ok(i);
    }
    let image = match jpeg_frame(bytes) {
        Some(f) if f.width > 0 && f.height > 0 && f.precision == 8 && matches!(f.components, 1 | 3) => LayoutImage {
            width_px: f.width,
            height_px: f.height,
            bytes: bytes.clone(),
            pixels: Pixels::Jpeg { grey: f.components == 1 },
        },
        frame => {
            // Pixels are allocated only for a picture of a believable size.
            let size = frame.map(|f| (f.width, f.height)).or_else(|| png_size(bytes));
            if size.is_some_and(|(w, h)| w as u64 * h as u64 > super::photo::MAX_PIXELS) {
                return Err(Error::ImageInvalid { reason: "the picture claims more pixels than any camera takes".into() });
            }
            let mut warnings = Vec::new();
            let raw = printpdf::RawImage::decode_from_bytes(bytes, &mut warnings)
                .map_err(|reason| Error::ImageInvalid { reason })?;
            if raw.width == 0 || raw.height == 0 {
                return Err(Error::ImageInvalid { reason: "the picture has no pixels".into() });
            }
            LayoutImage { width_px: raw.width, height_px: raw.height, bytes: bytes.clone(), pixels: Pixels::Decoded(Arc::new(raw)) }
        }
    };
    images.push(image);
    Ok(images.len() - 1)
}

/// The width and height a PNG's header gives.
fn png_size(bytes: &[u8]) -> Option<(usize, usize)> {
    if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    let be = |at: usize| -> Option<usize> { Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize) };
    Some((be(16)?, be(20)?))
}

/// The frame header of a JPEG: size, bits per sample and colour components.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct JpegFrame {
    pub width: usize,
    pub height: usize,
    pub precision: u8,
    pub components: u8,
}

/// Reads the frame header of a JPEG that PDF can show as it is (SOF0–SOF2), walking the marker
/// segments; `None` for any other frame, anything that is not a JPEG, or a file cut short.
pub(crate) fn jpeg_frame(bytes: &[u8]) -> Option<JpegFrame> {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut i = 2;
    loop {
        // Fill bytes (0xFF) may precede a marker.
        while *bytes.get(i)? == 0xFF && *bytes.get(i + 1)? == 0xFF {
            i += 1;
        }
        if *bytes.get(i)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(i + 1)?;
        if marker == 0xD9 || marker == 0xDA {
            return None; // the image ends or its data starts with no frame header before it
        }
        if (0xD0..=0xD7).contains(&marker) || marker == 0x01 {
            i += 2;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([*bytes.get(i + 2)?, *bytes.get(i + 3)?]));
        if len < 2 {
            return None;
        }
        // Baseline, extended and progressive DCT (SOF0–2) are what PDF's DCTDecode shows;
        // lossless, hierarchical and arithmetic-coded frames are left to the decoder.
        if (0xC3..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            return None;
        }
        if (0xC0..=0xC2).contains(&marker) {
            let seg = bytes.get(i + 4..i + 2 + len)?;
            if seg.len() < 6 {
                return None;
            }
            return Some(JpegFrame {
                precision: seg[0],
                height: usize::from(u16::from_be_bytes([seg[1], seg[2]])),
                width: usize::from(u16::from_be_bytes([seg[3], seg[4]])),
                components: seg[5],
            });
        }
        i += 2 + len;
    }
}

/// One line of a paragraph set by [`set_lines`]: its height (the line spacing) and its text
/// runs, x from the column's left edge and y (the baseline) from the line's top.
#[derive(Debug, Clone, PartialEq)]
pub struct LineBox {
    pub height: f32,
    pub items: Vec<Item>,
}

/// A paragraph broken into lines and set in a column `width` points wide, exactly as the page
/// flow would set it: for pages composed by hand (a certificate), which place the lines
/// themselves.
pub fn set_lines(p: &Paragraph, width: f32) -> Vec<LineBox> {
    set_paragraph(family(), p, width).into_iter().map(|(height, items)| LineBox { height, items }).collect()
}

/// The width of paragraph `p` set on one line, whatever its length, in points: its runs in
/// their faces at its size, with its letter-spacing (none after the last character).
pub fn line_width(p: &Paragraph) -> f32 {
    let fam = family();
    let (mut units, mut n) = (0u64, 0u64);
    for run in &p.runs {
        let t = fonts::prepare(run.style, &run.text);
        units += fam.text_units(run.style, &t);
        n += t.chars().count() as u64;
    }
    (units + n.saturating_sub(1) * u64::from(p.tracking)) as f32 * p.size / 1000.0
}

// ───────────────────────────── entry ─────────────────────────────

/// Lays the document out on pages. Fails only on a picture that is not a readable PNG or JPEG
/// ([`Error::ImageInvalid`]).
pub fn layout(doc: &Document) -> Result<Layout> {
    let (w_mm, h_mm) = doc.page.size_mm();
    let m = doc.page.margins;
    let geom = Geometry {
        width: mm(w_mm),
        height: mm(h_mm),
        left: mm(m.left),
        right: mm(w_mm - m.right),
        top: mm(m.top),
        bottom: mm(h_mm - m.bottom),
    };
    let mut builder =
        Builder { fam: family(), images: Vec::new(), page_h: (geom.bottom - geom.top).max(1.0) };
    let mut list = Vec::new();
    builder.blocks(&doc.blocks, geom.right - geom.left, false, &mut list)?;

    let mut pager = Pager::new(geom);
    pager.run(&list);
    let mut pages = pager.finish();

    if let Some(numbers) = &doc.page_numbers {
        let count = pages.len();
        for (i, page) in pages.iter_mut().enumerate() {
            if i == 0 && !numbers.on_first_page {
                continue;
            }
            let text = fonts::prepare(FontStyle::Regular, &numbers.text(i + 1, count)).into_owned();
            let width = builder.fam.width(FontStyle::Regular, numbers.size, &text);
            // Centred under the text column, the baseline a little below the middle of the
            // bottom margin so the figures look centred in it.
            let x = geom.left + (geom.right - geom.left - width) / 2.0;
            let y = (geom.bottom + geom.height) / 2.0 + numbers.size * 0.35;
            page.items.push(Item::Text {
                x,
                y,
                width,
                style: FontStyle::Regular,
                size: numbers.size,
                text,
                space_extra: 0.0,
                char_spacing: 0.0,
                color: Rgb::BLACK,
            });
        }
    }
    Ok(Layout { pages, images: builder.images })
}

#[derive(Debug, Clone, Copy)]
struct Geometry {
    width: f32,
    height: f32,
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
}

// ───────────────────────────── vertical list ─────────────────────────────

/// An element of a column's vertical list.
#[derive(Debug, Clone)]
enum V {
    Box(VBox),
    /// Space; a discardable one (paragraph spacing) vanishes at the top of a page.
    Space { h: f32, discardable: bool },
    Break,
    Table(TableFlow),
}

/// An unbreakable box; its items are relative to its top-left corner (x from the column's
/// left edge). `keep`: never separated from the next box.
#[derive(Debug, Clone)]
struct VBox {
    h: f32,
    items: Vec<Item>,
    keep: bool,
}

fn space(mm_: f32) -> Option<V> {
    (mm_ > 0.0).then(|| V::Space { h: mm(mm_), discardable: true })
}

/// Stacks a list (of boxes and spaces) from y = 0: its items and its height.
fn stack(list: &[V], dx: f32, items: &mut Vec<Item>) -> f32 {
    let mut y = 0.0;
    for v in list {
        match v {
            V::Box(b) => {
                items.extend(b.items.iter().map(|i| i.shifted(dx, y)));
                y += b.h;
            }
            V::Space { h, .. } => y += h,
            V::Break | V::Table(_) => {}
        }
    }
    y
}

fn list_height(list: &[V]) -> f32 {
    list.iter()
        .map(|v| match v {
            V::Box(b) => b.h,
            V::Space { h, .. } => *h,
            _ => 0.0,
        })
        .sum()
}

/// Drops discardable space at both ends (a cell or a column starts at its first line).
fn trim_spaces(list: &mut Vec<V>) {
    while matches!(list.last(), Some(V::Space { discardable: true, .. })) {
        list.pop();
    }
    let lead = list.iter().take_while(|v| matches!(v, V::Space { discardable: true, .. })).count();
    list.drain(..lead);
}

// ───────────────────────────── tables ─────────────────────────────

#[derive(Debug, Clone)]
struct TableFlow {
    /// x of each column edge, from the column's left (`cols + 1` values).
    edges: Vec<f32>,
    header: Vec<RowFlow>,
    rows: Vec<RowFlow>,
    border: Option<f32>,
    pad_h: f32,
    pad_v: f32,
}

#[derive(Debug, Clone)]
struct RowFlow {
    cells: Vec<CellFlow>,
    /// A group heading row: kept with the next row.
    keep: bool,
}

#[derive(Debug, Clone)]
struct CellFlow {
    x: f32,
    w: f32,
    content: Vec<V>,
    fill: Option<f32>,
    valign: VAlign,
}

impl TableFlow {
    fn row_h(&self, row: &RowFlow) -> f32 {
        row.cells.iter().map(|c| list_height(&c.content)).fold(0.0, f32::max) + 2.0 * self.pad_v
    }

    /// The least of a row that can start a page: the first line of each cell.
    fn row_first_h(&self, row: &RowFlow) -> f32 {
        let first = |c: &CellFlow| {
            c.content.iter().find_map(|v| match v {
                V::Box(b) => Some(b.h),
                _ => None,
            })
        };
        row.cells.iter().filter_map(first).fold(0.0, f32::max) + 2.0 * self.pad_v
    }

    fn header_h(&self) -> f32 {
        self.header.iter().map(|r| self.row_h(r)).sum()
    }

    /// How much of the page a run of rows from `r` needs to start: group rows with the row
    /// they head (whole if that fits on a page, else its first lines).
    fn start_h(&self, r: usize, page_h: f32) -> f32 {
        let mut need = 0.0;
        let mut j = r;
        while j < self.rows.len() {
            let row = &self.rows[j];
            if row.keep && j + 1 < self.rows.len() {
                need += self.row_h(row);
                j += 1;
                continue;
            }
            let whole = self.row_h(row);
            let room = page_h - self.header_h() - need;
            need += if whole <= room + EPS { whole } else { self.row_first_h(row) };
            break;
        }
        need
    }

    /// Draws one row, or the part of it given by `parts` (one slice of content per cell), with
    /// its top-left corner `at` and height `h`.
    fn draw_row(&self, row: &RowFlow, parts: &[&[V]], at: (f32, f32), h: f32, whole: bool, items: &mut Vec<Item>) {
        let (x0, y0) = at;
        for (cell, part) in row.cells.iter().zip(parts) {
            if let Some(grey) = cell.fill {
                items.push(Item::Rect { x: x0 + cell.x, y: y0, width: cell.w, height: h, fill: Some(grey), stroke: None });
            }
            let inner = h - 2.0 * self.pad_v;
            let dy = match cell.valign {
                VAlign::Middle if whole => ((inner - list_height(part)) / 2.0).max(0.0),
                _ => 0.0,
            };
            let mut content = Vec::new();
            stack(part, 0.0, &mut content);
            let (cx, cy) = (x0 + cell.x + self.pad_h, y0 + self.pad_v + dy);
            items.extend(content.iter().map(|i| i.shifted(cx, cy)));
        }
        if let Some(width) = self.border {
            let (left, right) = (x0 + self.edges[0], x0 + self.edges[self.edges.len() - 1]);
            // Every segment draws its own top and bottom: a neighbour's fill never covers them.
            for y in [y0, y0 + h] {
                items.push(Item::Line { x1: left, y1: y, x2: right, y2: y, width });
            }
            let mut xs: Vec<f32> = row.cells.iter().map(|c| x0 + c.x).collect();
            xs.push(right);
            for x in xs {
                items.push(Item::Line { x1: x, y1: y0, x2: x, y2: y0 + h, width });
            }
        }
    }

    fn draw_whole(&self, row: &RowFlow, x0: f32, y0: f32, items: &mut Vec<Item>) -> f32 {
        let parts: Vec<&[V]> = row.cells.iter().map(|c| c.content.as_slice()).collect();
        let h = self.row_h(row);
        self.draw_row(row, &parts, (x0, y0), h, true, items);
        h
    }

    /// The table as plain boxes, one per row, for places that cannot split it (cells,
    /// `KeepTogether`): no header repetition.
    fn flatten(&self, out: &mut Vec<V>) {
        for row in self.header.iter().chain(&self.rows) {
            let mut items = Vec::new();
            let h = self.draw_whole(row, 0.0, 0.0, &mut items);
            out.push(V::Box(VBox { h, items, keep: row.keep }));
        }
    }
}

// ───────────────────────────── building the list ─────────────────────────────

struct Builder {
    fam: &'static FontFamily,
    images: Vec<LayoutImage>,
    /// The height of a page's text area, the most any box may take.
    page_h: f32,
}

impl Builder {
    /// `flat`: inside a cell or a `KeepTogether`, where tables are not split and page breaks
    /// mean nothing.
    fn blocks(&mut self, blocks: &[Block], width: f32, flat: bool, out: &mut Vec<V>) -> Result<()> {
        for block in blocks {
            self.block(block, width, flat, out)?;
        }
        Ok(())
    }

    fn block(&mut self, block: &Block, width: f32, flat: bool, out: &mut Vec<V>) -> Result<()> {
        match block {
            Block::Paragraph(p) => self.paragraph(p, width, false, out),
            Block::Heading(h) => self.heading(h, width, out),
            Block::Section(s) => {
                self.heading(&s.title_heading(), width, out);
                self.blocks(&s.blocks, width, flat, out)?;
            }
            Block::Table(t) => {
                let flow = self.table(t, width)?;
                out.extend(space(t.space_before_mm));
                if flat {
                    flow.flatten(out);
                } else {
                    out.push(V::Table(flow));
                }
                out.extend(space(t.space_after_mm));
            }
            Block::Image(img) => self.image(img, width, out)?,
            Block::Spacer(v) => out.push(V::Space { h: mm(*v), discardable: false }),
            Block::PageBreak => {
                if !flat {
                    out.push(V::Break);
                }
            }
            Block::KeepTogether(blocks) => {
                let start = out.len();
                self.blocks(blocks, width, true, out)?;
                keep_together(&mut out[start..]);
            }
            Block::Approval(a) => self.approval(a, width, out),
            Block::Signatures(s) => self.signatures(s, width, out),
        }
        Ok(())
    }

    fn heading(&mut self, h: &Heading, width: f32, out: &mut Vec<V>) {
        let p = Paragraph {
            size: h.size,
            align: h.align,
            first_line_indent_mm: 0.0,
            left_indent_mm: 0.0,
            space_before_mm: h.space_before_mm,
            space_after_mm: h.space_after_mm,
            line_height: h.line_height,
            hyphenate: false,
            ..Paragraph::from_runs(vec![Run::new(h.text.clone(), h.style)])
        };
        self.paragraph(&p, width, true, out);
    }

    /// A paragraph's lines as boxes. With `keep_all` every line is tied to the next (a
    /// heading); otherwise the first line is tied to the second (no orphan) and the last but
    /// one to the last (no widow).
    fn paragraph(&mut self, p: &Paragraph, width: f32, keep_all: bool, out: &mut Vec<V>) {
        let lines = set_paragraph(self.fam, p, width);
        out.extend(space(p.space_before_mm));
        let n = lines.len();
        for (i, (h, items)) in lines.into_iter().enumerate() {
            let keep = keep_all || (n >= 2 && (i == 0 || i + 2 == n));
            out.push(V::Box(VBox { h, items, keep }));
        }
        out.extend(space(p.space_after_mm));
    }

    fn image(&mut self, img: &Image, width: f32, out: &mut Vec<V>) -> Result<()> {
        let index = self.image_index(&img.bytes)?;
        let (pw, ph) = (self.images[index].width_px as f32, self.images[index].height_px as f32);
        let mut w = mm(img.width_mm).min(width).max(1.0);
        let mut h = w * ph / pw;
        if h > self.page_h {
            h = self.page_h;
            w = h * pw / ph;
        }
        let x = match img.align {
            Align::Center => (width - w) / 2.0,
            Align::Right => width - w,
            Align::Left | Align::Justify => 0.0,
        };
        let items = vec![Item::Image { x, y: 0.0, width: w, height: h, image: index, multiply: false }];
        out.push(V::Box(VBox { h, items, keep: false }));
        out.extend(space(img.space_after_mm));
        Ok(())
    }

    /// Decodes a picture once per distinct content (a logo on 500 certificates is one image).
    fn image_index(&mut self, bytes: &Arc<[u8]>) -> Result<usize> {
        image_index(&mut self.images, bytes)
    }

    fn table(&mut self, t: &Table, width: f32) -> Result<TableFlow> {
        let edges = column_edges(&t.columns, width);
        let cols = edges.len() - 1;
        let (pad_h, pad_v) = (mm(t.padding_mm.0), mm(t.padding_mm.1));
        let build = |row: &Row, this: &mut Builder| -> Result<RowFlow> {
            let mut cells = Vec::new();
            let mut c = 0;
            for (k, cell) in row.cells.iter().enumerate() {
                if c >= cols {
                    break; // more cells than columns: the extra ones have nowhere to go
                }
                let span = if row.group || k + 1 == row.cells.len() && c + cell.span > cols {
                    cols - c
                } else {
                    cell.span.clamp(1, cols - c)
                };
                let (x, w) = (edges[c], edges[c + span] - edges[c]);
                let mut content = Vec::new();
                this.blocks(&cell.blocks, (w - 2.0 * pad_h).max(1.0), true, &mut content)?;
                trim_spaces(&mut content);
                cells.push(CellFlow { x, w, content, fill: cell.fill, valign: cell.valign });
                c += span;
            }
            // Missing cells are drawn empty, so the borders of the row are whole.
            while c < cols {
                cells.push(CellFlow { x: edges[c], w: edges[c + 1] - edges[c], content: Vec::new(), fill: None, valign: VAlign::Top });
                c += 1;
            }
            Ok(RowFlow { cells, keep: row.group })
        };
        let header = t.header.iter().map(|r| build(r, self)).collect::<Result<Vec<_>>>()?;
        let rows = t.rows.iter().map(|r| build(r, self)).collect::<Result<Vec<_>>>()?;
        let border = match t.borders {
            Borders::All => Some(t.border_width_pt),
            Borders::None => None,
        };
        Ok(TableFlow { edges, header, rows, border, pad_h, pad_v })
    }

    /// «УТВЕРЖДАЮ», the position, the signature line with the name, the date: a column at the
    /// right margin, kept together.
    fn approval(&mut self, a: &ApprovalBlock, width: f32, out: &mut Vec<V>) {
        let w = mm(a.width_mm).min(width);
        let line = |text: &str| Paragraph::plain(text).size(a.size);
        let mut v = Vec::new();
        self.paragraph(&line(&a.heading), w, false, &mut v);
        for pos in &a.position {
            self.paragraph(&line(pos), w, false, &mut v);
        }
        v.push(V::Space { h: a.size * 0.5, discardable: false });
        self.paragraph(&line(&format!("{SIGNATURE_LINE} {}", unbreakable(&a.name))), w, false, &mut v);
        self.paragraph(&line(&a.date), w, false, &mut v);
        for note in &a.notes {
            self.paragraph(&line(note), w, false, &mut v);
        }
        let mut items = Vec::new();
        let h = stack(&v, width - w, &mut items);
        out.push(V::Box(VBox { h, items, keep: false }));
        out.extend(space(a.space_after_mm));
    }

    /// Two parties side by side in columns of equal width: heading and requisites on top, then
    /// (level in both columns) the position, «_____________ /И.О. Фамилия/» and «М.П.». One box.
    fn signatures(&mut self, s: &SignaturesBlock, width: f32, out: &mut Vec<V>) {
        let gap = mm(s.gap_mm);
        let cw = ((width - gap) / 2.0).max(1.0);
        let line = |text: &str| Paragraph::plain(text).size(s.size);
        let column = |party: &Party, this: &mut Builder| {
            let mut top = Vec::new();
            this.paragraph(&line(&party.heading).style(FontStyle::Bold).space_after_mm(1.0), cw, false, &mut top);
            for r in &party.requisites {
                this.paragraph(&line(r), cw, false, &mut top);
            }
            let mut bottom = Vec::new();
            if !party.position.is_empty() {
                this.paragraph(&line(&party.position), cw, false, &mut bottom);
            }
            bottom.push(V::Space { h: s.size * 0.6, discardable: false });
            let sign = format!("{SIGNATURE_LINE} /{}/", unbreakable(&party.name));
            this.paragraph(&line(&sign), cw, false, &mut bottom);
            if !party.stamp.is_empty() {
                this.paragraph(&line(&party.stamp), cw, false, &mut bottom);
            }
            (top, bottom)
        };
        let (lt, lb) = column(&s.left, self);
        let (rt, rb) = column(&s.right, self);
        let top_h = list_height(&lt).max(list_height(&rt)) + s.size * 0.8;
        let mut items = Vec::new();
        stack(&lt, 0.0, &mut items);
        stack(&rt, cw + gap, &mut items);
        let mut bottom_items = Vec::new();
        let bottom_h = stack(&lb, 0.0, &mut bottom_items).max(stack(&rb, cw + gap, &mut bottom_items));
        items.extend(bottom_items.iter().map(|i| i.shifted(0.0, top_h)));
        out.extend(space(s.space_before_mm));
        out.push(V::Box(VBox { h: top_h + bottom_h, items, keep: false }));
    }
}

/// Ties every box of a `KeepTogether` to the next one, except the last (which keeps its own
/// tie: a group ending in a heading still holds on to what follows).
fn keep_together(list: &mut [V]) {
    let Some(last) = list.iter().rposition(|v| matches!(v, V::Box(_))) else { return };
    for v in &mut list[..last] {
        if let V::Box(b) = v {
            b.keep = true;
        }
    }
}

/// «А.Б. Сейткали» with no-break spaces: initials never part from the surname.
fn unbreakable(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join("\u{00A0}")
}

/// Edges of the columns: fixed widths first, fractions share the rest; if the fixed widths
/// alone are wider than the column, everything is scaled down to fit.
fn column_edges(columns: &[ColumnWidth], width: f32) -> Vec<f32> {
    let columns = if columns.is_empty() { &[ColumnWidth::Fraction(1.0)][..] } else { columns };
    let fixed: f32 = columns.iter().map(|c| if let ColumnWidth::Mm(v) = c { mm(v.max(0.0)) } else { 0.0 }).sum();
    let shares: f32 = columns.iter().map(|c| if let ColumnWidth::Fraction(f) = c { f.max(0.0) } else { 0.0 }).sum();
    let rest = (width - fixed).max(0.0);
    let scale = if fixed > width { width / fixed } else { 1.0 };
    let mut edges = vec![0.0];
    let mut x = 0.0;
    for c in columns {
        x += match c {
            ColumnWidth::Mm(v) => mm(v.max(0.0)) * scale,
            ColumnWidth::Fraction(f) if shares > 0.0 => rest * f.max(0.0) / shares,
            ColumnWidth::Fraction(_) => 0.0,
        };
        edges.push(x);
    }
    edges
}

// ───────────────────────────── paging ─────────────────────────────

struct Pager {
    g: Geometry,
    pages: Vec<PageLayout>,
    items: Vec<Item>,
    y: f32,
    /// Nothing has been placed on the current page yet.
    fresh: bool,
}

impl Pager {
    fn new(g: Geometry) -> Pager {
        Pager { g, pages: Vec::new(), items: Vec::new(), y: g.top, fresh: true }
    }

    fn page_h(&self) -> f32 {
        self.g.bottom - self.g.top
    }

    fn fits(&self, h: f32) -> bool {
        self.y + h <= self.g.bottom + EPS
    }

    fn new_page(&mut self) {
        let items = std::mem::take(&mut self.items);
        self.pages.push(PageLayout { width_pt: self.g.width, height_pt: self.g.height, items });
        self.y = self.g.top;
        self.fresh = true;
    }

    fn finish(mut self) -> Vec<PageLayout> {
        // A trailing page break leaves no blank page behind; an empty document has one page.
        if !self.fresh || self.pages.is_empty() {
            self.new_page();
        }
        self.pages
    }

    fn place(&mut self, b: &VBox) {
        let (x, y) = (self.g.left, self.y);
        self.items.extend(b.items.iter().map(|i| i.shifted(x, y)));
        self.y += b.h;
        self.fresh = false;
    }

    /// The height from box `i` to the end of its chain of tied boxes (including the first box
    /// not tied, or the start of a table).
    fn chain_h(&self, list: &[V], i: usize) -> f32 {
        let mut h = 0.0;
        for v in &list[i..] {
            match v {
                V::Box(b) => {
                    h += b.h;
                    if !b.keep {
                        break;
                    }
                }
                V::Space { h: s, .. } => h += s,
                V::Break => break,
                V::Table(t) => {
                    h += t.header_h() + t.start_h(0, self.page_h());
                    break;
                }
            }
        }
        h
    }

    fn run(&mut self, list: &[V]) {
        for (i, v) in list.iter().enumerate() {
            match v {
                V::Space { h, discardable } => {
                    if !*discardable {
                        // Explicit space is content: it stays, and what follows is not at the top.
                        self.y += h;
                        self.fresh = false;
                    } else if !self.fresh {
                        self.y += h;
                    }
                }
                V::Break => {
                    if !self.fresh {
                        self.new_page();
                    }
                }
                V::Box(b) => {
                    if !self.fresh {
                        let chain = if b.keep { self.chain_h(list, i) } else { b.h };
                        let chain_moves = !self.fits(chain) && chain <= self.page_h() + EPS;
                        if chain_moves || !self.fits(b.h) {
                            self.new_page();
                        }
                    }
                    self.place(b);
                }
                V::Table(t) => self.table(t),
            }
        }
    }

    fn draw_header(&mut self, t: &TableFlow) {
        for row in &t.header {
            let h = t.draw_whole(row, self.g.left, self.y, &mut self.items);
            self.y += h;
        }
        self.fresh = false;
    }

    fn table(&mut self, t: &TableFlow) {
        let header_h = t.header_h();
        let mut header_here = false;
        let mut rows_here = 0usize;
        for (r, row) in t.rows.iter().enumerate() {
            let need = t.start_h(r, self.page_h());
            let head = if header_here { 0.0 } else { header_h };
            if !self.fits(head + need) {
                // Move on unless this page has nothing of the table's body yet (then moving
                // gains nothing) or the rows could not fit on any page.
                let can_move = if header_here { rows_here > 0 } else { !self.fresh };
                if can_move && header_h + need <= self.page_h() + EPS {
                    self.new_page();
                    header_here = false;
                    rows_here = 0;
                }
            }
            if !header_here {
                self.draw_header(t);
                header_here = true;
            }

            // Place the row, splitting it between lines when it is taller than what is left.
            let mut cursors = vec![0usize; row.cells.len()];
            loop {
                let rest: Vec<&[V]> = row.cells.iter().zip(&cursors).map(|(c, &k)| &c.content[k..]).collect();
                let whole = cursors.iter().all(|&k| k == 0);
                let rest_h = rest.iter().map(|p| list_height(p)).fold(0.0, f32::max) + 2.0 * t.pad_v;
                if self.fits(rest_h) {
                    t.draw_row(row, &rest, (self.g.left, self.y), rest_h, whole, &mut self.items);
                    self.y += rest_h;
                    rows_here += 1;
                    break;
                }
                let room = self.g.bottom - self.y - 2.0 * t.pad_v;
                let mut takes: Vec<usize> = rest.iter().map(|p| fitting_prefix(p, room)).collect();
                let took_a_line = rest.iter().zip(&takes).any(|(p, &n)| p[..n].iter().any(|v| matches!(v, V::Box(_))));
                if !took_a_line {
                    if rows_here > 0 {
                        self.new_page();
                        self.draw_header(t);
                        rows_here = 0;
                        continue;
                    }
                    // Not even one line of a cell fits on a page of its own: let the first
                    // line of each cell overflow rather than loop forever.
                    takes = rest.iter().map(|p| p.iter().position(|v| matches!(v, V::Box(_))).map_or(0, |k| k + 1)).collect();
                }
                let parts: Vec<&[V]> = rest.iter().zip(&takes).map(|(p, &n)| &p[..n]).collect();
                let h = parts.iter().map(|p| list_height(p)).fold(0.0, f32::max) + 2.0 * t.pad_v;
                t.draw_row(row, &parts, (self.g.left, self.y), h, false, &mut self.items);
                self.y += h;
                for ((k, n), cell) in cursors.iter_mut().zip(&takes).zip(&row.cells) {
                    *k += n;
                    // The continuation starts at its next line, not at spacing.
                    while matches!(cell.content.get(*k), Some(V::Space { .. })) {
                        *k += 1;
                    }
                }
                self.new_page();
                self.draw_header(t);
                rows_here = 0;
                if cursors.iter().zip(&row.cells).all(|(&k, c)| k >= c.content.len()) {
                    break;
                }
            }
        }
        if t.rows.is_empty() && !t.header.is_empty() {
            if !self.fresh && !self.fits(header_h) {
                self.new_page();
            }
            self.draw_header(t);
        }
    }
}

/// How many elements from the start of `list` fit in `room` (whole boxes only).
fn fitting_prefix(list: &[V], room: f32) -> usize {
    let mut h = 0.0;
    let mut n = 0;
    for (i, v) in list.iter().enumerate() {
        h += match v {
            V::Box(b) => b.h,
            V::Space { h, .. } => *h,
            _ => 0.0,
        };
        if h > room + EPS {
            break;
        }
        if matches!(v, V::Box(_)) {
            n = i + 1;
        }
    }
    n
}

// ───────────────────────────── lines ─────────────────────────────

type Glyph = (char, FontStyle);

enum Token {
    Word(Vec<Glyph>),
    Space(FontStyle),
    Newline,
}

/// A set line: its glyphs (spaces included, trailing ones not) and whether it ends the
/// paragraph or a `\n` (such a line is not justified).
struct SetLine {
    glyphs: Vec<Glyph>,
    last: bool,
}

const SOFT_HYPHEN: char = '\u{00AD}';

/// Splits runs into words (maximal stretches without a breaking space, across runs), spaces
/// and forced line ends. Consecutive spaces count as one. Two rules of Russian and Kazakh
/// typesetting are applied whatever the caller wrote: «№» is never parted from its number, and
/// a dash never starts a line (the space before «—» or «–» does not break).
fn tokenize(runs: &[Run]) -> Vec<Token> {
    let glyphs: Vec<Glyph> = runs
        .iter()
        .flat_map(|run| {
            let text = fonts::prepare(run.style, &run.text).into_owned();
            text.chars().map(|c| (c, run.style)).collect::<Vec<_>>()
        })
        .collect();
    let mut tokens = Vec::new();
    let mut word: Vec<Glyph> = Vec::new();
    for (i, &(ch, style)) in glyphs.iter().enumerate() {
        match ch {
            ' ' => {
                let after_numero = i > 0 && glyphs[i - 1].0 == '№';
                let before_dash = matches!(glyphs.get(i + 1), Some(('—' | '–', _)));
                if (after_numero || before_dash) && !word.is_empty() {
                    word.push(('\u{00A0}', style));
                    continue;
                }
                if !word.is_empty() {
                    tokens.push(Token::Word(std::mem::take(&mut word)));
                }
                if !matches!(tokens.last(), Some(Token::Space(_))) {
                    tokens.push(Token::Space(style));
                }
            }
            '\n' => {
                if !word.is_empty() {
                    tokens.push(Token::Word(std::mem::take(&mut word)));
                }
                tokens.push(Token::Newline);
            }
            _ => word.push((ch, style)),
        }
    }
    if !word.is_empty() {
        tokens.push(Token::Word(word));
    }
    tokens
}

/// Where a word may be broken: the head is `word[..head]` (plus a hyphen if `hyphen`), the
/// rest starts at `word[tail]`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct BreakPoint {
    head: usize,
    tail: usize,
    hyphen: bool,
}

fn is_russian_letter(c: char) -> bool {
    matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё')
}

/// Letters of Kazakh Cyrillic that Russian lacks: a word with one of them is Kazakh and is
/// never hyphenated by the Russian patterns.
fn is_kazakh_letter(c: char) -> bool {
    "ӘәҒғҚқҢңӨөҰұҮүҺһІі".contains(c)
}

/// Break points of a word: after a hyphen between letters («научно-|практический»), at soft
/// hyphens, and (with `hyphenate`) between syllables of Russian words, two letters at least
/// on each side. Abbreviations in capitals and words with Kazakh letters are not hyphenated.
fn break_points(word: &[Glyph], hyphenate: bool) -> Vec<BreakPoint> {
    let chars: Vec<char> = word.iter().map(|g| g.0).collect();
    let mut points = Vec::new();
    for i in 1..chars.len().saturating_sub(1) {
        if chars[i] == '-' && chars[i - 1].is_alphabetic() && chars[i + 1].is_alphabetic() {
            points.push(BreakPoint { head: i + 1, tail: i + 1, hyphen: false });
        }
        if chars[i] == SOFT_HYPHEN {
            points.push(BreakPoint { head: i, tail: i + 1, hyphen: true });
        }
    }
    if hyphenate && !chars.iter().any(|&c| is_kazakh_letter(c)) {
        let mut i = 0;
        while i < chars.len() {
            if !is_russian_letter(chars[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && is_russian_letter(chars[i]) {
                i += 1;
            }
            let letters: String = chars[start..i].iter().collect();
            let abbreviation = letters.chars().all(char::is_uppercase);
            if i - start >= 4 && !abbreviation {
                let mut at = start;
                let syllables: Vec<&str> =
                    hypher::hyphenate_bounded(&letters, hypher::Lang::Russian, 2, 2).collect();
                for syl in &syllables[..syllables.len().saturating_sub(1)] {
                    at += syl.chars().count();
                    points.push(BreakPoint { head: at, tail: at, hyphen: true });
                }
            }
        }
    }
    points.sort_by_key(|p| p.head);
    points
}

/// Breaks a paragraph into lines and sets them: for each line its height and its items
/// (relative to the line's top-left at the column's left edge).
fn set_paragraph(fam: &FontFamily, p: &Paragraph, width: f32) -> Vec<(f32, Vec<Item>)> {
    let size = p.size.max(1.0);
    let left = mm(p.left_indent_mm);
    let first = mm(p.first_line_indent_mm);
    let line_x = |i: usize| if i == 0 { (left + first).max(0.0) } else { left.max(0.0) };
    // Never less than a few letters wide, so a too-narrow column still makes progress.
    let avail = |i: usize| (width - line_x(i)).max(size * 2.0);
    let tracking = u64::from(p.tracking);
    let lines = break_lines(fam, &tokenize(&p.runs), size, p.hyphenate, tracking, avail);

    let line_h = size * p.line_height;
    let asc = fam.ascent(FontStyle::Regular, size);
    let desc = fam.descent(FontStyle::Regular, size);
    let baseline = (line_h - (asc - desc)) / 2.0 + asc;
    let to_pt = |units: u64| units as f32 * size / 1000.0;

    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let glyphs: Vec<Glyph> = line.glyphs.into_iter().filter(|g| g.0 != SOFT_HYPHEN).collect();
            // Letter-spacing follows every character but the last, which ends the ink.
            let natural: u64 = glyphs.iter().map(|&(c, s)| u64::from(fam.units(s, c)) + tracking).sum::<u64>()
                - if glyphs.is_empty() { 0 } else { tracking };
            let spaces = glyphs.iter().filter(|g| g.0 == ' ').count();
            let room = avail(i) - to_pt(natural);
            let justify = p.align == Align::Justify && !line.last && spaces > 0 && room > 0.0;
            let extra = if justify { room / spaces as f32 } else { 0.0 };
            let offset = match p.align {
                Align::Center => (room / 2.0).max(0.0),
                Align::Right => room.max(0.0),
                Align::Left | Align::Justify => 0.0,
            };
            let x0 = line_x(i) + offset;
            let mut items = Vec::new();
            let (mut units_before, mut spaces_before) = (0u64, 0usize);
            let mut k = 0;
            while k < glyphs.len() {
                let style = glyphs[k].1;
                let end = glyphs[k..].iter().position(|g| g.1 != style).map_or(glyphs.len(), |n| k + n);
                let text: String = glyphs[k..end].iter().map(|g| g.0).collect();
                let count = (end - k) as u64;
                let last_tracking = if end == glyphs.len() { tracking } else { 0 };
                let units = fam.text_units(style, &text) + count * tracking - last_tracking;
                let seg_spaces = text.chars().filter(|&c| c == ' ').count();
                items.push(Item::Text {
                    x: x0 + to_pt(units_before) + spaces_before as f32 * extra,
                    y: baseline,
                    width: to_pt(units) + seg_spaces as f32 * extra,
                    style,
                    size,
                    text,
                    space_extra: extra,
                    char_spacing: to_pt(tracking),
                    color: p.color,
                });
                units_before += units;
                spaces_before += seg_spaces;
                k = end;
            }
            (line_h, items)
        })
        .collect()
}

/// Greedy line breaking: as many words as fit on each line; a word that does not fit is
/// broken at its best break point that does (hyphenation), else moved to the next line; a
/// word longer than a whole line is broken at a break point or, failing that, between
/// characters.
fn break_lines(
    fam: &FontFamily,
    tokens: &[Token],
    size: f32,
    hyphenate: bool,
    tracking: u64,
    avail: impl Fn(usize) -> f32,
) -> Vec<SetLine> {
    // Letter-spacing is counted after every character; the room gets one more, because none
    // is drawn after a line's last character.
    let units_of = |glyphs: &[Glyph]| -> u64 {
        glyphs.iter().filter(|g| g.0 != SOFT_HYPHEN).map(|&(c, s)| u64::from(fam.units(s, c)) + tracking).sum()
    };
    // Room in thousandths of an em, for exact comparison with the integer widths.
    let room_units = |i: usize| f64::from(avail(i)) * 1000.0 / f64::from(size) + tracking as f64 + 1e-6;

    let mut lines: Vec<SetLine> = Vec::new();
    let mut cur: Vec<Glyph> = Vec::new();
    let mut cur_units = 0u64;
    let mut pending: Option<FontStyle> = None;

    for token in tokens {
        match token {
            Token::Space(style) => {
                if !cur.is_empty() && pending.is_none() {
                    pending = Some(*style);
                }
            }
            Token::Newline => {
                lines.push(SetLine { glyphs: std::mem::take(&mut cur), last: true });
                cur_units = 0;
                pending = None;
            }
            Token::Word(word) => {
                let mut word: Vec<Glyph> = word.clone();
                loop {
                    let room = room_units(lines.len());
                    let space: Vec<Glyph> = match pending {
                        Some(style) if !cur.is_empty() => vec![(' ', style)],
                        _ => Vec::new(),
                    };
                    let base = cur_units + units_of(&space);
                    if (base + units_of(&word)) as f64 <= room {
                        cur.extend(space);
                        cur.extend(word);
                        cur_units = units_of(&cur);
                        pending = None;
                        break;
                    }
                    let points = break_points(&word, hyphenate);
                    let fitting = |room: f64, base: u64| {
                        points.iter().rev().copied().find(|bp| {
                            let mut head = word[..bp.head].to_vec();
                            if bp.hyphen {
                                head.push(('-', word[bp.head.max(1) - 1].1));
                            }
                            (base + units_of(&head)) as f64 <= room
                        })
                    };
                    let split = |bp: BreakPoint| {
                        let mut head = word[..bp.head].to_vec();
                        if bp.hyphen {
                            head.push(('-', word[bp.head.max(1) - 1].1));
                        }
                        (head, word[bp.tail..].to_vec())
                    };
                    if let Some(bp) = fitting(room, base) {
                        let (head, tail) = split(bp);
                        cur.extend(space);
                        cur.extend(head);
                        lines.push(SetLine { glyphs: std::mem::take(&mut cur), last: false });
                        cur_units = 0;
                        pending = None;
                        word = tail;
                        continue;
                    }
                    if !cur.is_empty() {
                        lines.push(SetLine { glyphs: std::mem::take(&mut cur), last: false });
                        cur_units = 0;
                        pending = None;
                        continue;
                    }
                    // Alone on a line and still too long: break between characters.
                    let mut n = 1;
                    while n < word.len() && units_of(&word[..n + 1]) as f64 <= room {
                        n += 1;
                    }
                    let tail = word.split_off(n);
                    lines.push(SetLine { glyphs: word, last: false });
                    word = tail;
                }
            }
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(SetLine { glyphs: cur, last: true });
    }
    if let Some(l) = lines.last_mut() {
        l.last = true;
    }
    lines
}

#[cfg(test)]
mod tests;
