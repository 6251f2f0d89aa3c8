/** The signer's name written as typed, in an italic serif, as a PNG for the Word file (2× for a sharp print). */
export function typedSignatureImage(name: string): string | null {
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d')
  if (!context) return null
  const scale = 2
  const font = `italic ${34 * scale}px "Liberation Serif", "Times New Roman", serif`
  context.font = font
  const width = Math.ceil(context.measureText(name).width + 24 * scale)
  canvas.width = Math.max(width, 160 * scale)
  canvas.height = 70 * scale
  // Resizing the canvas resets its drawing state: the font is set again.
  context.font = font
  context.fillStyle = '#1f2a44'
  context.textBaseline = 'middle'
  context.fillText(name, 12 * scale, canvas.height / 2)
  return canvas.toDataURL('image/png')
}

/** The name typed matches the signer's, spaces and letter case aside. */
export function sameName(typed: string, signerName: string): boolean {
  const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr-FR')
  return normal(typed) !== '' && normal(typed) === normal(signerName)
}
