//! Structural edits of personas (add, duplicate, delete, reorder, channels, picture), applied
//! once per frame by the app so each is an undo step of its own.

use super::{Action, WorkbenchApp};
use crate::i18n::{Lang, tr};
use crate::model::{Avatar, EmbeddedImage, Id, Persona};

/// Applies a persona action.
pub fn apply(app: &mut WorkbenchApp, action: Action, lang: Lang) {
    let project = &mut app.doc.project;
    match action {
        Action::AddPersona => {
            let name = tr::NEW_PERSONA_NAME.get(lang);
            let id = Id::generate("p", name, project.personas.iter().map(|p| &p.id));
            let persona = Persona {
                id: id.clone(),
                name: name.to_string(),
                ..Persona::default()
            };
            let at = selected_index(app).map_or(app.doc.project.personas.len(), |i| i + 1);
            app.doc.project.personas.insert(at, persona);
            app.ui.personas.selected = Some(id);
            app.ui.personas.card_view = false;
            app.ui.personas.focus_name = true;
        }
        Action::DuplicatePersona(id) => {
            let Some(index) = project.personas.iter().position(|p| p.id == id) else {
                return;
            };
            let mut copy = project.personas[index].clone();
            copy.name = format!("{} {}", copy.name, tr::COPY_SUFFIX.get(lang));
            copy.id = Id::generate("p", &copy.name, project.personas.iter().map(|p| &p.id));
            // The copy is used where the original is: same experiences on every touchpoint.
            for touchpoint in &mut project.touchpoints {
                if let Some(experience) = touchpoint.experience_of(&id).cloned() {
                    touchpoint.experiences.push(crate::model::Experience {
                        persona: copy.id.clone(),
                        ..experience
                    });
                }
            }
            app.ui.personas.selected = Some(copy.id.clone());
            project.personas.insert(index + 1, copy);
        }
        Action::DeletePersona(id) => {
            let Some(index) = project.personas.iter().position(|p| p.id == id) else {
                return;
            };
            project.personas.remove(index);
            // Nothing may point at a persona that is gone.
            for touchpoint in &mut project.touchpoints {
                touchpoint.experiences.retain(|e| e.persona != id);
            }
            for initiative in &mut project.initiatives {
                for effect in &mut initiative.effects {
                    effect.personas.retain(|p| *p != id);
                }
            }
            for wave in &mut project.surveys {
                if wave.persona.as_ref() == Some(&id) {
                    wave.persona = None;
                }
            }
            for slide in &mut project.slides {
                if let crate::model::SlideContent::PersonaCard(card) = &slide.content
                    && *card == id
                {
                    slide.content = crate::model::SlideContent::JourneyMap;
                }
                if let crate::model::SlideContent::Plot(spec) = &mut slide.content
                    && spec.persona.as_ref() == Some(&id)
                {
                    spec.persona = None;
                }
            }
            let next = index.min(project.personas.len().saturating_sub(1));
            app.ui.personas.selected = project.personas.get(next).map(|p| p.id.clone());
            app.toasts.info(tr::DELETE_PERSONA_DONE.get(lang));
        }
        Action::MovePersona(id, step) => {
            super::list_edit::move_item(&mut project.personas, |p| &p.id, &id, step);
        }
        Action::SetChannels(id, channels) => {
            if let Some(persona) = project.personas.iter_mut().find(|p| p.id == id) {
                persona.preferred_channels = channels;
            }
        }
        _ => {}
    }
}

fn selected_index(app: &WorkbenchApp) -> Option<usize> {
    let id = app.ui.personas.selected.as_ref()?;
    app.doc.project.personas.iter().position(|p| &p.id == id)
}

/// Sets an imported picture as the persona's avatar.
pub fn set_picture(app: &mut WorkbenchApp, id: &Id, image: EmbeddedImage) {
    if let Some(persona) = app.doc.project.personas.iter_mut().find(|p| &p.id == id) {
        persona.avatar = Avatar::Image(image);
    }
}
