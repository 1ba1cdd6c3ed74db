//! Printing: the browser's own print dialog, which also offers "Save as PDF". It needs no plug-in
//! and no network; the page's print stylesheet (`static/style.css`, `@media print`) lays out A4.

/// Opens the print dialog for the page as it is on screen now.
pub fn print_page() {
    // A browser without printing (some embedded views) simply does nothing.
    let _ = gloo::utils::window().print();
}
