//! Where things sit across the journey: one column per stage, the same for the map's cards,
//! the lanes under them and the emotion curves, so a touchpoint's points on the curves sit
//! under its card's column and the stage separators line up with the column boundaries.
//! Positions are in points from the left edge of the scrolled content.

use super::cards::CARD_WIDTH;
use std::ops::Range;

/// Room between two stage columns.
pub const GAP: f32 = 12.0;

/// Width of one stage column with the gap after it.
pub const COLUMN: f32 = CARD_WIDTH + GAP;

/// Width of the row names left of the map, the lanes and the curves (they do not scroll).
pub const GUTTER: f32 = 104.0;

/// The left edge of stage `stage`'s column.
pub fn column_left(stage: usize) -> f32 {
    stage as f32 * COLUMN
}

/// The width of the content for `stages` stages.
pub fn content_width(stages: usize) -> f32 {
    stages as f32 * COLUMN
}

/// The boundary before stage `stage`'s column: the middle of the gap left of it.
pub fn separator_x(stage: usize) -> f32 {
    column_left(stage) - GAP / 2.0
}

/// Where touchpoint `k` of the `n` touchpoints of stage `stage` sits on the curves: the middle
/// of its share of the column, so the points of a stage spread over its column in the stage's
/// order and never leave it.
pub fn touchpoint_x(stage: usize, k: usize, n: usize) -> f32 {
    let n = n.max(1);
    let share = CARD_WIDTH / n as f32;
    column_left(stage) + share * (k.min(n - 1) as f32 + 0.5)
}

/// Which touchpoint of a stage's `n` is nearest to `x` (an inverse of [`touchpoint_x`]), or
/// `None` when `x` is not over stage `stage`'s column.
pub fn touchpoint_at(stage: usize, n: usize, x: f32) -> Option<usize> {
    let left = column_left(stage);
    if n == 0 || x < left - GAP / 2.0 || x > left + CARD_WIDTH + GAP / 2.0 {
        return None;
    }
    let share = CARD_WIDTH / n as f32;
    Some((((x - left) / share).floor().max(0.0) as usize).min(n - 1))
}

/// The stage whose column (with half the gaps around it) holds `x`, if any.
pub fn stage_at(stages: usize, x: f32) -> Option<usize> {
    let s = ((x + GAP / 2.0) / COLUMN).floor();
    (s >= 0.0 && (s as usize) < stages).then_some(s as usize)
}

/// The stage columns that show between `left` and `right`, so only those are laid out.
pub fn visible_columns(left: f32, right: f32, stages: usize) -> Range<usize> {
    let first = (left / COLUMN).floor().max(0.0) as usize;
    let last = ((right / COLUMN).ceil().max(0.0) as usize).min(stages);
    first.min(last)..last
}

/// The height on the curves of `score` (−5 … +5) between `top` (+5) and `bottom` (−5).
pub fn score_y(top: f32, bottom: f32, score: f64) -> f32 {
    let s = if score.is_finite() {
        score.clamp(-5.0, 5.0) as f32
    } else {
        0.0
    };
    bottom - (s + 5.0) / 10.0 * (bottom - top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_touchpoint_sits_inside_its_stage_column_in_order() {
        for stage in 0..8 {
            for n in 1..40 {
                let mut last = f32::MIN;
                for k in 0..n {
                    let x = touchpoint_x(stage, k, n);
                    assert!(x > column_left(stage), "stage {stage} k {k} n {n}");
                    assert!(
                        x < column_left(stage) + CARD_WIDTH,
                        "stage {stage} k {k} n {n}"
                    );
                    assert!(x > last, "in the stage's order");
                    last = x;
                    assert_eq!(touchpoint_at(stage, n, x), Some(k));
                    assert_eq!(stage_at(8, x), Some(stage));
                }
            }
        }
    }

    #[test]
    fn separators_lie_between_columns() {
        for stage in 1..6 {
            let x = separator_x(stage);
            assert!(x > column_left(stage - 1) + CARD_WIDTH);
            assert!(x < column_left(stage));
        }
        assert_eq!(touchpoint_at(2, 3, separator_x(1) - 1.0), None);
    }

    #[test]
    fn only_the_columns_in_view_are_visible() {
        assert_eq!(visible_columns(0.0, 500.0, 10), 0..3);
        assert_eq!(visible_columns(COLUMN * 4.5, COLUMN * 6.2, 10), 4..7);
        assert_eq!(visible_columns(0.0, 10_000.0, 3), 0..3);
        assert_eq!(visible_columns(5_000.0, 6_000.0, 3), 3..3);
    }

    #[test]
    fn scores_run_from_the_bottom_to_the_top() {
        assert_eq!(score_y(100.0, 300.0, 5.0), 100.0);
        assert_eq!(score_y(100.0, 300.0, -5.0), 300.0);
        assert_eq!(score_y(100.0, 300.0, 0.0), 200.0);
        assert_eq!(score_y(100.0, 300.0, 9.0), 100.0);
        assert_eq!(score_y(100.0, 300.0, f64::NAN), 200.0);
    }
}
