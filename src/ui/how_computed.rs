//! "How is this computed?": the loyalty model of PRODUCT.md §4 explained step by step with the
//! numbers of the selected scenario and persona, so a CX lead can follow and trust them.

use super::Env;
use super::scenarios::{ScenariosState, assumption_text};
use super::style::section;
use crate::engine::{self, ChanceCurve, Params, PersonaRun};
use crate::i18n::{Lang, numbers, t};
use crate::model::{AssumptionKey as K, MarginTiming, Persona, Project};
use egui::RichText;

/// Draws the explanation for the scenario at `index`.
pub fn how_computed_ui(
    ui: &mut egui::Ui,
    project: &Project,
    index: usize,
    state: &mut ScenariosState,
    env: &mut Env,
) {
    let lang = env.lang;
    let Some(persona) = state
        .persona
        .as_ref()
        .and_then(|id| project.persona(id))
        .or(project.personas.first())
    else {
        ui.label(crate::i18n::tr::NO_PERSONAS_FOR_RESULTS.get(lang));
        return;
    };
    let scenario = &project.scenarios[index];
    env.results.comparison(project);
    let Some(comparison) = env.results.last_comparison() else {
        return;
    };
    let find = |runs: &[PersonaRun]| runs.iter().find(|r| r.persona == persona.id).cloned();
    let (Some(with), Some(without)) = (
        comparison
            .scenarios
            .get(index)
            .and_then(|r| find(&r.personas)),
        find(&comparison.baseline.personas),
    ) else {
        return;
    };
    let params = Params::for_scenario(project, scenario);
    let p = |key: K| assumption_text(key, params.get(key), lang);
    // "s − m" written as "s + 3" when m is −3.
    let minus = |key: K| {
        let value = params.get(key);
        let text = assumption_text(key, value.abs(), lang);
        if value < 0.0 {
            format!("+ {text}")
        } else {
            format!("− {text}")
        }
    };
    let pct = |v: f64| numbers::percent(v, 1, lang);
    let money = |v: f64| numbers::money(v, &project.meta.currency, lang);

    ui.horizontal(|ui| {
        ui.label(t("Numbers for", "Getallen voor").get(lang));
        egui::ComboBox::from_id_salt("how-persona")
            .selected_text(&persona.name)
            .show_ui(ui, |ui| {
                for other in &project.personas {
                    ui.selectable_value(&mut state.persona, Some(other.id.clone()), &other.name);
                }
            });
        ui.label(format!("— {}", scenario.name));
    });

    para(ui, t(
        "Each persona's customers move between five states every period — prospect, new, passive loyal, active loyal and lost — like a Markov chain (Pfeifer & Carraway 2000). How they move depends on the experiences the touchpoint map gives them, after the scenario's initiatives.",
        "De klanten van elke persona gaan elke periode tussen vijf toestanden — prospect, nieuw, passief loyaal, actief loyaal en verloren — zoals in een Markov-keten (Pfeifer & Carraway 2000). Hoe ze bewegen hangt af van de ervaringen die de touchpoints hun geven, na de initiatieven van het scenario.",
    ).get(lang));

    section(
        ui,
        t(
            "1. From touchpoints to chances",
            "1. Van touchpoints naar kansen",
        )
        .get(lang),
    );
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "Each touchpoint's experience score (−5..+5) is corrected for effort: s = score + {} × (effort − 4). A visit is negative with chance 1 / (1 + e^({} × (s {}))) and delighting with chance 1 / (1 + e^(−{} × (s {}))). Over a period, with each touchpoint's reach: n = 1 − Π(1 − reach × p_negative) and g = 1 − Π(1 − reach × p_delight).",
                p(K::EffortWeight),
                p(K::ScoreSteepness),
                minus(K::NegativeMidpoint),
                p(K::ScoreSteepness),
                minus(K::DelightMidpoint)
            ),
            Lang::Nl => format!(
                "De ervaringsscore van elk touchpoint (−5..+5) wordt gecorrigeerd voor moeite: s = score + {} × (moeite − 4). Een bezoek is negatief met kans 1 / (1 + e^({} × (s {}))) en verrukkend met kans 1 / (1 + e^(−{} × (s {}))). Over een periode, met het bereik van elk touchpoint: n = 1 − Π(1 − bereik × p_negatief) en g = 1 − Π(1 − bereik × p_verrukking).",
                p(K::EffortWeight),
                p(K::ScoreSteepness),
                minus(K::NegativeMidpoint),
                p(K::ScoreSteepness),
                minus(K::DelightMidpoint)
            ),
        },
    );
    let (n, g) = (with.chain.exposure.negative, with.chain.exposure.delight);
    let (n0, g0) = (
        without.chain.exposure.negative,
        without.chain.exposure.delight,
    );
    big(
        ui,
        &match lang {
            Lang::En => format!(
                "{}: n = {} per period (baseline {}), g = {} (baseline {})",
                persona.name,
                pct(n),
                pct(n0),
                pct(g),
                pct(g0)
            ),
            Lang::Nl => format!(
                "{}: n = {} per periode (basis {}), g = {} (basis {})",
                persona.name,
                pct(n),
                pct(n0),
                pct(g),
                pct(g0)
            ),
        },
    );
    biggest_touchpoints_ui(ui, project, persona, &params, lang);

    section(
        ui,
        t(
            "2. Who leaves, who stays, who bonds",
            "2. Wie vertrekt, wie blijft, wie bindt zich",
        )
        .get(lang),
    );
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "A new or passive-loyal customer leaves with chance n × {} + (1 − n × {}) × b, where b = {} per month of re-orienting, scaled by the value gap ({} perception − expectation). Of those who stay, a share g × {} becomes active loyal. Active-loyal customers leave only with n × {} × {} (their emotional bond buffers) and otherwise drop back to passive after a negative experience. Lost customers are won back with {} per month.",
                p(K::ChurnAfterNegative),
                p(K::ChurnAfterNegative),
                p(K::PassiveSwitching),
                numbers::signed(engine::value_gap(persona), 1, lang),
                p(K::DelightToActive),
                p(K::ChurnAfterNegative),
                p(K::ActiveLoyalBuffer),
                p(K::WinBack)
            ),
            Lang::Nl => format!(
                "Een nieuwe of passief loyale klant vertrekt met kans n × {} + (1 − n × {}) × b, met b = {} per maand heroriëntatie, geschaald met de waardekloof ({} perceptie − verwachting). Van wie blijft, wordt een deel g × {} actief loyaal. Actief loyale klanten vertrekken alleen met n × {} × {} (hun emotionele band buffert) en vallen anders na een negatieve ervaring terug naar passief. Verloren klanten worden teruggewonnen met {} per maand.",
                p(K::ChurnAfterNegative),
                p(K::ChurnAfterNegative),
                p(K::PassiveSwitching),
                numbers::signed(engine::value_gap(persona), 1, lang),
                p(K::DelightToActive),
                p(K::ChurnAfterNegative),
                p(K::ActiveLoyalBuffer),
                p(K::WinBack)
            ),
        },
    );
    matrix_ui(ui, &with, lang);

    section(ui, t("3. New customers", "3. Nieuwe klanten").get(lang));
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "Each period {} of the prospects become customers by themselves, and every delighted customer brings {} new ones by word of mouth ({} tell {} people, of whom {} become customers) — never more than the prospects left.",
                pct(with.chain.base_acquisition),
                numbers::grouped(with.chain.referrals_per_delighted, 3, lang),
                p(K::ShareWhoTell),
                p(K::PeopleTold),
                p(K::ReferralConversion)
            ),
            Lang::Nl => format!(
                "Elke periode wordt {} van de prospects vanzelf klant, en elke verrukte klant brengt {} nieuwe via mond-tot-mondreclame ({} vertelt het aan {} mensen, van wie {} klant wordt) — nooit meer dan er prospects over zijn.",
                pct(with.chain.base_acquisition),
                numbers::grouped(with.chain.referrals_per_delighted, 3, lang),
                p(K::ShareWhoTell),
                p(K::PeopleTold),
                p(K::ReferralConversion)
            ),
        },
    );

    section(ui, t("4. Money", "4. Geld").get(lang));
    let margin = with.chain.margin_per_customer;
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "A customer spends {} per period at a gross margin of {}. Active-loyal customers pay a premium for the good experience ({} of them pay {} more), which is all margin: {} per period against {} for new and passive customers. Initiatives cost their one-off amount in the first period and their running cost every period.",
                money(persona.segment.spend_per_period),
                p(K::GrossMargin),
                p(K::PremiumShare),
                p(K::PricePremium),
                money(margin[2]),
                money(margin[1])
            ),
            Lang::Nl => format!(
                "Een klant besteedt {} per periode tegen een brutomarge van {}. Actief loyale klanten betalen een meerprijs voor de goede ervaring ({} van hen betaalt {} meer), die helemaal marge is: {} per periode tegenover {} voor nieuwe en passieve klanten. Initiatieven kosten hun eenmalige bedrag in de eerste periode en hun lopende kosten elke periode.",
                money(persona.segment.spend_per_period),
                p(K::GrossMargin),
                p(K::PremiumShare),
                p(K::PricePremium),
                money(margin[2]),
                money(margin[1])
            ),
        },
    );

    section(
        ui,
        t("5. Customer lifetime value", "5. Klantwaarde (CLV)").get(lang),
    );
    let timing = project.settings.margin_timing;
    let formula = match timing {
        MarginTiming::EndOfPeriod => "V = (I − P/(1+d))^−1 · P·R/(1+d)",
        MarginTiming::StartOfPeriod => "V = (I − P/(1+d))^−1 · R",
    };
    let d = comparison
        .scenarios
        .get(index)
        .map_or(0.0, |r| r.discount_rate_per_period);
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "In closed form from the transition matrix P and the margin per state R, with d = {} per period ({} per year): {formula}. Margin is counted at the {} of each period; with a single 'retained' state this is the textbook m·r/(1+d−r) (Gupta & Lehmann). The simulation summed over a long horizon gives the same number.",
                numbers::percent(d, 3, lang),
                p(K::DiscountRateYear),
                if timing == MarginTiming::EndOfPeriod {
                    "end"
                } else {
                    "start"
                }
            ),
            Lang::Nl => format!(
                "In gesloten vorm uit de overgangsmatrix P en de marge per toestand R, met d = {} per periode ({} per jaar): {formula}. Marge telt aan het {} van elke periode; met één toestand 'behouden' is dit de bekende m·r/(1+d−r) (Gupta & Lehmann). De simulatie opgeteld over een lange horizon geeft hetzelfde getal.",
                numbers::percent(d, 3, lang),
                p(K::DiscountRateYear),
                if timing == MarginTiming::EndOfPeriod {
                    "eind"
                } else {
                    "begin"
                }
            ),
        },
    );
    if let (Some(clv), Some(base)) = (with.clv, without.clv) {
        big(
            ui,
            &match lang {
                Lang::En => format!(
                    "{}: a new customer is worth {} (baseline {}); an active-loyal one {}",
                    persona.name,
                    money(clv.new),
                    money(base.new),
                    money(clv.active_loyal)
                ),
                Lang::Nl => format!(
                    "{}: een nieuwe klant is {} waard (basis {}); een actief loyale {}",
                    persona.name,
                    money(clv.new),
                    money(base.new),
                    money(clv.active_loyal)
                ),
            },
        );
    }

    section(
        ui,
        t(
            "6. NPS estimate, profit and payback",
            "6. NPS-schatting, winst en terugverdientijd",
        )
        .get(lang),
    );
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "NPS estimate = 100 × (promoters − detractors) / customers, with promoters = {} × (active loyal + g × (new + passive)) and detractors = n × customers. Cumulative profit is the present value of margin minus initiative costs. A scenario pays back in the first period from which its cumulative profit stays at or above the same scenario without its initiatives.",
                p(K::RecommendShare)
            ),
            Lang::Nl => format!(
                "NPS-schatting = 100 × (promotors − criticasters) / klanten, met promotors = {} × (actief loyaal + g × (nieuw + passief)) en criticasters = n × klanten. Cumulatieve winst is de contante waarde van marge min kosten van initiatieven. Een scenario is terugverdiend in de eerste periode vanaf wanneer zijn cumulatieve winst gelijk aan of boven hetzelfde scenario zonder initiatieven blijft.",
                p(K::RecommendShare)
            ),
        },
    );
    ui.add_space(20.0);
}

