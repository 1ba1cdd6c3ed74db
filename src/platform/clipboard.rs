//! The clipboard, behind a small trait: the browser's (`navigator.clipboard.writeText`) and an
//! in-memory twin for tests. [`copy_or_download`] is the one way text leaves through it: onto the
//! clipboard, or, when the browser refuses (no permission, no focus, no Clipboard API), as a
//! `.txt` file the person downloads.

use std::cell::RefCell;
use std::future::Future;

/// The browser refused to write to the clipboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

pub trait Clipboard {
    fn write_text(&self, text: &str) -> impl Future<Output = Result<(), Refused>>;
}

/// Where the text went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Copied {
    Clipboard,
    /// The clipboard refused; the text was offered as this file.
    File(String),
}

/// Puts `text` on the clipboard; when that is refused, hands it to `download` under `file_name`.
pub async fn copy_or_download(
    clipboard: &impl Clipboard,
    text: &str,
    file_name: &str,
    download: impl FnOnce(&str, &str),
) -> Copied {
    match clipboard.write_text(text).await {
        Ok(()) => Copied::Clipboard,
        Err(Refused) => {
            download(file_name, text);
            Copied::File(file_name.to_owned())
        }
    }
}

/// The in-memory twin: holds what was written, or refuses like a browser without permission.
#[derive(Default)]
pub struct MemoryClipboard {
    pub text: RefCell<Option<String>>,
    pub refuse: bool,
}

impl Clipboard for MemoryClipboard {
    async fn write_text(&self, text: &str) -> Result<(), Refused> {
        if self.refuse {
            return Err(Refused);
        }
        *self.text.borrow_mut() = Some(text.to_owned());
        Ok(())
    }
}

/// The browser's clipboard.
#[cfg(target_arch = "wasm32")]
pub struct BrowserClipboard;

#[cfg(target_arch = "wasm32")]
impl Clipboard for BrowserClipboard {
    async fn write_text(&self, text: &str) -> Result<(), Refused> {
        // Read through `Reflect`: an old browser has no `navigator.clipboard` at all.
        let navigator = gloo::utils::window().navigator();
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| Refused)?;
        if clipboard.is_undefined() || clipboard.is_null() {
            return Err(Refused);
        }
        use wasm_bindgen::JsCast;
        let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into())
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or(Refused)?;
        let promise: js_sys::Promise =
            write.call1(&clipboard, &text.into()).ok().and_then(|p| p.dyn_into().ok()).ok_or(Refused)?;
        wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ()).map_err(|_| Refused)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn run<F: Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(future)
    }

    #[test]
    fn text_goes_onto_the_clipboard_and_nothing_is_downloaded() {
        let clipboard = MemoryClipboard::default();
        let mut downloaded = None;
        let copied = run(copy_or_download(&clipboard, "tekst", "trede-2026-11-24-abc123.txt", |n, t| {
            downloaded = Some((n.to_owned(), t.to_owned()))
        }));
        assert_eq!(copied, Copied::Clipboard);
        assert_eq!(clipboard.text.borrow().as_deref(), Some("tekst"));
        assert_eq!(downloaded, None);
    }

    #[test]
    fn a_refused_clipboard_becomes_a_download_of_the_same_text() {
        let clipboard = MemoryClipboard { refuse: true, ..Default::default() };
        let mut downloaded = None;
        let copied = run(copy_or_download(&clipboard, "tekst", "trede-2026-11-24-abc123.txt", |n, t| {
            downloaded = Some((n.to_owned(), t.to_owned()))
        }));
        assert_eq!(copied, Copied::File("trede-2026-11-24-abc123.txt".into()));
        assert_eq!(downloaded, Some(("trede-2026-11-24-abc123.txt".into(), "tekst".into())));
        assert_eq!(*clipboard.text.borrow(), None);
    }
}
