//! "How is this computed?": the loyalty model of PRODUCT.md §4 explained step by step with the
//! numbers of the selected scenario and persona, so a CX lead can follow and trust them.

use super::Env;
use super::scenarios::{ScenariosState, assumption_text};
use super::style::section;
use crate::engine::{self, ChanceCurve, Params, PersonaRun};
use crate::i18n::{Lang, numbers, t, tr};
use crate::model::{AssumptionKey as K, MarginTiming, Persona, Project, catalog};
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
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "The chance of leaving after a negative experience ({}) is a behaviour assumption made from a stated intention: 73 % of consumers say one negative experience is enough to drop a brand. People do less than they say (the say–do gap: about half of intentions are acted on, Sheeran & Webb 2016; in PwC's survey 32 % say they would leave even a brand they love after one bad experience), so a new project starts at 35 %, with a range from 20 % up to the stated 73 %.",
                p(K::ChurnAfterNegative)
            ),
            Lang::Nl => format!(
                "De kans om te vertrekken na een negatieve ervaring ({}) is een gedragsaanname gemaakt uit een uitgesproken intentie: 73 % van de consumenten zegt dat één negatieve ervaring genoeg is om een merk te laten vallen. Mensen doen minder dan ze zeggen (de kloof tussen zeggen en doen: ongeveer de helft van de intenties wordt uitgevoerd, Sheeran & Webb 2016; in het onderzoek van PwC zegt 32 % zelfs een geliefd merk te verlaten na één slechte ervaring), dus een nieuw project begint bij 35 %, met een bereik van 20 % tot de uitgesproken 73 %.",
                p(K::ChurnAfterNegative)
            ),
        },
    );
    matrix_ui(ui, &with, lang);
    balance_ui(ui, persona, &with, &without, lang);

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

    // Capacity and the prospect pool (engine::simulate::step_all has the rule).
    let count = |c: f64| numbers::grouped(c, 0, lang);
    let limits = match (project.settings.capacity, persona.capacity, lang) {
        (None, None, Lang::En) => "Nothing else limits growth: give the number of customers the business can serve (its capacity) in the model settings to bound it.".to_string(),
        (None, None, Lang::Nl) => "Verder begrenst niets de groei: geef bij de modelinstellingen op hoeveel klanten het bedrijf kan bedienen (de capaciteit) om haar te begrenzen.".to_string(),
        (total, own, Lang::En) => format!(
            "The business can serve {}. Each period the customers who come in — acquired, by word of mouth or won back — only fill the room that the customers kept leave under it: first under the persona's own limit, then under the project's, which personas share in proportion to what each would bring in. Customers never grow above a limit; a project that starts above one lets nobody in until it is below.",
            match (total, own) {
                (Some(t), Some(o)) => format!("{} customers in all and {} of this persona", count(t), count(o)),
                (Some(t), None) => format!("{} customers in all", count(t)),
                (None, Some(o)) => format!("{} customers of this persona", count(o)),
                (None, None) => String::new(),
            }
        ),
        (total, own, Lang::Nl) => format!(
            "Het bedrijf kan {} bedienen. Elke periode vullen de klanten die erbij komen — geworven, via mond-tot-mond of teruggewonnen — alleen de ruimte die de gebleven klanten eronder overlaten: eerst onder de eigen grens van de persona, dan onder die van het project, die de persona's delen naar wat elk zou binnenbrengen. Het aantal klanten groeit nooit boven een grens; een project dat erboven begint, laat niemand toe tot het eronder is.",
            match (total, own) {
                (Some(t), Some(o)) => format!("{} klanten in totaal en {} van deze persona", count(t), count(o)),
                (Some(t), None) => format!("{} klanten in totaal", count(t)),
                (None, Some(o)) => format!("{} klanten van deze persona", count(o)),
                (None, None) => String::new(),
            }
        ),
    };
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "The prospects are a pool that is used up: a prospect who becomes a customer leaves it, and lost customers do not return to it (they can only be won back). {limits}"
            ),
            Lang::Nl => format!(
                "De prospects zijn een voorraad die opraakt: een prospect die klant wordt, verlaat haar, en verloren klanten keren er niet naar terug (ze kunnen alleen worden teruggewonnen). {limits}"
            ),
        },
    );
    para(
        ui,
        match lang {
            Lang::En => {
                "An initiative works from the period it starts. With a ramp it grows to full effect in equal steps: in the k-th period after its start its changes to score and effort count for (k + 1) / ramp — a ramp of 3 gives a third, two thirds, then all of it. Before its start it changes nothing and costs nothing."
            }
            Lang::Nl => {
                "Een initiatief werkt vanaf de periode waarin het start. Met een aanloop groeit het in gelijke stappen naar het volledige effect: in de k-de periode na de start tellen de veranderingen van score en moeite voor (k + 1) / aanloop — een aanloop van 3 geeft een derde, twee derde en dan alles. Voor de start verandert het niets en kost het niets."
            }
        },
    );

    section(ui, t("4. Money", "4. Geld").get(lang));
    let margin = with.chain.margin_per_customer;
    let per_customer = catalog::per_customer_per_period(project.settings.period, lang);
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "A customer spends {} {per_customer} at a gross margin of {}. Active-loyal customers pay a premium for the good experience ({} of them pay {} more), which is all margin: {} {per_customer} against {} for new and passive customers. Initiatives cost their one-off amount in the period they start and their running cost in every period from then on.",
                money(persona.segment.spend_per_period),
                p(K::GrossMargin),
                p(K::PremiumShare),
                p(K::PricePremium),
                money(margin[2]),
                money(margin[1])
            ),
            Lang::Nl => format!(
                "Een klant besteedt {} {per_customer} tegen een brutomarge van {}. Actief loyale klanten betalen een meerprijs voor de goede ervaring ({} van hen betaalt {} meer), die helemaal marge is: {} {per_customer} tegenover {} voor nieuwe en passieve klanten. Initiatieven kosten hun eenmalige bedrag in de periode waarin ze beginnen en hun lopende kosten in elke periode daarna.",
                money(persona.segment.spend_per_period),
                p(K::GrossMargin),
                p(K::PremiumShare),
                p(K::PricePremium),
                money(margin[2]),
                money(margin[1])
            ),
        },
    );
    let per_period = catalog::per_period(project.settings.period, lang);
    para(
        ui,
        &match (project.settings.fixed_costs_per_period, lang) {
            (None, Lang::En) => "Margin minus the initiatives' costs is a contribution, not a profit: the project gives no fixed costs (rent, staff, overheads), so the result is what the customers contribute towards them. Give fixed costs per period in the model settings to see a profit.".to_string(),
            (None, Lang::Nl) => "Marge min de kosten van de initiatieven is een bijdrage (dekkingsbijdrage), geen winst: het project noemt geen vaste kosten (huur, personeel, overhead), dus de uitkomst is wat de klanten daaraan bijdragen. Vul vaste kosten per periode in bij de modelinstellingen om een winst te zien.".to_string(),
            (Some(fixed), Lang::En) => format!(
                "With fixed costs of {} {per_period}, margin minus the initiatives' costs minus the fixed costs is a profit.",
                money(fixed)
            ),
            (Some(fixed), Lang::Nl) => format!(
                "Met vaste kosten van {} {per_period} is marge min de kosten van de initiatieven min de vaste kosten een winst.",
                money(fixed)
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

    let words = tr::ResultWords::new(project.settings.fixed_costs_per_period);
    section(
        ui,
        &match lang {
            Lang::En => format!("6. NPS estimate, {} and payback", words.word().en),
            Lang::Nl => format!("6. NPS-schatting, {} en terugverdientijd", words.word().nl),
        },
    );
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "NPS estimate = 100 × (promoters − detractors) / paying customers (new, passive and active loyal), in points from −100 to +100. Detractors are the customers with at least one negative experience in the period: n × customers. Promoters come only from the others, the (1 − n) without a negative experience: {} of the active loyal and of the delighted new and passive ones, promoters = {} × (1 − n) × (active loyal + g × (new + passive)). So a customer who had both a negative and a delighting experience in a period counts once, as a detractor: a bad experience weighs more than a good one, and promoters plus detractors never exceed the customers. At the start (t = 0) the estimate uses the touchpoints without initiatives, so every scenario starts at the same point.",
                p(K::RecommendShare),
                p(K::RecommendShare)
            ),
            Lang::Nl => format!(
                "NPS-schatting = 100 × (promotors − criticasters) / betalende klanten (nieuw, passief en actief loyaal), in punten van −100 tot +100. Criticasters zijn de klanten met minstens één negatieve ervaring in de periode: n × klanten. Promotors komen alleen uit de anderen, de (1 − n) zonder negatieve ervaring: {} van de actief loyalen en van de verrukte nieuwe en passieve klanten, promotors = {} × (1 − n) × (actief loyaal + g × (nieuw + passief)). Een klant met zowel een negatieve als een verrukkende ervaring in een periode telt dus één keer, als criticaster: een slechte ervaring weegt zwaarder dan een goede, en promotors plus criticasters zijn nooit meer dan de klanten. Aan het begin (t = 0) gebruikt de schatting de touchpoints zonder initiatieven, zodat elk scenario op hetzelfde punt begint.",
                p(K::RecommendShare),
                p(K::RecommendShare)
            ),
        },
    );
    para(
        ui,
        &match lang {
            Lang::En => format!(
                "Cumulative {} is the present value of margin minus initiative costs{}, added up period by period. A scenario pays back in the first period from which its cumulative {} stays at or above the same scenario without its initiatives.",
                words.word().en,
                if words.profit { " and fixed costs" } else { "" },
                words.word().en
            ),
            Lang::Nl => format!(
                "Cumulatieve {} is de contante waarde van marge min kosten van initiatieven{}, periode na periode opgeteld. Een scenario is terugverdiend in de eerste periode vanaf wanneer zijn cumulatieve {} gelijk aan of boven hetzelfde scenario zonder initiatieven blijft.",
                words.word().nl,
                if words.profit { " en vaste kosten" } else { "" },
                words.word().nl
            ),
        },
    );
    para(
        ui,
        t(
            "The results show headline numbers rounded for people (£51.1M, NPS +30, 13.1k customers); hover over a number for its exact value. The CSV of every plot and the report keep the exact values.",
            "De resultaten tonen kerngetallen afgerond voor mensen (€ 51,1 mln, NPS +30, 13,1 duizend klanten); houd de muis op een getal voor de exacte waarde. De CSV van elke grafiek en het rapport houden de exacte waarden.",
        )
        .get(lang),
    );

    section(
        ui,
        t(
            "7. The assumptions and where they come from",
            "7. De aannames en waar ze vandaan komen",
        )
        .get(lang),
    );
    sources_ui(ui, project, &params, lang);
    ui.add_space(20.0);
}

