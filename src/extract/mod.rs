//! The extraction passes, one module per fact kind.
