pub mod dossier;
pub mod home;
pub mod ladder;
pub mod plan;
pub mod print;
pub mod self_check;
pub mod sign;
