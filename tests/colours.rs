//! Colour is never the only difference. Every two series colours stay apart as people with
//! the three common colour-vision deficiencies see them, and every series also has its own
//! marker.
//!
//! Simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
//! Simulation of Color Vision Deficiency", IEEE TVCG 15(6), the matrices for severity 1.0
//! (protanopia, deuteranopia, tritanopia), applied to linear RGB. Difference: CIEDE2000
//! (Sharma, Wu & Dalal 2005, "The CIEDE2000 color-difference formula: implementation notes"),
//! in CIELAB under D65.
//!
//! Threshold: 10. Okabe and Ito's palette, made for colour-blind readers and the start of
//! ours, has its closest pair of its first six colours at 10.9 under these simulations (its
//! orange and pink as a tritanope sees them), and one unit is about one just-noticeable
//! difference for large patches. Thin lines need more than large patches, which is why
//! every series also carries a marker: 10 keeps any two colours at least as far apart as the
//! tested palette's closest pair, and the markers do the rest.

use cx_workbench::charts::palette::{self, MARKERS, Rgb, SERIES};
use std::collections::HashSet;

const THRESHOLD: f64 = 10.0;

type Matrix = [[f64; 3]; 3];

const PROTANOPIA: Matrix = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const DEUTERANOPIA: Matrix = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];
const TRITANOPIA: Matrix = [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.303900],
];
const NORMAL: Matrix = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

const VISIONS: [(&str, Matrix); 4] = [
    ("normal vision", NORMAL),
    ("protanopia", PROTANOPIA),
    ("deuteranopia", DEUTERANOPIA),
    ("tritanopia", TRITANOPIA),
];

fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// `color` as seen with `vision`, in linear RGB clamped to the displayable range.
fn seen(color: Rgb, vision: &Matrix) -> [f64; 3] {
    let rgb = [linear(color.0), linear(color.1), linear(color.2)];
    let mut out = [0.0; 3];
    for (i, row) in vision.iter().enumerate() {
        out[i] = (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]).clamp(0.0, 1.0);
    }
    out
}

