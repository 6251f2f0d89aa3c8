import type { Element } from '@xmldom/xmldom'
import { C14nCanonicalization, type NamespacePrefix } from 'xml-crypto'

/** Namespace declarations in scope from the element's ancestors, nearest first, each prefix once. */
function ancestorNamespaces(element: Element): NamespacePrefix[] {
  const seen = new Map<string, string>()
  for (let node = element.parentNode; node && node.nodeType === 1; node = node.parentNode) {
    const attributes = (node as Element).attributes
    for (let index = 0; index < attributes.length; index++) {
      const attribute = attributes.item(index)
      if (!attribute || !/^xmlns(:|$)/.test(attribute.name)) continue
      const prefix = attribute.name === 'xmlns' ? '' : attribute.name.slice(6)
      if (!seen.has(prefix)) seen.set(prefix, attribute.value)
    }
  }
  return [...seen].map(([prefix, namespaceURI]) => ({ prefix, namespaceURI }))
}

/**
 * Inclusive Canonical XML 1.0 (without comments) of an element as a document subset: the namespaces it inherits are
 * rendered on it, as a same-document reference (`#id`) requires. xml-crypto renders an unprefixed element's own
 * default namespace itself, so an inherited default is passed only to a prefixed apex.
 */
export function canonicalize(element: Element): string {
  const inherited = ancestorNamespaces(element).filter(
    (namespace) => namespace.prefix !== '' || (element.prefix !== null && !element.hasAttribute('xmlns'))
  )
  // xml-crypto types its input as the DOM's Node; xmldom's element is what it walks.
  return new C14nCanonicalization().process(
    element as unknown as Parameters<C14nCanonicalization['process']>[0],
    {
      ancestorNamespaces: inherited.filter((namespace) => namespace.namespaceURI !== '')
    }
  )
}
