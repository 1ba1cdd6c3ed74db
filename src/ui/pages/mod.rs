pub mod dossier;
pub mod home;
