//! The one font family every document is set in, and text measurement.
//!
//! Liberation Serif 2.1 (regular, bold, italic, bold italic; SIL OFL, see
//! `assets/fonts/LICENSE-Liberation.txt`) has Times metrics and every Kazakh letter. The four
//! faces are compiled into the binary and parsed once, on first use.
//!
//! Widths are measured exactly as printpdf writes them into the PDF: each glyph's `/W` entry is
//! trunc(advance × 1000 / units per em) thousandths of an em, so the width of a string is the
//! sum of those integers × size / 1000 and is additive (the width of "ab" is the width of "a"
//! plus the width of "b"). A line measured here ends precisely where a viewer draws it.
//!
//! Text must pass through [`prepare`] before it is measured or drawn: a character the font has
//! no glyph for would silently become an empty box (.notdef), and Fluent's isolation marks
//! (U+2068/U+2069) have no glyph at all. Nothing here knows about lines or pages.

use std::borrow::Cow;
use std::sync::OnceLock;

use printpdf::ParsedFont;

/// A face of the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FontStyle {
    #[default]
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl FontStyle {
    /// The four faces, in the order of [`FontStyle::index`].
    pub const ALL: [FontStyle; 4] =
        [FontStyle::Regular, FontStyle::Bold, FontStyle::Italic, FontStyle::BoldItalic];

    /// 0..4, the face's position in [`FontStyle::ALL`].
    pub fn index(self) -> usize {
        match self {
            FontStyle::Regular => 0,
            FontStyle::Bold => 1,
            FontStyle::Italic => 2,
            FontStyle::BoldItalic => 3,
        }
    }

    /// Bold or bold italic.
    pub fn is_bold(self) -> bool {
        matches!(self, FontStyle::Bold | FontStyle::BoldItalic)
    }

    /// Italic or bold italic.
    pub fn is_italic(self) -> bool {
        matches!(self, FontStyle::Italic | FontStyle::BoldItalic)
    }

    /// The face with the given weight and slant.
    pub fn from_flags(bold: bool, italic: bool) -> FontStyle {
        match (bold, italic) {
            (false, false) => FontStyle::Regular,
            (true, false) => FontStyle::Bold,
            (false, true) => FontStyle::Italic,
            (true, true) => FontStyle::BoldItalic,
        }
    }
}

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Italic.ttf");
const BOLD_ITALIC: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-BoldItalic.ttf");

/// Code points whose widths are looked up once, when the face is loaded: Latin, Cyrillic with
/// the Kazakh letters (U+0000–U+052F) and general punctuation with «№» (U+2000–U+218F). Others
/// go through the font's own tables each time.
const CACHED: [(u32, u32); 2] = [(0x0000, 0x0530), (0x2000, 0x2190)];
const MISSING: u16 = u16::MAX;

/// One parsed face and its metrics.
pub struct Face {
    parsed: ParsedFont,
    /// Ascender and descender in ems (the descender is negative).
    ascender: f32,
    descender: f32,
    /// Widths in thousandths of an em for the [`CACHED`] ranges, `MISSING` without a glyph.
    cached: Vec<u16>,
    notdef: u32,
}

impl Face {
    fn load(bytes: &[u8]) -> Face {
        let mut warnings = Vec::new();
        // The bytes are our own, compiled in: failing to parse them is a build defect.
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .expect("the bundled Liberation Serif face parses");
        let m = &parsed.pdf_font_metrics;
        let upem = f32::from(m.units_per_em);
        let (ascender, descender) = (f32::from(m.ascender) / upem, f32::from(m.descender) / upem);
        let mut face = Face { parsed, ascender, descender, cached: Vec::new(), notdef: 0 };
        face.notdef = face.gid_units(0);
        let mut cached = Vec::new();
        for (start, end) in CACHED {
            for cp in start..end {
                let w = face.parsed.lookup_glyph_index(cp).map(|g| face.gid_units(g));
                cached.push(w.map_or(MISSING, |w| w.min(u32::from(MISSING) - 1) as u16));
            }
        }
        face.cached = cached;
        face
    }