/// Every assumption with the value this scenario uses, its range and its source: a source
/// saved before sources were cited by title reads as the title.
/// Where the persona's share of active-loyal customers holds steady, without and with the
/// scenario, against where it starts.
fn balance_ui(
    ui: &mut egui::Ui,
    persona: &Persona,
    with: &PersonaRun,
    without: &PersonaRun,
    lang: Lang,
) {
    let (Some(today), Some(scenario)) = (
        engine::balanced_active_share(&without.chain.transition),
        engine::balanced_active_share(&with.chain.transition),
    ) else {
        return;
    };
    let pct = |v: f64| numbers::percent(v, 1, lang);
    let start = persona.segment.active_loyal_share.clamp(0.0, 1.0);
    let mut text = match lang {
        Lang::En => format!(
            "The share of active-loyal customers holds steady where as many become active loyal in a period as stop being so: for this persona at {} without initiatives and {} in this scenario.",
            pct(today),
            pct(scenario),
        ),
        Lang::Nl => format!(
            "Het aandeel actief loyale klanten blijft gelijk waar per periode evenveel klanten actief loyaal worden als ophouden dat te zijn: voor deze persona bij {} zonder initiatieven en {} in dit scenario.",
            pct(today),
            pct(scenario),
        ),
    };
    text.push(' ');
    if (start - today).abs() <= 0.005 {
        text.push_str(t("It starts there.", "Het begint daar.").get(lang));
    } else {
        text.push_str(&match lang {
            Lang::En => format!("It starts at {}.", pct(start)),
            Lang::Nl => format!("Het begint bij {}.", pct(start)),
        });
    }
    if (start - today).abs() > 0.01 {
        text.push(' ');
        text.push_str(
            t(
                "Without initiatives the share moves there by itself, so part of any scenario's gain would not be the initiatives' doing: calibrating to a survey wave (Metrics) starts every persona at its balance.",
                "Zonder initiatieven schuift het aandeel daar vanzelf naartoe, dus een deel van de winst van elk scenario zou niet door de initiatieven komen: kalibreren op een meting (Metingen) laat elke persona bij haar evenwicht beginnen.",
            )
            .get(lang),
        );
    }
    para(ui, &text);
}

fn sources_ui(ui: &mut egui::Ui, project: &Project, params: &Params, lang: Lang) {
    egui::Grid::new("assumption-sources")
        .num_columns(3)
        .striped(true)
        .spacing([18.0, 8.0])
        .show(ui, |ui| {
            ui.strong(tr::ASSUMPTION.get(lang));
            ui.strong(tr::VALUE_AND_RANGE.get(lang));
            ui.strong(tr::SOURCE.get(lang));
            ui.end_row();
            for key in K::ALL {
                let info = catalog::assumption_info(key);
                let row = project.assumption(key);
                let (low, high) = row.map_or((info.low, info.high), |r| (r.low, r.high));
                let source = row
                    .map(|r| r.source.as_str())
                    .filter(|s| !s.trim().is_empty())
                    .unwrap_or_else(|| info.source.get(lang));
                ui.add(egui::Label::new(info.label.get(lang)).wrap());
                ui.label(format!(
                    "{} ({} – {})",
                    assumption_text(key, params.get(key), lang),
                    assumption_text(key, low, lang),
                    assumption_text(key, high, lang)
                ));
                ui.add(egui::Label::new(RichText::new(source).small()).wrap());
                ui.end_row();
            }
        });
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
