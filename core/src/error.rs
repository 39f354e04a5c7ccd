//! The one error type of the core. Every variant names the offending input field (in the
//! JavaScript API's camelCase spelling) so a front end can show the message next to that field.

use thiserror::Error;

/// Everything that can go wrong in `minecalc-core`. Never a panic: bad input and arithmetic
/// overflow both end here.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Error {
    /// A required field is absent.
    #[error("{field}: is required")]
    Missing { field: String },
    /// The value could not be read at all (wrong type, not a number, bad syntax).
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    /// The value was read but lies outside the accepted range.
    #[error("{field}: must be {expected}, got {got}")]
    OutOfRange {
        field: String,
        expected: String,
        got: String,
    },
    /// A coin id the table does not know.
    #[error("{field}: unknown coin \"{got}\"; known coins: {known}")]
    UnknownCoin {
        field: String,
        got: String,
        known: String,
    },
    /// A unit the parser does not know, or one of the wrong kind for the coin's algorithm.
    #[error("{field}: {message}")]
    Unit { field: String, message: String },
    /// The coin exists but cannot be mined (ETH since the Merge).
    #[error("{field}: {coin} cannot be mined: {reason}")]
    NotMineable {
        field: String,
        coin: String,
        reason: String,
    },
    /// A field the input does not have (usually a typo in an embedding page).
    #[error("{field}: unknown field{hint}")]
    UnknownField { field: String, hint: String },
    /// The inputs are individually valid but their arithmetic leaves Decimal's range.
    #[error("{field}: value is too large to compute with")]
    Overflow { field: String },
}

impl Error {
    /// The input field this error concerns, e.g. `poolFeePercent` or `positions[1].coin`.
    pub fn field(&self) -> &str {
        match self {
            Error::Missing { field }
            | Error::Invalid { field, .. }
            | Error::OutOfRange { field, .. }
            | Error::UnknownCoin { field, .. }
            | Error::Unit { field, .. }
            | Error::NotMineable { field, .. }
            | Error::UnknownField { field, .. }
            | Error::Overflow { field } => field,
        }
    }

    /// Shorthand for [`Error::Invalid`].
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    /// Shorthand for [`Error::OutOfRange`].
    pub fn range(
        field: impl Into<String>,
        expected: impl Into<String>,
        got: impl ToString,
    ) -> Self {
        Error::OutOfRange {
            field: field.into(),
            expected: expected.into(),
            got: got.to_string(),
        }
    }

    /// Shorthand for [`Error::Overflow`].
    pub fn overflow(field: impl Into<String>) -> Self {
        Error::Overflow {
            field: field.into(),
        }
    }

    /// The same error, re-anchored under a parent field (`positions[2]` + `coin`).
    pub fn within(mut self, parent: &str) -> Self {
        let f = match &mut self {
            Error::Missing { field }
            | Error::Invalid { field, .. }
            | Error::OutOfRange { field, .. }
            | Error::UnknownCoin { field, .. }
            | Error::Unit { field, .. }
            | Error::NotMineable { field, .. }
            | Error::UnknownField { field, .. }
            | Error::Overflow { field } => field,
        };
        *f = format!("{parent}.{f}");
        self
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
