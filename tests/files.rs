//! Project files on disk: every sample round-trips byte for byte, saving is atomic and keeps a
//! `.bak`, a failed save leaves the old file intact, recovery copies and change detection work,
//! and no input bytes or truncation make the reader panic.

use cx_workbench::model::{self, Project, validate};
use cx_workbench::store::{self, Fingerprint, SaveStep};
use proptest::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("projects");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("projects folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_sample_is_valid_canonical_and_round_trips() {
    let files = samples();
    assert!(files.len() >= 2, "at least two samples: {files:?}");
    for path in files {
        let on_disk = fs::read_to_string(&path).expect("readable");
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(validate(&loaded.project), Vec::new(), "{}", path.display());
        let saved = store::to_ron(&loaded.project).expect("serialises");
        assert!(
            saved == on_disk,
            "{} is not in canonical form",
            path.display()
        );
        let again = store::parse(&saved).expect("re-parses");
        assert_eq!(
            again,
            loaded.project,
            "{}: load → save → load",
            path.display()
        );
        assert_eq!(
            store::to_ron(&again).expect("serialises"),
            saved,
            "{}",
            path.display()
        );
    }
}

#[test]
fn samples_have_the_content_the_brief_asks_for() {
    for path in samples() {
        let p = store::load(&path).expect("loads").project;
        let name = path.display();
        assert!(p.personas.len() >= 4, "{name}: personas");
        let generations: std::collections::HashSet<_> =
            p.personas.iter().filter_map(|x| x.generation()).collect();
        assert!(
            generations.len() >= 3,
            "{name}: personas across generations"
        );
        assert_eq!(p.stages.len(), 6, "{name}: the six default stages");
        assert!(p.touchpoints.len() >= 20, "{name}: touchpoints");
        for tp in &p.touchpoints {
            assert!(
                !tp.experiences.is_empty(),
                "{name}: {} has per-persona scores",
                tp.id
            );
        }
        for persona in &p.personas {
            assert!(
                !persona.four_c.cost.note.is_empty(),
                "{name}: 4C of {}",
                persona.id
            );
            assert!(
                !persona.value.perception.note.is_empty(),
                "{name}: value of {}",
                persona.id
            );
        }
        assert!(p.initiatives.len() >= 3, "{name}: initiatives");
        assert!(p.scenarios.len() >= 3, "{name}: scenarios");
        assert!(!p.surveys.is_empty(), "{name}: survey inputs");
        assert!(p.slides.len() >= 3, "{name}: slides");
        assert_eq!(
            p.assumptions.len(),
            model::AssumptionKey::ALL.len(),
            "{name}"
        );
    }
    let dutch = samples()
        .iter()
        .filter_map(|p| store::load(p).ok())
        .any(|l| l.project.meta.language == cx_workbench::i18n::Lang::Nl);
    assert!(dutch, "one sample is in Dutch");
}

#[test]
fn the_embedded_sample_opens() {
    let project = store::embedded_sample().expect("embedded sample parses");
    assert_eq!(validate(&project), Vec::new());
    assert!(!project.personas.is_empty());
}

fn sample_project() -> Project {
    store::embedded_sample().expect("embedded sample")
}

