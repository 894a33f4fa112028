//! Text rules shared by search, duplicate detection, sorting and validation: case folding that
//! knows every Kazakh letter, the name key for «very similar» names, and an alphabetical sort
//! key in the Kazakh Cyrillic order (which contains the Russian one).

/// Lower-cases and folds ё to е, so that search and comparison ignore case and that letter.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// The words of a text as search sees them: runs of letters and digits, folded.
pub fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The key under which two names count as the same: folded, with everything but letters and
/// digits dropped («Школа № 4» and «школа №4» both give «школа4»).
pub fn name_key(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether two name keys are «very similar»: equal, or one letter apart in a long name with
/// the same digits (so «Школа № 4» never warns about «Школа № 14»).
pub fn keys_similar(a: &str, b: &str) -> bool {
    if a == b {
        return !a.is_empty();
    }
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    if a.chars().count().min(b.chars().count()) < 8 || digits(a) != digits(b) {
        return false;
    }
    edit_distance_at_most_one(a, b)
}

fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// The Kazakh Cyrillic alphabet; Russian letters sit in it in their own order.
const ALPHABET: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

/// A key that sorts names alphabetically in Russian and Kazakh: case-insensitive, quotes and
/// other punctuation ignored («Ақ бидай» sorts under А), digits and Latin before Cyrillic as in
/// a printed index.
pub fn sort_key(s: &str) -> Vec<u32> {
    fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .map(|c| match ALPHABET.chars().position(|a| a == c) {
            Some(i) => 0x10_0000 + i as u32,
            None => c as u32,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_every_kazakh_capital() {
        assert_eq!(fold("ӘҒҚҢӨҰҮҺІ"), "әғқңөұүһі");
        assert_eq!(fold("ШКОЛА Ёлка"), "школа елка");
    }

    #[test]
    fn name_keys_ignore_case_space_and_punctuation() {
        assert_eq!(name_key("Школа № 4"), name_key("школа №4"));
        assert_eq!(name_key("«Балапан» бөбекжайы"), name_key("балапан БӨБЕКЖАЙЫ"));
        assert_ne!(name_key("Школа № 4"), name_key("Школа № 14"));
    }

    #[test]
    fn similar_keys() {
        assert!(keys_similar(&name_key("Школа № 4"), &name_key("школа №4")));
        assert!(keys_similar(&name_key("Детская библиотека"), &name_key("Детская библиотеко")));
        assert!(!keys_similar(&name_key("Школа № 4"), &name_key("Школа № 5")));
        assert!(!keys_similar(&name_key("Школа 4"), &name_key("Школа 14")));
        assert!(!keys_similar("", ""));
    }

    #[test]
    fn words_split_on_punctuation() {
        assert_eq!(words("КГУ «Школа-гимназия № 16»"), vec!["кгу", "школа", "гимназия", "16"]);
    }

    #[test]
    fn kazakh_letters_sort_in_the_kazakh_order() {
        let mut v = vec!["Яблоко", "Әсем", "«Банк»", "Қала", "Ком", "Лес", "Абай"];
        v.sort_by_key(|s| sort_key(s));
        assert_eq!(v, vec!["Абай", "Әсем", "«Банк»", "Ком", "Қала", "Лес", "Яблоко"]);
    }
}
