//! The printed award: a certificate of honour (грамота / мадақтама), a letter of thanks
//! (благодарственное письмо / алғыс хат) or a diploma, one composed A4 page each.
//!
//! A certificate is not flowed like an agreement: every part has its place on the sheet. From
//! the top: the emblem or logo, the organisation's full name, the big letter-spaced title in
//! the primary colour with a small ornament under it; in the middle, balanced in the space
//! that is left, «награждается» / «выражает благодарность», the recipient's name (as large as
//! fits one line, then on two lines) and the reason; at the bottom the director's position,
//! the signature line with the signature and the stamp laid on like ink, the name, «М.П.»,
//! then the number, the place and date and a QR code. The border is drawn as vectors in one
//! of several [`BorderStyle`]s.
//!
//! Everything here is pure: the caller passes finished, localized strings (the name already
//! declined) and picture bytes; nothing reads the store or the locales. [`compose`] puts a page
//! into a [`Layout`] (plain data that tests inspect), [`render`] and [`render_many`] write the
//! PDF: many certificates make one file with the font subsets and each distinct picture
//! embedded once.

use std::sync::Arc;


use super::fonts::FontStyle;
use super::layout::{line_width, mm, set_lines, Item, Layout, LineBox, PageLayout, Segment, Stroke};
use super::model::{Align, Metadata, Paragraph, Rgb, Run, A4_MM};
use crate::error::{Error, Result};

// ───────────────────────────── the data ─────────────────────────────

pub use crate::model::award::BorderStyle;

/// The look of a certificate.
#[derive(Clone, PartialEq)]
pub struct CertificateStyle {
    pub border: BorderStyle,
    /// The title and the frame.
    pub primary: [u8; 3],
    /// Ornaments, stars, leaves, the stripes of the ribbon.
    pub accent: [u8; 3],
    /// A4 landscape instead of portrait.
    pub landscape: bool,
    /// A PNG or JPEG drawn over the whole page under everything else (a printed blank, paper
    /// texture). The border is still drawn over it.
    pub background: Option<Arc<[u8]>>,
}

impl Default for CertificateStyle {
    /// Classic, portrait, navy blue with gold.
    fn default() -> CertificateStyle {
        CertificateStyle {
            border: BorderStyle::Classic,
            primary: [22, 58, 122],
            accent: [184, 140, 52],
            landscape: false,
            background: None,
        }
    }
}

/// Everything printed on one certificate, finished and localized.
#[derive(Clone, Default, PartialEq)]
pub struct CertificateData {
    pub style: CertificateStyle,
    /// The emblem or logo (PNG or JPEG), centred at the top.
    pub logo: Option<Arc<[u8]>>,
    /// The organisation's full name: it may be long and wraps, centred.
    pub org_name: String,
    /// «ГРАМОТА», «БЛАГОДАРСТВЕННОЕ ПИСЬМО», «АЛҒЫС ХАТ», «ДИПЛОМ» …
    pub title: String,
    /// «награждается», «выражает благодарность», «марапатталады» …
    pub lead: String,
    /// The name as it must be printed, declined by the caller (the dative after «выражает
    /// благодарность»).
    pub recipient: String,
    /// «за активное участие в …»; may be empty.
    pub reason: String,
    /// «Директор КГКП «Центр детского творчества № 2»»: wraps at the left of the signature.
    pub signer_position: String,
    /// «А.Б. Сейткали».
    pub signer_name: String,
    /// A scan of the signature (PNG or JPEG), laid over the signature line.
    pub signature: Option<Arc<[u8]>>,
    /// A scan of the stamp (PNG or JPEG), laid over «М.П.» and part of the signature line.
    pub stamp: Option<Arc<[u8]>>,
    /// «М.П.» / «М.О.»; empty for none.
    pub stamp_label: String,
    /// «г. Петропавловск, 29 ноября 2026 г.»
    pub place_date: String,
    /// «№ 12/2026», printed small at the bottom left.
    pub number: String,
    /// Text to encode as a QR code at the bottom right (a link to check the certificate).
    pub qr: Option<String>,
}

impl std::fmt::Debug for CertificateStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CertificateStyle")
            .field("border", &self.border)
            .field("primary", &self.primary)
            .field("accent", &self.accent)
            .field("landscape", &self.landscape)
            .field("background", &bytes(&self.background))
            .finish()
    }
}

impl std::fmt::Debug for CertificateData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CertificateData")
            .field("style", &self.style)
            .field("logo", &bytes(&self.logo))
            .field("org_name", &self.org_name)
            .field("title", &self.title)
            .field("lead", &self.lead)
            .field("recipient", &self.recipient)
            .field("reason", &self.reason)
            .field("signer_position", &self.signer_position)
            .field("signer_name", &self.signer_name)
            .field("signature", &bytes(&self.signature))
            .field("stamp", &bytes(&self.stamp))
            .field("stamp_label", &self.stamp_label)
            .field("place_date", &self.place_date)
            .field("number", &self.number)
            .field("qr", &self.qr)
            .finish()
    }
}

fn bytes(b: &Option<Arc<[u8]>>) -> String {
    b.as_ref().map_or_else(|| "none".into(), |b| format!("{} bytes", b.len()))
}

// ───────────────────────────── entry points ─────────────────────────────

/// One certificate as a standalone PDF.
pub fn render(d: &CertificateData) -> Result<Vec<u8>> {
    render_many(std::slice::from_ref(d))
}

/// Certificates as one PDF, one page each; the font subsets and every distinct picture (a
/// logo, a stamp) are embedded once.
pub fn render_many(ds: &[CertificateData]) -> Result<Vec<u8>> {
    let layout = layout_many(ds)?;
    let metadata = match ds.first() {
        Some(d) if ds.len() == 1 => Metadata {
            title: [d.title.trim(), d.recipient.trim()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" — "),
            author: d.org_name.clone(),
            subject: d.number.clone(),
        },
        Some(d) => Metadata { title: d.title.clone(), author: d.org_name.clone(), subject: String::new() },
        None => Metadata::default(),
    };
    Ok(super::pdf::render(&layout, &metadata))
}

/// The laid-out page of one certificate.
pub fn layout(d: &CertificateData) -> Result<Layout> {
    layout_many(std::slice::from_ref(d))
}

/// The laid-out pages of several certificates (an empty list gives an empty layout).
pub fn layout_many(ds: &[CertificateData]) -> Result<Layout> {
    let mut layout = Layout::default();
    for d in ds {
        compose(d, &mut layout)?;
    }
    Ok(layout)
}

