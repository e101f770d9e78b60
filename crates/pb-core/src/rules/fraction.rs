//! Exact non-negative rational numbers for the amounts Equal Shares computes.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// `num / den` with `den > 0`, compared exactly; not reduced (only compared and shown).
#[derive(Debug, Clone)]
pub struct Fraction {
    num: BigInt,
    den: BigInt,
}

impl Fraction {
    /// The fraction `num / den`; `den` must be positive.
    pub fn new(num: BigInt, den: BigInt) -> Self {
        debug_assert!(den > BigInt::from(0));
        Fraction { num, den }
    }

    /// The numerator.
    pub fn num(&self) -> &BigInt {
        &self.num
    }

    /// The denominator.
    pub fn den(&self) -> &BigInt {
        &self.den
    }

    /// Nearest float, for display only.
    pub fn to_f64(&self) -> f64 {
        let (num, den) = (self.num.to_f64(), self.den.to_f64());
        match (num, den) {
            (Some(n), Some(d)) if d.is_finite() && n.is_finite() => n / d,
            _ => f64::NAN,
        }
    }
}

impl PartialEq for Fraction {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Fraction {}

impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Fraction {
    fn cmp(&self, other: &Self) -> Ordering {
        (&self.num * &other.den).cmp(&(&other.num * &self.den))
    }
}
