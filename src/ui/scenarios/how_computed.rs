//! "How is this computed?": the loyalty model of PRODUCT.md §4 explained step by step with the
//! numbers of the selected scenario and persona, so a CX lead can follow and trust them.

use super::{ScenariosState, assumption_text};
use crate::engine::{self, ChanceCurve, Params, PersonaRun};
use crate::i18n::{Lang, numbers, t, tr};
use crate::model::{AssumptionKey as K, MarginTiming, Persona, Project, TodayBasis, catalog};
use crate::ui::Env;
use crate::ui::style::section;
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
    let x = Explained {
        project,
        persona,
        params: Params::for_scenario(project, scenario),
        with,
        without,
        discount_rate_per_period: comparison
            .scenarios
            .get(index)
            .map_or(0.0, |r| r.discount_rate_per_period),
        lang,
    };

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

    chances_ui(ui, &x);
    moves_ui(ui, &x);
    new_customers_ui(ui, &x);
    money_ui(ui, &x);
    clv_ui(ui, &x);
    nps_and_payback_ui(ui, &x);

    section(
        ui,
        t(
            "7. The assumptions and where they come from",
            "7. De aannames en waar ze vandaan komen",
        )
        .get(lang),
    );
    sources_ui(ui, project, &x.params, lang);
    ui.add_space(20.0);
}

/// What the explanation's sentences are filled with: one persona's runs without and with the
/// scenario, the assumptions the scenario uses, and the language to write numbers in.
struct Explained<'a> {
    project: &'a Project,
    persona: &'a Persona,
    params: Params,
    with: PersonaRun,
    without: PersonaRun,
    discount_rate_per_period: f64,
    lang: Lang,
}

impl Explained<'_> {
    /// The scenario's value of an assumption, in its unit.
    fn p(&self, key: K) -> String {
        assumption_text(key, self.params.get(key), self.lang)
    }

    /// "s − m" written as "s + 3" when m is −3: the sign and the assumption's size.
    fn minus(&self, key: K) -> String {
        let value = self.params.get(key);
        let text = assumption_text(key, value.abs(), self.lang);
        if value < 0.0 {
            format!("+ {text}")
        } else {
            format!("− {text}")
        }
    }

    /// New customers and lost customers per period of the persona without initiatives,
    /// averaged over the run.
    fn flows(&self) -> (f64, f64) {
        crate::engine::today::mean_flows(
            self.without
                .periods
                .iter()
                .map(|p| (p.customers.paying(), p.entered_new)),
        )
    }

    fn pct(&self, share: f64) -> String {
        numbers::percent(share, 1, self.lang)
    }

    fn money(&self, amount: f64) -> String {
        numbers::money(amount, &self.project.meta.currency, self.lang)
    }
}

/// Section 1: how a touchpoint's score and effort become the chances of a negative and a
/// delighting experience in a period.
fn chances_ui(ui: &mut egui::Ui, x: &Explained) {
    let lang = x.lang;
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
        &t(
            "Each touchpoint's experience score (−5..+5) is corrected for effort: s = score + {effort_weight} × (effort − 4). A visit is negative with chance 1 / (1 + e^({steepness} × (s {negative_midpoint}))) and delighting with chance 1 / (1 + e^(−{steepness} × (s {delight_midpoint}))). Over a period, with each touchpoint's reach: n = 1 − Π(1 − reach × p_negative) and g = 1 − Π(1 − reach × p_delight).",
            "De ervaringsscore van elk touchpoint (−5..+5) wordt gecorrigeerd voor moeite: s = score + {effort_weight} × (moeite − 4). Een bezoek is negatief met kans 1 / (1 + e^({steepness} × (s {negative_midpoint}))) en verrukkend met kans 1 / (1 + e^(−{steepness} × (s {delight_midpoint}))). Over een periode, met het bereik van elk touchpoint: n = 1 − Π(1 − bereik × p_negatief) en g = 1 − Π(1 − bereik × p_verrukking).",
        )
        .fill(
            lang,
            &[
                ("effort_weight", &x.p(K::EffortWeight)),
                ("steepness", &x.p(K::ScoreSteepness)),
                ("negative_midpoint", &x.minus(K::NegativeMidpoint)),
                ("delight_midpoint", &x.minus(K::DelightMidpoint)),
            ],
        ),
    );
    let (with, without) = (&x.with.chain.exposure, &x.without.chain.exposure);
    big(
        ui,
        &t(
            "{persona}: n = {n} per period (Today {n0}), g = {g} (Today {g0})",
            "{persona}: n = {n} per periode (Vandaag {n0}), g = {g} (Vandaag {g0})",
        )
        .fill(
            lang,
            &[
                ("persona", &x.persona.name),
                ("n", &x.pct(with.negative)),
                ("n0", &x.pct(without.negative)),
                ("g", &x.pct(with.delight)),
                ("g0", &x.pct(without.delight)),
            ],
        ),
    );
    biggest_touchpoints_ui(ui, x.project, x.persona, &x.params, lang);
}

