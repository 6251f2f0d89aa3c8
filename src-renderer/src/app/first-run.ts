import type { Settings } from '@shared/schemas/settings.schema'

/** Set once the coordinator has filled in the first-run screen, or chosen to do it later in Réglages. */
export const FIRST_RUN_DONE_KEY = 'alliance-conventions:premier-lancement-fait'

/** Settings are enough to draft: who the coordinator is, and who signs for La Poste by default. */
export function isSetUp(settings: Settings): boolean {
  return (
    settings.coordinator.name.trim() !== '' &&
    settings.laPosteParty.defaultSignatoryName.trim() !== '' &&
    settings.laPosteParty.defaultSignatoryTitle.trim() !== ''
  )
}
