import type { ClauseWordings } from '../../shared/documents/clause-library/clause-definition'
import type { SourceReaders } from './document-sources.loader'

/** The first call's promise, answered to every later call. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => (value ??= read())
}

/** The same for each id. */
function oncePerId<T>(read: (id: number) => Promise<T>): (id: number) => Promise<T> {
  const values = new Map<number, Promise<T>>()
  return (id) => {
    let value = values.get(id)
    if (value === undefined) {
      value = read(id)
      values.set(id, value)
    }
    return value
  }
}

/**
 * The readers of a bulk generation: one La Poste party, one reference list and one clause library for the batch, and
 * each partner and local need as the batch first found it, read once rather than once per convention. The agreements
 * themselves are read each time.
 */
export function readOncePerBatch(
  readers: SourceReaders,
  wordings: () => Promise<ClauseWordings>
): { readers: SourceReaders; wordings: () => Promise<ClauseWordings> } {
  return {
    readers: {
      ...readers,
      partner: oncePerId(readers.partner),
      need: oncePerId(readers.need),
      settings: once(readers.settings),
      reference: once(readers.reference)
    },
    wordings: once(wordings)
  }
}
