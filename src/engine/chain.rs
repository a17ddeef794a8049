//! The customer migration chain of one persona (Pfeifer & Carraway 2000): the states, the
//! per-period transition matrix, and what a customer in each state is worth per period.

use super::chance::{Exposure, finite_or};
use super::params::{Params, PeriodRates};
use crate::model::{AssumptionKey, Persona};
use serde::Serialize;

/// Where a person stands with the brand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum CustomerState {
    /// In the market, not (yet) a customer.
    Prospect,
    /// Became a customer this period (acquired or won back); leaves this state after one
    /// period.
    New,
    /// Likes the brand but re-orients at each purchase.
    PassiveLoyal,
    /// Re-buys without re-orienting; emotionally bound.
    ActiveLoyal,
    /// A former customer.
    Lost,
}

/// The states of the chain, in the order of the rows and columns of a [`TransitionMatrix`].
/// Prospects are outside the chain: they enter it through acquisition.
pub const CHAIN_STATES: [CustomerState; 4] = [
    CustomerState::New,
    CustomerState::PassiveLoyal,
    CustomerState::ActiveLoyal,
    CustomerState::Lost,
];

/// Row and column of a state in a [`TransitionMatrix`]; `None` for prospects.
pub fn chain_index(state: CustomerState) -> Option<usize> {
    CHAIN_STATES.iter().position(|s| *s == state)
}

const NEW: usize = 0;
const PASSIVE: usize = 1;
const ACTIVE: usize = 2;
const LOST: usize = 3;

/// Chances per period of moving from one chain state (row) to another (column), in
/// [`CHAIN_STATES`] order. Every row sums to 1.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TransitionMatrix(pub [[f64; 4]; 4]);

impl TransitionMatrix {
    /// Chance per period of moving from `from` to `to` (0 for prospects).
    pub fn chance(&self, from: CustomerState, to: CustomerState) -> f64 {
        match (chain_index(from), chain_index(to)) {
            (Some(i), Some(j)) => self.0[i][j],
            _ => 0.0,
        }
    }

    /// The rows as vectors, for the general solver.
    pub fn to_rows(&self) -> Vec<Vec<f64>> {
        self.0.iter().map(|row| row.to_vec()).collect()
    }
}

/// Everything the simulation and the CLV need about one persona under one scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonaChain {
    /// Chances per period of at least one negative (n) and delighting (g) experience.
    pub exposure: Exposure,
    /// b: chance per period that a new or passive-loyal customer re-orients and switches,
    /// after the value gap: min(1, switching · max(0.25, 1 − ValueGapEffect · gap / 10)).
    pub passive_switching: f64,
    /// The transition matrix.
    pub transition: TransitionMatrix,
    /// Revenue per customer per period in each chain state, in the project currency.
    pub revenue_per_customer: [f64; 4],
    /// Margin per customer per period in each chain state, in the project currency.
    pub margin_per_customer: [f64; 4],
    /// Chance per period that a prospect becomes a customer without a referral.
    pub base_acquisition: f64,
    /// New customers per delighted customer per period:
    /// ShareWhoTell · PeopleTold · ReferralConversion.
    pub referrals_per_delighted: f64,
}

/// The value gap on the 0–10 scale (perception − expectation); 0 when a score is not a
/// finite number.
pub fn value_gap(persona: &Persona) -> f64 {
    finite_or(persona.value.gap(), 0.0)
}

impl PersonaChain {
    /// The chain of `persona` under `params`, with its exposure to the touchpoints.
    pub fn new(
        persona: &Persona,
        params: &Params,
        rates: &PeriodRates,
        exposure: Exposure,
    ) -> Self {
        let get = |key| params.get(key);
        let gap = value_gap(persona);
        let gap_factor = (1.0 - get(AssumptionKey::ValueGapEffect) * gap / 10.0).max(0.25);
        let passive_switching = (rates.passive_switching * gap_factor).min(1.0);
        let transition = transition_matrix(
            exposure,
            passive_switching,
            get(AssumptionKey::ChurnAfterNegative),
            get(AssumptionKey::ActiveLoyalBuffer),
            get(AssumptionKey::DelightToActive),
            rates.win_back,
        );
        let spend = finite_or(persona.segment.spend_per_period, 0.0);
        let margin = get(AssumptionKey::GrossMargin);
        let premium = get(AssumptionKey::PremiumShare) * get(AssumptionKey::PricePremium);
        PersonaChain {
            exposure,
            passive_switching,
            transition,
            // The premium is paid by active-loyal customers: the same cost at a higher
            // price, so all of it is margin.
            revenue_per_customer: [spend, spend, spend * (1.0 + premium), 0.0],
            margin_per_customer: [
                spend * margin,
                spend * margin,
                spend * margin + spend * premium,
                0.0,
            ],
            base_acquisition: rates.base_acquisition,
            referrals_per_delighted: get(AssumptionKey::ShareWhoTell)
                * get(AssumptionKey::PeopleTold)
                * get(AssumptionKey::ReferralConversion),
        }
    }

