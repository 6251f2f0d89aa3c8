import { useFormContext, useWatch } from 'react-hook-form'
import { Link } from 'react-router'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { EconomicCooperationTermsFields } from '../terms/EconomicCooperationTermsFields'
import { PatronageTermsFields } from '../terms/PatronageTermsFields'
import { ResponsiblePracticesTermsFields } from '../terms/ResponsiblePracticesTermsFields'
import { SocialInnovationTermsFields } from '../terms/SocialInnovationTermsFields'
import { useWizard } from '../wizard/wizard-context'

/** Step 4: the terms the chosen type requires. */
export function TermsStep() {
  const { view } = useWizard()
  const { control } = useFormContext<AgreementContent>()
  const termsType = useWatch({ control, name: 'terms.type' })
  switch (termsType) {
    case 'economic-cooperation':
      return <EconomicCooperationTermsFields />
    case 'social-innovation':
      return <SocialInnovationTermsFields />
    case 'responsible-practices':
      return <ResponsiblePracticesTermsFields />
    case 'patronage':
      return <PatronageTermsFields />
    default:
      return (
        <p>
          Choisissez d’abord le type de partenariat : les modalités en dépendent.{' '}
          <Link to={`/conventions/${view.agreement.id}/etape/3`}>Aller à l’étape 3</Link>
        </p>
      )
  }
}