/// Section 2: how customers move between the states, with the scenario's transition matrix and
/// the share of active-loyal customers it settles at.
fn moves_ui(ui: &mut egui::Ui, x: &Explained) {
    let lang = x.lang;
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
        &t(
            "A new or passive-loyal customer leaves with chance n × {churn} + (1 − n × {churn}) × b, where b = {switching} per month of re-orienting, scaled by the value gap ({gap} perception − expectation). Of those who stay, a share g × {to_active} becomes active loyal. Active-loyal customers leave only with n × {churn} × {buffer} (their emotional bond buffers) and otherwise drop back to passive after a negative experience. Lost customers are won back with {win_back} per month.",
            "Een nieuwe of passief loyale klant vertrekt met kans n × {churn} + (1 − n × {churn}) × b, met b = {switching} per maand heroriëntatie, geschaald met de waardekloof ({gap} perceptie − verwachting). Van wie blijft, wordt een deel g × {to_active} actief loyaal. Actief loyale klanten vertrekken alleen met n × {churn} × {buffer} (hun emotionele band buffert) en vallen anders na een negatieve ervaring terug naar passief. Verloren klanten worden teruggewonnen met {win_back} per maand.",
        )
        .fill(
            lang,
            &[
                ("churn", &x.p(K::ChurnAfterNegative)),
                ("switching", &x.p(K::PassiveSwitching)),
                ("gap", &numbers::signed(engine::value_gap(x.persona), 1, lang)),
                ("to_active", &x.p(K::DelightToActive)),
                ("buffer", &x.p(K::ActiveLoyalBuffer)),
                ("win_back", &x.p(K::WinBack)),
            ],
        ),
    );
    para(
        ui,
        &t(
            "The chance of leaving after a negative experience ({churn}) is a behaviour assumption made from a stated intention: 73 % of consumers say one negative experience is enough to drop a brand. People do less than they say (the say–do gap: about half of intentions are acted on, Sheeran & Webb 2016; in PwC's survey 32 % say they would leave even a brand they love after one bad experience), so a new project starts at 35 %, with a range from 20 % up to the stated 73 %.",
            "De kans om te vertrekken na een negatieve ervaring ({churn}) is een gedragsaanname gemaakt uit een uitgesproken intentie: 73 % van de consumenten zegt dat één negatieve ervaring genoeg is om een merk te laten vallen. Mensen doen minder dan ze zeggen (de kloof tussen zeggen en doen: ongeveer de helft van de intenties wordt uitgevoerd, Sheeran & Webb 2016; in het onderzoek van PwC zegt 32 % zelfs een geliefd merk te verlaten na één slechte ervaring), dus een nieuw project begint bij 35 %, met een bereik van 20 % tot de uitgesproken 73 %.",
        )
        .fill(lang, &[("churn", &x.p(K::ChurnAfterNegative))]),
    );
    matrix_ui(ui, &x.with, lang);
    balance_ui(ui, x.persona, &x.with, &x.without, lang);
}