#[test]
fn saving_twice_gives_identical_bytes_and_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("project.ron");
    let mut project = sample_project();
    let first = store::save(&path, &project).expect("first save");
    let bytes_first = fs::read(&path).expect("written");
    assert_eq!(Fingerprint::of(&bytes_first), first);
    assert!(
        !store::backup_path(&path).exists(),
        "nothing to back up on the first save"
    );

    store::save(&path, &project).expect("second save");
    assert_eq!(
        fs::read(&path).expect("written"),
        bytes_first,
        "unchanged project, same bytes"
    );

    project.meta.name = "Renamed".into();
    store::save(&path, &project).expect("third save");
    let backup = store::backup_path(&path);
    assert_eq!(backup.file_name().unwrap_or_default(), "project.ron.bak");
    assert_eq!(
        fs::read(&backup).expect("backup"),
        bytes_first,
        ".bak is the previous version"
    );
    assert_eq!(
        store::load(&path).expect("loads").project.meta.name,
        "Renamed"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

#[cfg(unix)]
#[test]
fn saving_into_a_read_only_folder_fails_and_leaves_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("project.ron");
    let project = sample_project();
    store::save(&path, &project).expect("first save");
    let before = fs::read(&path).expect("written");
    // The file itself is the user's to write; only the folder is read-only.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o666)).expect("chmod");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).expect("chmod");

    let mut changed = project.clone();
    changed.meta.name = "Changed".into();
    // Root ignores folder permissions; on Linux a thread can give up that power for its own
    // file accesses (setfsuid), so the test means the same for root and for a normal user.
    let result = std::thread::spawn(move || {
        #[cfg(target_os = "linux")]
        // SAFETY: setfsuid only changes this thread's file-system user id.
        unsafe {
            libc::setfsuid(65534);
        }
        store::save(&path, &changed)
    })
    .join()
    .expect("thread");
    let path = dir.path().join("project.ron");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod back");

    let error = result.expect_err("save into a read-only folder fails");
    assert_eq!(error.step, SaveStep::CreateTemporary);
    let message = error.to_string();
    assert!(
        message.contains("cannot create a file in the folder"),
        "{message}"
    );
    assert!(
        message.contains("The file on disk is unchanged."),
        "{message}"
    );
    assert_eq!(
        fs::read(&path).expect("still there"),
        before,
        "old file intact"
    );
    assert_eq!(
        fs::read_dir(dir.path()).expect("dir").count(),
        1,
        "nothing else written"
    );
}

#[test]
fn a_change_by_someone_else_is_noticed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("project.ron");
    let fingerprint = store::save(&path, &sample_project()).expect("save");
    assert!(!store::changed_on_disk(&path, fingerprint));
    let loaded = store::load(&path).expect("load");
    assert_eq!(loaded.fingerprint, fingerprint);

    let mut text = fs::read_to_string(&path).expect("read");
    text.push_str("// a teammate's comment\n");
    fs::write(&path, text).expect("edit");
    assert!(store::changed_on_disk(&path, fingerprint));
    fs::remove_file(&path).expect("delete");
    assert!(
        store::changed_on_disk(&path, fingerprint),
        "a deleted file counts as changed"
    );
}

#[test]
fn recovery_copies_are_written_found_read_and_discarded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = dir.path().join("work").join("shop.ron");
    let mut project = sample_project();
    project.meta.name = "Unsaved edits".into();

    let named = store::RecoverySlot::new(dir.path());
    let untitled = store::RecoverySlot::new(dir.path());
    named
        .write(Some(&original), Some(Fingerprint(7)), &project)
        .expect("named");
    untitled
        .write(None, None, &sample_project())
        .expect("untitled");
    let found = store::find_recoveries(dir.path());
    assert_eq!(found.len(), 2);
    let copy = found
        .iter()
        .find(|r| r.original.as_deref() == Some(original.as_path()))
        .expect("recovery of shop.ron");
    assert_eq!(copy.based_on, Some(Fingerprint(7)));
    assert_eq!(
        store::read_recovery(copy).expect("reads").meta.name,
        "Unsaved edits"
    );
    assert!(found.iter().any(|r| r.original.is_none()));

    named
        .write(Some(&original), None, &sample_project())
        .expect("overwrite");
    assert_eq!(
        store::find_recoveries(dir.path()).len(),
        2,
        "one slot per window"
    );

    named.discard();
    untitled.discard();
    assert!(store::find_recoveries(dir.path()).is_empty());
    assert!(store::find_recoveries(&dir.path().join("missing")).is_empty());
}

