//! Every user-facing string, in English and Dutch. A string is a [`Text`] with both languages as
//! required fields, so a missing translation is a compile error rather than a blank label.

use serde::{Deserialize, Serialize};

pub mod numbers;
pub mod tr;

/// A user-interface or content language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Dutch (Nederlands).
    Nl,
}

impl Lang {
    /// Both languages, in menu order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The language's own name, as shown in the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
        }
    }

    /// Dutch for a `nl*` locale tag (`nl-NL`, `nl_BE.UTF-8`), English otherwise.
    pub fn from_locale(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("nl") {
            Lang::Nl
        } else {
            Lang::En
        }
    }
}

/// A string in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Dutch.
    pub nl: &'static str,
}

impl Text {
    /// The string in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Nl => self.nl,
        }
    }
}

/// Shorthand for a [`Text`] literal: `t("File", "Bestand")`.
pub const fn t(en: &'static str, nl: &'static str) -> Text {
    Text { en, nl }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_choose_the_language() {
        assert_eq!(Lang::from_locale("nl-NL"), Lang::Nl);
        assert_eq!(Lang::from_locale("NL_be.UTF-8"), Lang::Nl);
        assert_eq!(Lang::from_locale("en-GB"), Lang::En);
        assert_eq!(Lang::from_locale("de-DE"), Lang::En);
        assert_eq!(t("File", "Bestand").get(Lang::Nl), "Bestand");
    }
}
