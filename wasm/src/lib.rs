//! minecalc-wasm
