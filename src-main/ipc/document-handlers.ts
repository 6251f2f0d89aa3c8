import type { DocumentServices } from '../services/documents/document-services'
import type { DesktopPort } from '../services/desktop/desktop-port'
import type { Handlers } from './handlers'

type DocumentChannel =
  | 'documents:generate'
  | 'documents:list'
  | 'documents:preview'
  | 'documents:verify'
  | 'documents:sign'
  | 'documents:attachScan'
  | 'documents:saveAs'
  | 'documents:showInFolder'
  | 'documents:print'
  | 'documents:exportPdf'
  | 'documents:createAmendment'

const WORD_FILTER = [{ name: 'Document Word', extensions: ['docx'] }]
const PDF_FILTER = [{ name: 'Document PDF', extensions: ['pdf'] }]

/** The document channels: save paths come from the native dialog in main, never from the renderer. */
export function createDocumentHandlers(
  documents: DocumentServices,
  desktop: DesktopPort
): Pick<Handlers, DocumentChannel> {
  return {
    'documents:generate': (input) => documents.generate(input),
    'documents:list': ({ id }) => documents.list(id),
    'documents:preview': (input) => documents.preview(input),
    'documents:verify': (input) => documents.verify(input),
    'documents:sign': (input) => documents.sign(input),
    'documents:attachScan': (input) => documents.attachScan(input),
    'documents:saveAs': async ({ versionId }) => {
      const name = await documents.suggestedName(versionId)
      const path = await desktop.chooseSavePath({
        title: 'Enregistrer sous…',
        defaultName: name,
        filters: name.endsWith('.pdf') ? PDF_FILTER : WORD_FILTER
      })
      return path === null ? null : documents.saveAs(versionId, path)
    },
    'documents:showInFolder': ({ versionId }) => documents.showInFolder(versionId),
    'documents:print': (input) => documents.print(input),
    'documents:exportPdf': async (input) => {
      const path = await desktop.chooseSavePath({ title: 'Exporter en PDF', filters: PDF_FILTER })
      return path === null ? null : documents.exportPdf(input, path)
    },
    'documents:createAmendment': (input) => documents.createAmendment(input)
  }
}
