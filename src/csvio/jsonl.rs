//! One JSON lines record as written: its fields in order, each value as
//! its exact text, so that numbers never pass through floating point (money
//! such as 90071992547409.93 stays what it was).

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// The fields of one JSON object, in file order.
pub(super) struct Fields<'a>(pub(super) Vec<(String, &'a RawValue)>);

impl<'a> Fields<'a> {
    /// Reads a line; `Err` says why it is not a JSON object of distinct fields.
    pub(super) fn parse(text: &'a str) -> Result<Fields<'a>, String> {
        let fields: Fields = serde_json::from_str(text).map_err(|_| "the line is not a JSON object".to_string())?;
        let mut seen = std::collections::HashSet::with_capacity(fields.0.len());
        if let Some((key, _)) = fields.0.iter().find(|(key, _)| !seen.insert(key.as_str())) {
            return Err(format!("the field '{key}' appears twice"));
        }
        Ok(fields)
    }

    /// The object again, with `reason` added as its last field.
    pub(super) fn with_reason(&self, reason: &str) -> String {
        let mut out = String::from("{");
        for (key, value) in self.0.iter().filter(|(k, _)| k != "reason") {
            out.push_str(&serde_json::Value::from(key.as_str()).to_string());
            out.push(':');
            out.push_str(value.get());
            out.push(',');
        }
        out.push_str("\"reason\":");
        out.push_str(&serde_json::Value::from(reason).to_string());
        out.push('}');
        out
    }
}

/// A field's value as a cell: strings unquoted, numbers and booleans as
/// written, arrays joined with ';', null as no value. `Err` for a string
/// that is not text (an unpaired surrogate such as "\ud800").
pub(super) fn cell(value: &RawValue) -> Result<Option<String>, String> {
    let text = value.get();
    let not_text = |_| "not valid text (an unpaired \\u surrogate)".to_string();
    match text.as_bytes().first() {
        Some(b'"') => serde_json::from_str::<String>(text).map(Some).map_err(not_text),
        Some(b'n') => Ok(None),
        Some(b'[') => {
            let items: Vec<&RawValue> = serde_json::from_str(text).map_err(not_text)?;
            let mut cells = Vec::with_capacity(items.len());
            for item in items {
                cells.extend(cell(item)?);
            }
            Ok(Some(cells.join(";")))
        }
        _ => Ok(Some(text.to_string())),
    }
}

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Object;
        impl<'de> Visitor<'de> for Object {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(Object)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_their_text() {
        let fields = Fields::parse(r#"{"price": 90071992547409.93, "tags": ["a", null, 1e2], "t": "x\"y", "n": null}"#)
            .expect("an object");
        let cells: Vec<(&str, Option<String>)> = fields.0.iter().map(|(k, v)| (k.as_str(), cell(v).unwrap())).collect();
        assert_eq!(
            cells,
            [
                ("price", Some("90071992547409.93".into())),
                ("tags", Some("a;1e2".into())),
                ("t", Some("x\"y".into())),
                ("n", None)
            ]
        );
        assert_eq!(
            fields.with_reason("bad \"price\""),
            r#"{"price":90071992547409.93,"tags":["a", null, 1e2],"t":"x\"y","n":null,"reason":"bad \"price\""}"#
        );
    }

    #[test]
    fn unpaired_surrogates_are_not_text() {
        for line in [r#"{"t": "Oak \ud800 chair"}"#, r#"{"t": ["a", "\udc00"]}"#] {
            let fields = Fields::parse(line).expect("an object");
            assert!(cell(fields.0[0].1).is_err(), "{line}");
        }
    }

    #[test]
    fn only_objects_of_distinct_fields_are_records() {
        for (line, why) in [
            ("[1, 2]", "the line is not a JSON object"),
            ("{\"a\": 1", "the line is not a JSON object"),
            ("{\"a\": 1} 2", "the line is not a JSON object"),
            ("{\"a\": 1, \"a\": 2}", "the field 'a' appears twice"),
        ] {
            assert_eq!(Fields::parse(line).err().as_deref(), Some(why), "{line}");
        }
    }
}
