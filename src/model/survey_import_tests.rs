//! Tests of the raw-answer import: separators, byte-order mark, quotes, Qualtrics' three
//! header rows, bad rows listed with their line, personas by name.

use super::*;

const QUALTRICS: &str = "\u{feff}StartDate,Q1,Q2,Q3,Q4\n\
\"Start Date\",\"How likely are you to recommend us, 0-10?\",\"Easy to book (1-7)\",\"Satisfied (1-5)\",Guest\n\
\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\",\"{\"\"ImportId\"\":\"\"QID3\"\"}\",\"{\"\"ImportId\"\":\"\"QID4\"\"}\"\n\
2026-03-02,10,7,5,Claire\n\
2026-03-03,6,3,2,\"Shah, Priya\"\n\
2026-03-04,eleven,5,4,Claire\n\
2026-03-05,9,,5,\n\
2026-03-06,8,9,4,\n";

fn mapping() -> Mapping {
    Mapping {
        nps: Some(1),
        ces: Some(2),
        csat: Some(3),
        persona: None,
    }
}

#[test]
fn qualtrics_three_header_rows_quotes_and_a_bom_read_and_bad_rows_are_listed() {
    assert_eq!(guess_header_rows(QUALTRICS), 3);
    let raw = read(QUALTRICS, 3).expect("reads");
    assert_eq!(
        raw.columns[1],
        "Q1 · How likely are you to recommend us, 0-10?"
    );
    assert_eq!(raw.rows.len(), 5);
    assert_eq!(
        raw.rows[1].1[4], "Shah, Priya",
        "a quoted comma stays in its field"
    );
    let preview = preview(&raw, &mapping(), &[]);
    assert_eq!(preview.bad.len(), 2);
    assert_eq!(preview.bad[0].line, 6);
    assert_eq!(preview.bad[0].value, "eleven");
    assert_eq!(preview.bad[1].line, 8);
    assert_eq!(preview.bad[1].range, (1, 7), "CES 9 is out of range");
    let all = &preview.groups[0];
    assert_eq!(all.respondents, 3);
    assert_eq!(all.nps[10], 1);
    assert_eq!(all.nps[9], 1);
    assert_eq!(all.nps[6], 1);
    assert_eq!(
        all.ces.iter().sum::<u64>(),
        2,
        "an empty answer is not counted"
    );
    assert_eq!(all.csat, vec![0, 1, 0, 0, 2]);
}

#[test]
fn semicolons_tabs_and_personas_by_name() {
    let text = "nps;ces;csat;persona\n9;6;5;Claire Donnelly\n3;2;1;p-priya\n10;7;5;claire\n";
    let personas = [
        Persona {
            id: Id::from("p-claire"),
            name: "Claire Donnelly".into(),
            ..Persona::default()
        },
        Persona {
            id: Id::from("p-priya"),
            name: "Priya Shah".into(),
            ..Persona::default()
        },
    ];
    let raw = read(text, 1).expect("reads");
    assert_eq!(raw.separator, ';');
    let mut map = mapping();
    map.nps = Some(0);
    map.ces = Some(1);
    map.csat = Some(2);
    map.persona = Some(3);
    let preview = preview(&raw, &map, &personas);
    assert_eq!(preview.groups.len(), 2);
    assert_eq!(preview.groups[0].persona, Some(Id::from("p-claire")));
    assert_eq!(preview.groups[0].respondents, 2);
    let waves = waves(&preview, "Spring", "2026", &personas, &[]);
    assert_eq!(waves[0].label, "Spring – Claire Donnelly");
    assert_eq!(
        waves[0].nps,
        Some(NpsCounts {
            promoters: 2,
            passives: 0,
            detractors: 0
        })
    );
    assert_eq!(waves[1].ces_responses, vec![0, 1, 0, 0, 0, 0, 0]);
    assert_ne!(waves[0].id, waves[1].id);

    let tabs = read("a\tb\n1\t2\n", 1).expect("reads");
    assert_eq!(tabs.separator, '\t');
    assert_eq!(tabs.rows[0].1, vec!["1", "2"]);
}

#[test]
fn exports_decode_from_utf8_utf16_and_windows_1252_and_binary_is_refused() {
    assert_eq!(decode(b"\xEF\xBB\xBFnps\n9\n").as_deref(), Ok("nps\n9\n"));
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "naam,nps\nAnaïs,9\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    assert_eq!(decode(&utf16).as_deref(), Ok("naam,nps\nAnaïs,9\n"));
    assert_eq!(
        decode(b"Caf\xe9 \x80 \x93yes\x94").as_deref(),
        Ok("Café € “yes”")
    );
    assert_eq!(decode(b"PK\x03\x04\x00\x00binary"), Err(NotText::Binary));
    assert!(
        NotText::Binary
            .message(crate::i18n::Lang::En)
            .contains("export the answers from the survey tool as CSV")
    );
    // The real SurveyMonkey export written on Windows reads without replacement characters.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/survey-exports/surveymonkey_2header_latin1_StarWars.csv"
    );
    let text = decode(&std::fs::read(path).expect("the export")).expect("text");
    assert!(!text.contains('\u{fffd}'), "no replacement characters");
}

#[test]
fn a_line_of_countless_commas_is_refused_not_held() {
    let text = format!("nps,ces\n{}\n", ",".repeat(200_000));
    let Err(error) = read(&text, 1) else {
        panic!("a line of 200,001 columns is refused");
    };
    assert!(error.contains("line 2 has 200001 columns"), "{error}");
    let Err(dutch) = read_in(&text, 1, crate::i18n::Lang::Nl) else {
        panic!("refused in Dutch too");
    };
    assert!(dutch.contains("kolommen"), "{dutch}");
}
