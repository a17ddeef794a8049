//! Numbers as people read them: thousands grouped, the language's decimal mark, money with its
//! currency sign, shares as percentages. "—" for numbers that are not available.

use super::Lang;

/// Shown where a number is not available or not finite.
pub const NONE: &str = "—";

/// `value` rounded to `decimals`, thousands grouped: `1,234,567.8` (English) or
/// `1.234.567,8` (Dutch).
pub fn grouped(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return NONE.to_string();
    }
    let (thousands, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::Nl => ('.', ','),
    };
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    // "-0" after rounding is shown as "0".
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('−');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

/// A signed number: `+12.5`, `−3`.
pub fn signed(value: f64, decimals: usize, lang: Lang) -> String {
    let text = grouped(value, decimals, lang);
    if value.is_finite()
        && !text.starts_with('−')
        && text.chars().any(|c| c.is_ascii_digit() && c != '0')
    {
        format!("+{text}")
    } else {
        text
    }
}

/// An amount of money without decimals: `£12,345` / `€ 12.345`; codes without a sign are
/// written after the amount (`12,345 CHF`).
pub fn money(value: f64, currency: &str, lang: Lang) -> String {
    money_with(grouped(value, 0, lang), currency, lang)
}

/// A share (0–1) as a percentage: `42.5 %` / `42,5 %`.
pub fn percent(share: f64, decimals: usize, lang: Lang) -> String {
    if !share.is_finite() {
        return NONE.to_string();
    }
    format!("{} %", grouped(share * 100.0, decimals, lang))
}

/// The sign written before an amount in `currency` (`£`, `€`, `$`), or `""` for codes
/// without one.
pub fn currency_sign(currency: &str) -> &'static str {
    match currency.trim().to_ascii_uppercase().as_str() {
        "EUR" => "€",
        "GBP" => "£",
        "USD" => "$",
        _ => "",
    }
}

/// `value` to three significant digits with a word for its size, for headlines:
/// `13.1k`, `51.1M`, `1.2bn` (English) or `13,1 duizend`, `51,1 mln`, `1,2 mld` (Dutch, as
/// Dutch business news writes them). Below 10,000 the whole number, grouped (`2,054`).
/// Trailing zeros are dropped (`51M`, not `51.0M`).
pub fn compact(value: f64, lang: Lang) -> String {
    compact_on(value, value, lang)
}

/// Like [`compact`], but written in the word that suits `scale`, so the two ends of a range
/// read alike: `3.01k – 11.3k` rather than `3,009 – 11.3k`.
pub fn compact_on(value: f64, scale: f64, lang: Lang) -> String {
    let (number, word) = compact_parts(value, scale, lang, true);
    join_word(&number, word, lang)
}

/// Like [`compact`] but short for an axis: English `12k`, `1.2M`; Dutch thousands written out
/// (`12.000`), `1,2 mln` above.
pub fn compact_axis(value: f64, lang: Lang) -> String {
    let (number, word) = compact_parts(value, value, lang, lang == Lang::En);
    join_word(&number, word, lang)
}

/// An amount of money rounded for people: `£51.1M`, `−£2.3k`, `€ 51,1 mln`, `12,3 mln CHF`;
/// below 10,000 the whole amount ([`money`]).
pub fn money_compact(value: f64, currency: &str, lang: Lang) -> String {
    money_with(compact(value, lang), currency, lang)
}

/// An amount rounded for people in the word that suits `scale` ([`compact_on`]).
pub fn money_compact_on(value: f64, scale: f64, currency: &str, lang: Lang) -> String {
    money_with(compact_on(value, scale, lang), currency, lang)
}

/// An amount for an axis ([`compact_axis`]) with its currency sign.
pub fn money_axis(value: f64, currency: &str, lang: Lang) -> String {
    money_with(compact_axis(value, lang), currency, lang)
}

fn money_with(amount: String, currency: &str, lang: Lang) -> String {
    if amount == NONE {
        return amount;
    }
    match (currency_sign(currency), lang) {
        ("", _) => format!("{amount} {}", currency.trim()),
        (sign, Lang::En) => match amount.strip_prefix('−') {
            Some(positive) => format!("−{sign}{positive}"),
            None => format!("{sign}{amount}"),
        },
        (sign, Lang::Nl) => format!("{sign} {amount}"),
    }
}

fn join_word(number: &str, word: &str, lang: Lang) -> String {
    match (word, lang) {
        ("", _) => number.to_string(),
        (word, Lang::En) => format!("{number}{word}"),
        (word, Lang::Nl) => format!("{number} {word}"),
    }
}