/// Section 3: where new customers come from, what limits them, and how initiatives phase in.
fn new_customers_ui(ui: &mut egui::Ui, x: &Explained) {
    let lang = x.lang;
    section(ui, t("3. New customers", "3. Nieuwe klanten").get(lang));
    let word_of_mouth = t(
        "every delighted customer brings {referrals} new ones by word of mouth ({tell} tell {told} people, of whom {conversion} become customers)",
        "elke verrukte klant brengt {referrals} nieuwe via mond-tot-mondreclame ({tell} vertelt het aan {told} mensen, van wie {conversion} klant wordt)",
    )
    .fill(
        lang,
        &[
            (
                "referrals",
                &numbers::grouped(x.without.chain.referrals_per_delighted, 3, lang),
            ),
            ("tell", &x.p(K::ShareWhoTell)),
            ("told", &x.p(K::PeopleTold)),
            ("conversion", &x.p(K::ReferralConversion)),
        ],
    );
    let (new, lost) = x.flows();
    let count = |c: f64| numbers::grouped(c, if c.abs() < 10.0 { 1 } else { 0 }, lang);
    let flows = [
        ("persona", x.persona.name.clone()),
        ("new", count(new)),
        ("lost", count(lost)),
        (
            "per",
            crate::ui::costs::period_word(x.project.settings.period, lang),
        ),
        ("word_of_mouth", word_of_mouth),
        ("acquisition", x.pct(x.with.chain.base_acquisition)),
    ];
    let flows: Vec<(&str, &dyn std::fmt::Display)> = flows
        .iter()
        .map(|(k, v)| (*k, v as &dyn std::fmt::Display))
        .collect();
    let text = match x.project.settings.today {
        TodayBasis::Steady => t(
            "Today is kept steady: without initiatives, as many new customers come in each period as the model expects to lose, so the customers you entered stay as they are. For {persona}, {new} new customers per {per} make up for {lost} lost. Of them, {word_of_mouth}; the others come by themselves, as many as needed; where word of mouth alone would bring more, Today counts only as many as it needs. How many come by themselves is fixed from Today; a scenario that keeps more customers, delights more or wins more back adds to them, and one that loses more falls below Today.",
            "Vandaag blijft gelijk: zonder initiatieven komen er elke periode evenveel nieuwe klanten bij als het model verwacht te verliezen, dus de klanten die u invoerde blijven zoals ze zijn. Voor {persona} maken {new} nieuwe klanten per {per} {lost} verloren klanten goed. Daarvan: {word_of_mouth}; de anderen komen vanzelf, zoveel als nodig; waar mond-tot-mondreclame alleen al meer zou brengen, telt Vandaag er maar zoveel als nodig. Hoeveel er vanzelf komen ligt vast vanuit Vandaag; een scenario dat meer klanten houdt, meer verrukt of meer terugwint, telt daar bij op, en een scenario dat meer verliest, zakt onder Vandaag.",
        ),
        TodayBasis::Trend { .. } => t(
            "Today follows the trend you stated: without initiatives, each period as many new customers come in as that trend needs. For {persona}, {new} new customers per {per} against {lost} lost. Of them, {word_of_mouth}; the others come by themselves, as many as the trend needs. How many come by themselves is fixed from Today; a scenario that keeps more customers, delights more or wins more back adds to them, and one that loses more falls below Today.",
            "Vandaag volgt de trend die u opgaf: zonder initiatieven komen er elke periode zoveel nieuwe klanten bij als die trend vraagt. Voor {persona}: {new} nieuwe klanten per {per} tegen {lost} verloren. Daarvan: {word_of_mouth}; de anderen komen vanzelf, zoveel als de trend vraagt. Hoeveel er vanzelf komen ligt vast vanuit Vandaag; een scenario dat meer klanten houdt, meer verrukt of meer terugwint, telt daar bij op, en een scenario dat meer verliest, zakt onder Vandaag.",
        ),
        TodayBasis::Rate { .. } => t(
            "Each period {acquisition} of the prospects become customers by themselves, and {word_of_mouth} — never more than the prospects left. For {persona}, without initiatives, {new} new customers per {per} against {lost} lost.",
            "Elke periode wordt {acquisition} van de prospects vanzelf klant, en {word_of_mouth} — nooit meer dan er prospects over zijn. Voor {persona}, zonder initiatieven: {new} nieuwe klanten per {per} tegen {lost} verloren.",
        ),
    };
    para(ui, &text.fill_from(lang, &flows));
    para(
        ui,
        &t(
            "The prospects are a pool that is used up: a prospect who becomes a customer leaves it, and lost customers do not return to it (they can only be won back). {limits}",
            "De prospects zijn een voorraad die opraakt: een prospect die klant wordt, verlaat haar, en verloren klanten keren er niet naar terug (ze kunnen alleen worden teruggewonnen). {limits}",
        )
        .fill(lang, &[("limits", &capacity_text(x))]),
    );
    para(
        ui,
        t(
            "An initiative works from the period it starts. With a ramp it grows to full effect in equal steps: in the k-th period after its start its changes to score and effort count for (k + 1) / ramp — a ramp of 3 gives a third, two thirds, then all of it. Before its start it changes nothing and costs nothing.",
            "Een initiatief werkt vanaf de periode waarin het start. Met een aanloop groeit het in gelijke stappen naar het volledige effect: in de k-de periode na de start tellen de veranderingen van score en moeite voor (k + 1) / aanloop — een aanloop van 3 geeft een derde, twee derde en dan alles. Voor de start verandert het niets en kost het niets.",
        )
        .get(lang),
    );
}

