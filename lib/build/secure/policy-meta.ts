import type { DefaultTreeAdapterTypes } from 'parse5'

type Node = DefaultTreeAdapterTypes.ChildNode

/** A `<meta>` carrying a Content-Security-Policy, for hosts that send no headers. */
export function policyMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`
}

/**
 * Where in the page's HTML its policy `<meta>` goes. A policy in a meta governs only what the
 * parser meets after it, so it comes first in `<head>`: before every script, style sheet and
 * preload — after a leading `<meta charset>` alone, which must stay within the page's first
 * 1,024 bytes. A page written without a `<head>` tag gets it after `<html>` or the doctype,
 * where the parser still puts it in the head it makes.
 */
export function policyMetaOffset(document: DefaultTreeAdapterTypes.Document): number {
  const html = elementChild(document.childNodes, 'html')
  const head = html && elementChild(html.childNodes, 'head')
  const headTag = head?.sourceCodeLocation?.startTag
  if (head && headTag) {
    const first = head.childNodes.find((node) => 'tagName' in node)
    const charset =
      first && 'tagName' in first && first.tagName === 'meta' && first.attrs.some((attr) => attr.name === 'charset')
    return charset && first.sourceCodeLocation ? first.sourceCodeLocation.endOffset : headTag.endOffset
  }
  const htmlTag = html?.sourceCodeLocation?.startTag
  if (htmlTag) return htmlTag.endOffset
  const doctype = document.childNodes.find((node) => node.nodeName === '#documentType')
  return doctype?.sourceCodeLocation?.endOffset ?? 0
}

function elementChild(nodes: readonly Node[], tagName: string): DefaultTreeAdapterTypes.Element | undefined {
  return nodes.find((node): node is DefaultTreeAdapterTypes.Element => 'tagName' in node && node.tagName === tagName)
}
