//! The input of the layout: a document as plain data (page setup, then a list of blocks).
//!
//! A document module (agreement, plan, report, certificate) builds a [`Document`] from domain
//! data and localized strings; [`super::layout()`] turns it into positioned pages. Nothing here
//! measures text or knows the PDF. Lengths a person would set in a word processor (margins,
//! indents, spacing, widths) are in millimetres; font sizes are in points.

use std::sync::Arc;

use super::fonts::FontStyle;

/// A4: 210 × 297 mm.
pub const A4_MM: (f32, f32) = (210.0, 297.0);

/// A whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub page: PageSetup,
    pub blocks: Vec<Block>,
    /// Page numbers in the footer, or none.
    pub page_numbers: Option<PageNumbers>,
    pub metadata: Metadata,
}

impl Document {
    /// An empty document on `page`, without page numbers.
    pub fn new(page: PageSetup) -> Document {
        Document { page, blocks: Vec::new(), page_numbers: None, metadata: Metadata::default() }
    }

    /// Appends a block (anything that converts into one).
    pub fn push(&mut self, block: impl Into<Block>) -> &mut Document {
        self.blocks.push(block.into());
        self
    }
}

/// The PDF's document information (shown by viewers in the title bar and properties).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub title: String,
    pub author: String,
    pub subject: String,
}

/// The paper, its orientation and the margins.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSetup {
    pub size: PageSize,
    pub orientation: Orientation,
    pub margins: Margins,
}

impl PageSetup {
    /// A4 portrait with the margins of Russian and Kazakh office documents: 20 mm top,
    /// 10 mm right, 20 mm bottom, 30 mm left (binding side).
    pub fn portrait() -> PageSetup {
        PageSetup {
            size: PageSize::A4,
            orientation: Orientation::Portrait,
            margins: Margins { top: 20.0, right: 10.0, bottom: 20.0, left: 30.0 },
        }
    }

    /// A4 landscape with 15 mm margins all around (the yearly plan's wide table).
    pub fn landscape() -> PageSetup {
        PageSetup {
            size: PageSize::A4,
            orientation: Orientation::Landscape,
            margins: Margins::all(15.0),
        }
    }

