//! The words of a plan: an activity's period as printed («Декабрь–январь», «2 раза в год»,
//! «I, III кварталы») in each language, and the reverse — reading a period typed in a Word or
//! Excel plan in Russian, Kazakh or English. The words come from `locales/*/periods.ftl`.

use chrono::NaiveDate;

use crate::i18n;
use crate::model::plan::{DATES_MAX, TIMES_MAX};
use crate::model::{ActivityPeriod, Lang, LocalizedName, MonthRange, PlanPeriod};

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

/// A month's name, capitalised, in the nominative: «Октябрь», «Қазан», «October».
pub fn month_name(lang: Lang, month: u32) -> String {
    i18n::message(lang, &format!("month-{month}"))
}

/// The period as a plan prints it.
pub fn period_label(lang: Lang, period: &ActivityPeriod) -> String {
    match period {
        ActivityPeriod::Year => i18n::message(lang, "period-year"),
        ActivityPeriod::Times { count } => i18n::message_with(lang, "period-times", &[("count", count.to_string())]),
        ActivityPeriod::Quarters { quarters } if (1..=4).all(|q| quarters.contains(&q)) => {
            i18n::message(lang, "period-each-quarter")
        }
        ActivityPeriod::Quarters { quarters } => {
            let list = quarters.iter().filter_map(|q| ROMAN.get((*q as usize).wrapping_sub(1))).copied().collect::<Vec<_>>().join(", ");
            i18n::message_with(lang, "period-quarters", &[("list", list), ("count", quarters.len().to_string())])
        }
        ActivityPeriod::Months { ranges } => ranges
            .iter()
            .enumerate()
            .map(|(i, r)| {
                // Only the first month of the cell is capitalised («Сентябрь, май»,
                // «Декабрь–январь»), except in English, where every month is.
                let name = |m: u32, first: bool| {
                    let n = month_name(lang, m);
                    if first || lang == Lang::En { n } else { n.to_lowercase() }
                };
                if r.from == r.to {
                    name(r.from, i == 0)
                } else {
                    format!("{}–{}", name(r.from, i == 0), name(r.to, false))
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        ActivityPeriod::Dates { dates } => dates
            .iter()
            .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").map(i18n::short_date).unwrap_or_else(|_| d.clone()))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The period in all three languages.
pub fn period_labels(period: &ActivityPeriod) -> LocalizedName {
    LocalizedName {
        ru: period_label(Lang::Ru, period),
        kk: period_label(Lang::Kk, period),
        en: period_label(Lang::En, period),
    }
}

/// Reads a period as plans write it, in Russian, Kazakh or English; None when it cannot be
/// read (the importer then reports the row). Case, extra spaces, dots, quotes, «г.»/«ж.» after
/// a year, trailing punctuation and any kind of dash are tolerated; every word of the cell must
/// be understood, so a cell that says something more («Октябрь, по согласованию») is not read.
///
/// What is read:
/// - the whole year (`Year`): «в течение (всего) (учебного) года» (also «в течении»,
///   «на протяжении»), «весь/круглый год», «круглогодично»; «жыл бойы», «оқу жылы бойы»,
///   «жыл ішінде»; «throughout the year», «all year (round)», «year-round». The vague
///   phrases that ask for no particular time are read as the whole year too: «постоянно»,
///   «систематически», «регулярно», «периодически», «по мере необходимости»; «үнемі»,
///   «тұрақты/жүйелі түрде», «қажеттілігіне қарай», «қажет болған жағдайда»; «ongoing»,
///   «regularly», «as needed». They may be combined with each other or with a frequency
///   («ежемесячно в течение года», «Жыл бойы, 2 рет»).
///   Not read: «по согласованию», «по плану», «по запросу», daily and weekly frequencies
///   (nothing in a period counts weeks), «раз в два года».
/// - every month (the twelve months in the plan's order): «ежемесячно», «каждый месяц»,
///   «раз в месяц»; «ай сайын», «айына бір рет»; «monthly», «once a month».
/// - every quarter: «ежеквартально», «(один) раз в квартал», «каждую четверть»;
///   «тоқсанына бір рет», «тоқсан сайын»; «quarterly», «once a quarter».
/// - N times: «2 раза в год», «дважды в год», «не реже 2 раз в год», «ежегодно» (1),
///   «раз в полугодие» (2); «жылына 2 рет», «жылына екі рет», «жарты жылда бір рет» (2);
///   «twice a year», «3 times a year», «annually» (1), «every six months» (2). A bare «2
///   раза» / «2 рет» / «2 times» in a yearly plan counts over the whole plan.
/// - listed quarters and halves: «I квартал», «II–III квартал», «1-й квартал», «I и III
///   кварталы», «II тоқсан», «2-тоқсан», «Q2», «quarter 3», «first quarter»; «I полугодие» is
///   quarters 1 and 2, «II полугодие» 3 and 4. Numbered school terms («I четверть») are not
///   read: they do not coincide with quarters.
/// - months: «Октябрь», «в октябре», «Декабрь–январь» (one run), «Сентябрь, май» (two),
///   «с октября по декабрь», «сент.», «қазанда», «қыркүйек айы», «қазаннан желтоқсанға
///   дейін», «Oct», «October–November»; a year may follow («октябрь 2026 г.») and must be the
///   one that month has in the plan.
/// - dates: «04.10.2026», «4.10.26», «04.10» (the year the month has in the plan),
///   «2026-10-04», «4 октября», «4 қазан», «October 4, 2026», separated by commas or
///   «и»/«және»/«and». Every date must fall within the plan.
/// - a count with what it counts: «2 раза в год (октябрь, апрель)», «жылына 2 рет: қазан,
///   сәуір» are those months (or quarters, or dates) when there are as many as the count.
///
/// A line break inside the cell separates a list («Октябрь↵Май») but not a wrapped phrase
/// («В течение↵учебного года»).
pub fn parse_period(text: &str, plan: PlanPeriod) -> Option<ActivityPeriod> {
    if text.chars().count() > 400 {
        return None;
    }
    let toks = tokenize(text);
    if toks.is_empty() || toks.len() > 80 {
        return None;
    }
    let period = frequency(&toks, plan)
        .or_else(|| listed_quarters(&toks))
        .or_else(|| calendar(&toks, plan))
        .or_else(|| explained_count(&toks, plan))?;
    period.check(plan).ok()?;
    Some(period)
}

// ---------------------------------------------------------------------------------------------
// Words

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A word, lower case, with the Kazakh letters folded (see `fold`).
    Word(String),
    /// A run of digits: its value (saturated) and its length.
    Num(u32, usize),
    /// I, II, III or IV (in Latin letters or with the Kazakh «і»).
    Roman(u32),
    /// A numeric date: «04.10.2026», «4.10.26», «04.10», «2026-10-04».
    Date { day: u32, month: u32, year: Option<i32> },
    /// A list separator: a comma, a semicolon, a slash, «и», «және», «and».
    Sep,
    /// A hyphen or any dash.
    Dash,
    /// A line break inside the cell: it separates a list, but a phrase may be wrapped too.
    Break,
    /// Something that looked like a date but is not one.
    Bad,
}

/// Kazakh letters folded to the Russian ones they are typed as when a keyboard lacks them.
fn fold_char(c: char) -> char {
    match c {
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        'ё' => 'е',
        _ => c,
    }
}

fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// A word as typed, lower case: Latin look-alikes inside a Cyrillic word («Oктябрь» with a
/// Latin O) are made Cyrillic, Roman numerals recognised, then the Kazakh letters folded.
fn word_token(w: &str) -> Tok {
    let roman: String = w.chars().map(|c| if c == 'і' { 'i' } else { c }).collect();
    if let Some(n) = ["i", "ii", "iii", "iv"].iter().position(|r| *r == roman) {
        return Tok::Roman(n as u32 + 1);
    }
    let w: String = if w.chars().any(is_cyrillic) && w.chars().any(|c| c.is_ascii_alphabetic()) {
        w.chars()
            .map(|c| match c {
                'a' => 'а',
                'b' => 'в',
                'c' => 'с',
                'e' => 'е',
                'h' => 'н',
                'i' => 'і',
                'k' => 'к',
                'm' => 'м',
                'o' => 'о',
                'p' => 'р',
                't' => 'т',
                'x' => 'х',
                'y' => 'у',
                _ => c,
            })
            .collect()
    } else {
        w.to_string()
    };
    let w = fold(&w);
    match w.as_str() {
        "и" | "and" | "жане" | "мен" | "бен" | "пен" => Tok::Sep,
        _ => Tok::Word(w),
    }
}

/// What may follow a number to make it an ordinal or a case form: «1-й», «2-х», «1st»,
/// «2-ші» (folded).
const NUMBER_SUFFIXES: &[&str] = &[
    "й", "ый", "ий", "ой", "го", "ого", "его", "м", "ом", "ем", "я", "ая", "е", "ое", "х", "ух", "ех", "ти", "ми", "st", "nd",
    "rd", "th", "ши", "шы", "инши", "ыншы", "нши", "ншы",
];

fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text
        .to_lowercase()
        .chars()
        // Soft hyphens, zero-width characters and stress marks are invisible in Word.
        .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{301}'))
        .collect();
    let digits = |from: usize| -> usize {
        let mut j = from;
        while j < chars.len() && chars[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let number = |from: usize, to: usize| -> u32 {
        chars[from..to].iter().fold(0u32, |n, c| n.saturating_mul(10).saturating_add(c.to_digit(10).unwrap_or(0)))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let j = digits(i);
            let next_is_digit = |k: usize| k + 1 < chars.len() && chars[k + 1].is_ascii_digit();
            // «04.10.2026», «4.10.26», «04.10»
            if j < chars.len() && chars[j] == '.' && next_is_digit(j) && j - i <= 2 {
                let k = digits(j + 1);
                let (mut year, mut end) = (None, k);
                if k < chars.len() && chars[k] == '.' && next_is_digit(k) {
                    let l = digits(k + 1);
                    year = Some((k + 1, l));
                    end = l;
                }
                let (day, month) = (number(i, j), number(j + 1, k));
                let tok = match year {
                    _ if k - (j + 1) > 2 => Tok::Bad,
                    None => Tok::Date { day, month, year: None },
                    Some((a, b)) if b - a == 4 => Tok::Date { day, month, year: Some(number(a, b) as i32) },
                    Some((a, b)) if b - a == 2 => Tok::Date { day, month, year: Some(2000 + number(a, b) as i32) },
                    Some(_) => Tok::Bad,
                };
                out.push(tok);
                i = end;
                continue;
            }
            // «2026-10-04»
            if j - i == 4 && j < chars.len() && chars[j] == '-' && next_is_digit(j) {
                let k = digits(j + 1);
                if k - (j + 1) <= 2 && k < chars.len() && chars[k] == '-' && next_is_digit(k) {
                    let l = digits(k + 1);
                    if l - (k + 1) <= 2 {
                        out.push(Tok::Date { day: number(k + 1, l), month: number(j + 1, k), year: Some(number(i, j) as i32) });
                        i = l;
                        continue;
                    }
                }
            }
            out.push(Tok::Num(number(i, j), j - i));
            i = j;
            continue;
        }
        if c.is_alphabetic() {
            let mut j = i;
            while j < chars.len() && chars[j].is_alphabetic() {
                j += 1;
            }
            out.push(word_token(&chars[i..j].iter().collect::<String>()));
            i = j;
            continue;
        }
        match c {
            ',' | ';' | '/' | '&' | '+' => out.push(Tok::Sep),
            '\n' | '\r' | '\u{b}' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push(Tok::Break),
            '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => out.push(Tok::Dash),
            // Spaces, dots, quotes, brackets and the rest separate words and mean nothing.
            _ => {}
        }
        i += 1;
    }
    // Ordinal endings: «1-й» → 1, «2-ші» → 2, «3rd» → 3.
    let mut merged: Vec<Tok> = Vec::with_capacity(out.len());
    let mut i = 0;
    while i < out.len() {
        let t = out[i].clone();
        let numeric = matches!(t, Tok::Num(..) | Tok::Roman(_));
        merged.push(t);
        i += 1;
        if numeric {
            let suffix = |t: Option<&Tok>| matches!(t, Some(Tok::Word(w)) if NUMBER_SUFFIXES.contains(&w.as_str()));
            if suffix(out.get(i)) {
                i += 1;
            } else if out.get(i) == Some(&Tok::Dash) && suffix(out.get(i + 1)) {
                i += 2;
            }
        }
    }
    // A line break next to other punctuation adds nothing.
    let mut cleaned: Vec<Tok> = Vec::with_capacity(merged.len());
    for (i, t) in merged.iter().enumerate() {
        let punct = |t: Option<&Tok>| matches!(t, Some(Tok::Sep | Tok::Dash | Tok::Break));
        if *t == Tok::Break && (punct(cleaned.last()) || punct(merged.get(i + 1))) {
            continue;
        }
        cleaned.push(t.clone());
    }
    trim(&cleaned).to_vec()
}

/// Without leading and trailing punctuation («– октябрь;»), which means nothing.
fn trim(toks: &[Tok]) -> &[Tok] {
    let punct = |t: &Tok| matches!(t, Tok::Sep | Tok::Dash | Tok::Break);
    let lead = toks.iter().take_while(|t| punct(t)).count();
    let tail = toks[lead..].iter().rev().take_while(|t| punct(t)).count();
    &toks[lead..toks.len() - tail]
}

// ---------------------------------------------------------------------------------------------
// Frequencies: the whole year, every month, every quarter, N times

#[derive(Debug, Clone, Copy, PartialEq)]
enum Freq {
    Year,
    Monthly,
    EachQuarter,
    Times(u32),
}

#[derive(Debug, Clone, Copy)]
enum PhraseKind {
    Year,
    Monthly,
    EachQuarter,
    /// A fixed number of times.
    Times(u32),
    /// The number captured by `#` or `%`, times this.
    TimesEach(u32),
}

/// The phrases, as items separated by spaces: alternatives separated by `|`, an item ending
/// in `?` may be left out, `#` is a number in figures or words («2», «два», «екі», «two»),
/// `%` a numeral adverb («дважды», «twice»). Words are compared folded.
const PHRASES: &[(PhraseKind, &str)] = &[
    // The whole year.
    (PhraseKind::Year, "в|на? течение|течении|протяжении|продолжение всего|целого? учебного|уч|календарного|отчетного? года|году|периода"),
    (PhraseKind::Year, "весь|целый|круглый учебный|уч|календарный? год"),
    (PhraseKind::Year, "учебный|уч год"),
    (PhraseKind::Year, "круглогодично|постоянно|систематически|регулярно|периодически"),
    (PhraseKind::Year, "по мере? необходимости|надобности|потребности"),
    (PhraseKind::Year, "бүкіл|барлық|толық? оқу|күнтізбелік? жыл|жылы|жылдың|жылының бойы|бойына|бойында|ішінде|барысында|аралығында"),
    (PhraseKind::Year, "үнемі|тұрақты|жүйелі|үздіксіз|ұдайы|әрдайым түрде?"),
    (PhraseKind::Year, "мезгіл мезгіл"),
    (PhraseKind::Year, "қажеттілігіне|қажетіне|қажеттілікке|қажеттілік қарай|бойынша"),
    (PhraseKind::Year, "қажеттілігі бойынша"),
    (PhraseKind::Year, "қажетінше"),
    (PhraseKind::Year, "қажет болған|болғанда жағдайда|кезде?"),
    (PhraseKind::Year, "throughout|during|over|across|within|in the? whole|entire|full? school|academic|calendar? year"),
    (PhraseKind::Year, "all|the? whole|entire|full school|academic|calendar? year round|long?"),
    (PhraseKind::Year, "all the? school|academic|calendar? year round|long?"),
    (PhraseKind::Year, "year round|long"),
    (PhraseKind::Year, "ongoing|constantly|continuously|continually|regularly|systematically|permanently|periodically|yearlong"),
    (PhraseKind::Year, "on an|a? ongoing|regular|continuous|permanent|periodic basis"),
    (PhraseKind::Year, "as|when|if needed|necessary|required"),
    (PhraseKind::Year, "as|when the? need arises"),
    // Every month.
    (PhraseKind::Monthly, "ежемесячно|помесячно"),
    (PhraseKind::Monthly, "каждый месяц"),
    (PhraseKind::Monthly, "в? каждом месяце"),
    (PhraseKind::Monthly, "не? реже|менее? один|одного|1? раз|раза|р в|за месяц"),
    (PhraseKind::Monthly, "әр? ай сайын"),
    (PhraseKind::Monthly, "әр айда|ай"),
    (PhraseKind::Monthly, "айына|айда бір|1 рет|мәрте"),
    (PhraseKind::Monthly, "әр? ай сайын бір|1 рет|мәрте"),
    (PhraseKind::Monthly, "once? monthly"),
    (PhraseKind::Monthly, "every|each month"),
    (PhraseKind::Monthly, "once a|per|every|each month"),
    (PhraseKind::Monthly, "one|1 time a|per|every|each month"),
    (PhraseKind::Monthly, "on a monthly basis"),
    // Every quarter.
    (PhraseKind::EachQuarter, "ежеквартально|поквартально"),
    (PhraseKind::EachQuarter, "каждый|каждую квартал|четверть"),
    (PhraseKind::EachQuarter, "в? каждом|каждой квартале|четверти"),
    (PhraseKind::EachQuarter, "не? реже|менее? один|одного|1? раз|раза|р в|за квартал|кв|четверть"),
    (PhraseKind::EachQuarter, "әр? тоқсан сайын"),
    (PhraseKind::EachQuarter, "әр тоқсанда|тоқсан"),
    (PhraseKind::EachQuarter, "тоқсанына|тоқсанда бір|1 рет|мәрте"),
    (PhraseKind::EachQuarter, "әр? тоқсан сайын бір|1 рет|мәрте"),
    (PhraseKind::EachQuarter, "once? quarterly"),
    (PhraseKind::EachQuarter, "every|each quarter"),
    (PhraseKind::EachQuarter, "once a|per|every|each quarter"),
    (PhraseKind::EachQuarter, "one|1 time a|per|every|each quarter"),
    (PhraseKind::EachQuarter, "on a quarterly basis"),
    // N times.
    (
        PhraseKind::TimesEach(1),
        "не? реже|менее? # раз|раза|р в|за|на? течение|протяжении|продолжение? всего? учебный|учебного|учебном|уч|календарный|календарного|календарном? год|года|году",
    ),
    (PhraseKind::TimesEach(1), "не? реже|менее? # раз|раза|р"),
    (PhraseKind::TimesEach(1), "% в|за|на? течение|протяжении|продолжение? всего? учебный|учебного|учебном|уч|календарный|календарного|календарном? год|года|году"),
    (PhraseKind::TimesEach(1), "%"),
    (PhraseKind::Times(1), "раз в|за учебный|уч|календарный? год|году"),
    (PhraseKind::Times(1), "ежегодно"),
    (PhraseKind::TimesEach(2), "не? реже|менее? # раз|раза|р в|за полугодие|полгода|семестр"),
    (PhraseKind::TimesEach(2), "% в|за полугодие|полгода|семестр"),
    (PhraseKind::Times(2), "не? реже|менее? раз|раза в|за полугодие|полгода|семестр"),
    (PhraseKind::Times(2), "каждое полугодие|семестр"),
    (PhraseKind::Times(2), "в? каждом полугодии|семестре"),
    (PhraseKind::TimesEach(1), "оқу|күнтізбелік? жылына|жылда|жылында # рет|мәрте"),
    (PhraseKind::TimesEach(1), "# рет|мәрте жылына|жылда?"),
    (PhraseKind::TimesEach(2), "жарты жылда|жылдықта # рет|мәрте"),
    (PhraseKind::TimesEach(2), "жартыжылдықта|жартыжылдық сайын? # рет|мәрте"),
    (PhraseKind::Times(2), "жарты жыл|жылдық сайын"),
    (PhraseKind::Times(2), "жартыжылдық сайын"),
    (PhraseKind::Times(2), "әр жартыжылдықта"),
    (PhraseKind::Times(1), "жыл сайын"),
    (PhraseKind::TimesEach(1), "# time|times a|per|each|every? school|academic|calendar? year"),
    (PhraseKind::TimesEach(1), "# time|times during|throughout|over|in|within the? whole|entire? school|academic|calendar? year"),
    (PhraseKind::TimesEach(1), "# time|times"),
    (PhraseKind::TimesEach(1), "% a|per|each|every? school|academic|calendar? year"),
    (PhraseKind::TimesEach(1), "% yearly|annually"),
    (PhraseKind::TimesEach(1), "% during|throughout|over|in|within the? whole|entire? school|academic|calendar? year"),
    (PhraseKind::Times(1), "annually|yearly"),
    (PhraseKind::Times(1), "every|each year"),
    (PhraseKind::Times(2), "semi|half annually|yearly"),
    (PhraseKind::Times(2), "semiannually|halfyearly"),
    (PhraseKind::Times(2), "every six|6 months"),
    (PhraseKind::Times(2), "every|each half year"),
    (PhraseKind::Times(2), "every|each semester"),
    (PhraseKind::TimesEach(2), "# time|times a|per|every|each half year"),
    (PhraseKind::TimesEach(2), "# time|times a|per|every|each semester"),
    (PhraseKind::TimesEach(2), "% a|per|every|each half year"),
    (PhraseKind::TimesEach(2), "% a|per|every|each semester"),
    (PhraseKind::TimesEach(2), "% every six|6 months"),
];

/// A number written in words, folded: Russian (also in the genitive: «не реже двух раз»),
/// Kazakh and English.
fn number_word(w: &str) -> Option<u32> {
    const WORDS: &[(u32, &[&str])] = &[
        (1, &["один", "одна", "одного", "одной", "бир", "one"]),
        (2, &["два", "две", "двух", "еки", "two"]),
        (3, &["три", "трех", "уш", "three"]),
        (4, &["четыре", "четырех", "торт", "four"]),
        (5, &["пять", "пяти", "бес", "five"]),
        (6, &["шесть", "шести", "алты", "six"]),
        (7, &["семь", "семи", "жети", "seven"]),
        (8, &["восемь", "восьми", "сегиз", "eight"]),
        (9, &["девять", "девяти", "тогыз", "nine"]),
        (10, &["десять", "десяти", "он", "ten"]),
        (11, &["одиннадцать", "одиннадцати", "eleven"]),
        (12, &["двенадцать", "двенадцати", "twelve"]),
    ];
    WORDS.iter().find(|(_, ws)| ws.contains(&w)).map(|(n, _)| *n)
}

/// «Дважды», «twice».
fn numeral_adverb(w: &str) -> Option<u32> {
    match w {
        "однократно" | "once" => Some(1),
        "дважды" | "двукратно" | "двухкратно" | "twice" => Some(2),
        "трижды" | "трехкратно" | "thrice" => Some(3),
        "четырежды" | "четырехкратно" => Some(4),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq)]
enum FreqWord {
    Word(String),
    Num(u32),
}

/// Every way `items` can match `words` from `pos`: the end and the number captured.
fn match_items(items: &[&str], words: &[FreqWord], pos: usize, count: Option<u32>, out: &mut Vec<(usize, Option<u32>)>) {
    let Some((item, rest)) = items.split_first() else {
        out.push((pos, count));
        return;
    };
    let (alts, optional) = match item.strip_suffix('?') {
        Some(a) => (a, true),
        None => (*item, false),
    };
    if optional {
        match_items(rest, words, pos, count, out);
    }
    let Some(word) = words.get(pos) else { return };
    for alt in alts.split('|') {
        let captured = match (alt, word) {
            ("#", FreqWord::Num(n)) => Some(Some(*n)),
            ("#", FreqWord::Word(w)) => number_word(w).map(Some),
            ("%", FreqWord::Word(w)) => numeral_adverb(w).map(Some),
            (lit, FreqWord::Num(n)) => lit.parse::<u32>().ok().filter(|v| v == n).map(|_| count),
            (lit, FreqWord::Word(w)) => (fold(lit) == *w).then_some(count),
        };
        if let Some(c) = captured {
            match_items(rest, words, pos + 1, c, out);
        }
    }
}

/// The phrases that make up `words` from `pos`, or None. `dead` remembers the positions that
/// lead nowhere.
fn phrases(words: &[FreqWord], pos: usize, dead: &mut Vec<bool>) -> Option<Vec<Freq>> {
    if pos == words.len() {
        return Some(vec![]);
    }
    if dead[pos] {
        return None;
    }
    for (kind, pattern) in PHRASES {
        let items: Vec<&str> = pattern.split(' ').collect();
        let mut ends = vec![];
        match_items(&items, words, pos, None, &mut ends);
        for (end, count) in ends {
            if end == pos {
                continue;
            }
            let freq = match *kind {
                PhraseKind::Year => Freq::Year,
                PhraseKind::Monthly => Freq::Monthly,
                PhraseKind::EachQuarter => Freq::EachQuarter,
                PhraseKind::Times(n) => Freq::Times(n),
                PhraseKind::TimesEach(k) => Freq::Times(count?.saturating_mul(k)),
            };
            if let Some(mut rest) = phrases(words, end, dead) {
                rest.push(freq);
                return Some(rest);
            }
        }
    }
    dead[pos] = true;
    None
}

/// «В течение года», «ежемесячно», «раз в квартал», «2 раза в год» and their combinations.
fn frequency(toks: &[Tok], plan: PlanPeriod) -> Option<ActivityPeriod> {
    let mut found: Vec<Freq> = vec![];
    for segment in toks.split(|t| *t == Tok::Sep) {
        let words = segment
            .iter()
            .filter(|t| !matches!(t, Tok::Dash | Tok::Break))
            .map(|t| match t {
                Tok::Word(w) => Some(FreqWord::Word(w.clone())),
                Tok::Num(n, _) => Some(FreqWord::Num(*n)),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?;
        if words.is_empty() {
            continue;
        }
        found.extend(phrases(&words, 0, &mut vec![false; words.len()])?);
    }
    if found.is_empty() {
        return None;
    }
    // The whole year goes with anything; the other kinds must agree, though «ежеквартально, 4
    // раза в год» and «ежемесячно, 12 раз в год» say the same thing twice.
    let mut main: Option<Freq> = None;
    for f in found.into_iter().filter(|f| *f != Freq::Year) {
        main = match (main, f) {
            (None, f) => Some(f),
            (Some(a), b) if a == b => Some(a),
            (Some(Freq::EachQuarter), Freq::Times(4)) | (Some(Freq::Times(4)), Freq::EachQuarter) => Some(Freq::EachQuarter),
            (Some(Freq::Monthly), Freq::Times(12)) | (Some(Freq::Times(12)), Freq::Monthly) => Some(Freq::Monthly),
            _ => return None,
        };
    }
    Some(match main.unwrap_or(Freq::Year) {
        Freq::Year => ActivityPeriod::Year,
        Freq::Monthly => ActivityPeriod::Months {
            ranges: plan.months().into_iter().map(|(_, m)| MonthRange { from: m, to: m }).collect(),
        },
        Freq::EachQuarter => ActivityPeriod::Quarters { quarters: vec![1, 2, 3, 4] },
        Freq::Times(n) if (1..=TIMES_MAX).contains(&n) => ActivityPeriod::Times { count: n },
        Freq::Times(_) => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// Listed quarters and halves

const QUARTER_WORDS: &[&str] = &[
    "квартал", "квартала", "кварталы", "квартале", "кварталах", "кварталов", "кварталам", "кв", "токсан", "токсанда",
    "токсандар", "токсандарда", "токсанында", "токсаны", "токсаннын", "quarter", "quarters", "q", "qtr",
];
const HALF_WORDS: &[&str] =
    &["полугодие", "полугодии", "полугодия", "полугодиях", "жартыжылдык", "жартыжылдыкта", "жартыжылдыгы", "half", "h"];
const QUARTER_FILLERS: &[&str] = &[
    "в", "во", "на", "течение", "учебного", "календарного", "года", "in", "the", "of", "during", "year", "school",
    "academic", "calendar", "оку", "жылдын", "жылы", "ишинде", "бойы",
];

fn ordinal_word(w: &str) -> Option<u32> {
    const WORDS: &[(u32, &[&str])] = &[
        (1, &["первый", "первом", "первого", "первая", "первое", "первую", "биринши", "first"]),
        (2, &["второй", "втором", "второго", "вторая", "второе", "вторую", "екинши", "second"]),
        (3, &["третий", "третьем", "третьего", "третья", "третье", "третью", "ушинши", "third"]),
        (4, &["четвертый", "четвертом", "четвертого", "четвертая", "тортинши", "fourth"]),
    ];
    WORDS.iter().find(|(_, ws)| ws.contains(&w)).map(|(n, _)| *n)
}

/// «I квартал», «II–III квартал», «I, III кварталы», «2-тоқсан», «Q2», «I полугодие».
fn listed_quarters(toks: &[Tok]) -> Option<ActivityPeriod> {
    #[derive(Clone, Copy, PartialEq)]
    enum Q {
        N(u32),
        Quarter,
        Half,
        Sep,
        Dash,
    }
    let mut qs = vec![];
    for t in toks {
        qs.push(match t {
            Tok::Roman(n) => Q::N(*n),
            Tok::Num(n, len) if *len <= 2 => Q::N(*n),
            Tok::Sep => Q::Sep,
            Tok::Dash => Q::Dash,
            Tok::Break => continue,
            Tok::Word(w) if QUARTER_WORDS.contains(&w.as_str()) => Q::Quarter,
            Tok::Word(w) if HALF_WORDS.contains(&w.as_str()) => Q::Half,
            Tok::Word(w) if QUARTER_FILLERS.contains(&w.as_str()) => continue,
            Tok::Word(w) => Q::N(ordinal_word(w)?),
            _ => return None,
        });
    }
    let quarter = qs.contains(&Q::Quarter);
    let half = qs.contains(&Q::Half);
    if quarter == half {
        return None;
    }
    // A dash before the word is a Kazakh ordinal («2-тоқсан»), unless a number follows the
    // word («Q1–Q2»); then the word goes.
    let mut seq = vec![];
    for (i, q) in qs.iter().enumerate() {
        match q {
            Q::Dash if matches!(qs.get(i + 1), Some(Q::Quarter | Q::Half)) => {
                if matches!(qs.get(i + 2), Some(Q::N(_))) {
                    seq.push(Q::Dash);
                }
            }
            Q::Quarter | Q::Half => {}
            q => seq.push(*q),
        }
    }
    let mut out: Vec<u32> = vec![];
    let mut range_from: Option<u32> = None;
    let mut expect_number = true;
    for q in seq {
        match q {
            Q::N(n) if expect_number => {
                match range_from.take() {
                    Some(a) if a < n => out.extend(a + 1..=n),
                    Some(_) => return None,
                    None => out.push(n),
                }
                expect_number = false;
            }
            Q::Sep if !expect_number => expect_number = true,
            Q::Dash if !expect_number && range_from.is_none() => {
                range_from = out.last().copied();
                expect_number = true;
            }
            _ => return None,
        }
    }
    if expect_number {
        return None;
    }
    let max = if half { 2 } else { 4 };
    if out.iter().any(|n| !(1..=max).contains(n)) {
        return None;
    }
    let mut quarters: Vec<u32> = if half { out.iter().flat_map(|h| [2 * h - 1, 2 * h]).collect() } else { out };
    quarters.sort_unstable();
    quarters.dedup();
    Some(ActivityPeriod::Quarters { quarters })
}

// ---------------------------------------------------------------------------------------------
// Months and dates

/// The month a word names, folded, and whether it is a Kazakh ablative («қазаннан», from
/// October). Only whole words in known forms: «марафон», «майский», «Казань» are not months.
fn month_of(w: &str) -> Option<(u32, bool)> {
    // Russian stems with their case endings.
    const RU_SOFT: &[(&str, u32)] = &[
        ("январ", 1),
        ("феврал", 2),
        ("апрел", 4),
        ("июн", 6),
        ("июл", 7),
        ("сентябр", 9),
        ("октябр", 10),
        ("ноябр", 11),
        ("декабр", 12),
    ];
    const RU_HARD: &[(&str, u32)] = &[("март", 3), ("август", 8)];
    const RU_ABBR: &[(&str, u32)] = &[
        ("янв", 1),
        ("фев", 2),
        ("февр", 2),
        ("мар", 3),
        ("апр", 4),
        ("июн", 6),
        ("июл", 7),
        ("авг", 8),
        ("сен", 9),
        ("сент", 9),
        ("окт", 10),
        ("ноя", 11),
        ("нояб", 11),
        ("дек", 12),
    ];
    // Kazakh months (folded) with the endings vowel harmony gives them: locative, ablative,
    // dative, genitive.
    const KK: &[(&str, u32, [&str; 4])] = &[
        ("кантар", 1, ["да", "дан", "га", "дын"]),
        ("акпан", 2, ["да", "нан", "га", "нын"]),
        ("наурыз", 3, ["да", "дан", "га", "дын"]),
        ("сауир", 4, ["де", "ден", "ге", "дин"]),
        ("мамыр", 5, ["да", "дан", "га", "дын"]),
        ("маусым", 6, ["да", "нан", "га", "нын"]),
        ("шилде", 7, ["де", "ден", "ге", "нин"]),
        ("тамыз", 8, ["да", "дан", "га", "дын"]),
        ("кыркуйек", 9, ["те", "тен", "ке", "тин"]),
        ("казан", 10, ["да", "нан", "га", "нын"]),
        ("караша", 11, ["да", "дан", "га", "нын"]),
        ("желтоксан", 12, ["да", "нан", "га", "нын"]),
    ];
    const EN: [&str; 12] =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    const EN_ABBR: &[(&str, u32)] = &[
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ];
    let ending = |stem: &str, endings: &[&str]| w.strip_prefix(stem).is_some_and(|e| endings.contains(&e));
    for (stem, m) in RU_SOFT {
        if ending(stem, &["ь", "я", "е", "ю", "ем"]) {
            return Some((*m, false));
        }
    }
    for (stem, m) in RU_HARD {
        if ending(stem, &["", "а", "е", "у", "ом"]) {
            return Some((*m, false));
        }
    }
    if ending("ма", &["й", "я", "е", "ю", "ем"]) {
        return Some((5, false));
    }
    for (stem, m, [loc, abl, dat, gen]) in KK {
        if let Some(e) = w.strip_prefix(stem) {
            if [*loc, *dat, *gen, ""].contains(&e) {
                return Some((*m, false));
            }
            if e == *abl {
                return Some((*m, true));
            }
        }
    }
    if let Some(i) = EN.iter().position(|n| *n == w) {
        return Some((i as u32 + 1, false));
    }
    RU_ABBR.iter().chain(EN_ABBR).find(|(a, _)| *a == w).map(|(_, m)| (*m, false))
}

/// Words around months that mean nothing by themselves: «в октябре», «октябрь месяц»,
/// «қазан айы», «in October».
const MONTH_FILLERS: &[&str] = &[
    "в", "во", "на", "течение", "течении", "протяжении", "месяц", "месяца", "месяце", "месяцы", "месяцах", "месяцев", "мес",
    "ай", "айы", "айына", "айында", "айда", "айлары", "айларында", "бойы", "бойына", "ишинде", "аралыгында", "дейин", "in", "during",
    "of", "the", "month", "months", "throughout", "on",
];
/// Words that may follow a year: «2026 г.», «2026 ж.», «2026 жылғы».
const YEAR_WORDS: &[&str] = &["г", "гг", "год", "года", "году", "ж", "жыл", "жылы", "жылгы", "жылдын", "year"];

#[derive(Debug, Clone, Copy, PartialEq)]
enum C {
    /// A month; true for a Kazakh ablative, which begins a run.
    Month(u32, bool),
    Num(u32, usize),
    Date(u32, u32, Option<i32>),
    Sep,
    Dash,
    From,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Point {
    Month(u32, Option<i32>),
    Day(u32, u32, Option<i32>),
}

fn is_year(c: Option<&C>) -> bool {
    matches!(c, Some(C::Num(_, 4)))
}

fn is_day(c: Option<&C>) -> bool {
    matches!(c, Some(C::Num(d, len)) if *len <= 2 && (1..=31).contains(d))
}

/// One month or day with its year, if written: «октябрь», «4 октября 2026», «2026 жылғы 4
/// қазан», «October 4, 2026», «04.10».
fn point(cs: &[C], i: &mut usize) -> Option<Point> {
    let mut year_before = None;
    if is_year(cs.get(*i))
        && (matches!(cs.get(*i + 1), Some(C::Month(..))) || (is_day(cs.get(*i + 1)) && matches!(cs.get(*i + 2), Some(C::Month(..)))))
    {
        let Some(C::Num(y, _)) = cs.get(*i) else { return None };
        year_before = Some(*y as i32);
        *i += 1;
    }
    let p = match (cs.get(*i), cs.get(*i + 1)) {
        (Some(C::Date(d, m, y)), _) => {
            *i += 1;
            Point::Day(*d, *m, *y)
        }
        (Some(C::Num(d, _)), Some(C::Month(m, false))) if is_day(cs.get(*i)) => {
            *i += 2;
            Point::Day(*d, *m, None)
        }
        (Some(C::Month(m, abl)), next) => {
            *i += 1;
            match next {
                Some(C::Num(d, _)) if !abl && is_day(next) => {
                    *i += 1;
                    // «October 4, 2026»
                    if cs.get(*i) == Some(&C::Sep)
                        && is_year(cs.get(*i + 1))
                        && !matches!(cs.get(*i + 2), Some(C::Month(..) | C::Num(..)))
                    {
                        *i += 1;
                    }
                    Point::Day(*d, *m, None)
                }
                _ => Point::Month(*m, None),
            }
        }
        _ => return None,
    };
    let year_after = match cs.get(*i) {
        Some(C::Num(y, 4)) => {
            *i += 1;
            Some(*y as i32)
        }
        _ => None,
    };
    let year = match (year_before, year_after) {
        (Some(_), Some(_)) => return None,
        (a, b) => a.or(b),
    };
    Some(match p {
        Point::Day(_, _, Some(_)) if year.is_some() => return None,
        Point::Day(d, m, y) => Point::Day(d, m, y.or(year)),
        Point::Month(m, _) => Point::Month(m, year),
    })
}

enum Item {
    Run(MonthRange),
    Date(NaiveDate),
}

/// «Октябрь», «Декабрь–январь», «Сентябрь, май», «04.10.2026, 05.10.2026», «4 октября».
fn calendar(toks: &[Tok], plan: PlanPeriod) -> Option<ActivityPeriod> {
    let mut cs: Vec<C> = vec![];
    for (k, t) in toks.iter().enumerate() {
        let after_year = matches!(cs.last(), Some(C::Num(_, 4) | C::Date(_, _, Some(_))));
        cs.push(match t {
            Tok::Word(w) => match w.as_str() {
                "с" | "со" | "from" => C::From,
                "по" | "до" | "to" | "till" | "until" | "through" | "thru" => C::Dash,
                // «қазан айынан желтоқсан айына дейін»
                "айынан" => C::Dash,
                w if YEAR_WORDS.contains(&w) && after_year => continue,
                w if MONTH_FILLERS.contains(&w) => continue,
                w => {
                    let (m, abl) = month_of(w)?;
                    C::Month(m, abl)
                }
            },
            Tok::Num(n, len) => C::Num(*n, *len),
            Tok::Date { day, month, year } => C::Date(*day, *month, *year),
            Tok::Sep => C::Sep,
            Tok::Dash => C::Dash,
            // «Октябрь\nМай» is a list; «Октябрь\n2026 г.» is one month.
            Tok::Break if matches!(toks.get(k + 1), Some(Tok::Num(_, 4))) => continue,
            Tok::Break => C::Sep,
            Tok::Roman(_) | Tok::Bad => return None,
        });
    }
    let month_in_plan = |m: u32, y: Option<i32>| y.is_none_or(|y| plan.year_of_month(m) == y);
    let day_in_plan = |d: u32, m: u32, y: Option<i32>| {
        NaiveDate::from_ymd_opt(y.unwrap_or_else(|| plan.year_of_month(m)), m, d).filter(|d| plan.contains(*d))
    };
    let mut items = vec![];
    let mut i = 0;
    while i < cs.len() {
        if cs[i] == C::Sep {
            i += 1;
            continue;
        }
        let from = cs[i] == C::From;
        if from {
            i += 1;
        }
        let first = point(&cs, &mut i)?;
        let mut run = matches!(first, Point::Month(..)) && i > 0 && matches!(cs[i - 1], C::Month(_, true));
        if cs.get(i) == Some(&C::Dash) {
            i += 1;
            run = true;
        }
        if from && !run {
            return None;
        }
        let item = if run {
            match (first, point(&cs, &mut i)?) {
                (Point::Month(a, ya), Point::Month(b, yb)) if month_in_plan(a, ya) && month_in_plan(b, yb) => {
                    Item::Run(MonthRange { from: a, to: b })
                }
                _ => return None,
            }
        } else {
            match first {
                Point::Month(m, y) if month_in_plan(m, y) => Item::Run(MonthRange { from: m, to: m }),
                Point::Day(d, m, y) => Item::Date(day_in_plan(d, m, y)?),
                _ => return None,
            }
        };
        items.push(item);
        match cs.get(i) {
            None | Some(C::Sep) => {}
            _ => return None,
        }
    }
    if items.iter().all(|it| matches!(it, Item::Run(_))) {
        let mut ranges: Vec<MonthRange> = vec![];
        for it in items {
            if let Item::Run(r) = it {
                if !ranges.contains(&r) {
                    ranges.push(r);
                }
            }
        }
        (!ranges.is_empty() && ranges.len() <= 12).then_some(ActivityPeriod::Months { ranges })
    } else if items.iter().all(|it| matches!(it, Item::Date(_))) {
        let mut dates: Vec<String> =
            items.iter().filter_map(|it| if let Item::Date(d) = it { Some(d.format("%Y-%m-%d").to_string()) } else { None }).collect();
        dates.sort();
        dates.dedup();
        (dates.len() <= DATES_MAX).then_some(ActivityPeriod::Dates { dates })
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------------
// A count with what it counts

/// «2 раза в год (октябрь, апрель)», «I, III квартал — 2 раза в год»: a number of times
/// together with as many months, quarters or dates; those are what is meant.
fn explained_count(toks: &[Tok], plan: PlanPeriod) -> Option<ActivityPeriod> {
    for k in 1..toks.len() {
        let (a, b) = (trim(&toks[..k]), trim(&toks[k..]));
        if a.is_empty() || b.is_empty() {
            continue;
        }
        for (count, list) in [(a, b), (b, a)] {
            let Some(ActivityPeriod::Times { count }) = frequency(count, plan) else { continue };
            let list = listed_quarters(list).or_else(|| calendar(list, plan));
            let n = match &list {
                Some(ActivityPeriod::Quarters { quarters }) => quarters.len(),
                Some(ActivityPeriod::Months { ranges }) => ranges.len(),
                Some(ActivityPeriod::Dates { dates }) => dates.len(),
                _ => continue,
            };
            if n == count as usize {
                return list;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn school() -> PlanPeriod {
        PlanPeriod::school(2026)
    }

    fn calendar_year() -> PlanPeriod {
        PlanPeriod::calendar(2026)
    }

    fn year() -> Option<ActivityPeriod> {
        Some(ActivityPeriod::Year)
    }

    fn times(count: u32) -> Option<ActivityPeriod> {
        Some(ActivityPeriod::Times { count })
    }

    fn quarters(q: &[u32]) -> Option<ActivityPeriod> {
        Some(ActivityPeriod::Quarters { quarters: q.to_vec() })
    }

    fn months(runs: &[(u32, u32)]) -> Option<ActivityPeriod> {
        Some(ActivityPeriod::Months { ranges: runs.iter().map(|&(from, to)| MonthRange { from, to }).collect() })
    }

    fn single(ms: &[u32]) -> Option<ActivityPeriod> {
        months(&ms.iter().map(|&m| (m, m)).collect::<Vec<_>>())
    }

    fn dates(ds: &[&str]) -> Option<ActivityPeriod> {
        Some(ActivityPeriod::Dates { dates: ds.iter().map(|d| d.to_string()).collect() })
    }

    fn school_months() -> Option<ActivityPeriod> {
        single(&[9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8])
    }

    fn expect(plan: PlanPeriod, cases: &[(&str, Option<ActivityPeriod>)]) {
        let mut wrong = vec![];
        for (text, want) in cases {
            let got = parse_period(text, plan);
            if got != *want {
                wrong.push(format!("{text:?}: got {got:?}, want {want:?}"));
            }
            if let Some(p) = &got {
                assert!(p.check(plan).is_ok(), "{text:?} gave an ill-formed {p:?}");
            }
        }
        assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
    }

    #[test]
    fn the_whole_year() {
        expect(
            school(),
            &[
                ("В течение года", year()),
                ("в течение учебного года", year()),
                ("В течении всего учебного года.", year()),
                ("  в   ТЕЧЕНИЕ\u{a0}года  ", year()),
                ("На протяжении учебного года", year()),
                ("Весь год", year()),
                ("Постоянно", year()),
                ("систематически", year()),
                ("регулярно", year()),
                ("По мере необходимости", year()),
                ("В течение года, по мере необходимости", year()),
                ("постоянно в течение года;", year()),
                ("Жыл бойы", year()),
                ("оқу жылы бойы", year()),
                ("Оқу жылы ішінде", year()),
                ("жыл бойына", year()),
                ("Тұрақты түрде", year()),
                ("қажеттілігіне қарай", year()),
                ("Жыл бойы, қажет болған жағдайда", year()),
                ("Throughout the year", year()),
                ("throughout the school year", year()),
                ("all year", year()),
                ("All year round", year()),
                ("year-round", year()),
                ("During the academic year", year()),
                ("ongoing", year()),
                ("As needed", year()),
            ],
        );
    }

    #[test]
    fn every_month_in_the_plans_order() {
        expect(
            school(),
            &[
                ("Ежемесячно", school_months()),
                ("каждый месяц", school_months()),
                ("1 раз в месяц", school_months()),
                ("Один раз в месяц", school_months()),
                ("Ежемесячно в течение года", school_months()),
                ("Ай сайын", school_months()),
                ("айына бір рет", school_months()),
                ("ай сайын, жыл бойы", school_months()),
                ("Monthly", school_months()),
                ("once a month", school_months()),
                ("every month", school_months()),
            ],
        );
        expect(calendar_year(), &[("ежемесячно", single(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])), ("ай сайын", single(&(1..=12).collect::<Vec<_>>()))]);
    }

    #[test]
    fn every_quarter() {
        let all = quarters(&[1, 2, 3, 4]);
        expect(
            school(),
            &[
                ("Один раз в квартал", all.clone()),
                ("ежеквартально", all.clone()),
                ("раз в квартал", all.clone()),
                ("1 раз в квартал", all.clone()),
                ("1 р. в квартал", all.clone()),
                ("не реже 1 раза в квартал", all.clone()),
                ("Ежеквартально (4 раза в год)", all.clone()),
                ("каждую четверть", all.clone()),
                ("Тоқсанына бір рет", all.clone()),
                ("тоқсан сайын", all.clone()),
                ("әр тоқсанда", all.clone()),
                ("Quarterly", all.clone()),
                ("once a quarter", all.clone()),
                ("Every quarter", all.clone()),
            ],
        );
    }

    #[test]
    fn listed_quarters_and_halves() {
        expect(
            school(),
            &[
                ("I квартал", quarters(&[1])),
                ("II-III квартал", quarters(&[2, 3])),
                ("II–III квартал", quarters(&[2, 3])),
                ("1 квартал", quarters(&[1])),
                ("I, III кварталы", quarters(&[1, 3])),
                ("I и III кварталы", quarters(&[1, 3])),
                ("в IV квартале", quarters(&[4])),
                ("1-й квартал", quarters(&[1])),
                ("III, I кв.", quarters(&[1, 3])),
                ("I-IV квартал", quarters(&[1, 2, 3, 4])),
                ("во втором квартале", quarters(&[2])),
                ("II тоқсан", quarters(&[2])),
                ("ІІ тоқсан", quarters(&[2])),
                ("2-тоқсан", quarters(&[2])),
                ("III тоқсанда", quarters(&[3])),
                ("I, II тоқсандар", quarters(&[1, 2])),
                ("Q2", quarters(&[2])),
                ("Q1–Q2", quarters(&[1, 2])),
                ("quarter 3", quarters(&[3])),
                ("Quarters I, III", quarters(&[1, 3])),
                ("first and third quarters", quarters(&[1, 3])),
                ("3rd quarter", quarters(&[3])),
                ("I полугодие", quarters(&[1, 2])),
                ("2 полугодие", quarters(&[3, 4])),
                ("II жартыжылдық", quarters(&[3, 4])),
            ],
        );
    }

    #[test]
    fn a_number_of_times() {
        expect(
            school(),
            &[
                ("2 раза в год", times(2)),
                ("1 раз в год", times(1)),
                ("5 раз в год", times(5)),
                ("Дважды в год", times(2)),
                ("раз в полугодие", times(2)),
                ("1 раз в полугодие", times(2)),
                ("2 раза в полугодие", times(4)),
                ("раз в семестр", times(2)),
                ("each semester", times(2)),
                ("2-х раз в год", times(2)),
                ("не менее 3 раз в год", times(3)),
                ("3 раза в учебный год", times(3)),
                ("не реже двух раз в год", times(2)),
                ("5 раз в течение учебного года", times(5)),
                ("2 р. в год", times(2)),
                ("ежегодно", times(1)),
                ("2 раза", times(2)),
                ("в течение года 2 раза", times(2)),
                ("жылына 2 рет", times(2)),
                ("Жылына екі рет", times(2)),
                ("жылына бір рет", times(1)),
                ("жарты жылда бір рет", times(2)),
                ("Жыл бойы 3 рет", times(3)),
                ("twice a year", times(2)),
                ("3 times a year", times(3)),
                ("once a year", times(1)),
                ("Three times per year.", times(3)),
                ("every six months", times(2)),
                ("366 раз в год", times(366)),
            ],
        );
    }

    #[test]
    fn months_and_runs_of_months() {
        expect(
            school(),
            &[
                ("Октябрь", single(&[10])),
                ("октябрь", single(&[10])),
                ("ОКТЯБРЬ.", single(&[10])),
                ("в октябре", single(&[10])),
                ("октября", single(&[10])),
                ("в марте", single(&[3])),
                ("в мае", single(&[5])),
                ("Декабрь–январь", months(&[(12, 1)])),
                ("Декабрь - январь", months(&[(12, 1)])),
                ("декабрь—январь", months(&[(12, 1)])),
                ("Сентябрь, май", single(&[9, 5])),
                ("сентябрь и май", single(&[9, 5])),
                ("сентябрь-октябрь, апрель", months(&[(9, 10), (4, 4)])),
                ("с октября по декабрь", months(&[(10, 12)])),
                ("сент.", single(&[9])),
                ("июн., июл.", single(&[6, 7])),
                ("Сентябрь–май", months(&[(9, 5)])),
                ("окт., нояб.", single(&[10, 11])),
                ("Октябрь 2026 г.", single(&[10])),
                ("май 2027 года", single(&[5])),
                ("Декабрь 2026 – январь 2027", months(&[(12, 1)])),
                ("октябрь месяц", single(&[10])),
                ("Oктябрь", single(&[10])),
                ("Қазан", single(&[10])),
                ("қазанда", single(&[10])),
                ("қыркүйек айы", single(&[9])),
                ("Қыркүйек, мамыр", single(&[9, 5])),
                ("мамыр", single(&[5])),
                ("маусым", single(&[6])),
                ("Желтоқсан–қаңтар", months(&[(12, 1)])),
                ("қазаннан желтоқсанға дейін", months(&[(10, 12)])),
                ("қазан айынан желтоқсан айына дейін", months(&[(10, 12)])),
                ("казан, караша", single(&[10, 11])),
                ("2026 жылғы қазан", single(&[10])),
                ("October", single(&[10])),
                ("Oct", single(&[10])),
                ("Sept, May", single(&[9, 5])),
                ("in March", single(&[3])),
                ("December–January", months(&[(12, 1)])),
                ("from October to December", months(&[(10, 12)])),
                ("Мар.", single(&[3])),
            ],
        );
        expect(calendar_year(), &[("Декабрь–январь", months(&[(12, 1)])), ("октябрь 2026", single(&[10]))]);
    }

    #[test]
    fn dates_within_the_plan() {
        expect(
            school(),
            &[
                ("04.10.2026", dates(&["2026-10-04"])),
                ("4.10.26", dates(&["2026-10-04"])),
                ("04.10", dates(&["2026-10-04"])),
                ("15.03", dates(&["2027-03-15"])),
                ("04.10.2026 г.", dates(&["2026-10-04"])),
                ("15.03.2027, 04.10.2026", dates(&["2026-10-04", "2027-03-15"])),
                ("04.10.2026 и 05.10.2026", dates(&["2026-10-04", "2026-10-05"])),
                ("4.10 және 5.10", dates(&["2026-10-04", "2026-10-05"])),
                ("4.10 and 5.10", dates(&["2026-10-04", "2026-10-05"])),
                ("4 октября", dates(&["2026-10-04"])),
                ("«4» октября 2026 г.", dates(&["2026-10-04"])),
                ("4 қазан", dates(&["2026-10-04"])),
                ("2027 жылғы 8 наурыз", dates(&["2027-03-08"])),
                ("October 4, 2026", dates(&["2026-10-04"])),
                ("4 October 2026", dates(&["2026-10-04"])),
                ("2026-10-04", dates(&["2026-10-04"])),
                ("31.08.2027", dates(&["2027-08-31"])),
                ("01.09.2026", dates(&["2026-09-01"])),
                // Outside the plan, or no such day.
                ("04.10.2025", None),
                ("01.09.2027", None),
                ("30.02", None),
                ("4.13.2026", None),
                ("04.10.202", None),
                ("4 октября 2027", None),
            ],
        );
        expect(
            calendar_year(),
            &[
                ("04.10", dates(&["2026-10-04"])),
                ("15.03", dates(&["2026-03-15"])),
                ("01.09.2027", None),
                ("29.02", None),
            ],
        );
    }

    #[test]
    fn line_breaks_inside_a_cell() {
        expect(
            school(),
            &[
                ("Октябрь\nМай", single(&[10, 5])),
                ("Октябрь\u{b}Май", single(&[10, 5])),
                ("Октябрь,\r\nмай", single(&[10, 5])),
                ("Декабрь –\nянварь", months(&[(12, 1)])),
                ("Октябрь\n2026 г.", single(&[10])),
                ("04.10.2026\n15.03.2027", dates(&["2026-10-04", "2027-03-15"])),
                ("В течение\nучебного года", year()),
                ("2 раза\nв год", times(2)),
                ("II\nквартал", quarters(&[2])),
                ("\nОктябрь\n", single(&[10])),
            ],
        );
    }

    #[test]
    fn a_count_with_what_it_counts() {
        expect(
            school(),
            &[
                ("2 раза в год (октябрь, апрель)", single(&[10, 4])),
                ("2 раза в год: октябрь, апрель", single(&[10, 4])),
                ("Октябрь, апрель (2 раза в год)", single(&[10, 4])),
                ("1 раз в год (декабрь–январь)", months(&[(12, 1)])),
                ("Жылына 2 рет (қазан, сәуір)", single(&[10, 4])),
                ("twice a year: October and April", single(&[10, 4])),
                ("2 раза в год (I, III квартал)", quarters(&[1, 3])),
                ("2 раза в год (04.10, 15.03)", dates(&["2026-10-04", "2027-03-15"])),
                // The count does not match the list: the importer asks.
                ("3 раза в год (октябрь, апрель)", None),
                ("2 раза в год (октябрь)", None),
                ("В течение года (октябрь)", None),
            ],
        );
    }

    #[test]
    fn what_is_not_read() {
        expect(
            school(),
            &[
                ("", None),
                ("   ", None),
                (" - ", None),
                (",,,", None),
                ("по согласованию", None),
                ("По плану школы", None),
                ("по запросу", None),
                ("Октябрь, по согласованию", None),
                ("Октябрь (2 неделя)", None),
                ("В течение года, октябрь", None),
                ("2 раза в год, ежеквартально", None),
                ("марафон", None),
                ("майский", None),
                ("Казань", None),
                ("в Казани", None),
                ("казанка", None),
                ("мартовский", None),
                ("еженедельно", None),
                ("ежедневно", None),
                ("2 раза в месяц", None),
                ("раз в два года", None),
                ("1-2 раза в год", None),
                ("0 раз в год", None),
                ("1000 раз в год", None),
                ("V квартал", None),
                ("5 квартал", None),
                ("IV-II квартал", None),
                ("III полугодие", None),
                ("I четверть", None),
                ("с октября", None),
                ("до 15 октября", None),
                ("Октябрь 2027", None),
                ("2026-2027 учебный год", None),
                ("год", None),
                ("октябрь года", None),
                ("04.10–10.10", None),
                ("Октябрь, 15.03", None),
                ("quarter", None),
                ("II", None),
                ("2026", None),
                ("a year", None),
            ],
        );
        assert_eq!(parse_period(&"октябрь, ".repeat(200), school()), None);
    }

    #[test]
    fn labels_in_each_language() {
        let label = |lang, p: Option<ActivityPeriod>| period_label(lang, &p.unwrap());
        assert_eq!(label(Lang::Ru, year()), "В течение года");
        assert_eq!(label(Lang::Kk, year()), "Жыл бойы");
        assert_eq!(label(Lang::En, year()), "Throughout the year");
        assert_eq!(label(Lang::Ru, times(1)), "1 раз в год");
        assert_eq!(label(Lang::Ru, times(2)), "2 раза в год");
        assert_eq!(label(Lang::Ru, times(5)), "5 раз в год");
        assert_eq!(label(Lang::Ru, times(21)), "21 раз в год");
        assert_eq!(label(Lang::Ru, times(22)), "22 раза в год");
        assert_eq!(label(Lang::Kk, times(2)), "Жылына 2 рет");
        assert_eq!(label(Lang::En, times(1)), "Once a year");
        assert_eq!(label(Lang::En, times(2)), "Twice a year");
        assert_eq!(label(Lang::En, times(3)), "3 times a year");
        assert_eq!(label(Lang::Ru, quarters(&[1, 2, 3, 4])), "Один раз в квартал");
        assert_eq!(label(Lang::Kk, quarters(&[1, 2, 3, 4])), "Тоқсанына бір рет");
        assert_eq!(label(Lang::En, quarters(&[1, 2, 3, 4])), "Once a quarter");
        assert_eq!(label(Lang::Ru, quarters(&[2])), "II квартал");
        assert_eq!(label(Lang::Ru, quarters(&[1, 3])), "I, III кварталы");
        assert_eq!(label(Lang::Kk, quarters(&[1, 3])), "I, III тоқсан");
        assert_eq!(label(Lang::En, quarters(&[2])), "Quarter II");
        assert_eq!(label(Lang::En, quarters(&[1, 3])), "Quarters I, III");
        // Four quarters that are not all four are not «every quarter».
        assert_eq!(label(Lang::Ru, quarters(&[1, 1, 2, 3])), "I, I, II, III кварталы");
        assert_eq!(label(Lang::Ru, months(&[(12, 1)])), "Декабрь–январь");
        assert_eq!(label(Lang::Ru, single(&[9, 5])), "Сентябрь, май");
        assert_eq!(label(Lang::Ru, months(&[(9, 10), (4, 5)])), "Сентябрь–октябрь, апрель–май");
        assert_eq!(label(Lang::Kk, months(&[(9, 10), (4, 4)])), "Қыркүйек–қазан, сәуір");
        assert_eq!(label(Lang::Kk, months(&[(12, 1)])), "Желтоқсан–қаңтар");
        assert_eq!(label(Lang::En, months(&[(9, 9), (12, 1)])), "September, December–January");
        assert_eq!(label(Lang::Ru, dates(&["2026-10-04", "2027-03-15"])), "04.10.2026, 15.03.2027");
    }

    /// Every period the editor can produce, in its stored form (quarters and dates sorted).
    fn all_periods(plan: PlanPeriod) -> Vec<ActivityPeriod> {
        let mut out = vec![ActivityPeriod::Year];
        out.extend((1..=TIMES_MAX).map(|count| ActivityPeriod::Times { count }));
        for mask in 1u32..16 {
            out.push(ActivityPeriod::Quarters { quarters: (1..=4).filter(|q| mask & (1 << (q - 1)) != 0).collect() });
        }
        for from in 1..=12 {
            for to in 1..=12 {
                out.push(ActivityPeriod::Months { ranges: vec![MonthRange { from, to }] });
                if from != to {
                    out.push(ActivityPeriod::Months { ranges: vec![MonthRange { from, to: from }, MonthRange { from: to, to }] });
                }
            }
        }
        let order: Vec<u32> = plan.months().into_iter().map(|(_, m)| m).collect();
        out.push(ActivityPeriod::Months { ranges: order.iter().map(|&m| MonthRange { from: m, to: m }).collect() });
        out.push(ActivityPeriod::Months {
            ranges: vec![MonthRange { from: 9, to: 10 }, MonthRange { from: 4, to: 4 }, MonthRange { from: 12, to: 2 }],
        });
        out.push(ActivityPeriod::Months {
            ranges: vec![MonthRange { from: 3, to: 3 }, MonthRange { from: 11, to: 12 }, MonthRange { from: 6, to: 8 }],
        });
        let mut day = plan.first_day();
        let mut several = vec![];
        while day <= plan.last_day() {
            out.push(ActivityPeriod::Dates { dates: vec![day.format("%Y-%m-%d").to_string()] });
            several.push(day.format("%Y-%m-%d").to_string());
            day = day + chrono::Days::new(37);
        }
        out.push(ActivityPeriod::Dates { dates: several });
        out.push(ActivityPeriod::Dates { dates: vec![plan.first_day().to_string(), plan.last_day().to_string()] });
        out
    }

    #[test]
    fn every_label_reads_back_in_every_language() {
        for plan in [school(), calendar_year(), PlanPeriod::school(2027), PlanPeriod::calendar(2028)] {
            for p in all_periods(plan) {
                assert!(p.check(plan).is_ok(), "{p:?}");
                for lang in Lang::ALL {
                    let label = period_label(lang, &p);
                    assert_eq!(parse_period(&label, plan), Some(p.clone()), "{lang:?} {label:?} in {}", plan.code());
                    // As typed in a table: another case, a dot at the end.
                    let loud = format!("{}.", label.to_uppercase());
                    assert_eq!(parse_period(&loud, plan), Some(p.clone()), "{lang:?} {loud:?} in {}", plan.code());
                }
            }
        }
    }
}
