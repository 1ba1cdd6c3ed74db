//! Files on the device: exporting a dossier (encrypted when a passphrase is given), importing one
//! (asking for the passphrase of an encrypted file), and loading an offer catalogue.

use super::root::Root;
use crate::domain::{Dossier, DossierId};
use crate::platform::clock;
use crate::platform::crypto::{seal_with_passphrase, CryptoError, PassphraseKey};
use crate::platform::files::{offer_file, read_text};
use crate::state::Msg;
use crate::storage::sealed::SealedParts;
use crate::storage::transfer::{export_file_name, export_json, parse_import, ImportProblem, MAX_IMPORT_BYTES};

pub fn export(root: &Root, id: &DossierId, passphrase: Option<String>) {
    let state = root.state();
    let Some(dossier) = state.dossier(id) else { return };
    let now = clock::now();
    let (name, text) = (export_file_name(now, &clock::new_dossier_id().0), export_json(dossier, now));
    wasm_bindgen_futures::spawn_local(async move {
        let text = match passphrase {
            Some(p) => match seal_with_passphrase(&p, text.as_bytes()).await {
                Ok(sealed) => sealed.to_json(),
                Err(_) => return,
            },
            None => text,
        };
        let _ = offer_file(&name, &text).await;
    });
}

/// The case-file summary onto the clipboard; when the browser refuses, a `.txt` download named by
/// the date and a random part (never the client's name). The outcome is shown on the screen.
pub fn copy_case_file(root: &Root, text: String) {
    use crate::platform::clipboard::{copy_or_download, BrowserClipboard, Copied};
    use crate::state::CopyOutcome;
    let root = root.clone();
    let name = crate::domain::case_file::file_name(root.state().local_date(clock::now()), &clock::new_dossier_id().0);
    wasm_bindgen_futures::spawn_local(async move {
        let copied = copy_or_download(&BrowserClipboard, &text, &name, |name, text| {
            let _ = crate::platform::files::download(name, text);
        })
        .await;
        root.dispatch(Msg::CaseFileCopied(match copied {
            Copied::Clipboard => CopyOutcome::Copied,
            Copied::File(name) => CopyOutcome::Downloaded(name),
        }));
    });
}

/// Reads a chosen dossier file: an encrypted one waits for its passphrase, any other is checked
/// completely before anything is added.
pub fn import_file(root: &Root, file: web_sys::File) {
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let file_name = file.name();
        // A file far larger than any dossier is refused before it is read.
        let text = if file.size() > MAX_IMPORT_BYTES as f64 {
            Err(ImportProblem::from_id("import-error-too-large", Some((MAX_IMPORT_BYTES / 1024 / 1024).to_string())))
        } else {
            read_text(&file).await.map_err(|_| ImportProblem::from_id("import-error-unreadable", None))
        };
        root.dispatch(match text {
            Ok(text) if SealedParts::from_json(&text).is_ok() => {
                Msg::ImportNeedsPassphrase { file_name, text, error: None }
            }
            Ok(text) => import_msg(file_name, parse_import(&text)),
            Err(problem) => Msg::ImportFailed { file_name, problems: vec![problem] },
        });
    });
}

/// Opens the encrypted file waiting in `pending_import`; a wrong passphrase asks again.
pub fn import_with_passphrase(root: &Root, passphrase: String) {
    let Some(pending) = root.state().pending_import.clone() else { return };
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let parts = SealedParts::from_json(&pending.text).expect("checked when the file was read");
        let file_name = pending.file_name.clone();
        let opened = match PassphraseKey::for_sealed(&passphrase, &parts).await {
            Ok(key) => key.open(&parts).await.map(|plain| (plain, key)),
            Err(err) => Err(err),
        };
        root.dispatch(match opened {
            Ok((plain, key)) => keyed_import_msg(&root, file_name, parse_import(&String::from_utf8_lossy(&plain)), key),
            Err(CryptoError::WrongPassphrase) => Msg::ImportNeedsPassphrase {
                file_name,
                text: pending.text,
                error: Some(CryptoError::WrongPassphrase.message_id()),
            },
            Err(err) => Msg::ImportFailed { file_name, problems: vec![ImportProblem::from_id(err.message_id(), None)] },
        });
    });
}

fn import_msg(file_name: String, result: Result<Dossier, Vec<ImportProblem>>) -> Msg {
    match result {
        Ok(dossier) => Msg::Import { dossier: Box::new(dossier), fresh_id: clock::new_dossier_id(), keyed: false },
        Err(problems) => Msg::ImportFailed { file_name, problems },
    }
}

/// A locked dossier from an encrypted file stays locked: the file's key seals it in storage,
/// under the id the reducer will give it (a copy's fresh id when its own is taken).
fn keyed_import_msg(
    root: &Root,
    file_name: String,
    result: Result<Dossier, Vec<ImportProblem>>,
    key: PassphraseKey,
) -> Msg {
    match result {
        Ok(dossier) if dossier.lock.is_some() => {
            let fresh_id = clock::new_dossier_id();
            let id = if root.state().id_taken(&dossier.id) { fresh_id.clone() } else { dossier.id.clone() };
            root.saving.borrow_mut().keys.insert(id, key);
            Msg::Import { dossier: Box::new(dossier), fresh_id, keyed: true }
        }
        other => import_msg(file_name, other),
    }
}

/// Reads a chosen catalogue file; the reducer checks it and keeps the current one if it fails.
pub fn load_catalogue(root: &Root, file: web_sys::File) {
    let root = root.clone();
    // A file far larger than any catalogue is refused before it is read.
    if let Some(problem) = crate::domain::catalogue::size_problem(file.size()) {
        return root.dispatch(Msg::CatalogueRefused(vec![problem]));
    }
    wasm_bindgen_futures::spawn_local(async move {
        match read_text(&file).await {
            Ok(text) => root.dispatch(Msg::LoadCatalogue(text)),
            Err(_) => root.dispatch(Msg::LoadCatalogue(String::new())),
        }
    });
}
