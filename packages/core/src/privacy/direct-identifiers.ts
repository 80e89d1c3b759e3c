/** Canonical names of columns that identify a person directly. */
export const DIRECT_IDENTIFIERS = [
  "first_name",
  "last_name",
  "name",
  "full_name",
  "email",
  "phone",
  "mobile",
  "address",
  "street",
  "birth_date",
  "comment",
  "comments",
  "notes",
  "note",
  "remarks",
  "free_text",
] as const;
