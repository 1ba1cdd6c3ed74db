//! Printing: the browser's own print dialog, which also offers "Save as PDF". It needs no plug-in
//! and no network; the page's print stylesheet (`static/style.css`, `@media print`) lays out A4.

/// Opens the print dialog for the page as it is on screen now.
pub fn print_page() {
    // A browser without printing (some embedded views) simply does nothing.
    let _ = gloo::utils::window().print();
}

/// Puts `line` in the top margin of every printed page (`@page` in the stylesheet reads it from
/// the custom property `--trede-running` on the root element), or takes it away. Set through the
/// CSSOM, which the page's Content-Security-Policy allows, unlike an inline style.
pub fn set_running_line(line: Option<&str>) {
    let Some(root) = gloo::utils::document().document_element() else { return };
    let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else { return };
    let style = root.style();
    let _ = match line {
        Some(line) => style.set_property("--trede-running", &css_string(line)),
        None => style.remove_property("--trede-running").map(|_| ()),
    };
}

/// A CSS string literal holding `text`.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