    /// The advance of a glyph as printpdf writes it into `/W`.
    fn gid_units(&self, gid: u16) -> u32 {
        let upem = u32::from(self.parsed.pdf_font_metrics.units_per_em).max(1);
        u32::from(self.parsed.get_horizontal_advance(gid)) * 1000 / upem
    }

    /// The advance of `ch` in thousandths of an em, `None` when the face has no glyph for it.
    pub fn units(&self, ch: char) -> Option<u32> {
        let cp = ch as u32;
        let mut base = 0;
        for (start, end) in CACHED {
            if (start..end).contains(&cp) {
                let w = self.cached[(base + cp - start) as usize];
                return (w != MISSING).then_some(u32::from(w));
            }
            base += end - start;
        }
        self.parsed.lookup_glyph_index(cp).map(|g| self.gid_units(g))
    }

    /// The face as printpdf needs it to embed.
    pub fn parsed(&self) -> &ParsedFont {
        &self.parsed
    }
}

/// The four faces of Liberation Serif.
pub struct FontFamily {
    faces: [Face; 4],
}

static FAMILY: OnceLock<FontFamily> = OnceLock::new();

/// The bundled family, parsed on first use (a few milliseconds) and shared afterwards.
pub fn family() -> &'static FontFamily {
    FAMILY.get_or_init(|| FontFamily {
        faces: [REGULAR, BOLD, ITALIC, BOLD_ITALIC].map(Face::load),
    })
}

impl FontFamily {
    /// The face of `style`.
    pub fn face(&self, style: FontStyle) -> &Face {
        &self.faces[style.index()]
    }

    /// Whether `style` has a real glyph for `ch`.
    pub fn has_glyph(&self, style: FontStyle, ch: char) -> bool {
        self.face(style).units(ch).is_some()
    }

    /// The advance of `ch` in thousandths of an em; a character without a glyph measures as
    /// .notdef, which is what printpdf would draw (call [`prepare`] first to avoid that).
    pub fn units(&self, style: FontStyle, ch: char) -> u32 {
        let face = self.face(style);
        face.units(ch).unwrap_or(face.notdef)
    }

    /// The width of `text` in thousandths of an em.
    pub fn text_units(&self, style: FontStyle, text: &str) -> u64 {
        text.chars().map(|c| u64::from(self.units(style, c))).sum()
    }

    /// The width of `text` in points at `size` points.
    pub fn width(&self, style: FontStyle, size: f32, text: &str) -> f32 {
        self.text_units(style, text) as f32 * size / 1000.0
    }

    /// The ascender (above the baseline, positive) in points at `size`.
    pub fn ascent(&self, style: FontStyle, size: f32) -> f32 {
        self.face(style).ascender * size
    }

    /// The descender (below the baseline, negative) in points at `size`.
    pub fn descent(&self, style: FontStyle, size: f32) -> f32 {
        self.face(style).descender * size
    }
}

/// The width of `text` in points at `size`, measured the way printpdf writes widths.
pub fn width(style: FontStyle, size: f32, text: &str) -> f32 {
    family().width(style, size, text)
}

/// Whether the family's `style` face has a glyph for `ch`.
pub fn has_glyph(style: FontStyle, ch: char) -> bool {
    family().has_glyph(style, ch)
}

