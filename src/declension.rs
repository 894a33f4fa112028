//! Declension of a person's full name for certificates and letters of thanks: «награждается»
//! takes the nominative, but «выражает благодарность» needs the dative (Ивановой Марии
//! Петровне) and many orders and registers need the genitive (Иванова Сергея Петровича).
//!
//! This module is pure text: no storage, no I/O, no user-visible messages. What it returns is
//! a suggestion that the coordinator can always correct by hand, so every rule here prefers
//! leaving a word as it is to guessing: a name printed in the nominative is a small flaw, a
//! mangled name on a certificate is an insult. In particular Kazakh names are never changed
//! beyond a Russian case ending, and Kazakh letters (ә ғ қ ң ө ұ ү һ і) are kept exactly.
//!
//! The rules follow Розенталь («Справочник по правописанию и литературной правке») and
//! Калакуцкая («Фамилии. Имена. Отчества. Написание и склонение»), as quoted by the Грамота.ру
//! help desk. Where the references disagree we decided, as follows:
//! - the fleeting vowel of a surname is kept (Кравец → Кравеца, Заяц → Заяца), as Розенталь
//!   advises for documents, so that the nominative can be told back from the printed form;
//!   only surnames in -ёнок/-онок lose it (Лучёнок → Лучёнка), which Розенталь lists as the
//!   exception. Given names lose it as they always do (Лев → Льва, Павел → Павла, Пётр → Петра);
//! - women's given names ending in a consonant, soft sign included, stay as they are
//!   (Айгуль, Асель, Нинель, Кэтрин), with Калакуцкая; only Любовь and the traditionally
//!   declined biblical names (Рахиль, Юдифь …) take -и. Суперанская would decline Айгуль and
//!   Асель, and Грамота.ру leaves the choice to the bearer: that is what the manual override is for;
//! - surnames in -ия decline (Берия → Берии), with Калакуцкая and Суперанская; those in -иа and
//!   other vowel + а stay (Гулиа);
//! - the first part of a hyphenated given name stays when it ends in a consonant (Жан-Поля,
//!   Касым-Жомарта), as in established usage; a first part in -а/-я declines (Анны-Марии);
//! - stress is not written, so surnames with a stressed final -а/-я decline unless they are in
//!   the short list of well-known French ones (Дюма, Золя …); the rest need the manual override.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The grammatical gender that decides how a surname and a given name decline: the same
/// Мельник declines for a man and does not for a woman.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Female,
    Male,
}

/// The cases documents need: the nominative after «награждается», the dative after
/// «выражает благодарность», the genitive in orders («о награждении Иванова Сергея …»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Case {
    Nominative,
    Genitive,
    Dative,
}

/// A person's name in its three parts, because each part declines by its own rules. Any part
/// may be empty (many Kazakh names have no patronymic).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FullName {
    pub surname: String,
    pub given: String,
    pub patronymic: String,
}

/// Declines each part of the name. Words that are not wholly Cyrillic (Latin names, initials
/// with a full stop) and words no rule is sure of are returned as written, so the result is
/// always safe to print and at worst needs a manual correction.
pub fn decline(name: &FullName, gender: Gender, case: Case) -> FullName {
    if case == Case::Nominative {
        return name.clone();
    }
    FullName {
        surname: decline_words(&name.surname, case, |w, place| {
            surname_ending(w, gender, place)
        }),
        given: decline_words(&name.given, case, |w, place| given_ending(w, gender, place)),
        // «Мамед оглы», «Нұрлан ұлы»: a patronymic of several words is a Turkic one, and those
        // never take Russian endings.
        patronymic: if name.patronymic.contains(char::is_whitespace) {
            name.patronymic.clone()
        } else {
            decline_words(&name.patronymic, case, |w, _| patronymic_ending(w))
        },
    }
}

/// Guesses the gender so that a pasted list of names can be declined without asking about
/// each person. The patronymic is nearly certain (-вич/-вна, -ұлы/-қызы, оглы/кызы); then a
/// given name we know or with a telling ending (Мария, Айгерим, Никита); then a Russian surname
/// suffix (Ахметова, Иванов); and only then the weak hint of a given name ending in a consonant,
/// which is usually a man's but not always (Жанар, Шолпан). `None` when nothing points anywhere.
pub fn guess_gender(name: &FullName) -> Option<Gender> {
    let given = given_name_gender(&name.given);
    patronymic_gender(&name.patronymic)
        .or(match given {
            Hint::Sure(g) => Some(g),
            _ => None,
        })
        .or_else(|| surname_gender(&name.surname))
        .or(match given {
            Hint::Likely(g) => Some(g),
            _ => None,
        })
}

/// Splits a name as coordinators type it: «Фамилия Имя Отчество», with any amount of
/// whitespace. Two words are a surname and a given name («Сейткали Айгерим»); everything after
/// the given name is the patronymic, so «Алиев Али Мамед оглы» keeps «Мамед оглы» whole. The
/// order «Имя Отчество Фамилия» is recognised by its Russian patronymic in the middle.
pub fn split_full_name(s: &str) -> FullName {
    split_ordered(s).0
}

