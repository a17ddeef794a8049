//! Customer lifetime value in closed form from a transition matrix (Pfeifer & Carraway
//! 2000): the expected discounted margin of a customer who starts in a given state.

use super::chain::PersonaChain;
use super::linalg::solve_in_place;
use crate::model::MarginTiming;
use serde::Serialize;

/// The lifetime value of one customer of a persona, by the state it starts in, in the
/// project currency (present value at the start).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Clv {
    /// A new customer: the persona's CLV, the headline number.
    pub new: f64,
    /// A passive-loyal customer.
    pub passive_loyal: f64,
    /// An active-loyal customer.
    pub active_loyal: f64,
}

/// The value of each starting state of a Markov chain with transition matrix P (rows sum to
/// 1), margin per period R in each state, and discount rate d per period:
///
/// - [`MarginTiming::StartOfPeriod`]: V = (I − P/(1+d))⁻¹ R — a period's margin comes from
///   the state at its start, the first one undiscounted;
/// - [`MarginTiming::EndOfPeriod`]: V = (I − P/(1+d))⁻¹ (P·R)/(1+d) — from the state at its
///   end, the first one discounted by one period.
///
/// Both equal the sum over t of the simulated, discounted margins of one customer. `None`
/// when the shapes do not match or the system is singular (only possible without
/// discounting, d = 0, when the sum does not converge or is not determined).
pub fn clv_closed_form(
    transition: &[Vec<f64>],
    margin_per_period: &[f64],
    discount_rate: f64,
    timing: MarginTiming,
) -> Option<Vec<f64>> {
    let n = margin_per_period.len();
    if transition.len() != n || transition.iter().any(|row| row.len() != n) {
        return None;
    }
    let flat: Vec<f64> = transition.iter().flatten().copied().collect();
    let mut system = vec![0.0; n * n];
    let mut values = vec![0.0; n];
    closed_form_in_place(
        &flat,
        margin_per_period,
        discount_rate,
        timing,
        &mut system,
        &mut values,
    )
    .then_some(values)
}

/// [`clv_closed_form`] without allocating: `transition` is n×n row-major, `system` scratch
/// space of n×n, and `values` receives V. `false` when singular.
fn closed_form_in_place(
    transition: &[f64],
    margin_per_period: &[f64],
    discount_rate: f64,
    timing: MarginTiming,
    system: &mut [f64],
    values: &mut [f64],
) -> bool {
    let n = margin_per_period.len();
    let growth = 1.0 + discount_rate;
    for i in 0..n {
        let row = &transition[i * n..(i + 1) * n];
        for (j, p) in row.iter().enumerate() {
            system[i * n + j] = if i == j { 1.0 } else { 0.0 } - p / growth;
        }
        values[i] = match timing {
            MarginTiming::StartOfPeriod => margin_per_period[i],
            MarginTiming::EndOfPeriod => {
                row.iter()
                    .zip(margin_per_period)
                    .map(|(p, r)| p * r)
                    .sum::<f64>()
                    / growth
            }
        };
    }
    solve_in_place(system, values)
}

impl Clv {
    /// The CLV of a persona's chain at discount rate `discount_rate` per period; `None` when
    /// it is not finite (see [`clv_closed_form`]).
    pub fn of_chain(
        chain: &PersonaChain,
        discount_rate: f64,
        timing: MarginTiming,
    ) -> Option<Self> {
        let transition: [f64; 16] = std::array::from_fn(|k| chain.transition.0[k / 4][k % 4]);
        let mut system = [0.0; 16];
        let mut values = [0.0; 4];
        closed_form_in_place(
            &transition,
            &chain.margin_per_customer,
            discount_rate,
            timing,
            &mut system,
            &mut values,
        )
        .then_some(Clv {
            new: values[0],
            passive_loyal: values[1],
            active_loyal: values[2],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_two_state_chain_gives_the_textbook_clv() {
        // Alive (margin 100, retention 0.8) and dead (absorbing), 10 % discount.
        let p = vec![vec![0.8, 0.2], vec![0.0, 1.0]];
        let r = [100.0, 0.0];
        let end = clv_closed_form(&p, &r, 0.1, MarginTiming::EndOfPeriod).unwrap_or_default();
        assert!((end[0] - 100.0 * 0.8 / (1.1 - 0.8)).abs() < 1e-9, "{end:?}");
        let start = clv_closed_form(&p, &r, 0.1, MarginTiming::StartOfPeriod).unwrap_or_default();
        assert!(
            (start[0] - 100.0 * 1.1 / (1.1 - 0.8)).abs() < 1e-9,
            "{start:?}"
        );
        assert_eq!(end[1], 0.0);
    }

    #[test]
    fn no_discount_and_endless_returns_has_no_finite_value() {
        let p = vec![vec![0.5, 0.5], vec![0.5, 0.5]];
        assert_eq!(
            clv_closed_form(&p, &[1.0, 0.0], 0.0, MarginTiming::EndOfPeriod),
            None
        );
    }
}
