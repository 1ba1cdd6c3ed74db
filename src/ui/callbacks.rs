//! Small callback helpers shared by the screens, instead of the clone-then-move boilerplate at
//! every button (as in yew's `function_todomvc`).

use yew::prelude::*;

/// A callback that sends `message`, whatever it is given (a click, a dialog's confirmation).
pub fn send<M: Clone + 'static, E>(callback: &Callback<M>, message: M) -> Callback<E> {
    callback.reform(move |_| message.clone())
}

/// A callback that sets `handle` to what it is given.
pub fn set_to<T: 'static>(handle: &UseStateHandle<T>) -> Callback<T> {
    let handle = handle.clone();
    Callback::from(move |value| handle.set(value))
}

/// A callback that sets `handle` to `value`, whatever it is given.
pub fn set<T: Clone + 'static, E>(handle: &UseStateHandle<T>, value: T) -> Callback<E> {
    let handle = handle.clone();
    Callback::from(move |_| handle.set(value.clone()))
}

/// A callback that puts what it is given into `handle` (an item to edit, delete, ...).
pub fn set_some<T: 'static>(handle: &UseStateHandle<Option<T>>) -> Callback<T> {
    let handle = handle.clone();
    Callback::from(move |value| handle.set(Some(value)))
}

/// A callback that closes the form or dialog `open` belongs to (`None` or `false`), whatever it
/// is given.
pub fn close<T: Default + 'static, E>(open: &UseStateHandle<T>) -> Callback<E> {
    let open = open.clone();
    Callback::from(move |_| open.set(T::default()))
}

/// A callback that sends the message made from what it is given, then closes the form or
/// dialog `open` belongs to.
pub fn emit_and_close<T: 'static, M: 'static, S: Default + 'static>(
    callback: &Callback<M>,
    open: &UseStateHandle<S>,
    message: impl Fn(T) -> M + 'static,
) -> Callback<T> {
    let (callback, open) = (callback.clone(), open.clone());
    Callback::from(move |value: T| {
        callback.emit(message(value));
        open.set(S::default());
    })
}
