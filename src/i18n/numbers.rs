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
    let amount = grouped(value, 0, lang);
    let sign = match currency.trim().to_ascii_uppercase().as_str() {
        "EUR" => "€",
        "GBP" => "£",
        "USD" => "$",
        _ => "",
    };
    match (sign, lang) {
        ("", _) => format!("{amount} {}", currency.trim()),
        (sign, Lang::En) => match amount.strip_prefix('−') {
            Some(positive) => format!("−{sign}{positive}"),
            None => format!("{sign}{amount}"),
        },
        (sign, Lang::Nl) => format!("{sign} {amount}"),
    }
}

/// A share (0–1) as a percentage: `42.5 %` / `42,5 %`.
pub fn percent(share: f64, decimals: usize, lang: Lang) -> String {
    if !share.is_finite() {
        return NONE.to_string();
    }
    format!("{} %", grouped(share * 100.0, decimals, lang))
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
}