/// The rounded number and the word for the size of `scale` (usually the value itself);
/// `thousands` says whether 10,000 and more are written in thousands.
fn compact_parts(value: f64, scale: f64, lang: Lang, thousands: bool) -> (String, &'static str) {
    if !value.is_finite() {
        return (NONE.to_string(), "");
    }
    let size = if scale.is_finite() {
        scale.abs().max(value.abs())
    } else {
        value.abs()
    };
    let (divisor, word) = match lang {
        Lang::En if size >= 999_500_000.0 => (1e9, "bn"),
        Lang::En if size >= 999_500.0 => (1e6, "M"),
        Lang::En if size >= 10_000.0 && thousands => (1e3, "k"),
        Lang::Nl if size >= 999_500_000.0 => (1e9, "mld"),
        Lang::Nl if size >= 999_500.0 => (1e6, "mln"),
        Lang::Nl if size >= 10_000.0 && thousands => (1e3, "duizend"),
        _ => (1.0, ""),
    };
    if divisor == 1.0 {
        // Written in full: three significant digits at most for large numbers.
        let whole = if value.abs() >= 10_000.0 {
            round_significant(value, 3)
        } else {
            value
        };
        return (grouped(whole, 0, lang), "");
    }
    let scaled = value / divisor;
    let digits = scaled.abs().round().max(1.0).log10().floor() as usize + 1;
    let decimals = 3usize.saturating_sub(digits);
    let text = grouped(scaled, decimals, lang);
    (trim_zeros(&text, lang), word)
}

fn round_significant(value: f64, digits: i32) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let factor = 10f64.powi(magnitude - digits + 1);
    (value / factor).round() * factor
}

/// `51.0` → `51`, `1.20` → `1.2`.
fn trim_zeros(text: &str, lang: Lang) -> String {
    let decimal = decimal_mark(lang);
    if !text.contains(decimal) {
        return text.to_string();
    }
    text.trim_end_matches('0')
        .trim_end_matches(decimal)
        .to_string()
}

/// The decimal mark of `lang`: `.` in English, `,` in Dutch.
pub fn decimal_mark(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Nl => ',',
    }
}

/// A value for an editable field: grouped in `lang`, with the fewest decimals from `decimals`
/// that show it as precisely as the most would (`1.234,5` in Dutch, `1,234.5` in English).
pub fn editable(value: f64, decimals: std::ops::RangeInclusive<usize>, lang: Lang) -> String {
    let (min, max) = (*decimals.start(), (*decimals.end()).max(*decimals.start()));
    let max = max.min(15);
    let target = format!("{value:.max$}");
    let shown = (min..=max)
        .find(|d| {
            let text = format!("{value:.d$}");
            text.parse::<f64>().ok() == target.parse::<f64>().ok()
        })
        .unwrap_or(max);
    grouped(value, shown, lang)
}

