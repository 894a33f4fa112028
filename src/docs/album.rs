//! The album of cooperation: once a year, the events held with partners in a period, each
//! with its title, date, partner, a short text and up to four of its photos, after a cover with
//! the organisation and the period. Events follow each other by date, or stand under their
//! partner's name. Photos are turned upright, scaled to the print size of the place they take
//! on the page and stored as JPEG (see [`super::photo`]), so that a 50-event album with four
//! photos each stays a file that can be mailed.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::model::{
    Align, Block, Borders, Cell, ColumnWidth, Document, Heading, Image, Metadata, PageNumbers, PageSetup, Paragraph,
    Rgb, Row, Table, VAlign,
};
use super::photo::{self, PrintPhoto};
use crate::error::Result;
use crate::i18n;
use crate::model::{AlbumOrder, EventQuery, HeldEvent, Lang, Organisation, Participants, PlanKind, PlanPeriod, ProfileImage};
use crate::store::Store;

/// At most this many photos of an event are printed.
pub const PHOTOS_PER_EVENT: usize = 4;

/// The width of the page's text column (A4 portrait with its margins), in mm.
const COLUMN_MM: f32 = 170.0;
const GAP_MM: f32 = 4.0;
const MUTED: Rgb = Rgb([85, 85, 95]);

/// The box (width, height in mm) photo `k` of `n` is fitted into: one photo large, two side
/// by side, three as one wide over two, four in a square of four.
fn photo_box(k: usize, n: usize) -> (f32, f32) {
    let half = (COLUMN_MM - GAP_MM) / 2.0;
    match n {
        1 => (COLUMN_MM, 125.0),
        2 => (half, 95.0),
        3 if k == 0 => (COLUMN_MM, 90.0),
        _ => (half, 72.0),
    }
}

/// An event's photos in their places (0–3), read and made ready for print, or the name of one
/// that could not be read.
type Photos = Vec<std::result::Result<PrintPhoto, String>>;

/// Photos decoded at once at the most: a phone photo takes up to a few hundred megabytes while
/// it is scaled down.
const PHOTO_THREADS: usize = 4;

/// Reads and prepares the photos of every event (the slow part of the album) on up to
/// [`PHOTO_THREADS`] cores. Each photo is sized for the place it takes among the event's
/// photos; one that cannot be read, or whose reading fails in any way, is named instead.
fn prepare_photos(paths: &[Vec<(PathBuf, String)>]) -> Vec<Photos> {
    let jobs: Vec<(usize, usize, &PathBuf, &String, u32)> = paths
        .iter()
        .enumerate()
        .flat_map(|(e, shown)| {
            shown.iter().enumerate().map(move |(k, (path, name))| {
                let (w, h) = photo_box(k, shown.len());
                (e, k, path, name, photo::pixels_for_mm(w.max(h)))
            })
        })
        .collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, PHOTO_THREADS);
    let chunk = jobs.len().div_ceil(threads).max(1);
    let mut done: Vec<(usize, usize, std::result::Result<PrintPhoto, String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|&(e, k, path, name, px)| {
                            let read = || std::fs::read(path).ok().and_then(|bytes| photo::prepare(&bytes, px).ok());
                            let ready = std::panic::catch_unwind(read).ok().flatten().ok_or_else(|| name.clone());
                            (e, k, ready)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        // A worker does not panic (each photo is caught above); joining cannot fail.
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    });
    done.sort_by_key(|&(e, k, _)| (e, k));
    let mut out: Vec<Photos> = paths.iter().map(|_| Vec::new()).collect();
    for (e, _, ready) in done {
        out[e].push(ready);
    }
    out
}

/// «2026–2027 учебный год» / «2026 год».
fn period_words(period: PlanPeriod, lang: Lang) -> String {
    let id = if period.kind == PlanKind::School { "album-period-school" } else { "album-period-calendar" };
    i18n::message_with(lang, id, &[("period", period.label())])
}

/// The line under an event's title: «14 октября 2026 г., 10:00 · Библиотека № 3».
fn when_and_where(event: &HeldEvent, lang: Lang) -> String {
    let date = NaiveDate::parse_from_str(&event.held_on, "%Y-%m-%d")
        .map(|d| i18n::plain_date(lang, d))
        .unwrap_or_else(|_| event.held_on.clone());
    let when = if event.time.is_empty() { date } else { i18n::message_with(lang, "album-date-time", &[("date", date), ("time", event.time.clone())]) };
    if event.place.is_empty() { when } else { i18n::message_with(lang, "album-when-where", &[("when", when), ("place", event.place.clone())]) }
}

