export interface SettingsTable {
  key: string
  /** JSON, validated by the settings service. */
  value: string
  updated_at: string
}
