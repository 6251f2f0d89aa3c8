import { parentPort } from 'node:worker_threads'
import { rememberTypesetTexts } from '../../shared/documents/french-typography'
import { producerOf, type IssueRequest } from './document-render'

/** Worker thread: builds and renders the DOCX of each numbered request it is sent, and sends the bytes back. */
const produce = producerOf()
// A worker renders convention after convention with the same library clauses: their typography is done once.
rememberTypesetTexts()

parentPort?.on('message', (message: { id: number; request: IssueRequest; documentId: string }) => {
  produce(message.request, message.documentId).then(
    (produced) => {
      const bytes = new Uint8Array(produced.bytes)
      parentPort?.postMessage({ id: message.id, produced: { ...produced, bytes } }, [bytes.buffer])
    },
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        error: error instanceof Error ? error.message : String(error)
      })
  )
})
