//! Our own small random number generators (SplitMix64 to seed, xoshiro256** to draw), so
//! Monte Carlo results never change with a crate upgrade, and the triangular distribution.

/// SplitMix64 (Steele, Lea & Flood 2014): a 64-bit generator used to expand seeds.
#[derive(Clone, Debug)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// xoshiro256** 1.0 (Blackman & Vigna 2018): fast, small state, good statistical quality.
#[derive(Clone, Debug)]
pub struct Xoshiro256StarStar {
    state: [u64; 4],
}

impl Xoshiro256StarStar {
    /// A generator whose state is filled by SplitMix64 from `seed` (as the authors advise).
    pub fn seed_from(seed: u64) -> Self {
        let mut mix = SplitMix64(seed);
        let state = [
            mix.next_u64(),
            mix.next_u64(),
            mix.next_u64(),
            mix.next_u64(),
        ];
        Xoshiro256StarStar { state }
    }

    /// The generator of Monte Carlo run `run` under `seed`: its own stream, so a run draws
    /// the same numbers whichever thread runs it and however many runs there are.
    pub fn for_run(seed: u64, run: u64) -> Self {
        let mut mix = SplitMix64(seed);
        let base = mix.next_u64();
        let mut per_run = SplitMix64(base ^ run.wrapping_mul(0xD1B5_4A32_D192_ED03));
        Self::seed_from(per_run.next_u64())
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.state;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1), with 53 random bits.
    pub fn next_unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A draw from the triangular distribution on [low, high] with the given mode (clamped
    /// into the range), by inverting its distribution function. Returns `low` when
    /// `high <= low`.
    pub fn triangular(&mut self, low: f64, mode: f64, high: f64) -> f64 {
        triangular_quantile(self.next_unit(), low, mode, high)
    }
}

/// The `u`-quantile (u in [0, 1]) of the triangular distribution on [low, high] with `mode`.
pub fn triangular_quantile(u: f64, low: f64, mode: f64, high: f64) -> f64 {
    if high <= low {
        return low;
    }
    let mode = mode.clamp(low, high);
    let width = high - low;
    let split = (mode - low) / width;
    if u < split {
        low + (u * width * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * width * (high - mode)).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xoshiro_matches_the_reference_output() {
        // Reference: state {1, 2, 3, 4} gives 11520, 0, 1509978240, 1215971899390074240.
        let mut rng = Xoshiro256StarStar {
            state: [1, 2, 3, 4],
        };
        let first: Vec<u64> = (0..4).map(|_| rng.next_u64()).collect();
        assert_eq!(first, [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240]);
    }

    #[test]
    fn splitmix_matches_the_reference_output() {
        let mut mix = SplitMix64(1_234_567);
        assert_eq!(mix.next_u64(), 6_457_827_717_110_365_317);
        assert_eq!(mix.next_u64(), 3_203_168_211_198_807_973);
    }

    #[test]
    fn triangular_draws_stay_in_range_with_the_right_mean() {
        let mut rng = Xoshiro256StarStar::seed_from(7);
        let (low, mode, high) = (0.1, 0.25, 0.5);
        let draws: Vec<f64> = (0..200_000)
            .map(|_| rng.triangular(low, mode, high))
            .collect();
        assert!(draws.iter().all(|d| (low..=high).contains(d)));
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!((mean - (low + mode + high) / 3.0).abs() < 2e-3, "{mean}");
        assert_eq!(triangular_quantile(0.0, 1.0, 2.0, 3.0), 1.0);
        assert_eq!(triangular_quantile(1.0, 1.0, 2.0, 3.0), 3.0);
        assert_eq!(triangular_quantile(0.5, 2.0, 2.0, 2.0), 2.0);
    }

    #[test]
    fn runs_get_different_reproducible_streams() {
        let a = Xoshiro256StarStar::for_run(2026, 0).next_u64();
        let b = Xoshiro256StarStar::for_run(2026, 1).next_u64();
        assert_ne!(a, b);
        assert_eq!(a, Xoshiro256StarStar::for_run(2026, 0).next_u64());
    }
}