fn para(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(RichText::new(text).size(15.5)).wrap());
    ui.add_space(4.0);
}

fn big(ui: &mut egui::Ui, text: &str) {
    ui.add_space(2.0);
    ui.label(RichText::new(text).size(17.0).strong());
    ui.add_space(6.0);
}

/// The touchpoints that cause most of the persona's negative and delighting experiences.
fn biggest_touchpoints_ui(
    ui: &mut egui::Ui,
    project: &Project,
    persona: &Persona,
    params: &Params,
    lang: Lang,
) {
    let curve = ChanceCurve::of(params);
    let mut risks: Vec<(f64, f64, &str)> = project
        .touchpoints
        .iter()
        .filter_map(|tp| {
            let e = tp.experience_of(&persona.id)?;
            let (score, effort) = engine::adjusted_experience(e.score, e.effort, 0.0, 0.0);
            let chances = curve.visit_chances(score, effort);
            let reach = e.reach.clamp(0.0, 1.0);
            Some((
                reach * chances.negative,
                reach * chances.delighting,
                tp.name.as_str(),
            ))
        })
        .collect();
    let list = |items: &[(f64, f64, &str)], pick: fn(&(f64, f64, &str)) -> f64| -> String {
        items
            .iter()
            .take(3)
            .filter(|i| pick(i) > 0.0005)
            .map(|i| format!("{} ({})", i.2, numbers::percent(pick(i), 1, lang)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    risks.sort_by(|a, b| b.0.total_cmp(&a.0));
    let negative = list(&risks, |i| i.0);
    risks.sort_by(|a, b| b.1.total_cmp(&a.1));
    let delight = list(&risks, |i| i.1);
    let label = |en: &'static str, nl: &'static str, items: String| {
        if items.is_empty() {
            None
        } else {
            Some(format!("{} {items}", t(en, nl).get(lang)))
        }
    };
    for line in [
        label(
            "Most negative experiences (without initiatives) come from:",
            "De meeste negatieve ervaringen (zonder initiatieven) komen van:",
            negative,
        ),
        label(
            "Most delight comes from:",
            "De meeste verrukking komt van:",
            delight,
        ),
    ]
    .into_iter()
    .flatten()
    {
        ui.label(RichText::new(line).italics());
    }
}

fn matrix_ui(ui: &mut egui::Ui, run: &PersonaRun, lang: Lang) {
    let states = [
        t("New", "Nieuw"),
        t("Passive loyal", "Passief loyaal"),
        t("Active loyal", "Actief loyaal"),
        t("Lost", "Verloren"),
    ];
    ui.label(
        RichText::new(
            t(
                "Chance per period of moving from (row) to (column):",
                "Kans per periode om van (rij) naar (kolom) te gaan:",
            )
            .get(lang),
        )
        .weak(),
    );
    egui::Grid::new("transition-matrix")
        .striped(true)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            for state in &states {
                ui.strong(state.get(lang));
            }
            ui.end_row();
            for (row, state) in run.chain.transition.0.iter().zip(&states) {
                ui.strong(state.get(lang));
                for chance in row {
                    ui.monospace(numbers::percent(*chance, 1, lang));
                }
                ui.end_row();
            }
        });
}
