import { useParams } from 'react-router'
import type { WizardStep } from '@shared/schemas/agreement.schema'
import { api, unwrap } from '../../../api/client'
import { useQuery } from '../../../api/use-query'
import { Alert } from '../../../components/Alert'
import { AgreementReadOnlyView } from '../view/AgreementReadOnlyView'
import { AgreementWizard } from './AgreementWizard'

function toStep(value: string | undefined): WizardStep {
  const step = Number(value)
  return (Number.isInteger(step) && step >= 1 && step <= 8 ? step : 1) as WizardStep
}

/**
 * `/conventions/:agreementId/etape/:step` and `/conventions/:agreementId`: a draft opens in the drafting wizard;
 * anything further along opens as the document it has become, read-only, with its next actions.
 */
export function AgreementWizardPage() {
  const params = useParams()
  const agreementId = Number(params['agreementId'])
  const {
    data: view,
    error,
    reload
  } = useQuery(() => unwrap(api().agreements.get({ id: agreementId })), [agreementId])
  if (error) return <Alert tone="error">{error}</Alert>
  if (!view) return <p className="loading">Chargement de la convention…</p>
  if (view.agreement.status !== 'draft')
    return (
      <AgreementReadOnlyView key={`${agreementId}-${view.agreement.status}`} view={view} onChanged={reload} />
    )
  const step = params['step'] ? toStep(params['step']) : view.agreement.wizardStep
  return <AgreementWizard key={agreementId} initialView={view} step={step} onLeftDraft={reload} />
}
