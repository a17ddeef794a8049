//! The journey as Mermaid text (`journey` diagrams), for wikis and READMEs that render it: one
//! diagram per persona, a section per stage, a task per touchpoint the persona uses, scored on
//! Mermaid's whole-number 1..5.
//!
//! **Scores.** The experience −5..+5 maps linearly onto 1..5 and is rounded to a whole number:
//! 1 + (score + 5) · 4 / 10, so −5 → 1, −2.5 → 2, 0 → 3, +2.5 → 4, +5 → 5 (−3 → 2, +2 → 4).
//! Mermaid does not check the range itself; the score is clamped into it.
//!
//! **Names.** Mermaid's grammar ends a task's name at `:` and a line at `;`, and reads `#` as
//! the start of an entity: those are written as Mermaid's entity codes `#58;`, `#59;` and
//! `#35;`, and a comma in a persona's name (actors are separated by commas) as `#44;`. Line
//! breaks and other control characters become spaces.

use crate::charts::journey::in_journey_order;
use crate::model::{Persona, Project};

/// A persona's experience (−5..+5) on Mermaid's 1..5, whole: 1 + (score + 5) · 4 / 10,
/// rounded; a score that is not a number counts as neutral (3).
pub fn mermaid_score(score: f64) -> u8 {
    if !score.is_finite() {
        return 3;
    }
    let scaled = 1.0 + (score.clamp(-5.0, 5.0) + 5.0) * 0.4;
    scaled.round().clamp(1.0, 5.0) as u8
}

/// `text` as Mermaid can hold it in a name (see the module documentation).
fn escaped(text: &str, in_actor: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '#' => out.push_str("#35;"),
            ':' => out.push_str("#58;"),
            ';' => out.push_str("#59;"),
            ',' if in_actor => out.push_str("#44;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    let trimmed = out.trim();
    if trimmed.is_empty() {
        "–".to_string()
    } else {
        trimmed.to_string()
    }
}

/// The journey of `persona` in `project` as a Mermaid `journey` diagram: title, a section per
/// stage in journey order (stages the persona uses no touchpoint of are left out), a task per
/// touchpoint the persona uses with its score and the persona as actor.
pub fn journey(project: &Project, persona: &Persona) -> String {
    let mut out = String::from("journey\n");
    out.push_str(&format!(
        "    title {} – {}\n",
        escaped(&project.meta.name, false),
        escaped(&persona.name, false)
    ));
    let actor = escaped(&persona.name, true);
    let mut current: Option<usize> = None;
    for (stage, touchpoint) in in_journey_order(project) {
        let Some(experience) = touchpoint.experience_of(&persona.id) else {
            continue;
        };
        if current != Some(stage) {
            current = Some(stage);
            let name = project
                .stages
                .get(stage)
                .map_or(String::new(), |s| s.name.clone());
            out.push_str(&format!("    section {}\n", escaped(&name, false)));
        }
        out.push_str(&format!(
            "      {}: {}: {}\n",
            escaped(&touchpoint.name, false),
            mermaid_score(experience.score),
            actor
        ));
    }
    out
}

/// The journeys of `personas` one after the other, a blank line between them (what "Copy as
/// Mermaid" puts on the clipboard).
pub fn journeys<'a>(project: &Project, personas: impl IntoIterator<Item = &'a Persona>) -> String {
    personas
        .into_iter()
        .map(|persona| journey(project, persona))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_map_onto_one_to_five_whole() {
        let mapped: Vec<u8> = [-5.0, -3.0, -2.5, 0.0, 2.0, 2.5, 5.0, 9.0, f64::NAN]
            .into_iter()
            .map(mermaid_score)
            .collect();
        assert_eq!(mapped, [1, 2, 2, 3, 4, 4, 5, 5, 3]);
    }

    #[test]
    fn a_sample_journey_has_a_section_per_stage_and_escaped_names() {
        let mut project = crate::store::embedded_sample().expect("sample");
        project.touchpoints[0].name = "Book: step #1; then pay".into();
        project.personas[0].name = "Margaret, Joan's sister".into();
        let persona = project.personas[0].clone();
        let text = journey(&project, &persona);
        assert!(text.starts_with("journey\n    title "), "{text}");
        assert!(
            text.contains("Book#58; step #35;1#59; then pay: "),
            "{text}"
        );
        assert!(text.contains(": Margaret#44; Joan's sister\n"), "{text}");
        let tasks = text.lines().filter(|l| l.starts_with("      ")).count();
        let used = project
            .touchpoints
            .iter()
            .filter(|t| t.experience_of(&persona.id).is_some())
            .count();
        assert_eq!(tasks, used);
        for line in text.lines().filter(|l| l.starts_with("      ")) {
            let parts: Vec<&str> = line.trim().split(": ").collect();
            assert_eq!(parts.len(), 3, "{line}");
            let score: u8 = parts[1].parse().expect("a whole number");
            assert!((1..=5).contains(&score));
        }
    }
}
