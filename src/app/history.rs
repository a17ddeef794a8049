//! Undo and redo of every edit. The UI edits the project in place; the history notices a
//! change by comparing with the last committed state, and commits a step once the gesture is
//! over (pointer released, or typing paused), so a drag or a burst of typing is one step.
//! Snapshots are whole projects, capped by count and by an estimate of their memory.

use crate::model::Project;

/// How long edits must pause before a burst of typing becomes one undo step.
pub const STABLE_SECS: f64 = 1.0;
/// Most undo steps kept.
const MAX_STEPS: usize = 100;
/// Most memory (estimated) the undo steps may hold.
const MAX_BYTES: usize = 512 * 1024 * 1024;

struct Snapshot {
    project: Project,
    version: u64,
    bytes: usize,
}

/// Undo and redo stacks around the project being edited.
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    committed: Snapshot,
    /// The version the current, not yet committed, edits will get, and when they last changed.
    pending: Option<(u64, f64)>,
    next_version: u64,
}

/// The size of a project in memory, to bound the undo stack: the length of its text (every
/// string counted with its real length; a 40 MiB note counts as 40 MiB), plus room for the
/// structures around it. Counted as compact JSON without building the text: the fastest
/// writer at hand for long strings.
fn estimated_bytes(project: &Project) -> usize {
    struct Counter(usize);
    impl std::io::Write for Counter {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len();
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut counter = Counter(0);
    let _ = serde_json::to_writer(&mut counter, project);
    4096 + project.personas.len() * 2048
        + project.touchpoints.len() * 1024
        + project.score_count() * 64
        + counter.0
}

/// Whether two projects hold the same data. A project with a NaN value (invalid, but it can
/// be in a file) never equals itself by `==`; it is compared by its text then, so opening it
/// does not count as a change.
fn same_project(a: &Project, b: &Project) -> bool {
    if a == b {
        return true;
    }
    #[allow(clippy::eq_op)] // NaN is the one value that differs from itself.
    let has_nan = a != a;
    has_nan
        && matches!(
            (crate::store::to_ron(a), crate::store::to_ron(b)),
            (Ok(x), Ok(y)) if x == y
        )
}

impl History {
    /// A history starting at `project`, with nothing to undo.
    pub fn new(project: &Project) -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            committed: Snapshot {
                project: project.clone(),
                version: 0,
                bytes: estimated_bytes(project),
            },
            pending: None,
            next_version: 1,
        }
    }

    /// An id of the current state: equal ids mean equal projects (used for the unsaved marker).
    pub fn version(&self) -> u64 {
        self.pending.map_or(self.committed.version, |(v, _)| v)
    }

    /// Whether there are edits not yet committed as an undo step.
    pub fn is_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// Notes edits made this frame. `maybe_changed` says whether anything could have changed
    /// (there was input, or an action ran); `gesture_active` says a drag is still going on.
    /// Returns true while edits are pending, so the caller can ask for a repaint later.
    pub fn observe(
        &mut self,
        now_secs: f64,
        current: &Project,
        maybe_changed: bool,
        gesture_active: bool,
    ) -> bool {
        if maybe_changed {
            if same_project(current, &self.committed.project) {
                // The edit was reverted before it became a step (e.g. typed and deleted).
                self.pending = None;
            } else {
                let version = match self.pending {
                    Some((version, _)) => version,
                    None => self.take_version(),
                };
                self.pending = Some((version, now_secs));
            }
        }
        if let Some((_, last_change)) = self.pending
            && !gesture_active
            && now_secs - last_change >= STABLE_SECS
        {
            self.commit(current);
        }
        self.pending.is_some()
    }

    fn take_version(&mut self) -> u64 {
        let version = self.next_version;
        self.next_version += 1;
        version
    }

    /// Commits any edits as an undo step now (before and after a discrete action, so it is a
    /// step of its own).
    pub fn flush(&mut self, current: &Project) {
        if self.pending.is_some() || !same_project(current, &self.committed.project) {
            self.commit(current);
        }
    }

    fn commit(&mut self, current: &Project) {
        let version = match self.pending.take() {
            Some((version, _)) => version,
            None => self.take_version(),
        };
        let next = Snapshot {
            project: current.clone(),
            version,
            bytes: estimated_bytes(current),
        };
        let previous = std::mem::replace(&mut self.committed, next);
        self.undo.push(previous);
        self.redo.clear();
        self.trim();
    }

    fn trim(&mut self) {
        let mut total: usize = self.undo.iter().map(|s| s.bytes).sum();
        while !self.undo.is_empty() && (self.undo.len() > MAX_STEPS || total > MAX_BYTES) {
            total -= self.undo.remove(0).bytes;
        }
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() || self.pending.is_some()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty() && self.pending.is_none()
    }

    /// Steps back: returns the project to show, or `None` when there is nothing to undo.
    pub fn undo(&mut self, current: &Project) -> Option<Project> {
        self.flush(current);
        let previous = self.undo.pop()?;
        let undone = std::mem::replace(&mut self.committed, previous);
        self.redo.push(undone);
        Some(self.committed.project.clone())
    }

    /// Steps forward again: returns the project to show, or `None` when there is nothing to
    /// redo (any new edit clears the redo steps).
    pub fn redo(&mut self, current: &Project) -> Option<Project> {
        self.flush(current);
        let next = self.redo.pop()?;
        let redone = std::mem::replace(&mut self.committed, next);
        self.undo.push(redone);
        Some(self.committed.project.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn project(name: &str) -> Project {
        Project::new(name, Lang::En)
    }

    #[test]
    fn a_burst_of_typing_is_one_step() {
        let mut p = project("A");
        let mut history = History::new(&p);
        for (i, text) in ["AB", "ABC", "ABCD"].iter().enumerate() {
            p.meta.name = text.to_string();
            history.observe(i as f64 * 0.2, &p, true, false);
        }
        assert!(history.is_pending());
        history.observe(2.0, &p, false, false);
        assert!(!history.is_pending(), "committed after a pause");
        let back = history.undo(&p).expect("undo");
        assert_eq!(back.meta.name, "A");
        assert!(history.undo(&back).is_none(), "one step only");
        let forward = history.redo(&back).expect("redo");
        assert_eq!(forward.meta.name, "ABCD");
    }

    #[test]
    fn a_drag_is_one_step_however_long_it_takes() {
        let mut p = project("A");
        let mut history = History::new(&p);
        for i in 0..50 {
            p.settings.monte_carlo_runs = 100 + i;
            history.observe(f64::from(i), &p, true, true);
        }
        assert!(history.is_pending(), "still dragging after 50 s");
        history.observe(60.0, &p, false, false);
        assert_eq!(
            history.undo(&p).map(|x| x.settings.monte_carlo_runs),
            Some(1000)
        );
    }

    #[test]
    fn undo_during_a_burst_undoes_the_burst_and_versions_track_equality() {
        let mut p = project("A");
        let mut history = History::new(&p);
        let clean = history.version();
        p.meta.name = "B".into();
        history.observe(0.0, &p, true, false);
        assert_ne!(history.version(), clean);
        let back = history.undo(&p).expect("undo");
        assert_eq!(back.meta.name, "A");
        assert_eq!(history.version(), clean, "back at the saved state");
        let forward = history.redo(&back).expect("redo");
        assert_eq!(forward.meta.name, "B");
        assert_ne!(history.version(), clean);
    }

    #[test]
    fn a_reverted_edit_leaves_no_step_and_new_edits_clear_redo() {
        let mut p = project("A");
        let mut history = History::new(&p);
        p.meta.name = "AB".into();
        history.observe(0.0, &p, true, false);
        p.meta.name = "A".into();
        history.observe(0.1, &p, true, false);
        assert!(!history.can_undo());

        p.meta.name = "B".into();
        history.flush(&p);
        let mut p = history.undo(&p).expect("undo");
        assert!(history.can_redo());
        p.meta.name = "C".into();
        history.flush(&p);
        assert!(!history.can_redo());
        assert!(history.redo(&p).is_none());
    }

    #[test]
    fn long_texts_count_with_their_real_size_in_the_memory_cap() {
        let mut p = project("A");
        let small = estimated_bytes(&p);
        p.meta.description = "x".repeat(1024 * 1024);
        // 100 steps of a 40 MiB note are 4 GiB: the cap must see the text's real size.
        assert!(estimated_bytes(&p) >= small + 1024 * 1024);
    }

    #[test]
    fn the_stack_is_bounded() {
        let mut p = project("A");
        let mut history = History::new(&p);
        for i in 0..(MAX_STEPS + 20) {
            p.meta.description = i.to_string();
            history.flush(&p);
        }
        let mut undone = 0;
        while let Some(previous) = history.undo(&p) {
            p = previous;
            undone += 1;
        }
        assert_eq!(undone, MAX_STEPS);
    }
}
