//! A generator of large, valid, deterministic projects for benchmarks and stress tests
//! (PRODUCT.md §9: 100 personas, 2,000 touchpoints, 20 scenarios).

use super::catalog::{BUILTIN_AVATARS, CHANNELS, INITIATIVE_KINDS};
use super::*;
use crate::i18n::Lang;

/// Sizes of a generated project.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// Personas.
    pub personas: usize,
    /// Touchpoints.
    pub touchpoints: usize,
    /// Personas who use (and score) each touchpoint.
    pub scores_per_touchpoint: usize,
    /// Initiatives.
    pub initiatives: usize,
    /// Scenarios.
    pub scenarios: usize,
}

impl Size {
    /// The size PRODUCT.md §9 benchmarks: 100 personas, 2,000 touchpoints, 20 scenarios, each
    /// touchpoint used and scored by 10 of the personas (20,000 scores).
    pub const LARGE: Size = Size {
        personas: 100,
        touchpoints: 2000,
        scores_per_touchpoint: 10,
        initiatives: 40,
        scenarios: 20,
    };

    /// The stress case: [`Size::LARGE`] with every persona scoring every touchpoint
    /// (200,000 scores).
    pub const DENSE: Size = Size {
        scores_per_touchpoint: 100,
        ..Size::LARGE
    };
}

/// A small deterministic pseudo-random sequence (SplitMix64), so generated projects are the
/// same on every machine.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform integer in [0, n).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Rounded to one decimal, as a person would enter it.
    fn between(&mut self, low: f64, high: f64) -> f64 {
        ((low + (high - low) * self.unit()) * 10.0).round() / 10.0
    }
}