    /// Holds the loyalty mix by `hold` ([`mix_hold`]): the chance that a new or passive-loyal
    /// customer who stays becomes active loyal is scaled (and added to, where nobody would),
    /// clamped so each row stays a set of chances. [`MixHold::NONE`] changes nothing.
    pub fn hold_mix(&mut self, hold: MixHold) {
        if hold == MixHold::NONE || !(hold.scale.is_finite() && hold.add.is_finite()) {
            return;
        }
        for row in [NEW, PASSIVE] {
            let row = &mut self.transition.0[row];
            let stay = row[PASSIVE] + row[ACTIVE];
            let to_active = (row[ACTIVE] * hold.scale + hold.add).clamp(0.0, stay);
            row[ACTIVE] = to_active;
            row[PASSIVE] = stay - to_active;
        }
    }

    /// This chain with no acquisition (to follow a cohort, e.g. one new customer).
    pub fn without_acquisition(mut self) -> Self {
        self.base_acquisition = 0.0;
        self.referrals_per_delighted = 0.0;
        self
    }
}

/// The transition matrix of PRODUCT.md §4 with n, g the exposure, b the passive switching,
/// c = ChurnAfterNegative, β = ActiveLoyalBuffer, u = DelightToActive, w the win-back:
///
/// - New and PassiveLoyal: leave with L = n·c + (1 − n·c)·b; of the rest a share g·u becomes
///   active loyal, the remainder passive loyal. Nobody stays new.
/// - ActiveLoyal: lost with n·c·β; a negative experience that does not make them leave
///   breaks the bond, so passive loyal with n·(1 − c·β); stay with 1 − n.
/// - Lost: won back (New) with w, else stay.
pub fn transition_matrix(
    exposure: Exposure,
    passive_switching: f64,
    churn_after_negative: f64,
    active_loyal_buffer: f64,
    delight_to_active: f64,
    win_back: f64,
) -> TransitionMatrix {
    let n = exposure.negative;
    let g = exposure.delight;
    let c = churn_after_negative;
    let beta = active_loyal_buffer;
    let leave = n * c + (1.0 - n * c) * passive_switching;
    let stay = 1.0 - leave;
    let to_active = stay * (g * delight_to_active);
    let undecided = [0.0, stay - to_active, to_active, leave];
    let mut rows = [[0.0; 4]; 4];
    rows[NEW] = undecided;
    rows[PASSIVE] = undecided;
    rows[ACTIVE] = [0.0, n * (1.0 - c * beta), 1.0 - n, n * c * beta];
    rows[LOST] = [win_back, 0.0, 0.0, 1.0 - win_back];
    TransitionMatrix(rows)
}

/// The active-loyal share of a persona's customers that its transition matrix holds steady:
/// where as many customers become active loyal in a period as stop being active loyal.
///
/// With x the new and passive-loyal customers and y the active loyal, a period moves
/// x · P(passive → active) into active loyalty and y · (1 − P(active → active)) out of it
/// (back to passive or lost); new customers who replace the lost enter as new, so they do
/// not change this balance. The flows are equal when
/// y / x = P(passive → active) / (1 − P(active → active)), so the share is
/// y / (x + y) = r / (1 + r) with r that ratio. With no way out of active loyalty (no
/// negative experiences) it is 1 when customers become active loyal, and `None` when
/// nobody moves either way (any share is steady).
pub fn balanced_active_share(transition: &TransitionMatrix) -> Option<f64> {
    let rows = &transition.0;
    let inflow = rows[PASSIVE][ACTIVE];
    let outflow = 1.0 - rows[ACTIVE][ACTIVE];
    if !(inflow.is_finite() && outflow.is_finite()) {
        return None;
    }
    match (inflow > 0.0, outflow > 0.0) {
        (_, true) => Some(inflow / (inflow + outflow)),
        (true, false) => Some(1.0),
        (false, false) => None,
    }
}

/// How a steady Today holds a persona's loyalty mix: the chance that a staying new or
/// passive-loyal customer becomes active loyal is multiplied by `scale`, then `add` is added.
/// Scaling keeps an initiative's effect on that chance in proportion; `add` is used only
/// where the chain gives nobody that chance.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct MixHold {
    /// Factor on the chance.
    pub scale: f64,
    /// Added to the chance.
    pub add: f64,
}

impl MixHold {
    /// Holds nothing.
    pub const NONE: MixHold = MixHold {
        scale: 1.0,
        add: 0.0,
    };
}

