//! The one string form of the library's fieldless enums: each variant's id, written once beside
//! the variant, the way the code table and JSON spell it (`"fix-first"`), shown by `Display`.
//! Also the list of every variant, for `all()`. Written here rather than derived, so that no
//! foreign trait sits on a public type (a dependency's major release would be closecode's).

/// For `Type { Variant => "id", ... }`, which must name every variant (the `match` in `ident`
/// is exhaustive, and `ALL` is built from the same list): `Type::ALL` (every variant, in the
/// order given), `Type::ident` (the variant's id) and `Display` (the id).
macro_rules! ids {
    ($ty:ident { $($variant:ident => $id:literal,)+ }) => {
        impl $ty {
            /// Every variant, in order.
            #[allow(dead_code, reason = "not every enum is listed")]
            pub(crate) const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The variant's id.
            pub(crate) const fn ident(self) -> &'static str {
                match self {
                    $($ty::$variant => $id,)+
                }
            }
        }

        impl core::fmt::Display for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.ident())
            }
        }
    };
}

pub(crate) use ids;