/// A valid project of `size`, the same for the same size on every run.
pub fn project(size: Size) -> Project {
    let mut rng = Sequence(42);
    let mut project = Project::new("Generated large project", Lang::En);
    project.meta.organisation = "Benchmark Ltd".into();
    project.meta.description = "Generated for benchmarks and stress tests.".into();
    for i in 0..size.personas {
        let mut persona = Persona {
            id: Id(format!("p-{i:03}")),
            name: format!("Persona {i}"),
            tagline: "Generated persona".into(),
            avatar: Avatar::Builtin(BUILTIN_AVATARS[i % BUILTIN_AVATARS.len()].key.into()),
            quote: "I want it to just work, every time.".into(),
            bio: "A generated persona with goals, frustrations and needs.".into(),
            birth_year: Some(1940 + (i as i32 * 7) % 70),
            goals: vec![
                "Find the right product fast".into(),
                "Pay a fair price".into(),
            ],
            frustrations: vec!["Waiting on hold".into(), "Unclear delivery times".into()],
            preferred_channels: vec![CHANNELS[i % CHANNELS.len()].clone()],
            loyalty: LoyaltyType::ALL[i % 3],
            segment: Segment {
                customers: 500 + rng.below(5000) as u64,
                prospects: 5000 + rng.below(50_000) as u64,
                active_loyal_share: rng.between(0.1, 0.5),
                spend_per_period: rng.between(20.0, 200.0),
                is_default: false,
            },
            ..Persona::default()
        };
        for need in Need::ALL {
            *persona.needs.get_mut(need) = rng.below(6) as u8;
        }
        for c in FourCDimension::ALL {
            let score = persona.four_c.get_mut(c);
            score.ours = rng.between(2.0, 9.0);
            score.competitor = rng.between(2.0, 9.0);
        }
        for element in ValueElement::ALL {
            persona.value.get_mut(element).score = rng.between(3.0, 9.0);
        }
        project.personas.push(persona);
    }
    // Room to grow by a third in all, and a limit of its own for every fourth persona, so
    // runs exercise the capacity rule.
    let customers: u64 = project.personas.iter().map(|p| p.segment.customers).sum();
    project.settings.capacity = Some((customers as f64 * 4.0 / 3.0).round());
    for persona in project.personas.iter_mut().step_by(4) {
        persona.capacity = Some((persona.segment.customers as f64 * 1.2).round());
    }
    for i in 0..size.touchpoints {
        let stage = &project.stages[i % project.stages.len()];
        let users = size.scores_per_touchpoint.min(size.personas);
        let first = if size.personas == 0 {
            0
        } else {
            (i * 7) % size.personas
        };
        let experiences = (0..users)
            .map(|k| &project.personas[(first + k) % size.personas])
            .map(|p| Experience {
                persona: p.id.clone(),
                score: rng.between(-4.0, 5.0),
                effort: rng.between(1.0, 7.0),
                reach: rng.between(0.0, 0.6),
                reach_is_default: false,
            })
            .collect();
        project.touchpoints.push(Touchpoint {
            id: Id(format!("tp-{i:04}")),
            name: format!("Touchpoint {i}"),
            stage: stage.id.clone(),
            description: "A generated touchpoint.".into(),
            channel: CHANNELS[i % CHANNELS.len()].clone(),
            ownership: Ownership::ALL[i % 4],
            elements: vec![ExperientialElement::ALL[i % 5]],
            pain_points: vec!["Slow".into()],
            opportunities: vec!["Make it faster".into()],
            moment_of_truth: i % 10 == 0,
            experiences,
        });
    }
    for i in 0..size.initiatives {
        let effects = (0..5)
            .map(|_| Effect {
                touchpoint: project.touchpoints[rng.below(size.touchpoints)].id.clone(),
                personas: Vec::new(),
                score_change: rng.between(0.5, 2.0),
                effort_change: rng.between(0.0, 1.0),
            })
            .filter(|_| size.touchpoints > 0)
            .collect();
        project.initiatives.push(Initiative {
            id: Id(format!("i-{i:03}")),
            name: format!("Initiative {i}"),
            description: "A generated initiative.".into(),
            kind: INITIATIVE_KINDS[i % INITIATIVE_KINDS.len()].kind,
            one_off_cost: rng.between(1000.0, 50_000.0),
            cost_per_period: rng.between(100.0, 5000.0),
            effects,
            // Phased in, so runs exercise the per-period exposures: starts in the first
            // half year, ramps of up to six periods (a third of them at once).
            start_period: (i % 6) as u32,
            ramp_periods: ((i % 3) * 3) as u32,
        });
    }
    for i in 0..size.scenarios {
        let initiatives = (0..3)
            .filter(|_| size.initiatives > 0)
            .map(|k| {
                project.initiatives[(i * 3 + k) % size.initiatives]
                    .id
                    .clone()
            })
            .collect::<Vec<_>>();
        let mut unique = Vec::new();
        for id in initiatives {
            if !unique.contains(&id) {
                unique.push(id);
            }
        }
        project.scenarios.push(Scenario {
            id: Id(format!("sc-{i:02}")),
            name: format!("Scenario {i}"),
            description: String::new(),
            initiatives: unique,
            horizon_periods: 36,
            overrides: Vec::new(),
        });
    }
    // A year of quarterly survey waves per persona, so the Metrics workspace has a trend.
    for (p, persona) in project.personas.iter().take(10).enumerate() {
        for quarter in 1..=4u64 {
            project.surveys.push(super::SurveyWave {
                id: Id(format!("sv-{p:03}-{quarter}")),
                label: format!("Q{quarter} {}", persona.name),
                persona: Some(persona.id.clone()),
                nps: Some(super::NpsCounts {
                    promoters: 40 + quarter * 5,
                    passives: 35,
                    detractors: 25 - quarter * 2,
                }),
                ces_responses: vec![2, 3, 5, 10, 20, 30, 30],
                csat_responses: vec![3, 7, 20, 40, 30],
                ..super::SurveyWave::default()
            });
        }
    }
    project
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_projects_are_valid_and_deterministic() {
        let size = Size {
            personas: 5,
            touchpoints: 30,
            scores_per_touchpoint: 5,
            initiatives: 4,
            scenarios: 3,
        };
        let a = project(size);
        assert_eq!(a, project(size));
        assert_eq!(validate(&a), Vec::new());
        assert_eq!(a.touchpoints[0].experiences.len(), 5);
        assert!(a.settings.capacity.is_some() && a.personas[0].capacity.is_some());
        assert!(
            a.initiatives
                .iter()
                .any(|i| i.start_period > 0 && i.ramp_periods > 1)
        );
    }
}
