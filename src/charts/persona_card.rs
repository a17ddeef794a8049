//! The key facts of a persona's card, as plain data in the order the cards show them. The card
//! on screen (`ui::persona_card`) and the card on a slide or handout (`slides::persona`) both
//! draw this one list, each in its own words and layout, and each matches every kind of fact:
//! a new fact is added here, and the compiler names both cards.

use crate::i18n::Lang;
use crate::model::{Persona, catalog};

/// One fact about a persona.
#[derive(Clone, Debug, PartialEq)]
pub enum Fact {
    /// The year of birth, and the generation it falls in (when it falls in one).
    Born {
        /// The generation's label.
        generation: Option<&'static str>,
        /// The year of birth.
        year: i32,
    },
    /// The loyalty type, as its label.
    Loyalty(&'static str),
    /// The preferred channels, as labels, most preferred first; empty when none are chosen.
    Channels(Vec<String>),
    /// How many customers the persona stands for.
    Customers(u64),
}

/// `persona`'s facts in `lang`, in the order the cards show them: born, loyalty, channels,
/// customers. The year of birth only when it is known.
pub fn facts(persona: &Persona, lang: Lang) -> Vec<Fact> {
    let born = persona.birth_year.map(|year| Fact::Born {
        generation: catalog::generation_of(year).map(|g| catalog::generation_label(g, lang)),
        year,
    });
    born.into_iter()
        .chain([
            Fact::Loyalty(catalog::loyalty_label(persona.loyalty, lang)),
            Fact::Channels(
                persona
                    .preferred_channels
                    .iter()
                    .map(|c| catalog::channel_label(c, lang))
                    .collect(),
            ),
            Fact::Customers(persona.segment.customers),
        ])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Channel;

    #[test]
    fn the_facts_come_in_card_order_and_the_year_only_when_known() {
        let mut persona = Persona {
            birth_year: Some(1990),
            preferred_channels: vec![Channel::Email, Channel::Phone],
            ..Persona::default()
        };
        persona.segment.customers = 1200;
        let facts = facts(&persona, Lang::En);
        assert!(
            matches!(
                facts.as_slice(),
                [
                    Fact::Born {
                        generation: Some(_),
                        year: 1990
                    },
                    Fact::Loyalty(_),
                    Fact::Channels(channels),
                    Fact::Customers(1200),
                ] if channels == &["E-mail", "Phone"]
            ),
            "{facts:?}"
        );
        persona.birth_year = None;
        persona.preferred_channels.clear();
        let facts = super::facts(&persona, Lang::Nl);
        assert!(
            matches!(
                facts.as_slice(),
                [Fact::Loyalty(_), Fact::Channels(none), Fact::Customers(_)] if none.is_empty()
            ),
            "{facts:?}"
        );
    }
}
