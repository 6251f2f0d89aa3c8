import { frenchTypographyOnScreen } from '@shared/documents/french-typography'

/** Text that is typed, or must stay byte for byte (paths, fingerprints, references), is left as it is. */
const LEFT_ALONE = 'input, textarea, select, code, pre, script, style, .path, .reference, .fingerprint'
const ATTRIBUTES = ['title', 'aria-label', 'placeholder'] as const

function fixText(node: Text): void {
  if (node.parentElement?.closest(LEFT_ALONE)) return
  const fixed = frenchTypographyOnScreen(node.data)
  if (fixed !== node.data) node.data = fixed
}

function fixAttributes(element: Element): void {
  if (element.closest(LEFT_ALONE) && element.matches('code, pre, .path, .reference, .fingerprint')) return
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name)
    if (value === null) continue
    const fixed = frenchTypographyOnScreen(value)
    if (fixed !== value) element.setAttribute(name, fixed)
  }
}

function fixTree(root: Node): void {
  if (root instanceof Text) return fixText(root)
  if (!(root instanceof Element)) return
  fixAttributes(root)
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) fixText(node)
    else if (node instanceof Element) fixAttributes(node)
  }
}

/**
 * French typography for everything the interface shows, through the same function as the documents: a
 * non-breaking space before « : ; ? ! » and inside « », the apostrophe ’. Applied to the page as React writes it
 * (labels, messages from main, names typed by users), never to what the user is typing.
 */
export function startFrenchTypography(root: HTMLElement): () => void {
  fixTree(root)
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') fixTree(record.target)
      else if (record.type === 'attributes') fixAttributes(record.target as Element)
      else record.addedNodes.forEach(fixTree)
    }
  })
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...ATTRIBUTES]
  })
  return () => observer.disconnect()
}
