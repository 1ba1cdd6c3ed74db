pub mod confirm_dialog;
pub mod language_picker;
pub mod name_form;
