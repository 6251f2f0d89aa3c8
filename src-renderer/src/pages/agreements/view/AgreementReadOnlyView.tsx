import { useEffect } from 'react'
import type { AgreementView } from '@shared/domain/agreement'
import { api, unwrap } from '../../../api/client'
import { useQuery } from '../../../api/use-query'
import { DocumentPreview } from '../../documents'
import { AgreementSummaryView } from '../steps/AgreementSummaryView'
import { AgreementHistory } from '../wizard/AgreementHistory'
import { agreementToFormValues } from '../wizard/agreement-form-values'
import { AgreementViewHeader } from './AgreementViewHeader'
import { NextStepPanel } from './NextStepPanel'

/**
 * A convention past the draft, shown as what it has become: a document to read, never a greyed-out form, with
 * what comes next (generate and sign, an amendment, the follow-up).
 */
export function AgreementReadOnlyView({ view, onChanged }: { view: AgreementView; onChanged: () => void }) {
  const { agreement } = view
  // Shown in place of the wizard once the draft is « prête »: the button pressed is gone, focus goes to the title.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null)
      document.querySelector<HTMLElement>('main h1')?.focus()
  }, [])
  const { data: partner } = useQuery(
    () =>
      agreement.partnerId
        ? unwrap(api().partners.get({ id: agreement.partnerId }))
        : Promise.resolve(undefined),
    [agreement.partnerId]
  )
  const { data: preview } = useQuery(
    () => unwrap(api().documents.preview({ agreementId: agreement.id })),
    [agreement.id, agreement.updatedAt]
  )
  return (
    <>
      <AgreementViewHeader agreement={agreement} />
      <NextStepPanel agreement={agreement} onChanged={onChanged} />
      <div className="read-only-document">
        <AgreementSummaryView
          content={agreementToFormValues(agreement)}
          agreement={agreement}
          partner={partner}
        />
      </div>
      <details className="review-preview">
        <summary>Le texte de la convention, tel qu’il s’imprime</summary>
        {preview ? <DocumentPreview html={preview} /> : <p className="loading">Préparation de l’aperçu…</p>}
      </details>
      <AgreementHistory agreementId={agreement.id} version={`${agreement.status}-${agreement.version}`} />
    </>
  )
}
