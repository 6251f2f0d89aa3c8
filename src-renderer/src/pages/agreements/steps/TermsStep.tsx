import { useFormContext, useWatch } from 'react-hook-form'
import { Link } from 'react-router'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { TERMS_FIELDS } from '../terms/terms-by-type'
import { useWizard } from '../wizard/wizard-context'

/** Step 4: the terms the chosen type requires, from the type's own form. */
export function TermsStep() {
  const { view } = useWizard()
  const { control } = useFormContext<AgreementContent>()
  const termsType = useWatch({ control, name: 'terms.type' })
  if (termsType === undefined)
    return (
      <p>
        Choisissez d’abord le type de partenariat : les modalités en dépendent.{' '}
        <Link to={`/conventions/${view.agreement.id}/etape/3`}>Aller à l’étape 3</Link>
      </p>
    )
  const Fields = TERMS_FIELDS[termsType]
  return <Fields />
}
