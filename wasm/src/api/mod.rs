//! The exported JS functions, one module per area of the core.