/// The [`MixHold`] that keeps the active-loyal share `active_share` under `transition` while
/// the customers grow by `growth` per period (0: steady): with x the new and passive-loyal
/// customers, y the active loyal and o the chance an active-loyal customer stops being one,
/// the active loyal grow with the customers, y' = y · (1 + growth), when x · i = y · (o +
/// growth), so the chance wanted is i = s · (o + growth) / (1 − s) with s = y / (x + y), within
/// 0 and the chance of staying.
pub fn mix_hold(transition: &TransitionMatrix, active_share: f64, growth: f64) -> MixHold {
    let rows = &transition.0;
    if !active_share.is_finite() {
        return MixHold::NONE;
    }
    let share = active_share.clamp(0.0, 1.0);
    let stay = rows[PASSIVE][PASSIVE] + rows[PASSIVE][ACTIVE];
    let inflow = rows[PASSIVE][ACTIVE];
    let outflow = 1.0 - rows[ACTIVE][ACTIVE] + growth;
    let wanted = if share >= 1.0 {
        stay
    } else {
        (share * outflow / (1.0 - share)).clamp(0.0, stay)
    };
    if !wanted.is_finite() {
        MixHold::NONE
    } else if inflow > 0.0 {
        MixHold {
            scale: wanted / inflow,
            add: 0.0,
        }
    } else {
        MixHold {
            scale: 1.0,
            add: wanted,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_sum_to_one_and_new_customers_move_on() {
        let exposure = Exposure {
            negative: 0.3,
            delight: 0.4,
        };
        let m = transition_matrix(exposure, 0.05, 0.73, 0.5, 0.25, 0.01);
        for row in &m.0 {
            assert!((row.iter().sum::<f64>() - 1.0).abs() < 1e-15, "{row:?}");
            assert!(row.iter().all(|p| (0.0..=1.0).contains(p)));
        }
        assert_eq!(m.chance(CustomerState::New, CustomerState::New), 0.0);
        let leave = 0.3 * 0.73 + (1.0 - 0.3 * 0.73) * 0.05;
        let lost = m.chance(CustomerState::PassiveLoyal, CustomerState::Lost);
        assert!((lost - leave).abs() < 1e-15);
        let to_active = m.chance(CustomerState::PassiveLoyal, CustomerState::ActiveLoyal);
        assert!((to_active - (1.0 - leave) * 0.4 * 0.25).abs() < 1e-15);
        let active_lost = m.chance(CustomerState::ActiveLoyal, CustomerState::Lost);
        assert!((active_lost - 0.3 * 0.73 * 0.5).abs() < 1e-15);
        assert_eq!(m.chance(CustomerState::Lost, CustomerState::New), 0.01);
        assert_eq!(m.chance(CustomerState::Prospect, CustomerState::New), 0.0);
    }

    #[test]
    fn a_positive_value_gap_slows_switching_down_to_a_quarter() {
        let params = Params::defaults();
        let rates = params.per_period(crate::model::Period::Month);
        let mut persona = Persona::default();
        let neutral = PersonaChain::new(&persona, &params, &rates, Exposure::default());
        assert!((neutral.passive_switching - 0.03).abs() < 1e-15);
        persona.value.perception.score = 10.0;
        persona.value.expectation.score = 0.0;
        let delighted = PersonaChain::new(&persona, &params, &rates, Exposure::default());
        assert!((delighted.passive_switching - 0.03 * 0.25).abs() < 1e-15);
        persona.value.perception.score = 2.0;
        persona.value.expectation.score = 8.0;
        let disappointed = PersonaChain::new(&persona, &params, &rates, Exposure::default());
        assert!((disappointed.passive_switching - 0.03 * 1.6).abs() < 1e-15);
    }

    #[test]
    fn the_balanced_share_holds_the_active_loyal_share_steady() {
        let exposure = Exposure {
            negative: 0.02,
            delight: 0.1,
        };
        let m = transition_matrix(exposure, 0.05, 0.35, 0.5, 0.25, 0.01);
        let share = balanced_active_share(&m).expect("a balance");
        // One period from the balance, with the lost replaced by new customers: the share
        // of active loyal among the customers is unchanged.
        let (x, y) = (1.0 - share, share);
        let active = x * m.0[PASSIVE][ACTIVE] + y * m.0[ACTIVE][ACTIVE];
        assert!((active - y).abs() < 1e-15, "{active} vs {y}");
        // Nobody moves: any share is steady; no negative experiences: all become active.
        let still = transition_matrix(Exposure::default(), 0.05, 0.35, 0.5, 0.25, 0.01);
        assert_eq!(balanced_active_share(&still), None);
        let bonded = transition_matrix(
            Exposure {
                negative: 0.0,
                delight: 0.3,
            },
            0.05,
            0.35,
            0.5,
            0.25,
            0.01,
        );
        assert_eq!(balanced_active_share(&bonded), Some(1.0));
    }
}
