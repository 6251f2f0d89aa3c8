import { useEffect, useState } from 'react'
import type { CommuneOption } from '@shared/domain/reference'
import { api, unwrap } from '../../api/client'

/**
 * The official communes of a postal code, once it has five digits; `onFound` receives them when they arrive
 * (to fill in the commune when there is only one).
 */
export function useCommunesOfPostalCode(
  postalCode: string,
  onFound: (communes: CommuneOption[]) => void
): CommuneOption[] {
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
  return found?.postalCode === postalCode ? found.communes : []
}
