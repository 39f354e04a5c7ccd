//! The exported JS functions, one module per area of the core.
// Always compiled: its TypeScript types (`Estimate`, …) describe the widget too; its
// functions are in the full module only.
pub mod estimate;
#[cfg(feature = "full")]
pub mod market;
#[cfg(feature = "full")]
pub mod risk;
#[cfg(feature = "full")]
pub mod time;
pub mod widget;
