//! Stable, human-readable string ids (`p-anna`, `tp-checkout`) that items use to refer to each other.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The id of an item in a project. Ids are chosen once and never change, so references and
/// git diffs stay stable when items are renamed or reordered.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub String);

/// Longest id accepted; ids are for people and diffs, not for data.
pub const MAX_ID_LEN: usize = 64;

impl Id {
    /// Wraps a string as an id (not checked; [`Id::is_well_formed`] checks).
    pub fn new(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// 1–64 ASCII letters, digits, `-`, `_` or `.`: safe in file names, URLs and diffs.
    pub fn is_well_formed(&self) -> bool {
        !self.0.is_empty()
            && self.0.len() <= MAX_ID_LEN
            && self
                .0
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    }

    /// A fresh id `prefix-slug-of-name`, made unique against `taken` by a numeric suffix.
    pub fn generate<'a>(
        prefix: &str,
        name: &str,
        taken: impl IntoIterator<Item = &'a Id> + Clone,
    ) -> Id {
        let slug = slugify(name);
        let base = if slug.is_empty() {
            prefix.to_string()
        } else {
            let room = MAX_ID_LEN.saturating_sub(prefix.len() + 5);
            let slug: String = slug.chars().take(room).collect();
            format!("{prefix}-{}", slug.trim_end_matches('-'))
        };
        let is_taken = |candidate: &str| taken.clone().into_iter().any(|id| id.0 == candidate);
        if !is_taken(&base) {
            return Id(base);
        }
        (2u32..)
            .map(|n| format!("{base}-{n}"))
            .find(|candidate| !is_taken(candidate))
            .map(Id)
            .unwrap_or(Id(base))
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(text: &str) -> Self {
        Id(text.to_string())
    }
}

/// Lower-case ASCII slug of a name: accents folded, other characters turned into single hyphens.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// The unaccented letters of the accented Latin letters common in Dutch and English names.
fn fold_accent(c: char) -> impl Iterator<Item = char> {
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => "a",
        'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => "A",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'È' | 'É' | 'Ê' | 'Ë' => "E",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' => "I",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => "O",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' => "U",
        'ç' => "c",
        'Ç' => "C",
        'ñ' => "n",
        'Ñ' => "N",
        'ß' => "ss",
        'ĳ' => "ij",
        _ => "",
    };
    let own = if folded.is_empty() { Some(c) } else { None };
    folded.chars().chain(own)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_accents_and_punctuation() {
        assert_eq!(slugify("Zoë de Vries"), "zoe-de-vries");
        assert_eq!(slugify("  Check-out & betalen!  "), "check-out-betalen");
        assert_eq!(slugify("???"), "");
    }

    #[test]
    fn generated_ids_are_unique_and_well_formed() {
        let taken = [Id::from("p-anna"), Id::from("p-anna-2")];
        let id = Id::generate("p", "Anna", taken.iter());
        assert_eq!(id.as_str(), "p-anna-3");
        assert!(id.is_well_formed());
        assert_eq!(Id::generate("p", "", taken.iter()).as_str(), "p");
        let long = "x".repeat(200);
        assert!(Id::generate("tp", &long, taken.iter()).is_well_formed());
    }

    #[test]
    fn malformed_ids_are_recognised() {
        assert!(!Id::from("").is_well_formed());
        assert!(!Id::from("has space").is_well_formed());
        assert!(!Id::from("ü").is_well_formed());
        assert!(Id::from("P1.v2_a-b").is_well_formed());
    }
}
