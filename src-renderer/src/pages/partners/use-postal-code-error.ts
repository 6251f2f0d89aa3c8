import { useEffect } from 'react'
import { useFormContext, type FieldValues, type Path } from 'react-hook-form'
import { unknownPostalCodeMessage } from './use-communes-of-postal-code'

/** Shows « Aucune commune n’a le code postal 99999. » next to the code as soon as the lookup says so. */
export function usePostalCodeError<T extends FieldValues>(
  name: Path<T>,
  postalCode: string,
  unknown: boolean
) {
  const { setError, clearErrors, getFieldState } = useFormContext<T>()
  useEffect(() => {
    if (unknown) setError(name, { type: 'server', message: unknownPostalCodeMessage(postalCode) })
    else if (getFieldState(name).error?.message?.startsWith('Aucune commune')) clearErrors(name)
  }, [unknown, postalCode, name, setError, clearErrors, getFieldState])
}