/// One event: title, date and place, partner, the short text, participants, photos.
fn event_blocks(event: &HeldEvent, photos: &Photos, lang: Lang, with_partner: bool) -> Vec<Block> {
    let mut text: Vec<Block> = vec![
        Heading::new(event.title.clone()).size(14.0).align(Align::Left).space_before_mm(0.0).space_after_mm(1.5).into(),
        Paragraph::plain(when_and_where(event, lang)).size(10.0).color(MUTED).space_after_mm(1.0).into(),
    ];
    if with_partner {
        text.push(Paragraph::plain(event.partner_name.clone()).size(10.5).style(super::FontStyle::Italic).space_after_mm(2.0).into());
    }
    if !event.result.trim().is_empty() {
        text.push(Paragraph::plain(event.result.trim().to_string()).size(11.0).hyphenate(lang == Lang::Ru).space_after_mm(1.5).into());
    }
    let people = super::report::participants_text(lang, event.participants, &event.ages);
    if event.participants != Participants::default() {
        text.push(
            Paragraph::plain(i18n::message_with(lang, "album-participants", &[("participants", people)]))
                .size(10.0)
                .color(MUTED)
                .space_after_mm(3.0)
                .into(),
        );
    }
    let unread: Vec<&String> = photos.iter().filter_map(|p| p.as_ref().err()).collect();
    for name in unread {
        text.push(
            Paragraph::plain(i18n::message_with(lang, "album-photo-unread", &[("name", name.clone())]))
                .size(9.0)
                .color(MUTED)
                .style(super::FontStyle::Italic)
                .into(),
        );
    }
    // Photos keep the places they were sized for, whether or not a neighbour could be read.
    let ready: Vec<(usize, &PrintPhoto)> = photos.iter().enumerate().filter_map(|(k, p)| Some((k, p.as_ref().ok()?))).collect();
    if !ready.is_empty() {
        text.push(photo_grid(&ready, photos.len()));
    }
    if event.photos.len() > PHOTOS_PER_EVENT {
        let more = (event.photos.len() - PHOTOS_PER_EVENT).to_string();
        text.push(Paragraph::plain(i18n::message_with(lang, "album-photos-more", &[("count", more)])).size(9.0).color(MUTED).align(Align::Right).into());
    }
    vec![Block::KeepTogether(text), Block::Spacer(9.0)]
}

/// The photos in rows of one or two, each fitted into the box of its place among `places`
/// and centred in it.
fn photo_grid(photos: &[(usize, &PrintPhoto)], places: usize) -> Block {
    let mut grid = Table::new(vec![ColumnWidth::Fraction(1.0), ColumnWidth::Fraction(1.0)]);
    grid.borders = Borders::None;
    grid.padding_mm = (GAP_MM / 2.0, GAP_MM / 2.0);
    grid.space_before_mm = 1.0;
    let cell = |k: usize| {
        let (_, p) = photos.iter().find(|(place, _)| *place == k)?;
        let (w, h) = photo_box(k, places);
        let mut img = Image::new(p.jpeg.clone(), w.min(h * p.aspect()));
        img.space_after_mm = 0.0;
        Some(Cell::new(vec![img.into()]).valign(VAlign::Middle))
    };
    let mut k = 0;
    while k < places {
        let wide = photo_box(k, places).0 > COLUMN_MM / 2.0;
        let row: Vec<Cell> = if wide {
            cell(k).map(|c| c.span(2)).into_iter().collect()
        } else {
            [cell(k), (k + 1 < places).then(|| cell(k + 1)).flatten()].into_iter().flatten().collect()
        };
        if !row.is_empty() {
            grid.rows.push(Row::new(row));
        }
        k += if wide { 1 } else { 2 };
    }
    grid.into()
}

/// The cover: logo, organisation, title, period and the year in figures.
fn cover(doc: &mut Document, org: &Organisation, logo: Option<Vec<u8>>, period: PlanPeriod, events: &[HeldEvent], lang: Lang) {
    doc.push(Block::Spacer(25.0));
    if let Some(logo) = logo {
        let mut img = Image::new(logo, 35.0);
        img.space_after_mm = 8.0;
        doc.push(img);
    }
    let name = org.full_name.get(lang);
    if !name.is_empty() {
        doc.push(Heading::new(name.to_string()).size(14.0).style(super::FontStyle::Regular).space_after_mm(30.0));
    }
    doc.push(Heading::new(i18n::message(lang, "album-title")).size(26.0).space_after_mm(6.0));
    doc.push(Heading::new(period_words(period, lang)).size(16.0).style(super::FontStyle::Regular).space_after_mm(40.0));
    let mut partners: Vec<i64> = events.iter().map(|e| e.partner_id).collect();
    partners.sort_unstable();
    partners.dedup();
    let mut people = Participants::default();
    for e in events {
        people.add(e.participants);
    }
    let summary = i18n::message_with(
        lang,
        "album-summary",
        &[("events", events.len().to_string()), ("partners", partners.len().to_string()), ("participants", people.total().to_string())],
    );
    doc.push(Paragraph::plain(summary).size(12.0).align(Align::Center).color(MUTED));
    let city = org.city.get(lang);
    if !city.is_empty() {
        doc.push(Block::Spacer(60.0));
        doc.push(Paragraph::plain(city.to_string()).size(12.0).align(Align::Center));
    }
    doc.push(Block::PageBreak);
}

