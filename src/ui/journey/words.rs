//! The words and colours of the journey's scales: experience (angry … delighted), effort
//! (the CES words), ownership classes and the score badges.

use crate::charts::journey::ownership_rgb;
use crate::i18n::{Lang, t};
use crate::model::Ownership;
use egui::Color32;

/// The word for an experience score, −5 (angry) … +5 (delighted).
pub fn score_word(score: f64, lang: Lang) -> &'static str {
    let text = match score {
        s if s <= -3.5 => t("angry", "boos"),
        s if s <= -1.5 => t("frustrated", "gefrustreerd"),
        s if s < -0.5 => t("dissatisfied", "ontevreden"),
        s if s <= 0.5 => t("neutral", "neutraal"),
        s if s <= 1.5 => t("satisfied", "tevreden"),
        s if s < 3.5 => t("pleased", "blij"),
        _ => t("delighted", "enthousiast"),
    };
    text.get(lang)
}

/// The CES word for an effort, 1 (very hard) … 7 (effortless).
pub fn effort_word(effort: f64, lang: Lang) -> &'static str {
    let text = match effort.round() as i64 {
        i64::MIN..=1 => t("very hard", "heel moeilijk"),
        2 => t("hard", "moeilijk"),
        3 => t("rather hard", "nogal moeilijk"),
        4 => t("neither easy nor hard", "niet makkelijk, niet moeilijk"),
        5 => t("rather easy", "vrij makkelijk"),
        6 => t("easy", "makkelijk"),
        _ => t("effortless", "moeiteloos"),
    };
    text.get(lang)
}

/// The colour of a score badge: red at −5, grey at 0, green at +5.
pub fn score_color(score: f64) -> Color32 {
    let red = Color32::from_rgb(0xC6, 0x28, 0x28);
    let grey = Color32::from_rgb(0x8A, 0x8A, 0x8A);
    let green = Color32::from_rgb(0x1B, 0x7F, 0x3B);
    let s = if score.is_finite() {
        score.clamp(-5.0, 5.0)
    } else {
        0.0
    };
    let (to, share) = if s < 0.0 {
        (red, -s / 5.0)
    } else {
        (green, s / 5.0)
    };
    lerp(grey, to, share as f32)
}

fn lerp(a: Color32, b: Color32, share: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * share).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

/// The colour of an ownership class.
pub fn ownership_color(ownership: Ownership) -> Color32 {
    let rgb = ownership_rgb(ownership);
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// A one-line explanation of an ownership class (Lemon & Verhoef 2016).
pub fn ownership_hint(ownership: Ownership, lang: Lang) -> &'static str {
    let text = match ownership {
        Ownership::BrandOwned => t(
            "Designed and controlled by the brand: website, shop, staff.",
            "Ontworpen en beheerd door het merk: website, winkel, personeel.",
        ),
        Ownership::PartnerOwned => t(
            "Run by a partner: carrier, marketplace, payment provider.",
            "Uitgevoerd door een partner: vervoerder, marktplaats, betaalprovider.",
        ),
        Ownership::CustomerOwned => t(
            "In the customer's hands: their own choices and habits.",
            "In handen van de klant: eigen keuzes en gewoontes.",
        ),
        Ownership::SocialExternal => t(
            "Social and external: peers, reviews, media.",
            "Sociaal en extern: anderen, reviews, media.",
        ),
    };
    text.get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scales_read_from_angry_to_delighted_and_hard_to_effortless() {
        assert_eq!(score_word(-5.0, Lang::En), "angry");
        assert_eq!(score_word(0.0, Lang::Nl), "neutraal");
        assert_eq!(score_word(5.0, Lang::En), "delighted");
        assert_eq!(effort_word(1.0, Lang::En), "very hard");
        assert_eq!(effort_word(7.0, Lang::En), "effortless");
        assert_eq!(score_color(0.0), Color32::from_rgb(0x8A, 0x8A, 0x8A));
        assert_eq!(score_color(-5.0), Color32::from_rgb(0xC6, 0x28, 0x28));
        assert_eq!(score_color(f64::NAN), score_color(0.0));
    }
}
