//! minecalc-core: exact mining-profitability math.
