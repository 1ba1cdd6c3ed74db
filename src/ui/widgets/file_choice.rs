//! A file chosen in a file field, handed on as it is; reading it is the root's work.

use yew::prelude::*;

/// A `change` handler for a file field: the chosen file goes to `on_file`; no choice sends
/// nothing. The field is cleared, so choosing the same file again (after fixing it) still reacts.
pub fn on_file_chosen(on_file: Callback<web_sys::File>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
        let file = input.files().and_then(|files| files.get(0));
        input.set_value("");
        if let Some(file) = file {
            on_file.emit(file);
        }
    })
}
