//! The exported JS functions, one module per area of the core (feature `api`), and the
//! widget's class (feature `widget`).
// Always compiled: its TypeScript types (`Estimate`, …) describe the widget too; its
// functions need `api`.
pub mod estimate;
#[cfg(feature = "api")]
pub mod market;
#[cfg(feature = "api")]
pub mod risk;
#[cfg(feature = "api")]
pub mod time;
#[cfg(feature = "widget")]
pub mod widget;
