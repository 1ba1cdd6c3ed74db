pub mod confirm_dialog;
pub mod language_picker;
pub mod name_form;
pub mod pictogram;
pub mod self_check_client;
pub mod self_check_summary;
pub mod self_check_worker;