/// Characters that carry no ink and have no glyph: Unicode bidi controls and isolation marks
/// (Fluent wraps arguments in U+2068…U+2069), zero-width spaces and joiners, the BOM.
fn invisible(ch: char) -> bool {
    matches!(ch,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
        || (ch.is_control() && ch != '\n' && ch != '\t')
}

/// What to draw instead of a character the face lacks, best first. The last resort is «?»,
/// which, unlike .notdef, survives copy and paste and is plainly a substitution.
fn substitutes(ch: char) -> &'static [char] {
    match ch {
        '\t' => &[' '],
        // Non-breaking spaces of other widths keep their meaning: no break.
        '\u{2007}' | '\u{202F}' => &['\u{00A0}'],
        '\u{2000}'..='\u{200A}' | '\u{205F}' | '\u{3000}' => &[' '],
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2043}' | '\u{2212}' => &['-'],
        '\u{2015}' => &['\u{2014}', '-'],
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => &['\''],
        '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => &['"'],
        '\u{201E}' => &['"'],
        '\u{2026}' => &['.'],
        '\u{2116}' => &['N'],
        // Kazakh letters in the Latin-lookalike code points some keyboards produce.
        '\u{04C0}' => &['\u{0406}'],
        '\u{04CF}' => &['\u{0456}'],
        _ => &[],
    }
}

/// `text` as it can be set in `style`: invisible format characters removed, every character
/// the face lacks replaced by the closest one it has (or «?»). Tabs become spaces; line feeds
/// stay (the layout treats them as line breaks). Borrows when nothing changes.
pub fn prepare(style: FontStyle, text: &str) -> Cow<'_, str> {
    let fam = family();
    let ok = |c: char| c == '\n' || (!invisible(c) && c != '\t' && fam.has_glyph(style, c));
    if text.chars().all(ok) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if ok(c) {
            out.push(c);
        } else if c == '\t' || !invisible(c) {
            let sub = substitutes(c).iter().copied().find(|&s| fam.has_glyph(style, s));
            out.push(sub.unwrap_or('?'));
        }
        // an invisible character is dropped
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KAZAKH: &str = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

    #[test]
    fn every_face_has_every_kazakh_letter_and_russian_punctuation() {
        for style in FontStyle::ALL {
            for c in KAZAKH.chars().chain("АЯаяЁё№«»—–\u{00A0}\u{00AD}".chars()) {
                assert!(has_glyph(style, c), "{style:?} lacks {c:?} (U+{:04X})", c as u32);
            }
        }
    }

    #[test]
    fn widths_are_additive_integers_of_thousandths() {
        let f = family();
        let a = f.width(FontStyle::Regular, 12.0, "Кеңес ");
        let b = f.width(FontStyle::Regular, 12.0, "отырысы");
        let ab = f.width(FontStyle::Regular, 12.0, "Кеңес отырысы");
        assert!((a + b - ab).abs() < 1e-4);
        // Times metrics: the space is 250/1000 em, a capital Cyrillic А 722/1000 em.
        assert_eq!(f.units(FontStyle::Regular, ' '), 250);
        assert_eq!(f.units(FontStyle::Regular, 'А'), 722);
        assert!(f.width(FontStyle::Bold, 12.0, "Договор") > f.width(FontStyle::Regular, 12.0, "Договор"));
    }

    #[test]
    fn the_cache_agrees_with_the_font_tables() {
        let f = family();
        for style in FontStyle::ALL {
            let face = f.face(style);
            for c in "Aя№ӘҺ—\u{00A0}".chars() {
                let gid = face.parsed.lookup_glyph_index(c as u32).unwrap();
                assert_eq!(face.units(c), Some(face.gid_units(gid)));
            }
        }
    }

    #[test]
    fn prepare_strips_isolation_marks_and_substitutes_missing_glyphs() {
        assert!(matches!(prepare(FontStyle::Regular, "Школа № 4"), Cow::Borrowed(_)));
        assert_eq!(prepare(FontStyle::Regular, "\u{2068}Айгерим\u{2069}"), "Айгерим");
        assert_eq!(prepare(FontStyle::Bold, "a\tb\u{200B}c"), "a bc");
        // A Chinese character has no glyph in Liberation: «?» instead of an empty box.
        assert_eq!(prepare(FontStyle::Regular, "x中y"), "x?y");
        let narrow = prepare(FontStyle::Regular, "10\u{202F}000");
        assert!(narrow.chars().all(|c| has_glyph(FontStyle::Regular, c)), "{narrow:?}");
    }
}
