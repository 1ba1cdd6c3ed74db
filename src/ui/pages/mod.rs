pub mod dossier;
pub mod home;
pub mod ladder;
