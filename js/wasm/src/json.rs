//! The JSON the exports return: JavaScript's camelCase keys, and one shape for errors.

use serde_json::{Map, Value};

/// `value` with every object key in camelCase (`local_only` becomes `localOnly`), as
/// JavaScript names fields. Values (ids such as `randomized-delay`) stay as they are.
pub(crate) fn camel(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(key, value)| (camel_key(&key), camel(value)))
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(camel).collect()),
        other => other,
    }
}

fn camel_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A serializable value of the crate as camelCase JSON (`Value::Null` if it cannot be, which
/// the crate's types never do).
pub(crate) fn to_value(value: &impl serde::Serialize) -> Value {
    camel(serde_json::to_value(value).unwrap_or(Value::Null))
}

/// An expected failure (bad input, a broken file) as `{ ok: false, error, message, ... }`:
/// the wrapper hands it on as a value, not as an exception.
pub(crate) fn failure(error: &str, message: String, more: Value) -> String {
    let mut object = Map::new();
    object.insert("ok".into(), false.into());
    object.insert("error".into(), error.into());
    object.insert("message".into(), message.into());
    if let Value::Object(more) = more {
        object.extend(more);
    }
    Value::Object(object).to_string()
}

/// A success as `{ ok: true, ...fields }`.
pub(crate) fn success(value: Value) -> String {
    let mut object = Map::new();
    object.insert("ok".into(), true.into());
    if let Value::Object(fields) = value {
        object.extend(fields);
    }
    Value::Object(object).to_string()
}
