/** One version of a coordinator's wording of a clause variant; `text` null restores the library's default. */
export interface ClauseWordingTable {
  clause_key: string
  variant_id: string
  version: number
  text: string | null
  created_at: string
  created_by: string
}

/** Which wording (version 0 = the default) of which clause an issued document version used, in document order. */
export interface DocumentClauseSourceTable {
  version_id: number
  position: number
  clause_key: string
  variant_id: string
  wording_version: number
}
