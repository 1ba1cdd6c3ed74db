//! Hand-written serde for enums stored as `{"kind": ..., "id": ...}` (`Owner`, `SignerRole`).
//! The derived adjacently tagged code buffers values in serde's `Content` (much wasm); this reads
//! the fields in any order, ignores unknown ones, and writes the same bytes.

use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};

/// Writes `{"kind":kind}` or `{"kind":kind,"id":id}`.
pub(crate) fn write_kind_id<S: Serializer>(
    s: S,
    name: &'static str,
    kind: &str,
    id: Option<u64>,
) -> Result<S::Ok, S::Error> {
    let mut st = s.serialize_struct(name, 1 + usize::from(id.is_some()))?;
    st.serialize_field("kind", kind)?;
    if let Some(id) = id {
        st.serialize_field("id", &id)?;
    }
    st.end()
}

/// Reads the kind and, when there is one, the id.
pub(crate) fn read_kind_id<'de, D: Deserializer<'de>>(d: D) -> Result<(String, Option<u64>), D::Error> {
    struct KindId;
    impl<'de> Visitor<'de> for KindId {
        type Value = (String, Option<u64>);
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map with a kind")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let (mut kind, mut id) = (None, None);
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    "kind" => kind = Some(map.next_value::<String>()?),
                    "id" => id = map.next_value::<Option<u64>>()?,
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            let kind = kind.ok_or_else(|| serde::de::Error::missing_field("kind"))?;
            Ok((kind, id))
        }
    }
    d.deserialize_map(KindId)
}
