//! The demo's own random numbers: xoshiro256** seeded through SplitMix64.
//! Hand-written on purpose: the same seed must give the same market on every
//! platform and with every version of every crate, forever.

/// SplitMix64: turns any 64-bit value into a well-mixed one.
pub fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[derive(Debug, Clone)]
pub struct Rng {
    s: [u64; 4],
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let mut z = seed;
        let mut s = [0u64; 4];
        for slot in &mut s {
            z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
            *slot = mix(z);
        }
        Rng { s }
    }

    /// An independent stream for one thing (a listing's text, an order's
    /// notes), so that rendering text never shifts the simulation's draws.
    pub fn derived(seed: u64, stream: u64, index: u64) -> Rng {
        Rng::new(mix(seed ^ mix(stream.wrapping_mul(0x1000_0000_01B3) ^ mix(index))))
    }

    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1).
    pub fn f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in [lo, hi).
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.f64()
    }

    /// Uniform in 0..n (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        ((self.next_u64() >> 32).wrapping_mul(n as u64) >> 32) as usize
    }

    /// Uniform integer in lo..=hi.
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1).max(1) as usize) as i64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.f64() < p
    }

    /// Standard normal (Box-Muller; one of the pair is dropped for simplicity).
    pub fn normal(&mut self) -> f64 {
        let u = 1.0 - self.f64();
        let v = self.f64();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }

    /// exp(N(mu, sigma)): median exp(mu).
    pub fn lognormal(&mut self, mu: f64, sigma: f64) -> f64 {
        (mu + sigma * self.normal()).exp()
    }

    /// Pareto with minimum 1 and tail index `alpha`, capped: a Zipf-like law.
    pub fn pareto(&mut self, alpha: f64, cap: f64) -> f64 {
        (1.0 - self.f64()).powf(-1.0 / alpha).min(cap)
    }

    /// Exponential with the given mean.
    pub fn exponential(&mut self, mean: f64) -> f64 {
        -mean * (1.0 - self.f64()).ln()
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index drawn with probability proportional to its weight.
    pub fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut x = self.f64() * total;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len().saturating_sub(1)
    }
}

/// Draws from cumulative weights (non-decreasing, last = total) by bisection.
pub fn pick_cumulative(rng: &mut Rng, cumulative: &[f64]) -> usize {
    let Some(total) = cumulative.last() else {
        return 0;
    };
    let x = rng.f64() * total;
    cumulative.partition_point(|c| *c <= x).min(cumulative.len() - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let a: Vec<u64> = {
            let mut r = Rng::new(7);
            (0..5).map(|_| r.next_u64()).collect()
        };
        let mut r = Rng::new(7);
        assert_eq!(a, (0..5).map(|_| r.next_u64()).collect::<Vec<_>>());
        assert_ne!(Rng::new(8).next_u64(), a[0]);
    }

    #[test]
    fn distributions_have_their_moments() {
        let mut r = Rng::new(1);
        let n = 200_000;
        let mean: f64 = (0..n).map(|_| r.normal()).sum::<f64>() / n as f64;
        assert!(mean.abs() < 0.01, "{mean}");
        let mut logs: Vec<f64> = (0..n).map(|_| r.lognormal(2.0, 0.5).ln()).collect();
        logs.sort_by(f64::total_cmp);
        assert!((logs[n / 2] - 2.0).abs() < 0.01);
        let u: f64 = (0..n).map(|_| r.f64()).sum::<f64>() / n as f64;
        assert!((u - 0.5).abs() < 0.005);
        assert!((0..1000).all(|_| r.below(3) < 3));
        let cum = [1.0, 1.0, 4.0];
        let picks: Vec<usize> = (0..1000).map(|_| pick_cumulative(&mut r, &cum)).collect();
        assert!(!picks.contains(&1), "a zero weight is never drawn");
    }
}
