//! The exported JS functions, one module per area of the core.
pub mod estimate;
pub mod market;
pub mod risk;
pub mod time;
pub mod widget;
