//! The offer catalogue: what an OCMW offers on each rung of the ladder. It is data, one file per
//! OCMW (format in `docs/catalogue.md`); Oostende's is built in. Every file, the built-in one
//! included, goes through [`parse_catalogue`], which reports every problem with its place.

mod model;
mod parse;
mod problems;
#[cfg(test)]
mod tests;

pub use model::{Carrier, Catalogue, LocalText, Offer, DEFAULT_SOURCE, FORMAT, VERSION};
pub use parse::{parse_catalogue, size_problem, MAX_CATALOGUE_BYTES, MAX_ID_CHARS, MAX_OFFERS, MAX_TEXT_CHARS};
pub use problems::{ArgValue, Place, Problem, ProblemKind};