// ───────────────────────────── geometry ─────────────────────────────

/// A rectangle on the page in points: left, top, right, bottom (y downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub left: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
}

impl Area {
    pub fn width(&self) -> f32 {
        self.right - self.left
    }
    pub fn height(&self) -> f32 {
        self.bottom - self.top
    }
    pub fn center_x(&self) -> f32 {
        (self.left + self.right) / 2.0
    }
    /// Whether the box (left, top, right, bottom) lies inside, give or take `slack` points.
    pub fn holds(&self, b: (f32, f32, f32, f32), slack: f32) -> bool {
        b.0 >= self.left - slack && b.1 >= self.top - slack && b.2 <= self.right + slack && b.3 <= self.bottom + slack
    }
    fn inset(page: (f32, f32), by_mm: f32) -> Area {
        Area { left: mm(by_mm), top: mm(by_mm), right: page.0 - mm(by_mm), bottom: page.1 - mm(by_mm) }
    }
}

/// The sheet of a certificate: its size, the inner edge of its border and the area the text
/// keeps to. Points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f32,
    pub height: f32,
    /// Inside the innermost frame line of the border (a ribbon's corners reach further in,
    /// never into `content`).
    pub border: Area,
    /// Where every word is set: the border's inner edge less a margin of air.
    pub content: Area,
}

/// The frame of a certificate in `style`.
pub fn frame(style: &CertificateStyle) -> Frame {
    let (w, h) = if style.landscape { (A4_MM.1, A4_MM.0) } else { A4_MM };
    let page = (mm(w), mm(h));
    // Distances from the sheet's edge in mm: the border's inner edge, then the text's.
    let (border, content) = match style.border {
        BorderStyle::Classic => (16.0, 22.0),
        BorderStyle::Ornament => (20.0, 24.0),
        BorderStyle::Laurel => (12.0, 20.0),
        BorderStyle::Ribbon => (13.0, 22.0),
        BorderStyle::Simple => (13.0, 20.0),
    };
    Frame { width: page.0, height: page.1, border: Area::inset(page, border), content: Area::inset(page, content) }
}

/// Sizes that differ between portrait and landscape (points unless named in mm).
struct Scale {
    logo_mm: f32,
    org_size: f32,
    after_org_mm: f32,
    title_max: f32,
    title_min: f32,
    lead_size: f32,
    name_max: f32,
    name_min: f32,
    reason_size: f32,
    reason_min: f32,
    /// The reason's column at most this wide (lines longer than this are tiring to read).
    reason_mm: f32,
}

const PORTRAIT: Scale = Scale {
    logo_mm: 24.0,
    org_size: 12.5,
    after_org_mm: 10.0,
    title_max: 50.0,
    title_min: 26.0,
    lead_size: 17.0,
    name_max: 30.0,
    // A name of 60 letters still fits one line at this size, one of 120 two.
    name_min: 14.0,
    reason_size: 14.0,
    reason_min: 10.0,
    reason_mm: 150.0,
};

const LANDSCAPE: Scale = Scale {
    logo_mm: 19.0,
    org_size: 12.5,
    after_org_mm: 5.0,
    title_max: 46.0,
    title_min: 26.0,
    lead_size: 16.0,
    name_max: 30.0,
    name_min: 16.0,
    reason_size: 14.0,
    reason_min: 10.0,
    reason_mm: 185.0,
};

/// Letter-spacing of the title, in thousandths of an em: wide enough to read as a spaced-out
/// title, narrow enough that text extraction still sees one word.
const TITLE_TRACKING: u16 = 90;
/// The signature line's baseline above the content's bottom edge.
const SIGN_ABOVE_MM: f32 = 27.0;
const QR_MM: f32 = 20.0;
/// The height of a laurel branch at full size.
const LAUREL_MM: f32 = 36.0;
const STAMP_MM: f32 = 36.0;
const SIGNATURE_MM: (f32, f32) = (45.0, 17.0);

const INK: Rgb = Rgb([34, 34, 40]);
const GREY: Rgb = Rgb([96, 96, 104]);

// ───────────────────────────── composing a page ─────────────────────────────

/// Sets paragraph `p` in a column `width` points wide at the largest size from `max` down to
/// `min` (in half points) at which it fits one line; failing that, wrapped at `min` — and
/// should that take more than `max_lines`, smaller still (never below `floor`) until it takes
/// no more. Returns the size and the lines. This is the recipient's rule: as large as one line
/// allows, then two lines at the smallest size.
pub fn fit(p: &Paragraph, width: f32, max: f32, min: f32, max_lines: usize, floor: f32) -> (f32, Vec<LineBox>) {
    let at = |size: f32| set_lines(&p.clone().size(size), width);
    // Widths grow in proportion to the size: the one-line size is computed, then checked.
    let unit = line_width(&p.clone().size(1.0));
    if unit > 0.0 {
        let mut size = ((width / unit).min(max) * 2.0).floor() / 2.0;
        while size >= min {
            let lines = at(size);
            if lines.len() <= 1 {
                return (size, lines);
            }
            size -= 0.5;
        }
    }
    let mut size = min;
    let mut lines = at(size);
    while lines.len() > max_lines.max(1) && size - 0.5 >= floor {
        size -= 0.5;
        lines = at(size);
    }
    (size, lines)
}

/// The height of set lines.
fn height(lines: &[LineBox]) -> f32 {
    lines.iter().map(|l| l.height).sum()
}

/// Puts set lines on the page with the top of the first at `y`, x from `left`.
fn put(items: &mut Vec<Item>, lines: &[LineBox], left: f32, y: f32) -> f32 {
    let mut y = y;
    for line in lines {
        items.extend(line.items.iter().map(|i| i.moved(left, y)));
        y += line.height;
    }
    y
}

/// The baseline of a line set by [`set_lines`], from the line's top.
fn baseline(line: &LineBox) -> f32 {
    line.items.iter().find_map(|i| if let Item::Text { y, .. } = i { Some(*y) } else { None }).unwrap_or(line.height * 0.8)
}

