//! The scenario results the Scenarios workspace shows, computed from the project and kept
//! until it changes: the comparison (recomputed live, every frame the project differs), the
//! tornado of the selected scenario (not while a slider is being dragged), and the Monte Carlo
//! bands, computed on background threads with progress and cancel.

use crate::engine::monte_carlo::{MonteCarlo, MonteCarloOptions, monte_carlo};
use crate::engine::tornado::{Tornado, tornado};
use crate::engine::{self, Comparison};
use crate::model::{Id, Project, Scenario};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;

/// Monte Carlo bands per run (`None`: the baseline).
pub type BandSet = Vec<(Option<Id>, MonteCarlo)>;

struct Job {
    inputs: Project,
    total_runs: usize,
    progress: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    handle: JoinHandle<Option<BandSet>>,
}

/// The state of the uncertainty computation, as the UI shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum UncertaintyStatus {
    /// Not run for this project.
    NotRun,
    /// Running: the share of runs done.
    Running(f32),
    /// Bands for the project as it is.
    Ready,
    /// Bands computed before the project last changed.
    OutOfDate,
}

/// Scenario results, computed on demand and cached.
#[derive(Default)]
pub struct Results {
    inputs: Option<Project>,
    comparison: Option<Comparison>,
    tornado: Option<(Project, Id, Tornado)>,
    job: Option<Job>,
    bands: Option<(Project, BandSet)>,
    /// How many times the comparison was computed (for tests and diagnostics).
    pub computations: u64,
}

impl Results {
    /// The baseline and every scenario for `project`, recomputed when it changed.
    pub fn comparison(&mut self, project: &Project) -> &Comparison {
        if self.inputs.as_ref() != Some(project) || self.comparison.is_none() {
            self.comparison = Some(engine::compare(project));
            self.inputs = Some(project.clone());
            self.computations += 1;
        }
        self.comparison
            .get_or_insert_with(|| engine::compare(project))
    }

    /// The comparison last computed, if any.
    pub fn last_comparison(&self) -> Option<&Comparison> {
        self.comparison.as_ref()
    }

    /// The tornado of `scenario`: recomputed when the project changed, unless `busy` (a drag
    /// is going on), in which case the last one is shown.
    pub fn tornado(
        &mut self,
        project: &Project,
        scenario: &Scenario,
        busy: bool,
    ) -> Option<&Tornado> {
        let stale = match &self.tornado {
            Some((inputs, id, _)) => inputs != project || *id != scenario.id,
            None => true,
        };
        let same_scenario = self
            .tornado
            .as_ref()
            .is_some_and(|(_, id, _)| *id == scenario.id);
        if stale && !(busy && same_scenario) {
            self.tornado = Some((
                project.clone(),
                scenario.id.clone(),
                tornado(project, scenario),
            ));
        }
        self.tornado.as_ref().map(|(_, _, t)| t)
    }

    /// The tornado last computed for `scenario`, if any.
    pub fn last_tornado(&self, scenario: &Id) -> Option<&Tornado> {
        self.tornado
            .as_ref()
            .filter(|(_, id, _)| id == scenario)
            .map(|(_, _, t)| t)
    }

    /// Starts computing the bands of the baseline and every scenario in the background.
    pub fn start_uncertainty(&mut self, project: &Project, ctx: &egui::Context) {
        self.cancel_uncertainty();
        let options = MonteCarloOptions::from_settings(&project.settings);
        let mut runs: Vec<(Option<Id>, Scenario)> =
            vec![(None, engine::baseline_scenario(project))];
        runs.extend(
            project
                .scenarios
                .iter()
                .map(|s| (Some(s.id.clone()), s.clone())),
        );
        let total_runs = options.runs * runs.len();
        let progress = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let inputs = project.clone();
        let handle = {
            let (progress, cancel, project, ctx) = (
                progress.clone(),
                cancel.clone(),
                project.clone(),
                ctx.clone(),
            );
            std::thread::spawn(move || {
                let mut bands = Vec::with_capacity(runs.len());
                for (id, scenario) in runs {
                    let result = monte_carlo(&project, &scenario, options, &progress, &cancel)?;
                    bands.push((id, result));
                    ctx.request_repaint();
                }
                ctx.request_repaint();
                Some(bands)
            })
        };
        self.job = Some(Job {
            inputs,
            total_runs,
            progress,
            cancel,
            handle,
        });
    }

    /// Stops a running computation (its partial results are dropped).
    pub fn cancel_uncertainty(&mut self) {
        if let Some(job) = self.job.take() {
            job.cancel.store(true, Ordering::Relaxed);
            // The workers stop within one run; the thread is left to finish on its own.
            drop(job.handle);
        }
    }

    /// Picks up a finished computation and says where things stand for `project`.
    pub fn uncertainty_status(&mut self, project: &Project) -> UncertaintyStatus {
        if let Some(job) = self.job.take_if(|job| job.handle.is_finished())
            && let Ok(Some(bands)) = job.handle.join()
        {
            self.bands = Some((job.inputs, bands));
        }
        if let Some(job) = &self.job {
            let done = job.progress.load(Ordering::Relaxed) as f32;
            return UncertaintyStatus::Running(
                (done / job.total_runs.max(1) as f32).clamp(0.0, 1.0),
            );
        }
        match &self.bands {
            None => UncertaintyStatus::NotRun,
            Some((inputs, _)) if inputs == project => UncertaintyStatus::Ready,
            Some(_) => UncertaintyStatus::OutOfDate,
        }
    }

    /// The bands, if they belong to `project` as it is.
    pub fn bands(&self, project: &Project) -> &[(Option<Id>, MonteCarlo)] {
        match &self.bands {
            Some((inputs, bands)) if inputs == project => bands,
            _ => &[],
        }
    }

    /// Waits for a running computation (for tests).
    pub fn wait_for_uncertainty(&mut self) {
        if let Some(job) = &self.job {
            while !job.handle.is_finished() {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }
    }
}
