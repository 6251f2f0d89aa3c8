/**
 * One copy of each distinct text. A manifest repeats the same wordings thousands of times (clause texts, commitments,
 * names of parties); JSON.parse makes a string of each occurrence, which for 6,000 agreements is most of the
 * manifest's memory. Mapping every string to its first occurrence keeps one.
 */
export function createStringInterner(): (text: string) => string {
  const seen = new Map<string, string>()
  return (text) => {
    const known = seen.get(text)
    if (known !== undefined) return known
    seen.set(text, text)
    return text
  }
}
