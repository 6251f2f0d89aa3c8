import type { Plugin } from 'vite'
import { PREVIEW_STYLESHEET_FILE, previewStylesheet } from '../src-main/shared/documents/preview-stylesheet'

/**
 * Ships the document's stylesheet as a file of the renderer (`document-preview.css`, next to index.html), built
 * from the exported print CSS, so that the preview is styled under a `style-src 'self'` policy.
 */
export function documentStylesheet(): Plugin {
  return {
    name: 'alliance-document-stylesheet',
    configureServer(server) {
      server.middlewares.use(`/${PREVIEW_STYLESHEET_FILE}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/css; charset=utf-8')
        response.end(previewStylesheet())
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PREVIEW_STYLESHEET_FILE, source: previewStylesheet() })
    }
  }
}
