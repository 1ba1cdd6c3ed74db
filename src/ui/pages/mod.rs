pub mod dossier;
pub mod home;
pub mod self_check;
pub mod plan;
pub mod ladder;
pub mod print;
pub mod sign;