/// A number typed by a person: `1.234,5` in Dutch, `1,234.5` in English; `−` or `-` for
/// minus; spaces, `%` and currency signs ignored. A lone separator that cannot be a thousands
/// separator (`0.5` in Dutch, `0,5` in English: not three digits after it) is read as the
/// decimal mark, so a number typed the other language's way still reads as meant.
pub fn parse(text: &str, lang: Lang) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '%' | '€' | '£' | '$' | '\''))
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let (thousands, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::Nl => ('.', ','),
    };
    let normal = if cleaned.contains(decimal) {
        cleaned.replace(thousands, "").replace(decimal, ".")
    } else {
        let groups: Vec<&str> = cleaned.split(thousands).collect();
        let is_grouping = groups.len() > 1
            && groups[1..]
                .iter()
                .all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()));
        match groups.len() {
            1 => cleaned,
            _ if is_grouping => cleaned.replace(thousands, ""),
            2 => cleaned.replace(thousands, "."),
            _ => return None,
        }
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_in_each_language() {
        assert_eq!(grouped(1_234_567.84, 1, Lang::En), "1,234,567.8");
        assert_eq!(grouped(1_234_567.84, 1, Lang::Nl), "1.234.567,8");
        assert_eq!(grouped(999.0, 0, Lang::En), "999");
        assert_eq!(grouped(-1234.0, 0, Lang::En), "−1,234");
        assert_eq!(grouped(-0.2, 0, Lang::En), "0");
        assert_eq!(grouped(f64::NAN, 0, Lang::En), NONE);
        assert_eq!(signed(20.0, 0, Lang::En), "+20");
        assert_eq!(signed(-3.26, 1, Lang::Nl), "−3,3");
        assert_eq!(signed(0.0, 0, Lang::En), "0");
    }

    #[test]
    fn money_and_percentages_read_naturally() {
        assert_eq!(money(12_345.4, "GBP", Lang::En), "£12,345");
        assert_eq!(money(-500.0, "GBP", Lang::En), "−£500");
        assert_eq!(money(12_345.0, "EUR", Lang::Nl), "€ 12.345");
        assert_eq!(money(12_345.0, "CHF", Lang::En), "12,345 CHF");
        assert_eq!(percent(0.425, 1, Lang::Nl), "42,5 %");
        assert_eq!(percent(0.85, 0, Lang::En), "85 %");
    }

    #[test]
    fn headline_numbers_are_rounded_for_people_in_each_language() {
        assert_eq!(money_compact(51_125_196.0, "GBP", Lang::En), "£51.1M");
        assert_eq!(money_compact(51_125_196.0, "EUR", Lang::Nl), "€ 51,1 mln");
        assert_eq!(money_compact(-2_345_678.0, "GBP", Lang::En), "−£2.35M");
        assert_eq!(money_compact(-2_345_678.0, "EUR", Lang::Nl), "€ −2,35 mln");
        assert_eq!(money_compact(1_234_000_000.0, "USD", Lang::En), "$1.23bn");
        assert_eq!(
            money_compact(1_234_000_000.0, "EUR", Lang::Nl),
            "€ 1,23 mld"
        );
        assert_eq!(money_compact(9_876.4, "GBP", Lang::En), "£9,876");
        assert_eq!(money_compact(51_000_000.0, "CHF", Lang::En), "51M CHF");
        assert_eq!(compact(13_050.0, Lang::En), "13.1k");
        assert_eq!(compact(13_050.0, Lang::Nl), "13,1 duizend");
        assert_eq!(compact(234_567.0, Lang::En), "235k");
        assert_eq!(compact(2_054.4, Lang::En), "2,054");
        assert_eq!(compact(2_054.4, Lang::Nl), "2.054");
        // Rounding up to the next word.
        assert_eq!(compact(999_600.0, Lang::En), "1M");
        assert_eq!(compact(f64::NAN, Lang::En), NONE);
        // Both ends of a range in one word.
        assert_eq!(compact_on(3_009.0, 11_300.0, Lang::En), "3.01k");
        assert_eq!(compact_on(3_009.0, 11_300.0, Lang::Nl), "3,01 duizend");
        assert_eq!(
            money_compact_on(900_000.0, 23_400_000.0, "GBP", Lang::En),
            "£0.9M"
        );
        assert_eq!(compact_axis(40_000.0, Lang::En), "40k");
        assert_eq!(compact_axis(40_000.0, Lang::Nl), "40.000");
        assert_eq!(money_axis(40_000_000.0, "EUR", Lang::Nl), "€ 40 mln");
        assert_eq!(money_axis(-500.0, "GBP", Lang::En), "−£500");
    }

    #[test]
    fn editable_fields_show_the_language_and_only_needed_decimals() {
        assert_eq!(editable(1234.5, 0..=2, Lang::Nl), "1.234,5");
        assert_eq!(editable(1234.5, 0..=2, Lang::En), "1,234.5");
        assert_eq!(editable(25_000.0, 0..=2, Lang::Nl), "25.000");
        assert_eq!(editable(0.125, 1..=3, Lang::En), "0.125");
        assert_eq!(editable(0.5, 2..=3, Lang::Nl), "0,50");
        assert_eq!(editable(-3.0, 0..=0, Lang::En), "−3");
    }

    #[test]
    fn typed_numbers_are_read_in_each_language() {
        assert_eq!(parse("1.234,5", Lang::Nl), Some(1234.5));
        assert_eq!(parse("1,234.5", Lang::En), Some(1234.5));
        assert_eq!(parse("1.234.567", Lang::Nl), Some(1_234_567.0));
        assert_eq!(parse("1,234,567", Lang::En), Some(1_234_567.0));
        assert_eq!(parse("0,35", Lang::Nl), Some(0.35));
        assert_eq!(parse("0.35", Lang::En), Some(0.35));
        // The other language's decimal mark, where it cannot be grouping.
        assert_eq!(parse("0.35", Lang::Nl), Some(0.35));
        assert_eq!(parse("2,5", Lang::En), Some(2.5));
        assert_eq!(parse("1.234", Lang::Nl), Some(1234.0));
        assert_eq!(parse("−12,5 %", Lang::Nl), Some(-12.5));
        assert_eq!(parse("€ 25.000", Lang::Nl), Some(25_000.0));
        assert_eq!(parse("£ -7", Lang::En), Some(-7.0));
        assert_eq!(parse("", Lang::En), None);
        assert_eq!(parse("abc", Lang::Nl), None);
        assert_eq!(parse("1,2,3", Lang::En), None);
        // What the field shows reads back as the same number.
        for lang in Lang::ALL {
            for value in [0.0, 0.35, -4.25, 1234.5, 9_876_543.21] {
                assert_eq!(parse(&editable(value, 0..=2, lang), lang), Some(value));
            }
        }
    }
}
