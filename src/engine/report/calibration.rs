//! The report's `calibration` block: the project's model against the measurements of the
//! latest survey wave that has them (see [`crate::engine::calibrate`]).

use crate::engine::calibrate::{has_data, modelled, wave_periods};
use crate::engine::metrics::{nps, retention_rate};
use crate::model::{Id, Project, SurveyWave};
use serde::Serialize;

/// Measured against modelled for one wave: what the model with the project's assumptions
/// (no fitting) gives for what the wave measured. NPS in points, retention as a fraction,
/// new customers in people; a target the wave did not measure is `null`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CalibrationSummary {
    /// The wave's label.
    pub wave: String,
    /// The wave's id.
    pub wave_id: Id,
    /// The persona measured (and compared); `None` for all customers.
    pub persona: Option<Id>,
    /// The months the wave covers.
    pub months: u32,
    /// Whether the wave states its length (otherwise a quarter is assumed).
    pub length_stated: bool,
    /// The wave's length in model periods, over which retention and new customers are
    /// compared.
    pub periods: u32,
    /// NPS at t = 0, in points.
    pub nps: Option<MeasuredModelled>,
    /// Retention (E − N) / S over the wave's length, a fraction.
    pub retention: Option<MeasuredModelled>,
    /// New customers over the wave's length, people.
    pub new_customers: Option<MeasuredModelled>,
}

/// One target's measurement and the model's value (`None` when the model has no customers
/// to compute it from).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct MeasuredModelled {
    /// What the wave measured.
    pub measured: f64,
    /// What the model gives.
    pub modelled: Option<f64>,
}

/// The wave calibration is reported for: the last in the list with both NPS answers and
/// customer counts, else the last with either.
pub fn calibration_wave(project: &Project) -> Option<&SurveyWave> {
    let full = |w: &&SurveyWave| {
        w.nps.as_ref().and_then(nps).is_some()
            && w.retention.as_ref().and_then(retention_rate).is_some()
    };
    project
        .surveys
        .iter()
        .rev()
        .find(full)
        .or_else(|| project.surveys.iter().rev().find(|w| has_data(w)))
}

/// The block for `project`; `None` without a wave that has the data, or when the wave's
/// persona is not in the project.
pub fn summary(project: &Project) -> Option<CalibrationSummary> {
    let wave = calibration_wave(project)?;
    let model = modelled(project, wave).ok()?;
    let counts = wave.retention.as_ref().filter(|r| r.customers_start > 0);
    Some(CalibrationSummary {
        wave: wave.label.clone(),
        wave_id: wave.id.clone(),
        persona: wave.persona.clone(),
        months: wave.months(),
        length_stated: wave.length_stated(),
        periods: wave_periods(project, wave),
        nps: wave
            .nps
            .as_ref()
            .and_then(nps)
            .map(|measured| MeasuredModelled {
                measured,
                modelled: model.nps,
            }),
        retention: counts
            .and_then(retention_rate)
            .map(|measured| MeasuredModelled {
                measured,
                modelled: model.retention,
            }),
        new_customers: counts.map(|r| MeasuredModelled {
            measured: r.new_customers as f64,
            modelled: Some(model.new_customers),
        }),
    })
}
