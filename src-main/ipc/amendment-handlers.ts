import type { DocumentServices } from '../services/documents/document-services'
import type { DesktopPort } from '../services/desktop/desktop-port'
import type { Handlers } from './handlers'

type AmendmentChannel = 'amendments:draftingView' | 'amendments:create' | 'amendments:saveConsolidated'

/** The amendment channels: the consolidated version is saved where the native dialog says, never a renderer path. */
export function createAmendmentHandlers(
  documents: DocumentServices,
  desktop: DesktopPort
): Pick<Handlers, AmendmentChannel> {
  const { amendments } = documents
  return {
    'amendments:draftingView': ({ id }) => amendments.draftingView(id),
    'amendments:create': (input) => amendments.create(input),
    'amendments:saveConsolidated': async (target) => {
      const path = await desktop.chooseSavePath({
        title: 'Enregistrer la version consolidée',
        defaultName: await amendments.consolidated.suggestedName(target),
        filters: [{ name: 'Document Word', extensions: ['docx'] }]
      })
      return path === null ? null : { savedTo: await amendments.consolidated.writeDocx(target, path) }
    }
  }
}
