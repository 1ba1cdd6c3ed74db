pub mod confirm_dialog;
pub mod import_report;
pub mod language_picker;
pub mod name_form;
pub mod passphrase_dialog;
