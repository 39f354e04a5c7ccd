//! minecalc-core: exact mining-profitability math. Pure: no I/O, no clock, no wasm; today's
//! date and market data come in as inputs. Money is `rust_decimal::Decimal`; `f64` is used
//! only for statistics (the `risk` module), never for bookkeeping.

mod coin_table;
pub mod coins;
pub mod contract;
pub mod date;
pub mod error;
pub mod estimate;
pub mod json;
pub mod market;
pub mod num;
pub mod plausible;
pub mod project;
pub mod raw;
mod rig_table;
pub mod rigs;
pub mod risk;
pub mod units;

pub use error::{Error, Result};
pub use raw::{Raw, RawMap};
