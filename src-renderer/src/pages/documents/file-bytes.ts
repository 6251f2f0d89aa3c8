/**
 * Bytes of a chosen or dropped file, as base64 (IPC payloads are JSON in the e2e bridge and plain in Electron).
 * FileReader's data URL does the encoding natively, without building a binary string in script.
 */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const dataUrl = typeof reader.result === 'string' ? reader.result : ''
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('Lecture du fichier impossible.'))
    reader.readAsDataURL(file)
  })
}
