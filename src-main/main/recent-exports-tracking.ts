import type { Handlers } from '../ipc/handlers'

/**
 * The handlers, with every export that wrote a file reported to `onExported` (exchange bundles, « Enregistrer
 * sous… », PDF exports), for the File menu's recent exports. A cancelled dialog or a failed export reports nothing.
 */
export function reportingExports(handlers: Handlers, onExported: (path: string) => void): Handlers {
  return {
    ...handlers,
    'exchange:export': async (input) => {
      const outcome = await handlers['exchange:export'](input)
      if (outcome) onExported(outcome.filePath)
      return outcome
    },
    'documents:saveAs': async (input) => {
      const outcome = await handlers['documents:saveAs'](input)
      if (outcome) onExported(outcome.savedTo)
      return outcome
    },
    'documents:exportPdf': async (input) => {
      const outcome = await handlers['documents:exportPdf'](input)
      if (outcome) onExported(outcome.savedTo)
      return outcome
    }
  }
}
