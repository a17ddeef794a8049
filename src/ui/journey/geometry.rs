//! Where things sit across the journey: one column per stage, the same for the map's cards,
//! the lanes under them and the emotion curves, so a touchpoint's points on the curves sit
//! under its card's column and the stage separators line up with the column boundaries.
//! Positions are in points from the left edge of the scrolled content. The columns are as
//! wide as a card; with the whole journey on one screen ([`Geometry::fit`]) they share the
//! width there is.

use super::cards::CARD_WIDTH;
use std::ops::Range;

/// Room between two stage columns.
pub const GAP: f32 = 12.0;

/// Width of the row names left of the map, the lanes and the curves (they do not scroll).
pub const GUTTER: f32 = 104.0;

/// The narrowest a column gets when the whole journey is fitted: a name of two short lines.
pub const NARROWEST: f32 = 92.0;

/// How wide the journey's columns are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    /// Width of a card (and of its column without the gap).
    pub card: f32,
    /// Lines of a compact card's name (one or two, as the height allows).
    pub lines: usize,
}

impl Geometry {
    /// Cards of their full width, scrolling sideways.
    pub const FULL: Geometry = Geometry {
        card: CARD_WIDTH,
        lines: 1,
    };

    /// `stages` columns sharing `width` (the gutter included), no wider than full cards and
    /// no narrower than [`NARROWEST`].
    pub fn fit(width: f32, stages: usize) -> Geometry {
        let per = (width - GUTTER) / stages.max(1) as f32 - GAP;
        Geometry {
            card: per.clamp(NARROWEST, CARD_WIDTH).floor(),
            lines: 2,
        }
    }

    /// Whether the cards are narrower than full ones (and show only a name and badges).
    pub fn compact(self) -> bool {
        self.card < CARD_WIDTH
    }

    /// The same columns with compact cards' names in `lines` lines.
    pub fn with_lines(self, lines: usize) -> Geometry {
        Geometry {
            lines: lines.clamp(1, 2),
            ..self
        }
    }

    /// Width of one stage column with the gap after it.
    pub fn column(self) -> f32 {
        self.card + GAP
    }

    /// The left edge of stage `stage`'s column.
    pub fn column_left(self, stage: usize) -> f32 {
        stage as f32 * self.column()
    }

    /// The width of the content for `stages` stages.
    pub fn content_width(self, stages: usize) -> f32 {
        stages as f32 * self.column()
    }

    /// The boundary before stage `stage`'s column: the middle of the gap left of it.
    pub fn separator_x(self, stage: usize) -> f32 {
        self.column_left(stage) - GAP / 2.0
    }

    /// Where touchpoint `k` of the `n` touchpoints of stage `stage` sits on the curves: the
    /// middle of its share of the column, so the points of a stage spread over its column in
    /// the stage's order and never leave it.
    pub fn touchpoint_x(self, stage: usize, k: usize, n: usize) -> f32 {
        let n = n.max(1);
        let share = self.card / n as f32;
        self.column_left(stage) + share * (k.min(n - 1) as f32 + 0.5)
    }

    /// Which touchpoint of a stage's `n` is nearest to `x` (an inverse of
    /// [`Self::touchpoint_x`]), or `None` when `x` is not over stage `stage`'s column.
    pub fn touchpoint_at(self, stage: usize, n: usize, x: f32) -> Option<usize> {
        let left = self.column_left(stage);
        if n == 0 || x < left - GAP / 2.0 || x > left + self.card + GAP / 2.0 {
            return None;
        }
        let share = self.card / n as f32;
        Some((((x - left) / share).floor().max(0.0) as usize).min(n - 1))
    }

    /// The stage whose column (with half the gaps around it) holds `x`, if any.
    pub fn stage_at(self, stages: usize, x: f32) -> Option<usize> {
        let s = ((x + GAP / 2.0) / self.column()).floor();
        (s >= 0.0 && (s as usize) < stages).then_some(s as usize)
    }

    /// The stage columns that show between `left` and `right`, so only those are laid out.
    pub fn visible_columns(self, left: f32, right: f32, stages: usize) -> Range<usize> {
        let first = (left / self.column()).floor().max(0.0) as usize;
        let last = ((right / self.column()).ceil().max(0.0) as usize).min(stages);
        first.min(last)..last
    }
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
        for geo in [
            Geometry::FULL,
            Geometry::fit(984.0, 6),
            Geometry::fit(600.0, 9),
        ] {
            for stage in 0..8 {
                for n in 1..40 {
                    let mut last = f32::MIN;
                    for k in 0..n {
                        let x = geo.touchpoint_x(stage, k, n);
                        assert!(x > geo.column_left(stage), "stage {stage} k {k} n {n}");
                        assert!(
                            x < geo.column_left(stage) + geo.card,
                            "stage {stage} k {k} n {n}"
                        );
                        assert!(x > last, "in the stage's order");
                        last = x;
                        assert_eq!(geo.touchpoint_at(stage, n, x), Some(k));
                        assert_eq!(geo.stage_at(8, x), Some(stage));
                    }
                }
            }
        }
    }

    #[test]
    fn separators_lie_between_columns() {
        let geo = Geometry::FULL;
        for stage in 1..6 {
            let x = geo.separator_x(stage);
            assert!(x > geo.column_left(stage - 1) + geo.card);
            assert!(x < geo.column_left(stage));
        }
        assert_eq!(geo.touchpoint_at(2, 3, geo.separator_x(1) - 1.0), None);
    }

    #[test]
    fn only_the_columns_in_view_are_visible() {
        let geo = Geometry::FULL;
        let column = geo.column();
        assert_eq!(geo.visible_columns(0.0, 500.0, 10), 0..3);
        assert_eq!(geo.visible_columns(column * 4.5, column * 6.2, 10), 4..7);
        assert_eq!(geo.visible_columns(0.0, 10_000.0, 3), 0..3);
        assert_eq!(geo.visible_columns(5_000.0, 6_000.0, 3), 3..3);
    }

    #[test]
    fn a_fitted_journey_fills_the_width_without_scrolling() {
        // A projector at zoom 1.3: 1280 / 1.3 points, six stages.
        let width = 1280.0 / 1.3;
        let geo = Geometry::fit(width, 6);
        assert!(geo.compact());
        assert!(GUTTER + geo.content_width(6) <= width);
        assert!(geo.card >= NARROWEST);
        // Few stages on a wide screen keep full cards.
        assert_eq!(Geometry::fit(1600.0, 3).card, Geometry::FULL.card);
        assert!(!Geometry::fit(1600.0, 3).compact());
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
