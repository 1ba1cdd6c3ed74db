//! Loads a language's translations when a screen first needs it. Each language is a script of its
//! own (built by tools/post_build.mjs and listed with its SRI hash in `<meta name="trede-locales">`);
//! a script and not a fetch, because the page closes connect-src once it runs. The service worker
//! precaches every language, so this works offline too.

use std::cell::RefCell;
use std::collections::HashSet;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::Lang;

thread_local! {
    static REQUESTED: RefCell<HashSet<Lang>> = RefCell::new(HashSet::new());
}

/// The script and its integrity hash for a language, from the page's list.
fn entry(lang: Lang) -> Option<(String, String)> {
    let document = gloo::utils::document();
    let meta = document.query_selector("meta[name=trede-locales]").ok()??;
    let list = js_sys::JSON::parse(&meta.get_attribute("content")?).ok()?;
    let item = js_sys::Reflect::get(&list, &JsValue::from_str(lang.code())).ok()?;
    let field = |name: &str| js_sys::Reflect::get(&item, &JsValue::from_str(name)).ok()?.as_string();
    Some((field("src")?, field("integrity")?))
}

/// The text the script left behind, taken out of the global object.
fn take_loaded(lang: Lang) -> Option<String> {
    let locales = js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("tredeLocales")).ok()?;
    let key = JsValue::from_str(lang.code());
    let text = js_sys::Reflect::get(&locales, &key).ok()?.as_string();
    let _ = js_sys::Reflect::delete_property(locales.unchecked_ref::<js_sys::Object>(), &key);
    text
}

/// Starts loading `lang` once; `done` gets the Fluent text, or `None` when it could not be loaded.
pub fn load(lang: Lang, done: impl FnOnce(Option<String>) + 'static) {
    if REQUESTED.with(|r| !r.borrow_mut().insert(lang)) {
        return;
    }
    let Some((src, integrity)) = entry(lang) else {
        REQUESTED.with(|r| r.borrow_mut().remove(&lang));
        return done(None);
    };
    let document = gloo::utils::document();
    let Ok(script) = document.create_element("script").map(|e| e.unchecked_into::<web_sys::HtmlScriptElement>()) else {
        return done(None);
    };
    script.set_src(&src);
    script.set_integrity(&integrity);
    let done = std::rc::Rc::new(RefCell::new(Some(done)));
    let finish = move |text: Option<String>| {
        if text.is_none() {
            // A later screen may try again (e.g. after the service worker has the file).
            REQUESTED.with(|r| r.borrow_mut().remove(&lang));
        }
        if let Some(done) = done.borrow_mut().take() {
            done(text);
        }
    };
    let finish = std::rc::Rc::new(finish);
    let on_load = {
        let finish = finish.clone();
        EventListener::once(&script, "load", move |_| finish(take_loaded(lang)))
    };
    let on_error = EventListener::once(&script, "error", move |_| finish(None));
    // The listeners live as long as the page; a handful of languages at most.
    on_load.forget();
    on_error.forget();
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}
