pub mod catalogue_loader;
pub mod confirm_dialog;
pub mod ladder_history;
pub mod language_picker;
pub mod name_form;
pub mod placement_form;