/// Centred lines of `p` (set in `width`) made as even as they can be: set in the narrowest
/// column that takes no more lines, centred in `width` again. «…кәсіпорны» is not left alone
/// on a second line under a full first one.
fn balance(p: &Paragraph, width: f32, lines: Vec<LineBox>) -> Vec<LineBox> {
    let n = lines.len();
    if n < 2 || p.align != Align::Center {
        return lines;
    }
    // No column narrower than the text's length shared out evenly can take it in n lines.
    let (mut lo, mut hi) = ((line_width(p) / n as f32).clamp(width * 0.4, width), width);
    for _ in 0..7 {
        let mid = (lo + hi) / 2.0;
        if set_lines(p, mid).len() <= n {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    let dx = (width - hi) / 2.0;
    set_lines(p, hi).into_iter().map(|l| LineBox { height: l.height, items: l.items.iter().map(|i| i.moved(dx, 0.0)).collect() }).collect()
}

/// At most `max` lines of `p` in `width`; a text that needs more is cut short with «…».
fn clamp_lines(p: &Paragraph, width: f32, max: usize) -> Vec<LineBox> {
    let lines = set_lines(p, width);
    if lines.len() <= max {
        return lines;
    }
    let text: String = p.runs.iter().map(|r| r.text.as_str()).collect();
    let chars: Vec<char> = text.chars().collect();
    let style = p.runs.first().map_or(FontStyle::Regular, |r| r.style);
    let cut = |n: usize| {
        let head: String = chars[..n].iter().collect();
        Paragraph { runs: vec![Run::new(format!("{}…", head.trim_end()), style)], ..p.clone() }
    };
    // The longest beginning that fits, found by halving.
    let (mut lo, mut hi) = (0usize, chars.len());
    while lo + 1 < hi {
        let mid = (lo + hi) / 2;
        if set_lines(&cut(mid), width).len() <= max {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    set_lines(&cut(lo), width)
}

/// A picture fitted into a box (w × h points) keeping its proportions, centred on `cx` with
/// its bottom at `bottom`.
fn picture(layout: &mut Layout, bytes: &Arc<[u8]>, w: f32, h: f32, cx: f32, bottom: f32, multiply: bool) -> Result<Item> {
    let image = layout.image(bytes)?;
    let (pw, ph) = (layout.images[image].width_px as f32, layout.images[image].height_px as f32);
    let scale = (w / pw).min(h / ph);
    let (width, height) = (pw * scale, ph * scale);
    Ok(Item::Image { x: cx - width / 2.0, y: bottom - height, width, height, image, multiply })
}

/// Adds the page of certificate `d` to `layout`.
pub fn compose(d: &CertificateData, layout: &mut Layout) -> Result<()> {
    let style = &d.style;
    let f = frame(style);
    let s = if style.landscape { &LANDSCAPE } else { &PORTRAIT };
    let (primary, accent) = (Rgb(style.primary), Rgb(style.accent));
    let c = f.content;
    let mut items = Vec::new();

    if let Some(bg) = &style.background {
        let image = layout.image(bg)?;
        items.push(Item::Image { x: 0.0, y: 0.0, width: f.width, height: f.height, image, multiply: false });
    }
    border(style, &f, &mut items);

    // ── the top: logo, organisation, title, ornament ──
    let mut y = c.top;
    let org = d.org_name.trim();
    let org_w = c.width() * 0.9;
    let org_lines = if org.is_empty() {
        Vec::new()
    } else {
        let p = Paragraph::plain(org).align(Align::Center).color(INK).line_height(1.2);
        // Three lines at most: a longer name is set smaller, then cut short.
        let (size, lines) = fit(&p, org_w, s.org_size, s.org_size, 3, 9.0);
        let p = p.size(size);
        if lines.len() <= 3 { balance(&p, org_w, lines) } else { clamp_lines(&p, org_w, 3) }
    };
    // Without a logo or an organisation the title comes down part of the way, rather than
    // stand against the top of the frame.
    let usual = mm(s.logo_mm + 4.0) + 2.0 * s.org_size * 1.2;
    let actual = if d.logo.is_some() { mm(s.logo_mm + 4.0) } else { 0.0 } + height(&org_lines);
    y += ((usual - actual) * 0.5).max(0.0);
    if let Some(logo) = &d.logo {
        let h = mm(s.logo_mm);
        items.push(picture(layout, logo, mm(48.0), h, c.center_x(), y + h, false)?);
        y += h + mm(4.0);
    }
    y = put(&mut items, &org_lines, c.left + (c.width() - org_w) / 2.0, y);
    y += mm(s.after_org_mm);

    let laurel = style.border == BorderStyle::Laurel;
    // The laurel branches stand either side of the title and take their room from it.
    let branch_room = if laurel { mm(2.0 * 24.0) } else { 0.0 };
    let title_w = c.width() - branch_room;
    let title = Paragraph::plain(d.title.trim())
        .align(Align::Center)
        .style(FontStyle::Bold)
        .color(primary)
        .tracking(TITLE_TRACKING)
        .line_height(1.1);
    let (size, lines) = fit(&title, title_w, s.title_max, s.title_min, 2, 16.0);
    let title_lines = if d.title.trim().is_empty() { Vec::new() } else { balance(&title.size(size), title_w, lines) };
    if laurel && !title_lines.is_empty() {
        // Branches a little taller than the title, with room above them.
        let title_h = height(&title_lines);
        let scale = ((title_h + mm(12.0)) / mm(LAUREL_MM)).clamp(0.55, 0.9);
        let above = (mm(LAUREL_MM) * scale - title_h) / 2.0;
        y += (above - mm(s.after_org_mm) + mm(3.0)).max(0.0);
        let ink_w = title_lines.iter().flat_map(|l| &l.items).map(|i| i.bounds().2 - i.bounds().0).fold(0.0, f32::max);
        let reach = (ink_w / 2.0 + mm(7.0) * scale).min(c.width() / 2.0 - mm(16.0) * scale);
        laurel_branches(c.center_x(), y + title_h / 2.0, reach, scale, accent, &mut items);
    }
    y = put(&mut items, &title_lines, c.left + branch_room / 2.0, y);
    y += mm(1.5);
    divider(style.border, c.center_x(), y + mm(2.0), accent, &mut items);
    let top_end = y + mm(4.0);

    // ── the bottom: number, place and date, QR code; above them the signatures ──
    let row_base = c.bottom - mm(1.0);
    if let Some(text) = d.qr.as_deref().filter(|t| !t.is_empty()) {
        items.extend(qr_code(text, c.right - mm(QR_MM), c.bottom - mm(QR_MM), mm(QR_MM))?);
    }
    // The number and the QR code take a column of the same width at each side; the place and
    // date are centred between them.
    let side = mm(QR_MM + 4.0);
    if !d.number.trim().is_empty() {
        let p = Paragraph::plain(d.number.trim()).size(10.0).color(GREY);
        let lines = clamp_lines(&p, side, 1);
        put(&mut items, &lines, c.left, row_base - baseline(&lines[0]));
    }
    if !d.place_date.trim().is_empty() {
        let width = c.width() - 2.0 * side - mm(4.0);
        let p = Paragraph::plain(d.place_date.trim()).size(12.0).align(Align::Center).color(INK);
        let lines = balance(&p, width, clamp_lines(&p, width, 2));
        let top = row_base - (height(&lines) - lines.last().map_or(0.0, |l| l.height)) - baseline(&lines[0]);
        put(&mut items, &lines, c.left + (c.width() - width) / 2.0, top);
    }

    let sign_y = c.bottom - mm(SIGN_ABOVE_MM);
    let sign_size = 13.0;
    let name = Paragraph::plain(d.signer_name.trim()).size(sign_size).align(Align::Right).color(INK);
    let name_w = c.width() * 0.3;
    let (size, name_lines) = fit(&name, name_w, sign_size, 10.0, 2, 10.0);
    let name_lines = &if name_lines.len() > 2 { clamp_lines(&name.size(size), name_w, 2) } else { name_lines };
    if !d.signer_name.trim().is_empty() {
        // The last line of the name on the signature's baseline.
        let top = sign_y - (height(name_lines) - name_lines.last().map_or(0.0, |l| l.height)) - baseline(&name_lines[0]);
        put(&mut items, name_lines, c.right - name_w, top);
    }
    let name_ink = c.right - name_w + name_lines.iter().flat_map(|l| &l.items).map(|i| i.bounds().0).fold(name_w, f32::min);
    let pos_w = c.width() * 0.42;
    let mut sign_top = sign_y - mm(17.0);
    if !d.signer_position.trim().is_empty() {
        let p = Paragraph::plain(d.signer_position.trim()).size(sign_size).color(INK).line_height(1.15);
        let lines = clamp_lines(&p, pos_w, 4);
        let top = sign_y - (height(&lines) - lines.last().map_or(0.0, |l| l.height)) - baseline(&lines[0]);
        put(&mut items, &lines, c.left, top);
        sign_top = sign_top.min(top);
    }
    // The signature line between the position and the name.
    let gap_from = c.left + pos_w + mm(4.0);
    let gap_to = name_ink - mm(4.0);
    let line_w = (gap_to - gap_from).clamp(mm(22.0), mm(48.0));
    let line_x = (gap_from + gap_to - line_w) / 2.0;
    items.push(Item::Line { x1: line_x, y1: sign_y + 1.5, x2: line_x + line_w, y2: sign_y + 1.5, width: 0.6 });
    if !d.stamp_label.trim().is_empty() {
        let p = Paragraph::plain(d.stamp_label.trim()).size(10.0).color(GREY);
        let lines = clamp_lines(&p, mm(20.0), 1);
        put(&mut items, &lines, line_x, sign_y + mm(2.5));
    }
    // Signature and stamp are drawn last, laid on like ink over the text: the signature over
    // its line, the stamp round «М.П.», over the line's beginning and the position's end.
    let mut ink = Vec::new();
    if let Some(signature) = &d.signature {
        let (w, h) = (line_w.min(mm(SIGNATURE_MM.0)), mm(SIGNATURE_MM.1));
        ink.push(picture(layout, signature, w, h, line_x + line_w / 2.0, sign_y + mm(3.0), true)?);
    }
    if let Some(stamp) = &d.stamp {
        let r = mm(STAMP_MM) / 2.0;
        let (cx, cy) = (line_x + mm(4.0), sign_y + mm(1.0));
        ink.push(picture(layout, stamp, 2.0 * r, 2.0 * r, cx, cy + r, true)?);
    }

    // ── the middle: lead, recipient, reason, balanced in what is left ──
    let mid_top = top_end;
    let mid_bottom = sign_top - mm(7.0);
    let room = (mid_bottom - mid_top).max(0.0);
    let lead = Paragraph::plain(d.lead.trim()).size(s.lead_size).style(FontStyle::Italic).align(Align::Center).color(INK);
    let lead_lines = if d.lead.trim().is_empty() { Vec::new() } else { clamp_lines(&lead, c.width(), 2) };
    let name_p = Paragraph::plain(d.recipient.trim())
        .style(FontStyle::BoldItalic)
        .align(Align::Center)
        .color(primary.mix(Rgb::BLACK, 0.25))
        .line_height(1.15);
    let (name_size, name_lines) = fit(&name_p, c.width(), s.name_max, s.name_min, 2, 10.0);
    let mut name_lines = balance(&name_p.size(name_size), c.width(), name_lines);
    if d.recipient.trim().is_empty() {
        name_lines.clear();
    }
    let reason_w = c.width().min(mm(s.reason_mm));
    let gap_lead = if lead_lines.is_empty() { 0.0 } else { mm(3.5) };
    let fixed = height(&lead_lines) + gap_lead + height(&name_lines);
    let mut reason_lines = Vec::new();
    let mut gap_reason = 0.0;
    if !d.reason.trim().is_empty() {
        gap_reason = mm(7.0);
        let p = Paragraph::plain(d.reason.trim()).align(Align::Center).color(INK).line_height(1.25);
        // Never as large as the name, whatever its size.
        let mut size = s.reason_size.min(name_size - 2.0).max(s.reason_min);
        loop {
            reason_lines = set_lines(&p.clone().size(size), reason_w);
            if fixed + gap_reason + height(&reason_lines) <= room || size - 0.5 < s.reason_min {
                break;
            }
            size -= 0.5;
        }
        let fit_lines = ((room - fixed - gap_reason) / (size * 1.25)).floor().max(1.0) as usize;
        let p = p.size(size);
        reason_lines = if reason_lines.len() > fit_lines {
            clamp_lines(&p, reason_w, fit_lines)
        } else {
            balance(&p, reason_w, reason_lines)
        };
    }
    let total = fixed + gap_reason + height(&reason_lines);
    // A little above the middle, where the eye expects the centre of a page.
    let mut y = mid_top + ((room - total) * 0.42).max(0.0);
    y = put(&mut items, &lead_lines, c.left, y) + gap_lead;
    y = put(&mut items, &name_lines, c.left, y) + gap_reason;
    put(&mut items, &reason_lines, c.left + (c.width() - reason_w) / 2.0, y);

    items.extend(ink);
    layout.pages.push(PageLayout { width_pt: f.width, height_pt: f.height, items });
    Ok(())
}

// ───────────────────────────── the QR code ─────────────────────────────

/// The QR code of `text` as one filled path of dark modules in a `side`-point square at `x`,
/// `y`, on a white square with a quiet zone of two modules. Each run of dark modules in a row
/// is one rectangle, so no hairline seams show between neighbours.
pub fn qr_code(text: &str, x: f32, y: f32, side: f32) -> Result<[Item; 2]> {
    let modules = qr_modules(text)?;
    let n = modules.len();
    let m = side / n as f32;
    let mut segments: Vec<Segment> = Segment::rect(x - 2.0 * m, y - 2.0 * m, side + 4.0 * m, side + 4.0 * m).to_vec();
    // The white ground first, then the modules: two subpaths of one path cannot have two
    // colours, so the ground is a separate path drawn under it.
    let ground = Item::Path { segments: std::mem::take(&mut segments), fill: Some(Rgb::WHITE), stroke: None };
    for (row, line) in modules.iter().enumerate() {
        let mut col = 0;
        while col < n {
            if !line[col] {
                col += 1;
                continue;
            }
            let start = col;
            while col < n && line[col] {
                col += 1;
            }
            let (x0, y0) = (x + start as f32 * m, y + row as f32 * m);
            segments.extend(Segment::rect(x0, y0, (col - start) as f32 * m, m));
        }
    }
    let code = Item::Path { segments, fill: Some(Rgb::BLACK), stroke: None };
    Ok([ground, code])
}

/// The QR code's modules, row by row (true is dark): error correction M, or L when the text
/// is too long for M.
///
/// The same code as `qrcode::QrCode` makes, module for module: its own encoding and the mask
/// its penalty rules choose; only the rules are counted here over plain booleans, which is
/// several times faster than the crate's general implementation (it was most of the time of
/// laying out a certificate).
pub fn qr_modules(text: &str) -> Result<Vec<Vec<bool>>> {
    use qrcode::canvas::{Canvas, MaskPattern};
    use qrcode::{bits, ec, EcLevel};
    let too_long = |e: qrcode::types::QrError| Error::ImageInvalid { reason: format!("the QR code cannot hold this text: {e}") };
    let (bits, level) = bits::encode_auto(text.as_bytes(), EcLevel::M)
        .map(|b| (b, EcLevel::M))
        .or_else(|_| bits::encode_auto(text.as_bytes(), EcLevel::L).map(|b| (b, EcLevel::L)))
        .map_err(too_long)?;
    let version = bits.version();
    let (data, ecc) = ec::construct_codewords(&bits.into_bytes(), version, level).map_err(too_long)?;
    let mut canvas = Canvas::new(version, level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ecc);
    const PATTERNS: [MaskPattern; 8] = [
        MaskPattern::Checkerboard,
        MaskPattern::HorizontalLines,
        MaskPattern::VerticalLines,
        MaskPattern::DiagonalLines,
        MaskPattern::LargeCheckerboard,
        MaskPattern::Fields,
        MaskPattern::Diamonds,
        MaskPattern::Meadow,
    ];
    let mut best: Option<(u32, Vec<bool>)> = None;
    for pattern in PATTERNS {
        let mut masked = canvas.clone();
        masked.apply_mask(pattern);
        let dark: Vec<bool> = masked.into_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
        let score = qr_penalty(&dark);
        // The first of equal scores wins, as in the crate.
        if best.as_ref().is_none_or(|(b, _)| score < *b) {
            best = Some((score, dark));
        }
    }
    let (_, dark) = best.expect("eight masks were tried");
    let n = (dark.len() as f64).sqrt().round() as usize;
    Ok(dark.chunks(n).map(<[bool]>::to_vec).collect())
}

/// The penalty of a masked QR code (ISO/IEC 18004 § 7.8.3, counted as the `qrcode` crate
/// counts it, less a constant): runs of five and more, 2 × 2 blocks, finder-like patterns,
/// the balance of dark and light.
fn qr_penalty(dark: &[bool]) -> u32 {
    let n = (dark.len() as f64).sqrt().round() as usize;
    let at = |x: usize, y: usize| dark[y * n + x];
    let mut score = 0u32;
    for horizontal in [true, false] {
        let get = |i: usize, j: usize| if horizontal { at(j, i) } else { at(i, j) };
        for i in 0..n {
            // Runs of one colour: five and more count their length less two.
            let mut run = 1u32;
            for j in 1..=n {
                if j < n && get(i, j) == get(i, j - 1) {
                    run += 1;
                } else {
                    if run >= 5 {
                        score += run - 2;
                    }
                    run = 1;
                }
            }
            // Dark-light-dark-dark-dark-light-dark with four light modules (or the edge) on
            // either side.
            const FINDER: [bool; 7] = [true, false, true, true, true, false, true];
            for j in 0..n.saturating_sub(6) {
                if (0..7).any(|k| get(i, j + k) != FINDER[k]) {
                    continue;
                }
                let dark_before = (j.saturating_sub(4)..j).any(|k| get(i, k));
                let dark_after = (j + 7..(j + 11).min(n)).any(|k| get(i, k));
                if !dark_before || !dark_after {
                    score += 40;
                }
            }
        }
    }
    for y in 0..n - 1 {
        for x in 0..n - 1 {
            let c = at(x, y);
            if at(x + 1, y) == c && at(x, y + 1) == c && at(x + 1, y + 1) == c {
                score += 3;
            }
        }
    }
    let ratio = dark.iter().filter(|&&d| d).count() * 200 / dark.len();
    score + ratio.abs_diff(100) as u32
}

// ───────────────────────────── drawing ─────────────────────────────

/// Where a drawing made in millimetres (y downwards) goes on the page: an affine map to
/// points, built from a translation, then rotations, mirrorings and scalings in local terms.
#[derive(Debug, Clone, Copy)]
struct Place([f32; 6]);

impl Place {
    /// Local millimetres with their origin at the page point (`x`, `y`) in points.
    fn at(x: f32, y: f32) -> Place {
        Place([mm(1.0), 0.0, 0.0, mm(1.0), x, y])
    }
    /// `self` after `inner`: local coordinates go through `inner` first.
    fn then(self, inner: [f32; 6]) -> Place {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = inner;
        Place([
            a * a2 + c * b2,
            b * a2 + d * b2,
            a * c2 + c * d2,
            b * c2 + d * d2,
            a * e2 + c * f2 + e,
            b * e2 + d * f2 + f,
        ])
    }
    /// Turned by `deg` clockwise (as seen on the page).
    fn rotate(self, deg: f32) -> Place {
        let (sn, cs) = deg.to_radians().sin_cos();
        self.then([cs, sn, -sn, cs, 0.0, 0.0])
    }
    /// Mirrored left to right.
    fn mirror(self) -> Place {
        self.then([-1.0, 0.0, 0.0, 1.0, 0.0, 0.0])
    }
    fn shift(self, x: f32, y: f32) -> Place {
        self.then([1.0, 0.0, 0.0, 1.0, x, y])
    }
    /// The map for a drawing made in points around its origin (a motif of an
    /// [`Item::Repeat`]) rather than in millimetres.
    fn for_points(self) -> [f32; 6] {
        let k = 1.0 / mm(1.0);
        self.then([k, 0.0, 0.0, k, 0.0, 0.0]).0
    }
    fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }
}

/// A pen that draws by moving and turning, for curls, stems and leaves. Local units; angles
/// in degrees, 0 pointing right and growing clockwise on the page.
#[derive(Default)]
struct Pen {
    x: f32,
    y: f32,
    heading: f32,
    segments: Vec<Segment>,
}

impl Pen {
    /// Starts a new stroke at (`x`, `y`) heading `deg`.
    fn start(&mut self, x: f32, y: f32, deg: f32) -> &mut Pen {
        self.x = x;
        self.y = y;
        self.heading = deg.to_radians();
        self.segments.push(Segment::Move(x, y));
        self
    }
    fn line_to(&mut self, x: f32, y: f32) -> &mut Pen {
        self.heading = (y - self.y).atan2(x - self.x);
        self.x = x;
        self.y = y;
        self.segments.push(Segment::Line(x, y));
        self
    }
    /// An arc of radius `r` turning `deg` degrees: clockwise when positive.
    fn arc(&mut self, r: f32, deg: f32) -> &mut Pen {
        let pieces = (deg.abs() / 90.0).ceil().max(1.0) as usize;
        let step = deg.to_radians() / pieces as f32;
        let side = step.signum();
        for _ in 0..pieces {
            let h0 = self.heading;
            let h1 = h0 + step;
            // The centre lies on the side the pen turns to.
            let (cx, cy) = (self.x - r * h0.sin() * side, self.y + r * h0.cos() * side);
            let end = (cx + r * h1.sin() * side, cy - r * h1.cos() * side);
            let k = 4.0 / 3.0 * (step.abs() / 4.0).tan() * r;
            let c1 = (self.x + k * h0.cos(), self.y + k * h0.sin());
            let c2 = (end.0 - k * h1.cos(), end.1 - k * h1.sin());
            self.segments.push(Segment::Curve(c1, c2, end));
            (self.x, self.y, self.heading) = (end.0, end.1, h1);
        }
        self
    }
    /// The drawing so far, placed on the page.
    fn placed(&self, at: Place) -> Vec<Segment> {
        self.segments.iter().map(|s| s.map(|x, y| at.apply(x, y))).collect()
    }
}

fn stroke(segments: Vec<Segment>, color: Rgb, width: f32, round: bool) -> Item {
    Item::Path { segments, fill: None, stroke: Some(Stroke { color, width, round }) }
}

fn fill(segments: Vec<Segment>, color: Rgb) -> Item {
    Item::Path { segments, fill: Some(color), stroke: None }
}

/// A rectangle `by` mm in from the edges of a `w` × `h` point page, as a closed path.
fn inset_rect(w: f32, h: f32, by: f32) -> Vec<Segment> {
    Segment::rect(mm(by), mm(by), w - 2.0 * mm(by), h - 2.0 * mm(by)).to_vec()
}

/// A ring between two insets: the outer rectangle clockwise, the inner one against it, so the
/// nonzero rule leaves the inside empty.
fn inset_ring(w: f32, h: f32, outer: f32, inner: f32) -> Vec<Segment> {
    let mut s = inset_rect(w, h, outer);
    let (l, t, r, b) = (mm(inner), mm(inner), w - mm(inner), h - mm(inner));
    s.extend([Segment::Move(l, t), Segment::Line(l, b), Segment::Line(r, b), Segment::Line(r, t), Segment::Close]);
    s
}

/// The four corners of a page as placements whose local x runs along the top or bottom edge
/// inwards and y along the side inwards: top-left, top-right, bottom-right, bottom-left.
fn corners(w: f32, h: f32) -> [Place; 4] {
    [
        Place::at(0.0, 0.0),
        Place::at(w, 0.0).mirror(),
        Place::at(w, h).rotate(180.0),
        Place::at(0.0, h).then([1.0, 0.0, 0.0, -1.0, 0.0, 0.0]),
    ]
}

/// A pair of ram's horns («қошқар мүйіз»): from the origin two spirals rise and curl outwards
/// and back in, mirror images of each other, over a short stem. About 14.4 × 7 units; the
/// horns rise towards −y.
fn ram_horns(pen: &mut Pen, s: f32) {
    const RADII: [f32; 6] = [4.0, 3.1, 2.35, 1.75, 1.3, 0.95];
    for side in [1.0, -1.0] {
        pen.start(0.0, 0.0, -90.0);
        for r in RADII {
            pen.arc(r * s, 90.0 * side);
        }
    }
    pen.start(0.0, 0.0, 90.0).line_to(0.0, 2.6 * s);
}

/// A small filled diamond (a square on its point), `r` from the centre to a point.
fn diamond(pen: &mut Pen, cx: f32, cy: f32, r: f32) {
    pen.segments.extend([
        Segment::Move(cx, cy - r),
        Segment::Line(cx + r, cy),
        Segment::Line(cx, cy + r),
        Segment::Line(cx - r, cy),
        Segment::Close,
    ]);
}

/// A small four-pointed star with concave sides, `r` from the centre to a point.
fn star(pen: &mut Pen, cx: f32, cy: f32, r: f32) {
    let points = [(0.0, -r), (r, 0.0), (0.0, r), (-r, 0.0)];
    pen.segments.push(Segment::Move(cx, cy - r));
    for i in 0..4 {
        let (a, b) = (points[i], points[(i + 1) % 4]);
        // Both control points near the centre, on the side's own quarter: a concave side.
        let c = (cx + (a.0 + b.0) * 0.16, cy + (a.1 + b.1) * 0.16);
        pen.segments.push(Segment::Curve(c, c, (cx + b.0, cy + b.1)));
    }
    pen.segments.push(Segment::Close);
}

/// An almond-shaped leaf from `base` in direction `deg`, `len` long and `wide` across.
fn leaf(pen: &mut Pen, base: (f32, f32), deg: f32, len: f32, wide: f32) {
    let (sn, cs) = deg.to_radians().sin_cos();
    let tip = (base.0 + len * cs, base.1 + len * sn);
    let n = (-sn * wide, cs * wide);
    let at = |t: f32, side: f32| (base.0 + len * t * cs + n.0 * side, base.1 + len * t * sn + n.1 * side);
    pen.segments.push(Segment::Move(base.0, base.1));
    pen.segments.push(Segment::Curve(at(0.25, 0.9), at(0.7, 0.75), tip));
    pen.segments.push(Segment::Curve(at(0.7, -0.75), at(0.25, -0.9), base));
    pen.segments.push(Segment::Close);
}

/// The border of `style` on page `f`.
fn border(style: &CertificateStyle, f: &Frame, items: &mut Vec<Item>) {
    let (w, h) = (f.width, f.height);
    let (primary, accent) = (Rgb(style.primary), Rgb(style.accent));
    match style.border {
        BorderStyle::Classic => {
            items.push(fill(inset_ring(w, h, 9.0, 12.5), primary.mix(Rgb::WHITE, 0.86)));
            items.push(stroke(inset_rect(w, h, 9.0), primary, 2.2, false));
            items.push(stroke(inset_rect(w, h, 12.5), primary, 0.7, false));
            // The inner line with its corners cut round, a star in each cut.
            let (i, r) = (mm(14.5), mm(5.0));
            let (l, t, rt, b) = (i, i, w - i, h - i);
            let k = 0.5523 * r;
            let segments = vec![
                Segment::Move(l + r, t),
                Segment::Line(rt - r, t),
                Segment::Curve((rt - r, t + k), (rt - k, t + r), (rt, t + r)),
                Segment::Line(rt, b - r),
                Segment::Curve((rt - k, b - r), (rt - r, b - k), (rt - r, b)),
                Segment::Line(l + r, b),
                Segment::Curve((l + r, b - k), (l + k, b - r), (l, b - r)),
                Segment::Line(l, t + r),
                Segment::Curve((l + k, t + r), (l + r, t + k), (l + r, t)),
                Segment::Close,
            ];
            items.push(stroke(segments, accent, 0.8, false));
            let mut pen = Pen::default();
            for at in corners(w, h) {
                star(&mut pen, 14.5 + 0.2, 14.5 + 0.2, 2.6);
                items.push(fill(pen.placed(at), accent));
                pen.segments.clear();
            }
        }
        BorderStyle::Ornament => {
            // A band between two frames, closed off by a square at each corner: a rosette of
            // four pairs of horns in the squares, pairs of horns turned in and out by turns
            // along the sides with small diamonds between them.
            let (outer, band_out, band_in) = (7.5f32, 9.0f32, 19.0f32);
            let mid = (band_out + band_in) / 2.0;
            items.push(stroke(inset_rect(w, h, outer), primary, 1.8, false));
            items.push(stroke(inset_rect(w, h, band_out), primary, 0.5, false));
            items.push(stroke(inset_rect(w, h, band_in), primary, 0.5, false));
            let (mut lines, mut dots) = (Vec::new(), Vec::new());
            // The two motifs are drawn once and placed many times.
            let motif = |s: f32| {
                let mut pen = Pen::default();
                ram_horns(&mut pen, s);
                Arc::<[Segment]>::from(pen.placed(Place::at(0.0, 0.0)))
            };
            let curl = Stroke { color: accent, width: 1.0, round: true };
            let (mut small, mut large) = (Vec::new(), Vec::new());
            let mut pen = Pen::default();
            for at in corners(w, h) {
                pen.start(band_in, band_out, 90.0).line_to(band_in, band_in).line_to(band_out, band_in);
                lines.extend(pen.placed(at));
                pen.segments.clear();
                for turn in [0.0, 90.0, 180.0, 270.0] {
                    small.push(at.shift(mid, mid).rotate(turn).shift(0.0, -1.7).for_points());
                }
                diamond(&mut pen, mid, mid, 0.9);
                dots.extend(pen.placed(at));
                pen.segments.clear();
            }
            items.push(stroke(lines, primary, 0.5, false));
            let (wm, hm) = (w / mm(1.0), h / mm(1.0));
            // Each side between the corner squares, turned so that local x runs along it, y = 0
            // is the band's middle and +y points into the page.
            let sides = [
                (Place::at(0.0, 0.0).shift(band_in, mid), wm - 2.0 * band_in),
                (Place::at(w, h).rotate(180.0).shift(band_in, mid), wm - 2.0 * band_in),
                (Place::at(0.0, h).rotate(-90.0).shift(band_in, mid), hm - 2.0 * band_in),
                (Place::at(w, 0.0).rotate(90.0).shift(band_in, mid), hm - 2.0 * band_in),
            ];
            for (at, length) in sides {
                let n = (length / 14.0).floor().max(1.0) as usize;
                let cell = length / n as f32;
                for i in 0..n {
                    let x = cell * (i as f32 + 0.5);
                    // Turned in and out by turns, each pair centred in its cell.
                    let (turn, dy) = if i % 2 == 0 { (180.0, -1.4) } else { (0.0, 1.4) };
                    large.push(at.shift(x, dy).rotate(turn).for_points());
                    if i > 0 {
                        diamond(&mut pen, cell * i as f32, 0.0, 0.8);
                        dots.extend(pen.placed(at));
                        pen.segments.clear();
                    }
                }
            }
            items.push(Item::Repeat { segments: motif(0.4), fill: None, stroke: Some(curl), at: small });
            items.push(Item::Repeat { segments: motif(0.7), fill: None, stroke: Some(curl), at: large });
            items.push(fill(dots, accent));
        }
        BorderStyle::Laurel => {
            items.push(stroke(inset_rect(w, h, 10.0), primary, 1.4, false));
            items.push(stroke(inset_rect(w, h, 11.8), primary, 0.5, false));
            let mut pen = Pen::default();
            for at in corners(w, h) {
                star(&mut pen, 10.9, 10.9, 2.2);
                items.push(fill(pen.placed(at), accent));
                pen.segments.clear();
            }
        }
        BorderStyle::Ribbon => {
            // A band across the top-left corner and one across the bottom-right, wrapped round
            // the frame: the ends outside it, in a deeper shade, go under the frame lines, the
            // face inside lies over them, with a fine stripe along each edge. In the corner's
            // terms the band lies between the diagonals x + y = a and x + y = b (mm).
            let (frame_at, a, b) = (11.0f32, 27.0f32, 39.0f32);
            // Beyond the frame each end is folded back: a short tab with a notch.
            let (tab, notch) = (3.2f32, 1.6f32);
            let shadow = primary.mix(Rgb::BLACK, 0.45);
            let polygon = |at: Place, points: &[(f32, f32)]| {
                let mut segs: Vec<Segment> = points
                    .iter()
                    .enumerate()
                    .map(|(i, &(x, y))| {
                        let (x, y) = at.apply(x, y);
                        if i == 0 { Segment::Move(x, y) } else { Segment::Line(x, y) }
                    })
                    .collect();
                segs.push(Segment::Close);
                segs
            };
            let f = frame_at;
            let m = (a + b) / 2.0;
            let e = f - tab;
            let ends = |at: Place| {
                let mut segs = polygon(at, &[(f, a - f), (f, b - f), (e, b - f), (e + notch, m - f), (e, a - f)]);
                segs.extend(polygon(at, &[(a - f, f), (b - f, f), (b - f, e), (m - f, e + notch), (a - f, e)]));
                segs
            };
            let placements = [Place::at(0.0, 0.0), Place::at(w, h).rotate(180.0)];
            for at in placements {
                items.push(fill(ends(at), shadow));
            }
            items.push(stroke(inset_rect(w, h, frame_at), primary, 1.0, false));
            items.push(stroke(inset_rect(w, h, 12.4), accent, 0.5, false));
            for at in placements {
                items.push(fill(polygon(at, &[(f, a - f), (a - f, f), (b - f, f), (f, b - f)]), primary));
                let mut stripes = Vec::new();
                for d in [a + 1.5, b - 1.5] {
                    let (p, q) = (at.apply(f, d - f), at.apply(d - f, f));
                    stripes.extend([Segment::Move(p.0, p.1), Segment::Line(q.0, q.1)]);
                }
                items.push(stroke(stripes, accent, 0.9, false));
            }
        }
        BorderStyle::Simple => {
            items.push(stroke(inset_rect(w, h, 12.0), primary, 1.0, false));
            for at in corners(w, h) {
                let (p0, p1, p2) = (at.apply(14.0, 26.0), at.apply(14.0, 14.0), at.apply(26.0, 14.0));
                let segs = vec![Segment::Move(p0.0, p0.1), Segment::Line(p1.0, p1.1), Segment::Line(p2.0, p2.1)];
                items.push(stroke(segs, accent, 1.6, false));
            }
        }
    }
}

/// The small ornament under the title: two fine lines with a star between them, or, for the
/// Kazakh border, a pair of horns.
fn divider(border: BorderStyle, cx: f32, cy: f32, accent: Rgb, items: &mut Vec<Item>) {
    let mut pen = Pen::default();
    let at = Place::at(cx, cy);
    if border == BorderStyle::Ornament {
        ram_horns(&mut pen, 0.55);
        items.push(stroke(pen.placed(at.shift(0.0, 0.6)), accent, 0.9, true));
        pen.segments.clear();
        for side in [-1.0f32, 1.0] {
            pen.start(side * 6.5, 0.0, 0.0).line_to(side * 26.0, 0.0);
        }
        items.push(stroke(pen.placed(at), accent, 0.6, false));
        return;
    }
    for side in [-1.0f32, 1.0] {
        pen.start(side * 4.0, 0.0, 0.0).line_to(side * 24.0, 0.0);
    }
    items.push(stroke(pen.placed(at), accent, 0.6, false));
    pen.segments.clear();
    star(&mut pen, 0.0, 0.0, 2.2);
    for side in [-1.0f32, 1.0] {
        star(&mut pen, side * 25.6, 0.0, 0.9);
    }
    items.push(fill(pen.placed(at), accent));
}

/// Two laurel branches either side of the title: `reach` points from the centre `cx` to each
/// branch's stem, centred on height `cy`, [`LAUREL_MM`] high times `scale`.
fn laurel_branches(cx: f32, cy: f32, reach: f32, scale: f32, accent: Rgb, items: &mut Vec<Item>) {
    let mut pen = Pen::default();
    // One branch drawn upright in mm: the stem an arc bulging outwards (to +x), leaves on both
    // sides getting smaller towards the tip.
    let (radius, sweep) = (30.0f32, 62.0f32);
    let start = -90.0 + sweep / 2.0;
    pen.start(0.0, 0.0, start).arc(radius, -sweep);
    let stem = pen.segments.clone();
    pen.segments.clear();
    let n = 7;
    for i in 0..n {
        let t = (i as f32 + 0.6) / n as f32;
        // A point on the stem's arc and its heading there.
        let h = (start - sweep * t).to_radians();
        let h0 = start.to_radians();
        let (c0x, c0y) = (radius * h0.sin(), -radius * h0.cos());
        let (px, py) = (c0x - radius * h.sin(), c0y + radius * h.cos());
        let hd = h.to_degrees();
        let size = 1.0 - 0.45 * t;
        leaf(&mut pen, (px, py), hd - 38.0, 7.0 * size, 1.6 * size);
        leaf(&mut pen, (px, py), hd + 38.0, 7.0 * size, 1.6 * size);
    }
    // The tip.
    let h = (start - sweep).to_radians();
    let (c0x, c0y) = (radius * start.to_radians().sin(), -radius * start.to_radians().cos());
    let tip = (c0x - radius * h.sin(), c0y + radius * h.cos());
    leaf(&mut pen, tip, h.to_degrees(), 5.0, 1.2);
    let leaves = pen.segments.clone();
    // Upright, from the foot of the stem to the tip of the last leaf.
    for mirror in [false, true] {
        let mut at = Place::at(cx, cy);
        if mirror {
            at = at.mirror();
        }
        let at = at.shift(reach / mm(1.0), 0.0).then([scale, 0.0, 0.0, scale, 0.0, LAUREL_MM / 2.0 * scale]);
        pen.segments = stem.clone();
        items.push(stroke(pen.placed(at), accent, 1.0, true));
        pen.segments = leaves.clone();
        items.push(fill(pen.placed(at), accent));
    }
}

#[cfg(test)]
mod tests;
