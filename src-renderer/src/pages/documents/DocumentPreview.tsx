import { useMemo } from 'react'
import { columnWidthClass, PREVIEW_STYLESHEET_FILE } from '@shared/documents/preview-stylesheet'

const INLINE_WIDTH = /^\s*width\s*:\s*(\d+(?:\.\d+)?)%\s*;?\s*$/
const TAG_WITH_STYLE = /<([a-z][a-z0-9]*)\b([^<>]*?\sstyle="[^"]*"[^<>]*)>/gi

/**
 * The document's HTML without what the app's Content-Security-Policy forbids: its <style> element, its own policy
 * and scripts go; an inline column width becomes a width class. Done on the text (even parsing the HTML in the
 * page would report each inline style as a violation): main escapes every text, so a tag is always markup.
 */
export function withoutInlineStyles(html: string): string {
  return html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<meta\s+http-equiv="[^"]*"[^>]*>/gi, '')
    .replace(TAG_WITH_STYLE, (_tag, name: string, attributes: string) => {
      const classes: string[] = []
      const rest = attributes
        .replace(/\sstyle="([^"]*)"/i, (_style, value: string) => {
          const width = INLINE_WIDTH.exec(value)?.[1]
          if (width !== undefined) classes.push(columnWidthClass(Number(width)))
          return ''
        })
        .replace(/\sclass="([^"]*)"/i, (_class, value: string) => {
          classes.unshift(value)
          return ''
        })
      return `<${name}${rest}${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>`
    })
}

/** The document's HTML with the app's document stylesheet linked, under a policy that allows only that. */
export function withAppStylesheet(html: string, stylesheetUrl: string): string {
  const head =
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; ` +
    `style-src ${new URL(stylesheetUrl).origin}"><link rel="stylesheet" href="${stylesheetUrl}">`
  return withoutInlineStyles(html).replace(/<head>/i, `<head>${head}`)
}

/**
 * The document in a sandboxed frame: no scripts, no same-origin access, images from data: only, and the app's
 * document stylesheet, so that it looks like the printed page. The HTML was built by escaping every piece of text
 * in main.
 */
export function DocumentPreview({ html }: { html: string }) {
  const page = useMemo(
    () => withAppStylesheet(html, new URL(PREVIEW_STYLESHEET_FILE, document.baseURI).href),
    [html]
  )
  return <iframe className="document-preview" title="Aperçu du document" sandbox="" srcDoc={page} />
}
