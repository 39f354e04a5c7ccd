//! A fast, platform-independent `exp` for the simulation's inner loop: about twice as fast as
//! libm's in wasm (no division, no branches), with the same bits natively and in wasm (IEEE
//! basic operations and a table of exactly written constants only; no fused multiply-add).

/// `2^(j/64)` for `j = 0..64`, each the nearest `f64` (computed with 60-digit decimals).
const TABLE: [f64; 64] = {
    const BITS: [u64; 64] = [
        0x3ff0000000000000,
        0x3ff02c9a3e778061,
        0x3ff059b0d3158574,
        0x3ff0874518759bc8,
        0x3ff0b5586cf9890f,
        0x3ff0e3ec32d3d1a2,
        0x3ff11301d0125b51,
        0x3ff1429aaea92de0,
        0x3ff172b83c7d517b,
        0x3ff1a35beb6fcb75,
        0x3ff1d4873168b9aa,
        0x3ff2063b88628cd6,
        0x3ff2387a6e756238,
        0x3ff26b4565e27cdd,
        0x3ff29e9df51fdee1,
        0x3ff2d285a6e4030b,
        0x3ff306fe0a31b715,
        0x3ff33c08b26416ff,
        0x3ff371a7373aa9cb,
        0x3ff3a7db34e59ff7,
        0x3ff3dea64c123422,
        0x3ff4160a21f72e2a,
        0x3ff44e086061892d,
        0x3ff486a2b5c13cd0,
        0x3ff4bfdad5362a27,
        0x3ff4f9b2769d2ca7,
        0x3ff5342b569d4f82,
        0x3ff56f4736b527da,
        0x3ff5ab07dd485429,
        0x3ff5e76f15ad2148,
        0x3ff6247eb03a5585,
        0x3ff6623882552225,
        0x3ff6a09e667f3bcd,
        0x3ff6dfb23c651a2f,
        0x3ff71f75e8ec5f74,
        0x3ff75feb564267c9,
        0x3ff7a11473eb0187,
        0x3ff7e2f336cf4e62,
        0x3ff82589994cce13,
        0x3ff868d99b4492ed,
        0x3ff8ace5422aa0db,
        0x3ff8f1ae99157736,
        0x3ff93737b0cdc5e5,
        0x3ff97d829fde4e50,
        0x3ff9c49182a3f090,
        0x3ffa0c667b5de565,
        0x3ffa5503b23e255d,
        0x3ffa9e6b5579fdbf,
        0x3ffae89f995ad3ad,
        0x3ffb33a2b84f15fb,
        0x3ffb7f76f2fb5e47,
        0x3ffbcc1e904bc1d2,
        0x3ffc199bdd85529c,
        0x3ffc67f12e57d14b,
        0x3ffcb720dcef9069,
        0x3ffd072d4a07897c,
        0x3ffd5818dcfba487,
        0x3ffda9e603db3285,
        0x3ffdfc97337b9b5f,
        0x3ffe502ee78b3ff6,
        0x3ffea4afa2a490da,
        0x3ffefa1bee615a27,
        0x3fff50765b6e4540,
        0x3fffa7c1819e90d8,
    ];
    let mut t = [0.0; 64];
    let mut j = 0;
    while j < 64 {
        t[j] = f64::from_bits(BITS[j]);
        j += 1;
    }
    t
};

/// `e^x` within 2 ulp for `x` in `[-708, 709]`; beyond it the result is clamped near
/// `2^-1022` and `2^1023` (the simulation never comes near; a figure that large fails later as a
/// typed overflow), NaN stays NaN.
///
/// `x = (64·k + j)·ln2/64 + r` with `|r| ≤ ln2/128`, so `e^x = 2^k · 2^(j/64) · e^r`; `ln2/64`
/// is split in two (Cody and Waite) so `k·hi` is exact, and `e^r` is its Taylor polynomial to
/// `r^5` (the next term is below 4e-17 relative).
#[inline(always)]
pub(crate) fn exp(x: f64) -> f64 {
    const N_OVER_LN2: f64 = 92.332_482_616_893_66; // 64 / ln 2
    // ln 2 / 64 in two parts (fdlibm's ln2_hi and ln2_lo, divided by 64 exactly): the high
    // part has 32 significant bits, so `k·HI` is exact for every `k` that occurs.
    const HI: f64 = f64::from_bits(0x3fe6_2e42_fee0_0000) / 64.0;
    const LO: f64 = f64::from_bits(0x3dea_39ef_3579_3c76) / 64.0;
    // Adding 1.5 × 2^52 rounds to the nearest integer (ties to even), and for |k| < 2^51 the
    // sum's bit pattern is SHIFT's plus k: the integer comes out of the bits without a cast.
    const SHIFT: f64 = 6_755_399_441_055_744.0;
    let shifted = x * N_OVER_LN2 + SHIFT;
    let k = (shifted.to_bits() as i64).wrapping_sub(SHIFT.to_bits() as i64);
    let kf = shifted - SHIFT;
    let r = (x - kf * HI) - kf * LO;
    let r2 = r * r;
    let p = (1.0 + r) + r2 * ((0.5 + r * (1.0 / 6.0)) + r2 * ((1.0 / 24.0) + r * (1.0 / 120.0)));
    let j = (k & 63) as usize;
    let scale = f64::from_bits((((k >> 6) + 1023).clamp(1, 2046) as u64) << 52);
    TABLE[j] * p * scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_libm_to_two_ulp() {
        let mut worst = 0.0f64;
        let mut x = -700.0;
        while x < 700.0 {
            let (a, b) = (exp(x), libm::exp(x));
            worst = worst.max(((a - b) / b).abs());
            x += 0.000_713_7;
        }
        for &x in &[
            0.0, 1e-300, -1e-300, 1e-10, 0.5, -0.5, 1.0, 10.0, -10.0, 0.005_41, -0.005_41,
        ] {
            let (a, b) = (exp(x), libm::exp(x));
            worst = worst.max(((a - b) / b).abs());
        }
        assert!(worst < 4.5e-16, "worst relative difference {worst:e}");
        assert_eq!(exp(0.0), 1.0);
        assert!(exp(f64::NAN).is_nan());
        assert!(exp(-1e9) >= 0.0 && exp(-1e9) < 1e-300 && exp(1e9).is_finite());
        assert!((exp(-708.0) - libm::exp(-708.0)).abs() <= 4.5e-16 * libm::exp(-708.0));
        assert!(((exp(709.0) - libm::exp(709.0)) / libm::exp(709.0)).abs() <= 4.5e-16);
    }
}