/// What limits growth besides the prospect pool: the business's capacity, for all personas
/// and for this one (engine::simulate::step_all has the rule).
fn capacity_text(x: &Explained) -> String {
    let lang = x.lang;
    let count = |c: f64| numbers::grouped(c, 0, lang);
    let capacity = match (x.project.settings.capacity, x.persona.capacity) {
        (None, None) => {
            return t(
                "Nothing else limits growth: give the number of customers the business can serve (its capacity) in the model settings to bound it.",
                "Verder begrenst niets de groei: geef bij de modelinstellingen op hoeveel klanten het bedrijf kan bedienen (de capaciteit) om haar te begrenzen.",
            )
            .get(lang)
            .to_string();
        }
        (Some(total), Some(own)) => t(
            "{total} customers in all and {own} of this persona",
            "{total} klanten in totaal en {own} van deze persona",
        )
        .fill(lang, &[("total", &count(total)), ("own", &count(own))]),
        (Some(total), None) => t("{total} customers in all", "{total} klanten in totaal")
            .fill(lang, &[("total", &count(total))]),
        (None, Some(own)) => t(
            "{own} customers of this persona",
            "{own} klanten van deze persona",
        )
        .fill(lang, &[("own", &count(own))]),
    };
    t(
        "The business can serve {capacity}. Each period the customers who come in — acquired, by word of mouth or won back — only fill the room that the customers kept leave under it: first under the persona's own limit, then under the project's, which personas share in proportion to what each would bring in. Customers never grow above a limit; a project that starts above one lets nobody in until it is below.",
        "Het bedrijf kan {capacity} bedienen. Elke periode vullen de klanten die erbij komen — geworven, via mond-tot-mond of teruggewonnen — alleen de ruimte die de gebleven klanten eronder overlaten: eerst onder de eigen grens van de persona, dan onder die van het project, die de persona's delen naar wat elk zou binnenbrengen. Het aantal klanten groeit nooit boven een grens; een project dat erboven begint, laat niemand toe tot het eronder is.",
    )
    .fill(lang, &[("capacity", &capacity)])
}

