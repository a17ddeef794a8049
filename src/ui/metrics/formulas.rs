//! Each metric of a survey wave as a line a person can check: its name, its value, and its
//! formula with the numbers put in ("NPS = % promoters − % detractors = 45 % − 25 % = +20").

use crate::engine::metrics;
use crate::i18n::{Lang, numbers, t};
use crate::model::SurveyWave;

/// One metric as the editor shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Formula {
    /// Its name.
    pub name: &'static str,
    /// Its value, formatted.
    pub value: String,
    /// The formula with the wave's numbers in it.
    pub working: String,
}

fn count(value: u64, lang: Lang) -> String {
    numbers::grouped(value as f64, 0, lang)
}

/// The metrics `wave` has inputs for, in the order of the editor.
pub fn formulas(wave: &SurveyWave, lang: Lang) -> Vec<Formula> {
    let mut out = Vec::new();
    let pct = |share: f64| numbers::percent(share, 1, lang);
    if let Some(nps) = &wave.nps {
        let total = nps.total();
        if let Some(score) = metrics::nps(nps) {
            let p = nps.promoters as f64 / total as f64;
            let d = nps.detractors as f64 / total as f64;
            out.push(Formula {
                name: "NPS",
                value: numbers::signed(score, 1, lang),
                working: format!(
                    "{} = {} − {} = {}",
                    t("% promoters − % detractors", "% promotors − % criticasters").get(lang),
                    pct(p),
                    pct(d),
                    numbers::signed(score, 1, lang)
                ),
            });
        }
    }
    let answers: u64 = wave.ces_responses.iter().sum();
    if let (Some(mean), Some(share)) = (
        metrics::ces_mean(&wave.ces_responses),
        metrics::ces_share_agreeing(&wave.ces_responses),
    ) {
        let weighted: u64 = wave.ces_responses.iter().zip(1..).map(|(c, p)| c * p).sum();
        out.push(Formula {
            name: "CES",
            value: numbers::grouped(mean, 2, lang),
            working: format!(
                "{} = {} / {} = {} · {} {}",
                t(
                    "Σ (point × answers) / answers",
                    "Σ (punt × antwoorden) / antwoorden"
                )
                .get(lang),
                count(weighted, lang),
                count(answers, lang),
                numbers::grouped(mean, 2, lang),
                pct(share),
                t("answer 5–7 (easy)", "antwoordt 5–7 (makkelijk)").get(lang),
            ),
        });
    }
    if let Some(csat) = metrics::csat(&wave.csat_responses) {
        let total: u64 = wave.csat_responses.iter().sum();
        let top: u64 = wave.csat_responses.iter().skip(3).sum();
        out.push(Formula {
            name: "CSAT",
            value: pct(csat),
            working: format!(
                "{} = {} / {} = {}",
                t("answers 4–5 / answers", "antwoorden 4–5 / antwoorden").get(lang),
                count(top, lang),
                count(total, lang),
                pct(csat)
            ),
        });
    }
    if let Some(r) = &wave.retention
        && let Some(rate) = metrics::retention_rate(r)
    {
        out.push(Formula {
            name: t("Retention", "Retentie").get(lang),
            value: pct(rate),
            working: format!(
                "(E − N) / S = ({} − {}) / {} = {} · {} {}",
                count(r.customers_end, lang),
                count(r.new_customers, lang),
                count(r.customers_start, lang),
                pct(rate),
                t("churn", "verloop").get(lang),
                pct(1.0 - rate)
            ),
        });
    }
    if let Some(c) = &wave.carts
        && let Some(abandonment) = metrics::cart_abandonment(c)
    {
        out.push(Formula {
            name: t("Cart abandonment", "Verlaten winkelwagens").get(lang),
            value: pct(abandonment),
            working: format!(
                "1 − {} = 1 − {} / {} = {}",
                t("orders / carts", "bestellingen / winkelwagens").get(lang),
                count(c.orders, lang),
                count(c.carts, lang),
                pct(abandonment)
            ),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CartCounts, NpsCounts, RetentionCounts};

    #[test]
    fn formulas_put_the_numbers_in_and_equal_hand_computed_values() {
        let wave = SurveyWave {
            nps: Some(NpsCounts {
                promoters: 45,
                passives: 30,
                detractors: 25,
            }),
            // 10 answers: 1×1 + 2×1 + 5×4 + 7×4 = 51 → mean 5.1; 8 of 10 answer 5–7.
            ces_responses: vec![1, 1, 0, 0, 4, 0, 4],
            csat_responses: vec![1, 1, 2, 10, 6],
            retention: Some(RetentionCounts {
                customers_start: 1000,
                customers_end: 950,
                new_customers: 100,
            }),
            carts: Some(CartCounts {
                carts: 400,
                orders: 100,
            }),
            ..SurveyWave::default()
        };
        let f = formulas(&wave, Lang::En);
        assert_eq!(f[0].value, "+20.0");
        assert_eq!(
            f[0].working,
            "% promoters − % detractors = 45.0 % − 25.0 % = +20.0"
        );
        assert_eq!(f[1].value, "5.10");
        assert!(
            f[1].working.contains("= 51 / 10 = 5.10 · 80.0 %"),
            "{}",
            f[1].working
        );
        assert_eq!(f[2].value, "80.0 %");
        assert_eq!(f[3].value, "85.0 %", "(950 − 100) / 1000");
        assert!(f[3].working.contains("churn 15.0 %"));
        assert_eq!(f[4].value, "75.0 %", "1 − 100 / 400");
        assert!(formulas(&SurveyWave::default(), Lang::Nl).is_empty());
    }
}