/// The embedded sample cut down to one or two of everything: every construct of the real
/// file (strings with escapes, options, enums, nested lists, numbers, pictures) in a size
/// that can be cut at every single character.
fn reduced_sample() -> String {
    let mut p = sample_project();
    p.personas.truncate(1);
    p.personas[0]
        .goals
        .push("It's \"quoted\" and \\ escaped".into());
    p.personas[0].avatar = model::Avatar::Image(model::EmbeddedImage {
        format: model::ImageFormat::Png,
        width: 1,
        height: 1,
        data_base64: "iVBORw0KGgo=".into(),
    });
    p.stages.truncate(2);
    p.touchpoints
        .retain(|t| p.stages.iter().any(|s| s.id == t.stage));
    p.touchpoints.truncate(2);
    let keep: Vec<_> = p.personas.iter().map(|x| x.id.clone()).collect();
    for t in &mut p.touchpoints {
        t.experiences.retain(|e| keep.contains(&e.persona));
    }
    p.initiatives.truncate(1);
    p.initiatives[0].effects.truncate(1);
    p.initiatives[0].effects[0].touchpoint = p.touchpoints[0].id.clone();
    p.initiatives[0].effects[0].personas = keep.clone();
    p.scenarios.truncate(1);
    p.scenarios[0].initiatives = vec![p.initiatives[0].id.clone()];
    p.surveys.truncate(1);
    p.surveys[0].persona = Some(keep[0].clone());
    p.slides
        .retain(|s| matches!(s.content, model::SlideContent::Title(_)));
    p.slides.push(model::Slide {
        id: model::Id::from("sl-card"),
        title: "Card".into(),
        content: model::SlideContent::PersonaCard(keep[0].clone()),
        notes: "Notes\non two lines".into(),
        sliders: vec![model::AssumptionKey::ChurnAfterNegative],
    });
    assert_eq!(validate(&p), Vec::new());
    store::to_ron(&p).expect("serialises")
}

#[test]
fn every_truncation_of_a_reduced_sample_gives_an_error_not_a_panic() {
    let text = reduced_sample();
    let mut cuts = 0;
    for (cut, _) in text.char_indices().skip(1) {
        // Only the whole file (minus trailing whitespace) may parse.
        if store::parse(&text[..cut]).is_ok() {
            assert!(text[cut..].trim().is_empty(), "cut at {cut} parsed");
        }
        cuts += 1;
    }
    assert!(cuts > 2000, "{cuts} cuts");
}

#[test]
fn every_line_of_the_samples_is_a_truncation_that_gives_an_error() {
    for path in samples() {
        let text = fs::read_to_string(&path).expect("readable");
        for (cut, _) in text.match_indices('\n') {
            if cut + 1 < text.trim_end().len() {
                assert!(
                    store::parse(&text[..cut]).is_err(),
                    "{}: cut at {cut}",
                    path.display()
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = store::parse_bytes(&bytes);
    }

    #[test]
    fn ron_like_text_never_panics(text in "[(){}\\[\\]:,\" a-z0-9_.\\-\n]{0,400}") {
        let _ = store::parse(&text);
        let with_version = format!("(format_version: 1, {text}");
        let _ = store::parse(&with_version);
    }

    #[test]
    fn a_sample_cut_anywhere_never_panics(position in 0usize..1_000_000) {
        let text = store::EMBEDDED_SAMPLE;
        let mut cut = position % text.len();
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let _ = store::parse(&text[..cut]);
    }

    #[test]
    fn a_sample_with_one_byte_changed_never_panics(position in 0usize..100_000, byte in any::<u8>()) {
        let mut bytes = store::EMBEDDED_SAMPLE.as_bytes().to_vec();
        let index = position % bytes.len();
        bytes[index] = byte;
        if let Ok(project) = store::parse_bytes(&bytes) {
            let _ = validate(&project);
        }
    }
}

#[test]
fn apostrophes_and_backslashes_are_written_plainly_and_read_back() {
    let mut project = sample_project();
    project.meta.description =
        r#"Persona's \'quoted\' \\ path C:\temp\ and \"quotes\" and 'single'"#.into();
    let text = store::to_ron(&project).expect("serialises");
    assert!(text.contains("Persona's"), "apostrophes are not escaped");
    assert_eq!(store::parse(&text).expect("parses"), project);
}