/// Section 4: what a customer brings in, what initiatives cost, and whether the result is a
/// contribution or a profit.
fn money_ui(ui: &mut egui::Ui, x: &Explained) {
    let lang = x.lang;
    let period = x.project.settings.period;
    section(ui, t("4. Money", "4. Geld").get(lang));
    let margin = x.with.chain.margin_per_customer;
    para(
        ui,
        &t(
            "A customer spends {spend} {per_customer} at a gross margin of {gross_margin}. Active-loyal customers pay a premium for the good experience ({premium_share} of them pay {premium} more), which is all margin: {active_margin} {per_customer} against {passive_margin} for new and passive customers. Initiatives cost their one-off amount in the period they start and their running cost in every period from then on.",
            "Een klant besteedt {spend} {per_customer} tegen een brutomarge van {gross_margin}. Actief loyale klanten betalen een meerprijs voor de goede ervaring ({premium_share} van hen betaalt {premium} meer), die helemaal marge is: {active_margin} {per_customer} tegenover {passive_margin} voor nieuwe en passieve klanten. Initiatieven kosten hun eenmalige bedrag in de periode waarin ze beginnen en hun lopende kosten in elke periode daarna.",
        )
        .fill(
            lang,
            &[
                ("spend", &x.money(x.persona.segment.spend_per_period)),
                ("per_customer", &catalog::per_customer_per_period(period, lang)),
                ("gross_margin", &x.p(K::GrossMargin)),
                ("premium_share", &x.p(K::PremiumShare)),
                ("premium", &x.p(K::PricePremium)),
                ("active_margin", &x.money(margin[2])),
                ("passive_margin", &x.money(margin[1])),
            ],
        ),
    );
    para(
        ui,
        &match x.project.settings.fixed_costs_per_period {
            None => t(
                "Margin minus the initiatives' costs is a contribution, not a profit: the project gives no fixed costs (rent, staff, overheads), so the result is what the customers contribute towards them. Give fixed costs per period in the model settings to see a profit.",
                "Marge min de kosten van de initiatieven is een bijdrage (dekkingsbijdrage), geen winst: het project noemt geen vaste kosten (huur, personeel, overhead), dus de uitkomst is wat de klanten daaraan bijdragen. Vul vaste kosten per periode in bij de modelinstellingen om een winst te zien.",
            )
            .get(lang)
            .to_string(),
            Some(fixed) => t(
                "With fixed costs of {fixed} {per_period}, margin minus the initiatives' costs minus the fixed costs is a profit.",
                "Met vaste kosten van {fixed} {per_period} is marge min de kosten van de initiatieven min de vaste kosten een winst.",
            )
            .fill(
                lang,
                &[
                    ("fixed", &x.money(fixed)),
                    ("per_period", &catalog::per_period(period, lang)),
                ],
            ),
        },
    );
}

/// Section 5: the customer lifetime value in closed form, and this persona's.
fn clv_ui(ui: &mut egui::Ui, x: &Explained) {
    let lang = x.lang;
    section(
        ui,
        t("5. Customer lifetime value", "5. Klantwaarde (CLV)").get(lang),
    );
    let (formula, counted_at) = match x.project.settings.margin_timing {
        MarginTiming::EndOfPeriod => ("V = (I − P/(1+d))^−1 · P·R/(1+d)", t("end", "eind")),
        MarginTiming::StartOfPeriod => ("V = (I − P/(1+d))^−1 · R", t("start", "begin")),
    };
    para(
        ui,
        &t(
            "In closed form from the transition matrix P and the margin per state R, with d = {rate} per period ({rate_per_year} per year): {formula}. Margin is counted at the {counted_at} of each period; with a single 'retained' state this is the textbook m·r/(1+d−r) (Gupta & Lehmann). The simulation summed over a long horizon gives the same number.",
            "In gesloten vorm uit de overgangsmatrix P en de marge per toestand R, met d = {rate} per periode ({rate_per_year} per jaar): {formula}. Marge telt aan het {counted_at} van elke periode; met één toestand 'behouden' is dit de bekende m·r/(1+d−r) (Gupta & Lehmann). De simulatie opgeteld over een lange horizon geeft hetzelfde getal.",
        )
        .fill(
            lang,
            &[
                ("rate", &numbers::percent(x.discount_rate_per_period, 3, lang)),
                ("rate_per_year", &x.p(K::DiscountRateYear)),
                ("formula", &formula),
                ("counted_at", &counted_at.get(lang)),
            ],
        ),
    );
    if let (Some(clv), Some(base)) = (x.with.clv, x.without.clv) {
        big(
            ui,
            &t(
                "{persona}: a new customer is worth {new} (Today {new_baseline}); an active-loyal one {active_loyal}",
                "{persona}: een nieuwe klant is {new} waard (Vandaag {new_baseline}); een actief loyale {active_loyal}",
            )
            .fill(
                lang,
                &[
                    ("persona", &x.persona.name),
                    ("new", &x.money(clv.new)),
                    ("new_baseline", &x.money(base.new)),
                    ("active_loyal", &x.money(clv.active_loyal)),
                ],
            ),
        );
    }
}

