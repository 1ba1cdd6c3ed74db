//! Files on the device: offering an export (system share sheet where there is one, otherwise a
//! download) and reading a chosen file.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn blob(text: &str, mime: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Opens the share sheet with the file where the device can share files (tablets, phones);
/// otherwise downloads it. Either way the user chooses where it goes.
pub async fn offer_file(name: &str, text: &str) -> Result<(), JsValue> {
    let navigator = gloo::utils::window().navigator();
    let can_share = js_sys::Reflect::get(&navigator, &"canShare".into())?;
    if let Some(can_share) = can_share.dyn_ref::<js_sys::Function>() {
        let parts = js_sys::Array::of1(&blob(text, "application/json")?.into());
        let file = web_sys::File::new_with_blob_sequence(&parts, name)?;
        let data = js_sys::Object::new();
        js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file))?;
        if can_share.call1(&navigator, &data)?.as_bool() == Some(true) {
            let share: js_sys::Function = js_sys::Reflect::get(&navigator, &"share".into())?.dyn_into()?;
            let promise: js_sys::Promise = share.call1(&navigator, &data)?.dyn_into()?;
            // A cancelled share sheet is the user's choice, not an error.
            let _ = JsFuture::from(promise).await;
            return Ok(());
        }
    }
    download(name, text)
}

/// Downloads `text` as the file `name` (plain text for a `.txt`, JSON otherwise).
pub fn download(name: &str, text: &str) -> Result<(), JsValue> {
    let mime = if name.ends_with(".txt") { "text/plain;charset=utf-8" } else { "application/json" };
    let url = web_sys::Url::create_object_url_with_blob(&blob(text, mime)?)?;
    let document = gloo::utils::document();
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    document.body().ok_or("no body")?.append_child(&anchor)?;
    anchor.click();
    anchor.remove();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

pub async fn read_text(file: &web_sys::File) -> Result<String, JsValue> {
    JsFuture::from(file.text()).await?.as_string().ok_or_else(|| "not text".into())
}
