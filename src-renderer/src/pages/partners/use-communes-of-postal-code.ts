import { useEffect, useState } from 'react'
import type { CommuneOption } from '@shared/domain/reference'
import { api, unwrap } from '../../api/client'

export interface PostalCodeLookup {
  communes: CommuneOption[]
  /** Five digits that no commune of the official list has (« 99999 »): said at once, not only on saving. */
  unknown: boolean
}

/**
 * The official communes of a postal code, once it has five digits; `onFound` receives them when they arrive
 * (to fill in the commune when there is only one).
 */
export function useCommunesOfPostalCode(
  postalCode: string,
  onFound: (communes: CommuneOption[]) => void
): PostalCodeLookup {
  const [found, setFound] = useState<{ postalCode: string; communes: CommuneOption[] }>()
  useEffect(() => {
    if (!/^\d{5}$/.test(postalCode)) return
    let current = true
    unwrap(api().communes.byPostalCode({ postalCode })).then(
      (communes) => {
        if (!current) return
        setFound({ postalCode, communes })
        onFound(communes)
      },
      () => undefined
    )
    return () => {
      current = false
    }
  }, [postalCode, onFound])
  const communes = found?.postalCode === postalCode ? found.communes : []
  return { communes, unknown: found?.postalCode === postalCode && communes.length === 0 }
}

/** The message of an unknown postal code, the same words as the service's refusal. */
export const unknownPostalCodeMessage = (postalCode: string) =>
  `Aucune commune n’a le code postal ${postalCode}.`
