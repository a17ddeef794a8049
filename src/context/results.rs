//! The scenario results the Scenarios workspace shows, computed from the project and kept
//! until it changes (checked only when the app's revision moved, so an idle frame compares
//! nothing): the comparison (recomputed live, every frame the project differs), the
//! tornado of the selected scenario (not while a slider is being dragged), and the Monte Carlo
//! bands, computed on background threads with progress and cancel.

use crate::charts::describe::ResultSource;
use crate::engine::gap_worth::{GapWorth, gap_worth};
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

/// Something computed from a project, with the project it was computed from and what the
/// last check against the open project found, at which revision of the app.
struct Computed<T> {
    inputs: Project,
    checked: Option<(u64, bool)>,
    value: T,
}

impl<T> Computed<T> {
    fn new(project: &Project, revision: u64, value: T) -> Self {
        Computed {
            inputs: project.clone(),
            checked: Some((revision, true)),
            value,
        }
    }

    /// Whether it was computed from `project`. The whole project is compared only when the
    /// revision moved since the last check: an idle frame costs nothing.
    fn is_for(&mut self, project: &Project, revision: u64) -> bool {
        match self.checked {
            Some((checked, same)) if checked == revision => same,
            _ => {
                let same = self.inputs == *project;
                self.checked = Some((revision, same));
                same
            }
        }
    }
}

/// Scenario results, computed on demand and cached.
#[derive(Default)]
pub struct Results {
    /// The app's revision of the project: it moves whenever the project may have changed.
    revision: u64,
    comparison: Option<Computed<Comparison>>,
    tornado: Option<Computed<(Id, Tornado)>>,
    job: Option<Job>,
    bands: Option<Computed<BandSet>>,
    gap_worth: Option<Computed<(Id, Option<GapWorth>)>>,
    /// How many times the comparison was computed (for tests and diagnostics).
    pub computations: u64,
    /// Whether a drag is going on (a slider): the tornado is kept as it was meanwhile.
    busy: bool,
}

impl Results {
    /// Tells the cache that the project may have changed since `revision` was last given: the
    /// next look-up compares it with the inputs of what is cached. The app moves the revision
    /// on every input, action or programmatic edit; without a new revision the cache trusts
    /// that the project is as it was.
    pub fn set_revision(&mut self, revision: u64) {
        self.revision = revision;
    }

    /// Says whether a drag is going on (the pointer is down), this frame: meanwhile a
    /// tornado asked for through [`ResultSource`] is the last one computed, not a new one for
    /// every step of the drag.
    pub fn set_busy(&mut self, busy: bool) {
        self.busy = busy;
    }

    /// Whether a drag is going on, as last said by [`Self::set_busy`].
    pub fn busy(&self) -> bool {
        self.busy
    }

    /// The app's revision of the project last given: a view may keep what it derived from
    /// the project while this stays the same.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The baseline and every scenario for `project`, recomputed when it changed.
    pub fn comparison(&mut self, project: &Project) -> &Comparison {
        let revision = self.revision;
        let current = self
            .comparison
            .as_mut()
            .is_some_and(|c| c.is_for(project, revision));
        if !current {
            self.computations += 1;
        }
        let cached = match self.comparison.take() {
            Some(cached) if current => cached,
            _ => Computed::new(project, revision, engine::compare(project)),
        };
        &self.comparison.insert(cached).value
    }

    /// What closing the value gap of `persona` is worth (one engine run on a copy of the
    /// project), recomputed when the project or the persona changed.
    pub fn gap_worth(&mut self, project: &Project, persona: &Id) -> Option<&GapWorth> {
        let revision = self.revision;
        let current = self
            .gap_worth
            .as_mut()
            .is_some_and(|c| c.value.0 == *persona && c.is_for(project, revision));
        if !current {
            let as_is = &self.comparison(project).baseline;
            let value = (persona.clone(), gap_worth(project, as_is, persona));
            self.gap_worth = Some(Computed::new(project, revision, value));
        }
        self.gap_worth.as_ref().and_then(|c| c.value.1.as_ref())
    }

    /// The comparison last computed, if any.
    pub fn last_comparison(&self) -> Option<&Comparison> {
        self.comparison.as_ref().map(|c| &c.value)
    }

    /// The tornado of `scenario`: recomputed when the project changed, unless `busy` (a drag
    /// is going on), in which case the last one is shown.
    pub fn tornado(
        &mut self,
        project: &Project,
        scenario: &Scenario,
        busy: bool,
    ) -> Option<&Tornado> {
        let revision = self.revision;
        let same_scenario = self
            .tornado
            .as_ref()
            .is_some_and(|c| c.value.0 == scenario.id);
        let stale = !same_scenario
            || !self
                .tornado
                .as_mut()
                .is_some_and(|c| c.is_for(project, revision));
        if stale && !(busy && same_scenario) {
            let value = (scenario.id.clone(), tornado(project, scenario));
            self.tornado = Some(Computed::new(project, revision, value));
        }
        self.tornado.as_ref().map(|c| &c.value.1)
    }

    /// The tornado last computed for `scenario`, if any.
    pub fn last_tornado(&self, scenario: &Id) -> Option<&Tornado> {
        self.tornado
            .as_ref()
            .filter(|c| c.value.0 == *scenario)
            .map(|c| &c.value.1)
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
        let revision = self.revision;
        if let Some(job) = self.job.take_if(|job| job.handle.is_finished())
            && let Ok(Some(bands)) = job.handle.join()
        {
            // Checked against the project at the next look-up.
            self.bands = Some(Computed {
                inputs: job.inputs,
                checked: None,
                value: bands,
            });
        }
        if let Some(job) = &self.job {
            let done = job.progress.load(Ordering::Relaxed) as f32;
            return UncertaintyStatus::Running(
                (done / job.total_runs.max(1) as f32).clamp(0.0, 1.0),
            );
        }
        match self.bands.as_mut().map(|b| b.is_for(project, revision)) {
            None => UncertaintyStatus::NotRun,
            Some(true) => UncertaintyStatus::Ready,
            Some(false) => UncertaintyStatus::OutOfDate,
        }
    }

    /// The bands, if they belong to `project` as it is (as [`Self::uncertainty_status`] last
    /// found, or by comparing).
    pub fn bands(&self, project: &Project) -> &[(Option<Id>, MonteCarlo)] {
        let Some(bands) = &self.bands else {
            return &[];
        };
        let same = match bands.checked {
            Some((checked, same)) if checked == self.revision => same,
            _ => bands.inputs == *project,
        };
        if same { &bands.value } else { &[] }
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

/// The app's cache as the source of every plot's results ([`describe::gather`]).
impl ResultSource for Results {
    fn compute_comparison(&mut self, project: &Project) {
        self.comparison(project);
    }

    fn compute_tornado(&mut self, project: &Project, scenario: &Scenario) {
        let busy = self.busy;
        self.tornado(project, scenario, busy);
    }

    fn comparison(&self) -> Option<&Comparison> {
        self.last_comparison()
    }

    fn tornado(&self, id: &Id) -> Option<&Tornado> {
        self.last_tornado(id)
    }

    fn bands(&self, project: &Project) -> crate::charts::scenarios::Bands<'_> {
        Results::bands(self, project)
    }
}
