//! Parts used by more than one screen family.

pub mod changes;
pub mod confirm_dialog;
pub mod fields;
pub mod file_choice;
pub mod language_picker;
pub mod name_form;
pub mod passphrase_dialog;
pub mod rule_args;
pub mod rung_definition;
pub mod signature_pad;