/// Section 6: the NPS estimate, the cumulative result and when a scenario pays back.
fn nps_and_payback_ui(ui: &mut egui::Ui, x: &Explained) {
    let lang = x.lang;
    let words = tr::ResultWords::new(x.project.settings.fixed_costs_per_period);
    let result = words.word().get(lang);
    section(
        ui,
        &t(
            "6. NPS estimate, {result} and payback",
            "6. NPS-schatting, {result} en terugverdientijd",
        )
        .fill(lang, &[("result", &result)]),
    );
    para(
        ui,
        &t(
            "NPS estimate = 100 × (promoters − detractors) / paying customers (new, passive and active loyal), in points from −100 to +100. Detractors are the customers with at least one negative experience in the period: n × customers. Promoters come only from the others, the (1 − n) without a negative experience: {recommend} of the active loyal and of the delighted new and passive ones, promoters = {recommend} × (1 − n) × (active loyal + g × (new + passive)). So a customer who had both a negative and a delighting experience in a period counts once, as a detractor: a bad experience weighs more than a good one, and promoters plus detractors never exceed the customers. At the start (t = 0) the estimate uses the touchpoints without initiatives, so every scenario starts at the same point.",
            "NPS-schatting = 100 × (promotors − criticasters) / betalende klanten (nieuw, passief en actief loyaal), in punten van −100 tot +100. Criticasters zijn de klanten met minstens één negatieve ervaring in de periode: n × klanten. Promotors komen alleen uit de anderen, de (1 − n) zonder negatieve ervaring: {recommend} van de actief loyalen en van de verrukte nieuwe en passieve klanten, promotors = {recommend} × (1 − n) × (actief loyaal + g × (nieuw + passief)). Een klant met zowel een negatieve als een verrukkende ervaring in een periode telt dus één keer, als criticaster: een slechte ervaring weegt zwaarder dan een goede, en promotors plus criticasters zijn nooit meer dan de klanten. Aan het begin (t = 0) gebruikt de schatting de touchpoints zonder initiatieven, zodat elk scenario op hetzelfde punt begint.",
        )
        .fill(lang, &[("recommend", &x.p(K::RecommendShare))]),
    );
    let fixed_costs = if words.profit {
        t(" and fixed costs", " en vaste kosten").get(lang)
    } else {
        ""
    };
    para(
        ui,
        &t(
            "Cumulative {result} is the present value of margin minus initiative costs{fixed_costs}, added up period by period. A scenario pays back in the first period from which its cumulative {result} stays at or above the same scenario without its initiatives.",
            "Cumulatieve {result} is de contante waarde van marge min kosten van initiatieven{fixed_costs}, periode na periode opgeteld. Een scenario is terugverdiend in de eerste periode vanaf wanneer zijn cumulatieve {result} gelijk aan of boven hetzelfde scenario zonder initiatieven blijft.",
        )
        .fill(lang, &[("result", &result), ("fixed_costs", &fixed_costs)]),
    );
    counter_intuitive_ui(ui, x);
    // The example in the project's own currency: a pound project is not shown euros.
    let example = crate::i18n::numbers::money_compact(51_100_000.0, &x.project.meta.currency, lang);
    para(
        ui,
        &t(
            "The results show headline numbers rounded for people ({example}, NPS +30, 13.1k customers); hover over a number for its exact value. The CSV of every plot and the report keep the exact values.",
            "De resultaten tonen kerngetallen afgerond voor mensen ({example}, NPS +30, 13,1 duizend klanten); houd de muis op een getal voor de exacte waarde. De CSV van elke grafiek en het rapport houden de exacte waarden.",
        )
        .fill(lang, &[("example", &example)]),
    );
}