/// Linear RGB to CIELAB (D65).
fn lab([r, g, b]: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIEDE2000 colour difference (kL = kC = kH = 1).
fn ciede2000([l1, a1, b1]: [f64; 3], [l2, a2, b2]: [f64; 3]) -> f64 {
    let c1 = a1.hypot(b1);
    let c2 = a2.hypot(b2);
    let c_mean = (c1 + c2) / 2.0;
    let g = 0.5 * (1.0 - (c_mean.powi(7) / (c_mean.powi(7) + 25f64.powi(7))).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, a: f64| {
        if a == 0.0 && b == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1p, h2p) = (hue(b1, a1p), hue(b2, a2p));
    let dl = l2 - l1;
    let dc = c2p - c1p;
    let dh = if c1p * c2p == 0.0 {
        0.0
    } else if (h2p - h1p).abs() <= 180.0 {
        h2p - h1p
    } else if h2p - h1p > 180.0 {
        h2p - h1p - 360.0
    } else {
        h2p - h1p + 360.0
    };
    let dh_big = 2.0 * (c1p * c2p).sqrt() * (dh / 2.0).to_radians().sin();
    let l_mean = (l1 + l2) / 2.0;
    let cp_mean = (c1p + c2p) / 2.0;
    let h_mean = if c1p * c2p == 0.0 {
        h1p + h2p
    } else if (h1p - h2p).abs() <= 180.0 {
        (h1p + h2p) / 2.0
    } else if h1p + h2p < 360.0 {
        (h1p + h2p + 360.0) / 2.0
    } else {
        (h1p + h2p - 360.0) / 2.0
    };
    let t = 1.0 - 0.17 * (h_mean - 30.0).to_radians().cos()
        + 0.24 * (2.0 * h_mean).to_radians().cos()
        + 0.32 * (3.0 * h_mean + 6.0).to_radians().cos()
        - 0.20 * (4.0 * h_mean - 63.0).to_radians().cos();
    let d_theta = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
    let rc = 2.0 * (cp_mean.powi(7) / (cp_mean.powi(7) + 25f64.powi(7))).sqrt();
    let sl = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
    let sc = 1.0 + 0.045 * cp_mean;
    let sh = 1.0 + 0.015 * cp_mean * t;
    let rt = -(2.0 * d_theta).to_radians().sin() * rc;
    ((dl / sl).powi(2) + (dc / sc).powi(2) + (dh_big / sh).powi(2) + rt * (dc / sc) * (dh_big / sh))
        .sqrt()
}

fn difference(a: Rgb, b: Rgb, vision: &Matrix) -> f64 {
    ciede2000(lab(seen(a, vision)), lab(seen(b, vision)))
}

#[test]
fn the_difference_formula_matches_its_published_test_data() {
    // Sharma, Wu & Dalal (2005), table 1: pairs 1, 7 and 17.
    let pairs = [
        ([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
        ([50.0, 0.0, 0.0], [50.0, -1.0, 2.0], 2.3669),
        ([50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
    ];
    for (a, b, expected) in pairs {
        let got = ciede2000(a, b);
        assert!((got - expected).abs() < 1e-3, "{got} for {expected}");
    }
}

#[test]
fn a_simulated_deficiency_merges_what_it_should() {
    // The check can fail: red and green, far apart for normal vision, come close for a
    // deuteranope; and the old seventh colour, a dark yellow, sat on top of the orange.
    let (red, green) = (Rgb(0xD0, 0x30, 0x30), Rgb(0x70, 0x90, 0x20));
    assert!(difference(red, green, &NORMAL) > 40.0);
    assert!(difference(red, green, &DEUTERANOPIA) < THRESHOLD);
    assert!(difference(Rgb(0xE6, 0x9F, 0x00), Rgb(0xB8, 0x9B, 0x00), &PROTANOPIA) < THRESHOLD);
}

#[test]
fn every_two_series_colours_stay_apart_in_every_kind_of_colour_vision() {
    let mut closest = (f64::INFINITY, String::new());
    for (name, vision) in &VISIONS {
        for (i, a) in SERIES.iter().enumerate() {
            for b in &SERIES[i + 1..] {
                let d = difference(*a, *b, vision);
                if d < closest.0 {
                    closest = (d, format!("{} and {} in {name}", a.hex(), b.hex()));
                }
            }
        }
    }
    assert!(
        closest.0 >= THRESHOLD,
        "{} are only {:.1} apart (CIEDE2000), below {THRESHOLD}",
        closest.1,
        closest.0
    );
}

#[test]
fn pairs_that_carry_a_meaning_stay_apart_too() {
    // The tornado's two ends, and a gap we lose against one we win.
    for (a, b) in [
        (palette::TORNADO_LOW, palette::TORNADO_HIGH),
        (palette::GAP_NEGATIVE, palette::GAP_POSITIVE),
    ] {
        for (name, vision) in &VISIONS {
            let d = difference(a, b, vision);
            assert!(
                d >= THRESHOLD,
                "{} and {} in {name}: {d:.1}",
                a.hex(),
                b.hex()
            );
        }
    }
}

#[test]
fn every_series_colour_has_its_own_marker() {
    let distinct: HashSet<_> = MARKERS.iter().map(|m| format!("{m:?}")).collect();
    assert_eq!(distinct.len(), SERIES.len(), "one marker per colour");
    for (color, marker) in SERIES.iter().zip(MARKERS) {
        assert_eq!(palette::marker_of(*color), marker);
        assert_ne!(marker, cx_workbench::charts::plot::Marker::None);
    }
    assert_eq!(
        palette::marker_of(palette::REFERENCE),
        cx_workbench::charts::plot::Marker::None
    );
}

#[test]
fn every_persona_curve_of_the_samples_carries_its_marker_on_screen_and_in_files() {
    use cx_workbench::charts::plot::{Mark, Swatch};
    for name in ["hotel-group", "online-shop"] {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("projects/{name}.ron"));
        let project = cx_workbench::store::load(&path).expect("a sample").project;
        for plot in cx_workbench::export::run::plots(&project, None, project.meta.language) {
            let mut seen = HashSet::new();
            for mark in &plot.marks {
                if let Mark::Line(line) = mark
                    && SERIES.contains(&line.color)
                {
                    assert!(
                        !line.marked_points().is_empty() || line.points.is_empty(),
                        "{}: {} has its marker",
                        plot.title,
                        line.name
                    );
                    seen.insert(format!("{:?}", line.marker));
                }
            }
            for entry in plot.legend_entries() {
                if let Swatch::Line(_, _, marker) = entry.swatch
                    && SERIES.contains(&entry.color)
                {
                    assert_eq!(marker, palette::marker_of(entry.color), "{}", plot.title);
                }
            }
            let svg = cx_workbench::export::to_svg(&plot, &Default::default());
            if !seen.is_empty() {
                assert!(
                    svg.contains("<polygon") || svg.contains("<circle") || svg.contains("<path"),
                    "{}: markers drawn",
                    plot.title
                );
            }
        }
    }
}
