const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })

/** A file size the French way: « 512 o », « 48,5 Ko », « 3,2 Mo » (1 Ko = 1 024 octets). */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`
  if (bytes < 1024 * 1024) return `${oneDecimal.format(bytes / 1024)} Ko`
  if (bytes < 1024 * 1024 * 1024) return `${oneDecimal.format(bytes / (1024 * 1024))} Mo`
  return `${oneDecimal.format(bytes / (1024 * 1024 * 1024))} Go`
}
