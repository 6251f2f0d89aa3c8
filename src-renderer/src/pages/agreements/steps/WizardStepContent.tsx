import type { AgreementView } from '@shared/domain/agreement'
import type { WizardStep } from '@shared/schemas/agreement.schema'
import { CommitmentsStep } from './CommitmentsStep'
import { DurationStep } from './DurationStep'
import { NeedStep } from './NeedStep'
import { PartnerStep } from './PartnerStep'
import { ReviewStep } from './ReviewStep'
import { SignatoriesStep } from './SignatoriesStep'
import { TermsStep } from './TermsStep'
import { TypeStep } from './TypeStep'

export function WizardStepContent({
  step,
  onSaved
}: {
  step: WizardStep
  onSaved: (view: AgreementView) => void
}) {
  switch (step) {
    case 1:
      return <NeedStep />
    case 2:
      return <PartnerStep />
    case 3:
      return <TypeStep />
    case 4:
      return <TermsStep />
    case 5:
      return <CommitmentsStep />
    case 6:
      return <DurationStep />
    case 7:
      return <SignatoriesStep />
    case 8:
      return <ReviewStep onSaved={onSaved} />
  }
}
