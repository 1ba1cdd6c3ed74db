//! Strokes of a drawn signature, kept as vectors in a fixed logical box.

/// Strokes are stored in this fixed logical box (x from 0 to `BOX_WIDTH`, y from 0 to
/// `BOX_HEIGHT`), whatever the size of the screen they were drawn on.
pub const BOX_WIDTH: u16 = 1000;
pub const BOX_HEIGHT: u16 = 300;

/// One point of a stroke, in the logical box.
pub type Point = (u16, u16);

/// One line drawn without lifting the finger, pen or mouse.
pub type Stroke = Vec<Point>;

/// Turns a point on screen into the logical box: `x`, `y` relative to a drawing area of
/// `width` × `height` screen pixels. Points outside the area are kept at its edge.
pub fn to_box(x: f64, y: f64, width: f64, height: f64) -> Point {
    let scale = |v: f64, size: f64, max: u16| {
        if size.is_nan() || size <= 0.0 || !v.is_finite() {
            return 0;
        }
        (v / size * f64::from(max)).round().clamp(0.0, f64::from(max)) as u16
    };
    (scale(x, width, BOX_WIDTH), scale(y, height, BOX_HEIGHT))
}

/// The midpoint of two coordinates as the path writes it: `12` or `12.5`. In integers, not as an
/// `f32`: formatting a float would add the float printer for `f32` to the wasm.
fn mid(a: u16, b: u16) -> String {
    let sum = u32::from(a) + u32::from(b);
    if sum % 2 == 0 {
        (sum / 2).to_string()
    } else {
        format!("{}.5", sum / 2)
    }
}

/// An SVG path for strokes in the logical box, smoothed with quadratic curves through the
/// midpoints (so it is sharp and smooth at any size). A single point becomes a dot.
pub fn stroke_path(strokes: &[Stroke]) -> String {
    let mut d = String::new();
    for stroke in strokes {
        match stroke.as_slice() {
            [] => {}
            [(x, y)] => d.push_str(&format!("M{x} {y}l0.1 0")),
            [(x0, y0), rest @ ..] => {
                d.push_str(&format!("M{x0} {y0}"));
                for (i, &(x, y)) in rest.iter().enumerate() {
                    match rest.get(i + 1) {
                        // Curve towards the midpoint of this point and the next, this one as control.
                        Some(&(nx, ny)) => d.push_str(&format!("Q{x} {y} {} {}", mid(x, nx), mid(y, ny))),
                        None => d.push_str(&format!("L{x} {y}")),
                    }
                }
            }
        }
    }
    d
}
