import { inkPng } from '../../src-main/services/documents/ink-png'

/** A real PNG: a dark diagonal stroke on transparent ground, like a drawn signature. */
export function signaturePng(width = 300, height = 100): Buffer {
  return inkPng(width, height, (x, y) => Math.abs(y - Math.round((x * height) / width)) < 3)
}

export function signatureDataUrl(width?: number, height?: number): string {
  return `data:image/png;base64,${signaturePng(width, height).toString('base64')}`
}