/// Declines a whole name given as one string, for the CLI and for pasted lists: splits it,
/// guesses the gender when none is given, declines, and joins the parts with single spaces in
/// the order they came. When the gender cannot be guessed the name is returned undeclined,
/// because a wrong guess would decline a woman's surname as a man's.
pub fn declined_full(s: &str, gender: Option<Gender>, case: Case) -> String {
    let (name, surname_last) = split_ordered(s);
    let name = match gender.or_else(|| guess_gender(&name)) {
        Some(g) => decline(&name, g, case),
        None => name,
    };
    let parts = if surname_last {
        [&name.given, &name.patronymic, &name.surname]
    } else {
        [&name.surname, &name.given, &name.patronymic]
    };
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many letters to drop from the end of the word and what to put in their place.
#[derive(Debug, Clone, Copy)]
struct Ending {
    drop: usize,
    genitive: &'static str,
    dative: &'static str,
}

const fn ending(drop: usize, genitive: &'static str, dative: &'static str) -> Option<Ending> {
    Some(Ending {
        drop,
        genitive,
        dative,
    })
}

/// Where a piece stands in a hyphenated word: the first part of a double name sometimes
/// stays (Бонч-Бруевича, Жан-Поля) while the last always follows the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Leading,
    Last,
}

/// Declines every space- and hyphen-separated piece of a part with `rule`, which sees the
/// piece in lower case; the spacing, the hyphens and the capitalisation of the original are
/// kept, so «ИВАНОВ» gives «ИВАНОВА» and «Петров-Водкин» gives «Петрова-Водкина».
fn decline_words(part: &str, case: Case, rule: impl Fn(&str, Place) -> Option<Ending>) -> String {
    part.split(' ')
        .map(|word| {
            let pieces: Vec<&str> = word.split('-').collect();
            let last = pieces.len() - 1;
            pieces
                .iter()
                .enumerate()
                .map(|(i, piece)| {
                    let place = if i == last {
                        Place::Last
                    } else {
                        Place::Leading
                    };
                    decline_piece(piece, case, |w| rule(w, place))
                })
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn decline_piece(piece: &str, case: Case, rule: impl Fn(&str) -> Option<Ending>) -> String {
    if !is_cyrillic_word(piece) {
        return piece.to_string();
    }
    let lower = piece.to_lowercase();
    let Some(e) = rule(&lower) else {
        return piece.to_string();
    };
    let suffix = match case {
        Case::Nominative => return piece.to_string(),
        Case::Genitive => e.genitive,
        Case::Dative => e.dative,
    };
    let kept = lower.chars().count().saturating_sub(e.drop);
    let declined: String = lower.chars().take(kept).chain(suffix.chars()).collect();
    with_case_of(piece, &declined)
}

/// Gives `declined` the capitalisation of `original`: all capitals stay all capitals (names
/// in lists are often typed that way), otherwise each letter copies the case of the letter at
/// the same place, so «Пётр» → «Петра» and «Лев» → «Льва».
fn with_case_of(original: &str, declined: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return declined.to_uppercase();
    }
    let original: Vec<char> = original.chars().collect();
    let mut out = String::with_capacity(declined.len());
    for (i, c) in declined.chars().enumerate() {
        if original.get(i).is_some_and(|o| o.is_uppercase()) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Only words wholly in Cyrillic (Russian and Kazakh letters) are declined: a Latin name, an
/// initial with its full stop or a stray digit is printed as typed.
fn is_cyrillic_word(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_alphabetic() && ('\u{0400}'..='\u{04FF}').contains(&c))
}

const VOWELS: &str = "аеёиоуыэюяәөұүі";
const CONSONANTS: &str = "бвгджзклмнпрстфхцчшщғқңһ";
/// After these the genitive of -а is -и, not -ы (Ольги, Айши, Луки).
const TAKES_I: &str = "гкхжшчщ";

fn is_vowel(c: char) -> bool {
    VOWELS.contains(c)
}

fn is_consonant(c: char) -> bool {
    CONSONANTS.contains(c)
}

fn ends_with_any(w: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| w.ends_with(e))
}

fn last_two(w: &str) -> (Option<char>, Option<char>) {
    let mut rev = w.chars().rev();
    let last = rev.next();
    (rev.next(), last)
}

/// The first declension (Никита, Ольга, Сковорода, Берия, Наталья), for surnames and given
/// names of either gender. A vowel before -а marks a borrowed indeclinable word (Гулиа, Моруа).
fn first_declension(w: &str) -> Option<Ending> {
    match last_two(w) {
        (Some(p), Some('а')) if is_vowel(p) => None,
        (Some(p), Some('а')) if TAKES_I.contains(p) => ending(1, "и", "е"),
        (Some(_), Some('а')) => ending(1, "ы", "е"),
        (Some('и'), Some('я')) => ending(1, "и", "и"),
        (Some(_), Some('я')) => ending(1, "и", "е"),
        _ => None,
    }
}

/// French surnames with a stressed final vowel, which Russian leaves undeclined; stress is not
/// written, so only the well-known ones can be recognised.
const STRESSED_FINAL_SURNAMES: &[&str] = &[
    "дюма",
    "золя",
    "тома",
    "дега",
    "петипа",
    "деррида",
    "гавальда",
    "люка",
    "ферма",
];

/// First parts of double surnames that stay as they are (Бонч-Бруевича, Тер-Петросяна).
const SURNAME_PARTICLES: &[&str] = &[
    "бонч",
    "тер",
    "фон",
    "ван",
    "корвин",
    "книппер",
    "шолом",
    "мелик",
    "абдул",
    "гасан",
];

fn surname_ending(w: &str, gender: Gender, place: Place) -> Option<Ending> {
    let len = w.chars().count();
    if len < 2
        || (place == Place::Leading && SURNAME_PARTICLES.contains(&w))
        || STRESSED_FINAL_SURNAMES.contains(&w)
        // Черных, Долгих: old genitive plurals, fixed for both genders.
        || ends_with_any(w, &["ых", "их"])
    {
        return None;
    }
    let (_, last) = last_two(w);
    let last = last?;
    match gender {
        Gender::Female => {
            if len > 3 && ends_with_any(w, &["ова", "ева", "ёва", "ина", "ына"]) {
                ending(1, "ой", "ой")
            } else if len > 3 && w.ends_with("ая") {
                ending(2, "ой", "ой")
            } else if len > 3 && w.ends_with("яя") {
                ending(2, "ей", "ей")
            } else if is_vowel(last) {
                first_declension(w)
            } else {
                // A woman's surname ending in a consonant never declines (Мельник, Бекмухамбет).
                None
            }
        }
        Gender::Male => {
            if w == "лев" {
                ending(2, "ьва", "ьву")
            } else if ends_with_any(w, &["ов", "ев", "ёв", "ин", "ын"]) {
                ending(0, "а", "у")
            } else if ends_with_any(w, &["кий", "гий", "хий", "ый"]) {
                ending(2, "ого", "ому")
            } else if ends_with_any(w, &["ний", "жий", "ший", "чий", "щий"]) {
                ending(2, "его", "ему")
            } else if w.ends_with("ой") {
                // Толстой is an adjective; Цой, Хой are short Korean nouns.
                if len > 3 {
                    ending(2, "ого", "ому")
                } else {
                    ending(1, "я", "ю")
                }
            } else if last == 'й' || last == 'ь' {
                ending(1, "я", "ю")
            } else if ends_with_any(w, &["ёнок", "онок"]) {
                ending(2, "ка", "ку")
            } else if is_consonant(last) {
                ending(0, "а", "у")
            } else {
                first_declension(w)
            }
        }
    }
}

/// Women's names ending in a soft sign that Russian does decline; every other woman's name
/// ending in a consonant stays (see the module notes).
const THIRD_DECLENSION_NAMES: &[&str] = &[
    "любовь",
    "рахиль",
    "юдифь",
    "руфь",
    "эсфирь",
    "агарь",
    "суламифь",
    "рашель",
    "жизель",
];

/// Men's names in -а that stay undeclined by tradition.
const INDECLINABLE_GIVEN: &[&str] = &["шота"];

fn given_ending(w: &str, gender: Gender, place: Place) -> Option<Ending> {
    if w.chars().count() < 2 || INDECLINABLE_GIVEN.contains(&w) {
        return None;
    }
    let (_, last) = last_two(w);
    let last = last?;
    if place == Place::Leading && last != 'а' && last != 'я' {
        return None;
    }
    match gender {
        Gender::Male => match w {
            "лев" => ending(2, "ьва", "ьву"),
            "павел" => ending(2, "ла", "лу"),
            "пётр" | "петр" => ending(3, "етра", "етру"),
            _ if last == 'й' || last == 'ь' => ending(1, "я", "ю"),
            _ if is_consonant(last) => ending(0, "а", "у"),
            _ => first_declension(w),
        },
        Gender::Female => {
            if THIRD_DECLENSION_NAMES.contains(&w) {
                ending(1, "и", "и")
            } else if is_vowel(last) {
                first_declension(w)
            } else {
                None
            }
        }
    }
}

/// Russian patronymics decline by their own form (-ич, -вна/-чна); Kazakh -ұлы/-қызы and every
/// other form end in a vowel or have no rule, and stay.
fn patronymic_ending(w: &str) -> Option<Ending> {
    if w.ends_with("ич") {
        ending(0, "а", "у")
    } else if ends_with_any(w, &["вна", "чна"]) {
        ending(1, "ы", "е")
    } else {
        None
    }
}

fn split_ordered(s: &str) -> (FullName, bool) {
    let words: Vec<&str> = s.split_whitespace().collect();
    let at = |i: usize| words.get(i).map_or_else(String::new, |w| w.to_string());
    if words.len() == 3 && is_russian_patronymic(words[1]) && !is_russian_patronymic(words[2]) {
        let name = FullName {
            surname: at(2),
            given: at(0),
            patronymic: at(1),
        };
        return (name, true);
    }
    let patronymic = words
        .get(2..)
        .map_or_else(String::new, |rest| rest.join(" "));
    (
        FullName {
            surname: at(0),
            given: at(1),
            patronymic,
        },
        false,
    )
}

fn is_russian_patronymic(w: &str) -> bool {
    let w = w.to_lowercase();
    is_cyrillic_word(&w) && ends_with_any(&w, &["ич", "вна", "чна"])
}

fn patronymic_gender(p: &str) -> Option<Gender> {
    let w = p
        .split(|c: char| c.is_whitespace() || c == '-')
        .rfind(|w| !w.is_empty())?;
    let w = w.to_lowercase();
    if ends_with_any(&w, &["ич", "ұлы", "улы", "оглы", "уулу"]) {
        Some(Gender::Male)
    } else if ends_with_any(&w, &["вна", "чна", "қызы", "кызы", "гызы"]) {
        Some(Gender::Female)
    } else {
        None
    }
}

fn surname_gender(s: &str) -> Option<Gender> {
    let w = s.rsplit('-').next()?.to_lowercase();
    if !is_cyrillic_word(&w) || w.chars().count() < 4 {
        None
    } else if ends_with_any(&w, &["ова", "ева", "ёва", "ина", "ына", "ская", "цкая"])
    {
        Some(Gender::Female)
    } else if ends_with_any(
        &w,
        &["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской", "цкой"],
    ) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// How much a given name tells about its bearer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    Sure(Gender),
    Likely(Gender),
    Nothing,
}

/// Women's names that end in a consonant, where the ending alone would suggest a man.
const FEMALE_CONSONANT_NAMES: &[&str] = &[
    "айгерим",
    "айгуль",
    "айгүл",
    "асель",
    "әсел",
    "асем",
    "әсем",
    "гульнар",
    "гүлнар",
    "гульназ",
    "гүлназ",
    "дильназ",
    "назгуль",
    "назгүл",
    "жанар",
    "шолпан",
    "айнур",
    "айнұр",
    "меруерт",
    "жулдыз",
    "жұлдыз",
    "алтынай",
    "акмарал",
    "ақмарал",
    "маржан",
    "баян",
    "гаухар",
    "зауреш",
    "камшат",
    "қамшат",
    "ботагоз",
    "ботагөз",
    "шынар",
    "анар",
    "карлыгаш",
    "қарлығаш",
    "аружан",
    "аяжан",
    "айжан",
    "жибек",
    "жібек",
    "нинель",
    "кэтрин",
    "кармен",
    "эстер",
    "ассоль",
];

/// Men's names in -а/-я, where the ending alone would suggest a woman.
const MALE_A_NAMES: &[&str] = &[
    "никита",
    "илья",
    "фома",
    "лука",
    "кузьма",
    "савва",
    "данила",
    "гаврила",
    "фока",
    "иона",
    "миша",
    "гриша",
    "паша",
    "яша",
    "лёша",
    "алёша",
    "дима",
    "вова",
    "коля",
    "петя",
    "ваня",
    "федя",
    "серёжа",
    "гоша",
    "вася",
    "толя",
    "боря",
    "лёва",
    "стёпа",
    "юра",
    "костя",
    "митя",
    "муса",
    "иса",
    "шота",
    "мирза",
];

/// Names worn by both (Саша, Женя): no hint either way.
const UNISEX_NAMES: &[&str] = &["саша", "женя", "валя", "шура", "слава", "саня"];

fn given_name_gender(given: &str) -> Hint {
    let Some(w) = given.rsplit('-').next().map(str::to_lowercase) else {
        return Hint::Nothing;
    };
    if !is_cyrillic_word(&w) || w.chars().count() < 2 {
        return Hint::Nothing;
    }
    let w = w.as_str();
    if FEMALE_CONSONANT_NAMES.contains(&w) || THIRD_DECLENSION_NAMES.contains(&w) {
        return Hint::Sure(Gender::Female);
    }
    if MALE_A_NAMES.contains(&w) {
        return Hint::Sure(Gender::Male);
    }
    if UNISEX_NAMES.contains(&w) {
        return Hint::Nothing;
    }
    // Kazakh name elements that only women's names carry: -гүл «flower», -ерке, -сұлу, -айым.
    if ends_with_any(
        w,
        &[
            "гүл",
            "гуль",
            "гул",
            "ерке",
            "сұлу",
            "сулу",
            "айым",
            "ханым",
            "бике",
        ],
    ) || ["гүл", "гуль", "гул"].iter().any(|p| w.starts_with(p))
    {
        return Hint::Sure(Gender::Female);
    }
    if ends_with_any(w, &["бек", "бай"]) {
        return Hint::Sure(Gender::Male);
    }
    match last_two(w).1 {
        Some('а' | 'я') => Hint::Sure(Gender::Female),
        Some(c) if is_consonant(c) || c == 'й' || c == 'ь' => Hint::Likely(Gender::Male),
        _ => Hint::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use Gender::{Female as F, Male as M};

    /// Nominative, gender, genitive, dative; one name a line, so the table stays readable.
    #[rustfmt::skip]
    const NAMES: &[(&str, Gender, &str, &str)] = &[
        // Russian men.
        ("Иванов Сергей Петрович", M, "Иванова Сергея Петровича", "Иванову Сергею Петровичу"),
        ("Королёв Сергей Павлович", M, "Королёва Сергея Павловича", "Королёву Сергею Павловичу"),
        ("Пушкин Александр Сергеевич", M, "Пушкина Александра Сергеевича", "Пушкину Александру Сергеевичу"),
        ("Лермонтов Михаил Юрьевич", M, "Лермонтова Михаила Юрьевича", "Лермонтову Михаилу Юрьевичу"),
        ("Достоевский Фёдор Михайлович", M, "Достоевского Фёдора Михайловича", "Достоевскому Фёдору Михайловичу"),
        ("Жуковский Василий Андреевич", M, "Жуковского Василия Андреевича", "Жуковскому Василию Андреевичу"),
        ("Трубецкой Николай Сергеевич", M, "Трубецкого Николая Сергеевича", "Трубецкому Николаю Сергеевичу"),
        ("Толстой Лев Николаевич", M, "Толстого Льва Николаевича", "Толстому Льву Николаевичу"),
        ("Горький Алексей Максимович", M, "Горького Алексея Максимовича", "Горькому Алексею Максимовичу"),
        ("Крайний Василий Петрович", M, "Крайнего Василия Петровича", "Крайнему Василию Петровичу"),
        ("Белый Андрей Николаевич", M, "Белого Андрея Николаевича", "Белому Андрею Николаевичу"),
        ("Мельник Павел Андреевич", M, "Мельника Павла Андреевича", "Мельнику Павлу Андреевичу"),
        ("Гаврилюк Пётр Ильич", M, "Гаврилюка Петра Ильича", "Гаврилюку Петру Ильичу"),
        ("Шевчук Никита Сергеевич", M, "Шевчука Никиты Сергеевича", "Шевчуку Никите Сергеевичу"),
        ("Кравец Илья Олегович", M, "Кравеца Ильи Олеговича", "Кравецу Илье Олеговичу"),
        ("Лучёнок Игорь Михайлович", M, "Лучёнка Игоря Михайловича", "Лучёнку Игорю Михайловичу"),
        ("Гоголь Николай Васильевич", M, "Гоголя Николая Васильевича", "Гоголю Николаю Васильевичу"),
        ("Даль Владимир Иванович", M, "Даля Владимира Ивановича", "Далю Владимиру Ивановичу"),
        ("Гайдай Леонид Иович", M, "Гайдая Леонида Иовича", "Гайдаю Леониду Иовичу"),
        ("Сковорода Григорий Саввич", M, "Сковороды Григория Саввича", "Сковороде Григорию Саввичу"),
        ("Зозуля Юрий Иванович", M, "Зозули Юрия Ивановича", "Зозуле Юрию Ивановичу"),
        ("Кузнецов Савва Ильич", M, "Кузнецова Саввы Ильича", "Кузнецову Савве Ильичу"),
        ("Ильин Фома Кузьмич", M, "Ильина Фомы Кузьмича", "Ильину Фоме Кузьмичу"),
        ("Берия Лаврентий Павлович", M, "Берии Лаврентия Павловича", "Берии Лаврентию Павловичу"),
        // Indeclinable surnames, men.
        ("Шевченко Тарас Григорьевич", M, "Шевченко Тараса Григорьевича", "Шевченко Тарасу Григорьевичу"),
        ("Дурново Иван Николаевич", M, "Дурново Ивана Николаевича", "Дурново Ивану Николаевичу"),
        ("Черных Игорь Васильевич", M, "Черных Игоря Васильевича", "Черных Игорю Васильевичу"),
        ("Долгих Дмитрий Юрьевич", M, "Долгих Дмитрия Юрьевича", "Долгих Дмитрию Юрьевичу"),
        ("Гёте Иоганн", M, "Гёте Иоганна", "Гёте Иоганну"),
        ("Дюма Александр", M, "Дюма Александра", "Дюма Александру"),
        ("Гулиа Георгий Дмитриевич", M, "Гулиа Георгия Дмитриевича", "Гулиа Георгию Дмитриевичу"),
        // Korean surnames common in Kazakhstan.
        ("Цой Виктор Робертович", M, "Цоя Виктора Робертовича", "Цою Виктору Робертовичу"),
        ("Ким Андрей Вячеславович", M, "Кима Андрея Вячеславовича", "Киму Андрею Вячеславовичу"),
        ("Ли Денис Эдуардович", M, "Ли Дениса Эдуардовича", "Ли Денису Эдуардовичу"),
        ("Пак Лука Лукич", M, "Пака Луки Лукича", "Паку Луке Лукичу"),
        // Double-barrelled, men.
        ("Римский-Корсаков Николай Андреевич", M, "Римского-Корсакова Николая Андреевича", "Римскому-Корсакову Николаю Андреевичу"),
        ("Петров-Водкин Кузьма Сергеевич", M, "Петрова-Водкина Кузьмы Сергеевича", "Петрову-Водкину Кузьме Сергеевичу"),
        ("Мамин-Сибиряк Дмитрий Наркисович", M, "Мамина-Сибиряка Дмитрия Наркисовича", "Мамину-Сибиряку Дмитрию Наркисовичу"),
        ("Бонч-Бруевич Владимир Дмитриевич", M, "Бонч-Бруевича Владимира Дмитриевича", "Бонч-Бруевичу Владимиру Дмитриевичу"),
        ("Тер-Петросян Левон Акопович", M, "Тер-Петросяна Левона Акоповича", "Тер-Петросяну Левону Акоповичу"),
        // Russian women.
        ("Иванова Мария Петровна", F, "Ивановой Марии Петровны", "Ивановой Марии Петровне"),
        ("Петрова Анна Сергеевна", F, "Петровой Анны Сергеевны", "Петровой Анне Сергеевне"),
        ("Смирнова Ольга Ильинична", F, "Смирновой Ольги Ильиничны", "Смирновой Ольге Ильиничне"),
        ("Соколова Наталья Николаевна", F, "Соколовой Натальи Николаевны", "Соколовой Наталье Николаевне"),
        ("Пушкина Наталья Николаевна", F, "Пушкиной Натальи Николаевны", "Пушкиной Наталье Николаевне"),
        ("Королёва Дарья Павловна", F, "Королёвой Дарьи Павловны", "Королёвой Дарье Павловне"),
        ("Орлова Любовь Петровна", F, "Орловой Любови Петровны", "Орловой Любови Петровне"),
        ("Кузнецова Рахиль Марковна", F, "Кузнецовой Рахили Марковны", "Кузнецовой Рахили Марковне"),
        ("Достоевская Анна Григорьевна", F, "Достоевской Анны Григорьевны", "Достоевской Анне Григорьевне"),
        ("Вишневская Галина Павловна", F, "Вишневской Галины Павловны", "Вишневской Галине Павловне"),
        ("Толстая Софья Андреевна", F, "Толстой Софьи Андреевны", "Толстой Софье Андреевне"),
        ("Мельник Галина Ивановна", F, "Мельник Галины Ивановны", "Мельник Галине Ивановне"),
        ("Гаврилюк Ирина Олеговна", F, "Гаврилюк Ирины Олеговны", "Гаврилюк Ирине Олеговне"),
        ("Шевченко Оксана Тарасовна", F, "Шевченко Оксаны Тарасовны", "Шевченко Оксане Тарасовне"),
        ("Черных Елена Викторовна", F, "Черных Елены Викторовны", "Черных Елене Викторовне"),
        ("Сковорода Майя Андреевна", F, "Сковороды Майи Андреевны", "Сковороде Майе Андреевне"),
        ("Гамалея Ирина Львовна", F, "Гамалеи Ирины Львовны", "Гамалее Ирине Львовне"),
        ("Берия Нино Теймуразовна", F, "Берии Нино Теймуразовны", "Берии Нино Теймуразовне"),
        ("Цой Юлия Викторовна", F, "Цой Юлии Викторовны", "Цой Юлии Викторовне"),
        ("Ким Нелли Сергеевна", F, "Ким Нелли Сергеевны", "Ким Нелли Сергеевне"),
        ("Смит Кэтрин", F, "Смит Кэтрин", "Смит Кэтрин"),
        ("Римская-Корсакова Надежда Николаевна", F, "Римской-Корсаковой Надежды Николаевны", "Римской-Корсаковой Надежде Николаевне"),
        ("Мельник-Петрова Анна-Мария Ивановна", F, "Мельник-Петровой Анны-Марии Ивановны", "Мельник-Петровой Анне-Марии Ивановне"),
        // Kazakh men.
        ("Сейтказиев Нұрсұлтан Болатұлы", M, "Сейтказиева Нұрсұлтана Болатұлы", "Сейтказиеву Нұрсұлтану Болатұлы"),
        ("Нурланов Ерлан Сапарович", M, "Нурланова Ерлана Сапаровича", "Нурланову Ерлану Сапаровичу"),
        ("Қасымов Жандос Серікұлы", M, "Қасымова Жандоса Серікұлы", "Қасымову Жандосу Серікұлы"),
        ("Ибраев Әлихан Нұрланұлы", M, "Ибраева Әлихана Нұрланұлы", "Ибраеву Әлихану Нұрланұлы"),
        ("Нұрғалиев Дәурен Қайратұлы", M, "Нұрғалиева Дәурена Қайратұлы", "Нұрғалиеву Дәурену Қайратұлы"),
        ("Ержанов Әділ Маратұлы", M, "Ержанова Әділа Маратұлы", "Ержанову Әділу Маратұлы"),
        ("Жумабай Асхат Ерланович", M, "Жумабая Асхата Ерлановича", "Жумабаю Асхату Ерлановичу"),
        ("Бекмухамбет Ерболат Кемелұлы", M, "Бекмухамбета Ерболата Кемелұлы", "Бекмухамбету Ерболату Кемелұлы"),
        ("Нурлан Марат Кайратович", M, "Нурлана Марата Кайратовича", "Нурлану Марату Кайратовичу"),
        ("Сейтқали Мұрат", M, "Сейтқали Мұрата", "Сейтқали Мұрату"),
        ("Бейсенұлы Асхат", M, "Бейсенұлы Асхата", "Бейсенұлы Асхату"),
        ("Жакупов Муса Ахметович", M, "Жакупова Мусы Ахметовича", "Жакупову Мусе Ахметовичу"),
        ("Токаев Касым-Жомарт Кемелевич", M, "Токаева Касым-Жомарта Кемелевича", "Токаеву Касым-Жомарту Кемелевичу"),
        ("Алиев Али Мамед оглы", M, "Алиева Али Мамед оглы", "Алиеву Али Мамед оглы"),
        // Kazakh women.
        ("Ахметова Динара Кайратовна", F, "Ахметовой Динары Кайратовны", "Ахметовой Динаре Кайратовне"),
        ("Омарова Гульмира Болатқызы", F, "Омаровой Гульмиры Болатқызы", "Омаровой Гульмире Болатқызы"),
        ("Тулегенова Алия Маратовна", F, "Тулегеновой Алии Маратовны", "Тулегеновой Алии Маратовне"),
        ("Жумабаева Айша Серикқызы", F, "Жумабаевой Айши Серикқызы", "Жумабаевой Айше Серикқызы"),
        ("Абенова Асель Ерлановна", F, "Абеновой Асель Ерлановны", "Абеновой Асель Ерлановне"),
        ("Абдрахманова Назгуль Сапаровна", F, "Абдрахмановой Назгуль Сапаровны", "Абдрахмановой Назгуль Сапаровне"),
        ("Есенова Жанар Бекқызы", F, "Есеновой Жанар Бекқызы", "Есеновой Жанар Бекқызы"),
        ("Бекмухамбет Айгуль Нурлановна", F, "Бекмухамбет Айгуль Нурлановны", "Бекмухамбет Айгуль Нурлановне"),
        ("Нурлан Шолпан Кайратовна", F, "Нурлан Шолпан Кайратовны", "Нурлан Шолпан Кайратовне"),
        ("Сейткали Айгерим", F, "Сейткали Айгерим", "Сейткали Айгерим"),
        ("Серікқызы Гүлнар", F, "Серікқызы Гүлнар", "Серікқызы Гүлнар"),
        ("Оспанова Жансая Болатовна", F, "Оспановой Жансаи Болатовны", "Оспановой Жансае Болатовне"),
        ("Ахмедова Лейла Мамед кызы", F, "Ахмедовой Лейлы Мамед кызы", "Ахмедовой Лейле Мамед кызы"),
        // Latin script and initials stay as typed.
        ("Smith John", M, "Smith John", "Smith John"),
        ("Иванова М. П.", F, "Ивановой М. П.", "Ивановой М. П."),
    ];

    #[test]
    fn declines_the_table_of_names() {
        assert!(NAMES.len() >= 70);
        let mut wrong = Vec::new();
        for &(nominative, gender, genitive, dative) in NAMES {
            for (case, expected) in [(Case::Genitive, genitive), (Case::Dative, dative)] {
                let got = declined_full(nominative, Some(gender), case);
                if got != expected {
                    wrong.push(format!(
                        "{nominative} ({case:?}): {got}, expected {expected}"
                    ));
                }
            }
            assert_eq!(
                declined_full(nominative, Some(gender), Case::Nominative),
                nominative
            );
        }
        assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    }

    #[test]
    fn guessed_gender_declines_like_the_given_one() {
        for &(nominative, gender, genitive, dative) in NAMES {
            if guess_gender(&split_full_name(nominative)) == Some(gender) {
                assert_eq!(declined_full(nominative, None, Case::Genitive), genitive);
                assert_eq!(declined_full(nominative, None, Case::Dative), dative);
            }
        }
    }

    fn name(s: &str) -> FullName {
        split_full_name(s)
    }

    #[test]
    fn guesses_gender_from_the_patronymic_first() {
        assert_eq!(guess_gender(&name("Иванов Саша Петрович")), Some(M));
        assert_eq!(guess_gender(&name("Иванова Саша Петровна")), Some(F));
        assert_eq!(guess_gender(&name("Смирнова Ольга Ильинична")), Some(F));
        assert_eq!(guess_gender(&name("Гаврилюк Пётр Ильич")), Some(M));
        assert_eq!(guess_gender(&name("Бекмухамбет Ерболат Кемелұлы")), Some(M));
        assert_eq!(guess_gender(&name("Омарова Гульмира Болатқызы")), Some(F));
        assert_eq!(guess_gender(&name("Ибраев Азамат Нурланулы")), Some(M));
        assert_eq!(guess_gender(&name("Ибраева Жанар Нурланкызы")), Some(F));
        assert_eq!(guess_gender(&name("Алиев Али Мамед оглы")), Some(M));
        assert_eq!(guess_gender(&name("Ахмедова Лейла Мамед кызы")), Some(F));
        // The patronymic wins over a misleading given name.
        assert_eq!(guess_gender(&name("Сейткали Жанар Кайратовна")), Some(F));
        assert_eq!(guess_gender(&name("Пак Никита Петровна")), Some(F));
    }

    #[test]
    fn guesses_gender_from_the_given_name_and_the_surname() {
        assert_eq!(guess_gender(&name("Сейткали Айгерим")), Some(F));
        assert_eq!(guess_gender(&name("Сейткали Мұрат")), Some(M));
        assert_eq!(guess_gender(&name("Сейткали Айгуль")), Some(F));
        assert_eq!(guess_gender(&name("Сейткали Шолпан")), Some(F));
        assert_eq!(guess_gender(&name("Сейткали Нургуль")), Some(F));
        assert_eq!(guess_gender(&name("Сейткали Ақерке")), Some(F));
        assert_eq!(guess_gender(&name("Сейткали Динара")), Some(F));
        assert_eq!(guess_gender(&name("Сейткали Ерлан")), Some(M));
        assert_eq!(guess_gender(&name("Иванов Никита")), Some(M));
        assert_eq!(guess_gender(&name("Петрова Любовь")), Some(F));
        // A unisex name leaves it to the surname; a consonant is only a weak hint.
        assert_eq!(guess_gender(&name("Иванова Саша")), Some(F));
        assert_eq!(guess_gender(&name("Иванов Саша")), Some(M));
        assert_eq!(guess_gender(&name("Ахметова Ернар")), Some(F));
        // Nothing to go on.
        assert_eq!(guess_gender(&name("Ким Саша")), None);
        assert_eq!(guess_gender(&name("Сейткали")), None);
        assert_eq!(guess_gender(&name("Smith John")), None);
        assert_eq!(guess_gender(&name("")), None);
    }

    #[test]
    fn an_unguessable_name_is_returned_undeclined() {
        assert_eq!(declined_full("Ким   Саша", None, Case::Dative), "Ким Саша");
        assert_eq!(
            declined_full("Ким Саша Петрович", None, Case::Dative),
            "Киму Саше Петровичу"
        );
        assert_eq!(
            declined_full("Ким Саша Петровна", None, Case::Dative),
            "Ким Саше Петровне"
        );
    }

    #[test]
    fn splits_names_as_typed() {
        let parts = |s: &str| {
            let n = split_full_name(s);
            (n.surname, n.given, n.patronymic)
        };
        let owned = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(
            parts("Иванова Мария Петровна"),
            owned("Иванова", "Мария", "Петровна")
        );
        assert_eq!(
            parts("  Сейткали   Айгерим "),
            owned("Сейткали", "Айгерим", "")
        );
        assert_eq!(
            parts("Иванова\u{a0}Мария\tПетровна\n"),
            owned("Иванова", "Мария", "Петровна")
        );
        assert_eq!(
            parts("Алиев Али Мамед оглы"),
            owned("Алиев", "Али", "Мамед оглы")
        );
        assert_eq!(parts("Иванов"), owned("Иванов", "", ""));
        assert_eq!(parts("   "), owned("", "", ""));
        // «Имя Отчество Фамилия», as in a signature block.
        assert_eq!(
            parts("Мария Петровна Иванова"),
            owned("Иванова", "Мария", "Петровна")
        );
        assert_eq!(
            parts("Петрович Иван Сергеевич"),
            owned("Петрович", "Иван", "Сергеевич")
        );
        assert_eq!(
            declined_full("Мария Петровна Иванова", None, Case::Dative),
            "Марии Петровне Ивановой"
        );
    }

    #[test]
    fn keeps_the_capitalisation_pattern() {
        let dative = |s: &str, g| declined_full(s, Some(g), Case::Dative);
        let genitive = |s: &str, g| declined_full(s, Some(g), Case::Genitive);
        assert_eq!(genitive("ИВАНОВ", M), "ИВАНОВА");
        assert_eq!(
            dative("ИВАНОВ СЕРГЕЙ ПЕТРОВИЧ", M),
            "ИВАНОВУ СЕРГЕЮ ПЕТРОВИЧУ"
        );
        assert_eq!(
            dative("ИВАНОВА Мария Петровна", F),
            "ИВАНОВОЙ Марии Петровне"
        );
        assert_eq!(
            genitive("иванов сергей петрович", M),
            "иванова сергея петровича"
        );
        assert_eq!(genitive("ТОЛСТОЙ ЛЕВ", M), "ТОЛСТОГО ЛЬВА");
        assert_eq!(genitive("Кузнецов Пётр", M), "Кузнецова Петра");
        assert_eq!(genitive("КУЗНЕЦОВ ПЁТР", M), "КУЗНЕЦОВА ПЕТРА");
        assert_eq!(dative("ҚАСЫМОВ НҰРСҰЛТАН", M), "ҚАСЫМОВУ НҰРСҰЛТАНУ");
        assert_eq!(dative("Петров-водкин", M), "Петрову-водкину");
        assert_eq!(dative("РИМСКАЯ-КОРСАКОВА", F), "РИМСКОЙ-КОРСАКОВОЙ");
    }

    #[test]
    fn nominative_and_empty_parts_are_left_alone() {
        let n = FullName {
            surname: "Иванова".into(),
            given: String::new(),
            patronymic: String::new(),
        };
        assert_eq!(decline(&n, F, Case::Nominative), n);
        let d = decline(&n, F, Case::Dative);
        assert_eq!(
            (d.surname.as_str(), d.given.as_str(), d.patronymic.as_str()),
            ("Ивановой", "", "")
        );
        let empty = FullName {
            surname: String::new(),
            given: String::new(),
            patronymic: String::new(),
        };
        assert_eq!(decline(&empty, M, Case::Genitive), empty);
        assert_eq!(declined_full("", Some(M), Case::Genitive), "");
    }

    #[test]
    fn kazakh_letters_are_kept_exactly() {
        let kazakh = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
        for &(nominative, gender, genitive, dative) in NAMES {
            let letters = |s: &str| {
                s.chars()
                    .filter(|c| kazakh.contains(*c))
                    .collect::<String>()
            };
            assert_eq!(letters(genitive), letters(nominative), "{nominative}");
            assert_eq!(letters(dative), letters(nominative), "{nominative}");
            assert_eq!(
                letters(&declined_full(nominative, Some(gender), Case::Dative)),
                letters(nominative)
            );
        }
    }

    #[test]
    fn travels_as_lowercase_words() {
        assert_eq!(
            serde_json::to_string(&Gender::Female).unwrap(),
            "\"female\""
        );
        assert_eq!(serde_json::to_string(&Case::Dative).unwrap(), "\"dative\"");
        assert_eq!(
            serde_json::from_str::<Case>("\"genitive\"").unwrap(),
            Case::Genitive
        );
    }
}