    /// Width and height of the sheet as it is read, in mm.
    pub fn size_mm(&self) -> (f32, f32) {
        let (w, h) = self.size.mm();
        match self.orientation {
            Orientation::Portrait => (w, h),
            Orientation::Landscape => (h, w),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageSize {
    A4,
}

impl PageSize {
    /// Width and height in portrait orientation, in mm.
    pub fn mm(self) -> (f32, f32) {
        match self {
            PageSize::A4 => A4_MM,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

/// Page margins in mm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Margins {
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
    pub left: f32,
}

impl Margins {
    pub fn all(mm: f32) -> Margins {
        Margins { top: mm, right: mm, bottom: mm, left: mm }
    }
}

/// Page numbers, centred in the bottom margin.
#[derive(Debug, Clone, PartialEq)]
pub struct PageNumbers {
    /// The text, with `{page}` for the number and `{pages}` for the count: «{page}»,
    /// «— {page} —», «Бет {page} / {pages}». It comes from the locales, so it is localized.
    pub template: String,
    /// Whether the first page is numbered too (office documents often leave it bare).
    pub on_first_page: bool,
    pub size: f32,
}

impl PageNumbers {
    /// Numbers on every page, in 11 pt.
    pub fn new(template: impl Into<String>) -> PageNumbers {
        PageNumbers { template: template.into(), on_first_page: true, size: 11.0 }
    }

    /// The text for page `page` (1-based) of `pages`.
    pub fn text(&self, page: usize, pages: usize) -> String {
        self.template.replace("{page}", &page.to_string()).replace("{pages}", &pages.to_string())
    }
}

/// Horizontal alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
    /// Both edges straight; the last line of a paragraph (and a line ended by `\n`) is set left.
    Justify,
}

/// One piece of the document, stacked top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Paragraph),
    /// A title that is never left alone at the bottom of a page.
    Heading(Heading),
    /// A numbered section: «1. ПРЕДМЕТ ДОГОВОРА» bold and centred, then its blocks.
    Section(Section),
    Table(Table),
    Image(Image),
    /// Vertical space in mm; unlike paragraph spacing it is kept at the top of a page.
    Spacer(f32),
    /// The next block starts a new page (never leaves a blank page).
    PageBreak,
    /// Blocks moved to the next page as a whole rather than split (unless they are taller than
    /// a page). Tables inside are kept whole too.
    KeepTogether(Vec<Block>),
    /// «УТВЕРЖДАЮ» in a column at the top right.
    Approval(ApprovalBlock),
    /// The parties' requisites and signatures, side by side.
    Signatures(SignaturesBlock),
}

/// A colour: red, green and blue from 0 to 255.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Rgb(pub [u8; 3]);

impl Rgb {
    pub const BLACK: Rgb = Rgb([0, 0, 0]);
    pub const WHITE: Rgb = Rgb([255, 255, 255]);

    /// This colour moved towards `other` by `t` (0 this one … 1 the other): tints and shades.
    pub fn mix(self, other: Rgb, t: f32) -> Rgb {
        let t = t.clamp(0.0, 1.0);
        let c = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
        Rgb([c(self.0[0], other.0[0]), c(self.0[1], other.0[1]), c(self.0[2], other.0[2])])
    }

    /// The colour as PDF operands, each 0.0 … 1.0.
    pub fn unit(self) -> [f32; 3] {
        self.0.map(|c| f32::from(c) / 255.0)
    }
}

impl From<[u8; 3]> for Rgb {
    fn from(c: [u8; 3]) -> Rgb {
        Rgb(c)
    }
}

/// A run of text in one face. A space between runs is a space in one of the runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub style: FontStyle,
}

impl Run {
    pub fn new(text: impl Into<String>, style: FontStyle) -> Run {
        Run { text: text.into(), style }
    }
    pub fn regular(text: impl Into<String>) -> Run {
        Run::new(text, FontStyle::Regular)
    }
    pub fn bold(text: impl Into<String>) -> Run {
        Run::new(text, FontStyle::Bold)
    }
    pub fn italic(text: impl Into<String>) -> Run {
        Run::new(text, FontStyle::Italic)
    }
}

/// A paragraph of runs. Spaces break lines, U+00A0 (no-break space) never does; a `\n` in a
/// run ends the line; a soft hyphen (U+00AD) marks where a word may be hyphenated.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub runs: Vec<Run>,
    /// Font size in points.
    pub size: f32,
    pub align: Align,
    /// Indent of the first line from the left indent, in mm (negative for a hanging indent).
    pub first_line_indent_mm: f32,
    /// Indent of every line from the column's left edge, in mm.
    pub left_indent_mm: f32,
    pub space_before_mm: f32,
    pub space_after_mm: f32,
    /// Distance between baselines as a multiple of the size (1.15 matches Word's «single» for
    /// Times-metric fonts).
    pub line_height: f32,
    /// Hyphenate Russian words that do not fit (Russian text only: Kazakh and English words are
    /// never hyphenated, a word with a Kazakh letter is left whole).
    pub hyphenate: bool,
    pub color: Rgb,
    /// Letter-spacing in thousandths of an em, added after every character (a spaced-out
    /// title: «Г Р А М О Т А» without real spaces, so it still reads as one word).
    pub tracking: u16,
}

impl Paragraph {
    /// Body text: 12 pt, justified, 12.5 mm first-line indent, line height 1.15.
    pub fn new(text: impl Into<String>) -> Paragraph {
        Paragraph::from_runs(vec![Run::regular(text)])
    }

    pub fn from_runs(runs: Vec<Run>) -> Paragraph {
        Paragraph {
            runs,
            size: 12.0,
            align: Align::Justify,
            first_line_indent_mm: 12.5,
            left_indent_mm: 0.0,
            space_before_mm: 0.0,
            space_after_mm: 0.0,
            line_height: 1.15,
            hyphenate: false,
            color: Rgb::BLACK,
            tracking: 0,
        }
    }

    /// A plain line: left-aligned, no indent (for table cells, requisites, captions).
    pub fn plain(text: impl Into<String>) -> Paragraph {
        Paragraph::new(text).align(Align::Left).indent_mm(0.0)
    }

    /// Styled runs set like [`Paragraph::plain`].
    pub fn plain_runs(runs: Vec<Run>) -> Paragraph {
        Paragraph::from_runs(runs).align(Align::Left).indent_mm(0.0)
    }

    pub fn size(mut self, pt: f32) -> Paragraph {
        self.size = pt;
        self
    }
    pub fn align(mut self, align: Align) -> Paragraph {
        self.align = align;
        self
    }
    pub fn indent_mm(mut self, mm: f32) -> Paragraph {
        self.first_line_indent_mm = mm;
        self
    }
    pub fn left_indent_mm(mut self, mm: f32) -> Paragraph {
        self.left_indent_mm = mm;
        self
    }
    pub fn space_before_mm(mut self, mm: f32) -> Paragraph {
        self.space_before_mm = mm;
        self
    }
    pub fn space_after_mm(mut self, mm: f32) -> Paragraph {
        self.space_after_mm = mm;
        self
    }
    pub fn line_height(mut self, multiple: f32) -> Paragraph {
        self.line_height = multiple;
        self
    }
    pub fn hyphenate(mut self, on: bool) -> Paragraph {
        self.hyphenate = on;
        self
    }
    pub fn color(mut self, color: Rgb) -> Paragraph {
        self.color = color;
        self
    }
    pub fn tracking(mut self, thousandths_of_em: u16) -> Paragraph {
        self.tracking = thousandths_of_em;
        self
    }
    /// Sets every run in `style`.
    pub fn style(mut self, style: FontStyle) -> Paragraph {
        for r in &mut self.runs {
            r.style = style;
        }
        self
    }
}

/// A title kept with what follows it. `\n` in the text breaks the line.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub text: String,
    pub size: f32,
    pub style: FontStyle,
    pub align: Align,
    pub space_before_mm: f32,
    pub space_after_mm: f32,
    pub line_height: f32,
}

