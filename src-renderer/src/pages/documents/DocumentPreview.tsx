/**
 * The HTML rendering shown in a sandboxed frame: no scripts, no same-origin access, and the document's own CSP
 * (images from data: only). The HTML was built by escaping every piece of text in main.
 */
export function DocumentPreview({ html }: { html: string }) {
  return <iframe className="document-preview" title="Aperçu du document" sandbox="" srcDoc={html} />
}