/// Two moves that look backwards and are not, with this persona's numbers: more churn after
/// a bad experience raises the NPS of those who stay, and shortens the payback of an
/// initiative that takes bad experiences away.
fn counter_intuitive_ui(ui: &mut egui::Ui, x: &Explained) {
    let lang = x.lang;
    let churn = x.params.get(K::ChurnAfterNegative);
    let n_without = x.without.chain.exposure.negative;
    let n_with = x.with.chain.exposure.negative;
    let pct = |v: f64| numbers::percent(v, 1, lang);
    para(
        ui,
        &t(
            "Why more churn after a bad experience raises the NPS estimate: the NPS counts only the customers who stay. For {persona}, {n} have a bad experience in a period, and {churn} of them leave after it. The more of them leave, the fewer detractors are left among the customers, so those who stay are more often promoters, while the business has fewer customers.",
            "Waarom meer vertrek na een slechte ervaring de NPS-schatting verhoogt: de NPS telt alleen de klanten die blijven. Voor {persona} heeft {n} per periode een slechte ervaring, en {churn} van hen vertrekt daarna. Hoe meer van hen vertrekken, hoe minder criticasters er onder de klanten overblijven, dus wie blijft is vaker promotor, terwijl het bedrijf minder klanten heeft.",
        )
        .fill(
            lang,
            &[
                ("persona", &x.persona.name),
                ("n", &pct(n_without)),
                ("churn", &pct(churn)),
            ],
        ),
    );
    let text = if n_with < n_without {
        t(
            "Why more churn after a bad experience shortens this scenario's payback: its initiatives bring the chance of a bad experience for {persona} from {n_without} to {n_with} a period. Each bad experience avoided keeps the {churn} who would have left after it, so the initiatives keep {kept} of these customers more every period than Today does. The more a bad experience costs, the more an initiative that removes it earns, and the sooner it pays back.",
            "Waarom meer vertrek na een slechte ervaring de terugverdientijd van dit scenario verkort: de initiatieven brengen de kans op een slechte ervaring voor {persona} van {n_without} naar {n_with} per periode. Elke vermeden slechte ervaring houdt de {churn} die daarna vertrokken zou zijn, dus de initiatieven houden elke periode {kept} meer van deze klanten dan Vandaag. Hoe meer een slechte ervaring kost, hoe meer een initiatief oplevert dat haar wegneemt, en hoe sneller het zich terugverdient.",
        )
    } else {
        t(
            "Why more churn after a bad experience can shorten a payback: an initiative that takes bad experiences away keeps the {churn} who would have left after each one. The more a bad experience costs, the more such an initiative earns, and the sooner it pays back. This scenario does not lower the chance of a bad experience for {persona} ({n_without} a period).",
            "Waarom meer vertrek na een slechte ervaring een terugverdientijd kan verkorten: een initiatief dat slechte ervaringen wegneemt, houdt de {churn} die na elke ervaring vertrokken zou zijn. Hoe meer een slechte ervaring kost, hoe meer zo'n initiatief oplevert, en hoe sneller het zich terugverdient. Dit scenario verlaagt de kans op een slechte ervaring voor {persona} niet ({n_without} per periode).",
        )
    };
    para(
        ui,
        &text.fill_from(
            lang,
            &[
                ("persona", &x.persona.name),
                ("n_without", &pct(n_without)),
                ("n_with", &pct(n_with)),
                ("churn", &pct(churn)),
                ("kept", &pct((n_without - n_with) * churn)),
            ],
        ),
    );
}

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
    let mut text = t(
        "The share of active-loyal customers holds steady where as many become active loyal in a period as stop being so: for this persona at {today} without initiatives and {scenario} in this scenario.",
        "Het aandeel actief loyale klanten blijft gelijk waar per periode evenveel klanten actief loyaal worden als ophouden dat te zijn: voor deze persona bij {today} zonder initiatieven en {scenario} in dit scenario.",
    )
    .fill(lang, &[("today", &pct(today)), ("scenario", &pct(scenario))]);
    text.push(' ');
    if (start - today).abs() <= 0.005 {
        text.push_str(t("It starts there.", "Het begint daar.").get(lang));
    } else {
        text.push_str(
            &t("It starts at {start}.", "Het begint bij {start}.")
                .fill(lang, &[("start", &pct(start))]),
        );
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

/// Every assumption with the value this scenario uses, its range and its source: a source
/// saved before sources were cited by title reads as the title.
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
