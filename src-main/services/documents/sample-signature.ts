import { inkPng } from './ink-png'

/**
 * A sample drawn signature for demonstration data (CLI `documents generate --signed`): a looping stroke whose shape
 * depends on `seed`, as a PNG data URL. Never used for a real signing.
 */
export function sampleSignatureDataUrl(seed: number, width = 320, height = 110): string {
  const strokeAt = (x: number) => {
    const t = x / width
    return Math.round(height / 2 + (height / 3) * Math.sin(t * (6 + (seed % 5)) + seed) * Math.cos(t * 3))
  }
  const png = inkPng(width, height, (x, y) => x >= 10 && x < width - 10 && Math.abs(y - strokeAt(x)) <= 1)
  return `data:image/png;base64,${png.toString('base64')}`
}
