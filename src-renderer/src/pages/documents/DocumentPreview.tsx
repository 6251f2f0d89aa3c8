/**
 * The HTML rendering shown in a sandboxed frame: no scripts, no same-origin access, and the document's own CSP
 * (images from data: only). The HTML was built by escaping every piece of text in main.
 */
export function DocumentPreview({ html }: { html: string }) {
  return <iframe className="document-preview" title="Aperçu du document" sandbox="" srcDoc={html} />
}

/** The numbered articles of a rendered document, read back from its headings (« Article 4 — … »). */
export function articlesOf(html: string): Array<{ number: number; title: string }> {
  const headings = new DOMParser().parseFromString(html, 'text/html').querySelectorAll('section.article h2')
  return [...headings].flatMap((heading) => {
    const match = /^Article (\d+) — (.+)$/.exec(heading.textContent ?? '')
    return match ? [{ number: Number(match[1]), title: match[2] as string }] : []
  })
}
