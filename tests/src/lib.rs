//! Shared helpers for the golden and property tests.