/// The album as a document: the cover, then the events by date or under their partners.
pub fn album_document(
    org: &Organisation,
    logo: Option<Vec<u8>>,
    period: PlanPeriod,
    events: &[HeldEvent],
    photos: &[Photos],
    order: AlbumOrder,
    lang: Lang,
) -> Document {
    let mut doc = Document::new(PageSetup::portrait());
    doc.page_numbers = Some(PageNumbers { on_first_page: false, ..PageNumbers::new("{page}") });
    let title = format!("{} — {}", i18n::message(lang, "album-title"), period_words(period, lang));
    doc.metadata = Metadata { title: title.clone(), author: org.full_name.get(lang).to_string(), subject: title };
    cover(&mut doc, org, logo, period, events, lang);
    if events.is_empty() {
        doc.push(Paragraph::plain(i18n::message(lang, "album-empty")).size(12.0).align(Align::Center));
        return doc;
    }
    match order {
        AlbumOrder::ByDate => {
            for (e, p) in events.iter().zip(photos) {
                doc.blocks.extend(event_blocks(e, p, lang, true));
            }
        }
        AlbumOrder::ByPartner => {
            let mut order: Vec<usize> = (0..events.len()).collect();
            // Partners by name; each partner's events stay in date order (the sort is stable).
            // The id keeps apart partners whose names sort alike.
            order.sort_by_cached_key(|&i| (crate::text::sort_key(&events[i].partner_name), events[i].partner_id));
            let mut current = None;
            for i in order {
                let e = &events[i];
                if current != Some(e.partner_id) {
                    if current.is_some() {
                        doc.push(Block::PageBreak);
                    }
                    current = Some(e.partner_id);
                    doc.push(Heading::new(e.partner_name.clone()).size(17.0).align(Align::Left).space_after_mm(5.0));
                }
                doc.blocks.extend(event_blocks(e, &photos[i], lang, false));
            }
        }
    }
    doc
}

/// «Альбом 2026-2027 (ru).pdf».
pub fn file_name(period: PlanPeriod, lang: Lang) -> String {
    let name = i18n::message_with(lang, "album-file-name", &[("period", period.code()), ("lang", lang.code().to_string())]);
    format!("{}.pdf", name.trim())
}

/// What an album is made from, read from the register in one short step: making the album
/// (decoding the photos, writing the PDF) then needs no database, and nothing waits for it.
pub struct AlbumSource {
    org: Organisation,
    logo: Option<Vec<u8>>,
    period: PlanPeriod,
    events: Vec<HeldEvent>,
    /// Per event, the photos shown: their files and the names they had when added.
    photos: Vec<Vec<(PathBuf, String)>>,
}

impl AlbumSource {
    /// The organisation, its logo and the events held in `period` with their photos' files.
    pub fn read(store: &Store, period: PlanPeriod) -> Result<AlbumSource> {
        let org = store.organisation()?;
        let logo = if org.has_logo { store.profile_image(ProfileImage::Logo)? } else { None };
        let events = store.events(&EventQuery {
            from: Some(period.first_day().to_string()),
            to: Some(period.last_day().to_string()),
            ..EventQuery::default()
        })?;
        let photos = events
            .iter()
            .map(|e| {
                e.photos.iter().take(PHOTOS_PER_EVENT).map(|p| Ok((store.photo_path(p.id)?, p.original_name.clone()))).collect()
            })
            .collect::<Result<_>>()?;
        Ok(AlbumSource { org, logo, period, events, photos })
    }

    /// The album as PDF bytes with its file name.
    pub fn render(self, order: AlbumOrder, lang: Lang) -> Result<(Vec<u8>, String)> {
        let photos = prepare_photos(&self.photos);
        let doc = album_document(&self.org, self.logo, self.period, &self.events, &photos, order, lang);
        Ok((super::to_pdf(&doc)?, file_name(self.period, lang)))
    }
}

/// The album of `period` as PDF bytes with its file name.
pub fn album_file(store: &Store, period: PlanPeriod, order: AlbumOrder, lang: Lang) -> Result<(Vec<u8>, String)> {
    AlbumSource::read(store, period)?.render(order, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_boxes_fill_the_column_without_overflowing_it() {
        for n in 1..=PHOTOS_PER_EVENT {
            let mut rows_h = 0.0;
            let mut k = 0;
            while k < n {
                let (w, h) = photo_box(k, n);
                assert!(w <= COLUMN_MM);
                rows_h += h;
                k += if w > COLUMN_MM / 2.0 { 1 } else { 2 };
            }
            // The photos and the event's heading lines fit one A4 page's column (267 mm).
            assert!(rows_h + GAP_MM * 2.0 * n as f32 <= 200.0, "{n} photos take {rows_h} mm");
        }
    }
}
