import type { AppDatabase } from '../../db/schema'
import type { LaPosteParty, SettingsInput, Settings } from '../../shared/schemas/settings.schema'
import type { SettingsService } from '../settings/settings.service'
import { readStoredContent } from './agreement-content-json'
import type { AgreementService } from './agreement.service'

const sameSignatory = (a: { name: string; title: string }, b: { name: string; title: string }) =>
  a.name.trim() === b.name.trim() && a.title.trim() === b.title.trim()

const defaultsOf = (party: LaPosteParty) => ({
  name: party.defaultSignatoryName,
  title: party.defaultSignatoryTitle
})

/**
 * Drafts pick up the default La Poste signatory until they are changed: when Settings change the default, every
 * draft whose signatory is still the previous default (or still blank) takes the new one. A draft whose signatory
 * the coordinator typed keeps it; nothing past the draft changes (its text may be signed already).
 */
export function withDraftsFollowingDefaults(
  db: AppDatabase,
  settings: SettingsService,
  agreements: Pick<AgreementService, 'saveDraft'>
): SettingsService {
  async function followDefaults(before: Settings, after: Settings): Promise<void> {
    const previous = defaultsOf(before.laPosteParty)
    const next = defaultsOf(after.laPosteParty)
    if (sameSignatory(previous, next)) return
    const drafts = await db
      .selectFrom('agreements')
      .select(['id', 'content'])
      .where('status', '=', 'draft')
      .execute()
    const blank = { name: '', title: '' }
    for (const draft of drafts) {
      const { laPosteSignatory } = readStoredContent(draft)
      if (sameSignatory(laPosteSignatory, previous) || sameSignatory(laPosteSignatory, blank))
        await agreements.saveDraft({ id: draft.id, changes: { laPosteSignatory: next } })
    }
  }

  return {
    ...settings,
    async update(input: SettingsInput): Promise<Settings> {
      const before = await settings.get()
      const after = await settings.update(input)
      await followDefaults(before, after)
      return after
    }
  }
}