impl Heading {
    /// Bold, centred, 12 pt, 6 mm before and 3 mm after.
    pub fn new(text: impl Into<String>) -> Heading {
        Heading {
            text: text.into(),
            size: 12.0,
            style: FontStyle::Bold,
            align: Align::Center,
            space_before_mm: 6.0,
            space_after_mm: 3.0,
            line_height: 1.15,
        }
    }
    pub fn size(mut self, pt: f32) -> Heading {
        self.size = pt;
        self
    }
    pub fn style(mut self, style: FontStyle) -> Heading {
        self.style = style;
        self
    }
    pub fn align(mut self, align: Align) -> Heading {
        self.align = align;
        self
    }
    pub fn space_before_mm(mut self, mm: f32) -> Heading {
        self.space_before_mm = mm;
        self
    }
    pub fn space_after_mm(mut self, mm: f32) -> Heading {
        self.space_after_mm = mm;
        self
    }
}

/// A numbered section: the number and the title as a bold centred heading, then the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// «1.», «2.» … (may be empty).
    pub number: String,
    pub title: String,
    pub blocks: Vec<Block>,
    /// The title's style (its text is `number title`).
    pub heading: Heading,
}

impl Section {
    pub fn new(number: impl Into<String>, title: impl Into<String>, blocks: Vec<Block>) -> Section {
        Section { number: number.into(), title: title.into(), blocks, heading: Heading::new("") }
    }

    /// The heading as laid out: «1. ПРЕДМЕТ ДОГОВОРА».
    pub fn title_heading(&self) -> Heading {
        let number = self.number.trim();
        let text = if number.is_empty() {
            self.title.clone()
        } else {
            // A no-break space: the number never stays alone at the end of a line.
            format!("{number}\u{00A0}{}", self.title)
        };
        Heading { text, ..self.heading.clone() }
    }
}

/// A table. Cells hold blocks and wrap; the header rows are repeated on every page the table
/// reaches; a row that does not fit the rest of a page moves to the next one, and a row taller
/// than a page is split between lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<ColumnWidth>,
    pub header: Vec<Row>,
    pub rows: Vec<Row>,
    pub borders: Borders,
    /// Border line width in points.
    pub border_width_pt: f32,
    /// Space between a cell's border and its text, in mm (left/right, top/bottom).
    pub padding_mm: (f32, f32),
    pub space_before_mm: f32,
    pub space_after_mm: f32,
}

impl Table {
    /// A bordered table with 1.5 mm side and 0.8 mm top/bottom padding.
    pub fn new(columns: Vec<ColumnWidth>) -> Table {
        Table {
            columns,
            header: Vec::new(),
            rows: Vec::new(),
            borders: Borders::All,
            border_width_pt: 0.5,
            padding_mm: (1.5, 0.8),
            space_before_mm: 2.0,
            space_after_mm: 2.0,
        }
    }
}

/// A column's width: fixed, or a share of what the fixed columns leave.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ColumnWidth {
    Mm(f32),
    /// Relative weight: columns of 1 and 3 get a quarter and three quarters of the rest.
    Fraction(f32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Borders {
    #[default]
    All,
    None,
}

/// A row of cells. A group row is one cell across the whole table (a category heading in the
/// plan) and is never the last row on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub group: bool,
}

impl Row {
    pub fn new(cells: Vec<Cell>) -> Row {
        Row { cells, group: false }
    }

    /// A full-width heading row.
    pub fn group(cell: Cell) -> Row {
        Row { cells: vec![cell], group: true }
    }
}

/// A table cell: blocks (paragraphs, typically), spanning `span` columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub blocks: Vec<Block>,
    pub span: usize,
    /// Background grey, 0.0 black … 1.0 white.
    pub fill: Option<f32>,
    pub valign: VAlign,
}

impl Cell {
    pub fn new(blocks: Vec<Block>) -> Cell {
        Cell { blocks, span: 1, fill: None, valign: VAlign::Top }
    }

