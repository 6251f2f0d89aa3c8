import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { CommuneOption } from '../../shared/domain/reference'
import { normalizeCommuneName } from '../../shared/validation/postal-code'

interface OfficialCommune {
  code: string
  nom: string
  type: string
  departement?: string
  codesPostaux?: string[]
}

/** The official list of French communes (INSEE, via @etalab/decoupage-administratif), indexed by postal code. */
export interface CommuneDirectory {
  byPostalCode(postalCode: string): CommuneOption[]
  /** The commune of that postal code whose name matches, however it was typed; undefined when none does. */
  find(postalCode: string, communeName: string): CommuneOption | undefined
}

export function createCommuneDirectory(communes: readonly OfficialCommune[]): CommuneDirectory {
  const index = new Map<string, CommuneOption[]>()
  for (const commune of communes) {
    if (commune.type !== 'commune-actuelle') continue
    for (const postalCode of commune.codesPostaux ?? []) {
      const options = index.get(postalCode) ?? []
      options.push({
        code: commune.code,
        name: commune.nom,
        postalCode,
        department: commune.departement ?? ''
      })
      index.set(postalCode, options)
    }
  }
  for (const options of index.values()) options.sort((a, b) => a.name.localeCompare(b.name, 'fr'))

  return {
    byPostalCode: (postalCode) => index.get(postalCode) ?? [],
    find(postalCode, communeName) {
      const wanted = normalizeCommuneName(communeName)
      return index.get(postalCode)?.find((option) => normalizeCommuneName(option.name) === wanted)
    }
  }
}

let officialDirectory: Promise<CommuneDirectory> | undefined

/** Loads the official list once, on first use (8 MB of JSON: read as data, not at start-up, never bundled). */
export function loadOfficialCommuneDirectory(): Promise<CommuneDirectory> {
  officialDirectory ??= readFile(
    createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json'),
    'utf8'
  ).then((text) => createCommuneDirectory(JSON.parse(text) as OfficialCommune[]))
  return officialDirectory
}
