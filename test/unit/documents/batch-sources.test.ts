import { describe, expect, it } from 'vitest'
import { readOncePerBatch } from '../../../src-main/services/documents/batch-sources'
import type { SourceReaders } from '../../../src-main/services/documents/document-sources.loader'

describe('the readers of a bulk generation', () => {
  it('read Settings, reference lists, wordings once and each partner and need once, but every agreement', async () => {
    const calls: string[] = []
    const readers = {
      agreement: async (id: number) => calls.push(`agreement ${id}`),
      partner: async (id: number) => calls.push(`partner ${id}`),
      need: async (id: number) => calls.push(`need ${id}`),
      settings: async () => calls.push('settings'),
      reference: async () => calls.push('reference')
    } as unknown as SourceReaders
    const batch = readOncePerBatch(readers, async () => {
      calls.push('wordings')
      return new Map()
    })
    for (const id of [1, 2, 1, 2, 3]) {
      await Promise.all([
        batch.readers.agreement(id),
        batch.readers.partner(id),
        batch.readers.need(id),
        batch.readers.settings(),
        batch.readers.reference(),
        batch.wordings()
      ])
    }
    const count = (prefix: string) => calls.filter((call) => call.startsWith(prefix)).length
    expect([count('agreement'), count('partner'), count('need')]).toEqual([5, 3, 3])
    expect([count('settings'), count('reference'), count('wordings')]).toEqual([1, 1, 1])
  })
})