    /// One plain left-aligned paragraph; `\n` breaks lines.
    pub fn text(text: impl Into<String>, size: f32) -> Cell {
        Cell::new(vec![Paragraph::plain(text).size(size).into()])
    }

    pub fn span(mut self, columns: usize) -> Cell {
        self.span = columns.max(1);
        self
    }
    pub fn fill(mut self, grey: f32) -> Cell {
        self.fill = Some(grey);
        self
    }
    pub fn valign(mut self, valign: VAlign) -> Cell {
        self.valign = valign;
        self
    }
}

/// Vertical alignment of a cell's content (applies when the row is not split).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VAlign {
    #[default]
    Top,
    Middle,
}

/// A PNG or JPEG picture (emblem, logo, seal).
#[derive(Clone, PartialEq)]
pub struct Image {
    pub bytes: Arc<[u8]>,
    /// The width on paper; the height follows the picture's proportions. It is reduced to fit
    /// the column and the page.
    pub width_mm: f32,
    pub align: Align,
    pub space_after_mm: f32,
}

impl Image {
    pub fn new(bytes: impl Into<Arc<[u8]>>, width_mm: f32) -> Image {
        Image { bytes: bytes.into(), width_mm, align: Align::Center, space_after_mm: 2.0 }
    }
    pub fn align(mut self, align: Align) -> Image {
        self.align = align;
        self
    }
}

impl std::fmt::Debug for Image {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Image")
            .field("bytes", &format_args!("{} bytes", self.bytes.len()))
            .field("width_mm", &self.width_mm)
            .field("align", &self.align)
            .finish()
    }
}

/// «УТВЕРЖДАЮ» / «БЕКІТЕМІН» / «APPROVED» at the top right: a column at the right margin with
/// the heading, the position, «_____________ И.О. Фамилия» and the date line.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalBlock {
    pub heading: String,
    /// The position, one string per line as the caller wants it broken (each still wraps).
    pub position: Vec<String>,
    /// «И.О. Фамилия».
    pub name: String,
    /// «29» ноября 2026 г. / 2026 жылғы «29» қараша, or a blank line to fill in by hand.
    pub date: String,
    /// Lines under the date: «Приказ № 45 от 28.08.2026».
    pub notes: Vec<String>,
    pub size: f32,
    pub width_mm: f32,
    pub space_after_mm: f32,
}

impl ApprovalBlock {
    /// 12 pt in an 80 mm column.
    pub fn new(
        heading: impl Into<String>,
        position: Vec<String>,
        name: impl Into<String>,
        date: impl Into<String>,
    ) -> ApprovalBlock {
        ApprovalBlock {
            heading: heading.into(),
            position,
            name: name.into(),
            date: date.into(),
            notes: Vec::new(),
            size: 12.0,
            width_mm: 80.0,
            space_after_mm: 8.0,
        }
    }
}

/// One side of an agreement's signatures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    /// «Организация:», «Серіктес:», or the party's name.
    pub heading: String,
    /// Name, address, BIN, bank, phone … one string each (each wraps).
    pub requisites: Vec<String>,
    /// «Директор».
    pub position: String,
    /// «И.О. Фамилия»: printed as «_____________ /И.О. Фамилия/».
    pub name: String,
    /// «М.П.» / «М.О.»; empty for none.
    pub stamp: String,
}

/// The requisites and signatures of two parties side by side, in two columns of the same
/// width, always on one page. The signature lines of both columns are level.
#[derive(Debug, Clone, PartialEq)]
pub struct SignaturesBlock {
    pub left: Party,
    pub right: Party,
    pub size: f32,
    /// Gap between the columns in mm.
    pub gap_mm: f32,
    pub space_before_mm: f32,
}

impl SignaturesBlock {
    pub fn new(left: Party, right: Party) -> SignaturesBlock {
        SignaturesBlock { left, right, size: 12.0, gap_mm: 10.0, space_before_mm: 6.0 }
    }
}

impl From<Paragraph> for Block {
    fn from(p: Paragraph) -> Block {
        Block::Paragraph(p)
    }
}
impl From<Heading> for Block {
    fn from(h: Heading) -> Block {
        Block::Heading(h)
    }
}
impl From<Section> for Block {
    fn from(s: Section) -> Block {
        Block::Section(s)
    }
}
impl From<Table> for Block {
    fn from(t: Table) -> Block {
        Block::Table(t)
    }
}
impl From<Image> for Block {
    fn from(i: Image) -> Block {
        Block::Image(i)
    }
}
impl From<ApprovalBlock> for Block {
    fn from(a: ApprovalBlock) -> Block {
        Block::Approval(a)
    }
}
impl From<SignaturesBlock> for Block {
    fn from(s: SignaturesBlock) -> Block {
        Block::Signatures(s)
    }
}
